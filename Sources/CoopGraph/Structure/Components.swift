/// Connected components.
extension Graph {
  /// The weakly connected components: for each node, the number of its component. Components
  /// are numbered 0, 1, … in order of their smallest node. Arc directions are ignored, so for
  /// an undirected graph these are its connected components
  /// (networkx `connected_components` / `weakly_connected_components`).
  ///
  /// - Complexity: O(nodes + arcs) time, O(nodes) extra memory (union–find with path halving).
  public func weakComponents() -> (count: Int, membership: [Int32]) {
    let n = nodeCount
    var parent = [Int32](unsafeUninitializedCapacity: n) { buf, count in
      for i in 0..<n { buf[i] = Int32(i) }
      count = n
    }
    func find(_ x: Int32) -> Int32 {
      var x = x
      while parent[Int(x)] != x {
        parent[Int(x)] = parent[Int(parent[Int(x)])]
        x = parent[Int(x)]
      }
      return x
    }
    for u in 0..<n {
      for a in arcs(of: u) {
        let ru = find(Int32(u)), rv = find(Int32(bitPattern: targets[a]))
        if ru != rv {
          // Union by smaller index keeps roots at component minima.
          if ru < rv { parent[Int(rv)] = ru } else { parent[Int(ru)] = rv }
        }
      }
    }
    var label = [Int32](repeating: -1, count: n)
    var membership = [Int32](repeating: 0, count: n)
    var count: Int32 = 0
    for v in 0..<n {
      let r = Int(find(Int32(v)))
      if label[r] < 0 {
        label[r] = count
        count += 1
      }
      membership[v] = label[r]
    }
    return (Int(count), membership)
  }

  /// The number of edges divided by the number of possible edges: m / (n(n−1)/2) undirected,
  /// m / (n(n−1)) directed; 0 for fewer than two nodes. Self-loops count as edges, as in
  /// networkx `density`.
  public var density: Double {
    let n = Double(nodeCount)
    guard nodeCount > 1 else { return 0 }
    let m = Double(edgeCount)
    return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
  }
}
