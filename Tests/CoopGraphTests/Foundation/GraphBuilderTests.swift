import Testing

@testable import CoopGraph

@Suite struct GraphBuilderTests {
  func build(_ directed: Bool, _ n: Int, _ edges: [(Int, Int, Double?)], policy: ParallelEdgePolicy = .sum) throws -> Graph {
    var b = GraphBuilder(directed: directed, nodeCount: n)
    for (u, v, w) in edges { b.addEdge(u, v, weight: w) }
    return try b.build(parallelEdges: policy)
  }

  @Test func undirectedRowsAreSortedAndSymmetric() throws {
    let g = try build(false, 4, [(2, 0, nil), (0, 1, nil), (3, 0, nil), (1, 2, nil)])
    #expect(g.invariantViolation() == nil)
    #expect(g.offsets == [0, 3, 5, 7, 8])
    #expect(Array(g.neighbors(of: 0)) == [1, 2, 3])
    #expect(Array(g.neighbors(of: 1)) == [0, 2])
    #expect(Array(g.neighbors(of: 2)) == [0, 1])
    #expect(Array(g.neighbors(of: 3)) == [0])
    #expect(g.edgeCount == 4)
    #expect(g.weights == nil)
    #expect(g.arcCount == 8)
  }

  @Test func directedKeepsDirection() throws {
    let g = try build(true, 3, [(0, 1, nil), (1, 2, nil), (2, 0, nil), (0, 2, nil)])
    #expect(g.invariantViolation() == nil)
    #expect(Array(g.neighbors(of: 0)) == [1, 2])
    #expect(Array(g.neighbors(of: 2)) == [0])
    #expect(g.edgeCount == 4)
    let t = g.transposed()
    #expect(t.invariantViolation() == nil)
    #expect(Array(t.neighbors(of: 0)) == [2])
    #expect(Array(t.neighbors(of: 2)) == [0, 1])
  }

  @Test(arguments: [
    (ParallelEdgePolicy.sum, 5.0), (.count, 2.0), (.max, 3.0), (.min, 2.0), (.last, 3.0),
  ])
  func parallelEdgesCombine(policy: ParallelEdgePolicy, expected: Double) throws {
    let g = try build(false, 2, [(0, 1, 2), (1, 0, 3)], policy: policy)
    #expect(g.edgeCount == 1)
    #expect(g.weights == [expected, expected])
  }

  @Test func countOfUnweightedParallelEdgesIsTheirMultiplicity() throws {
    let g = try build(false, 3, [(0, 1, nil), (1, 0, nil), (0, 2, nil)], policy: .count)
    #expect(g.weights == [2, 1, 2, 1])
  }

  @Test func edgesWithoutStrengthCountOneOnceAnyEdgeHasOne() throws {
    let g = try build(false, 3, [(0, 1, nil), (1, 2, nil), (0, 1, 2.5)])
    #expect(g.weights == [3.5, 3.5, 1, 1])
  }

  @Test func parallelEdgesKeptInMultigraph() throws {
    let g = try build(false, 2, [(0, 1, 2), (1, 0, 3)], policy: .keep)
    #expect(g.edgeCount == 2)
    #expect(Array(g.neighbors(of: 0)) == [1, 1])
    #expect(g.weights == [2, 3, 2, 3])
  }

  @Test func unweightedDuplicatesCollapseWithoutWeights() throws {
    let g = try build(false, 2, [(0, 1, nil), (0, 1, nil)])
    #expect(g.edgeCount == 1)
    #expect(g.weights == nil)
  }

  @Test func selfLoopsAreStoredOnceAndCountTwiceInDegree() throws {
    let g = try build(false, 2, [(0, 0, nil), (0, 1, nil)])
    #expect(g.invariantViolation() == nil)
    #expect(Array(g.neighbors(of: 0)) == [0, 1])
    #expect(g.selfLoopCount == 1)
    #expect(g.edgeCount == 2)
    #expect(g.degree(of: 0) == 3)  // networkx: a self-loop adds 2
    #expect(g.degree(of: 1) == 1)
  }

  @Test(arguments: [0.0, -1.0, Double.nan, Double.infinity])
  func invalidStrengthsAreRejectedNamingTheEdge(w: Double) throws {
    var b = GraphBuilder(directed: false, ids: ["a", "b"])
    b.addEdge(0, 1, weight: w)
    #expect(throws: GraphError.self) { try b.build() }
    do {
      _ = try b.build()
    } catch let e as GraphError {
      #expect(e.description.hasPrefix("edge a -> b has strength "))
    }
  }

  @Test func outOfRangeNodeIsAnError() throws {
    var b = GraphBuilder(directed: false, nodeCount: 2)
    b.addEdge(0, 5)
    #expect(throws: GraphError.nodeOutOfRange(5, nodeCount: 2)) { try b.build() }
  }

  @Test func undirectedOfDirectedSumsBothDirections() throws {
    let g = try build(true, 3, [(0, 1, 2), (1, 0, 3), (1, 2, nil)])
    let u = g.undirected()
    #expect(!u.isDirected)
    #expect(u.invariantViolation() == nil)
    #expect(u.edgeCount == 2)
    #expect(u.weight(at: u.arcIndex(from: 0, to: 1)!) == 5)
    #expect(u.weight(at: u.arcIndex(from: 2, to: 1)!) == 1)
  }

  /// Random graphs: CSR invariants hold and every added edge is present.
  @Test(arguments: 0..<20)
  func randomGraphsSatisfyInvariants(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed))
    let n = Int.random(in: 1...60, using: &rng)
    let m = Int.random(in: 0...200, using: &rng)
    let directed = seed % 2 == 0
    var b = GraphBuilder(directed: directed, nodeCount: n)
    var pairs: [(Int, Int)] = []
    for _ in 0..<m {
      let u = Int.random(in: 0..<n, using: &rng), v = Int.random(in: 0..<n, using: &rng)
      b.addEdge(u, v, weight: Double.random(in: 0.5...2, using: &rng))
      pairs.append((u, v))
    }
    let g = try b.build()
    #expect(g.invariantViolation() == nil)
    for (u, v) in pairs {
      #expect(g.hasEdge(from: u, to: v))
      if !directed { #expect(g.hasEdge(from: v, to: u)) }
    }
    let distinct = Set(pairs.map { directed ? [$0.0, $0.1] : [min($0.0, $0.1), max($0.0, $0.1)] })
    #expect(g.edgeCount == distinct.count)
    if directed {
      let t = g.transposed()
      #expect(t.invariantViolation() == nil)
      #expect(t.transposed().targets == g.targets)
    }
  }

  @Test func componentsAreNumberedBySmallestNode() throws {
    let g = try build(false, 6, [(4, 5, nil), (0, 2, nil), (1, 3, nil)])
    let (count, membership) = g.weakComponents()
    #expect(count == 3)
    #expect(membership == [0, 1, 0, 1, 2, 2])
    #expect(abs(g.density - 3.0 / 15.0) < 1e-15)
  }

  @Test func breadthFirstDistances() throws {
    let g = try build(true, 4, [(0, 1, nil), (1, 2, nil), (3, 0, nil)])
    #expect(g.hopDistances(from: 0) == [0, 1, 2, -1])
  }
}
