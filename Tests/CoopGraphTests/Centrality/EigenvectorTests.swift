import Foundation
import Testing

@testable import CoopGraph

/// Eigenvector centrality where networkx's power iteration gives up, against igraph
/// (Tests/Fixtures/scale/eigenvector.json, written by scripts/fixtures/scale.py), and the
/// Lanczos kernel behind it.
@Suite struct EigenvectorTests {
  /// Each graph with `networkx_converges` (whether networkx's power iteration converges) and
  /// `igraph` (igraph's `eigenvector_centrality(scale=False)`).
  static func cases() throws -> [TestData.FixtureGraph] {
    try TestData.fixtureGraphs("scale/eigenvector.json")
  }

  @Test func matchesIgraphOnEveryFixtureGraph() throws {
    let cases = try Self.cases()
    // Trees, grids, ladders and complete bipartite graphs on which networkx fails.
    let converging: [Bool] = try cases.map { try $0.value("networkx_converges") }
    #expect(
      zip(cases, converging).filter { !$1 }.map(\.0.name) == [
        "path40", "random-tree200", "ladder30", "grid20", "bipartite20-30",
      ])
    for (c, networkxConverges) in zip(cases, converging) {
      let igraph: [Double] = try c.value("igraph")
      // Our power iteration is networkx's: it fails exactly where networkx's does.
      let power = try? c.graph.powerEigenvector(arcValues: nil, tolerance: 1e-6, maxIterations: 100)
      #expect((power != nil) == networkxConverges, "\(c.name): power iteration")
      let x = try c.graph.eigenvectorCentrality()
      let worst = zip(x, igraph).map { abs($0 - $1) }.max() ?? 0
      // networkx's own answer is within its tolerance of the eigenvector; Lanczos is exact to
      // 1e-10 in the residual.
      let tolerance = networkxConverges ? 1e-4 : 1e-7
      #expect(worst < tolerance, "\(c.name): largest difference from igraph \(worst)")
      #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
    }
  }

  /// Where networkx converges, the answer is still networkx's (the power iteration's), not
  /// Lanczos's: the values are those of the fixed number of steps networkx takes.
  @Test func networkxAnswerWhereItConverges() throws {
    let karate = try #require(try Self.cases().first { $0.name == "karate" })
    let x = try karate.graph.eigenvectorCentrality()
    let power = try karate.graph.powerEigenvector(arcValues: nil, tolerance: 1e-6, maxIterations: 100)
    #expect(x == power)
  }

  /// A directed graph that does not converge still throws (no symmetric solver applies).
  @Test func directedNonConvergenceThrows() throws {
    // A directed cycle with one chord: the uniform start is no eigenvector, and the other
    // eigenvalues of A + I lie close to the top one.
    var b = GraphBuilder(directed: true, nodeCount: 200)
    for v in 0..<199 { b.addEdge(v, v + 1) }
    b.addEdge(199, 0)
    b.addEdge(0, 100)
    let cycle = try b.build()
    #expect(throws: CentralityError.self) { try cycle.eigenvectorCentrality(maxIterations: 50) }
  }

  @Test func lanczosFindsThePathSpectrum() throws {
    for n in [5, 40, 300] {
      var b = GraphBuilder(directed: false, nodeCount: n)
      for v in 0..<(n - 1) { b.addEdge(v, v + 1) }
      let path = try b.build()
      let x = try #require(path.lanczosEigenvector(arcValues: nil))
      // The path's top eigenpair: 2 cos(π/(n+1)), x_k ∝ sin(kπ/(n+1)).
      var exact = (1...n).map { sin(Double($0) * Double.pi / Double(n + 1)) }
      let norm = exact.reduce(0) { $0 + $1 * $1 }.squareRoot()
      exact = exact.map { $0 / norm }
      let worst = zip(x, exact).map { abs($0 - $1) }.max() ?? 0
      #expect(worst < 1e-8, "path \(n): \(worst)")
    }
  }

  @Test func tridiagonalEigenvaluesAreExact() {
    // The k × k matrix with 2 on the diagonal and −1 beside it: 2 − 2 cos(jπ/(k+1)).
    let k = 12
    let (values, vectors) = Lanczos.symmetricTridiagonalEigen(
      diagonal: [Double](repeating: 2, count: k), offDiagonal: [Double](repeating: -1, count: k - 1))
    let expected = (1...k).map { 2 - 2 * cos(Double($0) * Double.pi / Double(k + 1)) }.sorted()
    for (a, b) in zip(values.sorted(), expected) { #expect(abs(a - b) < 1e-12) }
    // Columns are orthonormal eigenvectors.
    for j in 0..<k {
      var norm = 0.0
      for i in 0..<k { norm += vectors[i][j] * vectors[i][j] }
      #expect(abs(norm - 1) < 1e-12)
      // (T v)_i − λ v_i.
      for i in 0..<k {
        var tv = 2 * vectors[i][j]
        if i > 0 { tv -= vectors[i - 1][j] }
        if i < k - 1 { tv -= vectors[i + 1][j] }
        #expect(abs(tv - values[j] * vectors[i][j]) < 1e-12)
      }
    }
  }
}
