/// k-core decomposition.
extension Graph {
  /// The core number (coreness) of every node: the largest k such that the node belongs to a
  /// subgraph in which every node has degree ≥ k. Partners with a high core number sit in the
  /// dense, mutually tied centre of an alliance; core number 1 marks its periphery.
  ///
  /// Batagelj & Zaversnik 2003, "An O(m) algorithm for cores decomposition of networks",
  /// arXiv:cs/0310049 (Adv. Data Anal. Classif. 5, 2011, doi:10.1007/s11634-010-0079-y).
  ///
  /// Conventions (as networkx `core_number`): strengths are ignored; for a directed graph the
  /// degree is in-degree + out-degree (a pair of opposite arcs counts twice); self-loops are
  /// ignored (networkx refuses graphs with self-loops); parallel edges of a multigraph count
  /// with their multiplicity.
  ///
  /// - Returns: `core[v]` for every node.
  /// - Complexity: O(nodes + arcs) time, O(nodes) extra memory (plus the transpose of a
  ///   directed graph).
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    let reverse: Graph? = isDirected ? transposed() : nil
    var degree = [Int](repeating: 0, count: n)
    for v in 0..<n {
      var d = 0
      for a in arcs(of: v) where Int(targets[a]) != v { d += 1 }
      if let reverse {
        for a in reverse.arcs(of: v) where Int(reverse.targets[a]) != v { d += 1 }
      }
      degree[v] = d
    }
    let maxDegree = degree.max() ?? 0
    // Bucket sort the nodes by degree: vert is the order, pos the place of each node in it,
    // binStart the first place of each degree.
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    var vert = [Int32](repeating: 0, count: n)
    var pos = [Int](repeating: 0, count: n)
    var fill = binStart
    for v in 0..<n {
      pos[v] = fill[degree[v]]
      vert[pos[v]] = Int32(v)
      fill[degree[v]] += 1
    }
    func lower(_ u: Int, below d: Int) {
      // Move u to the front of its bin, then shrink the bin past it.
      let du = degree[u]
      guard du > d else { return }
      let pu = pos[u], pw = binStart[du], w = Int(vert[pw])
      if u != w {
        pos[u] = pw; vert[pu] = Int32(w)
        pos[w] = pu; vert[pw] = Int32(u)
      }
      binStart[du] += 1
      degree[u] = du - 1
    }
    for i in 0..<n {
      let v = Int(vert[i])
      let dv = degree[v]
      for a in arcs(of: v) {
        let u = Int(targets[a])
        if u != v { lower(u, below: dv) }
      }
      if let reverse {
        for a in reverse.arcs(of: v) {
          let u = Int(reverse.targets[a])
          if u != v { lower(u, below: dv) }
        }
      }
    }
    return degree
  }
}
