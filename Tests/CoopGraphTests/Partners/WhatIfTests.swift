import Foundation
import Testing

@testable import CoopGraph

@Suite struct WhatIfTests {
  @Test(arguments: ["karate", "florentine", "kite", "barbell", "tree", "sparse", "star", "path", "digraph"])
  func fragilityAndDistancesEqualNetworkx(name: String) throws {
    let fixtures = try PartnersFixtures.load("fragility.json")
    let entry = try #require(fixtures[name])
    let g = try PartnersFixtures.graph(entry)
    let expected = try PartnersFixtures.values(entry, "fragility", g)
    let got = g.fragility()
    for v in g.nodes { #expect(Double(got[v]) == expected[v], "fragility of \(g.ids[v])") }
    let c = g.connectivity()
    #expect(c.connectedPairs == (entry["connectedPairs"] as? Int))
    #expect(PartnersFixtures.close(c.averageDistance, (entry["averageDistance"] as? NSNumber)?.doubleValue ?? .nan))
    #expect(c.componentSizes == (entry["componentSizes"] as? [Int]))
  }

  /// Brute force on seeded random graphs: remove each node, count connected pairs again.
  @Test(arguments: 0..<6) func fragilityMatchesRemovalOnRandomGraphs(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed))
    let n = 30
    var b = GraphBuilder(directed: false, nodeCount: n)
    for u in 0..<n {
      for v in (u + 1)..<n where Double.random(in: 0..<1, using: &rng) < 0.07 { b.addEdge(u, v) }
    }
    let g = try b.build()
    let counted = (0..<n).map { $0 % 4 != 0 }
    let f = g.fragility(counted: counted)
    func connectedPairs(_ graph: Graph, _ keep: [Bool]) -> Int {
      let (_, m) = graph.weakComponents()
      var size: [Int32: Int] = [:]
      for v in graph.nodes where keep[v] { size[m[v], default: 0] += 1 }
      return size.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    }
    for v in 0..<n {
      var rb = GraphBuilder(directed: false, nodeCount: n)
      for (x, y, _) in g.edges where x != v && y != v { rb.addEdge(x, y) }
      var keep = counted
      keep[v] = false
      let before = connectedPairs(g, keep)
      let after = connectedPairs(try rb.build(), keep)
      #expect(f[v] == before - after, "node \(v), seed \(seed)")
    }
  }

  /// A hub joining two clusters and a pendant:
  /// cn1 – cn2 – hub – kz1 – kz2, cn1 – cn3 – hub, hub – solo.
  static func network() -> Network {
    Network(
      entities: ["hub", "cn1", "cn2", "cn3", "kz1", "kz2", "solo", "far"].map { Entity(id: $0, kind: .institution) },
      ties: [
        Tie(kind: .agreement, parties: ["cn1", "cn2"]), Tie(kind: .agreement, parties: ["cn2", "hub"]),
        Tie(kind: .agreement, parties: ["cn1", "cn3"]), Tie(kind: .agreement, parties: ["cn3", "hub"]),
        Tie(kind: .agreement, parties: ["hub", "kz1"]), Tie(kind: .agreement, parties: ["kz1", "kz2"]),
        Tie(kind: .agreement, parties: ["hub", "solo"]),
      ])
  }

  @Test func removingTheHub() throws {
    let r = try Self.network().whatIf(removing: ["hub"])
    #expect(r.before.nodes == 8)
    #expect(r.before.componentSizes == [7, 1])
    #expect(r.after.componentSizes == [3, 2, 1, 1])
    // Remaining connected pairs before: C(6, 2) = 15; after: 3 + 1 = 4.
    #expect(r.remainingConnectedBefore == 15)
    #expect(r.disconnectedPairs == 11)
    #expect(r.cutOff == [["kz1", "kz2"], ["solo"]])
    // Distances among the 6 remaining, before (through hub), by hand:
    // cn1: cn2 1, cn3 1, kz1 3, kz2 4, solo 3 = 12; cn2: cn3 2, kz1 2, kz2 3, solo 2 = 9;
    // cn3: kz1 2, kz2 3, solo 2 = 7; kz1: kz2 1, solo 2 = 3; kz2: solo 3. Sum 34 over 15.
    #expect(PartnersFixtures.close(r.remainingDistanceBefore, 34.0 / 15))
    // After: cn1–cn2 1, cn1–cn3 1, cn2–cn3 2, kz1–kz2 1: 5 over 4.
    #expect(PartnersFixtures.close(r.after.averageDistance, 5.0 / 4))
    // Degree ranking of the rest: before cn1 2, cn2 2, cn3 2, kz1 2, kz2 1, solo 1, far 0.
    // After: cn1 2, cn2 1, cn3 1, kz1 1, kz2 1, far 0, solo 0 (ties by id).
    #expect(r.ranking.map(\.id) == ["cn1", "cn2", "cn3", "kz1", "kz2", "far", "solo"])
    let solo = try #require(r.ranking.first { $0.id == "solo" })
    #expect(solo.rankBefore == 6 && solo.rankAfter == 7 && solo.scoreBefore == 1 && solo.scoreAfter == 0)
  }

  @Test func removingAPeripheralPartnerCostsNothing() throws {
    let r = try Self.network().whatIf(removing: ["kz2"])
    #expect(r.disconnectedPairs == 0)
    #expect(r.cutOff.isEmpty)
  }

  @Test func unknownEntityIsAnError() throws {
    #expect(throws: ProjectionError.unknownEntity("nobody")) {
      try Self.network().whatIf(removing: ["nobody"])
    }
  }

  @Test func fragilityRanking() throws {
    let net = Self.network()
    let ranking = net.fragilityRanking(try net.project())
    // hub: 15 connected pairs among the other 6 in its component, 4 left: 11. kz1 cuts kz2: 5.
    #expect(ranking.prefix(2).map(\.id) == ["hub", "kz1"])
    #expect(ranking.prefix(2).map(\.disconnectedPairs) == [11, 5])
    #expect(ranking.last?.disconnectedPairs == 0)
  }

  /// In a bipartite projection the tie nodes carry paths but are not counted as partners.
  @Test func bipartiteTieNodesDoNotCount() throws {
    let net = Network(
      entities: ["a", "b", "c"].map { Entity(id: $0, kind: .institution) },
      ties: [Tie(kind: .agreement, parties: ["a", "b", "c"])])
    let projected = try net.project(Projection(multiParty: .bipartite))
    let ranking = net.fragilityRanking(projected)
    #expect(ranking.map(\.id) == ["a", "b", "c"])
    #expect(ranking.allSatisfy { $0.disconnectedPairs == 0 })
    let r = try net.whatIf(removing: ["a"], projection: Projection(multiParty: .bipartite))
    #expect(r.after.componentSizes == [2])
    #expect(r.disconnectedPairs == 0)
  }

  /// With parts collapsed, removing a parent lets its parts reappear as nodes; they are not
  /// counted, so the counts agree with the fragility of the parent.
  @Test func collapsedPartsThatReappearAreNotCounted() throws {
    let net = Network(
      entities: [
        Entity(id: "uni", kind: .institution), Entity(id: "school", kind: .institution, parent: "uni"),
        Entity(id: "x", kind: .enterprise), Entity(id: "y", kind: .enterprise), Entity(id: "z", kind: .enterprise),
      ],
      ties: [
        Tie(kind: .agreement, parties: ["school", "x"]), Tie(kind: .agreement, parties: ["uni", "y"]),
        Tie(kind: .agreement, parties: ["y", "z"]),
      ])
    let rules = Projection(partOf: .collapse)
    let r = try net.whatIf(removing: ["uni"], projection: rules)
    // Before: uni(+school) – x, uni – y – z. Remaining x, y, z: 3 pairs connected; after none.
    #expect(r.remainingConnectedBefore == 3)
    #expect(r.disconnectedPairs == 2)
    #expect(r.after.nodes == 3)
    let f = net.fragilityRanking(try net.project(rules))
    #expect(f.first?.id == "uni" && f.first?.disconnectedPairs == 2)
  }

  @Test func severalCountedSetsInOnePass() throws {
    let fixtures = try PartnersFixtures.load("fragility.json")
    let entry = try #require(fixtures["sparse"])
    let g = try PartnersFixtures.graph(entry)
    let a = g.nodes.map { $0 % 2 == 0 }, b = g.nodes.map { $0 % 3 != 0 }
    #expect(g.connectivity(countedSets: [a, b]) == [g.connectivity(counted: a), g.connectivity(counted: b)])
    #expect(g.connectivity(countedSets: [g.nodes.map { _ in true }])[0] == g.connectivity())
  }

  /// The shared-pass variant gives the same report as the full one.
  @Test(arguments: [["hub"], ["kz1"], ["hub", "kz1"], ["cn1", "cn2", "far"]])
  func knownBeforeGivesTheSameCounts(removed: [String]) throws {
    let net = Self.network()
    let projected = try net.project()
    let before = projected.graph.connectivity(counted: projected.entityIndices.map { $0 != nil })
    let full = try net.whatIf(removing: removed)
    let shared = try net.whatIf(removing: removed, projection: .default, score: { _ in [] }, before: before)
    #expect(shared.remainingConnectedBefore == full.remainingConnectedBefore)
    #expect(shared.remainingDistanceBefore == full.remainingDistanceBefore)
    #expect(shared.disconnectedPairs == full.disconnectedPairs)
    #expect(shared.cutOff == full.cutOff)
    #expect(shared.after == full.after)
    #expect(shared.ranking.isEmpty)
  }
}
