/// s-line graphs and the s-walk measures of edges and nodes.
///
/// Aksoy, S. G., Joslyn, C., Ortiz Marrero, C., Praggastis, B. & Purvine, E. (2020).
/// Hypernetwork science via high-order hypergraph walks. EPJ Data Science 9, 16,
/// doi:10.1140/epjds/s13688-020-00231-0.
///
/// An s-walk is a sequence of edges in which each shares at least s nodes with the next: with
/// s = 2, two agreements are one step apart only when at least two partners signed both. The
/// s-line graph has the edges as its vertices and joins two edges that share ≥ s nodes; its
/// shortest paths are the shortest s-walks.
extension Hypergraph {
  /// The s-line graph: with `of: .edges` (the default) a vertex per edge, two edges adjacent
  /// when they share at least `s` nodes; with `of: .nodes` a vertex per node, two nodes adjacent
  /// when at least `s` edges hold both (identical edges count once each). Undirected,
  /// unweighted, without self-loops; vertex ids are the edge (node) ids.
  ///
  /// Equals HyperNetX `H.get_linegraph(s=s, edges=(of == .edges))`. A view derived on demand:
  /// nothing of it is kept in the hypergraph. For an s above the largest edge size the edge
  /// s-line graph has no edges.
  ///
  /// - Throws: ``HypergraphError/invalidS(_:)`` for s < 1; ``GraphError/tooLarge(_:)``.
  /// - Complexity: O(Σ_e Σ_{v ∈ e} deg v) time for edges (each incidence pair once; O(Σ_v Σ_{e ∋ v}
  ///   |e|) for nodes), O(vertices + result) memory: overlaps are counted in one dense array, not
  ///   a dictionary.
  public func sLineGraph(s: Int = 1, of element: HyperElement = .edges) throws -> Graph {
    guard s >= 1 else { throw HypergraphError.invalidS(s) }
    switch element {
    case .edges:
      return try Hypergraph.overlapGraph(
        rowOffsets: memberOffsets, rows: members, columnOffsets: incidenceOffsets, columns: incidences,
        ids: edgeIds, s: s)
    case .nodes:
      return try Hypergraph.overlapGraph(
        rowOffsets: incidenceOffsets, rows: incidences, columnOffsets: memberOffsets, columns: members,
        ids: nodeIds, s: s)
    }
  }

  /// The graph on the rows of a CSR incidence map that joins two rows sharing ≥ s columns
  /// (`columns` is the transposed map).
  static func overlapGraph(
    rowOffsets: [UInt32], rows: [UInt32], columnOffsets: [UInt32], columns: [UInt32], ids: [String], s: Int
  ) throws -> Graph {
    let count = rowOffsets.count - 1
    var b = GraphBuilder(directed: false, ids: ids)
    var shared = [Int32](repeating: 0, count: count)
    var touched: [Int32] = []
    for a in 0..<count {
      for r in Int(rowOffsets[a])..<Int(rowOffsets[a + 1]) {
        let c = Int(rows[r])
        for k in Int(columnOffsets[c])..<Int(columnOffsets[c + 1]) {
          let other = Int(columns[k])
          guard other > a else { continue }
          if shared[other] == 0 { touched.append(Int32(other)) }
          shared[other] += 1
        }
      }
      for other in touched {
        if Int(shared[Int(other)]) >= s { b.addEdge(a, Int(other)) }
        shared[Int(other)] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
    // Every pair is added once, in range and unweighted: only the size check can fail.
    return try b.build()
  }

  /// s-betweenness centrality: the betweenness of each edge (node) in the s-line graph, the
  /// share of shortest s-walks between other edges (nodes) that pass through it.
  ///
  /// Equals HyperNetX `hnx.algorithms.s_betweenness_centrality(H, s=s, edges=(of == .edges),
  /// normalized=normalized)`. HyperNetX runs `networkx.betweenness_centrality(g,
  /// normalized=False)` on each s-component's line graph (a one-vertex component scores 0) and,
  /// when `normalized` and N > 2, multiplies by 2/((N − 1)(N − 2)), where N is the number of
  /// edges of the whole hypergraph (of nodes, with `.nodes`), not of the component. Unnormalized
  /// scores count each unordered pair once. Since betweenness adds nothing across components,
  /// this is the same as one run on the whole s-line graph. With `.nodes`, N counts the nodes
  /// that belong to an edge (HyperNetX holds no other node); a node in no edge scores 0.
  ///
  /// - Parameters:
  ///   - s: the overlap an s-walk needs (≥ 1, default 1).
  ///   - element: score edges (default) or nodes.
  ///   - normalized: HyperNetX's scaling (default on).
  ///   - threads: worker threads; the result does not depend on them.
  /// - Returns: one score per edge (node).
  /// - Throws: ``HypergraphError/invalidS(_:)`` for s < 1.
  /// - Complexity: the s-line graph, then O(V·L) for its V vertices and L adjacencies.
  public func sBetweennessCentrality(
    s: Int = 1, of element: HyperElement = .edges, normalized: Bool = true, threads: Int = Parallelism.available
  ) throws -> [Double] {
    let line = try sLineGraph(s: s, of: element)
    var scores = line.betweennessCentrality(normalized: false, threads: threads)
    let total = element == .edges ? edgeCount : (0..<nodeCount).reduce(0) { $0 + (edges(of: $1).isEmpty ? 0 : 1) }
    if normalized && total > 2 {
      let scale = 2 / (Double(total - 1) * Double(total - 2))
      for i in scores.indices { scores[i] *= scale }
    }
    return scores
  }

  /// s-closeness centrality: for each edge (node) u of an s-component with r members,
  /// (r − 1) / Σ_v d_s(u, v), the inverse mean s-walk distance to the others of its component;
  /// 0 for an edge (node) alone in its component (an edge smaller than s, for instance).
  ///
  /// Equals HyperNetX `hnx.algorithms.s_closeness_centrality(H, s=s, edges=(of == .edges))`,
  /// which runs `networkx.closeness_centrality(g)` on each s-component's line graph separately,
  /// so no Wasserman–Faust factor applies across components: this is
  /// `networkx.closeness_centrality(L, wf_improved=False)` on the whole s-line graph L.
  ///
  /// - Parameters: as ``sBetweennessCentrality(s:of:normalized:threads:)``.
  /// - Returns: one score per edge (node), in [0, 1].
  /// - Throws: ``HypergraphError/invalidS(_:)`` for s < 1.
  /// - Complexity: the s-line graph, then O(V·L).
  public func sClosenessCentrality(
    s: Int = 1, of element: HyperElement = .edges, threads: Int = Parallelism.available
  ) throws -> [Double] {
    try sLineGraph(s: s, of: element).closenessCentrality(wfImproved: false, threads: threads)
  }
}
