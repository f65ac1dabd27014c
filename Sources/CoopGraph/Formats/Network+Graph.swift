extension Network {
  /// The entity kind given to nodes that come from a plain graph (an edge list), which has no kinds.
  public static let nodeKind = EntityKind("node")

  /// A network with one entity per node (kind `node`, declared as a user kind) and one
  /// `cooperation` tie per edge, whose strength is the edge's. Directed graphs give directed ties.
  public init(graph: Graph) {
    self.init(userEntityKinds: [Network.nodeKind])
    entities = graph.ids.map { Entity(id: $0, kind: Network.nodeKind) }
    ties.reserveCapacity(graph.edgeCount)
    for (u, v, w) in graph.edges where u != v {
      ties.append(
        Tie(kind: .cooperation, parties: [graph.ids[u], graph.ids[v]], directed: graph.isDirected ? true : nil, strength: w))
    }
  }
}
