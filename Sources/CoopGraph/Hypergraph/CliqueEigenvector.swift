/// Clique-motif eigenvector centrality.
///
/// Benson, A. R. (2019). Three hypergraph eigenvector centralities. SIAM Journal on Mathematics
/// of Data Science 1(2), 293–312, doi:10.1137/18M1203031. The clique-motif matrix: Benson, A.
/// R., Gleich, D. F. & Leskovec, J. (2016). Higher-order organization of complex networks.
/// Science 353(6295), 163–166, doi:10.1126/science.aad9029.
extension Hypergraph {
  /// Eigenvector centrality of the clique expansion: the Perron vector of W, where W[i][j] (i ≠ j)
  /// is the number of edges that hold both i and j and W[i][i] = 0, scaled to 1-norm 1 and
  /// positive.
  ///
  /// Equals `xgi.clique_eigenvector_centrality(H, tol=tolerance)`: XGI builds W as
  /// `xgi.clique_motif_matrix(H)` (identical edges count once each; weights are not used), takes
  /// the eigenvector of largest magnitude with `scipy.sparse.linalg.eigsh(W, k=1, which="LM")`
  /// and divides it by its 1-norm times the sign of its first entry. The values sum to 1.
  ///
  /// W is never formed: the projection is a view, applied as W x = B(Bᵀx) − deg ∘ x with B the
  /// incidence matrix. The eigenvector is found by power iteration on W + I from a uniform
  /// start (the shift makes the Perron value the only one of largest magnitude). ARPACK's test
  /// is ‖Wx − θx‖₂ ≤ tol·θ (x of 2-norm 1, θ = xᵀWx); Lanczos usually ends far inside it, power
  /// iteration just inside, so the iteration runs until ‖Wx − θx‖₂ ≤ 10⁻³·tolerance·θ. Where the
  /// clique graph is bipartite, W has the eigenvalues ±λ and `eigsh` may return a mixture of
  /// the two eigenvectors; this function returns the Perron vector.
  ///
  /// - Parameters:
  ///   - tolerance: XGI's `tol` (default 1e-6), > 0.
  ///   - maxIterations: the most power iterations (default 10 000), ≥ 1.
  /// - Returns: one value per node; `[]` for a hypergraph without nodes (XGI returns `{}`);
  ///   `[1]` for a single node.
  /// - Throws: ``HypergraphError/disconnected(measure:components:)`` when the hypergraph is not
  ///   connected (XGI returns NaN for every node);
  ///   ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)``;
  ///   ``CentralityError/invalidParameter(_:)``.
  /// - Complexity: O(iterations · (nodes + incidences)) time, O(nodes + edges) memory.
  public func cliqueEigenvectorCentrality(tolerance: Double = 1e-6, maxIterations: Int = 10_000) throws -> [Double] {
    guard maxIterations >= 1 else {
      throw CentralityError.invalidParameter("max-iterations must be at least 1, not \(maxIterations)")
    }
    guard tolerance.isFinite && tolerance > 0 else {
      throw CentralityError.invalidParameter("tolerance must be a finite number greater than 0, not \(tolerance)")
    }
    let n = nodeCount
    if n == 0 { return [] }
    let c = connectedComponents().count
    guard c == 1 else { throw HypergraphError.disconnected(measure: "clique-eigenvector", components: c) }
    if n == 1 { return [1] }
    let degree = hyperdegree()
    var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
    var wx = [Double](repeating: 0, count: n)
    var edgeSums = [Double](repeating: 0, count: edgeCount)
    var residual = Double.infinity, threshold = 0.0
    for _ in 0..<maxIterations {
      // wx = W x = B (Bᵀ x) − deg ∘ x.
      for e in 0..<edgeCount {
        var s = 0.0
        for v in members(of: e) { s += x[Int(v)] }
        edgeSums[e] = s
      }
      var theta = 0.0
      for v in 0..<n {
        var s = 0.0
        for e in edges(of: v) { s += edgeSums[Int(e)] }
        wx[v] = s - Double(degree[v]) * x[v]
        theta += x[v] * wx[v]
      }
      var r2 = 0.0, norm2 = 0.0
      for v in 0..<n {
        let d = wx[v] - theta * x[v]
        r2 += d * d
        let next = wx[v] + x[v]
        norm2 += next * next
      }
      residual = r2.squareRoot()
      threshold = 1e-3 * tolerance * abs(theta)
      if residual <= threshold { break }
      let scale = 1 / norm2.squareRoot()
      for v in 0..<n { x[v] = (wx[v] + x[v]) * scale }
    }
    guard residual <= threshold else {
      throw CentralityError.didNotConverge(
        measure: "clique-eigenvector", iterations: maxIterations, residual: residual, tolerance: threshold)
    }
    var sum = 0.0
    for v in x { sum += abs(v) }
    let sign: Double = x[0] < 0 ? -1 : 1
    return x.map { sign * $0 / sum }
  }
}
