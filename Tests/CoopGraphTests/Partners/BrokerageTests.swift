import Foundation
import Testing

@testable import CoopGraph

@Suite struct BrokerageTests {
  @Test(arguments: ["karate-club", "florentine-thirds", "kite-thirds", "digraph-thirds", "sparse-fours"])
  func equalsSna(name: String) throws {
    let (entry, g) = try PartnersFixtures.entry("brokerage.json", name)
    let labels = try #require(entry["groups"] as? [String])
    let names = Array(Set(labels)).sorted()
    let groups = labels.map { names.firstIndex(of: $0) ?? -1 }
    let br = g.brokerage(groups: groups)
    func matrix(_ key: String) throws -> [[Double]] {
      try #require(entry[key] as? [[Any]]).map { row in row.map { ($0 as? NSNumber)?.doubleValue ?? .nan } }
    }
    let raw = try matrix("raw"), expected = try matrix("expected"), sd = try matrix("sd"), z = try matrix("z")
    for v in g.nodes {
      for role in BrokerageRole.allCases {
        let r = role.rawValue
        #expect(Double(br.count(role, of: v)) == raw[v][r], "\(role) count of \(g.ids[v])")
        #expect(PartnersFixtures.close(br.expected(role, of: v), expected[v][r], tolerance: 1e-12), "\(role) expected")
        #expect(PartnersFixtures.close(br.standardDeviation(role, of: v), sd[v][r], tolerance: 1e-12), "\(role) sd")
        #expect(PartnersFixtures.close(br.zScore(role, of: v), z[v][r], tolerance: 1e-12), "\(role) z of \(g.ids[v])")
      }
    }
    let graph = try #require(entry["graph"] as? [String: [Any]])
    func row(_ key: String) throws -> [Double] { try #require(graph[key]).map { ($0 as? NSNumber)?.doubleValue ?? .nan } }
    let gr = try row("raw"), ge = try row("expected"), gs = try row("sd"), gz = try row("z")
    for role in BrokerageRole.allCases {
      let r = role.rawValue
      #expect(Double(br.graphCount(role)) == gr[r])
      #expect(PartnersFixtures.close(br.graphExpected(role), ge[r], tolerance: 1e-12), "\(role) graph expected")
      #expect(PartnersFixtures.close(br.graphStandardDeviation(role), gs[r], tolerance: 1e-12), "\(role) graph sd")
      #expect(PartnersFixtures.close(br.graphZScore(role), gz[r], tolerance: 1e-12), "\(role) graph z")
    }
  }

  /// Directed, counted by hand. Groups: A = {a1, a2}, B = {b1, b2}, C = {c1}.
  /// Arcs: a1→a2, a2→b1, b1→b2, a2→c1, c1→b2, b1→a1.
  /// Open two-paths i→j→k (no arc i→k), broker j:
  /// - a1→a2→b1 (A A B): a2 representative; a1→a2→c1 (A A C): a2 representative
  /// - a2→b1→b2 (A B B): b1 gatekeeper; a2→b1→a1 (A B A): b1 itinerant
  /// - a2→c1→b2 (A C B): c1 liaison
  /// - b1→a1→a2 (B A A): a1 gatekeeper
  /// Closed or degenerate: a1→a2→… none else; b1→b2 has no out-arcs; c1→b2 dead end.
  @Test func directedByHand() throws {
    var b = GraphBuilder(directed: true, ids: ["a1", "a2", "b1", "b2", "c1"])
    for (u, v) in [(0, 1), (1, 2), (2, 3), (1, 4), (4, 3), (2, 0)] { b.addEdge(u, v) }
    let g = try b.build()
    let br = g.brokerage(groups: [0, 0, 1, 1, 2])
    func roles(_ v: Int) -> [Int] { BrokerageRole.allCases.map { br.count($0, of: v) } }
    // coordinator, itinerant, representative, gatekeeper, liaison, total
    #expect(roles(0) == [0, 0, 0, 1, 0, 1])
    #expect(roles(1) == [0, 0, 2, 0, 0, 2])
    #expect(roles(2) == [0, 1, 0, 1, 0, 2])
    #expect(roles(3) == [0, 0, 0, 0, 0, 0])
    #expect(roles(4) == [0, 0, 0, 0, 1, 1])
    #expect(br.graphCount(.total) == 6)
    #expect(br.density == 6.0 / 20)
    // Expected total for any broker: d²(1−d)(N−1)(N−2) = 0.09 · 0.7 · 12.
    #expect(PartnersFixtures.close(br.expected(.total, of: 0), 0.09 * 0.7 * 12))
  }

  /// Undirected path x – y – z: the two-path counts once each way (x→y→z and z→y→x). With
  /// three groups y is a liaison twice; with x, y in one group and z in another, y is
  /// representative once (x→y→z) and gatekeeper once (z→y→x).
  @Test func undirectedCountsBothWays() throws {
    var b = GraphBuilder(directed: false, ids: ["x", "y", "z"])
    b.addEdge(0, 1)
    b.addEdge(1, 2)
    let g = try b.build()
    let three = g.brokerage(groups: [0, 1, 2])
    #expect(three.count(.liaison, of: 1) == 2)
    #expect(three.count(.total, of: 1) == 2)
    let two = g.brokerage(groups: [0, 0, 1])
    #expect(two.count(.representative, of: 1) == 1)
    #expect(two.count(.gatekeeper, of: 1) == 1)
    let one = g.brokerage(groups: [0, 0, 0])
    #expect(one.count(.coordinator, of: 1) == 2)
    let split = g.brokerage(groups: [0, 1, 0])
    #expect(split.count(.itinerant, of: 1) == 2)
    // A triangle closes every two-path: nobody brokers.
    var t = GraphBuilder(directed: false, nodeCount: 3)
    t.addEdge(0, 1)
    t.addEdge(1, 2)
    t.addEdge(0, 2)
    #expect(try t.build().brokerage(groups: [0, 1, 2]).graphCount(.total) == 0)
  }

  @Test func groupsFromANetwork() throws {
    let network = Network(
      entities: [
        Entity(id: "njit", kind: .institution, country: "CN"),
        Entity(id: "c2k", kind: .enterprise, country: "KZ"),
        Entity(id: "anon", kind: .group),
        Entity(id: "npi", kind: .institution, country: "CN"),
      ],
      ties: [Tie(kind: .agreement, parties: ["njit", "c2k", "npi"])])
    let projected = try network.project()
    let (groups, names) = network.groups(of: projected, by: "country")
    #expect(names == ["CN", "KZ", Network.unknownGroup])
    #expect(groups == [0, 1, 2, 0])
  }
}
