import Foundation

/// Betweenness estimated from sampled shortest paths, with a probabilistic error bound.
///
/// Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality
/// through sampling. Data Mining and Knowledge Discovery 30(2), 438–475,
/// doi:10.1007/s10618-015-0423-0.

/// How approximate betweenness samples shortest paths.
public enum BetweennessSampler: String, CaseIterable, Sendable {
  /// KADABRA (Borassi & Natale 2019): bidirectional searches, adaptive sample size; the
  /// default, as NetworKit's `KadabraBetweenness`.
  case kadabra
  /// Riondato & Kornaropoulos (2016): one-directional searches, fixed sample size, as
  /// NetworKit's `ApproxBetweenness`.
  case riondatoKornaropoulos = "rk"
}

/// The result of ``Graph/approximateBetweenness(epsilon:delta:normalized:using:threads:progress:)``
/// and ``Graph/kadabraBetweenness(epsilon:delta:normalized:using:threads:progress:)``.
///
/// Both estimate b(v), the share of ordered pairs' shortest paths through v,
/// Σ_{s≠t} σ_st(v)/σ_st / (n(n − 1)), within ε for every node at once with probability at least
/// 1 − δ. The scores are on networkx's normalized scale, b(v) · n/(n − 2), so the bound on them
/// is ε · n/(n − 2) (``errorBound``); with `normalized: false` they are on the raw scale of
/// `networkx.betweenness_centrality(G, normalized=False)` and the bound scales likewise.
public struct ApproximateBetweenness: Sendable {
  /// One estimate per node, on networkx's `betweenness_centrality` scale (normalized unless
  /// asked otherwise).
  public var scores: [Double]
  /// The number of shortest paths sampled.
  public var samples: Int
  /// The upper bound on the vertex diameter used to size the sample.
  public var vertexDiameterBound: Int
  /// The bound that holds for every node at once with probability at least 1 − δ:
  /// |estimate − exact| ≤ `errorBound` (in the units of ``scores``).
  public var errorBound: Double
}

extension Graph {
  /// Checks ε and δ of a sampled betweenness: both in (0, 1).
  /// - Throws: ``CentralityError/invalidParameter(_:)``.
  static func checkSampling(epsilon: Double, delta: Double) throws {
    guard epsilon > 0 && epsilon < 1 else {
      throw CentralityError.invalidParameter("epsilon must lie in (0, 1), not \(epsilon)")
    }
    guard delta > 0 && delta < 1 else {
      throw CentralityError.invalidParameter("delta must lie in (0, 1), not \(delta)")
    }
  }

  /// What both samplers start from: the node count, the scale of their scores
  /// (``pairShareScale(normalized:)``), the vertex-diameter bound VD and the sample size
  /// ω = (0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(`confidence`/δ)) (`confidence` is 1 for
  /// Riondato–Kornaropoulos, 2 for KADABRA).
  struct SamplingPlan {
    var nodes: Int
    var toScores: Double
    var vertexDiameter: Int
    var omega: Double
    var epsilon: Double

    /// A graph of at most two nodes, or whose shortest paths have no inner node: every
    /// estimate is 0 without sampling.
    var isTrivial: Bool { nodes <= 2 || vertexDiameter <= 2 }

    /// The result of `samples` samples whose inner nodes were credited `counts` times.
    func result(_ counts: [Double], samples: Int) -> ApproximateBetweenness {
      let scale = samples > 0 ? toScores / Double(samples) : 0
      return ApproximateBetweenness(
        scores: samples > 0 ? counts.map { $0 * scale } : [Double](repeating: 0, count: nodes), samples: samples,
        vertexDiameterBound: vertexDiameter, errorBound: epsilon * toScores)
    }
  }

  /// The ``SamplingPlan`` of ε and δ on this graph.
  /// - Throws: ``CentralityError/invalidParameter(_:)`` for ε or δ outside (0, 1).
  func samplingPlan(epsilon: Double, delta: Double, normalized: Bool, confidence: Double) throws -> SamplingPlan {
    try Graph.checkSampling(epsilon: epsilon, delta: delta)
    let vd = vertexDiameterBound()
    var omega = 0.0
    if vd > 2 {
      let logTerm = Double(Int(Foundation.log2(Double(vd - 2)).rounded(.down)) + 1) + Foundation.log(confidence / delta)
      omega = 0.5 / (epsilon * epsilon) * logTerm
    }
    return SamplingPlan(
      nodes: nodeCount, toScores: pairShareScale(normalized: normalized), vertexDiameter: vd, omega: omega,
      epsilon: epsilon)
  }

  /// From the share of ordered pairs whose shortest paths pass a node, b(v), to networkx's
  /// scales: normalized is b(v) · n/(n − 2) (the ordered-pair sum over (n − 1)(n − 2)); raw is
  /// b(v) · n(n − 1), halved on an undirected graph.
  func pairShareScale(normalized: Bool) -> Double {
    let n = nodeCount
    return normalized ? Double(n) / Double(max(n - 2, 1)) : Double(n) * Double(max(n - 1, 0)) * (isDirected ? 1 : 0.5)
  }
}

extension Graph {
  /// Approximate (unweighted, shortest-path) betweenness of every node.
  ///
  /// Samples r = ⌈(0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ ordered pairs (s, t), s ≠ t, where VD
  /// bounds the number of nodes on a shortest path (twice a BFS eccentricity plus one in
  /// each component of an undirected graph; the largest weak component's size for a directed
  /// one). For each pair it draws one shortest s–t path uniformly (a breadth-first search
  /// from s that stops at t's level, then a walk back choosing predecessors in proportion
  /// to their path counts) and credits the path's inner nodes with 1/r.
  ///
  /// **Guarantee** (Riondato & Kornaropoulos 2016, Theorem 1): with probability at least
  /// 1 − δ, for every node v at once, |b̃(v) − b(v)| ≤ ε; scores and bound are on the scales
  /// ``ApproximateBetweenness`` states.
  ///
  /// Deterministic for a given generator state, whatever the number of threads: pairs and
  /// per-sample seeds are drawn up front, and counts are integers.
  ///
  /// - Parameters:
  ///   - epsilon: the additive error, in (0, 1).
  ///   - delta: the failure probability, in (0, 1).
  ///   - normalized: networkx's normalized scale (default) or the raw one.
  ///   - rng: the random source (the command line passes `SplitMix64(seed:)`).
  ///   - threads: worker threads.
  ///   - progress: called with (samples done, samples).
  /// - Returns: the estimates, the sample size and the error bound.
  /// - Throws: ``CentralityError/invalidParameter(_:)`` for ε or δ outside (0, 1).
  /// - Complexity: O(r · (n + m)) time in the worst case (usually far less: each search stops
  ///   at t's level), O(n) memory per thread plus O(r).
  public func approximateBetweenness(
    epsilon: Double, delta: Double, normalized: Bool = true,
    using rng: inout some RandomNumberGenerator, threads: Int = Parallelism.available,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> ApproximateBetweenness {
    let plan = try samplingPlan(epsilon: epsilon, delta: delta, normalized: normalized, confidence: 1)
    if plan.isTrivial { return plan.result([], samples: 0) }
    let n = nodeCount
    let r = Int(plan.omega.rounded(.up))
    // Draw every pair and per-sample seed up front, in order.
    var pairs = [Int32](repeating: 0, count: 2 * r)
    var seeds = [UInt64](repeating: 0, count: r)
    for i in 0..<r {
      let s = Int.random(in: 0..<n, using: &rng)
      var t = Int.random(in: 0..<(n - 1), using: &rng)
      if t >= s { t += 1 }
      pairs[2 * i] = Int32(s)
      pairs[2 * i + 1] = Int32(t)
      seeds[i] = rng.next()
    }
    let reversed = transposed()
    let pairList = pairs, seedList = seeds
    let counts = withCSRView(weighted: false) { forward in
      reversed.withCSRView(weighted: false) { backward in
        SourceBlocks.sum(
          sourceCount: r, width: n, threads: threads, progress: progress,
          makeScratch: { BidirectionalPathSampler(nodeCount: n) },
          body: { i, sampler, out in
            var sampleRNG = SplitMix64(seed: seedList[i])
            sampler.path.removeAll(keepingCapacity: true)
            sampler.sample(
              forward, backward, from: Int(pairList[2 * i]), to: Int(pairList[2 * i + 1]), oneSided: true,
              using: &sampleRNG)
            for v in sampler.path { out[Int(v)] += 1 }
          })
      }
    }
    return plan.result(counts, samples: r)
  }

  /// An upper bound on the number of nodes on any shortest path (the vertex diameter).
  func vertexDiameterBound() -> Int {
    let (count, membership) = weakComponents()
    if isDirected {
      var sizes = [Int](repeating: 0, count: count)
      for m in membership { sizes[Int(m)] += 1 }
      return sizes.max() ?? 0
    }
    // In each component, a BFS from any node has eccentricity e; every shortest path has at
    // most 2e edges, so at most 2e + 1 nodes.
    var seen = [Bool](repeating: false, count: count)
    var distances = [Int32](repeating: -1, count: nodeCount)
    var queue = [Int32](repeating: 0, count: nodeCount)
    var bound = 0
    for v in nodes where !seen[Int(membership[v])] {
      seen[Int(membership[v])] = true
      let reached = breadthFirst(from: v, distances: &distances, queue: &queue)
      let e = Int(distances[Int(queue[reached - 1])])
      bound = max(bound, min(2 * e + 1, reached))
      for i in 0..<reached { distances[Int(queue[i])] = -1 }
    }
    return bound
  }
}
