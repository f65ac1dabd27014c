import Foundation

/// GEXF (`.gexf`), Gephi's XML format (https://gexf.net). Writes version 1.3; reads 1.1, 1.2 and
/// 1.3.
///
/// Node `label`, edge `label` and edge `weight` are GEXF's own attributes; everything else of the
/// ``FlatNetwork`` mapping is a typed `<attribute>`. A node's drawing (`viz:position`,
/// `viz:size`, `viz:color`) comes from ``NodeVisual``s passed to ``write(_:visuals:)`` (for
/// example a Graphviz layout, so that a diagram opens in Gephi as drawn), else from the entity's
/// `x`, `y`, `z`, `size` and `color` attributes; reading puts a drawing back into those
/// attributes. GEXF has no place for the record's `source`, its free attributes, or kinds
/// declared but not used; writing warns about them.
public enum GEXF {
  /// Reads a GEXF file.
  /// - Throws: ``InputError`` with line and column for malformed XML, unknown attribute ids,
  ///   values that do not fit their type, and edges without endpoints.
  /// - Complexity: O(file size).
  public static func read(path: String) throws -> InterchangeRead {
    try parse(Data(try FileIO.read(path)), file: path)
  }

  /// Parses GEXF text (see ``read(path:)``).
  public static func parse(_ text: String, file: String = "<input>") throws -> InterchangeRead {
    try parse(Data(text.utf8), file: file)
  }

  static func columnType(_ name: String) -> AttributeColumnType? {
    switch name.lowercased() {
    case "integer", "long", "short", "byte", "biginteger": return .int
    case "double", "float", "bigdecimal": return .double
    case "boolean": return .bool
    case "string", "anyuri", "date", "char", "time", "datetime": return .string
    default: return name.lowercased().hasPrefix("list") ? .list : nil
    }
  }

  static func parse(_ data: Data, file: String) throws -> InterchangeRead {
    let root = try XMLTree.parse(data, file: file)
    guard root.name == "gexf" else {
      throw InputError(at: root.location, "not a GEXF file: the root element is <\(root.name)>, expected <gexf>")
    }
    guard let graph = root.child("graph") else { throw InputError(at: root.location, "the GEXF file has no <graph>") }
    var warnings: [Diagnostic] = []
    var flat = FlatNetwork()
    if let meta = root.child("meta") {
      if let c = meta.child("creator"), c.allText.hasPrefix("CoopGraph") {
        flat.attributes["coopgraph"] = .int(NativeFormat.version)
      }
      if let t = meta.child("title") { flat.attributes["title"] = .string(t.allText) }
      if let d = meta.child("description") { flat.attributes["description"] = .string(d.allText) }
    }
    func edgeType(_ s: String, at e: XMLElementNode) throws -> Bool {
      switch s {
      case "directed": return true
      case "undirected", "mutual": return false
      default: throw InputError(at: e.location, "edge type '\(s)' is not directed, undirected or mutual")
      }
    }
    flat.directed = try edgeType(graph["defaultedgetype"] ?? "undirected", at: graph)

    struct Column { var title: String; var type: AttributeColumnType; var defaultValue: AttributeValue? }
    var columns: [String: [String: Column]] = ["node": [:], "edge": [:]]
    for block in graph.children("attributes") {
      let cls = block["class"] ?? "node"
      for a in block.children("attribute") {
        guard let id = a["id"] else { throw InputError(at: a.location, "<attribute> without an 'id'") }
        let typeName = a["type"] ?? "string"
        guard let type = columnType(typeName) else {
          throw InputError(at: a.location, "attribute '\(id)' has unknown type '\(typeName)'")
        }
        var c = Column(title: a["title"] ?? id, type: type)
        if let d = a.child("default") {
          guard let v = value(d.allText, type) else {
            throw InputError(at: d.location, "default '\(d.allText)' of attribute '\(c.title)' is not a \(typeName)")
          }
          c.defaultValue = v
        }
        columns[cls, default: [:]][id] = c
      }
    }
    var dynamicLeftOut = false
    func attvalues(_ e: XMLElementNode, cls: String) throws -> Attributes {
      var a: Attributes = [:]
      let cols = columns[cls] ?? [:]
      for block in e.children("attvalues") {
        for v in block.children("attvalue") {
          guard let id = v["for"] ?? v["id"] else { throw InputError(at: v.location, "<attvalue> without 'for'") }
          guard let c = cols[id] else {
            throw InputError(
              at: v.location, "<attvalue> refers to attribute '\(id)', which no \(cls) <attribute> declares")
          }
          let text = v["value"] ?? ""
          guard let x = value(text, c.type) else {
            throw InputError(at: v.location, "'\(text)' is not a valid value for attribute '\(c.title)'")
          }
          if v["start"] != nil || v["end"] != nil || v["startopen"] != nil || v["endopen"] != nil {
            dynamicLeftOut = true
            if a[c.title] != nil { continue }
          }
          a[c.title] = x
        }
      }
      for (_, c) in cols.sorted(by: { $0.key < $1.key }) where c.defaultValue != nil && a[c.title] == nil {
        a[c.title] = c.defaultValue
      }
      if e.child("spells") != nil { dynamicLeftOut = true }
      for key in ["start", "end"] { if let s = e[key] { a[key] = .string(s) } }
      return a
    }
    func viz(_ e: XMLElementNode, into a: inout Attributes) {
      for v in e.children where v.namespace?.hasSuffix("viz") == true || v.name == "color" || v.name == "position" {
        switch v.name {
        case "color":
          if let hex = v["hex"] {
            a["color"] = .string(hex.lowercased())
          } else if let r = Int(v["r"] ?? ""), let g = Int(v["g"] ?? ""), let b = Int(v["b"] ?? "") {
            let alpha = Double(v["a"] ?? "") ?? 1
            a["color"] = .string(NodeVisual.hex((r, g, b, alpha)))
          }
        case "position":
          if let x = Double(v["x"] ?? "") { a["x"] = .double(x) }
          if let y = Double(v["y"] ?? "") { a["y"] = .double(y) }
          if let z = Double(v["z"] ?? ""), z != 0 { a["z"] = .double(z) }
        case "size": if let s = Double(v["value"] ?? "") { a["size"] = .double(s) }
        case "thickness": if let s = Double(v["value"] ?? "") { a["thickness"] = .double(s) }
        case "shape": if let s = v["value"] { a["shape"] = .string(s) }
        default: break
        }
      }
    }

    func walkNodes(_ container: XMLElementNode, parent: String?) throws {
      for block in container.children("nodes") {
        for n in block.children("node") {
          guard let id = n["id"] else { throw InputError(at: n.location, "<node> without an 'id'") }
          var a: Attributes = [:]
          if let l = n["label"] { a["label"] = .string(l) }
          for (k, v) in try attvalues(n, cls: "node") { a[k] = v }
          viz(n, into: &a)
          if a["parent"] == nil, let p = n["pid"] ?? parent { a["parent"] = .string(p) }
          flat.nodes.append(FlatNetwork.Node(id: id, attributes: a, location: n.location))
          try walkNodes(n, parent: id)
        }
      }
    }
    try walkNodes(graph, parent: nil)
    for block in graph.children("edges") {
      for e in block.children("edge") {
        guard let s = e["source"] else { throw InputError(at: e.location, "<edge> without a 'source'") }
        guard let t = e["target"] else { throw InputError(at: e.location, "<edge> without a 'target'") }
        var a: Attributes = [:]
        if let l = e["label"] { a["label"] = .string(l) }
        if let w = e["weight"] {
          guard let x = Double(w) else { throw InputError(at: e.location, "edge weight '\(w)' is not a number") }
          a["weight"] = .double(x)
        }
        if let k = e["kind"] { a["kind"] = .string(k) }
        for (k, v) in try attvalues(e, cls: "edge") { a[k] = v }
        viz(e, into: &a)
        let directed = try e["type"].map { try edgeType($0, at: e) }
        flat.edges.append(
          FlatNetwork.Edge(parties: [s, t], directed: directed, id: e["id"], attributes: a, location: e.location))
      }
    }
    if dynamicLeftOut {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "\(file): time-varying values (spells, timed attvalues) are left out; the first value is kept"))
    }
    let (network, more) = try flat.network(file: file)
    return InterchangeRead(network: network, directed: flat.directed, warnings: warnings + more)
  }

  static func value(_ text: String, _ type: AttributeColumnType) -> AttributeValue? {
    if type == .list {
      if let l = AttributeColumnType.list(from: text) { return l }
      let items = text.split(separator: "|", omittingEmptySubsequences: false).map { AttributeValue.string(String($0)) }
      return .list(items)
    }
    return type.value(text)
  }

  /// The network as GEXF 1.3. Deterministic.
  /// - Parameter visuals: node drawings by entity id; they take precedence over the entities'
  ///   `x`, `y`, `z`, `size` and `color` attributes.
  /// - Returns: the text and warnings for what GEXF cannot hold.
  /// - Complexity: O(entities + edges × attributes).
  /// - Parameter dynamic: write a dynamic graph (`mode="dynamic"`, `timeformat="date"`) whose
  ///   nodes and edges carry spells, the days each entity is present and each tie active
  ///   (``Activity``, undated ties included): Gephi's timeline then plays the network. An element
  ///   present on every day has no spells; an open end has no `start` or `end`.
  public static func write(_ network: Network, visuals: [String: NodeVisual] = [:], dynamic: Bool = false) -> InterchangeWrite {
    var warnings: [Diagnostic] = []
    var flat = FlatNetwork(network, directionAsAttribute: true, partOfEdges: true, warnings: &warnings)
    var invalid = 0
    func esc(_ s: String) -> String { XMLText.escape(s, invalid: &invalid) }

    // Graph-level fields GEXF has no place for.
    var lost: [String] = []
    if network.source != nil { lost.append("source") }
    lost += network.attributes.keys.map { "'\($0)'" }
    if !FlatNetwork.kindsRecoverable(network) { lost.append("declared kinds (as declared; kinds in use are kept)") }
    if !lost.isEmpty {
      warnings.append(
        Diagnostic(.warning, at: nil, "GEXF has no place for the network's \(lost.joined(separator: ", "))"))
    }

    // Drawings: explicit visuals, else the drawing attributes.
    var drawings: [NodeVisual?] = []
    drawings.reserveCapacity(flat.nodes.count)
    for i in flat.nodes.indices {
      var a = flat.nodes[i].attributes
      var v = NodeVisual()
      var any = false
      for key in ["x", "y", "z", "size"] {
        guard let d = a[key]?.doubleValue, d.isFinite else { continue }
        switch key {
        case "x": v.x = d
        case "y": v.y = d
        case "z": v.z = d
        default: v.size = d
        }
        a[key] = nil
        any = true
      }
      if case .string(let s) = a["color"], let c = NodeVisual.color(hex: s) {
        v.color = c
        a["color"] = nil
        any = true
      }
      if let given = visuals[flat.nodes[i].id] {
        v = given
        any = true
      }
      flat.nodes[i].attributes = a
      drawings.append(any ? v : nil)
    }

    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta>
          <creator>CoopGraph</creator>

      """
    if case .string(let t) = flat.attributes["title"] { out += "    <title>\(esc(t))</title>\n" }
    if case .string(let d) = flat.attributes["description"] { out += "    <description>\(esc(d))</description>\n" }
    out += "  </meta>\n"
    let activity: Activity? = dynamic ? Activity(network, undated: .include) : nil
    var entityIndex = network
    entityIndex.buildIndex()
    let mode = dynamic ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\""
    out += "  <graph defaultedgetype=\"\(flat.directed ? "directed" : "undirected")\" \(mode)>\n"

    struct Column { var id: String; var name: String; var type: AttributeColumnType }
    func columns(_ sets: [Attributes], cls: String, skip: Set<String>) -> [Column] {
      FlatNetwork.keys(sets).filter { !skip.contains($0) }.enumerated().map { i, name in
        let (type, lossy) = AttributeColumnType.of(sets.lazy.compactMap { $0[name] })
        if lossy {
          warnings.append(
            Diagnostic(
              .warning, at: nil,
              "\(cls == "node" ? "entity" : "tie") attribute '\(name)' mixes value types; written as \(type == .double ? "numbers (integers read back as decimals)" : "text")"
            ))
        }
        return Column(id: "\(cls == "node" ? "n" : "e")\(i)", name: name, type: type)
      }
    }
    let nodeColumns = columns(flat.nodes.map(\.attributes), cls: "node", skip: ["label"])
    let edgeColumns = columns(flat.edges.map(\.attributes), cls: "edge", skip: ["label", "weight"])
    for (cls, cols) in [("node", nodeColumns), ("edge", edgeColumns)] where !cols.isEmpty {
      out += "    <attributes class=\"\(cls)\" mode=\"static\">\n"
      for c in cols {
        out += "      <attribute id=\"\(c.id)\" title=\"\(esc(c.name))\" type=\"\(c.type.xmlName(gexf: true))\"/>\n"
      }
      out += "    </attributes>\n"
    }
    // Values in each element's own attribute order, so that reading keeps the order.
    func attvalues(_ a: Attributes, _ cols: [Column]) -> String {
      let byName = Dictionary(cols.map { ($0.name, $0) }, uniquingKeysWith: { x, _ in x })
      var s = ""
      for (name, v) in a {
        guard let c = byName[name] else { continue }
        s += "          <attvalue for=\"\(c.id)\" value=\"\(esc(c.type.text(v)))\"/>\n"
      }
      return s.isEmpty ? "" : "        <attvalues>\n" + s + "        </attvalues>\n"
    }
    out += "    <nodes>\n"
    for (i, n) in flat.nodes.enumerated() {
      var body = attvalues(n.attributes, nodeColumns)
      if let v = drawings[i] {
        if let c = v.color {
          body +=
            "        <viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\"\(c.alpha < 1 ? " a=\"\(formatNumber(c.alpha))\"" : "")/>\n"
        }
        if v.x != nil || v.y != nil || v.z != nil {
          body +=
            "        <viz:position x=\"\(formatNumber(v.x ?? 0))\" y=\"\(formatNumber(v.y ?? 0))\" z=\"\(formatNumber(v.z ?? 0))\"/>\n"
        }
        if let s = v.size { body += "        <viz:size value=\"\(formatNumber(s))\"/>\n" }
      }
      if let activity, let e = entityIndex.index(of: n.id) {
        let presence = activity.presence[e]
        if presence.isEmpty {
          warnings.append(Diagnostic(.warning, at: nil, "entity '\(n.id)' is present on no day; written without spells (always present)"))
        }
        body += spells(presence)
      }
      let label = n.attributes["label"]?.description ?? n.id
      let tag = "      <node id=\"\(esc(n.id))\" label=\"\(esc(label))\""
      out += body.isEmpty ? tag + "/>\n" : tag + ">\n" + body + "      </node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, e) in flat.edges.enumerated() {
      var tag = "      <edge id=\"e\(i)\" source=\"\(esc(e.parties[0]))\" target=\"\(esc(e.parties[1]))\""
      if let l = e.attributes["label"] { tag += " label=\"\(esc(l.description))\"" }
      if let w = e.attributes["weight"]?.doubleValue { tag += " weight=\"\(formatNumber(w))\"" }
      var body = attvalues(e.attributes, edgeColumns)
      if let activity, let u = entityIndex.index(of: e.parties[0]), let v = entityIndex.index(of: e.parties[1]) {
        let both: DaySpan = activity.ownSpans[u].intersection(activity.ownSpans[v])
        // A tie's edge while the tie is active; a part-of edge while both ends are.
        body += spells((e.tie.map { activity.tieDays[$0] } ?? DaySet.always).intersection(both))
      }
      out += body.isEmpty ? tag + "/>\n" : tag + ">\n" + body + "      </edge>\n"
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    if dynamic && network.ties.contains(where: { $0.date == nil }) {
      warnings.append(Diagnostic(.warning, at: nil, "undated ties are written without spells: Gephi shows them on every day"))
    }
    warnings += XMLText.writeWarnings(directed: flat.directed, mixed: flat.edges.contains { $0.attributes["directed"] != nil }, invalid: invalid, reader: "Gephi draws")
    return InterchangeWrite(text: out, warnings: warnings)
  }

  /// `<spells>` for a set of days; empty for every day (and for none, which GEXF cannot say).
  static func spells(_ days: DaySet) -> String {
    if days.isEmpty || days == .always { return "" }
    var s = "        <spells>\n"
    for span in days.spans {
      s += "          <spell"
      if let start = span.start { s += " start=\"\(start)\"" }
      if let end = span.end { s += " end=\"\(end)\"" }
      s += "/>\n"
    }
    return s + "        </spells>\n"
  }
}
