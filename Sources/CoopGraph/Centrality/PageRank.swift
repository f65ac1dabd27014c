/// PageRank by power iteration.
///
/// Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine.
/// Computer Networks and ISDN Systems 30(1–7), 107–117, doi:10.1016/S0169-7552(98)00110-X.
extension Graph {
  /// PageRank: the stationary distribution of a walk that follows a random tie (chosen in
  /// proportion to its strength when `weighted`) with probability `damping` and otherwise
  /// restarts at a node drawn from `personalization`.
  ///
  /// Equals `networkx.pagerank(G, alpha=damping, personalization=…, dangling=…,
  /// max_iter=maxIterations, tol=tolerance, weight="weight" if weighted else None)`. An
  /// undirected tie is followed both ways. A node without outgoing ties (dangling) passes its
  /// rank to nodes drawn from `dangling` (default: the personalization), as networkx. Iteration
  /// starts uniform and stops when Σ|x − x_last| < n · tolerance.
  ///
  /// - Parameters:
  ///   - damping: the probability of following a tie (networkx `alpha`, default 0.85).
  ///   - personalization: restart weights, one per node, ≥ 0, not all 0 (normalized to sum 1);
  ///     `nil` for uniform.
  ///   - dangling: where dangling nodes' rank goes, one weight per node; `nil` for the
  ///     personalization.
  ///   - weighted: follow ties in proportion to their strengths (networkx's default).
  ///   - tolerance, maxIterations: convergence test and iteration limit.
  /// - Returns: one score per node, summing to 1.
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)``, or
  ///   ``CentralityError/invalidDistribution(name:reason:)`` for a bad vector.
  /// - Complexity: O(maxIterations · (n + m)) time, O(n) memory.
  public func pageRank(
    damping: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
    weighted: Bool = true, tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> [Double] {
    let n = nodeCount
    if n == 0 { return [] }
    if let personalization { try Graph.checkDistribution(personalization, name: "personalization", graph: self) }
    if let dangling { try Graph.checkDistribution(dangling, name: "dangling", graph: self) }
    let w = weighted ? weights : nil
    func normalize(_ v: [Double]) -> [Double] {
      let s = v.reduce(0, +)
      return v.map { $0 / s }
    }
    let p = personalization.map(normalize) ?? [Double](repeating: 1 / Double(n), count: n)
    let danglingWeights = dangling.map(normalize) ?? p
    // Row-stochastic transition: each arc's strength over its tail's out-strength.
    var transition = [Double](repeating: 0, count: arcCount)
    var danglingNodes: [Int] = []
    for u in nodes {
      var out = 0.0
      for a in arcs(of: u) { out += w?[a] ?? 1 }
      if out == 0 {
        danglingNodes.append(u)
        continue
      }
      let inv = 1 / out
      for a in arcs(of: u) { transition[a] = (w?[a] ?? 1) * inv }
    }
    return try PowerIteration.run(
      measure: "pagerank", start: [Double](repeating: 1 / Double(n), count: n),
      threshold: Double(n) * tolerance, maxIterations: maxIterations
    ) { x, next in
      for i in 0..<n { next[i] = 0 }
      pushAlongArcs(x, arcValues: transition, into: &next)
      var danglingSum = 0.0
      for u in danglingNodes { danglingSum += x[u] }
      var residual = 0.0
      for i in 0..<n {
        let v = damping * (next[i] + danglingSum * danglingWeights[i]) + (1 - damping) * p[i]
        residual += abs(v - x[i])
        next[i] = v
      }
      return residual
    }
  }
}
