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
  /// **Where networkx gives up.** On graphs with a small spectral gap (paths and other long
  /// trees, grids, ladders, large complete bipartite graphs) the power iteration needs far
  /// more than 100 steps and networkx raises `PowerIterationFailedConvergence`. For an
  /// undirected graph the same eigenvector (the top eigenvector of A, which is that of A + I)
  /// is then computed by restarted Lanczos iteration with full reorthogonalization from the
  /// same uniform start (``Lanczos``), to a residual ‖A x − λx‖ ≤ 10⁻¹⁰ · λ, made positive and
  /// scaled to norm 1: igraph's `Graph.eigenvector_centrality(scale=False)` (ARPACK) rescaled to
  /// norm 1, as the tests check. A directed graph that does not converge still throws.
  ///
  /// - Parameters:
  ///   - weighted: multiply by tie strengths.
  ///   - tolerance: convergence threshold per node.
  ///   - maxIterations: the most power iterations to run.
  /// - Returns: one score per node (norm 1).
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)`` with
  ///   the last residual (directed graphs, or when Lanczos fails too);
  ///   ``CentralityError/emptyGraph(measure:)`` for a graph without nodes.
  /// - Complexity: O(maxIterations · (n + m)) time, O(n) memory.
  public func eigenvectorCentrality(
    weighted: Bool = false, tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { throw CentralityError.emptyGraph(measure: "eigenvector") }
    let w = weighted ? weights : nil
    do {
      return try powerEigenvector(arcValues: w, tolerance: tolerance, maxIterations: maxIterations)
    } catch let error as CentralityError {
      guard !isDirected, case .didNotConverge = error else { throw error }
      guard let x = lanczosEigenvector(arcValues: w) else { throw error }
      return x
    }
  }

  /// The top eigenvector of the (symmetric) arc-value matrix by ``Lanczos``, positive, norm 1.
  func lanczosEigenvector(arcValues w: [Double]?) -> [Double]? {
    let n = nodeCount
    let steps = Swift.max(8, Swift.min(100, 20_000_000 / Swift.max(n, 1)))
    let start = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
    guard
      let pair = Lanczos.largest(
        n: n, start: start, steps: steps, tolerance: 1e-10, maxRestarts: 500,
        multiply: { x, y in
          for i in 0..<n { y[i] = 0 }
          self.pushAlongArcs(x, arcValues: w, into: &y)
        })
    else { return nil }
    var x = pair.vector
    var sum = 0.0
    for v in x { sum += v }
    if sum < 0 { for i in 0..<n { x[i] = -x[i] } }
    return x
  }

  /// networkx's power iteration on A + I.
  func powerEigenvector(arcValues w: [Double]?, tolerance: Double, maxIterations: Int) throws -> [Double] {
    let n = nodeCount
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
