/// Eigenvector centrality by power iteration.
///
/// Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
/// identification. Journal of Mathematical Sociology 2(1), 113–120,
/// doi:10.1080/0022250X.1972.9989806.
extension Graph {
  /// Eigenvector centrality: x(v) proportional to the sum of x(u) over the ties u → v (all
  /// ties when undirected), found by power iteration on A + I from a uniform start, scaled to
  /// Euclidean norm 1.
  ///
  /// Equals `networkx.eigenvector_centrality(G, max_iter=maxIterations, tol=tolerance,
  /// weight=None)` (`weight="weight"` when `weighted`: tie strengths multiply). On a
  /// directed graph it scores incoming ties (left eigenvector), as networkx. Iteration stops
  /// when Σ|x − x_last| < n · tolerance.
  ///
  /// - Parameters:
  ///   - weighted: multiply by tie strengths.
  ///   - tolerance: convergence threshold per node.
  ///   - maxIterations: the most power iterations to run.
  /// - Returns: one score per node (norm 1).
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)`` with
  ///   the last residual; ``CentralityError/emptyGraph(measure:)`` for a graph without nodes.
  /// - Complexity: O(maxIterations · (n + m)) time, O(n) memory.
  public func eigenvectorCentrality(
    weighted: Bool = false, tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { throw CentralityError.emptyGraph(measure: "eigenvector") }
    let w = weighted ? weights : nil
    return try PowerIteration.run(
      measure: "eigenvector", start: [Double](repeating: 1 / Double(n), count: n),
      threshold: Double(n) * tolerance, maxIterations: maxIterations
    ) { last, x in
      // x starts as x_last (the "+ I"), then adds x_last(u) · w along each arc u → t.
      for i in 0..<n { x[i] = last[i] }
      pushAlongArcs(last, arcValues: w, into: &x)
      var sumSquares = 0.0
      for v in x { sumSquares += v * v }
      var norm = sumSquares.squareRoot()
      if norm == 0 { norm = 1 }
      var residual = 0.0
      for v in 0..<n {
        x[v] /= norm
        residual += abs(x[v] - last[v])
      }
      return residual
    }
  }
}
