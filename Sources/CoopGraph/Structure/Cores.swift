/// k-core decomposition.
extension Graph {
  /// The core number (coreness) of every node: the largest k such that the node belongs to a
  /// subgraph in which every node has degree ≥ k. Partners with a high core number sit in the
  /// dense, mutually tied centre of an alliance; core number 1 marks its periphery.
  ///
  /// Batagelj & Zaversnik 2003, "An O(m) algorithm for cores decomposition of networks",
  /// arXiv:cs/0310049 (Adv. Data Anal. Classif. 5, 2011, doi:10.1007/s11634-010-0079-y).
  ///
  /// Conventions (as networkx `core_number`): strengths are ignored; for a directed graph the
  /// degree is in-degree + out-degree (a pair of opposite arcs counts twice); self-loops are
  /// ignored (networkx refuses graphs with self-loops); parallel edges of a multigraph count
  /// with their multiplicity.
  ///
  /// - Returns: `core[v]` for every node.
  /// - Complexity: O(nodes + arcs) time, O(nodes) extra memory (plus the transpose of a
  ///   directed graph).
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    guard n > 0 else { return [] }
    let reverse: Graph = isDirected ? transposed() : self
    let both = isDirected
    var degreeArray = [Int32](repeating: 0, count: n)
    var vertArray = [Int32](repeating: 0, count: n)
    var posArray = [Int32](repeating: 0, count: n)
    offsets.withArrayView { off in
      targets.withArrayView { tgt in
        reverse.offsets.withArrayView { roff in
          reverse.targets.withArrayView { rtgt in
            degreeArray.withMutableArrayView { degree in
              vertArray.withMutableArrayView { vert in
                posArray.withMutableArrayView { pos in
                  Self.peel(
                    n: n, off: off, tgt: tgt, roff: roff, rtgt: rtgt, both: both, degree: degree, vert: vert, pos: pos)
                }
              }
            }
          }
        }
      }
    }
    return degreeArray.map { Int($0) }
  }

  /// Batagelj–Zaversnik peeling on flat arrays: `vert` holds the nodes sorted by current
  /// degree, `pos` the place of each node in it, `binStart` the first place of each degree.
  private static func peel(
    n: Int, off: ArrayView<UInt32>, tgt: ArrayView<UInt32>, roff: ArrayView<UInt32>, rtgt: ArrayView<UInt32>,
    both: Bool, degree: MutableArrayView<Int32>, vert: MutableArrayView<Int32>, pos: MutableArrayView<Int32>
  ) {
    var maxDegree: Int32 = 0
    for v in 0..<n {
      var d = Int32(truncatingIfNeeded: Int(off[v &+ 1]) &- Int(off[v]))
      for a in Int(off[v])..<Int(off[v &+ 1]) where Int(tgt[a]) == v { d &-= 1 }
      if both {
        d &+= Int32(truncatingIfNeeded: Int(roff[v &+ 1]) &- Int(roff[v]))
        for a in Int(roff[v])..<Int(roff[v &+ 1]) where Int(rtgt[a]) == v { d &-= 1 }
      }
      degree[v] = d
      if d > maxDegree { maxDegree = d }
    }
    var binArray = [Int32](repeating: 0, count: Int(maxDegree) + 2)
    binArray.withMutableArrayView { binStart in
      for v in 0..<n { binStart[Int(degree[v]) &+ 1] &+= 1 }
      for d in 0...Int(maxDegree) { binStart[d &+ 1] &+= binStart[d] }
      for v in 0..<n {
        let d = Int(degree[v])
        let p = binStart[d]
        pos[v] = p
        vert[Int(p)] = Int32(truncatingIfNeeded: v)
        binStart[d] = p &+ 1
      }
      // Restore the starts (each was advanced past its bin).
      for d in stride(from: Int(maxDegree), through: 1, by: -1) { binStart[d] = binStart[d &- 1] }
      binStart[0] = 0
      @inline(__always) func lower(_ u: Int, below dv: Int32) {
        // Move u to the front of its bin, then shrink the bin past it.
        let du = degree[u]
        guard du > dv else { return }
        let pu = pos[u], pw = binStart[Int(du)]
        let w = Int(vert[Int(pw)])
        if u != w {
          pos[u] = pw
          vert[Int(pu)] = Int32(truncatingIfNeeded: w)
          pos[w] = pu
          vert[Int(pw)] = Int32(truncatingIfNeeded: u)
        }
        binStart[Int(du)] = pw &+ 1
        degree[u] = du &- 1
      }
      for i in 0..<n {
        let v = Int(vert[i])
        let dv = degree[v]
        for a in Int(off[v])..<Int(off[v &+ 1]) {
          let u = Int(tgt[a])
          if u != v { lower(u, below: dv) }
        }
        if both {
          for a in Int(roff[v])..<Int(roff[v &+ 1]) {
            let u = Int(rtgt[a])
            if u != v { lower(u, below: dv) }
          }
        }
      }
    }
  }
}
