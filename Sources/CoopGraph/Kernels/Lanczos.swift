import Foundation

/// The largest eigenvalue of a symmetric matrix and its eigenvector, by restarted Lanczos
/// iteration with full reorthogonalization (Golub & Van Loan, Matrix Computations, 4th ed.,
/// §10.1 and §10.5; the restart takes the best Ritz vector as the next start, as in the
/// explicitly restarted scheme of Saad, Numerical Methods for Large Eigenvalue Problems, 2nd
/// ed., SIAM 2011, §6.3).
///
/// Where the power iteration x ← (A + I)x needs about ln(1/tol) / ln((λ₁ + 1)/(λ₂ + 1))
/// steps, which on paths, trees, grids and other graphs with a small spectral gap runs to
/// thousands, a Lanczos run of m steps converges at the rate of a Chebyshev polynomial of
/// degree m in the gap, roughly its square root.
enum Lanczos {
  /// The eigenpair found: the eigenvalue, the eigenvector (unit Euclidean norm) and the
  /// residual ‖A x − λ x‖.
  struct Eigenpair {
    var value: Double
    var vector: [Double]
    var residual: Double
    var restarts: Int
  }

  /// The largest eigenvalue of the symmetric n × n matrix that `multiply` applies
  /// (`multiply(x, &y)` sets y = A x), with the eigenvector in the span of the Krylov spaces of
  /// `start` (for a start vector with a component in the top eigenspace: the normalized
  /// projection of the start onto that eigenspace, the limit of the power iteration).
  ///
  /// - Parameters:
  ///   - steps: the Krylov dimension of one run (capped at n).
  ///   - tolerance: stop once ‖A x − λ x‖ ≤ tolerance · max(1, |λ|).
  ///   - maxRestarts: the most runs.
  /// - Returns: the eigenpair, or `nil` when no run reached the tolerance.
  /// - Complexity: O(restarts · steps · (cost of multiply + steps · n)) time, O(steps · n)
  ///   memory.
  static func largest(
    n: Int, start: [Double], steps: Int, tolerance: Double, maxRestarts: Int,
    multiply: ([Double], inout [Double]) -> Void
  ) -> Eigenpair? {
    guard n > 0 else { return nil }
    let m = Swift.max(1, Swift.min(steps, n))
    var q = start
    normalize(&q)
    var w = [Double](repeating: 0, count: n)
    var ax = [Double](repeating: 0, count: n)
    for restart in 0..<maxRestarts {
      var basis: [[Double]] = [q]
      var alpha: [Double] = []
      var beta: [Double] = []
      var invariant = false
      for j in 0..<m {
        multiply(basis[j], &w)
        let a = dot(w, basis[j])
        alpha.append(a)
        // Full reorthogonalization, twice ("twice is enough": Parlett, The Symmetric
        // Eigenvalue Problem, §6.9).
        for _ in 0..<2 {
          for i in 0...j {
            let c = dot(w, basis[i])
            let qi = basis[i]
            for k in 0..<n { w[k] -= c * qi[k] }
          }
        }
        let b = dot(w, w).squareRoot()
        if j == m - 1 { break }
        if b <= 1e-12 * Swift.max(1, abs(a)) {
          invariant = true
          break
        }
        beta.append(b)
        var next = w
        for k in 0..<n { next[k] /= b }
        basis.append(next)
      }
      let (values, vectors) = symmetricTridiagonalEigen(diagonal: alpha, offDiagonal: beta)
      var top = 0
      for i in values.indices where values[i] > values[top] { top = i }
      let theta = values[top]
      var x = [Double](repeating: 0, count: n)
      for i in 0..<basis.count {
        let s = vectors[i][top]
        let qi = basis[i]
        for k in 0..<n { x[k] += s * qi[k] }
      }
      normalize(&x)
      multiply(x, &ax)
      var r2 = 0.0
      for k in 0..<n {
        let d = ax[k] - theta * x[k]
        r2 += d * d
      }
      let residual = r2.squareRoot()
      if residual <= tolerance * Swift.max(1, abs(theta)) || (invariant && residual <= 1e-8 * Swift.max(1, abs(theta)))
      {
        return Eigenpair(value: theta, vector: x, residual: residual, restarts: restart)
      }
      q = x
    }
    return nil
  }

  @inline(__always) static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var s = 0.0
    for i in a.indices { s += a[i] * b[i] }
    return s
  }

  static func normalize(_ x: inout [Double]) {
    let norm = dot(x, x).squareRoot()
    guard norm > 0 else { return }
    for i in x.indices { x[i] /= norm }
  }

  /// Eigenvalues and eigenvectors of the symmetric tridiagonal matrix with `diagonal` d (k
  /// values) and `offDiagonal` e (k − 1 values: e[i] between rows i and i + 1), by the implicit
  /// QL method with Wilkinson shifts (EISPACK `tql2`, as in JAMA's `EigenvalueDecomposition`).
  /// - Returns: the eigenvalues and the matrix V whose column j is the eigenvector of value j
  ///   (`V[row][column]`).
  static func symmetricTridiagonalEigen(diagonal: [Double], offDiagonal: [Double]) -> ([Double], [[Double]]) {
    let n = diagonal.count
    var d = diagonal
    var e = [Double](repeating: 0, count: n)
    for i in 0..<Swift.max(0, n - 1) { e[i] = offDiagonal[i] }
    var v = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n { v[i][i] = 1 }
    var f = 0.0
    var tst1 = 0.0
    let eps = Double.ulpOfOne
    for l in 0..<n {
      tst1 = Swift.max(tst1, abs(d[l]) + abs(e[l]))
      var m = l
      while m < n - 1 {
        if abs(e[m]) <= eps * tst1 { break }
        m += 1
      }
      if m > l {
        var iterations = 0
        repeat {
          iterations += 1
          var g = d[l]
          var p = (d[l + 1] - g) / (2 * e[l])
          var r = (p * p + 1).squareRoot()
          if p < 0 { r = -r }
          d[l] = e[l] / (p + r)
          d[l + 1] = e[l] * (p + r)
          let dl1 = d[l + 1]
          var h = g - d[l]
          if l + 2 < n { for i in (l + 2)..<n { d[i] -= h } }
          f += h
          p = d[m]
          var c = 1.0, c2 = 1.0, c3 = 1.0
          let el1 = e[l + 1]
          var s = 0.0, s2 = 0.0
          var i = m - 1
          while i >= l {
            c3 = c2
            c2 = c
            s2 = s
            g = c * e[i]
            h = c * p
            r = (p * p + e[i] * e[i]).squareRoot()
            e[i + 1] = s * r
            s = e[i] / r
            c = p / r
            p = c * d[i] - s * g
            d[i + 1] = h + s * (c * g + s * d[i])
            for k in 0..<n {
              h = v[k][i + 1]
              v[k][i + 1] = s * v[k][i] + c * h
              v[k][i] = c * v[k][i] - s * h
            }
            i -= 1
          }
          p = -s * s2 * c3 * el1 * e[l] / dl1
          e[l] = s * p
          d[l] = c * p
        } while abs(e[l]) > eps * tst1 && iterations < 100
      }
      d[l] += f
      e[l] = 0
    }
    return (d, v)
  }
}
