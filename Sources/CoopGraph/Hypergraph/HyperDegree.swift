/// Hyperdegree, hyperstrength and edge sizes: the counts that describe a hypergraph before any
/// projection.
///
/// Definitions as in XGI (Landry, Lucas, Iacopini, Petri, Schwarze, Patania & Torres 2023, "XGI:
/// A Python package for higher-order interaction networks", Journal of Open Source Software 8,
/// 5162, doi:10.21105/joss.05162).
extension Hypergraph {
  /// The hyperdegree of each node: the number of edges it belongs to. Identical edges count once
  /// each; a tie binding four parties adds 1 to each of them (not 3, as in the clique graph).
  ///
  /// Equals XGI `H.nodes.degree.asdict()`.
  ///
  /// - Complexity: O(nodes) time and memory.
  public func hyperdegree() -> [Int] {
    (0..<nodeCount).map { Int(incidenceOffsets[$0 + 1] &- incidenceOffsets[$0]) }
  }

  /// The hyperdegree counting only the edges of one kind (agreements, events, …).
  ///
  /// Equals XGI `H.nodes.degree` of the sub-hypergraph with all nodes and the edges of that
  /// kind: `xgi.subhypergraph(H, nodes=H.nodes, edges=[e for e in H.edges if kind[e] == k])`.
  ///
  /// - Complexity: O(incidences) time, O(nodes) memory.
  public func hyperdegree(kind: TieKind) -> [Int] {
    var out = [Int](repeating: 0, count: nodeCount)
    for e in 0..<edgeCount where edgeKinds[e] == kind {
      for v in members(of: e) { out[Int(v)] += 1 }
    }
    return out
  }

  /// The hyperdegree by kind, for every kind present, kinds ascending by name.
  ///
  /// - Complexity: O(kinds · incidences) time, O(kinds · nodes) memory.
  public func hyperdegreeByKind() -> [(kind: TieKind, degrees: [Int])] {
    Set(edgeKinds).sorted().map { ($0, hyperdegree(kind: $0)) }
  }

  /// The hyperstrength of each node: the sum of the weights (tie strengths) of its edges.
  ///
  /// Equals XGI `H.nodes.degree(weight="weight").asdict()` with each edge's `weight` attribute
  /// set to its tie strength.
  ///
  /// - Complexity: O(incidences) time, O(nodes) memory.
  public func hyperstrength() -> [Double] {
    (0..<nodeCount).map { v in edges(of: v).reduce(0.0) { $0 + edgeWeights[Int($1)] } }
  }

  /// The size of each edge: its number of distinct members (XGI `H.edges.size.asdict()`).
  ///
  /// - Complexity: O(edges).
  public func edgeSizes() -> [Int] { (0..<edgeCount).map(size(of:)) }

  /// The edge-size distribution: each size that occurs, ascending, with its number of edges.
  /// The sizes are XGI `xgi.unique_edge_sizes(H)` and the counts those of `H.edges.size`.
  ///
  /// - Complexity: O(edges + largest size) time and memory.
  public func edgeSizeDistribution() -> [(size: Int, count: Int)] {
    let sizes = edgeSizes()
    var counts = [Int](repeating: 0, count: (sizes.max() ?? 0) + 1)
    for s in sizes { counts[s] += 1 }
    return counts.indices.compactMap { counts[$0] > 0 ? ($0, counts[$0]) : nil }
  }
}
