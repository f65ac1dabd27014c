/// Closeness and harmonic centrality.
///
/// Closeness: Bavelas, A. (1950). Communication patterns in task-oriented groups. J. Acoust.
/// Soc. Am. 22(6), 725–730, doi:10.1121/1.1906679; the scaling for disconnected graphs:
/// Wasserman, S. & Faust, K. (1994), Social Network Analysis, Cambridge University Press,
/// doi:10.1017/CBO9780511815478. Harmonic: Marchiori, M. & Latora, V. (2000). Harmony in the
/// small-world. Physica A 285(3–4), 539–546, doi:10.1016/S0378-4371(00)00311-3.
extension Graph {
  /// Closeness centrality: (r − 1) / Σ d(v, u) over the r − 1 nodes v that can reach u,
  /// times (r − 1)/(n − 1) when `wfImproved` (Wasserman–Faust), so that a node reaching few
  /// others in a disconnected graph does not score high. A node that no one reaches scores 0.
  ///
  /// On a directed graph distances are *incoming* (from v to u), as networkx. Equals
  /// `networkx.closeness_centrality(G, wf_improved=wfImproved)`; with `weighted`, equals it
  /// with `distance="distance"` where every edge has `distance = 1 / strength`.
  ///
  /// - Parameters:
  ///   - weighted: distances are sums of 1/strength (Dijkstra); otherwise hop counts (BFS).
  ///   - wfImproved: apply the Wasserman–Faust factor.
  ///   - threads: worker threads; the result does not depend on them.
  /// - Returns: one score per node.
  /// Unweighted searches run 64 sources at a time (multi-source BFS, one bit per source), so
  /// each arc is scanned once per level for 64 sources.
  ///
  /// - Complexity: O(n·m) unweighted (O(n/64 · L · m) word operations for L levels, plus
  ///   O(n²) bit counting), O(n·m log n) weighted; O(n) memory per thread.
  public func closenessCentrality(
    weighted: Bool = false, wfImproved: Bool = true, threads: Int = Parallelism.available
  ) -> [Double] {
    let n = nodeCount
    return incomingDistanceSums(weighted: weighted, threads: threads).map { r in
      guard r.total > 0 && n > 1 else { return 0 }
      var c = Double(r.reached - 1) / r.total
      if wfImproved { c *= Double(r.reached - 1) / Double(n - 1) }
      return c
    }
  }

  /// Harmonic centrality: Σ 1/d(v, u) over the nodes v ≠ u that can reach u (unreachable
  /// nodes add 0), not normalized.
  ///
  /// On a directed graph distances are incoming, as networkx 3.x. Equals
  /// `networkx.harmonic_centrality(G)`; with `weighted`, equals it with `distance="distance"`,
  /// `distance = 1 / strength`.
  ///
  /// - Complexity: as ``closenessCentrality(weighted:wfImproved:threads:)``.
  public func harmonicCentrality(weighted: Bool = false, threads: Int = Parallelism.available) -> [Double] {
    incomingDistanceSums(weighted: weighted, threads: threads).map(\.harmonic)
  }
}
