/// Induced subgraphs.
extension Graph {
  /// The subgraph induced by `nodes`: those nodes and every arc between two of them, with
  /// strengths and ids kept. Node `i` of the result is the `i`-th smallest of `nodes`
  /// (duplicates are ignored), so `result.ids[i]` names it; use ``subgraphNodes(_:)`` for
  /// the mapping back to this graph. Equals networkx `G.subgraph(nodes)` up to node order.
  ///
  /// - Parameter nodes: nodes of this graph (each in `0..<nodeCount`; checked by precondition).
  /// - Returns: the induced subgraph, directed if this graph is.
  /// - Complexity: O(nodes + Σ out-degree of the chosen nodes) time, O(nodes) extra memory.
  public func subgraph(nodes: some Sequence<Int>) -> Graph {
    let n = nodeCount
    var newIndex = [Int32](repeating: -1, count: n)
    for v in nodes {
      precondition(v >= 0 && v < n, "node \(v) is out of range for a graph of \(n) nodes")
      newIndex[v] = 0
    }
    var kept: [Int] = []
    for v in 0..<n where newIndex[v] == 0 {
      newIndex[v] = Int32(kept.count)
      kept.append(v)
    }
    var newOffsets = [UInt32](repeating: 0, count: kept.count + 1)
    var newTargets: [UInt32] = []
    var newWeights: [Double] = []
    var loops = 0
    // The renumbering is increasing, so each copied row stays sorted.
    for (i, v) in kept.enumerated() {
      for a in arcs(of: v) {
        let t = newIndex[Int(targets[a])]
        if t < 0 { continue }
        newTargets.append(UInt32(t))
        if let w = weights { newWeights.append(w[a]) }
        if Int(t) == i { loops += 1 }
      }
      newOffsets[i + 1] = UInt32(truncatingIfNeeded: newTargets.count)
    }
    let edges = isDirected ? newTargets.count : (newTargets.count + loops) / 2
    return Graph(
      isDirected: isDirected, offsets: newOffsets, targets: newTargets, weights: weights == nil ? nil : newWeights,
      ids: kept.map { ids[$0] }, edgeCount: edges, selfLoopCount: loops)
  }

  /// The nodes of this graph that ``subgraph(nodes:)`` keeps, in the order they appear in the
  /// subgraph (ascending, without duplicates): `subgraphNodes(s)[i]` is subgraph node `i`.
  ///
  /// - Complexity: O(nodes).
  public func subgraphNodes(_ nodes: some Sequence<Int>) -> [Int] {
    var chosen = [Bool](repeating: false, count: nodeCount)
    for v in nodes { chosen[v] = true }
    return (0..<nodeCount).filter { chosen[$0] }
  }
}
