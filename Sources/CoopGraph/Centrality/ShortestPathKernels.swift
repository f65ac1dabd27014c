/// The single-source shortest-path kernels shared by betweenness, closeness and harmonic
/// centrality: breadth-first search (unweighted) and Dijkstra (lengths = 1/strength) that
/// count shortest paths into reusable per-worker buffers, with no allocation per source.
///
/// Unsafe buffer code lives only in this file; the public functions of the centrality files
/// take and return plain arrays.

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
  var heap: BinaryHeap

  init(nodeCount n: Int, weighted: Bool) {
    count = n
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
  }

  // MARK: Searches

  /// Breadth-first search from `s` counting shortest paths (σ). Returns the number of nodes
  /// reached; `order[0..<reached]` lists them by distance, `s` first.
  @inline(__always)
  func countPathsBFS(_ g: CSRView, from s: Int) -> Int {
    let off = g.offsets, tgt = g.targets
    let dist = hops, sig = sigma, q = order
    dist[s] = 0
    sig[s] = 1
    q[0] = Int32(truncatingIfNeeded: s)
    var head = 0, tail = 1
    while head < tail {
      let u = Int(q[head])
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
        } else if dv == next {
          sig[v] += su
        }
        a &+= 1
      }
    }
    return tail
  }

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
  /// `endpoints`), after ``countPathsBFS(_:from:)`` or ``countPathsDijkstra(_:from:)``.
  ///
  /// Works in reverse order of distance and pulls from successors:
  /// δ(w) = σ(w) · Σ_{x successor of w} (1 + δ(x)) / σ(x), so every δ is written once and no
  /// predecessor lists are kept. A successor x of w is an out-neighbour one hop further
  /// (BFS) or with `dist(x) == dist(w) + length(w → x)` (Dijkstra, the same sum the search
  /// compared).
  @inline(__always)
  func accumulateNodes(
    _ g: CSRView, source s: Int, reached: Int, weighted: Bool, endpoints: Bool,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let sig = sigma, coef = coefficient, q = order
    var i = reached &- 1
    if weighted {
      let dist = distance
      while i > 0 {
        let w = Int(q[i])
        let dw = dist[w]
        var sum = 0.0
        for a in Int(off[w])..<Int(off[w &+ 1]) {
          let x = Int(tgt[a])
          if dist[x] == dw + len[a] { sum += coef[x] }
        }
        let sw = sig[w]
        let delta = sw * sum
        coef[w] = (1 + delta) / sw
        out[w] += endpoints ? delta + 1 : delta
        i &-= 1
      }
    } else {
      let dist = hops
      while i > 0 {
        let w = Int(q[i])
        let next = dist[w] &+ 1
        var sum = 0.0
        var a = Int(off[w])
        let end = Int(off[w &+ 1])
        while a < end {
          let x = Int(tgt[a])
          if dist[x] == next { sum += coef[x] }
          a &+= 1
        }
        let sw = sig[w]
        let delta = sw * sum
        coef[w] = (1 + delta) / sw
        out[w] += endpoints ? delta + 1 : delta
        i &-= 1
      }
    }
    if endpoints { out[s] += Double(reached - 1) }
  }

  /// Adds the edge dependencies of source `s` to `out[arc]`: for an arc w → x on a shortest
  /// path, σ(w) · (1 + δ(x)) / σ(x). Same order and successor test as
  /// ``accumulateNodes(_:source:reached:weighted:endpoints:into:)``.
  func accumulateArcs(
    _ g: CSRView, reached: Int, weighted: Bool, into out: UnsafeMutableBufferPointer<Double>
  ) {
    let off = g.offsets, tgt = g.targets, len = g.lengths
    let sig = sigma, coef = coefficient, q = order
    let bfs = hops, dij = distance
    var i = reached &- 1
    while i >= 0 {
      let w = Int(q[i])
      let sw = sig[w]
      var sum = 0.0
      if weighted {
        let dw = dij[w]
        for a in Int(off[w])..<Int(off[w &+ 1]) {
          let x = Int(tgt[a])
          if dij[x] == dw + len[a] {
            let c = coef[x]
            sum += c
            out[a] += sw * c
          }
        }
      } else {
        let next = bfs[w] &+ 1
        for a in Int(off[w])..<Int(off[w &+ 1]) {
          let x = Int(tgt[a])
          if bfs[x] == next {
            let c = coef[x]
            sum += c
            out[a] += sw * c
          }
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
