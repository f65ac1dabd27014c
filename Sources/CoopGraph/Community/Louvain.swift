/// The result of ``Graph/louvain(resolution:using:threads:progress:)``.
public struct LouvainResult: Sendable {
  /// The communities of the last level.
  public var partition: Partition
  /// The partition of the original nodes after each level, finest first; the last equals
  /// ``partition``. Modularity does not decrease from one level to the next.
  public var levels: [Partition]
  /// The modularity of ``partition`` (of the graph as given: directed graphs per Leicht–Newman).
  public var modularity: Double
}

extension Graph {
  /// Communities by the Louvain method: move single nodes to the neighbouring community that
  /// raises modularity most until no move helps, merge each community into one node, repeat.
  ///
  /// Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in large
  /// networks", J. Stat. Mech. P10008, doi:10.1088/1742-5468/2008/10/P10008.
  ///
  /// Conventions: strengths are used when the graph is weighted; a directed graph is
  /// optimized on its undirected view (strengths of opposite arcs summed), and the reported
  /// modularity is that of the directed graph (Leicht–Newman). Within a level, nodes are
  /// first visited in an order drawn from `rng`; afterwards only nodes whose neighbourhood
  /// changed are revisited (a queue, as in Leiden's fast local moving; Ozaki, Tezuka & Inaba
  /// 2016, "A simple acceleration method for the Louvain algorithm", Int. J. Comput. Electr.
  /// Eng. 8(3), 2016). A level ends when no node can raise
  /// modularity by moving, as in the original. A seed gives the same communities on every
  /// machine.
  /// Communities are numbered as in ``Partition``. Louvain communities can be internally
  /// disconnected; ``leiden(objective:resolution:iterations:randomness:initial:using:threads:progress:)`` fixes
  /// that and usually finds higher modularity.
  ///
  /// ```swift
  /// var rng = SplitMix64(seed: 1)
  /// let result = try graph.louvain(using: &rng)
  /// print(result.partition.count, result.modularity)
  /// ```
  ///
  /// - Parameters:
  ///   - resolution: γ ≥ 0 (Reichardt–Bornholdt); larger values give smaller communities.
  ///   - rng: the random source for the node orders.
  ///   - threads: worker threads. With more than one, levels of at least 4,096 nodes move
  ///     their nodes in parallel batches (``ParallelLocalMoving``): the result then depends on
  ///     the seed alone, the same for 2 or 64 threads, but differs from the one-thread result.
  ///   - progress: called after each level with (levels done, communities).
  /// - Returns: the final partition, the partition after each level and its modularity. A
  ///   graph without edges gives singletons and NaN modularity.
  /// - Throws: ``CommunityError/invalidResolution(_:)``.
  /// - Complexity: O(arcs) for the first pass over the nodes and O(degree) per revisit,
  ///   typically O(log nodes) levels; O(nodes + arcs) extra memory.
  public func louvain(
    resolution: Double = 1, using rng: inout some RandomNumberGenerator, threads: Int = 1,
    progress: (@Sendable (_ levels: Int, _ communities: Int) -> Void)? = nil
  ) throws -> LouvainResult {
    guard resolution.isFinite && resolution >= 0 else {
      throw CommunityError.invalidResolution(resolution)
    }
    var g = CommunityGraph(self)
    let m = g.totalWeight
    var memberOf = (0..<nodeCount).map { Int32($0) }
    var levels: [Partition] = []
    if m > 0 {
      let lambda = resolution / (2 * m)
      while true {
        var labels = (0..<g.nodeCount).map { Int32($0) }
        let moved: Bool
        if threads > 1 && g.nodeCount >= ParallelLocalMoving.minimumNodes {
          moved = ParallelLocalMoving.move(
            g, nodeWeight: g.strength, lambda: lambda, labels: &labels, allowEmpty: false, threads: threads, rng: &rng)
        } else {
          moved = LeidenLevel.fastMove(
            g, nodeWeight: g.strength, lambda: lambda, labels: &labels, allowEmpty: false, rng: &rng)
        }
        if !moved { break }
        let k = denseLabels(&labels)
        for v in memberOf.indices { memberOf[v] = labels[Int(memberOf[v])] }
        levels.append(Partition(denseLabels: memberOf, count: k))
        progress?(levels.count, k)
        if k == g.nodeCount { break }
        g = g.aggregate(labels: labels, count: k, threads: threads)
      }
    }
    let partition = levels.last ?? Partition.singletons(nodeCount)
    return LouvainResult(
      partition: partition, levels: levels.isEmpty ? [partition] : levels,
      modularity: try modularity(of: partition, resolution: resolution))
  }
}
