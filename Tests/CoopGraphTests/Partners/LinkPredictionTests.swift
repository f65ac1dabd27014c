import Foundation
import Testing

@testable import CoopGraph

@Suite struct LinkPredictionTests {
  @Test(arguments: ["karate", "florentine", "kite", "barbell", "sparse"])
  func scoresEqualNetworkx(name: String) throws {
    let (entry, g) = try PartnersFixtures.entry("link-prediction.json", name)
    let index = g.makeIndex()
    let pairs = try #require(entry["pairs"] as? [[String]])
    let scores = try #require(entry["scores"] as? [String: [Any]])
    for method in LinkPredictionMethod.allCases {
      let expected = try #require(scores[method.rawValue])
      for (p, e) in zip(pairs, expected) {
        let u = try #require(index[p[0]]), v = try #require(index[p[1]])
        let want = try #require(e as? NSNumber).doubleValue
        #expect(PartnersFixtures.close(g.linkScore(method, u, v), want), "\(method) \(p)")
      }
    }
  }

  /// Every non-edge with a positive score is suggested, with networkx's score, in order.
  @Test(arguments: LinkPredictionMethod.allCases)
  func suggestionsListEveryScoredNonEdge(method: LinkPredictionMethod) throws {
    let fixtures = try PartnersFixtures.load("link-prediction.json")
    let entry = try #require(fixtures["karate"])
    let g = try PartnersFixtures.graph(entry)
    let pairs = try #require(entry["pairs"] as? [[String]])
    let all = try #require(entry["scores"] as? [String: [Any]])
    let scores = try #require(all[method.rawValue])
    let index = g.makeIndex()
    var expected: [String: Double] = [:]
    for (p, s) in zip(pairs, scores) {
      let x = try #require(s as? NSNumber).doubleValue
      let u = try #require(index[p[0]]), v = try #require(index[p[1]])
      if x > 0 && !g.hasEdge(from: u, to: v) { expected[[p[0], p[1]].sorted().joined(separator: "|")] = x }
    }
    let got = g.suggestLinks(method: method)
    #expect(got.count == expected.count)
    for s in got {
      #expect(g.ids[s.a] < g.ids[s.b])
      let want = try #require(expected[g.ids[s.a] + "|" + g.ids[s.b]])
      #expect(PartnersFixtures.close(s.score, want))
    }
    for (x, y) in zip(got, got.dropFirst()) {
      #expect(x.score > y.score || (x.score == y.score && (g.ids[x.a], g.ids[x.b]) < (g.ids[y.a], g.ids[y.b])))
    }
    // The top-N prefix is the same whether trimmed early or not.
    #expect(g.suggestLinks(method: method, top: 7) == Array(got.prefix(7)))
  }

  /// A small graph counted by hand: a–b, a–c, b–d, c–d, d–e.
  /// Pair (a, d): common neighbours b, c (degree 2 each): CN 2, Jaccard 2/3 (Γa = {b,c},
  /// Γd = {b,c,e}), Adamic–Adar 2/ln 2, RA 1, PA 2·3 = 6. Pair (b, c): common a, d
  /// (degrees 2, 3): RA 1/2 + 1/3.
  @Test func byHand() throws {
    var b = GraphBuilder(directed: false, ids: ["a", "b", "c", "d", "e"])
    for (u, v) in [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)] { b.addEdge(u, v) }
    let g = try b.build()
    #expect(g.linkScore(.commonNeighbors, 0, 3) == 2)
    #expect(PartnersFixtures.close(g.linkScore(.jaccard, 0, 3), 2.0 / 3))
    #expect(PartnersFixtures.close(g.linkScore(.adamicAdar, 0, 3), 2 / log(2.0)))
    #expect(PartnersFixtures.close(g.linkScore(.resourceAllocation, 0, 3), 1))
    #expect(g.linkScore(.preferentialAttachment, 0, 3) == 6)
    #expect(PartnersFixtures.close(g.linkScore(.resourceAllocation, 1, 2), 1.0 / 2 + 1.0 / 3))
    let top = g.suggestLinks(method: .resourceAllocation)
    #expect(top.map { "\(g.ids[$0.a])\(g.ids[$0.b])" } == ["ad", "bc", "be", "ce"])
  }

  @Test func filters() throws {
    var b = GraphBuilder(directed: false, ids: ["a", "b", "c", "d", "e"])
    for (u, v) in [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)] { b.addEdge(u, v) }
    let g = try b.build()
    func ids(_ f: LinkFilter) -> [String] {
      g.suggestLinks(method: .commonNeighbors, filter: f).map { g.ids[$0.a] + g.ids[$0.b] }
    }
    #expect(ids(LinkFilter(involving: [4])) == ["be", "ce"])
    // Groups: {a, b, e} = 0, {c, d} = 1: only pairs across.
    #expect(ids(LinkFilter(acrossGroups: [0, 0, 1, 1, 0])) == ["ad", "bc", "ce"])
    // Unknown group (-1) never pairs across.
    #expect(ids(LinkFilter(acrossGroups: [0, 0, 1, -1, 0])) == ["bc", "ce"])
    // d may not be an end, but still counts as a common neighbour.
    #expect(ids(LinkFilter(allowed: [true, true, true, false, true])) == ["bc", "be", "ce"])
    // Existing ties included: a–b share no neighbour, so they still do not appear; b–d do not either.
    let withExisting = ids(LinkFilter(excludeExisting: false))
    #expect(withExisting.contains("ad") && !withExisting.contains("ab"))
    #expect(g.suggestLinks(method: .preferentialAttachment, filter: LinkFilter(involving: [4])).count == 3)
  }

  @Test func directedGraphsAreReadAsUndirected() throws {
    var b = GraphBuilder(directed: true, ids: ["a", "b", "c"])
    b.addEdge(0, 1)
    b.addEdge(2, 1)
    let g = try b.build()
    let s = g.suggestLinks(method: .commonNeighbors)
    #expect(s == [LinkSuggestion(a: 0, b: 2, score: 1)])
  }

  /// On graphs large enough for early trimming (more than 1,024 candidate pairs), the top N
  /// equals the prefix of the full, untrimmed list.
  @Test(arguments: LinkPredictionMethod.allCases)
  func topMatchesTheFullListOnLargerGraphs(method: LinkPredictionMethod) throws {
    var rng = SplitMix64(seed: 42)
    let n = 120
    var b = GraphBuilder(directed: false, nodeCount: n)
    for u in 0..<n {
      for v in (u + 1)..<n where Double.random(in: 0..<1, using: &rng) < 0.08 { b.addEdge(u, v) }
    }
    let g = try b.build()
    let all = g.suggestLinks(method: method)
    #expect(all.count > 1024)
    for top in [1, 5, 40] { #expect(g.suggestLinks(method: method, top: top) == Array(all.prefix(top))) }
    let kinds = (0..<n).map { $0 % 3 != 0 }
    let some = g.suggestLinks(method: method, filter: LinkFilter(allowed: kinds))
    #expect(g.suggestLinks(method: method, filter: LinkFilter(allowed: kinds), top: 7) == Array(some.prefix(7)))
  }
}
