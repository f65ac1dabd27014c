/// Hubs and authorities (HITS) by power iteration.
///
/// Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. Journal of
/// the ACM 46(5), 604–632, doi:10.1145/324133.324140.
extension Graph {
  /// HITS hub and authority scores: a good authority is pointed to by good hubs, a good hub
  /// points to good authorities. Authorities are the principal right singular vector of the
  /// adjacency matrix A and hubs are A · authorities; an undirected graph has hubs equal to
  /// authorities.
  ///
  /// Computed by networkx's reference power iteration (`networkx.algorithms.link_analysis.
  /// hits_alg._hits_python`): from uniform hubs, a = Aᵀh, h = A a, each scaled to maximum 1,
  /// until Σ|h − h_last| < tolerance; then, with `normalized`, each vector is scaled to sum 1.
  /// Equals `networkx.hits(G, max_iter=…, tol=…, normalized=…)` (which reads the `weight`
  /// attribute, so `weighted` is networkx's default) whenever the top singular value is
  /// simple (networkx's ARPACK solver and the iteration then agree).
  ///
  /// - Parameters:
  ///   - normalized: scale each vector to sum 1 (otherwise to maximum 1).
  ///   - weighted: use tie strengths as matrix entries.
  ///   - tolerance, maxIterations: convergence test and iteration limit.
  /// - Returns: hubs and authorities, one score per node each.
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)``.
  /// - Complexity: O(maxIterations · (n + m)) time, O(n) memory.
  public func hits(
    normalized: Bool = true, weighted: Bool = true, tolerance: Double = 1e-8, maxIterations: Int = 100
  ) throws -> (hubs: [Double], authorities: [Double]) {
    let n = nodeCount
    if n == 0 { return ([], []) }
    let w = weighted ? weights : nil
    var a = [Double](repeating: 0, count: n)
    var h = try PowerIteration.run(
      measure: "hits", start: [Double](repeating: 1 / Double(n), count: n), threshold: tolerance,
      maxIterations: maxIterations
    ) { last, h in
      for i in 0..<n { a[i] = 0 }
      pushAlongArcs(last, arcValues: w, into: &a)
      pullAlongArcs(a, arcValues: w, into: &h)
      let hMax = h.max() ?? 0, aMax = a.max() ?? 0
      // A graph without ties has no hubs or authorities; networkx divides by zero here.
      guard hMax > 0 && aMax > 0 else {
        throw CentralityError.invalidParameter("hits is undefined on a graph without ties")
      }
      for i in 0..<n {
        h[i] /= hMax
        a[i] /= aMax
      }
      var residual = 0.0
      for i in 0..<n { residual += abs(h[i] - last[i]) }
      return residual
    }
    if normalized {
      let hs = h.reduce(0, +), asum = a.reduce(0, +)
      for i in 0..<n {
        h[i] /= hs
        a[i] /= asum
      }
    }
    return (h, a)
  }
}
