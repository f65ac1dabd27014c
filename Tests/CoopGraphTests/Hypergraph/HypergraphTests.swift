import Foundation
import Testing

@testable import CoopGraph

/// The hypergraph of the record, and properties of its measures on seeded random hypergraphs.
@Suite struct HypergraphTests {
  /// A connected random hypergraph: a chain of edges through every node (so it is connected),
  /// then `extra` random edges of 1 to 5 members, some of them copies of earlier edges.
  static func random(seed: UInt64, nodes n: Int = 24, extra: Int = 20) throws -> Hypergraph {
    var rng = SplitMix64(seed: seed)
    let ids = (0..<n).map { "v\($0)" }
    var edges: [[String]] = []
    for v in 0..<(n - 1) where v % 2 == 0 {
      edges.append([ids[v], ids[v + 1], ids[min(v + 2, n - 1)]])
    }
    for _ in 0..<extra {
      if !edges.isEmpty && Int.random(in: 0..<5, using: &rng) == 0 {
        edges.append(edges[Int.random(in: 0..<edges.count, using: &rng)])
        continue
      }
      let size = Int.random(in: 1...5, using: &rng)
      edges.append((0..<size).map { _ in ids[Int.random(in: 0..<n, using: &rng)] })
    }
    let weights = edges.map { _ in Double(Int.random(in: 1...8, using: &rng)) / 2 }
    return try Hypergraph(nodeIds: ids, edges: edges, weights: weights)
  }

  @Test func allianceHypergraphIsTheRecord() throws {
    let network = try NativeFormat.read(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let h = try network.hypergraph()
    #expect(h.nodeIds == network.entities.map(\.id))
    // Part-of (`parent:`) is not an edge: one edge per tie of the record.
    #expect(h.edgeCount == network.ties.count)
    #expect(network.entities.contains { $0.parent != nil })
    for (e, tie) in network.ties.enumerated() {
      #expect(h.edgeIds[e] == tie.id ?? "tie-\(e + 1)")
      #expect(h.edgeKinds[e] == tie.kind)
      #expect(h.edgeWeights[e] == tie.strength)
      #expect(Set(h.members(of: e).map { h.nodeIds[Int($0)] }) == Set(tie.parties), "tie \(h.edgeIds[e])")
    }
    let meeting = try #require(h.edgeIds.firstIndex(of: "exchange-meeting"))
    #expect(h.size(of: meeting) == 21)
    let framework = try #require(h.edgeIds.firstIndex(of: "localized-textbooks-framework"))
    #expect(
      Set(h.members(of: framework).map { h.nodeIds[Int($0)] }) == [
        "njit", "phoenix-higher-education", "nanjing-polytechnic", "c2k",
      ])
    // The schools hang off NJIT only through part-of, so the record's hypergraph is split, and
    // the ministry, which is only a parent, is in no tie.
    #expect(!h.isConnected)
    let ministry = try #require(h.nodeIds.firstIndex(of: "kz-ministry-science-higher-education"))
    #expect(h.edges(of: ministry).isEmpty)
  }

  @Test func tiesWithoutIdsRepeatedPartiesAndMultiEdges() throws {
    let network = Network(
      entities: [
        Entity(id: "a", kind: .institution), Entity(id: "b", kind: .enterprise), Entity(id: "c", kind: .person),
      ],
      ties: [
        Tie(kind: .agreement, parties: ["a", "b", "a"], strength: 2),
        Tie(id: "second", kind: .agreement, parties: ["a", "b"]),
        Tie(kind: .role, parties: ["c", "a"]),
      ])
    let h = try network.hypergraph()
    #expect(h.edgeIds == ["tie-1", "second", "tie-3"])
    #expect(h.edgeSizes() == [2, 2, 2])
    #expect(h.hyperdegree() == [3, 2, 1])
    #expect(h.hyperstrength() == [4, 3, 1])
    #expect(h.hyperdegree(kind: .role) == [1, 0, 1])
    #expect(h.edgeSizeDistribution().map { [$0.size, $0.count] } == [[2, 3]])
    // The two a–b agreements share 2 nodes: adjacent in the 2-line graph; the role is not.
    let line2 = try h.sLineGraph(s: 2)
    #expect(line2.edgeCount == 1 && line2.hasEdge(from: 0, to: 1))
    #expect(try h.sLineGraph(s: 1).edgeCount == 3)
    #expect(try h.sLineGraph(s: 2, of: .nodes).edges.map { [$0.u, $0.v] } == [[0, 1]])
  }

  @Test func invalidInputIsRejected() {
    #expect(throws: HypergraphError.unknownNode(edge: "tie-0", node: "z")) {
      try Hypergraph(nodeIds: ["a"], edges: [["a", "z"]])
    }
    #expect(throws: HypergraphError.duplicateNode("a")) { try Hypergraph(nodeIds: ["a", "a"], edges: []) }
    #expect(throws: HypergraphError.invalidWeight(edge: "tie-0", weight: 0)) {
      try Hypergraph(nodeIds: ["a"], edges: [["a"]], weights: [0])
    }
    #expect(throws: HypergraphError.lengthMismatch(edges: 1, ids: 1, weights: 2, kinds: 1)) {
      try Hypergraph(nodeIds: ["a"], edges: [["a"]], weights: [1, 1])
    }
  }

  @Test func sBelowOneIsRejected() throws {
    let h = try Self.random(seed: 1)
    #expect(throws: HypergraphError.invalidS(0)) { try h.sLineGraph(s: 0) }
    #expect(throws: HypergraphError.invalidS(-1)) { try h.sBetweennessCentrality(s: -1) }
    #expect(throws: HypergraphError.invalidS(0)) { try h.sClosenessCentrality(s: 0, of: .nodes) }
  }

  @Test(arguments: 0..<8)
  func sAboveTheLargestEdgeLeavesNoAdjacency(_ seed: Int) throws {
    let h = try Self.random(seed: UInt64(seed))
    let largest = h.edgeSizes().max() ?? 0
    let line = try h.sLineGraph(s: largest + 1)
    #expect(line.nodeCount == h.edgeCount && line.edgeCount == 0)
    #expect(try h.sBetweennessCentrality(s: largest + 1).allSatisfy { $0 == 0 })
    #expect(try h.sClosenessCentrality(s: largest + 1).allSatisfy { $0 == 0 })
    // Raising s only removes adjacencies.
    for s in 1...largest {
      let a = try h.sLineGraph(s: s), b = try h.sLineGraph(s: s + 1)
      #expect(b.edges.allSatisfy { a.hasEdge(from: $0.u, to: $0.v) })
    }
  }

  @Test(arguments: 0..<8)
  func sMeasuresLieInTheUnitInterval(_ seed: Int) throws {
    let h = try Self.random(seed: UInt64(seed))
    for s in 1...3 {
      for element in HyperElement.allCases {
        for x in try h.sBetweennessCentrality(s: s, of: element) + h.sClosenessCentrality(s: s, of: element) {
          #expect(x >= 0 && x <= 1 + 1e-12)
        }
      }
    }
  }

  @Test(arguments: 0..<8)
  func nodeEdgeIsPositiveAndOneNormalized(_ seed: Int) throws {
    let h = try Self.random(seed: UInt64(seed))
    let c = try h.nodeEdgeCentrality(maxIterations: 2000)
    #expect(c.converged && c.residual < 1e-6)
    #expect(c.nodes.allSatisfy { $0 > 0 } && c.edges.allSatisfy { $0 > 0 })
    #expect(abs(c.nodes.reduce(0, +) - 1) < 1e-12 && abs(c.edges.reduce(0, +) - 1) < 1e-12)
    // Identical edges are indistinguishable.
    for e in 0..<h.edgeCount {
      for f in (e + 1)..<h.edgeCount where h.members(of: e) == h.members(of: f) {
        #expect(abs(c.edges[e] - c.edges[f]) < 1e-12)
      }
    }
    let clique = try h.cliqueEigenvectorCentrality()
    #expect(clique.allSatisfy { $0 > 0 } && abs(clique.reduce(0, +) - 1) < 1e-12)
  }

  @Test func disconnectedAndEmptyHypergraphsAreRejected() throws {
    let h = try Hypergraph(nodeIds: ["a", "b", "c"], edges: [["a", "b"]])
    #expect(throws: HypergraphError.disconnected(measure: "node-edge", components: 2)) { try h.nodeEdgeCentrality() }
    #expect(throws: HypergraphError.disconnected(measure: "clique-eigenvector", components: 2)) {
      try h.cliqueEigenvectorCentrality()
    }
    let single = try Hypergraph(nodeIds: ["a"], edges: [])
    #expect(throws: HypergraphError.empty(measure: "node-edge")) { try single.nodeEdgeCentrality() }
    #expect(try Hypergraph(nodeIds: [], edges: []).cliqueEigenvectorCentrality() == [])
  }

  @Test func dualSwapsNodesAndEdges() throws {
    let h = try Self.random(seed: 3)
    let d = h.dual()
    #expect(d.nodeCount == h.edgeCount && d.edgeCount == h.nodeCount)
    #expect(d.hyperdegree() == h.edgeSizes())
    #expect(d.dual().members == h.members && d.dual().memberOffsets == h.memberOffsets)
    // The node s-line graph is the edge s-line graph of the dual.
    for s in 1...2 {
      #expect(
        try h.sLineGraph(s: s, of: .nodes).edges.map { [$0.u, $0.v] } == d.sLineGraph(s: s).edges.map { [$0.u, $0.v] })
    }
  }
}
