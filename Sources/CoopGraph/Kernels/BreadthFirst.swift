/// Unweighted shortest paths by breadth-first search.
extension Graph {
  /// Hop distances from `source` along arcs (out-arcs when directed): `-1` for unreachable nodes.
  ///
  /// - Complexity: O(nodes + arcs) time; the result is the only allocation besides the queue.
  public func hopDistances(from source: Int) -> [Int32] {
    var distances = [Int32](repeating: -1, count: nodeCount)
    var queue = [Int32](repeating: 0, count: nodeCount)
    _ = breadthFirst(from: source, distances: &distances, queue: &queue)
    return distances
  }

  /// Breadth-first search from `source` into caller-owned buffers (for running many searches
  /// without allocating). `distances` must hold `-1` for every node on entry; on return it holds
  /// hop distances for the reached nodes, and `queue[0..<count]` lists them in BFS order, so the
  /// caller can reset just those entries.
  ///
  /// With `radius`, the search stops at that hop distance: nodes farther away are not reached.
  ///
  /// - Returns: the number of nodes reached, `source` included.
  @inlinable
  public func breadthFirst(
    from source: Int, distances: inout [Int32], queue: inout [Int32], radius: Int32 = .max
  ) -> Int {
    precondition(distances.count >= nodeCount && queue.count >= nodeCount, "buffers too small")
    var head = 0, tail = 1
    queue[0] = Int32(source)
    distances[source] = 0
    offsets.withUnsafeBufferPointer { off in
      targets.withUnsafeBufferPointer { tgt in
        distances.withUnsafeMutableBufferPointer { dist in
          queue.withUnsafeMutableBufferPointer { q in
            while head < tail {
              let u = Int(q[head])
              head &+= 1
              if dist[u] >= radius { continue }
              let du = dist[u] &+ 1
              for a in Int(off[u])..<Int(off[u &+ 1]) {
                let v = Int(tgt[a])
                if dist[v] < 0 {
                  dist[v] = du
                  q[tail] = Int32(v)
                  tail &+= 1
                }
              }
            }
          }
        }
      }
    }
    return tail
  }
}
