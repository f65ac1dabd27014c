import Testing

@testable import CoopGraph

/// Projection rules on a small network whose graphs are worked out by hand:
///
///     U (institution) with parts S1, S2; enterprises C, K; people P, Q
///     t1 agreement [U, C, K] strength 2     t4 role [P, K]
///     t2 agreement [S1, C]                  t5 exchange [S2, K] strength 3
///     t3 role [P, U]                        t6 role [Q, C]
@Suite struct ProjectionTests {
  let network: Network = {
    var n = Network(entities: [
      Entity(id: "U", kind: .institution),
      Entity(id: "S1", kind: .institution, parent: "U"),
      Entity(id: "S2", kind: .institution, parent: "U"),
      Entity(id: "C", kind: .enterprise),
      Entity(id: "K", kind: .enterprise),
      Entity(id: "P", kind: .person),
      Entity(id: "Q", kind: .person),
    ])
    n.ties = [
      Tie(kind: .agreement, parties: ["U", "C", "K"], strength: 2),
      Tie(kind: .agreement, parties: ["S1", "C"]),
      Tie(kind: .role, parties: ["P", "U"]),
      Tie(kind: .role, parties: ["P", "K"]),
      Tie(kind: .exchange, parties: ["S2", "K"], strength: 3),
      Tie(kind: .role, parties: ["Q", "C"]),
    ]
    return n
  }()

  /// The edges as "a-b:w" strings, sorted (undirected: a < b in node order).
  func edges(_ p: Projection) throws -> [String] {
    let g = try network.graph(p)
    #expect(g.invariantViolation() == nil)
    return g.edges.map { "\(g.ids[$0.u])\(g.isDirected ? ">" : "-")\(g.ids[$0.v]):\(formatNumber($0.weight))" }.sorted()
  }

  @Test func defaultIsCliqueWithSummedStrengthsAndPartOfTies() throws {
    let g = try network.graph()
    #expect(g.ids == ["U", "S1", "S2", "C", "K", "P", "Q"])
    #expect(g.isWeighted)
    #expect(try edges(.default) == [
      "C-K:2", "C-Q:1", "K-P:1", "S1-C:1", "S2-K:3", "U-C:2", "U-K:2", "U-P:1", "U-S1:1", "U-S2:1",
    ])
  }

  @Test func countCombineGivesAnUnweightedGraphWhenEveryPairIsTiedOnce() throws {
    let g = try network.graph(Projection(combine: .count))
    #expect(!g.isWeighted)
    #expect(g.edgeCount == 10)
  }

  @Test func newmanWeightingDividesByPartiesMinusOne() throws {
    #expect(try edges(Projection(cliqueWeighting: .newman)) == [
      "C-K:1", "C-Q:1", "K-P:1", "S1-C:1", "S2-K:3", "U-C:1", "U-K:1", "U-P:1", "U-S1:1", "U-S2:1",
    ])
  }

  @Test func collapsingPartsFoldsSchoolsIntoTheirUniversity() throws {
    #expect(try edges(Projection(partOf: .collapse)) == [
      "C-K:2", "C-Q:1", "K-P:1", "U-C:3", "U-K:5", "U-P:1",
    ])
  }

  @Test func ignoringPartOfDropsItsTies() throws {
    #expect(try edges(Projection(partOf: .ignore)).count == 8)
  }

  @Test func peopleBridgeTheOrganizationsTheyHoldRolesIn() throws {
    let g = try network.graph(Projection(bridgeThroughPeople: true))
    #expect(g.ids == ["U", "S1", "S2", "C", "K"])
    #expect(try edges(Projection(bridgeThroughPeople: true)) == [
      "C-K:2", "S1-C:1", "S2-K:3", "U-C:2", "U-K:3", "U-S1:1", "U-S2:1",
    ])
  }

  @Test func bipartiteMakesEveryTieANode() throws {
    let p = try network.project(Projection(multiParty: .bipartite))
    let g = p.graph
    #expect(g.nodeCount == 13)
    #expect(g.ids.suffix(6) == ["tie-1", "tie-2", "tie-3", "tie-4", "tie-5", "tie-6"])
    #expect(p.entityIndices.prefix(7).map { $0 } == [0, 1, 2, 3, 4, 5, 6])
    #expect(p.tieIndices.suffix(6).map { $0 } == [0, 1, 2, 3, 4, 5])
    #expect(g.edgeCount == 15)
    #expect(g.neighbors(of: 7).map { g.ids[Int($0)] } == ["U", "C", "K"])
    #expect(g.weight(at: g.arcIndex(from: 7, to: 0)!) == 2)
  }

  @Test func nodeKindFilterDropsTiesLeftWithOneParty() throws {
    #expect(try edges(Projection(nodeKinds: [.institution, .enterprise])) == [
      "C-K:2", "S1-C:1", "S2-K:3", "U-C:2", "U-K:2", "U-S1:1", "U-S2:1",
    ])
  }

  @Test func tieKindFilter() throws {
    #expect(try edges(Projection(tieKinds: [.agreement])) == ["C-K:2", "S1-C:1", "U-C:2", "U-K:2"])
    #expect(try edges(Projection(tieKinds: [.partOf])) == ["U-S1:1", "U-S2:1"])
  }

  @Test func directedProjectionFollowsDirectedKinds() throws {
    let e = try edges(Projection(directed: true))
    #expect(e.count == 15)
    #expect(e.contains("P>U:1") && !e.contains("U>P:1"))
    #expect(e.contains("S1>U:1") && !e.contains("U>S1:1"))
    #expect(e.contains("U>C:2") && e.contains("C>U:2"))
  }

  @Test func excludedEntitiesVanishWithTheirTies() throws {
    #expect(try edges(Projection(excludedEntities: ["C"])) == [
      "K-P:1", "S2-K:3", "U-K:2", "U-P:1", "U-S1:1", "U-S2:1",
    ])
  }

  @Test func excludedByAttributeValue() throws {
    var n = network
    n.entities[3].attributes["unnamed"] = .bool(true)
    let g = try n.graph(Projection(excludedWhere: ["unnamed": "true"]))
    #expect(!g.ids.contains("C"))
    #expect(g.nodeCount == 6)
    #expect(try n.graph(Projection(excludedWhere: ["kind": "person"])).nodeCount == 5)
  }

  @Test func unknownKindsAndEntitiesAreErrors() {
    #expect(throws: ProjectionError.self) { try network.graph(Projection(nodeKinds: [EntityKind("school")])) }
    #expect(throws: ProjectionError.self) { try network.graph(Projection(tieKinds: [TieKind("agreements")])) }
    // The lookup says what is closest, as --exclude shows it.
    #expect(throws: ProjectionError.unknownExcluded(EntityLookupError(query: "Z", suggestion: "U"))) {
      try network.graph(Projection(excludedEntities: ["Z"]))
    }
  }

  @Test func edgeListNetworkRoundTrip() throws {
    let g = try EdgeList.parse("a b 2\nb c\n")
    let n = Network(graph: g)
    let again = try n.graph()
    #expect(again.ids == g.ids)
    #expect(again.edges.map { "\($0.u)-\($0.v):\($0.weight)" } == g.edges.map { "\($0.u)-\($0.v):\($0.weight)" })
  }
}
