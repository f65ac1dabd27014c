/// The quality of a division into communities.
extension Graph {
  /// The modularity of `partition` with resolution γ: how many more edges (or how much more
  /// strength) fall inside communities than expected at random given the degrees.
  ///
  /// Undirected (Newman & Girvan 2004, doi:10.1103/PhysRevE.69.026113; resolution per
  /// Reichardt & Bornholdt 2006, doi:10.1103/PhysRevE.74.016110):
  /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with m the total strength of the edges, L_c the
  /// strength of the edges inside c and d_c the total degree (strength) of c's nodes; a
  /// self-loop counts once in m and L_c and twice in d_c.
  ///
  /// Directed (Leicht & Newman 2008, doi:10.1103/PhysRevLett.100.118703):
  /// Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ], with d⁺_c and d⁻_c the total out- and
  /// in-strength of c.
  ///
  /// Strengths are used when the graph is weighted. Equals networkx
  /// `community.modularity(G, communities, weight="weight", resolution=γ)`.
  ///
  /// - Parameters:
  ///   - partition: a community for every node of the graph.
  ///   - resolution: γ ≥ 0; larger values favour smaller communities.
  /// - Returns: Q, or NaN for a graph without edges (where modularity is undefined).
  /// - Throws: ``CommunityError`` when the partition does not cover the graph's nodes or
  ///   γ is not a finite number ≥ 0.
  /// - Complexity: O(nodes + arcs) time, O(communities) extra memory.
  public func modularity(of partition: Partition, resolution: Double = 1) throws -> Double {
    guard partition.nodeCount == nodeCount else {
      throw CommunityError.sizeMismatch(partition: partition.nodeCount, graph: nodeCount)
    }
    guard resolution.isFinite && resolution >= 0 else {
      throw CommunityError.invalidResolution(resolution)
    }
    let k = partition.count
    let membership = partition.membership
    var inside = [Double](repeating: 0, count: k)
    var outStrength = [Double](repeating: 0, count: k)
    var inStrength = [Double](repeating: 0, count: k)
    var total = 0.0
    for u in nodes {
      let cu = Int(membership[u])
      for a in arcs(of: u) {
        let v = Int(targets[a])
        let w = weight(at: a)
        let cv = Int(membership[v])
        if isDirected {
          total += w
          outStrength[cu] += w
          inStrength[cv] += w
          if cu == cv { inside[cu] += w }
        } else if u == v {
          total += w
          outStrength[cu] += 2 * w
          inside[cu] += w
        } else {
          total += w / 2
          outStrength[cu] += w
          if cu == cv { inside[cu] += w / 2 }
        }
      }
    }
    guard total > 0 else { return .nan }
    var q = 0.0
    if isDirected {
      for c in 0..<k {
        q += inside[c] / total - resolution * outStrength[c] * inStrength[c] / (total * total)
      }
    } else {
      for c in 0..<k {
        let d = outStrength[c] / (2 * total)
        q += inside[c] / total - resolution * d * d
      }
    }
    return q
  }

  /// The constant Potts model quality of `partition` (Traag, Van Dooren & Nesterov 2011,
  /// doi:10.1103/PhysRevE.84.016114): H = Σ_c [ L_c − γ n_c (n_c − 1) / 2 ], with L_c the
  /// strength of the edges inside c (a directed graph's arcs count as its undirected view's
  /// edges) and n_c its number of nodes. Equals leidenalg `CPMVertexPartition.quality()`
  /// (undirected). Unlike modularity it is not normalized: compare values on one graph only.
  ///
  /// - Throws: ``CommunityError`` as ``modularity(of:resolution:)``.
  /// - Complexity: O(nodes + arcs) time, O(communities) extra memory.
  public func constantPottsQuality(of partition: Partition, resolution: Double) throws -> Double {
    guard partition.nodeCount == nodeCount else {
      throw CommunityError.sizeMismatch(partition: partition.nodeCount, graph: nodeCount)
    }
    guard resolution.isFinite && resolution >= 0 else {
      throw CommunityError.invalidResolution(resolution)
    }
    let membership = partition.membership
    var inside = 0.0
    for u in nodes {
      for a in arcs(of: u) {
        let v = Int(targets[a])
        guard membership[u] == membership[v] else { continue }
        inside += isDirected || u == v ? weight(at: a) : weight(at: a) / 2
      }
    }
    var penalty = 0.0
    for s in partition.sizes { penalty += Double(s) * Double(s - 1) / 2 }
    return inside - resolution * penalty
  }
}
