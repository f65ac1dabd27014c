/// Global clustering: how often two partners of a partner are partners themselves.
extension Graph {
  /// The number of triangles (each counted once) of the simple undirected view: directions,
  /// strengths, self-loops and parallel edges are ignored.
  ///
  /// - Complexity: O(Σ deg(v)²) time in the worst case, O(nodes) extra memory.
  public func triangleCount() -> Int {
    let g = undirected()
    let n = g.nodeCount
    var mark = [Int32](repeating: -1, count: n)
    var count = 0
    g.offsets.withArrayView { off in
      g.targets.withArrayView { tgt in
        for u in 0..<n {
          for a in Int(off[u])..<Int(off[u + 1]) { mark[Int(tgt[a])] = Int32(u) }
          var previous = -1
          for a in Int(off[u])..<Int(off[u + 1]) {
            let v = Int(tgt[a])
            if v <= u || v == previous { continue }
            previous = v
            var last = -1
            for b in Int(off[v])..<Int(off[v + 1]) {
              let w = Int(tgt[b])
              if w <= v || w == last { continue }
              last = w
              if mark[w] == Int32(u) { count += 1 }
            }
          }
        }
      }
    }
    return count
  }

  /// The transitivity (global clustering coefficient): 3 × triangles / connected triads,
  /// where a triad is a path of two edges (Σ d(d − 1)/2 over nodes of degree d). 0 when there
  /// are no triads. Computed on the simple undirected view (directions, strengths, self-loops
  /// and parallel edges ignored). Equals networkx `transitivity(G)` (on `G.to_undirected()`
  /// for a directed graph). The local clustering coefficient is in `Centrality/Clustering`.
  ///
  /// Newman, Strogatz & Watts 2001, "Random graphs with arbitrary degree distributions and
  /// their applications", Phys. Rev. E 64, 026118, doi:10.1103/PhysRevE.64.026118.
  ///
  /// - Complexity: O(Σ deg(v)²) time in the worst case, O(nodes) extra memory.
  public func transitivity() -> Double {
    let g = undirected()
    var triads = 0
    for v in g.nodes {
      var d = 0, previous = -1
      for t in g.neighbors(of: v) where Int(t) != v && Int(t) != previous {
        d += 1
        previous = Int(t)
      }
      triads += d * (d - 1) / 2
    }
    guard triads > 0 else { return 0 }
    return 3 * Double(g.triangleCount()) / Double(triads)
  }
}
