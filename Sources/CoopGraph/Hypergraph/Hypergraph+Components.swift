/// Connected components of a hypergraph's nodes.
extension Hypergraph {
  /// The connected components of the nodes: two nodes are connected when a chain of edges, each
  /// sharing a node with the next, joins them. A node in no edge is a component of its own.
  /// Components are numbered in order of their smallest node. Equals the node sets of
  /// `xgi.connected_components(H)`.
  ///
  /// - Returns: the number of components and each node's component.
  /// - Complexity: O(nodes + incidences) time, O(nodes + edges) memory (one sweep over the
  ///   bipartite incidence graph).
  public func connectedComponents() -> (count: Int, membership: [Int32]) {
    let n = nodeCount
    var membership = [Int32](repeating: -1, count: n)
    var edgeSeen = [Bool](repeating: false, count: edgeCount)
    var stack: [Int32] = []
    var count: Int32 = 0
    for root in 0..<n where membership[root] < 0 {
      membership[root] = count
      stack.append(Int32(root))
      while let v = stack.popLast() {
        for e in edges(of: Int(v)) where !edgeSeen[Int(e)] {
          edgeSeen[Int(e)] = true
          for u in members(of: Int(e)) where membership[Int(u)] < 0 {
            membership[Int(u)] = count
            stack.append(Int32(u))
          }
        }
      }
      count += 1
    }
    return (Int(count), membership)
  }

  /// Whether every node is connected to every other (XGI `xgi.is_connected(H)`). A hypergraph
  /// without nodes counts as not connected, as XGI (which cannot run its search) gives no answer.
  /// - Complexity: as ``connectedComponents()``.
  public var isConnected: Bool { nodeCount > 0 && connectedComponents().count == 1 }

  /// Throws unless the hypergraph has a node and an edge and is connected: the condition under
  /// which XGI's spectral measures return values instead of NaN.
  func requireConnected(_ measure: String) throws {
    guard nodeCount > 0 && edgeCount > 0 else { throw HypergraphError.empty(measure: measure) }
    let c = connectedComponents().count
    guard c == 1 else { throw HypergraphError.disconnected(measure: measure, components: c) }
  }
}
