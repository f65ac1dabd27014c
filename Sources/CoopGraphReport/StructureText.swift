import CoopGraph
import Foundation

/// What `structure` reports.
public struct StructureReport: Presentation {
  public var ids: [String]
  public var directed: Bool
  public var edges: Int
  public var components: [[Int]]
  public var componentOf: [Int32]
  public var strongComponents: [[Int]]?
  public var strongOf: [Int32]?
  public var cut: BiconnectedStructure
  public var cores: [Int]
  public var transitivity: Double
  public var density: Double

  public init(_ g: Graph) {
    ids = g.ids
    directed = g.isDirected
    edges = g.edgeCount
    let weak = g.weakComponents()
    components = Graph.groups(count: weak.count, membership: weak.membership)
    componentOf = weak.membership
    if g.isDirected {
      let strong = g.strongComponents()
      strongComponents = Graph.groups(count: strong.count, membership: strong.membership)
      strongOf = strong.membership
    }
    cut = g.biconnectedStructure()
    cores = g.coreNumbers()
    transitivity = g.transitivity()
    density = g.density
  }

  public var maxCore: Int { cores.max() ?? 0 }

  public func names(_ nodes: [Int]) -> String { nodes.map { ids[$0] }.joined(separator: ", ") }

  public func table() -> String {
    var out = ""
    var t = Table(["Measure", "Value"], alignments: [.left, .right], header: false)
    t.rows.append(["nodes", "\(ids.count)"])
    t.rows.append(["edges", "\(edges)"])
    t.rows.append(["components", "\(components.count)"])
    if let strongComponents { t.rows.append(["strong components", "\(strongComponents.count)"]) }
    t.rows.append(["articulation points", "\(cut.articulationPoints.count)"])
    t.rows.append(["bridges", "\(cut.bridges.count)"])
    t.rows.append(["biconnected components", "\(cut.components.count)"])
    t.rows.append(["largest core number", "\(maxCore)"])
    t.rows.append(["transitivity", String(format: "%.4f", transitivity)])
    t.rows.append(["density", String(format: "%.4f", density)])
    out += t.render()
    func section(_ title: String, _ groups: [[Int]]) {
      out += "\n\(title)\n"
      var s = Table(["#", "Size", "Members"], alignments: [.right, .right, .left])
      for (i, g) in groups.enumerated() { s.rows.append(["\(i)", "\(g.count)", names(g)]) }
      out += s.render()
    }
    section("Components", components)
    if let strongComponents { section("Strong components", strongComponents) }
    out += "\nArticulation points: \(cut.articulationPoints.isEmpty ? "none" : names(cut.articulationPoints))\n"
    out +=
      "Bridges: \(cut.bridges.isEmpty ? "none" : cut.bridges.map { "\(ids[$0.u]) -- \(ids[$0.v])" }.joined(separator: ", "))\n"
    out += "\nCores\n"
    var c = Table(["Core", "Size", "Members"], alignments: [.right, .right, .left])
    for k in stride(from: maxCore, through: 0, by: -1) {
      let members = (0..<ids.count).filter { cores[$0] == k }
      if !members.isEmpty { c.rows.append(["\(k)", "\(members.count)", names(members)]) }
    }
    out += c.render()
    return out
  }

  public func json() -> JSONValue {
    func groupList(_ groups: [[Int]]) -> JSONValue {
      .array(
        groups.enumerated().map { i, g in
          .object([
            ("id", .number(Double(i))), ("size", .number(Double(g.count))),
            ("members", .array(g.map { .string(ids[$0]) })),
          ])
        })
    }
    var top: [(String, JSONValue)] = [
      ("nodes", .number(Double(ids.count))), ("edges", .number(Double(edges))), ("directed", .bool(directed)),
      ("components", groupList(components)),
    ]
    if let strongComponents { top.append(("strongComponents", groupList(strongComponents))) }
    top.append(("articulationPoints", .array(cut.articulationPoints.map { .string(ids[$0]) })))
    top.append(("bridges", .array(cut.bridges.map { .array([.string(ids[$0.u]), .string(ids[$0.v])]) })))
    top.append(("biconnectedComponents", .array(cut.components.map { .array($0.map { .string(ids[$0]) }) })))
    top.append(("coreNumbers", .object((0..<ids.count).map { (ids[$0], .number(Double(cores[$0]))) })))
    top.append(("maxCore", .number(Double(maxCore))))
    top.append(("transitivity", .number(transitivity)))
    top.append(("density", .number(density)))
    return .object(top)
  }

  public func csv() -> String {
    var header = ["node", "component"]
    if strongOf != nil { header.append("strong_component") }
    header += ["core", "articulation_point"]
    var rows = [header]
    var isCut = [Bool](repeating: false, count: ids.count)
    for v in cut.articulationPoints { isCut[v] = true }
    for v in 0..<ids.count {
      var row = [ids[v], "\(componentOf[v])"]
      if let strongOf { row.append("\(strongOf[v])") }
      row += ["\(cores[v])", "\(isCut[v])"]
      rows.append(row)
    }
    return CSV.render(rows)
  }
}
