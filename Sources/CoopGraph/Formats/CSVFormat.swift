import Foundation

/// A network as two CSV files, the shape spreadsheets and Gephi's data laboratory use:
/// `nodes.csv` with `Id, Label, …` and `edges.csv` with `Source, Target, Type, Weight, …`.
///
/// Reading: RFC 4180 (quoted fields with doubled quotes and line breaks), UTF-8 with or without
/// a byte-order mark, `,` or `;` (or tab) as separator, detected from the header line. Header
/// names `Id`, `Label`, `Source`, `Target`, `Type`, `Weight` match in any case. A column whose
/// every cell is an integer, a number, `true`/`false` or a JSON list reads as that type; others
/// read as text; an empty cell means the attribute is absent.
///
/// The two files are found from either one (``paths(for:)``): `x.nodes.csv` ↔ `x.edges.csv`
/// (also `x_nodes.csv`, `x-nodes.csv`, and `nodes.csv` ↔ `edges.csv`), in the same folder. A
/// nodes file without an edges file gives a network without ties; an edges file without a nodes
/// file gives nodes from the endpoints.
public enum CSVFormat {
  /// The nodes and edges file for a path: a name ending in `nodes.csv` or `edges.csv` pairs with
  /// the same name ending in the other; any other `x.csv` pairs `x.nodes.csv` with
  /// `x.edges.csv`.
  public static func paths(for path: String) -> (nodes: String, edges: String) {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent
    let dir = String(path.dropLast(name.count))
    let lower = name.lowercased()
    func swap(_ s: Substring, from: String, to: String) -> String {
      // Keep the case the user wrote: nodes/Nodes/NODES.
      let word = s.prefix(5)
      if word == word.uppercased() { return to.uppercased() }
      if word.first?.isUppercase == true { return to.prefix(1).uppercased() + to.dropFirst() }
      return to
    }
    if lower.hasSuffix("nodes.csv") {
      let stem = name.dropLast(9)
      let word = name.dropFirst(stem.count)
      return (path, dir + stem + swap(word, from: "nodes", to: "edges") + word.dropFirst(5))
    }
    if lower.hasSuffix("edges.csv") {
      let stem = name.dropLast(9)
      let word = name.dropFirst(stem.count)
      return (dir + stem + swap(word, from: "edges", to: "nodes") + word.dropFirst(5), path)
    }
    let stem = lower.hasSuffix(".csv") ? String(name.dropLast(4)) : name
    return (dir + stem + ".nodes.csv", dir + stem + ".edges.csv")
  }

  /// Reads a network from a nodes/edges CSV pair, given either file (see ``paths(for:)``),
  /// and `x.kinds.csv` beside them when it exists; or from a single file, nodes or edges by its
  /// columns. The tables are read by ``SheetRecord`` with the native format's rules.
  /// - Throws: ``InputError`` with every problem of the files, in file order.
  /// - Complexity: O(bytes).
  public static func read(path: String, columns: SheetColumns = SheetColumns()) throws -> InterchangeRead {
    var (nodesPath, edgesPath) = paths(for: path)
    let lower = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    var notes: [Diagnostic] = []
    let fm = FileManager.default
    if !lower.hasSuffix("nodes.csv") && !lower.hasSuffix("edges.csv") && !fm.fileExists(atPath: path)
      && (fm.fileExists(atPath: nodesPath) || fm.fileExists(atPath: edgesPath))
    {
      // `x.csv` names the pair `convert … x.csv` wrote: x.nodes.csv and x.edges.csv.
      if !fm.fileExists(atPath: edgesPath) { edgesPath = "" }
      if !fm.fileExists(atPath: nodesPath) { nodesPath = "" }
    } else if !lower.hasSuffix("nodes.csv") && !lower.hasSuffix("edges.csv") {
      // A single CSV file: nodes or edges by its header.
      let header = try sheet(path: path).table.header.map(\.text)
      let ties = columns.assign(header, names: SheetColumns.tieNames, order: SheetColumns.TieField.allCases)
      if ties[.parties] != nil || (ties[.from] != nil && ties[.to] != nil) {
        nodesPath = fm.fileExists(atPath: nodesPath) ? nodesPath : ""
        edgesPath = path
      } else {
        nodesPath = path
        edgesPath = fm.fileExists(atPath: edgesPath) ? edgesPath : ""
      }
    } else if !fm.fileExists(atPath: path) {
      _ = try FileIO.read(path)  // the "no such file" error
    } else if path == nodesPath && !fm.fileExists(atPath: edgesPath) {
      notes.append(Diagnostic(.warning, at: nil, "\(edgesPath): no such file; the network has no ties"))
      edgesPath = ""
    } else if path == edgesPath && !fm.fileExists(atPath: nodesPath) {
      nodesPath = ""
    }
    let kindsPath = kindsPath(for: nodesPath.isEmpty ? edgesPath : nodesPath)
    let read = try read(
      entities: nodesPath.isEmpty ? nil : nodesPath, ties: edgesPath.isEmpty ? nil : edgesPath,
      kinds: fm.fileExists(atPath: kindsPath) ? kindsPath : nil, columns: columns)
    return InterchangeRead(network: read.network, directed: read.directed, warnings: notes + read.warnings)
  }

  /// Reads a network from an entities file and a ties file of any names (either may be
  /// missing), and a kinds file.
  /// - Throws: ``InputError`` with every problem of the files, in file order.
  public static func read(
    entities: String?, ties: String?, kinds: String? = nil, columns: SheetColumns = SheetColumns()
  ) throws -> InterchangeRead {
    var problems: [Diagnostic] = []
    var notes: [Diagnostic] = []
    func load(_ path: String?) throws -> SheetTable? {
      guard let path else { return nil }
      let s = try sheet(path: path)
      problems += s.problems
      if let encoding = s.encoding {
        notes.append(Diagnostic(.warning, at: nil, "\(path): read as \(encoding), not UTF-8"))
      }
      return s.table
    }
    let tables = (try load(entities), try load(ties), try load(kinds))
    let read: InterchangeRead
    do {
      read = try SheetRecord.read(entities: tables.0, ties: tables.1, kinds: tables.2, columns: columns)
    } catch let error as InputError {
      throw InputError((problems + error.diagnostics).sorted(by: SheetRecord.Reader.fileOrder))
    }
    if !problems.isEmpty { throw InputError(problems.sorted(by: SheetRecord.Reader.fileOrder)) }
    return InterchangeRead(network: read.network, directed: read.directed, warnings: notes + read.warnings)
  }

  /// The kinds file beside a nodes or edges file: `x.nodes.csv` → `x.kinds.csv`.
  static func kindsPath(for path: String) -> String {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let dir = String(path.dropLast(name.count))
    let lower = name.lowercased()
    for suffix in ["nodes.csv", "edges.csv"] where lower.hasSuffix(suffix) {
      return dir + name.dropLast(suffix.count) + "kinds.csv"
    }
    return dir + (lower.hasSuffix(".csv") ? String(name.dropLast(4)) : name) + ".kinds.csv"
  }

  /// A CSV file as a table of located cells, with the problems of its structure (a stray
  /// quote, a row longer than the header, a repeated column) and the encoding it was read in
  /// when not UTF-8.
  /// - Throws: ``InputError`` for a file that cannot be read, an empty file, a quote never
  ///   closed, or text in no encoding it knows.
  static func sheet(path: String) throws -> (table: SheetTable, problems: [Diagnostic], encoding: String?) {
    let (bytes, encoding) = try TextDecoding.utf8(try FileIO.read(path), file: path)
    var problems: [Diagnostic] = []
    let records = try CSVFormat.records(bytes, file: path, problems: &problems)
    guard let first = records.first else {
      throw InputError(at: SourceLocation(file: path, line: 1), "the file is empty; expected a header line")
    }
    let header = first.fields.map {
      SheetTable.Cell($0.text, at: SourceLocation(file: path, line: first.line, column: $0.column))
    }
    var seen: [String: Int] = [:]
    for (i, h) in header.enumerated() where !h.text.trimmed.isEmpty {
      let key = SheetColumns.normalized(h.text)
      if let j = seen[key] {
        problems.append(Diagnostic(at: h.location, "duplicate column '\(h.text)' (also column \(j + 1))"))
      }
      seen[key] = i
    }
    var rows: [[SheetTable.Cell?]] = []
    var starts: [SourceLocation] = []
    for r in records.dropFirst() {
      if r.fields.count == 1 && r.fields[0].text.isEmpty { continue }  // blank line
      if r.fields.count > header.count {
        problems.append(
          Diagnostic(
            at: SourceLocation(file: path, line: r.line, column: r.fields[header.count].column),
            "this row has \(r.fields.count) fields; the header has \(header.count)"))
      }
      var row: [SheetTable.Cell?] = r.fields.prefix(header.count).map {
        SheetTable.Cell($0.text, at: SourceLocation(file: path, line: r.line, column: $0.column))
      }
      while row.count < header.count { row.append(nil) }
      rows.append(row)
      starts.append(SourceLocation(file: path, line: r.line))
    }
    let table = SheetTable(
      file: path, header: header, rows: rows, rowLocations: starts,
      headerLocation: SourceLocation(file: path, line: first.line))
    return (table, problems, encoding)
  }

  /// The two CSV texts for a network.
  /// - Returns: nodes and edges text (`,`-separated, RFC 4180 quoting, `\n` line ends), and
  ///   warnings for what CSV cannot hold (record-level fields, values that read back as another
  ///   type).
  /// - Complexity: O(entities + edges × columns).
  public static func write(_ network: Network) -> (nodes: String, edges: String, warnings: [Diagnostic]) {
    let t = tables(network)
    func render(_ rows: [[String]]) -> String { rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined() }
    return (render(t.nodes), render(t.edges), t.warnings)
  }

  /// The nodes and edges tables of a network, header row first, as CSV and workbooks write
  /// them, with warnings for what they cannot hold.
  public static func tables(_ network: Network) -> (nodes: [[String]], edges: [[String]], warnings: [Diagnostic]) {
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, warnings: &warnings)
    var lost: [String] = []
    if network.title != nil { lost.append("title") }
    if network.description != nil { lost.append("description") }
    if network.source != nil { lost.append("source") }
    lost += network.attributes.keys.map { "'\($0)'" }
    if !lost.isEmpty {
      warnings.append(
        Diagnostic(.warning, at: nil, "CSV has no place for the network's \(lost.joined(separator: ", "))"))
    }

    // Nodes.
    let nodeKeys = FlatNetwork.keys(flat.nodes.map(\.attributes)).filter { $0 != "label" }
    let nodeHeader = ["Id", "Label"] + nodeKeys.map(escape)
    var nodeRows: [[String]] = []
    for n in flat.nodes {
      nodeRows.append([n.id, n.attributes["label"]?.description ?? n.id] + nodeKeys.map { cell(n.attributes[$0]) })
    }
    check(
      nodeKeys, offset: 2, rows: nodeRows, originals: flat.nodes.map(\.attributes), text: FlatNetwork.nodeFields,
      what: "entity", warnings: &warnings)
    // Edges.
    let edgeKeys = FlatNetwork.keys(flat.edges.map(\.attributes)).filter { $0 != "label" && $0 != "weight" }
    let edgeHeader = ["Source", "Target", "Type", "Weight", "Label"] + edgeKeys.map(escape)
    var edgeRows: [[String]] = []
    for e in flat.edges {
      let weight = e.attributes["weight"].map { formatNumber($0.doubleValue ?? 1) } ?? "1"
      edgeRows.append(
        [
          e.parties[0], e.parties[1], (e.directed ?? flat.directed) ? "Directed" : "Undirected", weight,
          e.attributes["label"]?.description ?? "",
        ]
          + edgeKeys.map { cell(e.attributes[$0]) })
    }
    check(
      edgeKeys, offset: 5, rows: edgeRows, originals: flat.edges.map(\.attributes), text: FlatNetwork.edgeFields,
      what: "tie", warnings: &warnings)
    return ([nodeHeader] + nodeRows, [edgeHeader] + edgeRows, warnings)
  }

  /// Writes the pair of files for `path` (see ``paths(for:)``), each atomically.
  @discardableResult
  public static func write(_ network: Network, to path: String) throws -> [Diagnostic] {
    try InterchangeFormat.csv.write(network, to: path)
  }

  /// The kinds table of a network that declares kinds of its own (`kind`, `of`, `directed`),
  /// written as `x.kinds.csv` beside the pair so that the kinds read back; `nil` when it
  /// declares none.
  public static func kindsText(_ network: Network) -> String? {
    kindsTable(network).map { rows in rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n" }
  }

  /// The kinds table of a network that declares kinds (header first), `nil` when it declares none.
  public static func kindsTable(_ network: Network) -> [[String]]? {
    guard !network.userEntityKinds.isEmpty || !network.userTieKinds.isEmpty else { return nil }
    var rows = [["kind", "of", "directed"]]
    rows += network.userEntityKinds.map { [$0.rawValue, "entity", ""] }
    rows += network.userTieKinds.map { [$0.kind.rawValue, "tie", $0.directed ? "true" : "false"] }
    return rows
  }

  /// Column names of Gephi's own columns that an attribute may also have.
  static let reserved: Set<String> = ["id", "source", "target", "type"]

  /// An attribute named like a Gephi column (`type`, `id`, `source`, `target`, any case) is
  /// written with a trailing `_` (`type_`), which reading takes off again.
  static func escape(_ name: String) -> String {
    reserved.contains(unescape(name).lowercased()) || reserved.contains(name.lowercased()) ? name + "_" : name
  }

  static func unescape(_ name: String) -> String {
    if name.hasSuffix("_") {
      let base = String(name.dropLast())
      if reserved.contains(unescape(base).lowercased()) { return base }
    }
    return name
  }

  static func cell(_ v: AttributeValue?) -> String {
    guard let v else { return "" }
    switch v {
    case .double(let d): return formatDouble(d)
    case .list(let items): return JSONValue.array(items.map(JSONValue.init)).serialized(pretty: false)
    default: return v.description
    }
  }

  /// Warns about values that would read back as another type (text that looks like a number,
  /// empty text).
  static func check(
    _ keys: [String], offset: Int, rows: [[String]], originals: [Attributes], text: Set<String>, what: String,
    warnings: inout [Diagnostic]
  ) {
    for (j, key) in keys.enumerated() where !text.contains(key) || key == "aliases" {
      let cells: [String?] = rows.map { $0[offset + j].isEmpty ? nil : $0[offset + j] }
      let back = Table.infer(cells)
      var changed = 0
      for i in originals.indices {
        let o = originals[i][key]
        if o != back[i] { changed += 1 }
      }
      if changed > 0 {
        warnings.append(
          Diagnostic(
            .warning, at: nil,
            "\(what) attribute '\(key)': \(changed) value\(changed == 1 ? "" : "s") will read back as another type (CSV cells carry no types)"
          ))
      }
    }
  }

  /// RFC 4180 quoting: fields with separators, quotes, line breaks or edge spaces are quoted;
  /// a cell a spreadsheet would run as a formula is neutralized first (``CSVFormula``).
  static func field(_ cell: String) -> String {
    let s = CSVFormula.neutralized(cell)
    if s.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      || s.first == " " || s.last == " "
    {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  /// A CSV file parsed into a header and rows of cells.
  struct Table {
    var header: [String]
    /// Header names as attribute names: the Gephi columns lower-cased, others as written.
    var names: [String]
    var rows: [[String?]]
    /// The line each row starts on.
    var lines: [Int]

    func column(_ name: String) -> Int? { header.firstIndex { $0.lowercased() == name } }

    init(path: String) throws {
      var bytes = try FileIO.read(path)
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      if let problem = TextCheck.firstProblem(in: bytes) {
        throw InputError(at: SourceLocation(file: path, line: problem.line, column: problem.column), problem.message)
      }
      let records = try CSVFormat.records(bytes, file: path)
      guard let first = records.first else {
        throw InputError(at: SourceLocation(file: path, line: 1), "the file is empty; expected a header line")
      }
      header = first.fields.map { $0.text }
      let gephi: Set<String> = ["id", "label", "source", "target", "type", "weight"]
      names = header.map { gephi.contains($0.lowercased()) ? $0.lowercased() : CSVFormat.unescape($0) }
      var seen: [String: Int] = [:]
      for (i, h) in header.enumerated() {
        let key = gephi.contains(h.lowercased()) ? h.lowercased() : h
        if let j = seen[key] {
          throw InputError(
            at: SourceLocation(file: path, line: first.line, column: first.fields[i].column),
            "duplicate column '\(h)' (also column \(j + 1))")
        }
        seen[key] = i
      }
      rows = []
      lines = []
      for r in records.dropFirst() {
        if r.fields.count == 1 && r.fields[0].text.isEmpty { continue }  // blank line
        if r.fields.count > header.count {
          throw InputError(
            at: SourceLocation(file: path, line: r.line, column: r.fields[header.count].column),
            "this row has \(r.fields.count) fields; the header has \(header.count)")
        }
        var row: [String?] = r.fields.map { $0.text }
        while row.count < header.count { row.append(nil) }
        rows.append(row)
        lines.append(r.line)
      }
    }

    /// Every column's values, typed: `text` columns stay text, `numeric` columns are numbers,
    /// the others are inferred (see ``infer(_:)``).
    func typedColumns(text: [Int], numeric: [Int] = []) -> [[AttributeValue?]] {
      header.indices.map { c in
        let cells = rows.map { $0[c].flatMap { $0.isEmpty ? nil : $0 } }
        if text.contains(c) { return cells.map { $0.map { .string($0) } } }
        if numeric.contains(c) {
          return cells.map { s in
            s.map { Int($0).map(AttributeValue.int) ?? Double($0).map(AttributeValue.double) ?? .string($0) }
          }
        }
        return Table.infer(cells)
      }
    }

    /// A column's values: integers when every cell is one, numbers (integers where written so)
    /// when every cell is a number, true/false, JSON lists; text otherwise.
    static func infer(_ cells: [String?]) -> [AttributeValue?] {
      let present = cells.compactMap { $0 }
      if present.isEmpty { return cells.map { _ in nil } }
      func canonicalInt(_ s: String) -> Int? {
        guard let i = Int(s), String(i) == s else { return nil }
        return i
      }
      func number(_ s: String) -> Double? {
        guard let d = Double(s), d.isFinite, s.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true else {
          return nil
        }
        // Leading zeros (postal codes, "007") are text.
        let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        if digits.count > 1 && digits.first == "0" && digits.dropFirst().first?.isNumber == true { return nil }
        return d
      }
      if present.allSatisfy({ number($0) != nil }) {
        return cells.map { s in s.map { canonicalInt($0).map(AttributeValue.int) ?? .double(number($0) ?? 0) } }
      }
      if present.allSatisfy({ $0 == "true" || $0 == "false" }) {
        return cells.map { s in s.map { .bool($0 == "true") } }
      }
      if present.allSatisfy({ $0.first == "[" }) {
        let lists = cells.map { s in s.flatMap { AttributeColumnType.list(from: $0) } }
        if zip(cells, lists).allSatisfy({ ($0 == nil) == ($1 == nil) }) { return lists }
      }
      return cells.map { s in s.map { .string($0) } }
    }
  }

  struct Record {
    var line: Int
    var fields: [(text: String, column: Int)]
  }

  /// Splits CSV bytes into records. The separator is the one of `,` `;` tab that occurs most
  /// often outside quotes in the first line.
  static func records(_ bytes: [UInt8], file: String) throws -> [Record] {
    var problems: [Diagnostic] = []
    let out = try records(bytes, file: file, problems: &problems)
    if !problems.isEmpty { throw InputError(problems) }
    return out
  }

  /// ``records(_:file:)`` that keeps going after a stray quote or text after a closing quote
  /// (read as written), collecting them in `problems`; only a quote that is never closed stops
  /// the reading.
  static func records(_ bytes: [UInt8], file: String, problems: inout [Diagnostic]) throws -> [Record] {
    var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
    var quoted = false
    for b in bytes {
      if b == 0x22 { quoted.toggle() }
      if !quoted && (b == 0x0A || b == 0x0D) { break }
      if !quoted, let c = counts[b] { counts[b] = c + 1 }
    }
    let sep: UInt8 = [0x2C, 0x3B, 0x09].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 0x2C
    let separator = (counts[sep] ?? 0) > 0 ? sep : 0x2C

    var out: [Record] = []
    var fields: [(text: String, column: Int)] = []
    var line = 1
    var lineStart = 0
    var recordLine = 1
    var i = 0
    let n = bytes.count
    func column(_ at: Int) -> Int { EdgeList.columnOf(at, lineStart: lineStart, bytes) }
    while i <= n {
      // One field starting at i.
      let fieldColumn = i < n ? column(i) : column(n)
      var text: [UInt8] = []
      if i < n && bytes[i] == 0x22 {
        let openLine = line, openColumn = fieldColumn
        i += 1
        var closed = false
        while i < n {
          let b = bytes[i]
          if b == 0x22 {
            if i + 1 < n && bytes[i + 1] == 0x22 {
              text.append(0x22)
              i += 2
              continue
            }
            i += 1
            closed = true
            break
          }
          if b == 0x0A {
            line += 1
            lineStart = i + 1
          }
          text.append(b)
          i += 1
        }
        if !closed {
          throw InputError(
            at: SourceLocation(file: file, line: openLine, column: openColumn),
            "quoted field is not closed (a '\"' is missing)")
        }
        if i < n && bytes[i] != separator && bytes[i] != 0x0A && bytes[i] != 0x0D {
          problems.append(
            Diagnostic(
              at: SourceLocation(file: file, line: line, column: column(i)),
              "unexpected text after a closing quote; inside a quoted field write a quote as \"\""))
          while i < n && bytes[i] != separator && bytes[i] != 0x0A && bytes[i] != 0x0D {
            text.append(bytes[i])
            i += 1
          }
        }
      } else {
        while i < n && bytes[i] != separator && bytes[i] != 0x0A && bytes[i] != 0x0D {
          if bytes[i] == 0x22 {
            problems.append(
              Diagnostic(
                at: SourceLocation(file: file, line: line, column: column(i)),
                "a quote inside an unquoted field; quote the whole field and double the quote (\"\")"))
          }
          text.append(bytes[i])
          i += 1
        }
      }
      fields.append((CSVFormula.restored(String(decoding: text, as: UTF8.self)), fieldColumn))
      if i < n && bytes[i] == separator {
        i += 1
        continue
      }
      // End of record.
      out.append(Record(line: recordLine, fields: fields))
      fields = []
      if i < n && bytes[i] == 0x0D { i += 1 }
      if i < n && bytes[i] == 0x0A { i += 1 }
      line += 1
      lineStart = i
      recordLine = line
      if i >= n { break }
    }
    return out
  }
}
