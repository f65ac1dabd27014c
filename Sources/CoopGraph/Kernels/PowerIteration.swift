/// The sparse matrix–vector products and the iteration driver shared by PageRank, Katz,
/// eigenvector centrality and HITS.
///
/// The products visit nodes in order and each node's arcs in order, so a measure computed
/// through them gives the same bits as a plain loop over ``Graph/arcs(of:)``.

extension Graph {
  /// Adds `x[u] · value(a)` to `next[t]` for every arc `a = u → t` (`value` is 1 when
  /// `arcValues` is `nil`): `next += Aᵀ x` for the arc-value matrix A.
  ///
  /// - Complexity: O(nodes + arcs).
  func pushAlongArcs(_ x: [Double], arcValues: [Double]?, into next: inout [Double]) {
    withProductViews(x, arcValues, &next) { off, tgt, xv, w, out in
      for u in 0..<(off.count - 1) {
        let xu = xv[u]
        let arcs = Int(off[u])..<Int(off[u &+ 1])
        if let w {
          for a in arcs { out[Int(tgt[a])] += xu * w[a] }
        } else {
          for a in arcs { out[Int(tgt[a])] += xu }
        }
      }
    }
  }

  /// Sets `out[u]` to Σ `x[t] · value(a)` over the arcs `a = u → t` (`value` is 1 when
  /// `arcValues` is `nil`): `out = A x`.
  ///
  /// - Complexity: O(nodes + arcs).
  func pullAlongArcs(_ x: [Double], arcValues: [Double]?, into result: inout [Double]) {
    withProductViews(x, arcValues, &result) { off, tgt, xv, w, out in
      for u in 0..<(off.count - 1) {
        var sum = 0.0
        let arcs = Int(off[u])..<Int(off[u &+ 1])
        if let w {
          for a in arcs { sum += xv[Int(tgt[a])] * w[a] }
        } else {
          for a in arcs { sum += xv[Int(tgt[a])] }
        }
        out[u] = sum
      }
    }
  }

  /// Calls `body` with views of the rows, of `x`, of the arc values (if any) and of `result`.
  @inline(__always)
  private func withProductViews(
    _ x: [Double], _ arcValues: [Double]?, _ result: inout [Double],
    _ body: (ArrayView<UInt32>, ArrayView<UInt32>, ArrayView<Double>, ArrayView<Double>?, MutableArrayView<Double>) -> Void
  ) {
    offsets.withArrayView { off in
      targets.withArrayView { tgt in
        x.withArrayView { xv in
          result.withMutableArrayView { out in
            guard let arcValues else { return body(off, tgt, xv, nil, out) }
            arcValues.withArrayView { w in body(off, tgt, xv, w, out) }
          }
        }
      }
    }
  }
}

/// Runs an iteration x ← step(x) until the residual it reports falls below a threshold.
enum PowerIteration {
  /// Iterates from `start`. `step` reads the current vector and writes the next one into its
  /// second argument (whose old contents it may use or overwrite), returning the residual
  /// Σ|next − current| (or whatever convergence test the measure uses).
  ///
  /// - Parameters:
  ///   - measure: the measure's name, for the error.
  ///   - threshold: iteration stops once the residual is below it (networkx: n · tolerance
  ///     for PageRank, Katz and eigenvector centrality; tolerance for HITS).
  ///   - maxIterations: the most steps to run.
  /// - Returns: the first vector whose residual is below `threshold`.
  /// - Throws: ``CentralityError/didNotConverge(measure:iterations:residual:tolerance:)``
  ///   after `maxIterations` steps, or at once when the residual is not finite (the iteration
  ///   diverges).
  static func run(
    measure: String, start: [Double], threshold: Double, maxIterations: Int,
    step: (_ current: [Double], _ next: inout [Double]) throws -> Double
  ) throws -> [Double] {
    var x = start
    var next = [Double](repeating: 0, count: start.count)
    var residual = Double.infinity
    var iterations = 0
    while iterations < maxIterations {
      iterations += 1
      residual = try step(x, &next)
      swap(&x, &next)
      if !residual.isFinite { break }
      if residual < threshold { return x }
    }
    throw CentralityError.didNotConverge(
      measure: measure, iterations: iterations, residual: residual, tolerance: threshold)
  }
}
