/// The single-source shortest-path kernels shared by betweenness, closeness and harmonic
/// centrality: breadth-first search (unweighted) and Dijkstra (lengths = 1/strength) that
/// count shortest paths into reusable per-worker buffers, with no allocation per source.
///
/// The public functions of the centrality files take and return plain arrays; the buffers
/// behind them live in this folder.

/// Read-only views of a graph's CSR arrays and of its arc lengths, for the worker threads.
struct CSRView: @unchecked Sendable {
  let offsets: UnsafeBufferPointer<UInt32>
  let targets: UnsafeBufferPointer<UInt32>
  /// Arc lengths (1/strength), in lock step with `targets`; empty for unweighted searches.
  let lengths: UnsafeBufferPointer<Double>
  var nodeCount: Int { offsets.count - 1 }
}

extension Graph {
  /// The length of each arc as a distance: 1/strength (networkx: `weight=` an attribute
  /// holding `1/strength`).
  func arcLengths() -> [Double] {
    guard let weights else { return [Double](repeating: 1, count: arcCount) }
    return weights.map { 1 / $0 }
  }

  /// Calls `body` with views of the CSR arrays (and arc lengths when `weighted`).
  func withCSRView<R>(weighted: Bool, _ body: (CSRView) throws -> R) rethrows -> R {
    let lengths = weighted ? arcLengths() : []
    return try offsets.withUnsafeBufferPointer { off in
      try targets.withUnsafeBufferPointer { tgt in
        try lengths.withUnsafeBufferPointer { len in
          try body(CSRView(offsets: off, targets: tgt, lengths: len))
        }
      }
    }
  }
}

/// One worker's buffers for single-source searches, allocated once and reused for every
/// source. Between searches `hops` is all −1, `distance` all +∞ and `settled` all 0; each
/// search resets only the entries it touched.
final class SearchScratch: @unchecked Sendable {
  let count: Int
  /// Hop distance from the source, −1 when not reached (BFS).
  let hops: UnsafeMutableBufferPointer<Int32>
  /// Weighted distance from the source, +∞ when not reached (Dijkstra).
  let distance: UnsafeMutableBufferPointer<Double>
  /// Dijkstra: 1 once a node's distance is final.
  let settled: UnsafeMutableBufferPointer<UInt8>
  /// Number of shortest paths from the source.
  let sigma: UnsafeMutableBufferPointer<Double>
  /// Brandes' (1 + δ(w)) / σ(w), filled in reverse order.
  let coefficient: UnsafeMutableBufferPointer<Double>
  /// Nodes in the order they were reached (BFS) or settled (Dijkstra): non-decreasing distance.
  let order: UnsafeMutableBufferPointer<Int32>
  /// Unweighted Brandes: the shortest-path DAG found by the BFS, as the successors (or the
  /// arcs to them) of the node at queue position i in `dag[dagStart[i]..<dagStart[i + 1]]`.
  let dag: UnsafeMutableBufferPointer<UInt32>
  let dagStart: UnsafeMutableBufferPointer<UInt32>
  var heap: BinaryHeap

  init(nodeCount n: Int, weighted: Bool, dagCapacity: Int = 0) {
    count = n
    dag = .allocate(capacity: dagCapacity)
    dag.initialize(repeating: 0)
    dagStart = .allocate(capacity: weighted ? 0 : n + 1)
    dagStart.initialize(repeating: 0)
    hops = .allocate(capacity: n)
    hops.initialize(repeating: -1)
    distance = .allocate(capacity: weighted ? n : 0)
    distance.initialize(repeating: .infinity)
    settled = .allocate(capacity: weighted ? n : 0)
    settled.initialize(repeating: 0)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0)
    coefficient = .allocate(capacity: n)
    coefficient.initialize(repeating: 0)
    order = .allocate(capacity: n)
    order.initialize(repeating: 0)
    heap = BinaryHeap(capacity: weighted ? n : 0)
  }

  deinit {
    hops.deallocate()
    distance.deallocate()
    settled.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    order.deallocate()
    dag.deallocate()
    dagStart.deallocate()
  }

  // MARK: Unweighted Brandes (the hot path)

  /// Breadth-first search from `s` counting shortest paths (σ) and recording the
  /// shortest-path DAG: each arc u → v with hops(v) = hops(u) + 1 appends v (or, with
  /// `recordArcs`, the arc's index) to `u`'s run of ``dag``. Returns the number of nodes reached.
  @inline(__always)
  func dagBFS(_ g: CSRView, from s: Int, recordArcs: Bool) -> Int {
    let off = g.offsets, tgt = g.targets
    let dist = hops, sig = sigma, q = order, out = dag, start = dagStart
    dist[s] = 0
    sig[s] = 1
    q[0] = Int32(truncatingIfNeeded: s)
    var head = 0, tail = 1
    var length = 0
    while head < tail {
      let u = Int(q[head])
      start[head] = UInt32(truncatingIfNeeded: length)
      head &+= 1
      let next = dist[u] &+ 1
      let su = sig[u]
      var a = Int(off[u])
      let end = Int(off[u &+ 1])
      while a < end {
        let v = Int(tgt[a])
        let dv = dist[v]
        if dv < 0 {
          dist[v] = next
          sig[v] = su
          q[tail] = Int32(truncatingIfNeeded: v)
          tail &+= 1
          out[length] = recordArcs ? UInt32(truncatingIfNeeded: a) : UInt32(truncatingIfNeeded: v)
          length &+= 1
        } else if dv == next {
          sig[v] += su
          out[length] = recordArcs ? UInt32(truncatingIfNeeded: a) : UInt32(truncatingIfNeeded: v)
          length &+= 1
        }
        a &+= 1
      }
    }
    start[tail] = UInt32(truncatingIfNeeded: length)
    return tail
  }

  /// Brandes' accumulation over the DAG recorded by ``dagBFS(_:from:recordArcs:)``: in reverse
  /// BFS order, δ(w) = σ(w) · Σ_{x successor of w} (1 + δ(x))/σ(x). Only DAG arcs are read
  /// (at most half the arcs of an undirected graph) and no distance is compared. Adds δ(w)
  /// (+ 1 with `endpoints`) to `out[w]`; resets the distances.
  @inline(__always)
  func dagAccumulateNodes(
    source s: Int, reached: Int, endpoints: Bool, targets: UnsafeBufferPointer<Double>? = nil,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    let coef = coefficient, q = order, succ = dag, start = dagStart
    var i = reached &- 1
    while i > 0 {
      let w = Int(q[i])
      var sum = 0.0
      var j = Int(start[i])
      let end = Int(start[i &+ 1])
      while j < end {
        sum += coef[Int(succ[j])]
        j &+= 1
      }
      credit(w, successors: sum, endpoints: endpoints, targets: targets, into: out)
      i &-= 1
    }
    if endpoints { out[s] += Double(reached - 1) }
    resetBFS(reached)
  }

  /// Node w's dependency δ(w) = σ(w) · `successors` (the sum over its successors x of
  /// (t(x) + δ(x))/σ(x)): added to `out[w]` (+ 1 with `endpoints`), and w's own term
  /// (t(w) + δ(w))/σ(w) kept for its predecessors, t(w) being 1 or `targets[w]`.
  @inline(__always)
  func credit(
    _ w: Int, successors sum: Double, endpoints: Bool, targets: UnsafeBufferPointer<Double>?,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    let sw = sigma[w]
    let delta = sw * sum
    coefficient[w] = ((targets?[w] ?? 1) + delta) / sw
    out[w] += endpoints ? delta + 1 : delta
  }

  /// Edge dependencies over the DAG recorded with `recordArcs`: adds σ(w)(1 + δ(x))/σ(x) to
  /// `out[a]` for every DAG arc a = w → x. Resets the distances.
  func dagAccumulateArcs(_ g: CSRView, reached: Int, into out: UnsafeMutableBufferPointer<Double>) {
    let tgt = g.targets
    let sig = sigma, coef = coefficient, q = order, arcs = dag, start = dagStart
    var i = reached &- 1
    while i >= 0 {
      let w = Int(q[i])
      let sw = sig[w]
      var sum = 0.0
      for j in Int(start[i])..<Int(start[i &+ 1]) {
        let a = Int(arcs[j])
        let c = coef[Int(tgt[a])]
        sum += c
        out[a] += sw * c
      }
      coef[w] = (1 + sw * sum) / sw
      i &-= 1
    }
    resetBFS(reached)
  }

  // MARK: Weighted searches

  /// Dijkstra from `s` with the view's arc lengths, counting shortest paths (σ). Returns the
  /// number of nodes settled; `order[0..<settled]` lists them by distance, `s` first.
  func countPathsDijkstra(_ g: CSRView, from s: Int) -> Int {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let dist = distance, done = settled, sig = sigma, q = order
    dist[s] = 0
    sig[s] = 1
    heap.removeAll()
    heap.push(0, Int32(truncatingIfNeeded: s))
    var count = 0
    while let (d, node) = heap.popMin() {
      let v = Int(node)
      if done[v] != 0 || d > dist[v] { continue }
      done[v] = 1
      q[count] = node
      count &+= 1
      let sv = sig[v]
      for a in Int(off[v])..<Int(off[v &+ 1]) {
        let w = Int(tgt[a])
        if done[w] != 0 { continue }
        let nd = d + len[a]
        let dw = dist[w]
        if nd < dw {
          dist[w] = nd
          sig[w] = sv
          heap.push(nd, Int32(truncatingIfNeeded: w))
        } else if nd == dw {
          sig[w] += sv
        }
      }
    }
    return count
  }

  /// Resets the entries a BFS of `reached` nodes touched.
  @inline(__always)
  func resetBFS(_ reached: Int) {
    for i in 0..<reached { hops[Int(order[i])] = -1 }
  }

  /// Resets the entries a Dijkstra search of `reached` nodes touched.
  func resetDijkstra(_ reached: Int) {
    for i in 0..<reached {
      let v = Int(order[i])
      distance[v] = .infinity
      settled[v] = 0
    }
  }

  // MARK: Brandes accumulation (Brandes 2001, doi:10.1080/0022250X.2001.9990249)

  /// Adds the dependencies δ_s(w) of source `s` to `out[w]` (plus the endpoint terms when
  /// `endpoints`), after ``countPathsDijkstra(_:from:)``.
  ///
  /// Works in reverse order of distance and pulls from successors:
  /// δ(w) = σ(w) · Σ_{x successor of w} (t(x) + δ(x)) / σ(x), so every δ is written once and no
  /// predecessor lists are kept. t(x) is 1, or `targets[x]` when given: 1 for the nodes whose
  /// paths count as ending there, 0 for the others (networkx `betweenness_centrality_subset`). A successor x of w is an out-neighbour with
  /// `dist(x) == dist(w) + length(w → x)`, the same sum the search compared.
  func dijkstraAccumulateNodes(
    _ g: CSRView, source s: Int, reached: Int, endpoints: Bool, targets: UnsafeBufferPointer<Double>? = nil,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let coef = coefficient, q = order, dist = distance
    var i = reached &- 1
    while i > 0 {
      let w = Int(q[i])
      let dw = dist[w]
      var sum = 0.0
      for a in Int(off[w])..<Int(off[w &+ 1]) {
        let x = Int(tgt[a])
        if dist[x] == dw + len[a] { sum += coef[x] }
      }
      credit(w, successors: sum, endpoints: endpoints, targets: targets, into: out)
      i &-= 1
    }
    if endpoints { out[s] += Double(reached - 1) }
  }

  /// Adds the edge dependencies of a Dijkstra search to `out[arc]`: for an arc w → x on a
  /// shortest path, σ(w) · (1 + δ(x)) / σ(x). Same order and successor test as
  /// ``dijkstraAccumulateNodes(_:source:reached:endpoints:into:)``.
  func dijkstraAccumulateArcs(_ g: CSRView, reached: Int, into out: UnsafeMutableBufferPointer<Double>) {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let sig = sigma, coef = coefficient, q = order, dist = distance
    var i = reached &- 1
    while i >= 0 {
      let w = Int(q[i])
      let sw = sig[w]
      let dw = dist[w]
      var sum = 0.0
      for a in Int(off[w])..<Int(off[w &+ 1]) {
        let x = Int(tgt[a])
        if dist[x] == dw + len[a] {
          let c = coef[x]
          sum += c
          out[a] += sw * c
        }
      }
      coef[w] = (1 + sw * sum) / sw
      i &-= 1
    }
  }

  // MARK: Distances only (closeness, harmonic)

  /// BFS from `s` summing distances: returns (nodes reached including `s`, Σ distance,
  /// Σ 1/distance). The buffers are reset on return.
  func distanceSumsBFS(_ g: CSRView, from s: Int) -> (reached: Int, total: Double, harmonic: Double) {
    let off = g.offsets, tgt = g.targets
    let dist = hops, q = order
    dist[s] = 0
    q[0] = Int32(truncatingIfNeeded: s)
    var head = 0, tail = 1
    var total = 0
    while head < tail {
      let u = Int(q[head])
      head &+= 1
      let next = dist[u] &+ 1
      var a = Int(off[u])
      let end = Int(off[u &+ 1])
      while a < end {
        let v = Int(tgt[a])
        if dist[v] < 0 {
          dist[v] = next
          q[tail] = Int32(truncatingIfNeeded: v)
          tail &+= 1
        }
        a &+= 1
      }
    }
    // Distances are non-decreasing along the queue: sum level by level.
    var harmonic = 0.0
    var i = 1
    while i < tail {
      let d = dist[Int(q[i])]
      var j = i
      while j < tail && dist[Int(q[j])] == d { j &+= 1 }
      total &+= Int(d) &* (j &- i)
      harmonic += Double(j &- i) / Double(d)
      i = j
    }
    resetBFS(tail)
    return (tail, Double(total), harmonic)
  }

  /// Dijkstra from `s` with the view's lengths: (nodes reached including `s`, Σ distance,
  /// Σ 1/distance), summed in settling order. The buffers are reset on return.
  func distanceSumsDijkstra(_ g: CSRView, from s: Int) -> (reached: Int, total: Double, harmonic: Double) {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let dist = distance, done = settled, q = order
    dist[s] = 0
    heap.removeAll()
    heap.push(0, Int32(truncatingIfNeeded: s))
    var count = 0
    var total = 0.0, harmonic = 0.0
    while let (d, node) = heap.popMin() {
      let v = Int(node)
      if done[v] != 0 || d > dist[v] { continue }
      done[v] = 1
      q[count] = node
      count &+= 1
      total += d
      if d > 0 { harmonic += 1 / d }
      for a in Int(off[v])..<Int(off[v &+ 1]) {
        let w = Int(tgt[a])
        if done[w] != 0 { continue }
        let nd = d + len[a]
        if nd < dist[w] {
          dist[w] = nd
          heap.push(nd, Int32(truncatingIfNeeded: w))
        }
      }
    }
    resetDijkstra(count)
    return (count, total, harmonic)
  }
}

/// Buffers for multi-source breadth-first search: up to 64 searches at once, one bit per
/// source in a 64-bit word per node (Then, Kaufmann, Chirigati, Hoang-Vu, Pham, Kemper,
/// Neumann & Vo 2014, "The more the merrier: efficient multi-source graph traversal",
/// Proc. VLDB Endowment 8(4), 449–460, doi:10.14778/2735496.2735507). Each arc is scanned
/// once per level for all 64 sources instead of once per source.
final class MultiSourceScratch: @unchecked Sendable {
  let seen: UnsafeMutableBufferPointer<UInt64>
  let frontier: UnsafeMutableBufferPointer<UInt64>
  let next: UnsafeMutableBufferPointer<UInt64>

  init(nodeCount n: Int) {
    seen = .allocate(capacity: n)
    frontier = .allocate(capacity: n)
    next = .allocate(capacity: n)
    seen.initialize(repeating: 0)
    frontier.initialize(repeating: 0)
    next.initialize(repeating: 0)
  }

  deinit {
    seen.deallocate()
    frontier.deallocate()
    next.deallocate()
  }

  /// Distance sums from each of `sources` (at most 64): for source i, the nodes reached
  /// (itself included), Σ distance and Σ 1/distance, the latter summed level by level exactly
  /// as ``SearchScratch/distanceSumsBFS(_:from:)`` does, so both give identical results.
  func distanceSums(
    _ g: CSRView, sources: Range<Int>,
    into out: UnsafeMutableBufferPointer<(reached: Int, total: Double, harmonic: Double)>
  ) {
    let off = g.offsets, tgt = g.targets
    let n = g.nodeCount
    let seen = self.seen, frontier = self.frontier, next = self.next
    let k = sources.count
    var reached = [Int](repeating: 1, count: k)
    var total = [Int](repeating: 0, count: k)
    var harmonic = [Double](repeating: 0, count: k)
    var newly = [Int](repeating: 0, count: k)
    for (b, s) in sources.enumerated() {
      seen[s] |= 1 << UInt64(b)
      frontier[s] |= 1 << UInt64(b)
    }
    var level = 0
    while true {
      level += 1
      for v in 0..<n {
        let f = frontier[v]
        if f == 0 { continue }
        var a = Int(off[v])
        let end = Int(off[v &+ 1])
        while a < end {
          next[Int(tgt[a])] |= f
          a &+= 1
        }
      }
      var any = false
      for u in 0..<n {
        let fresh = next[u] & ~seen[u]
        next[u] = 0
        frontier[u] = fresh
        if fresh != 0 {
          any = true
          seen[u] |= fresh
          var bits = fresh
          while bits != 0 {
            newly[bits.trailingZeroBitCount] &+= 1
            bits &= bits &- 1
          }
        }
      }
      if !any { break }
      for b in 0..<k where newly[b] > 0 {
        reached[b] &+= newly[b]
        total[b] &+= level &* newly[b]
        harmonic[b] += Double(newly[b]) / Double(level)
        newly[b] = 0
      }
    }
    for u in 0..<n {
      seen[u] = 0
      frontier[u] = 0
    }
    for (b, s) in sources.enumerated() {
      out[s] = (reached[b], Double(total[b]), harmonic[b])
    }
  }
}

// MARK: - Distance sums of every node (closeness, harmonic)

extension Graph {
  /// For every node u: how many nodes reach it (itself included), the sum of their distances
  /// to u, and the sum of their inverses.
  func incomingDistanceSums(weighted: Bool, threads: Int) -> [(reached: Int, total: Double, harmonic: Double)] {
    let n = nodeCount
    let useWeights = weighted && isWeighted
    let reversed = transposed()
    let results = UnsafeMutableBufferPointer<(reached: Int, total: Double, harmonic: Double)>.allocate(capacity: n)
    defer { results.deallocate() }
    results.initialize(repeating: (0, 0, 0))
    let shared = SharedBuffer(results)
    reversed.withCSRView(weighted: useWeights) { view in
      if useWeights {
        SourceBlocks.forEach(
          sourceCount: n, threads: threads, progress: nil,
          makeScratch: { SearchScratch(nodeCount: n, weighted: true) },
          body: { s, scratch in shared.buffer[s] = scratch.distanceSumsDijkstra(view, from: s) })
      } else {
        // 64 sources per multi-source search.
        let batches = (n + 63) / 64
        SourceBlocks.forEach(
          sourceCount: batches, threads: threads, progress: nil,
          makeScratch: { MultiSourceScratch(nodeCount: n) },
          body: { batch, scratch in
            scratch.distanceSums(view, sources: (batch * 64)..<min(n, batch * 64 + 64), into: shared.buffer)
          })
      }
    }
    return Array(results)
  }
}
