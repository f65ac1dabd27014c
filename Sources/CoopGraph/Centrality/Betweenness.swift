/// Shortest-path betweenness of nodes and edges (Brandes 2001).
///
/// Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical
/// Sociology 25(2), 163–177. doi:10.1080/0022250X.2001.9990249. Variants (endpoints, edges):
/// Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
/// computation. Social Networks 30(2), 136–145. doi:10.1016/j.socnet.2007.11.001.
extension Graph {
  /// Betweenness centrality: for each node v, the sum over pairs (s, t) of the share of
  /// shortest s–t paths that pass through v.
  ///
  /// Equals `networkx.betweenness_centrality(G, normalized=normalized, weight=None,
  /// endpoints=endpoints)`; with `weighted`, equals it with `weight="distance"` where every edge
  /// has `distance = 1 / strength` (stronger cooperation = shorter path):
  /// `for u, v, d in G.edges(data=True): d["distance"] = 1 / d["weight"]`.
  ///
  /// Normalization (networkx 3.x): with `normalized`, scores are divided by (n−1)(n−2)
  /// (n(n−1) with `endpoints`), so they lie in [0, 1]; without it, an undirected graph's
  /// scores are halved, since each unordered pair is counted once.
  ///
  /// Sources are processed in parallel on `threads` threads; the result does not depend on
  /// the number of threads (see `SourceBlocks`).
  ///
  /// - Parameters:
  ///   - normalized: scale to [0, 1] as networkx does.
  ///   - weighted: use distance = 1/strength (Dijkstra); otherwise hop counts (BFS).
  ///   - endpoints: count a path's endpoints as passed through.
  ///   - threads: worker threads (default: all cores).
  ///   - progress: called with (sources done, nodes) as the computation advances.
  /// - Returns: one score per node.
  /// Unweighted, each breadth-first search records its shortest-path DAG, and the dependency
  /// accumulation walks the DAG backwards: it reads only DAG arcs (at most half the arcs of an
  /// undirected graph) and compares no distances. No allocation happens per source.
  ///
  /// - Complexity: O(n·m) time unweighted, O(n·m + n² log n) weighted; O(n + m) memory per
  ///   thread plus O(16 n) when `threads > 1`.
  public func betweennessCentrality(
    normalized: Bool = true, weighted: Bool = false, endpoints: Bool = false,
    threads: Int = Parallelism.available, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> [Double] {
    let n = nodeCount
    var scores = brandesSums(
      NodeDependencies.self, width: n, weighted: weighted && isWeighted, endpoints: endpoints, threads: threads,
      progress: progress)
    let scale = Graph.betweennessScale(n: n, normalized: normalized, directed: isDirected, endpoints: endpoints)
    if scale != 1 { for i in scores.indices { scores[i] *= scale } }
    return scores
  }

  /// Betweenness over the paths between two sets of nodes only: for each node v, the sum over
  /// s in `sources` and t in `targets` (s ≠ t, v ∉ {s, t}) of the share of shortest s–t paths
  /// that pass through v.
  ///
  /// Equals `networkx.betweenness_centrality_subset(G, sources, targets, normalized=False,
  /// weight=None)`; with `weighted`, `weight="distance"` where `distance = 1 / strength`. As
  /// networkx does, an undirected graph's sums are halved, so a pair {s, t} with both ends in
  /// both sets counts once. No normalization: divide by the number of pairs that fits the
  /// question (``OrganizationStanding`` divides by the pairs of other candidates).
  ///
  /// - Parameters:
  ///   - sources: nodes the paths start from (duplicates count once).
  ///   - targets: nodes the paths end at.
  ///   - weighted: use distance = 1/strength (Dijkstra); otherwise hop counts (BFS).
  ///   - threads: worker threads.
  /// - Complexity: O(|sources| · m) unweighted, O(|sources| · (m + n log n)) weighted.
  public func betweennessCentrality(
    sources: some Sequence<Int>, targets: some Sequence<Int>, weighted: Bool = false,
    threads: Int = Parallelism.available
  ) -> [Double] {
    let n = nodeCount
    var isSource = [Bool](repeating: false, count: n)
    for s in sources { isSource[s] = true }
    var weights = [Double](repeating: 0, count: n)
    for t in targets { weights[t] = 1 }
    var scores = brandesSums(
      NodeDependencies.self, width: n, weighted: weighted && isWeighted, endpoints: false, threads: threads,
      sources: nodes.filter { isSource[$0] }, targets: weights, progress: nil)
    if !isDirected { for i in scores.indices { scores[i] *= 0.5 } }
    return scores
  }

  /// Edge betweenness: for each edge, the sum over pairs (s, t) of the share of shortest
  /// s–t paths that use it.
  ///
  /// Equals `networkx.edge_betweenness_centrality(G, normalized=normalized, weight=None)`
  /// (with `weighted`: `weight="distance"`, `distance = 1 / strength`). With `normalized`
  /// scores are divided by n(n−1); without it an undirected graph's are halved.
  ///
  /// - Parameters: as ``betweennessCentrality(normalized:weighted:endpoints:threads:progress:)``.
  /// - Returns: one score per edge, in the order of ``edges``.
  /// - Complexity: as node betweenness, plus O(arcs) memory per block.
  public func edgeBetweennessCentrality(
    normalized: Bool = true, weighted: Bool = false, threads: Int = Parallelism.available,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> [Double] {
    let n = nodeCount
    let perArc = brandesSums(
      ArcDependencies.self, width: arcCount, weighted: weighted && isWeighted, endpoints: false, threads: threads,
      progress: progress)
    var scale = 1.0
    if normalized {
      if n > 1 { scale = 1 / (Double(n) * Double(n - 1)) }
    } else if !isDirected {
      scale = 0.5
    }
    // An undirected edge {u, v} collects its two arcs u → v and v → u.
    var out: [Double] = []
    out.reserveCapacity(edgeCount)
    for u in nodes {
      for a in arcs(of: u) {
        let v = Int(targets[a])
        if isDirected {
          out.append(perArc[a] * scale)
        } else if u <= v {
          let back = u == v ? 0 : (arcIndex(from: v, to: u).map { perArc[$0] } ?? 0)
          out.append((perArc[a] + back) * scale)
        }
      }
    }
    return out
  }

  /// networkx 3.x's `_rescale` for node betweenness without sampling.
  static func betweennessScale(n: Int, normalized: Bool, directed: Bool, endpoints: Bool) -> Double {
    let pairsEnd = endpoints ? n : n - 1
    if pairsEnd < 2 { return 1 }
    if normalized { return 1 / (Double(pairsEnd) * Double(pairsEnd - 1)) }
    return directed ? 1 : 0.5
  }
}
