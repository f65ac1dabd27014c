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

/// Strongly connected components.
extension Graph {
  /// The strongly connected components: for each node, the number of its component, where two
  /// nodes share a component when each reaches the other along arcs. Components are numbered
  /// 0, 1, … in order of their smallest node. For an undirected graph these are the connected
  /// components. As sets they equal networkx `strongly_connected_components`.
  ///
  /// Tarjan's algorithm (Tarjan 1972, "Depth-first search and linear graph algorithms",
  /// SIAM J. Comput. 1(2), doi:10.1137/0201010), run with an explicit stack so that deep
  /// graphs cannot overflow the call stack.
  ///
  /// - Complexity: O(nodes + arcs) time, O(nodes) extra memory.
  public func strongComponents() -> (count: Int, membership: [Int32]) {
    guard isDirected else { return weakComponents() }
    let n = nodeCount
    var index = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [Int32] = []
    var raw = [Int32](repeating: -1, count: n)
    // The depth-first path: a node and the position of its next arc to explore.
    var path: [(v: Int32, next: UInt32)] = []
    var counter: Int32 = 0
    var found: Int32 = 0
    for s in 0..<n where index[s] < 0 {
      index[s] = counter; low[s] = counter; counter += 1
      stack.append(Int32(s)); onStack[s] = true
      path.append((Int32(s), offsets[s]))
      while let top = path.last {
        let v = Int(top.v)
        if top.next < offsets[v + 1] {
          path[path.count - 1].next += 1
          let w = Int(targets[Int(top.next)])
          if index[w] < 0 {
            index[w] = counter; low[w] = counter; counter += 1
            stack.append(Int32(w)); onStack[w] = true
            path.append((Int32(w), offsets[w]))
          } else if onStack[w] && index[w] < low[v] {
            low[v] = index[w]
          }
        } else {
          path.removeLast()
          if let parent = path.last, low[v] < low[Int(parent.v)] { low[Int(parent.v)] = low[v] }
          if low[v] == index[v] {
            while let w = stack.popLast() {
              onStack[Int(w)] = false
              raw[Int(w)] = found
              if Int(w) == v { break }
            }
            found += 1
          }
        }
      }
    }
    // Renumber in order of each component's smallest node.
    var label = [Int32](repeating: -1, count: Int(found))
    var next: Int32 = 0
    for v in 0..<n {
      let r = Int(raw[v])
      if label[r] < 0 { label[r] = next; next += 1 }
      raw[v] = label[r]
    }
    return (Int(found), raw)
  }

  /// The members of each component of a membership vector (as returned by
  /// ``weakComponents()`` or ``strongComponents()``), each list ascending.
  ///
  /// - Complexity: O(nodes).
  public static func groups(count: Int, membership: [Int32]) -> [[Int]] {
    var out = [[Int]](repeating: [], count: count)
    for (v, c) in membership.enumerated() { out[Int(c)].append(v) }
    return out
  }
}
