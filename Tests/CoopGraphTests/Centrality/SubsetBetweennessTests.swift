import Foundation
import Testing

@testable import CoopGraph

/// Betweenness between two sets of nodes against networkx's `betweenness_centrality_subset`
/// (Tests/Fixtures/centrality/subset-betweenness.json, written by
/// scripts/fixtures/subset_betweenness.py): unweighted and weighted, undirected and directed.
@Suite struct SubsetBetweennessTests {
  static let fixture = "centrality/subset-betweenness.json"

  static func cases() throws -> [[String: Any]] {
    let doc = try #require(try TestData.json(fixture) as? [String: Any])
    return try #require(doc["cases"] as? [[String: Any]])
  }

  @Test func equalsNetworkx() throws {
    let cases = try Self.cases()
    #expect(cases.count >= 6)
    for c in cases {
      let name = c["name"] as? String ?? "?"
      let ids = try #require(c["nodes"] as? [String])
      var index: [String: Int] = [:]
      for (i, id) in ids.enumerated() { index[id] = i }
      var b = GraphBuilder(directed: try #require(c["directed"] as? Bool), ids: ids)
      for edge in try #require(c["edges"] as? [[Any]]) {
        let u = try #require(index["\(edge[0])"]), v = try #require(index["\(edge[1])"])
        b.addEdge(u, v, weight: (edge[2] as? NSNumber)?.doubleValue)
      }
      let g = try b.build()
      let sources = try #require(c["sources"] as? [String]).compactMap { index[$0] }
      let targets = try #require(c["targets"] as? [String]).compactMap { index[$0] }
      let expected = try #require(c["betweenness"] as? [Double])
      for threads in [1, 2] {
        let got = g.betweennessCentrality(
          sources: sources, targets: targets, weighted: try #require(c["weighted"] as? Bool), threads: threads)
        #expect(got.count == expected.count, "\(name)")
        for (v, (x, y)) in zip(got, expected).enumerated() {
          #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "\(name): node \(ids[v]) \(x) ≠ \(y)")
        }
      }
    }
  }

  /// With every node a source and a target it is plain betweenness, unnormalized.
  @Test func everyNodeBothWaysIsBetweenness() throws {
    var b = GraphBuilder(directed: false, nodeCount: 5)
    for (u, v) in [(0, 1), (1, 2), (2, 3), (1, 3), (3, 4)] { b.addEdge(u, v) }
    let g = try b.build()
    let all = Array(g.nodes)
    let subset = g.betweennessCentrality(sources: all, targets: all)
    let plain = g.betweennessCentrality(normalized: false)
    for v in g.nodes { #expect(abs(subset[v] - plain[v]) < 1e-12) }
  }
}
