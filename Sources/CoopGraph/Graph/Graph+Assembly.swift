extension Graph {
  /// Builds the rows of a graph from edges as they were added, in place: count each node's
  /// arcs, turn the counts into row starts, drop every arc into its row (freeing each block of
  /// `edges` once placed), sort each row by target, and merge the runs of parallel arcs inside
  /// the same arrays.
  ///
  /// A row's parallel arcs keep the order their edges were added in (the sort is stable), which
  /// is what ``ParallelEdgePolicy/last`` and a multigraph's arc order rely on.
  ///
  /// - Parameters:
  ///   - edges: the edges, emptied as they are placed.
  ///   - ids: one id per node; every tail and head must be below `ids.count`.
  /// - Throws: ``GraphError`` for a node out of range, a strength that is not finite and
  ///   greater than 0 (in the order the edges were added), strengths that add up past the
  ///   largest finite number, or more arcs than 32-bit indices hold.
  /// - Complexity: O(nodes + arcs + Σ d log d over the rows that are not already sorted).
  ///   Memory: the final arrays (4 bytes an arc, 12 when weighted, 4 a node), the offsets once
  ///   more while arcs are placed, and the blocks of `edges` not yet placed; no other per-arc array.
  static func assemble(
    _ edges: inout EdgeBuffer, ids: [String], directed: Bool, parallelEdges: ParallelEdgePolicy
  ) throws -> Graph {
    let n = ids.count
    guard n < Int(UInt32.max) else { throw GraphError.tooLarge("\(n) nodes") }
    let m = edges.count
    guard (directed ? m : 2 * m) < Int(UInt32.max) else { throw GraphError.tooLarge("\(directed ? m : 2 * m) arcs") }
    let weightedInput = edges.isWeighted

    // Validate, and count every node's arcs (an undirected self-loop is one arc).
    var offsets = [UInt32](repeating: 0, count: n + 1)
    var selfLoopEdges = 0
    try offsets.withMutableArrayView { o in
      try edges.forEach { u, v, w in
        guard Int(u) < n else { throw GraphError.nodeOutOfRange(Int(u), nodeCount: n) }
        guard Int(v) < n else { throw GraphError.nodeOutOfRange(Int(v), nodeCount: n) }
        if weightedInput && !(w.isFinite && w > 0) {
          throw GraphError.invalidWeight(source: ids[Int(u)], target: ids[Int(v)], weight: w)
        }
        o[Int(u) + 1] &+= 1
        if u == v {
          selfLoopEdges += 1
        } else if !directed {
          o[Int(v) + 1] &+= 1
        }
      }
      for i in 0..<n { o[i + 1] &+= o[i] }
    }
    let arcTotal = Int(offsets[n])

    // Place every arc in its row, in the order the edges were added.
    var targets = [UInt32](repeating: 0, count: arcTotal)
    var weights = [Double](repeating: 0, count: weightedInput || parallelEdges == .count ? arcTotal : 0)
    do {
      var fill = offsets
      while let block = edges.popFirstBlock() {
        fill.withMutableArrayView { next in
          targets.withMutableArrayView { t in
            weights.withMutableArrayView { w in
              for i in 0..<block.tails.count {
                let u = Int(block.tails[i]), v = Int(block.heads[i])
                var slot = Int(next[u])
                next[u] &+= 1
                t[slot] = UInt32(truncatingIfNeeded: v)
                if weightedInput { w[slot] = block.strengths[i] }
                if !directed && u != v {
                  slot = Int(next[v])
                  next[v] &+= 1
                  t[slot] = UInt32(truncatingIfNeeded: u)
                  if weightedInput { w[slot] = block.strengths[i] }
                }
              }
            }
          }
        }
      }
    }
    RowSort.sortRows(offsets: offsets, targets: &targets, weights: &weights, weighted: weightedInput)

    if parallelEdges == .keep {
      if weightedInput {
        var total = 0.0
        for u in 0..<n {
          var row = 0.0
          for a in Int(offsets[u])..<Int(offsets[u + 1]) { row += weights[a] }
          guard row.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: nil) }
          total += row
          guard total.isFinite else { throw GraphError.weightOverflow(source: nil, target: nil) }
        }
      }
      return Graph(
        isDirected: directed, offsets: offsets, targets: targets, weights: weightedInput ? weights : nil, ids: ids,
        edgeCount: m, selfLoopCount: selfLoopEdges)
    }

    // Merge each row's runs of equal targets, writing over the same arrays.
    let weighted = weightedInput || parallelEdges == .count
    var selfLoops = 0
    var kept = 0
    var totalStrength = 0.0
    try targets.withMutableArrayView { t in
      try weights.withMutableArrayView { w in
        var a = 0
        for u in 0..<n {
          let end = Int(offsets[u + 1])
          var nodeStrength = 0.0
          while a < end {
            let target = t[a]
            var merged = weightedInput ? w[a] : 1
            var b = a + 1
            while b < end && t[b] == target {
              let x = weightedInput ? w[b] : 1
              switch parallelEdges {
              case .sum: merged += x
              case .max: merged = Swift.max(merged, x)
              case .min: merged = Swift.min(merged, x)
              case .last: merged = x
              case .count, .keep: break
              }
              b += 1
            }
            if parallelEdges == .count { merged = Double(b - a) }
            t[kept] = target
            if weighted {
              guard merged.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: ids[Int(target)]) }
              nodeStrength += merged
              w[kept] = merged
            }
            if Int(target) == u { selfLoops += 1 }
            kept += 1
            a = b
          }
          offsets[u + 1] = UInt32(truncatingIfNeeded: kept)
          // A node's strength and the graph's total must stay finite for every measure.
          guard nodeStrength.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: nil) }
          totalStrength += nodeStrength
          guard totalStrength.isFinite else { throw GraphError.weightOverflow(source: nil, target: nil) }
        }
      }
    }
    if kept < arcTotal {
      targets = Array(targets[0..<kept])
      if weighted { weights = Array(weights[0..<kept]) }
    }
    return Graph(
      isDirected: directed, offsets: offsets, targets: targets, weights: weighted ? weights : nil, ids: ids,
      edgeCount: directed ? kept : (kept + selfLoops) / 2, selfLoopCount: selfLoops)
  }
}

/// Sorting each row of a CSR by target, stably (equal targets keep their order), with the
/// strengths in lock step. Most rows of a file written in order are sorted already and are
/// only checked; short rows are sorted by insertion, long ones through one buffer of keys
/// reused from row to row.
enum RowSort {
  /// Rows up to this length are sorted by insertion.
  static let insertionLimit = 24

  /// Sorts every row `offsets[u] ..< offsets[u + 1]` of `targets`, moving `weights` along
  /// when `weighted`.
  static func sortRows(offsets: [UInt32], targets: inout [UInt32], weights: inout [Double], weighted: Bool) {
    var keys: [UInt64] = []
    var spare: [Double] = []
    targets.withMutableArrayView { t in
      weights.withMutableArrayView { w in
        for u in 0..<(offsets.count - 1) {
          let start = Int(offsets[u]), end = Int(offsets[u + 1])
          guard end - start > 1 else { continue }
          var sorted = true
          for a in (start + 1)..<end where t[a] < t[a - 1] {
            sorted = false
            break
          }
          if sorted { continue }
          if end - start <= insertionLimit {
            insertionSort(t, w, start, end, weighted: weighted)
          } else {
            keySort(t, w, start, end, weighted: weighted, keys: &keys, spare: &spare)
          }
        }
      }
    }
  }

  @inline(__always)
  private static func insertionSort(
    _ t: MutableArrayView<UInt32>, _ w: MutableArrayView<Double>, _ start: Int, _ end: Int,
    weighted: Bool
  ) {
    for a in (start + 1)..<end {
      let x = t[a]
      let y = weighted ? w[a] : 0
      var b = a
      while b > start && t[b - 1] > x {
        t[b] = t[b - 1]
        if weighted { w[b] = w[b - 1] }
        b -= 1
      }
      t[b] = x
      if weighted { w[b] = y }
    }
  }

  /// Sorts one long row by the keys `target << 32 | position`, which are distinct, so any sort
  /// of them is stable for the targets.
  private static func keySort(
    _ t: MutableArrayView<UInt32>, _ w: MutableArrayView<Double>, _ start: Int, _ end: Int,
    weighted: Bool, keys: inout [UInt64], spare: inout [Double]
  ) {
    let d = end - start
    keys.removeAll(keepingCapacity: true)
    for i in 0..<d { keys.append(UInt64(t[start + i]) << 32 | UInt64(i)) }
    keys.sort()
    if weighted {
      spare.removeAll(keepingCapacity: true)
      for i in 0..<d { spare.append(w[start + i]) }
      for i in 0..<d { w[start + i] = spare[Int(keys[i] & 0xFFFF_FFFF)] }
    }
    for i in 0..<d { t[start + i] = UInt32(truncatingIfNeeded: keys[i] >> 32) }
  }
}
