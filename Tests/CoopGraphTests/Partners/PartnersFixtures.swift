import Foundation
import Testing

@testable import CoopGraph

/// Reads the graphs of `Tests/Fixtures/partners/*.json` (written by scripts/fixtures/partners.py).
enum PartnersFixtures {
  static func load(_ file: String) throws -> [String: [String: Any]] {
    try #require(TestData.json("partners/\(file)") as? [String: [String: Any]])
  }

  /// Entry `name` of fixture `file`, and its graph.
  static func entry(_ file: String, _ name: String) throws -> (entry: [String: Any], graph: Graph) {
    let entry = try #require(try load(file)[name])
    return (entry, try graph(entry))
  }

  /// The graph of a fixture entry: `nodes`, `edges` ([u, v] or [u, v, weight]), `directed`.
  static func graph(_ entry: [String: Any]) throws -> Graph {
    let nodes = try #require(entry["nodes"] as? [String])
    let edges = try #require(entry["edges"] as? [[Any]])
    let directed = try #require(entry["directed"] as? Bool)
    var b = GraphBuilder(directed: directed, ids: nodes)
    var index: [String: Int] = [:]
    for (i, id) in nodes.enumerated() { index[id] = i }
    for e in edges {
      let su = try #require(e[0] as? String), sv = try #require(e[1] as? String)
      let u = try #require(index[su]), v = try #require(index[sv])
      b.addEdge(u, v, weight: e.count > 2 ? (e[2] as? NSNumber)?.doubleValue : nil)
    }
    return try b.build()
  }

  /// A per-node map of optional numbers (null = NaN) in the graph's node order.
  static func values(_ entry: [String: Any], _ key: String, _ g: Graph) throws -> [Double] {
    let map = try #require(entry[key] as? [String: Any])
    return try g.ids.map { id in
      let x = try #require(map[id])
      return (x as? NSNumber)?.doubleValue ?? .nan
    }
  }

  /// Whether two values agree within `tolerance` (relative for large values); NaN equals NaN.
  static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= tolerance * Swift.max(1, abs(a), abs(b))
  }
}
