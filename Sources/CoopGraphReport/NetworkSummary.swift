import CoopGraph
import Foundation

/// What `info` reports.
public struct NetworkSummary: Presentation {
  public var file: String
  public var title: String?
  public var projection: String
  public var counts: Analysis.Counts

  public init(_ loaded: NetworkFile.Loaded) {
    file = loaded.path
    // A plain graph has no title, and its record is not made for one.
    title = loaded.isPlainGraph ? nil : loaded.network.title
    projection = loaded.projectionSummary
    counts = Analysis.Counts(loaded)
  }

  var entitiesByKind: [(String, Int)] { counts.entitiesByKind.map { ($0.kind, $0.count) } }
  var tiesByKind: [(String, Int)] { counts.tiesByKind.map { ($0.kind, $0.count) } }
  var entityCount: Int { counts.entities }
  var tieCount: Int { counts.ties }
  var nodes: Int { counts.nodes }
  var edges: Int { counts.edges }
  var directed: Bool { counts.directed }
  var weighted: Bool { counts.weighted }
  var components: Int { counts.components }
  var largestComponent: Int { counts.largestComponent }
  var density: Double { counts.density }

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

/// What `validate` prints for a valid file: its name and counts (CSV prints the table line).
public struct ValidationResult: Presentation {
  public var file: String
  public var entities: Int
  public var ties: Int

  public init(file: String, network: Network) {
    (self.file, entities, ties) = (file, network.entities.count, network.ties.count)
  }

  public func table() -> String { "\(file): valid (\(entities) entities, \(ties) ties)\n" }

  public func json() -> JSONValue {
    .object([
      ("file", .string(file)), ("valid", .bool(true)), ("entities", .number(Double(entities))),
      ("ties", .number(Double(ties))),
    ])
  }

  public func csv() -> String { table() }
}
