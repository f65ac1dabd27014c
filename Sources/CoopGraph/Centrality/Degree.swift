/// Degree centrality and strength.
extension Graph {
  /// Degree centrality: each node's degree divided by `n − 1`.
  ///
  /// On a directed graph the degree is in-degree + out-degree. A self-loop adds 2 to an
  /// undirected degree (1 to in- and 1 to out-degree). Equals
  /// `networkx.degree_centrality(G)` when `normalized`; the raw degree `G.degree()` otherwise.
  /// A graph of one node gives 1 (as networkx).
  ///
  /// - Parameter normalized: divide by `n − 1`.
  /// - Returns: one score per node.
  /// - Complexity: O(nodes + arcs) time, O(nodes) memory.
  public func degreeCentrality(normalized: Bool = true) -> [Double] {
    var d = [Double](repeating: 0, count: nodeCount)
    if isDirected {
      for v in nodes {
        d[v] += Double(outArcCount(of: v))
        for a in arcs(of: v) { d[Int(targets[a])] += 1 }
      }
    } else {
      for v in nodes { d[v] = Double(degree(of: v)) }
    }
    return normalized ? Graph.scaleByOthers(d) : d
  }

  /// In-degree centrality of a directed graph: in-degree / (n − 1). Equals
  /// `networkx.in_degree_centrality(G)`; the raw in-degree when not `normalized`.
  ///
  /// - Throws: ``CentralityError/requiresDirectedGraph(measure:)`` on an undirected graph.
  /// - Complexity: O(nodes + arcs).
  public func inDegreeCentrality(normalized: Bool = true) throws -> [Double] {
    guard isDirected else { throw CentralityError.requiresDirectedGraph(measure: "in-degree") }
    var d = [Double](repeating: 0, count: nodeCount)
    for t in targets { d[Int(t)] += 1 }
    return normalized ? Graph.scaleByOthers(d) : d
  }

  /// Out-degree centrality of a directed graph: out-degree / (n − 1). Equals
  /// `networkx.out_degree_centrality(G)`; the raw out-degree when not `normalized`.
  ///
  /// - Throws: ``CentralityError/requiresDirectedGraph(measure:)`` on an undirected graph.
  /// - Complexity: O(nodes).
  public func outDegreeCentrality(normalized: Bool = true) throws -> [Double] {
    guard isDirected else { throw CentralityError.requiresDirectedGraph(measure: "out-degree") }
    let d = nodes.map { Double(outArcCount(of: $0)) }
    return normalized ? Graph.scaleByOthers(d) : d
  }

  /// Strength (weighted degree): the sum of the strengths of a node's ties; in + out on a
  /// directed graph; an undirected self-loop counts twice. Equals
  /// `dict(G.degree(weight="weight"))`; the degree on an unweighted graph.
  ///
  /// - Complexity: O(nodes + arcs).
  public func strength() -> [Double] {
    var s = [Double](repeating: 0, count: nodeCount)
    for v in nodes {
      for a in arcs(of: v) {
        let t = Int(targets[a]), w = weight(at: a)
        s[v] += w
        if isDirected || t == v { s[t] += w }
      }
    }
    return s
  }

  /// Divides by n − 1 (networkx: a one-node graph scores 1).
  static func scaleByOthers(_ d: [Double]) -> [Double] {
    let n = d.count
    if n <= 1 { return d.map { _ in 1 } }
    let s = 1 / Double(n - 1)
    return d.map { $0 * s }
  }
}
