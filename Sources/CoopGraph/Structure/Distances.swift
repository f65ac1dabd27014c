/// Hop-distance summaries of each connected component.
public struct ComponentDistances: Sendable, Equatable {
  /// The component's nodes, ascending.
  public var nodes: [Int]
  /// The largest eccentricity (0 for a single node).
  public var diameter: Int
  /// The smallest eccentricity (0 for a single node).
  public var radius: Int
  /// The mean hop distance over ordered pairs of distinct nodes (0 for a single node).
  public var averageShortestPathLength: Double
  /// The eccentricity of each node, in lock step with ``nodes``.
  public var eccentricity: [Int]
}

extension Graph {
  /// Diameter, radius, eccentricities and average shortest path length of every connected
  /// component, by a breadth-first search from every node.
  ///
  /// Conventions: distances are hop counts (strengths are ignored) on the undirected view of
  /// the graph (arc directions ignored), so every component is connected and every value is
  /// finite. Per component they equal networkx `diameter`, `radius`, `eccentricity` and
  /// `average_shortest_path_length` on `G.to_undirected().subgraph(component)`.
  ///
  /// - Returns: one entry per component, in order of the components' smallest nodes.
  /// - Complexity: O(nodes × (nodes + arcs)) time in the worst case (Σ over components of
  ///   size × arcs), O(nodes) extra memory. Use it on networks of up to some ten thousand
  ///   nodes.
  public func componentDistances() -> [ComponentDistances] {
    let g = undirected()
    let n = g.nodeCount
    let (count, membership) = g.weakComponents()
    let groups = Graph.groups(count: count, membership: membership)
    var eccentricity = [Int](repeating: 0, count: n)
    var distanceSums = [Int](repeating: 0, count: count)
    var distances = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    for s in 0..<n {
      let reached = g.breadthFirst(from: s, distances: &distances, queue: &queue)
      var sum = 0
      // The last node reached is the farthest.
      let far = Int(distances[Int(queue[reached - 1])])
      for i in 0..<reached {
        let v = Int(queue[i])
        sum += Int(distances[v])
        distances[v] = -1
      }
      eccentricity[s] = far
      distanceSums[Int(membership[s])] += sum
    }
    return groups.enumerated().map { c, nodes in
      let ecc = nodes.map { eccentricity[$0] }
      let size = nodes.count
      let pairs = Double(size) * Double(size - 1)
      return ComponentDistances(
        nodes: nodes, diameter: ecc.max() ?? 0, radius: ecc.min() ?? 0,
        averageShortestPathLength: size > 1 ? Double(distanceSums[c]) / pairs : 0,
        eccentricity: ecc)
    }
  }

  /// The largest hop distance between two nodes of the same component, over all components
  /// (undirected view). For a connected graph this is networkx `diameter(G)`.
  ///
  /// - Complexity: as ``componentDistances()``.
  public func diameter() -> Int { componentDistances().map(\.diameter).max() ?? 0 }
}
