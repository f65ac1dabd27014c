/// The neighbourhood of one partner.
extension Graph {
  /// The nodes within `radius` hops of `center` (following out-arcs when directed), ascending,
  /// `center` included.
  ///
  /// - Parameters:
  ///   - center: a node of the graph.
  ///   - radius: the largest hop distance kept (≥ 0).
  /// - Complexity: O(nodes + arcs within the ball) time, O(nodes) extra memory.
  public func egoNodes(of center: Int, radius: Int) -> [Int] {
    precondition(center >= 0 && center < nodeCount, "node \(center) is out of range")
    precondition(radius >= 0, "radius must be ≥ 0")
    var distance = [Int32](repeating: -1, count: nodeCount)
    var queue = [Int32](repeating: 0, count: nodeCount)
    let reached = breadthFirst(
      from: center, distances: &distance, queue: &queue, radius: Int32(clamping: radius))
    return queue[0..<reached].map(Int.init).sorted()
  }

  /// The ego network of `center`: the subgraph induced by the nodes within `radius` hops
  /// (following out-arcs when directed), with ids and strengths kept. Equals networkx
  /// `ego_graph(G, center, radius)` (unweighted distances, `undirected=False`), with nodes in
  /// ascending order of this graph; `result.ids` names them.
  ///
  /// - Parameters:
  ///   - center: a node of the graph.
  ///   - radius: the largest hop distance kept (≥ 0); 1 gives the partner and its direct partners.
  /// - Complexity: O(nodes + arcs within the ball) time.
  public func egoNetwork(of center: Int, radius: Int = 1) -> Graph {
    subgraph(nodes: egoNodes(of: center, radius: radius))
  }
}
