/// The result of ``Graph/labelPropagation(maxSweeps:using:)``.
public struct LabelPropagationResult: Sendable {
  /// The communities.
  public var partition: Partition
  /// The number of sweeps over the nodes.
  public var sweeps: Int
  /// Whether every node ended with a label of greatest strength among its neighbours
  /// (`false` only when `maxSweeps` ran out).
  public var converged: Bool
}

extension Graph {
  /// Communities by asynchronous label propagation: every node starts with its own label; in
  /// each sweep (nodes in a random order) a node whose label is not among the labels of
  /// greatest total strength among its neighbours takes one of those, chosen at random; stop
  /// when a sweep changes nothing.
  ///
  /// Raghavan, Albert & Kumara 2007, "Near linear time algorithm to detect community
  /// structures in large-scale networks", Phys. Rev. E 76, 036106,
  /// doi:10.1103/PhysRevE.76.036106. The rule and stopping test are those of networkx
  /// `asyn_lpa_communities(G, weight="weight")` (random numbers differ, so communities may
  /// too). Conventions: a directed graph is used through its undirected view; self-loops are
  /// ignored; strengths are used when the graph is weighted; communities are numbered as in
  /// ``Partition``.
  ///
  /// - Parameters:
  ///   - maxSweeps: an upper bound on the sweeps, so the method always ends (default 1000).
  ///   - rng: the random source for orders and ties.
  /// - Returns: the partition and how it ended.
  /// - Complexity: O(arcs) per sweep, O(nodes) extra memory.
  public func labelPropagation(
    maxSweeps: Int = 1000, using rng: inout some RandomNumberGenerator
  ) -> LabelPropagationResult {
    let g = undirected()
    let n = g.nodeCount
    var labels = (0..<n).map { Int32($0) }
    var strength = [Double](repeating: 0, count: n)
    var seen = [Bool](repeating: false, count: n)
    var touched: [Int32] = []
    var best: [Int32] = []
    var sweeps = 0
    var converged = false
    while sweeps < maxSweeps {
      sweeps += 1
      var changed = false
      let order = shuffledNodes(n, &rng)
      for v32 in order {
        let v = Int(v32)
        for a in g.arcs(of: v) {
          let u = Int(g.targets[a])
          if u == v { continue }
          let l = Int(labels[u])
          if !seen[l] { seen[l] = true; touched.append(Int32(l)) }
          strength[l] += g.weight(at: a)
        }
        if !touched.isEmpty {
          var top = -Double.infinity
          for l in touched where strength[Int(l)] > top { top = strength[Int(l)] }
          best.removeAll(keepingCapacity: true)
          for l in touched where strength[Int(l)] == top { best.append(l) }
          if strength[Int(labels[v])] != top || !seen[Int(labels[v])] {
            labels[v] = best[uniformIndex(best.count, &rng)]
            changed = true
          }
          for l in touched { strength[Int(l)] = 0; seen[Int(l)] = false }
          touched.removeAll(keepingCapacity: true)
        }
      }
      if !changed {
        converged = true
        break
      }
    }
    return LabelPropagationResult(partition: Partition(labels: labels), sweeps: sweeps, converged: converged)
  }
}
