import CoopGraph
import Foundation

/// What `info` reports.
public struct NetworkSummary: Presentation {
  public var file: String
  public var title: String?
  public var entitiesByKind: [(String, Int)]
  public var tiesByKind: [(String, Int)]
  public var entityCount: Int
  public var tieCount: Int
  public var projection: String
  public var nodes: Int
  public var edges: Int
  public var directed: Bool
  public var weighted: Bool
  public var components: Int
  public var largestComponent: Int
  public var density: Double

  public init(_ loaded: NetworkFile.Loaded) {
    let network = loaded.network
    file = loaded.path
    title = network.title
    entityCount = network.entities.count
    tieCount = network.ties.count
    func counts<K: Hashable>(_ keys: [K], order: [K], name: (K) -> String) -> [(String, Int)] {
      var c: [K: Int] = [:]
      for k in keys { c[k, default: 0] += 1 }
      return order.compactMap { k in c[k].map { (name(k), $0) } }
    }
    entitiesByKind = counts(network.entities.map(\.kind), order: network.entityKinds, name: \.rawValue)
    tiesByKind = counts(network.ties.map(\.kind), order: network.tieKinds, name: \.rawValue)
    let g = loaded.graph
    projection = loaded.projectionSummary
    nodes = g.nodeCount
    edges = g.edgeCount
    directed = g.isDirected
    weighted = g.isWeighted
    let (count, membership) = g.weakComponents()
    components = count
    var sizes = [Int](repeating: 0, count: count)
    for m in membership { sizes[Int(m)] += 1 }
    largestComponent = sizes.max() ?? 0
    density = g.density
  }

  public func table() -> String {
    var out = ""
    if let title { out += "\(title)\n" }
    out += "File: \(file)\n\n"
    out += Table(["Entities", "\(entityCount)"], alignments: [.left, .right]).adding(entitiesByKind.map { ["  " + $0.0, "\($0.1)"] }).render()
    out += "\n"
    out += Table(["Ties", "\(tieCount)"], alignments: [.left, .right]).adding(tiesByKind.map { ["  " + $0.0, "\($0.1)"] }).render()
    out += "\nGraph (\(projection))\n"
    var t = Table(["Measure", "Value"], alignments: [.left, .left], header: false)
    t.rows.append(["  nodes", "\(nodes)"])
    t.rows.append(["  edges", "\(edges)"])
    t.rows.append(["  type", "\(directed ? "directed" : "undirected"), \(weighted ? "weighted" : "unweighted")"])
    t.rows.append(["  components", "\(components)"])
    t.rows.append(["  largest component", "\(largestComponent) nodes"])
    t.rows.append(["  density", String(format: "%.4f", density)])
    out += t.render()
    return out
  }

  public func json() -> JSONValue {
    var top: [(String, JSONValue)] = [("file", .string(file))]
    top.append(("title", title.map(JSONValue.string) ?? .null))
    top.append(("entities", .object([("total", .number(Double(entityCount))), ("byKind", .object(entitiesByKind.map { ($0.0, .number(Double($0.1))) }))])))
    top.append(("ties", .object([("total", .number(Double(tieCount))), ("byKind", .object(tiesByKind.map { ($0.0, .number(Double($0.1))) }))])))
    top.append(("projection", .string(projection)))
    top.append((
      "graph",
      .object([
        ("nodes", .number(Double(nodes))), ("edges", .number(Double(edges))), ("directed", .bool(directed)),
        ("weighted", .bool(weighted)), ("components", .number(Double(components))),
        ("largestComponent", .number(Double(largestComponent))), ("density", .number(density)),
      ])
    ))
    return .object(top)
  }

  public func csv() -> String {
    var rows: [[String]] = [["section", "key", "value"]]
    rows.append(["entities", "total", "\(entityCount)"])
    rows += entitiesByKind.map { ["entities", $0.0, "\($0.1)"] }
    rows.append(["ties", "total", "\(tieCount)"])
    rows += tiesByKind.map { ["ties", $0.0, "\($0.1)"] }
    rows.append(["graph", "nodes", "\(nodes)"])
    rows.append(["graph", "edges", "\(edges)"])
    rows.append(["graph", "directed", "\(directed)"])
    rows.append(["graph", "weighted", "\(weighted)"])
    rows.append(["graph", "components", "\(components)"])
    rows.append(["graph", "largest_component", "\(largestComponent)"])
    rows.append(["graph", "density", "\(density)"])
    return CSV.render(rows)
  }
}
