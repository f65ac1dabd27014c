/// The result of ``Graph/louvain(resolution:using:)``.
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
  /// modularity is that of the directed graph (Leicht–Newman). Nodes are visited in an order
  /// drawn from `rng` at every level, so a seed gives the same communities on every machine.
  /// Communities are numbered as in ``Partition``. Louvain communities can be internally
  /// disconnected; ``leiden(objective:resolution:iterations:randomness:initial:using:)`` fixes
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
  /// - Returns: the final partition, the partition after each level and its modularity. A
  ///   graph without edges gives singletons and NaN modularity.
  /// - Throws: ``CommunityError/invalidResolution(_:)``.
  /// - Complexity: O(arcs) per pass over the nodes, typically a few passes per level and
  ///   O(log nodes) levels; O(nodes + arcs) extra memory.
  public func louvain(
    resolution: Double = 1, using rng: inout some RandomNumberGenerator
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
        let moved = LocalMoving.louvainPass(g, nodeWeight: g.strength, lambda: lambda, labels: &labels, rng: &rng)
        if !moved { break }
        let k = denseLabels(&labels)
        for v in memberOf.indices { memberOf[v] = labels[Int(memberOf[v])] }
        levels.append(Partition(denseLabels: memberOf, count: k))
        if k == g.nodeCount { break }
        g = g.aggregate(labels: labels, count: k)
      }
    }
    let partition = levels.last ?? Partition.singletons(nodeCount)
    return LouvainResult(
      partition: partition, levels: levels.isEmpty ? [partition] : levels,
      modularity: try modularity(of: partition, resolution: resolution))
  }
}

/// The node-moving phases shared by Louvain and Leiden. The quality gain of putting node v
/// into community c (after taking v out of its own) is w(v, c) − λ a_v A_c, where w(v, c) is
/// the strength between v and c, a_v the node's weight and A_c the total weight of c:
/// modularity uses a = strength and λ = γ / 2m, the constant Potts model a = size and λ = γ.
enum LocalMoving {
  /// Louvain's phase: sweep all nodes (in a random order) until a sweep moves none.
  /// - Returns: whether any node moved.
  static func louvainPass(
    _ g: CommunityGraph, nodeWeight: [Double], lambda: Double, labels labelArray: inout [Int32],
    rng: inout some RandomNumberGenerator, maxSweeps: Int = 1000
  ) -> Bool {
    let n = g.nodeCount
    let scratch = Scratch(n)
    defer { scratch.release() }
    let total = scratch.total, toCommunity = scratch.toCommunity, seen = scratch.seen
    let order = shuffledNodes(n, &rng)
    return g.withRows { rows in
      nodeWeight.withUnsafeBufferPointer { a in
        labelArray.withUnsafeMutableBufferPointer { labels in
          for v in 0..<n { total[Int(labels[v])] += a[v] }
          var touched: [Int32] = []
          touched.reserveCapacity(64)
          var anyMove = false
          for _ in 0..<maxSweeps {
            var moves = 0
            for v32 in order {
              let v = Int(v32)
              let own = Int(labels[v])
              for e in rows.offsets[v]..<rows.offsets[v &+ 1] {
                let c = Int(labels[Int(rows.targets[e])])
                if !seen[c] { seen[c] = true; touched.append(Int32(c)) }
                toCommunity[c] += rows.weights[e]
              }
              let av = a[v]
              total[own] -= av
              var best = own
              var bestGain = toCommunity[own] - lambda * av * total[own]
              for c32 in touched {
                let c = Int(c32)
                let gain = toCommunity[c] - lambda * av * total[c]
                if gain > bestGain { bestGain = gain; best = c }
              }
              total[best] += av
              if best != own {
                labels[v] = Int32(best)
                moves &+= 1
              }
              for c in touched { toCommunity[Int(c)] = 0; seen[Int(c)] = false }
              touched.removeAll(keepingCapacity: true)
            }
            if moves == 0 { break }
            anyMove = true
          }
          return anyMove
        }
      }
    }
  }
}
