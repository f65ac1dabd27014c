import Foundation
import Yams

/// The native CoopGraph file format: YAML (`.yaml`, `.yml`) or JSON (`.json`) with one schema,
/// version 1, documented in `docs/format.md`.
///
/// Reading collects **every** problem in the file, each with its line and column, before it
/// throws; keys the schema does not know are kept as attributes, so nothing a user wrote is
/// lost on a round trip.
public enum NativeFormat {
  /// The format version this library reads and writes.
  public static let version = 1

  /// Reads a network from a native file.
  /// - Throws: ``InputError`` with every problem found.
  public static func read(path: String) throws -> Network {
    let text = try FileIO.readText(path)
    return try parse(text, file: path)
  }

  /// Parses native YAML or JSON text.
  /// - Parameter file: the name used in diagnostics.
  /// - Throws: ``InputError`` with every problem found, in file order.
  public static func parse(_ text: String, file: String = "<input>") throws -> Network {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw InputError([syntaxDiagnostic(error, file: file)])
    }
    if let root { try YAMLTree.check(root, textSize: text.utf8.count, file: file) }
    var reader = Reader(file: file)
    let network = reader.network(from: root)
    let errors = reader.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      throw InputError(reader.diagnostics.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) })
    }
    return network
  }

  /// The most nodes a file of `textSize` bytes may expand to once YAML aliases are followed
  /// (see ``YAMLTree/maxExpandedNodes(textSize:)``).
  public static func maxExpandedNodes(textSize: Int) -> Int { YAMLTree.maxExpandedNodes(textSize: textSize) }

  static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "syntax error: \(problem)"
      // libyaml's words for its depth limit name its C function.
      if problem.hasPrefix("Maximum nesting level reached") {
        message = "lists and mappings nested too deeply (the YAML reader allows about 1,000 levels)"
      }
      if let context { message += " (\(context.text) at line \(context.mark.line))" }
      return Diagnostic(at: SourceLocation(file: file, line: mark.line, column: mark.column), message)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return Diagnostic(
        at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
        "duplicate key \(keys) in one mapping; each key may appear once")
    case .reader(let problem, _, _, _):
      return Diagnostic(at: SourceLocation(file: file, line: 1), "cannot read text: \(problem)")
    default:
      return Diagnostic(at: SourceLocation(file: file, line: 1), "syntax error: \(error)")
    }
  }
}

/// Walks the YAML node tree, building the network and collecting diagnostics.
private struct Reader {
  let file: String
  var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  func location(_ node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return SourceLocation(file: file, line: 1) }
    return SourceLocation(file: file, line: mark.line, column: mark.column)
  }

  mutating func error(_ node: Node?, _ message: String) {
    diagnostics.append(Diagnostic(at: location(node), message))
  }

  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return "'\(s.string)'"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    case .alias: return "an alias"
    }
  }

  /// The pairs of a mapping, reporting duplicate keys and non-scalar keys.
  mutating func pairs(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)]? {
    guard case .mapping(let mapping) = node else {
      error(node, "expected \(what) to be a mapping, found \(Reader.describe(node))")
      return nil
    }
    var seen: [String: Int] = [:]
    var out: [(key: String, keyNode: Node, value: Node)] = []
    for (k, v) in mapping {
      guard case .scalar(let ks) = k else {
        error(k, "expected a plain key, found \(Reader.describe(k))")
        continue
      }
      if let line = seen[ks.string] {
        error(k, "duplicate key '\(ks.string)' (first at line \(line))")
        continue
      }
      seen[ks.string] = k.mark?.line ?? 0
      out.append((ks.string, k, v))
    }
    return out
  }

  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(s.string)
  }

  mutating func string(_ node: Node, key: String) -> String? {
    guard case .scalar(let s) = node else {
      error(node, "expected text for '\(key)', found \(Reader.describe(node))")
      return nil
    }
    if Reader.isNull(node) { return nil }
    return s.string
  }

  mutating func strings(_ node: Node, key: String) -> [String] {
    switch node {
    case .scalar:
      return string(node, key: key).map { [$0] } ?? []
    case .sequence(let seq):
      return seq.compactMap { string($0, key: key) }
    default:
      error(node, "expected a list of text for '\(key)', found \(Reader.describe(node))")
      return []
    }
  }

  mutating func bool(_ node: Node, key: String) -> Bool? {
    if case .scalar(let s) = node {
      switch s.string.lowercased() {
      case "true", "yes": return true
      case "false", "no": return false
      default: break
      }
    }
    error(node, "expected true or false for '\(key)', found \(Reader.describe(node))")
    return nil
  }

  mutating func attribute(_ node: Node, key: String) -> AttributeValue? {
    switch node {
    case .scalar(let s):
      if s.style == .singleQuoted || s.style == .doubleQuoted || s.style == .literal || s.style == .folded {
        return .string(s.string)
      }
      let text = s.string
      if let i = Int(text) { return .int(i) }
      if let d = Double(text), text.first.map({ $0.isNumber || $0 == "-" || $0 == "." || $0 == "+" }) == true {
        return .double(d)
      }
      switch text {
      case "true", "True", "TRUE": return .bool(true)
      case "false", "False", "FALSE": return .bool(false)
      default: return .string(Reader.isNull(node) ? "" : text)
      }
    case .sequence(let seq):
      return .list(seq.compactMap { attribute($0, key: key) })
    default:
      error(node, "attribute '\(key)' must be text, a number, true/false or a list, found \(Reader.describe(node))")
      return nil
    }
  }

  static let idCharacters: Set<Character> = ["-", "_", "."]
  static func isValidID(_ id: String) -> Bool {
    guard let first = id.first, first.isLetter || first.isNumber else { return false }
    return id.allSatisfy { $0.isLetter || $0.isNumber || idCharacters.contains($0) }
  }

  // MARK: - Network

  mutating func network(from root: Node?) -> Network {
    var network = Network()
    guard let root else {
      diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: 1), "the file is empty; expected 'coopgraph: 1', 'entities:' and 'ties:'"))
      return network
    }
    guard let top = pairs(root, what: "the file") else { return network }
    var entityNodes: Node?
    var tieNodes: Node?
    var weightNodes: Node?
    var sawVersion = false
    for (key, keyNode, value) in top {
      switch key {
      case "coopgraph":
        sawVersion = true
        if case .scalar(let s) = value, let v = Int(s.string) {
          if v != NativeFormat.version {
            error(value, "unsupported format version \(v); this coopgraph reads version \(NativeFormat.version)")
          }
        } else {
          error(value, "expected the format version number for 'coopgraph', found \(Reader.describe(value))")
        }
      case "title": network.title = string(value, key: key)
      case "description": network.description = string(value, key: key)
      case "source": network.source = string(value, key: key)
      case "kinds": readKinds(value, into: &network)
      case "weights": weightNodes = value
      case "entities": entityNodes = value
      case "ties": tieNodes = value
      default:
        _ = keyNode
        if let a = attribute(value, key: key) { network.attributes[key] = a }
      }
    }
    if !sawVersion {
      error(root, "missing key 'coopgraph' (the format version): add 'coopgraph: 1' at the top")
    }
    if let weightNodes { readWeights(weightNodes, into: &network) }
    var entityLines: [String: Node] = [:]
    if let entityNodes {
      if case .sequence(let seq) = entityNodes {
        for node in seq {
          if let (entity, idNode) = readEntity(node, network: network) {
            if let first = entityLines[entity.id] {
              error(idNode, "duplicate entity id '\(entity.id)' (first at line \(first.mark?.line ?? 0))")
            } else {
              entityLines[entity.id] = idNode
              network.entities.append(entity)
            }
          }
        }
      } else if !Reader.isNull(entityNodes) {
        error(entityNodes, "expected 'entities' to be a list, found \(Reader.describe(entityNodes))")
      }
    }
    network.buildIndex()
    checkParents(network, entityLines: entityLines)
    if let tieNodes {
      if case .sequence(let seq) = tieNodes {
        var tieIDs: [String: Int] = [:]
        for node in seq {
          if let (tie, idNode) = readTie(node, network: network) {
            if let id = tie.id, let idNode {
              if let line = tieIDs[id] {
                error(idNode, "duplicate tie id '\(id)' (first at line \(line))")
                continue
              }
              tieIDs[id] = idNode.mark?.line ?? 0
            }
            network.ties.append(tie)
          }
        }
      } else if !Reader.isNull(tieNodes) {
        error(tieNodes, "expected 'ties' to be a list, found \(Reader.describe(tieNodes))")
      }
    }
    return network
  }

  /// `weights:`, a mapping from tie kind (built-in or declared under `kinds:`) to a finite
  /// evidence weight > 0.
  mutating func readWeights(_ node: Node, into network: inout Network) {
    guard let top = pairs(node, what: "'weights'") else { return }
    let known = network.tieKinds
    for (key, keyNode, value) in top {
      let kind = TieKind(key)
      guard known.contains(kind) else {
        error(keyNode, "unknown tie kind '\(key)' in 'weights'; kinds in this network: \(known.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      guard case .scalar(let s) = value, let w = Double(s.string), w.isFinite, w > 0 else {
        error(value, "the weight of '\(key)' must be a number greater than 0, found \(Reader.describe(value))")
        continue
      }
      network.tieWeights[kind] = w
    }
  }

  mutating func readKinds(_ node: Node, into network: inout Network) {
    guard let top = pairs(node, what: "'kinds'") else { return }
    for (key, _, value) in top {
      switch key {
      case "entities":
        for name in strings(value, key: "kinds.entities") {
          let kind = EntityKind(name)
          if EntityKind.builtIn.contains(kind) || network.userEntityKinds.contains(kind) {
            error(value, "entity kind '\(name)' is already defined")
          } else {
            network.userEntityKinds.append(kind)
          }
        }
      case "ties":
        guard case .sequence(let seq) = value else {
          error(value, "expected 'kinds.ties' to be a list, found \(Reader.describe(value))")
          continue
        }
        for item in seq {
          var name: String?
          var directed = false
          var nameNode = item
          if case .scalar = item {
            name = string(item, key: "kinds.ties")
          } else if let fields = pairs(item, what: "a tie kind") {
            for (k, kn, v) in fields {
              switch k {
              case "name":
                name = string(v, key: k)
                nameNode = v
              case "directed": directed = bool(v, key: k) ?? false
              case "description": _ = string(v, key: k)
              default: error(kn, "unknown key '\(k)' in a tie kind; use 'name', 'directed' or 'description'")
              }
            }
          }
          guard let name else {
            error(item, "a tie kind needs a 'name'")
            continue
          }
          let kind = TieKind(name)
          if TieKind.builtIn.contains(kind) || kind == .partOf || kind == Projection.sharedPerson
            || network.userTieKinds.contains(where: { $0.kind == kind })
          {
            error(nameNode, "tie kind '\(name)' is already defined")
          } else {
            network.userTieKinds.append((kind, directed))
          }
        }
      default:
        error(node, "unknown key '\(key)' in 'kinds'; use 'entities' or 'ties'")
      }
    }
  }

  mutating func readEntity(_ node: Node, network: Network) -> (Entity, Node)? {
    guard let fields = pairs(node, what: "an entity") else { return nil }
    var id: String?
    var idNode = node
    var name: String?
    var kind: EntityKind?
    var entity = Entity(id: "", kind: .group)
    var ok = true
    for (key, _, value) in fields {
      switch key {
      case "id":
        idNode = value
        if let s = string(value, key: key) {
          if Reader.isValidID(s) {
            id = s
          } else {
            error(value, "'\(s)' is not a valid id: use letters, digits, '-', '_' and '.', starting with a letter or digit")
            ok = false
          }
        } else {
          ok = false
        }
      case "name": name = string(value, key: key)
      case "kind":
        if let s = string(value, key: key) {
          let k = EntityKind(s)
          if network.entityKinds.contains(k) {
            kind = k
          } else {
            error(value, "unknown entity kind '\(s)'; kinds are \(network.entityKinds.map(\.rawValue).joined(separator: ", ")) (declare others under 'kinds: entities:')")
            ok = false
          }
        } else {
          ok = false
        }
      case "parent": entity.parent = string(value, key: key)
      case "country": entity.country = string(value, key: key)
      case "region": entity.region = string(value, key: key)
      case "sector": entity.sector = string(value, key: key)
      case "website": entity.website = string(value, key: key)
      case "aliases": entity.aliases = strings(value, key: key)
      default:
        if Entity.joinedKeys.contains(key) || Entity.leftKeys.contains(key) {
          // A bad date is reported; the entity is kept, so that its ties report only their own problems.
          if let d = entityDate(value, key: key, fields: fields) { entity.attributes[key] = .string(d.description) }
        } else if let a = attribute(value, key: key) {
          entity.attributes[key] = a
        }
      }
    }
    if ok, let joined = entity.joined, let left = entity.left, left.lastDay < joined.firstDay {
      let leftNode = fields.first { Entity.leftKeys.contains($0.key) }?.value
      error(leftNode ?? node, "entity '\(id ?? "")' left (\(left)) before it joined (\(joined))")
    }
    if id == nil && ok {
      error(node, "an entity needs an 'id'")
      return nil
    }
    if kind == nil && ok {
      error(node, "entity '\(id ?? "")' needs a 'kind'")
      return nil
    }
    guard ok, let id, let kind else { return nil }
    entity.id = id
    entity.name = name ?? id
    entity.kind = kind
    return (entity, idNode)
  }

  /// `joined`/`since` or `left`/`until` of an entity: a partial date, once.
  mutating func entityDate(_ value: Node, key: String, fields: [(key: String, keyNode: Node, value: Node)]) -> PartialDate? {
    let synonyms = Entity.joinedKeys.contains(key) ? Entity.joinedKeys : Entity.leftKeys
    if let firstKey = fields.first(where: { synonyms.contains($0.key) })?.key, firstKey != key {
      error(value, "'\(key)' says the same as '\(firstKey)'; give one of them")
      return nil
    }
    guard let s = string(value, key: key) else { return nil }
    guard let d = PartialDate(s.trimmed) else {
      error(value, "unknown date '\(s)' for '\(key)': \(PartialDate.problem(in: s.trimmed) ?? "not a date"); use YYYY, YYYY-MM or YYYY-MM-DD")
      return nil
    }
    return d
  }

  mutating func checkParents(_ network: Network, entityLines: [String: Node]) {
    // Unknown parents.
    for e in network.entities {
      guard let p = e.parent else { continue }
      if network[p] == nil {
        error(entityLines[e.id], "entity '\(e.id)' has unknown parent '\(p)'")
      } else if p == e.id {
        error(entityLines[e.id], "entity '\(e.id)' is its own parent")
      }
    }
    // Cycles: each once, at its first entity in file order (the check every reader makes).
    for cycle in network.parentCycles() {
      error(entityLines[network.entities[cycle[0]].id], "parent cycle: \(network.describeParentCycle(cycle))")
    }
  }

  mutating func readTie(_ node: Node, network: Network) -> (Tie, Node?)? {
    guard let fields = pairs(node, what: "a tie") else { return nil }
    var tie = Tie(kind: .cooperation, parties: [])
    var kind: TieKind?
    var parties: [String]?
    var idNode: Node?
    var ok = true
    for (key, _, value) in fields {
      switch key {
      case "id":
        idNode = value
        tie.id = string(value, key: key)
      case "kind":
        if let s = string(value, key: key) {
          let k = TieKind(s)
          if network.tieKinds.contains(k) {
            kind = k
          } else {
            let hint = k == .partOf ? " ('part-of' comes from an entity's 'parent')" : " (declare others under 'kinds: ties:')"
            error(value, "unknown tie kind '\(s)'; kinds are \(network.tieKinds.map(\.rawValue).joined(separator: ", "))\(hint)")
            ok = false
          }
        } else {
          ok = false
        }
      case "parties":
        guard case .sequence(let seq) = value else {
          error(value, "expected 'parties' to be a list of entity ids, found \(Reader.describe(value))")
          ok = false
          continue
        }
        var list: [String] = []
        var listed = Set<String>()
        for p in seq {
          guard let id = string(p, key: "parties") else { ok = false; continue }
          if network[id] == nil {
            error(p, "unknown party '\(id)': no entity has this id")
            ok = false
          } else if !listed.insert(id).inserted {
            error(p, "party '\(id)' is listed twice")
            ok = false
          }
          list.append(id)
        }
        if list.count < 2 {
          error(value, "a tie needs at least two parties, found \(list.count)")
          ok = false
        }
        parties = list
      case "directed": tie.directed = bool(value, key: key)
      case "label": tie.label = string(value, key: key)
      case "date":
        if let s = string(value, key: key) {
          if let d = DateRange(s) {
            tie.date = d
          } else {
            error(value, "unknown date '\(s)': \(DateRange.problem(in: s) ?? "not a date"); use YYYY, YYYY-MM, YYYY-MM-DD or a range START/END")
            ok = false
          }
        }
      case "strength":
        if case .scalar(let s) = value, let x = Double(s.string.trimmed) {
          if x.isFinite && x > 0 {
            tie.strength = x
          } else {
            error(value, "strength must be finite and greater than 0, found \(s.string)")
            ok = false
          }
        } else {
          error(value, "expected a number for 'strength', found \(Reader.describe(value))")
          ok = false
        }
      case "source": tie.source = string(value, key: key)
      default:
        if let a = attribute(value, key: key) { tie.attributes[key] = a }
      }
    }
    if kind == nil && ok { error(node, "a tie needs a 'kind'"); ok = false }
    if parties == nil && ok { error(node, "a tie needs 'parties', a list of at least two entity ids"); ok = false }
    guard ok, let kind, let parties else { return nil }
    tie.kind = kind
    tie.parties = parties
    return (tie, idNode)
  }
}
