import Foundation
import Testing

@testable import CoopGraph

/// Properties that hold on any graph: parallel equals serial, scales, bounds and errors.
@Suite struct CentralityPropertyTests {
  /// A seeded random graph: `n` nodes, about `m` distinct edges, strengths in 1...5 when
  /// `weighted`.
  static func randomGraph(n: Int, m: Int, directed: Bool, weighted: Bool, seed: UInt64) throws -> Graph {
    var rng = SplitMix64(seed: seed)
    var b = GraphBuilder(directed: directed, nodeCount: n)
    for _ in 0..<m {
      let u = Int.random(in: 0..<n, using: &rng), v = Int.random(in: 0..<n, using: &rng)
      if u != v { b.addEdge(u, v, weight: weighted ? Double(Int.random(in: 1...5, using: &rng)) : nil) }
    }
    return try b.build(parallelEdges: .max)
  }

  @Test(arguments: [false, true], [false, true])
  func parallelEqualsSerial(directed: Bool, weighted: Bool) throws {
    let g = try Self.randomGraph(n: 300, m: 900, directed: directed, weighted: weighted, seed: 42)
    let serial = g.betweennessCentrality(weighted: weighted, threads: 1)
    for threads in [2, 3, 7] {
      let parallel = g.betweennessCentrality(weighted: weighted, threads: threads)
      // Blocks are summed in a fixed order, so the result is identical, bit for bit.
      #expect(parallel == serial, "betweenness with \(threads) threads")
      #expect(g.edgeBetweennessCentrality(weighted: weighted, threads: threads)
        == g.edgeBetweennessCentrality(weighted: weighted, threads: 1))
      #expect(g.closenessCentrality(weighted: weighted, threads: threads) == g.closenessCentrality(weighted: weighted, threads: 1))
      #expect(g.harmonicCentrality(weighted: weighted, threads: threads) == g.harmonicCentrality(weighted: weighted, threads: 1))
    }
    #expect(serial.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-12 }, "normalized betweenness lies in [0, 1]")
    #expect(serial.contains { $0 > 0 })
  }

  /// Unnormalized, each pair's path credit sums to its distance minus one over the inner
  /// nodes, and to its distance over the edges.
  @Test func betweennessSumsToPathLengths() throws {
    let g = try Self.randomGraph(n: 120, m: 300, directed: false, weighted: false, seed: 7)
    var innerTotal = 0.0, edgeTotal = 0.0
    for s in g.nodes {
      for d in g.hopDistances(from: s) where d > 0 {
        innerTotal += Double(d - 1)
        edgeTotal += Double(d)
      }
    }
    let nodeSum = g.betweennessCentrality(normalized: false).reduce(0, +)
    let edgeSum = g.edgeBetweennessCentrality(normalized: false).reduce(0, +)
    // Unnormalized undirected scores count each unordered pair once.
    #expect(abs(nodeSum - innerTotal / 2) < 1e-6 * innerTotal)
    #expect(abs(edgeSum - edgeTotal / 2) < 1e-6 * edgeTotal)
  }

  @Test func progressReachesTheEnd() throws {
    let g = try Self.randomGraph(n: 200, m: 500, directed: false, weighted: false, seed: 3)
    let last = LastValue()
    _ = g.betweennessCentrality(threads: 2, progress: { done, total in last.set(done, total) })
    #expect(last.get() == (200, 200))
  }

  final class LastValue: @unchecked Sendable {
    private let lock = NSLock()
    private var value = (0, 0)
    func set(_ a: Int, _ b: Int) { lock.lock(); value = (max(value.0, a), b); lock.unlock() }
    func get() -> (Int, Int) { lock.lock(); defer { lock.unlock() }; return value }
  }

  @Test func approximateBetweennessIsWithinItsBound() throws {
    for (seed, directed) in [(UInt64(1), false), (2, true)] {
      let g = try Self.randomGraph(n: 150, m: 450, directed: directed, weighted: false, seed: seed)
      let exact = g.betweennessCentrality()
      var rng = SplitMix64(seed: 99)
      let approx = try g.approximateBetweenness(epsilon: 0.02, delta: 0.05, using: &rng, threads: 2)
      #expect(approx.samples > 1000)
      let worst = zip(approx.scores, exact).map { abs($0 - $1) }.max() ?? 0
      #expect(worst <= approx.errorBound, "worst error \(worst) above the bound \(approx.errorBound)")
      // Same seed, other thread count: the same estimates.
      var again = SplitMix64(seed: 99)
      #expect(try g.approximateBetweenness(epsilon: 0.02, delta: 0.05, using: &again, threads: 1).scores == approx.scores)
    }
    var rng = SplitMix64(seed: 1)
    let path = try Self.randomGraph(n: 10, m: 20, directed: false, weighted: false, seed: 1)
    #expect(throws: CentralityError.self) { try path.approximateBetweenness(epsilon: 0, delta: 0.1, using: &rng) }
    #expect(throws: CentralityError.self) { try path.approximateBetweenness(epsilon: 0.1, delta: 1, using: &rng) }
  }

  @Test func approximateBetweennessFindsTheCentreOfAStar() throws {
    var b = GraphBuilder(directed: false, nodeCount: 20)
    for v in 1..<20 { b.addEdge(0, v) }
    let star = try b.build()
    var rng = SplitMix64(seed: 5)
    let r = try star.approximateBetweenness(epsilon: 0.05, delta: 0.1, using: &rng)
    // Every pair of leaves has its one shortest path through the centre.
    #expect(abs(r.scores[0] - 1) <= r.errorBound)
    #expect(r.scores.dropFirst().allSatisfy { $0 == 0 })
    #expect(r.vertexDiameterBound == 3)
  }

  @Test func nonConvergenceSaysIterationsAndResidual() throws {
    let g = try Self.randomGraph(n: 50, m: 200, directed: false, weighted: false, seed: 11)
    do {
      _ = try g.katzCentrality(alpha: 0.9, maxIterations: 30)
      Issue.record("katz with alpha 0.9 converged")
    } catch let CentralityError.didNotConverge(measure, iterations, residual, _) {
      #expect(measure == "katz")
      #expect(iterations == 30)
      #expect(residual > 1)
    }
    do {
      _ = try g.pageRank(tolerance: 1e-15, maxIterations: 3)
      Issue.record("pagerank converged in 3 iterations to 1e-15")
    } catch let error as CentralityError {
      #expect(error.description.contains("after 3 iterations"))
    }
  }

  @Test func invalidParametersAreRejectedBeforeWork() throws {
    let g = try Self.randomGraph(n: 10, m: 20, directed: false, weighted: false, seed: 1)
    var o = CentralityOptions()
    o.personalization = [Double](repeating: 0, count: 10)
    #expect(throws: CentralityError.invalidDistribution(name: "personalization", reason: "all values are zero")) {
      try CentralityMeasure.compute(.pagerank, on: g, options: o)
    }
    o.personalization = [1, 2]
    #expect(throws: CentralityError.self) { try CentralityMeasure.compute(.pagerank, on: g, options: o) }
    o.personalization = nil
    o.damping = 1.5
    #expect(throws: CentralityError.self) { try CentralityMeasure.compute(.pagerank, on: g, options: o) }
    #expect(throws: CentralityError.requiresDirectedGraph(measure: "in-degree")) {
      try CentralityMeasure.compute(.inDegree, on: g)
    }
    var t = CentralityOptions()
    t.tolerance = -1
    #expect(throws: CentralityError.self) { try CentralityMeasure.compute(.eigenvector, on: g, options: t) }
  }

  @Test func weightsAreStrengths() throws {
    // A square a–b–c–d–a whose a–b–c side is strong: weighted shortest paths from a to c run
    // through b (length 1/4 + 1/4) and not d (1 + 1).
    var b = GraphBuilder(directed: false, ids: ["a", "b", "c", "d"])
    b.addEdge(0, 1, weight: 4)
    b.addEdge(1, 2, weight: 4)
    b.addEdge(2, 3, weight: 1)
    b.addEdge(3, 0, weight: 1)
    let g = try b.build()
    let unweighted = g.betweennessCentrality(normalized: false)
    let weighted = g.betweennessCentrality(normalized: false, weighted: true)
    #expect(unweighted == [0.5, 0.5, 0.5, 0.5])
    #expect(weighted[1] == 1 && weighted[3] == 0)
    #expect(g.strength() == [5, 8, 5, 2])
    let options = CentralityOptions()
    #expect(options.isWeighted(for: .pagerank) && !options.isWeighted(for: .betweenness))
    #expect(options.parameters(for: .closeness, graph: g).contains { $0.name == "weighted" })
  }

  @Test func degreeCountsSelfLoopsAsNetworkx() throws {
    var b = GraphBuilder(directed: false, nodeCount: 3)
    b.addEdge(0, 0)
    b.addEdge(0, 1)
    b.addEdge(1, 2)
    let g = try b.build()
    #expect(g.degreeCentrality(normalized: false) == [3, 2, 1])
    #expect(g.clustering() == [0, 0, 0])
    let single = try GraphBuilder(directed: false, nodeCount: 1).build()
    #expect(single.degreeCentrality() == [1])
    #expect(try CentralityMeasure.compute(.betweenness, on: single) == [0])
    #expect(try CentralityMeasure.compute(.closeness, on: single) == [0])
  }

  @Test func everyMeasureRunsOnAnEmptyGraphOrSaysWhy() throws {
    let empty = try GraphBuilder(directed: true, nodeCount: 0).build()
    for m in CentralityMeasure.allCases {
      do {
        let r = try CentralityMeasure.compute(m, on: empty)
        #expect(r.isEmpty, "\(m.name)")
      } catch let error as CentralityError {
        #expect(!error.description.isEmpty)
      }
    }
  }
}

@Suite struct BinaryHeapTests {
  @Test func popsInKeyOrder() {
    var rng = SplitMix64(seed: 8)
    var heap = BinaryHeap()
    var keys: [Double] = []
    for i in 0..<1000 {
      let k = Double(Int.random(in: 0..<200, using: &rng))
      keys.append(k)
      heap.push(k, Int32(i))
    }
    #expect(heap.count == 1000)
    var out: [Double] = []
    while let (k, v) = heap.popMin() {
      #expect(keys[Int(v)] == k)
      out.append(k)
    }
    #expect(out == keys.sorted())
    heap.push(3, 1)
    heap.removeAll()
    #expect(heap.isEmpty && heap.min == nil)
  }
}

@Suite struct DistanceSumKernelTests {
  /// The 64-sources-at-once search gives exactly what one breadth-first search per source gives.
  @Test(arguments: [false, true])
  func multiSourceEqualsSingleSource(directed: Bool) throws {
    let g = try CentralityPropertyTests.randomGraph(n: 150, m: 260, directed: directed, weighted: false, seed: 21)
    let n = g.nodeCount
    let multi = UnsafeMutableBufferPointer<(reached: Int, total: Double, harmonic: Double)>.allocate(capacity: n)
    defer { multi.deallocate() }
    multi.initialize(repeating: (0, 0, 0))
    g.withCSRView(weighted: false) { view in
      let ms = MultiSourceScratch(nodeCount: n)
      for batch in stride(from: 0, to: n, by: 64) { ms.distanceSums(view, sources: batch..<min(n, batch + 64), into: multi) }
      let single = SearchScratch(nodeCount: n, weighted: false)
      for s in 0..<n {
        let r = single.distanceSumsBFS(view, from: s)
        #expect(r.reached == multi[s].reached && r.total == multi[s].total && r.harmonic == multi[s].harmonic, "source \(s)")
      }
    }
    #expect(multi.contains { $0.reached > 1 } && multi.contains { $0.reached < n })
  }
}

@Suite struct ApproximateBetweennessOptionsTests {
  @Test func weightedPathsAreRefusedAndScaleFollowsNormalized() throws {
    let g = try CentralityPropertyTests.randomGraph(n: 40, m: 120, directed: false, weighted: true, seed: 4)
    var o = CentralityOptions()
    o.weighted = true
    #expect(throws: CentralityError.self) { try CentralityMeasure.compute(.approximateBetweenness, on: g, options: o) }
    o.weighted = nil
    o.epsilon = 0.1
    let normalized = try CentralityMeasure.compute(.approximateBetweenness, on: g, options: o)
    o.normalized = false
    let raw = try CentralityMeasure.compute(.approximateBetweenness, on: g, options: o)
    // Raw undirected scores are the normalized ones times (n − 1)(n − 2)/2.
    for (r, s) in zip(raw, normalized) { #expect(abs(r - s * 39 * 38 / 2) < 1e-9 * max(1, r)) }
    #expect(!o.parameters(for: .approximateBetweenness, graph: g).contains { $0.name == "distance" })
  }
}
