import Foundation

/// A cooperation record kept as spreadsheet tables: an entities table (one entity a row), a
/// ties table (one tie a row, or several rows sharing a tie id for a multi-party tie), and an
/// optional kinds table declaring the kinds the record adds. CSV files and `.xlsx` sheets read
/// through here, with the native format's rules and messages:
///
/// - every problem is reported at once, in file order, at its cell (`file:line:column` or
///   `file.xlsx:ties!C14`);
/// - kinds must be built in or declared (with "did you mean" for a near miss);
/// - parties must be entities of the entities table (by id, or by a unique name), with the
///   closest id suggested; a tie needs two different parties;
/// - dates are ISO 8601 (`2025`, `2025-12`, `2025-12-09`, ranges `2023/2025-06`), strengths
///   finite and greater than 0, ids unique, parents known and without cycles.
///
/// Columns are found by ``SheetColumns``; a column that is no field is kept as an attribute and
/// named in a note. A table without a kind column gives kind `node` (entities) or `cooperation`
/// (ties), with a note; a kind column with an empty cell is an error.
public enum SheetRecord {
  /// Reads the tables into a network.
  /// - Parameters:
  ///   - entities: the entities table, if there is one (without it, parties become entities
  ///     of kind `node`).
  ///   - ties: the ties table, if there is one.
  ///   - kinds: a table declaring kinds (`kind`, `of` entity or tie, `directed`).
  ///   - columns: explicit column choices.
  /// - Throws: ``InputError`` with every problem.
  public static func read(
    entities: SheetTable?, ties: SheetTable?, kinds: SheetTable? = nil, columns: SheetColumns = SheetColumns()
  ) throws -> InterchangeRead {
    var reader = Reader(columns: columns)
    let tables = [entities, ties].compactMap { $0 }
    for (field, column) in columns.missingOverrides(tables.map { $0.header.map(\.text) }) {
      let found = tables.map { "\($0.name): \($0.header.map(\.text).joined(separator: ", "))" }.joined(separator: "; ")
      reader.error(tables.first?.headerLocation ?? SourceLocation(file: "", line: 1), "--columns \(field)=\(column): no table has a column '\(column)' (\(found))")
    }
    reader.readKinds(kinds)
    if let entities { reader.readEntities(entities) }
    if let ties { reader.readTies(ties, hasEntities: entities != nil) }
    reader.checkParents()
    if !reader.errors.isEmpty { throw InputError(reader.errors.sorted(by: Reader.fileOrder)) }
    var network = reader.network
    network.buildIndex()
    let directed = !network.ties.isEmpty && reader.rowsDirected.allSatisfy { $0 }
    return InterchangeRead(network: network, directed: directed, warnings: reader.notes)
  }

  struct Reader {
    var columns: SheetColumns
    var network = Network()
    var errors: [Diagnostic] = []
    var notes: [Diagnostic] = []
    var index: [String: Int] = [:]
    var firstSeen: [String: SourceLocation] = [:]
    var byName: [String: [Int]] = [:]
    var parents: [(entity: Int, parent: String, location: SourceLocation)] = []
    var rowsDirected: [Bool] = []

    init(columns: SheetColumns) { self.columns = columns }

    static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
      switch (a.location, b.location) {
      case (let x?, let y?): return x < y
      case (nil, _?): return true
      default: return false
      }
    }

    mutating func error(_ at: SourceLocation, _ message: String) { errors.append(Diagnostic(at: at, message)) }

    /// "did you mean 'x'?" for the closest of `candidates` within a third of the length.
    static func nearest(_ text: String, in candidates: [String]) -> String? {
      let folded = text.lowercased()
      var best: (Int, String)? = nil
      for c in candidates {
        let d = Network.editDistance(folded, c.lowercased())
        if d < (best?.0 ?? Int.max) { best = (d, c) }
      }
      guard let best, best.0 <= max(2, text.count / 3) else { return nil }
      return best.1
    }

    /// A number as spreadsheets write it: `2.5`, or `2,5` with a decimal comma.
    static func number(_ s: String) -> Double? {
      if let x = Double(s) { return x }
      let parts = s.split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
      return Double(parts[0] + "." + parts[1])
    }

    /// "; did you mean 'x'?" to end a message, "" without a near candidate.
    static func hint(_ text: String, in candidates: [String]) -> String {
      nearest(text, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// " (did you mean 'x'?)" inside a message.
    static func aside(_ text: String, in candidates: [String]) -> String {
      nearest(text, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// How a message names where something was first seen.
    static func place(_ l: SourceLocation) -> String { l.cell.map { $0 } ?? "line \(l.line)" }

    /// The columns of `table` that are no field, kept as attributes and named in a note.
    mutating func attributeColumns(_ table: SheetTable, fields: Set<Int>, what: String) -> [Int] {
      let extra = table.header.indices.filter { !fields.contains($0) && !table.header[$0].text.trimmed.isEmpty }
      if !extra.isEmpty {
        let names = extra.map { "'\(table.header[$0].text.trimmed)'" }.joined(separator: ", ")
        notes.append(
          Diagnostic(
            .warning, at: table.headerLocation,
            "column\(extra.count == 1 ? "" : "s") \(names) \(extra.count == 1 ? "is" : "are") no \(what) field; kept as attribute\(extra.count == 1 ? "" : "s") (map a column to a field with --columns field=Column)"
          ))
      }
      return extra
    }

    // MARK: Kinds

    mutating func readKinds(_ table: SheetTable?) {
      guard let table else { return }
      let header = table.header.map { SheetColumns.normalized($0.text) }
      let kindColumn = header.firstIndex { $0 == "kind" || $0 == "name" }
      let ofColumn = header.firstIndex { $0 == "of" || $0 == "for" || $0 == "appliesto" }
      let directedColumn = header.firstIndex { $0 == "directed" }
      guard let kindColumn else {
        error(table.headerLocation, "the kinds table needs a 'kind' column (and 'of': entity or tie)")
        return
      }
      for r in table.rows.indices {
        guard let name = table.text(r, kindColumn) else { continue }
        let of = table.text(r, ofColumn)?.lowercased() ?? "entity"
        switch of {
        case "entity", "entities":
          let k = EntityKind(name)
          if network.entityKinds.contains(k) {
            error(table.location(r, kindColumn), "entity kind '\(name)' is already defined")
          } else {
            network.userEntityKinds.append(k)
          }
        case "tie", "ties":
          let k = TieKind(name)
          let directed = table.text(r, directedColumn).map { ["true", "yes", "1", "directed"].contains($0.lowercased()) } ?? false
          if network.tieKinds.contains(k) || k == .partOf {
            error(table.location(r, kindColumn), "tie kind '\(name)' is already defined")
          } else {
            network.userTieKinds.append((k, directed))
          }
        default:
          error(table.location(r, ofColumn), "'\(of)' is neither entity nor tie")
        }
      }
    }

    // MARK: Entities

    mutating func readEntities(_ table: SheetTable) {
      typealias F = SheetColumns.EntityField
      let header = table.header.map(\.text)
      let col = columns.assign(header, names: SheetColumns.entityNames, order: F.allCases)
      guard col[.id] != nil || col[.name] != nil else {
        error(
          table.headerLocation,
          "\(table.name) needs an 'id' column (or a 'name' column whose names are the ids); found \(header.joined(separator: ", "))")
        return
      }
      let typed = prepare(table, fields: Set(col.values), what: "entity", hasKind: col[.kind] != nil)
      if col[.kind] == nil && !network.entityKinds.contains(Network.nodeKind) {
        network.userEntityKinds.append(Network.nodeKind)
      }
      let kindNames = network.entityKinds.map(\.rawValue)
      for r in table.rows.indices where table.rows[r].contains(where: { !($0?.text.trimmed.isEmpty ?? true) }) {
        let idColumn = col[.id] ?? col[.name]
        guard let id = table.text(r, idColumn) else {
          error(table.location(r, idColumn), "an entity needs an id")
          continue
        }
        if let first = firstSeen[id] {
          error(table.location(r, idColumn), "duplicate entity id '\(id)' (first at \(Self.place(first)))")
          continue
        }
        var e = Entity(id: id, kind: Network.nodeKind)
        e.name = table.text(r, col[.name]) ?? id
        if let kc = col[.kind] {
          if let k = table.text(r, kc) {
            if network.entityKinds.contains(EntityKind(k)) {
              e.kind = EntityKind(k)
            } else {
              error(
                table.location(r, kc),
                "unknown entity kind '\(k)'\(Self.aside(k, in: kindNames)); kinds are \(kindNames.joined(separator: ", ")) (declare others in a kinds table)")
            }
          } else {
            error(table.location(r, kc), "entity '\(id)' needs a kind; kinds are \(kindNames.joined(separator: ", "))")
          }
        }
        if let p = table.text(r, col[.parent]) { parents.append((network.entities.count, p, table.location(r, col[.parent]))) }
        e.country = table.text(r, col[.country])
        e.region = table.text(r, col[.region])
        e.sector = table.text(r, col[.sector])
        e.website = table.text(r, col[.website])
        if let a = table.text(r, col[.aliases]) {
          // A JSON list (as CoopGraph writes it) or names separated by '|' or ';'.
          if a.hasPrefix("["), case .list(let items)? = AttributeColumnType.list(from: a) {
            e.aliases = items.map(\.description)
          } else {
            e.aliases = a.split(whereSeparator: { $0 == "|" || $0 == ";" }).map { $0.trimmed }.filter { !$0.isEmpty }
          }
        }
        var joined: PartialDate?
        var left: PartialDate?
        for (field, key) in [(F.joined, "joined"), (F.left, "left")] {
          guard let text = table.text(r, col[field]) else { continue }
          if let d = PartialDate(text) {
            e.attributes[key] = .string(d.description)
            if field == .joined { joined = d } else { left = d }
          } else {
            error(
              table.location(r, col[field]),
              "unknown date '\(text)' for '\(key)': \(PartialDate.problem(in: text) ?? "not a date"); use YYYY, YYYY-MM or YYYY-MM-DD")
          }
        }
        if let joined, let left, left.lastDay < joined.firstDay {
          error(table.location(r, col[.left]), "entity '\(id)' left (\(left)) before it joined (\(joined))")
        }
        for (c, values) in typed where values[r] != nil { e.attributes[Self.attributeName(table, c)] = values[r] }
        firstSeen[id] = table.location(r, idColumn)
        index[id] = network.entities.count
        byName[e.name.lowercased(), default: []].append(network.entities.count)
        network.entities.append(e)
      }
    }

    /// The attribute a column holds: its header, without the `_` CoopGraph adds to an
    /// attribute named like a column (`type_` is the attribute `type`).
    static func attributeName(_ table: SheetTable, _ c: Int) -> String {
      let name = CSVFormat.unescape(table.header[c].text.trimmed)
      // A header merged over several columns names each: the second is "name (2)".
      let before = table.header[..<c].filter { CSVFormat.unescape($0.text.trimmed) == name }.count
      return before == 0 ? name : "\(name) (\(before + 1))"
    }

    /// The attribute columns of `table` (those that are no field), typed, with the notes a
    /// table gets: its attribute columns, and a missing kind column (the kind every row then
    /// gets).
    mutating func prepare(_ table: SheetTable, fields: Set<Int>, what: String, hasKind: Bool) -> [(Int, [AttributeValue?])] {
      let extra = attributeColumns(table, fields: fields, what: what)
      if !hasKind {
        let (kind, kinds) =
          what == "entity"
          ? (Network.nodeKind.rawValue, EntityKind.builtIn.map(\.rawValue)) : ("cooperation", TieKind.builtIn.map(\.rawValue))
        notes.append(
          Diagnostic(
            .warning, at: table.headerLocation,
            "\(table.name) has no kind column: every \(what) is of kind '\(kind)'; add a 'kind' column (\(kinds.joined(separator: ", ")))"
          ))
      }
      return Self.typed(table, extra)
    }

    /// Each attribute column's cells, typed as the CSV reader types them.
    static func typed(_ table: SheetTable, _ columns: [Int]) -> [(Int, [AttributeValue?])] {
      columns.map { c in (c, CSVFormat.Table.infer(table.rows.indices.map { table.text($0, c) })) }
    }

    mutating func checkParents() {
      let ids = network.entities.map(\.id)
      for (i, p, loc) in parents {
        let id = network.entities[i].id
        if p == id {
          error(loc, "entity '\(id)' is its own parent")
        } else if index[p] == nil {
          error(loc, "entity '\(id)' has unknown parent '\(p)'\(Self.hint(p, in: ids))")
        } else {
          network.entities[i].parent = p
        }
      }
      // Cycles: follow parents; each cycle once, at its first entity in file order.
      var state = [Int](repeating: 0, count: network.entities.count)  // 1 visiting, 2 done
      for start in network.entities.indices where state[start] == 0 {
        var path: [Int] = []
        var current: Int? = start
        while let c = current, state[c] == 0 {
          state[c] = 1
          path.append(c)
          current = network.entities[c].parent.flatMap { index[$0] }
        }
        if let c = current, state[c] == 1, let at = path.firstIndex(of: c) {
          let cycle = path[at...].map { network.entities[$0].id } + [network.entities[c].id]
          let first = path[at...].min { (firstSeen[ids[$0]] ?? SourceLocation(file: "", line: 0)) < (firstSeen[ids[$1]] ?? SourceLocation(file: "", line: 0)) } ?? c
          if let loc = firstSeen[ids[first]] { error(loc, "parent cycle: \(cycle.joined(separator: " -> "))") }
        }
        for c in path { state[c] = 2 }
      }
    }

    // MARK: Ties

    /// The entity a party cell names: its id, or a name that one entity has.
    mutating func party(_ text: String, at loc: SourceLocation, hasEntities: Bool) -> String? {
      if index[text] != nil { return text }
      if let matches = byName[text.lowercased()], matches.count == 1 { return network.entities[matches[0]].id }
      if hasEntities {
        error(loc, "unknown party '\(text)': no entity has this id\(Self.hint(text, in: network.entities.map(\.id)))")
        return nil
      }
      if !network.entityKinds.contains(Network.nodeKind) { network.userEntityKinds.append(Network.nodeKind) }
      index[text] = network.entities.count
      firstSeen[text] = loc
      network.entities.append(Entity(id: text, kind: Network.nodeKind))
      return text
    }

    mutating func readTies(_ table: SheetTable, hasEntities: Bool) {
      typealias F = SheetColumns.TieField
      let header = table.header.map(\.text)
      var col = columns.assign(header, names: SheetColumns.tieNames, order: F.allCases)
      // Gephi's `Type` says Directed or Undirected: then it is the direction, not the kind
      // (and the kind may be another column).
      if columns.overrides["directed"] == nil, col[.directed] == nil {
        let taken = Set(col.values)
        let candidates = (col[.kind].map { [$0] } ?? []) + header.indices.filter { !taken.contains($0) }
        for c in candidates where SheetColumns.normalized(header[c]) == "type" {
          let values = table.rows.indices.compactMap { table.text($0, c)?.lowercased() }
          guard !values.isEmpty && values.allSatisfy({ $0 == "directed" || $0 == "undirected" }) else { continue }
          col[.directed] = c
          if col[.kind] == c {
            col[.kind] = nil
            let rest = columns.assign(
              header.enumerated().map { $0.offset == c ? "" : $0.element }, names: SheetColumns.tieNames, order: [.kind])
            col[.kind] = rest[.kind].flatMap { Set(col.values).contains($0) ? nil : $0 }
          }
          break
        }
      }
      guard col[.parties] != nil || (col[.from] != nil && col[.to] != nil) else {
        error(
          table.headerLocation,
          "\(table.name) needs 'source' and 'target' columns (or 'parties', ids separated by '|'); found \(header.joined(separator: ", "))")
        return
      }
      let typed = prepare(table, fields: Set(col.values), what: "tie", hasKind: col[.kind] != nil)
      let kindNames = network.tieKinds.map(\.rawValue)
      var tieOfKey: [String: (tie: Int, location: SourceLocation)] = [:]
      for r in table.rows.indices where table.rows[r].contains(where: { !($0?.text.trimmed.isEmpty ?? true) }) {
        var ok = true
        // Parties, in the order the row gives them.
        var cells: [(String, SourceLocation)] = []
        if let pc = col[.parties], let text = table.text(r, pc) {
          for p in text.split(separator: "|") where !p.trimmed.isEmpty { cells.append((p.trimmed, table.location(r, pc))) }
        }
        for f in [F.from, F.to] {
          if let c = col[f], let text = table.text(r, c) { cells.append((text, table.location(r, c))) }
        }
        var parties: [String] = []
        for (text, loc) in cells {
          guard let id = party(text, at: loc, hasEntities: hasEntities) else {
            ok = false
            continue
          }
          if parties.contains(id) {
            error(loc, "party '\(id)' is listed twice")
            ok = false
          }
          parties.append(id)
        }
        var tie = Tie(kind: .cooperation, parties: parties)
        if let kc = col[.kind] {
          if let k = table.text(r, kc) {
            let kind = TieKind(k)
            if network.tieKinds.contains(kind) {
              tie.kind = kind
            } else {
              let why = kind == .partOf ? " ('part-of' comes from an entity's parent column)" : " (declare others in a kinds table)"
              error(table.location(r, kc), "unknown tie kind '\(k)'\(Self.aside(k, in: kindNames)); kinds are \(kindNames.joined(separator: ", "))\(why)")
              ok = false
            }
          } else {
            error(table.location(r, kc), "a tie needs a kind; kinds are \(kindNames.joined(separator: ", "))")
            ok = false
          }
        }
        tie.label = table.text(r, col[.label])
        if let d = table.text(r, col[.date]) {
          if let range = DateRange(d) {
            tie.date = range
          } else {
            error(
              table.location(r, col[.date]),
              "unknown date '\(d)': \(DateRange.problem(in: d) ?? "not a date"); use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END")
            ok = false
          }
        }
        if let s = table.text(r, col[.strength]) {
          if let x = Self.number(s), x.isFinite, x > 0 {
            tie.strength = x
          } else {
            error(table.location(r, col[.strength]), "strength must be a finite number greater than 0, found '\(s)'")
            ok = false
          }
        }
        tie.source = table.text(r, col[.evidence])
        var directed: Bool? = nil
        if let d = table.text(r, col[.directed])?.lowercased() {
          switch d {
          case "true", "yes", "1", "directed": directed = true
          case "false", "no", "0", "undirected": directed = false
          default:
            error(table.location(r, col[.directed]), "'\(d)' says neither directed nor undirected (true/false, Directed/Undirected)")
            ok = false
          }
        }
        for (c, values) in typed where values[r] != nil { tie.attributes[Self.attributeName(table, c)] = values[r] }
        let id = table.text(r, col[.id])
        let key = id.map { "id:" + $0 } ?? table.text(r, col[.group]).map { "group:" + $0 }
        let here = table.rowLocations[r]
        if let key, let first = tieOfKey[key] {
          // Another row of a multi-party tie: its parties join; the rest must agree.
          guard ok else { continue }
          var merged = network.ties[first.tie]
          for (field, differs) in [
            ("kind", col[.kind] != nil && merged.kind != tie.kind), ("label", tie.label != nil && merged.label != tie.label),
            ("date", tie.date != nil && merged.date != tie.date),
            ("strength", col[.strength] != nil && table.text(r, col[.strength]) != nil && merged.strength != tie.strength),
          ] where differs {
            error(here, "this row is part of tie '\(id ?? key)' (first at \(Self.place(first.location))) but gives another \(field)")
            ok = false
          }
          guard ok else { continue }
          for p in parties where !merged.parties.contains(p) { merged.parties.append(p) }
          for (k, v) in tie.attributes where merged.attributes[k] == nil { merged.attributes[k] = v }
          network.ties[first.tie] = merged
          continue
        }
        if parties.count < 2 && ok && key == nil {
          error(here, "a tie needs at least two different parties, found \(parties.count)")
          ok = false
        }
        guard ok else { continue }
        tie.id = id
        let byDefault = network.isDirectedByDefault(tie.kind)
        tie.directed = directed.flatMap { $0 == byDefault ? nil : $0 }
        rowsDirected.append(directed == true)
        if let key { tieOfKey[key] = (network.ties.count, here) }
        network.ties.append(tie)
      }
      // A multi-party tie gathered from rows needs two parties in all.
      for (key, t) in tieOfKey.sorted(by: { $0.value.tie < $1.value.tie }) where network.ties[t.tie].parties.count < 2 {
        error(t.location, "tie '\(key.drop { $0 != ":" }.dropFirst())' needs at least two different parties, found \(network.ties[t.tie].parties.count)")
      }
    }
  }
}

extension Substring {
  /// Without surrounding spaces and tabs.
  var trimmed: String { String(self).trimmed }
}
