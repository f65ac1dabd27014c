import Foundation

/// Node and edge nonlinear eigenvector centrality.
///
/// Tudisco, F. & Higham, D. J. (2021). Node and edge nonlinear eigenvector centrality for
/// hypergraphs. Communications Physics 4, 201, doi:10.1038/s42005-021-00704-2.
///
/// A node is central when it belongs to central edges, and an edge is central when it holds
/// central nodes: x ∝ g(B f(y)) and y ∝ ψ(Bᵀ φ(x)), with B the node × edge incidence matrix
/// (1 where a node is a member; weights are not used, as in XGI).
public struct NodeEdgeCentrality: Hashable, Sendable {
  /// One value per node, indexed like ``Hypergraph/nodeIds``; they sum to 1.
  public var nodes: [Double]
  /// One value per edge, indexed like ``Hypergraph/edgeIds``; they sum to 1.
  public var edges: [Double]
  /// The iterations run.
  public var iterations: Int
  /// The last change ‖x − x_last‖₂ + ‖y − y_last‖₂.
  public var residual: Double
  /// Whether the change fell below the tolerance. When it did not, the values are those of the
  /// last iteration, as XGI returns them (with the warning "Iteration did not converge!").
  public var converged: Bool
}

extension Hypergraph {
  /// Node and edge nonlinear eigenvector centrality (Tudisco & Higham 2021).
  ///
  /// From x = 1/n and y = 1/m, each iteration computes
  /// `u = √(x ∘ g(B f(y)))` and `v = √(y ∘ ψ(Bᵀ φ(x)))` and scales both to 1-norm 1
  /// (`x = u/‖u‖₁`, `y = v/‖v‖₁`). It stops when ‖Δx‖₂ + ‖Δy‖₂ < `tolerance`, or after
  /// `maxIterations`. Equals `xgi.node_edge_centrality(H, f=f, g=g, phi=phi, psi=psi,
  /// max_iter=maxIterations, tol=tolerance)`; the defaults are XGI's: f(x) = x², g(x) = √x,
  /// φ(x) = x², ψ(x) = √x, 100 iterations, tolerance 1e-6. Values are positive and each half
  /// sums to 1 (XGI's 1-normalization). Identical edges get identical values.
  ///
  /// Convergence: when the iteration limit is reached first, XGI warns and returns the last
  /// iterate; so does this function, with ``NodeEdgeCentrality/converged`` `false` (the CLI
  /// prints the warning). On small hypergraphs 100 iterations often leave a change of ~1e-5.
  ///
  /// - Parameters:
  ///   - f, g, phi, psi: the nonlinear functions of the paper, applied element-wise; they must
  ///     map positive numbers to positive numbers.
  ///   - maxIterations: the most iterations to run (≥ 1).
  ///   - tolerance: the convergence threshold (> 0).
  /// - Returns: node values, edge values and the convergence record.
  /// - Throws: ``HypergraphError/disconnected(measure:components:)`` when the hypergraph is not
  ///   connected and ``HypergraphError/empty(measure:)`` when it has no node or no edge (where
  ///   XGI returns NaN for every value: the measure is undefined there);
  ///   ``CentralityError/invalidParameter(_:)`` for a bad limit or tolerance.
  /// - Complexity: O(maxIterations · (nodes + edges + incidences)) time, O(nodes + edges) memory.
  ///
  /// ```swift
  /// let h = try network.hypergraph()
  /// let c = try h.nodeEdgeCentrality()
  /// let topTie = c.edges.indices.max { c.edges[$0] < c.edges[$1] }
  /// ```
  public func nodeEdgeCentrality(
    f: (Double) -> Double = { $0 * $0 }, g: (Double) -> Double = { $0.squareRoot() },
    phi: (Double) -> Double = { $0 * $0 }, psi: (Double) -> Double = { $0.squareRoot() },
    maxIterations: Int = 100, tolerance: Double = 1e-6
  ) throws -> NodeEdgeCentrality {
    guard maxIterations >= 1 else {
      throw CentralityError.invalidParameter("max-iterations must be at least 1, not \(maxIterations)")
    }
    guard tolerance.isFinite && tolerance > 0 else {
      throw CentralityError.invalidParameter("tolerance must be a finite number greater than 0, not \(tolerance)")
    }
    try requireConnected("node-edge")
    let n = nodeCount, m = edgeCount
    var x = [Double](repeating: 1 / Double(n), count: n)
    var y = [Double](repeating: 1 / Double(m), count: m)
    var newX = x, newY = y
    var fy = y, phiX = x
    var residual = Double.infinity
    var iterations = 0
    while iterations < maxIterations {
      iterations += 1
      for e in 0..<m { fy[e] = f(y[e]) }
      for v in 0..<n { phiX[v] = phi(x[v]) }
      let sumU = Hypergraph.nonlinearStep(
        offsets: incidenceOffsets, targets: incidences, inner: fy, own: x, outer: g, into: &newX)
      let sumV = Hypergraph.nonlinearStep(
        offsets: memberOffsets, targets: members, inner: phiX, own: y, outer: psi, into: &newY)
      // XGI multiplies by sign(u[0]) "to enforce positivity"; u ≥ 0 here, so the sign is 1.
      let dx = Hypergraph.divide(&newX, by: sumU, distanceFrom: x)
      let dy = Hypergraph.divide(&newY, by: sumV, distanceFrom: y)
      residual = dx + dy
      swap(&x, &newX)
      swap(&y, &newY)
      if residual < tolerance { break }
    }
    return NodeEdgeCentrality(
      nodes: x, edges: y, iterations: iterations, residual: residual, converged: residual < tolerance)
  }

  /// One half of an iteration: out[i] = √(own[i] · outer(Σ_{j ∈ row i} inner[j])) over the
  /// rows of a CSR incidence map. Returns Σ |out[i]| (the 1-norm).
  static func nonlinearStep(
    offsets: [UInt32], targets: [UInt32], inner: [Double], own: [Double], outer: (Double) -> Double,
    into out: inout [Double]
  ) -> Double {
    var sum = 0.0
    for i in 0..<(offsets.count - 1) {
      var a = 0.0
      for k in Int(offsets[i])..<Int(offsets[i + 1]) { a += inner[Int(targets[k])] }
      let u = (own[i] * outer(a)).squareRoot()
      out[i] = u
      sum += abs(u)
    }
    return sum
  }

  /// Divides `values` by `divisor` and returns the Euclidean distance to `last`.
  static func divide(_ values: inout [Double], by divisor: Double, distanceFrom last: [Double]) -> Double {
    var d = 0.0
    for i in values.indices {
      values[i] /= divisor
      d += (values[i] - last[i]) * (values[i] - last[i])
    }
    return d.squareRoot()
  }
}
