/// Katz centrality by iteration.
///
/// Katz, L. (1953). A new status index derived from sociometric analysis. Psychometrika 18(1),
/// 39–43, doi:10.1007/BF02289026.
extension Graph {
  /// Katz centrality: x = α Aᵀ x + β, the number of walks that end at a node, a walk of
  /// length k counting α^k, plus the bias β. Converges when α < 1/λ_max (the largest
  /// eigenvalue of the adjacency matrix).
  ///
  /// Equals `networkx.katz_centrality(G, alpha=alpha, beta=beta, max_iter=maxIterations,
  /// tol=tolerance, normalized=normalized, weight=None)` (`weight="weight"` when `weighted`).
  /// On a directed graph it scores incoming walks. Iteration starts at 0 and stops when
  /// Σ|x − x_last| < n · tolerance; with `normalized` the result has Euclidean norm 1.
  ///
  /// - Parameters:
  ///   - alpha: attenuation factor (default 0.1).
  ///   - beta: bias given to every node (default 1).
  ///   - normalized: scale to norm 1.
  ///   - weighted: multiply walks by tie strengths.
  ///   - tolerance, maxIterations: convergence test and iteration limit.
  /// - Returns: one score per node.
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)``
  ///   (typically α ≥ 1/λ_max).
  /// - Complexity: O(maxIterations · (n + m)) time, O(n) memory.
  public func katzCentrality(
    alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true, weighted: Bool = false,
    tolerance: Double = 1e-6, maxIterations: Int = 1000
  ) throws -> [Double] {
    let n = nodeCount
    if n == 0 { return [] }
    let w = weighted ? weights : nil
    var x = try PowerIteration.run(
      measure: "katz", start: [Double](repeating: 0, count: n), threshold: Double(n) * tolerance,
      maxIterations: maxIterations
    ) { x, next in
      for i in 0..<n { next[i] = 0 }
      pushAlongArcs(x, arcValues: w, into: &next)
      var residual = 0.0
      for i in 0..<n {
        next[i] = alpha * next[i] + beta
        residual += abs(next[i] - x[i])
      }
      return residual
    }
    if normalized {
      var s = 0.0
      for v in x { s += v * v }
      let norm = s.squareRoot()
      if norm > 0 { for i in 0..<n { x[i] /= norm } }
    }
    return x
  }
}
