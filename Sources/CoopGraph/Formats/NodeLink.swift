import Foundation
import Yams

/// Node-link JSON, the shape of networkx's `node_link_data` / `node_link_graph` (and of d3):
/// `{"directed", "multigraph", "graph": {…}, "nodes": [{"id", …}], "edges": [{"source",
/// "target", …}]}`. Reading also takes the older `"links"` key. An edge's boolean `directed`
/// overrides the graph's direction for that edge.
///
/// A `.json` file is native when its top level has the key `coopgraph`, and node-link when it
/// has `nodes` (``NetworkFile`` and ``InterchangeFormat`` decide this way).
public enum NodeLink {
  /// Reads a node-link JSON file.
  /// - Throws: ``InputError`` with line and column for malformed JSON, missing ids or endpoints.
  /// - Complexity: O(file size).
  public static func read(path: String) throws -> InterchangeRead {
    try parse(try FileIO.readText(path), file: path)
  }

  /// Whether a `.json` file is node-link (its top level has `nodes` and no `coopgraph`).
  public static func isNodeLink(path: String) throws -> Bool {
    let text = try FileIO.readText(path)
    guard let root = try? Yams.compose(yaml: text), case .mapping(let m) = root else { return false }
    var nodes = false
    for (k, _) in m {
      if k.string == "coopgraph" { return false }
      if k.string == "nodes" { nodes = true }
    }
    return nodes
  }

  /// Parses node-link JSON text (see ``read(path:)``).
  public static func parse(_ text: String, file: String = "<input>") throws -> InterchangeRead {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw InputError([NativeFormat.syntaxDiagnostic(error, file: file)])
    }
    if let root { try YAMLTree.check(root, textSize: text.utf8.count, file: file) }
    func loc(_ n: Node?) -> SourceLocation {
      guard let m = n?.mark else { return SourceLocation(file: file, line: 1) }
      return SourceLocation(file: file, line: m.line, column: m.column)
    }
    guard let root, case .mapping(let top) = root else {
      throw InputError(at: loc(root), "expected a JSON object with 'nodes' and 'edges' (networkx node_link_data)")
    }
    var warnings: [Diagnostic] = []
    var flat = FlatNetwork()
    var nodesNode: Node?
    var edgesNode: Node?
    for (k, v) in top {
      switch k.string ?? "" {
      case "directed": flat.directed = v.bool ?? false
      case "multigraph", "hypergraph": break
      case "graph":
        if case .mapping(let g) = v {
          for (gk, gv) in g {
            guard let key = gk.string else { continue }
            if let a = value(gv, key: key, at: loc(gv), warnings: &warnings) { flat.attributes[key] = a }
          }
        }
      case "nodes": nodesNode = v
      case "edges", "links": edgesNode = v
      default: break
      }
    }
    guard let nodesNode, case .sequence(let nodes) = nodesNode else {
      throw InputError(at: loc(nodesNode ?? root), "expected 'nodes' to be a list of objects with an 'id'")
    }
    for n in nodes {
      guard case .mapping(let m) = n else { throw InputError(at: loc(n), "expected a node object with an 'id'") }
      var id: String?
      var a: Attributes = [:]
      for (k, v) in m {
        guard let key = k.string else { continue }
        if key == "id" {
          guard case .scalar(let s) = v else { throw InputError(at: loc(v), "a node id must be text or a number") }
          id = s.string
        } else if let x = value(v, key: key, at: loc(v), warnings: &warnings) {
          a[unescape(key)] = x
        }
      }
      guard let id else { throw InputError(at: loc(n), "a node needs an 'id'") }
      flat.nodes.append(FlatNetwork.Node(id: id, attributes: a, location: loc(n)))
    }
    if let edgesNode {
      guard case .sequence(let edges) = edgesNode else {
        throw InputError(at: loc(edgesNode), "expected 'edges' to be a list of objects with 'source' and 'target'")
      }
      for e in edges {
        guard case .mapping(let m) = e else {
          throw InputError(at: loc(e), "expected an edge object with 'source' and 'target'")
        }
        var source: String?, target: String?
        var directed: Bool?
        var id: String?
        var a: Attributes = [:]
        for (k, v) in m {
          guard let key = k.string else { continue }
          switch key {
          case "source", "target":
            guard case .scalar(let s) = v else { throw InputError(at: loc(v), "an edge's '\(key)' must be a node id") }
            if key == "source" { source = s.string } else { target = s.string }
          case "directed" where v.bool != nil: directed = v.bool
          case "id" where v.scalar != nil: id = v.string
          default:
            if let x = value(v, key: key, at: loc(v), warnings: &warnings) { a[unescape(key)] = x }
          }
        }
        guard let source else { throw InputError(at: loc(e), "an edge needs a 'source'") }
        guard let target else { throw InputError(at: loc(e), "an edge needs a 'target'") }
        flat.edges.append(
          FlatNetwork.Edge(parties: [source, target], directed: directed, id: id, attributes: a, location: loc(e)))
      }
    }
    let (network, more) = try flat.network(file: file)
    return InterchangeRead(network: network, directed: flat.directed, warnings: warnings + more)
  }

  /// Keys of the node-link structure itself that an attribute may also have.
  static let reserved: Set<String> = ["id", "source", "target", "directed"]

  /// An attribute named `id`, `source`, `target` or `directed` is written with a trailing `_`,
  /// which reading takes off again.
  static func escape(_ name: String) -> String {
    reserved.contains(unescape(name)) ? name + "_" : name
  }

  static func unescape(_ name: String) -> String {
    if name.hasSuffix("_") {
      let base = String(name.dropLast())
      if reserved.contains(unescape(base)) { return base }
    }
    return name
  }

  static func value(_ node: Node, key: String, at location: SourceLocation, warnings: inout [Diagnostic])
    -> AttributeValue?
  {
    if let v = AttributeValue(jsonNode: node) { return v }
    if case .scalar = node { return nil }  // null
    warnings.append(
      Diagnostic(.warning, at: location, "attribute '\(key)' is an object or a list with nulls; kept as JSON text"))
    return .string(jsonText(node))
  }

  static func jsonText(_ node: Node) -> String {
    func convert(_ n: Node) -> JSONValue {
      switch n {
      case .scalar:
        if let v = AttributeValue(jsonNode: n) { return JSONValue(v) }
        return .null
      case .sequence(let s): return .array(s.map(convert))
      case .mapping(let m): return .object(m.map { ($0.key.string ?? "", convert($0.value)) })
      case .alias: return .null
      }
    }
    return convert(node).serialized(pretty: false)
  }

  /// The network as node-link JSON (two-space indentation, keys in mapping order). Deterministic.
  /// networkx reads it with `nx.node_link_graph(data, edges="edges")`.
  /// - Complexity: O(entities + edges × attributes).
  public static func write(_ network: Network) -> InterchangeWrite {
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, warnings: &warnings)
    var seen = Set<String>()
    var multigraph = false
    for e in flat.edges {
      let (a, b) = (e.parties[0], e.parties[1])
      let key = (e.directed ?? flat.directed) || a < b ? a + "\u{0}" + b : b + "\u{0}" + a
      if !seen.insert(key).inserted { multigraph = true; break }
    }
    let graph = JSONValue.object(flat.attributes.map { ($0.key, JSONValue($0.value)) })
    let nodes = JSONValue.array(
      flat.nodes.map { n in
        .object([("id", .string(n.id))] + n.attributes.map { (escape($0.key), JSONValue($0.value)) })
      })
    let edges = JSONValue.array(
      flat.edges.map { e in
        var fields: [(String, JSONValue)] = [("source", .string(e.parties[0])), ("target", .string(e.parties[1]))]
        if let d = e.directed { fields.append(("directed", .bool(d))) }
        return .object(fields + e.attributes.map { (escape($0.key), JSONValue($0.value)) })
      })
    let top = JSONValue.object([
      ("directed", .bool(flat.directed)), ("multigraph", .bool(multigraph)), ("graph", graph), ("nodes", nodes),
      ("edges", edges),
    ])
    if flat.edges.contains(where: { $0.directed != nil }) {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "directed and undirected ties together: edges say so with \"directed\"; networkx reads every edge as \(flat.directed ? "directed" : "undirected")"
        ))
    }
    return InterchangeWrite(text: top.serialized(pretty: true) + "\n", warnings: warnings)
  }
}
