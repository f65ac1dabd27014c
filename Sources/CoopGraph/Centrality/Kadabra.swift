import Foundation

/// Betweenness estimated by KADABRA: shortest paths sampled with a balanced bidirectional
/// breadth-first search, and a sample size chosen adaptively.
///
/// Borassi, M. & Natale, E. (2019). KADABRA is an ADaptive Algorithm for Betweenness via Random
/// Approximation. ACM Journal of Experimental Algorithmics 24, 1.2:1–1.2:35,
/// doi:10.1145/3284359. The stopping rule follows NetworKit's `KadabraBetweenness` with k = 0
/// (the absolute-error variant).

extension Graph {
  /// Approximate (unweighted, shortest-path) betweenness of every node by KADABRA.
  ///
  /// Each sample draws an ordered pair s ≠ t uniformly and one shortest s–t path uniformly (a
  /// balanced bidirectional breadth-first search, which on graphs of small diameter touches far
  /// fewer arcs than a search from s alone), and credits the path's inner nodes. With ω =
  /// (0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ)), where VD bounds the number of nodes on a shortest
  /// path (as for ``approximateBetweenness(epsilon:delta:normalized:using:threads:progress:)``):
  ///
  /// 1. a first run of ⌈ω/100⌉ samples gives rough estimates b̃(v), from which failure
  ///    probabilities δ_L(v), δ_U(v) are set, with Σ_v δ_L(v) + δ_U(v) ≤ δ/2, the larger ones
  ///    going to the nodes whose estimates need more samples (a bisection on
  ///    Σ 2 exp(−c ε²/b̃(v)) = (1 − β)δ/2, β = 0.001, each then raised by βδ/(4n));
  /// 2. a second, independent run samples in batches and stops after τ samples as soon as, for
  ///    every node, the Bernstein-type bounds f(b̃, δ_L, ω, τ) and g(b̃, δ_U, ω, τ) of the paper
  ///    are both below ε, or at τ = ω.
  ///
  /// **Guarantee** (Borassi & Natale 2019, the adaptive-sampling theorem): with probability at least 1 − δ, for
  /// every node v at once, |b̃(v) − b(v)| ≤ ε, on the scales ``ApproximateBetweenness`` states
  /// (NetworKit's `KadabraBetweenness(G, ε, δ).scores()` reports 2b(v) on an undirected graph,
  /// Tests/Fixtures/scale/kadabra.json).
  ///
  /// Deterministic for a given generator state, whatever the number of threads: sample i draws
  /// from its own generator seeded from the first value of `rng`, the batches are fixed, and the
  /// counts are integers.
  ///
  /// The parameters, the result and the errors are those of the Riondato–Kornaropoulos
  /// sampler; `progress` is called with (samples done, ω) after each batch, and `samples` of
  /// the result counts the second run.
  ///
  /// - Complexity: O(ω · (n + m)) time in the worst case, usually far less (the search stops
  ///   where the two balls meet and the run stops adaptively); O(n) memory per thread.
  public func kadabraBetweenness(
    epsilon: Double, delta: Double, normalized: Bool = true,
    using rng: inout some RandomNumberGenerator, threads: Int = Parallelism.available,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> ApproximateBetweenness {
    let seed = rng.next()
    let plan = try samplingPlan(epsilon: epsilon, delta: delta, normalized: normalized, confidence: 2)
    if plan.isTrivial { return plan.result([], samples: 0) }
    let n = nodeCount
    let omega = plan.omega
    let omegaCount = Int(omega.rounded(.up))
    let workers = max(1, threads)
    let reversed = isDirected ? transposed() : self
    let samplers: [BidirectionalPathSampler] = (0..<workers).map { _ in BidirectionalPathSampler(nodeCount: n) }

    let result: (counts: [Int64], samples: Int) = withCSRView(weighted: false) { forward in
      reversed.withCSRView(weighted: false) { backward in
        let sampling = PathSampling(forward: forward, backward: backward, samplers: samplers, seed: seed)
        // First run: rough estimates that set each node's failure probabilities.
        let tau0 = max(1, omegaCount / 100)
        var first = [Int64](repeating: 0, count: n)
        sampling.run(stream: 1, range: 0..<tau0, into: &first)
        let bounds = KadabraBounds(
          firstCounts: first, firstSamples: tau0, epsilon: epsilon, delta: delta, omega: omega)
        // Second run, in fixed batches, until every bound holds or ω samples are drawn.
        var counts = [Int64](repeating: 0, count: n)
        let batch = max(16, omegaCount / 200)
        var tau = 0
        var check = KadabraCheck()
        while tau < omegaCount {
          let next = min(omegaCount, tau + batch)
          sampling.run(stream: 2, range: tau..<next, into: &counts)
          tau = next
          progress?(tau, omegaCount)
          if check.finished(counts: counts, samples: tau, bounds: bounds) { break }
        }
        return (counts, tau)
      }
    }
    return plan.result(result.counts.map { Double($0) }, samples: result.samples)
  }
}

/// The per-node failure probabilities of KADABRA's second run, as ln(1/δ_L(v)), ln(1/δ_U(v)).
struct KadabraBounds {
  let epsilon: Double
  let omega: Double
  let logInverseLower: [Double]
  let logInverseUpper: [Double]

  /// From the first run's counts (NetworKit `KadabraBetweenness::computeDeltaGuess` with every
  /// node's target error ε): bisect for the c at which Σ_v 2 exp(−c ε²/b̃(v)) falls below
  /// (1 − β)δ/2, then δ_L(v) = δ_U(v) = exp(−c ε²/b̃(v)) + βδ/(4n).
  init(firstCounts: [Int64], firstSamples: Int, epsilon: Double, delta: Double, omega: Double) {
    let n = firstCounts.count
    let beta = 0.001
    let e2 = epsilon * epsilon
    var estimates: [Double] = []
    estimates.reserveCapacity(n)
    for c in firstCounts where c > 0 { estimates.append(Double(c) / Double(firstSamples)) }
    var a = 0.0
    var b = 1 / e2 * Foundation.log(Double(n) * 4 * (1 - beta) / delta)
    while b - a > epsilon / 10 {
      let c = (a + b) / 2
      var sum = 0.0
      for x in estimates { sum += 2 * Foundation.exp(-c * e2 / x) }
      if sum >= delta / 2 * (1 - beta) { a = c } else { b = c }
    }
    let floor = delta * beta / 4 / Double(n)
    var lower = [Double](repeating: 0, count: n)
    for v in 0..<n {
      let x = Double(firstCounts[v]) / Double(firstSamples)
      let d = (x > 0 ? Foundation.exp(-b * e2 / x) : 0) + floor
      lower[v] = Foundation.log(1 / d)
    }
    self.epsilon = epsilon
    self.omega = omega
    self.logInverseLower = lower
    self.logInverseUpper = lower
  }

  /// The lower-side error bound f (NetworKit `computeF`): b̃ − f bounds b from below.
  @inline(__always) func f(_ bTilde: Double, samples tau: Double, logInverse l: Double) -> Double {
    let tmp = omega / tau - 1.0 / 3
    let err = l / tau * (-tmp + (tmp * tmp + 2 * bTilde * omega / l).squareRoot())
    return min(err, bTilde)
  }

  /// The upper-side error bound g (NetworKit `computeG`): b̃ + g bounds b from above.
  @inline(__always) func g(_ bTilde: Double, samples tau: Double, logInverse l: Double) -> Double {
    let tmp = omega / tau + 1.0 / 3
    let err = l / tau * (tmp + (tmp * tmp + 2 * bTilde * omega / l).squareRoot())
    return min(err, 1 - bTilde)
  }
}

/// The stopping test, resumed at the node that failed last time (most checks then fail at
/// once, so a check usually costs far less than a pass over the nodes).
struct KadabraCheck {
  private var start = 0

  mutating func finished(counts: [Int64], samples: Int, bounds: KadabraBounds) -> Bool {
    let n = counts.count
    let tau = Double(samples)
    let eps = bounds.epsilon
    for k in 0..<n {
      var v = start + k
      if v >= n { v -= n }
      let b = Double(counts[v]) / tau
      if bounds.f(b, samples: tau, logInverse: bounds.logInverseLower[v]) >= eps
        || bounds.g(b, samples: tau, logInverse: bounds.logInverseUpper[v]) >= eps
      {
        start = v
        return false
      }
    }
    return true
  }
}
