/// A projection without some of its entities, derived from the projected graph.
extension ProjectedNetwork {
  /// The projection of `network` with the entities `ids` left out: the same graph as
  /// `network.project(rules)` where `rules` is this projection with `ids` added to
  /// ``Projection/excludedEntities`` (a removed entity's ties lose it as a party).
  ///
  /// Where that graph is this one with nodes deleted, it is derived from the compressed rows
  /// (``Graph/subgraph(nodes:)``) instead of projecting the record again: the removed entities'
  /// nodes and arcs go and, in a bipartite projection, so does every tie node left with fewer
  /// than two parties (the projection makes no tie node for such a tie). The record is
  /// projected again where deleting nodes would give another graph:
  /// - Newman weights: each edge of a k-party tie weighs 1/(k−1), and k changes;
  /// - part-of collapsed: a removed parent's parts become nodes of their own;
  /// - a removed entity that is no node of this projection (a person bridged over, a folded
  ///   part, a kind left out);
  /// - a directed tie of three or more parties whose first party is removed: its arcs go from
  ///   the first party, so the next party becomes their source.
  ///
  /// - Parameters:
  ///   - ids: entity ids of `network` (the network this projection was made of).
  ///   - network: the record.
  /// - Throws: what ``Network/project(_:)`` throws when the record is projected again.
  /// - Complexity: O(nodes + arcs) when derived; a projection's cost otherwise.
  public func removing(_ ids: [String], in network: Network) throws -> ProjectedNetwork {
    var rules = projection
    rules.excludedEntities.formUnion(ids)
    let gone = Set(ids)
    var node: [String: Int] = [:]
    for v in graph.nodes {
      if let e = entityIndices[v] { node[network.entities[e].id] = v }
    }
    guard nodeDeletionEquals(reprojectionWithout: gone, nodes: node, in: network) else {
      return try network.project(rules)
    }
    var kept = [Bool](repeating: true, count: graph.nodeCount)
    for id in gone {
      if let v = node[id] { kept[v] = false }
    }
    if projection.multiParty == .bipartite {
      for v in graph.nodes {
        guard let t = tieIndices[v] else { continue }
        var parties = Set<Int>()
        for p in network.ties[t].parties {
          if let u = node[p], kept[u] { parties.insert(u) }
        }
        if parties.count < 2 { kept[v] = false }
      }
    }
    let nodes = graph.nodes.filter { kept[$0] }
    var derived = graph.subgraph(nodes: nodes)
    // As the projection does: a graph whose strengths are all 1 is unweighted.
    if let w = derived.weights, w.allSatisfy({ $0 == 1 }) { derived = derived.unweighted() }
    return ProjectedNetwork(
      graph: derived, projection: rules, entityIndices: nodes.map { entityIndices[$0] },
      tieIndices: nodes.map { tieIndices[$0] })
  }

  /// Whether deleting the nodes of `gone` gives the graph that projecting without them would.
  private func nodeDeletionEquals(reprojectionWithout gone: Set<String>, nodes: [String: Int], in network: Network)
    -> Bool
  {
    if projection.cliqueWeighting == .newman || projection.partOf == .collapse { return false }
    guard gone.allSatisfy({ nodes[$0] != nil }) else { return false }
    guard projection.directed else { return true }
    for tie in network.ties where tie.parties.count >= 3 && network.isDirected(tie) {
      if let first = tie.parties.first, gone.contains(first) { return false }
    }
    return true
  }
}
