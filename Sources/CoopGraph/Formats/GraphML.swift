import Foundation

/// GraphML (`.graphml`), the XML graph format of networkx, igraph, Gephi and yEd
/// (http://graphml.graphdrawing.org/specification.html).
///
/// Reading understands typed `<key>`s (`boolean`, `int`, `long`, `float`, `double`, `string`)
/// with `<default>`s, `edgedefault` and per-edge `directed`, parallel edges, nested graphs (a
/// node's inner nodes get it as `parent`), `<hyperedge>`s (one multi-party tie each), and yEd's
/// graphics (node and edge labels, node centres as `x`/`y`; shapes and colours are left out with
/// a warning). Writing follows the mapping of ``FlatNetwork`` and marks list attributes with
/// `attr.list="true"` on their key.
public enum GraphML {
  /// Reads a GraphML file.
  /// - Throws: ``InputError`` with line and column for malformed XML, undeclared keys, values
  ///   that do not fit their key's type, and edges without endpoints.
  /// - Complexity: O(file size).
  public static func read(path: String) throws -> InterchangeRead {
    let bytes = try FileIO.read(path)
    return try parse(Data(bytes), file: path)
  }

  /// Parses GraphML text (see ``read(path:)``).
  public static func parse(_ text: String, file: String = "<input>") throws -> InterchangeRead {
    try parse(Data(text.utf8), file: file)
  }

  struct Key {
    var name: String
    var domain: String
    var type: AttributeColumnType
    var isList: Bool
    var defaultValue: AttributeValue?
    /// yEd's graphics key (`yfiles.type`), read for labels and positions only.
    var yFiles: String?
  }

  static func parse(_ data: Data, file: String) throws -> InterchangeRead {
    let root = try XMLTree.parse(data, file: file)
    guard root.name == "graphml" else {
      throw InputError(at: root.location, "not a GraphML file: the root element is <\(root.name)>, expected <graphml>")
    }
    var warnings: [Diagnostic] = []
    var keys: [String: Key] = [:]
    var yEdGraphicsLeftOut = false
    for k in root.children("key") {
      guard let id = k["id"] else { throw InputError(at: k.location, "<key> without an 'id'") }
      let domain = k["for"] ?? "all"
      if let y = k["yfiles.type"] {
        keys[id] = Key(name: id, domain: domain, type: .string, isList: false, yFiles: y)
        continue
      }
      let typeName = k["attr.type"] ?? "string"
      let type: AttributeColumnType
      switch typeName {
      case "boolean": type = .bool
      case "int", "long": type = .int
      case "float", "double": type = .double
      case "string": type = .string
      default:
        throw InputError(
          at: k.location,
          "key '\(id)' has unknown attr.type '\(typeName)'; use boolean, int, long, float, double or string")
      }
      var key = Key(
        name: k["attr.name"] ?? id, domain: domain, type: type, isList: k["attr.list"] == "true", yFiles: nil)
      if key.isList { key.type = .list }
      if let d = k.child("default") {
        guard let v = key.type.value(d.allText) else {
          throw InputError(at: d.location, "default '\(d.allText)' of key '\(key.name)' is not a \(typeName)")
        }
        key.defaultValue = v
      }
      keys[id] = key
    }
    let graphs = root.children("graph")
    guard let graph = graphs.first else {
      throw InputError(at: root.location, "the GraphML file has no <graph>")
    }
    if graphs.count > 1 {
      warnings.append(Diagnostic(.warning, at: graphs[1].location, "only the first of \(graphs.count) graphs is read"))
    }
    var flat = FlatNetwork()
    switch graph["edgedefault"] ?? "undirected" {
    case "directed": flat.directed = true
    case "undirected": flat.directed = false
    case let other:
      throw InputError(at: graph.location, "edgedefault '\(other)' is neither 'directed' nor 'undirected'")
    }

    /// The data children of an element as attributes, with defaults for keys it does not set.
    func attributes(of e: XMLElementNode, domain: String, yEdLabel: inout String?, yEdCentre: inout (Double, Double)?)
      throws -> Attributes
    {
      var a: Attributes = [:]
      for d in e.children("data") {
        guard let id = d["key"] else { throw InputError(at: d.location, "<data> without a 'key'") }
        guard let key = keys[id] else {
          throw InputError(at: d.location, "<data> refers to key '\(id)', which no <key> declares")
        }
        if let y = key.yFiles {
          if y == "nodegraphics" || y == "edgegraphics" {
            for g in d.children {
              if let label = firstDescendant(g, named: domain == "node" ? "NodeLabel" : "EdgeLabel") {
                let t = label.allText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !t.isEmpty { yEdLabel = t }
              }
              if let geo = firstDescendant(g, named: "Geometry"), let x = Double(geo["x"] ?? ""),
                let y = Double(geo["y"] ?? "")
              {
                let w = Double(geo["width"] ?? "") ?? 0, h = Double(geo["height"] ?? "") ?? 0
                yEdCentre = (x + w / 2, y + h / 2)
              }
            }
          }
          yEdGraphicsLeftOut = true
          continue
        }
        if !d.children.isEmpty && d.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
          warnings.append(
            Diagnostic(
              .warning, at: d.location, "structured XML inside <data key=\"\(id)\"> is not an attribute value; left out"
            ))
          continue
        }
        let text = d.allText
        guard let v = key.type.value(text) else {
          throw InputError(at: d.location, "'\(text)' is not a valid value for key '\(key.name)' (\(key.type))")
        }
        a[key.name] = v
      }
      for (_, key) in keys.sorted(by: { $0.key < $1.key })
      where (key.domain == domain || key.domain == "all") && key.defaultValue != nil && a[key.name] == nil {
        a[key.name] = key.defaultValue
      }
      return a
    }

    var noLabel: String?
    var noCentre: (Double, Double)?
    for d in [root, graph] {
      let a = try attributes(of: d, domain: d === root ? "graphml" : "graph", yEdLabel: &noLabel, yEdCentre: &noCentre)
      for (k, v) in a { flat.attributes[k] = v }
    }

    var portsLeftOut = false
    func walk(_ g: XMLElementNode, parent: String?) throws {
      for e in g.children {
        switch e.name {
        case "node":
          guard let id = e["id"] else { throw InputError(at: e.location, "<node> without an 'id'") }
          var label: String?
          var centre: (Double, Double)?
          var a = try attributes(of: e, domain: "node", yEdLabel: &label, yEdCentre: &centre)
          if let label, a["label"] == nil { a["label"] = .string(label) }
          if let (x, y) = centre {
            if a["x"] == nil { a["x"] = .double(x) }
            if a["y"] == nil { a["y"] = .double(y) }
          }
          if let parent, a["parent"] == nil { a["parent"] = .string(parent) }
          if !e.children("port").isEmpty { portsLeftOut = true }
          flat.nodes.append(FlatNetwork.Node(id: id, attributes: a, location: e.location))
          for inner in e.children("graph") { try walk(inner, parent: id) }
        case "edge":
          guard let s = e["source"] else { throw InputError(at: e.location, "<edge> without a 'source'") }
          guard let t = e["target"] else { throw InputError(at: e.location, "<edge> without a 'target'") }
          var directed: Bool?
          if let d = e["directed"] {
            guard d == "true" || d == "false" else {
              throw InputError(at: e.location, "directed='\(d)' is neither 'true' nor 'false'")
            }
            directed = d == "true"
          }
          if e["sourceport"] != nil || e["targetport"] != nil { portsLeftOut = true }
          var label: String?
          var centre: (Double, Double)?
          var a = try attributes(of: e, domain: "edge", yEdLabel: &label, yEdCentre: &centre)
          if let label, a["label"] == nil { a["label"] = .string(label) }
          flat.edges.append(
            FlatNetwork.Edge(parties: [s, t], directed: directed, id: e["id"], attributes: a, location: e.location))
        case "hyperedge":
          var parties: [String] = []
          for p in e.children("endpoint") {
            guard let n = p["node"] else { throw InputError(at: p.location, "<endpoint> without a 'node'") }
            parties.append(n)
          }
          var label: String?
          var centre: (Double, Double)?
          let a = try attributes(of: e, domain: "hyperedge", yEdLabel: &label, yEdCentre: &centre)
          flat.edges.append(
            FlatNetwork.Edge(parties: parties, directed: false, id: e["id"], attributes: a, location: e.location))
        default: break
        }
      }
    }
    try walk(graph, parent: nil)
    if yEdGraphicsLeftOut {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "\(file): yEd graphics (shapes, colours, sizes, bends) left out; labels and node centres (x, y) kept"))
    }
    if portsLeftOut {
      warnings.append(Diagnostic(.warning, at: nil, "\(file): ports left out; edges join their nodes"))
    }
    let (network, more) = try flat.network(file: file)
    return InterchangeRead(network: network, directed: flat.directed, warnings: warnings + more)
  }

  static func firstDescendant(_ e: XMLElementNode, named name: String) -> XMLElementNode? {
    if e.name == name { return e }
    for c in e.children {
      if let f = firstDescendant(c, named: name) { return f }
    }
    return nil
  }

  /// The network as GraphML. Deterministic.
  /// - Returns: the text and warnings (attributes whose values mix types; characters XML cannot hold).
  /// - Complexity: O(entities + edges × attributes).
  public static func write(_ network: Network) -> InterchangeWrite {
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, directionAsAttribute: true, partOfEdges: true, warnings: &warnings)
    var invalid = 0
    func esc(_ s: String, _ attribute: Bool = true) -> String {
      XMLText.escape(s, attribute: attribute, invalid: &invalid)
    }

    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

      """
    struct Column { var id: String; var name: String; var type: AttributeColumnType }
    func columns(_ sets: [Attributes], domain: String, prefix: String) -> [Column] {
      FlatNetwork.keys(sets).enumerated().map { i, name in
        let (type, lossy) = AttributeColumnType.of(sets.lazy.compactMap { $0[name] })
        if lossy {
          warnings.append(
            Diagnostic(
              .warning, at: nil,
              "\(domain) attribute '\(name)' mixes value types; written as \(type == .double ? "numbers (integers read back as decimals)" : "text")"
            ))
        }
        return Column(id: "\(prefix)\(i)", name: name, type: type)
      }
    }
    let graphColumns = columns([flat.attributes], domain: "network", prefix: "g")
    let nodeColumns = columns(flat.nodes.map(\.attributes), domain: "entity", prefix: "n")
    let edgeColumns = columns(flat.edges.map(\.attributes), domain: "tie", prefix: "e")
    for (domain, cols) in [("graph", graphColumns), ("node", nodeColumns), ("edge", edgeColumns)] {
      for c in cols {
        let type = c.type.xmlName(gexf: false)
        out +=
          "  <key id=\"\(c.id)\" for=\"\(domain)\" attr.name=\"\(esc(c.name))\" attr.type=\"\(type)\"\(c.type == .list ? " attr.list=\"true\"" : "")/>\n"
      }
    }
    out += "  <graph id=\"G\" edgedefault=\"\(flat.directed ? "directed" : "undirected")\">\n"
    // Data in each element's own attribute order, so that reading keeps the order.
    func data(_ a: Attributes, _ cols: [Column], indent: String) -> String {
      let byName = Dictionary(cols.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
      var s = ""
      for (name, v) in a {
        guard let c = byName[name] else { continue }
        s += "\(indent)<data key=\"\(c.id)\">\(esc(c.type.text(v), false))</data>\n"
      }
      return s
    }
    out += data(flat.attributes, graphColumns, indent: "    ")
    for n in flat.nodes {
      let d = data(n.attributes, nodeColumns, indent: "      ")
      out += d.isEmpty ? "    <node id=\"\(esc(n.id))\"/>\n" : "    <node id=\"\(esc(n.id))\">\n\(d)    </node>\n"
    }
    for e in flat.edges {
      let tag = "    <edge source=\"\(esc(e.parties[0]))\" target=\"\(esc(e.parties[1]))\""
      let d = data(e.attributes, edgeColumns, indent: "      ")
      out += d.isEmpty ? tag + "/>\n" : tag + ">\n\(d)    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    warnings += XMLText.writeWarnings(directed: flat.directed, mixed: flat.edges.contains { $0.attributes["directed"] != nil }, invalid: invalid, reader: "other tools draw")
    return InterchangeWrite(text: out, warnings: warnings)
  }
}
