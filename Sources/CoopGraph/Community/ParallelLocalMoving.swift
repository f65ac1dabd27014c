/// Local moving on several threads, for Louvain and Leiden: the nodes of a round are taken in a
/// random order and split into fixed batches; within a batch every node chooses its best
/// community in parallel against the state at the start of the batch, then the moves are
/// applied one by one in the batch's order (so the result depends on the seed and the batch
/// size only, not on the number of threads or on scheduling). A node whose neighbourhood changed
/// joins the next round; rounds repeat until one moves no node.
///
/// This is the synchronous form of NetworKit's PLM (Staudt & Meyerhenke 2016, "Engineering
/// parallel algorithms for community detection in massive networks", IEEE TPDS 27(1), 171–184,
/// doi:10.1109/TPDS.2015.2390633), whose threads move nodes against a shared, racing state. Two
/// rules keep simultaneous moves from undoing each other: a node alone in its community moves
/// into another community of one node only if that community's label is smaller (Lu,
/// Halappanavar & Kalyanaraman 2015, "Parallel heuristics for scalable community detection",
/// Parallel Computing 47, 19–37, doi:10.1016/j.parco.2015.03.003); and a batch holds at most
/// 1/16 of the nodes of the level, so most neighbours of a node have already moved when it
/// chooses.
enum ParallelLocalMoving {
  /// Levels with fewer nodes than this are moved by the sequential fast local moving.
  static let minimumNodes = 4096
  /// The largest batch.
  static let maximumBatch = 2048
  /// Rounds after which a level stops even if some node still moves (simultaneous moves can
  /// in principle cycle); on the graphs measured, levels end after 5 to 20 rounds.
  static let maximumRounds = 50

  /// Moves the nodes of `g` between communities to raise modularity (or CPM, with node
  /// weights the sizes) on `threads` threads. Same contract as ``LeidenLevel/fastMove``.
  /// - Returns: whether any node moved.
  @discardableResult
  static func move(
    _ g: CommunityGraph, nodeWeight: [Double], lambda: Double, labels labelArray: inout [Int32],
    allowEmpty: Bool, threads: Int, rng: inout some RandomNumberGenerator
  ) -> Bool {
    let n = g.nodeCount
    let order = shuffledNodes(n, &rng)
    let batch = Swift.max(256, Swift.min(maximumBatch, n / 16))
    let workers = Swift.max(1, threads)
    let total = MutableArrayView<Double>.allocate(count: n, repeating: 0)
    let members = MutableArrayView<Int32>.allocate(count: n, repeating: 0)
    let queued = MutableArrayView<Bool>.allocate(count: n, repeating: true)
    let choice = MutableArrayView<Int32>.allocate(count: batch, repeating: 0)
    let toCommunity = MutableArrayView<Double>.allocate(count: workers * n, repeating: 0)
    let seen = MutableArrayView<Bool>.allocate(count: workers * n, repeating: false)
    defer {
      total.deallocate()
      members.deallocate()
      queued.deallocate()
      choice.deallocate()
      toCommunity.deallocate()
      seen.deallocate()
    }
    var moved = false
    g.withRows { rows in
      nodeWeight.withArrayView { a in
        labelArray.withMutableArrayView { labels in
          var empty = LeidenLevel.tally(n, labels: labels, weights: a, total: total, members: members)
          var round: [Int32] = order
          var rounds = 0
          while !round.isEmpty && rounds < maximumRounds {
            rounds += 1
            for v in round { queued[Int(v)] = false }
            var start = 0
            while start < round.count {
              let end = Swift.min(round.count, start + batch)
              let nodes = Array(round[start..<end])
              nodes.withArrayView { nodes in
                Parallelism.forEachChunk(count: nodes.count, threads: workers) { w, chunk in
                  let toC = toCommunity.slice((w * n)..<((w + 1) * n))
                  let mark = seen.slice((w * n)..<((w + 1) * n))
                  var touched: [Int32] = []
                  touched.reserveCapacity(64)
                  for i in chunk {
                    choice[i] = bestCommunity(
                      of: Int(nodes[i]), rows: rows, a: a, labels: labels, total: total, members: members,
                      lambda: lambda, allowEmpty: allowEmpty, toCommunity: toC, seen: mark, touched: &touched)
                  }
                }
                // Apply in the batch's order.
                for i in 0..<nodes.count {
                  let v = Int(nodes[i])
                  let own = Int(labels[v])
                  var best = Int(choice[i])
                  if best == own { continue }
                  if best < 0 {
                    // A new community: only if v still shares its own.
                    guard members[own] > 1, let e = empty.last else { continue }
                    best = Int(e)
                  }
                  let av = a[v]
                  total[own] -= av
                  members[own] &-= 1
                  if members[best] == 0 {
                    // An earlier move of this batch emptied it: it is on the stack, usually last.
                    if empty.last == Int32(best) { empty.removeLast() } else { empty.removeAll { $0 == Int32(best) } }
                  }
                  total[best] += av
                  members[best] &+= 1
                  if members[own] == 0 { empty.append(Int32(own)) }
                  labels[v] = Int32(best)
                  moved = true
                  for e in rows.offsets[v]..<rows.offsets[v &+ 1] {
                    let u = Int(rows.targets[e])
                    if Int(labels[u]) != best { queued[u] = true }
                  }
                }
              }
              start = end
            }
            // The next round: the queued nodes, in the level's random order.
            var next: [Int32] = []
            for v in order where queued[Int(v)] { next.append(v) }
            round = next
          }
        }
      }
    }
    return moved
  }

  /// The community that raises the objective most for v, against the current state (v's own
  /// if none does; −1 for a new, empty community).
  @inline(__always)
  static func bestCommunity(
    of v: Int, rows: CommunityGraph.Rows, a: ArrayView<Double>, labels: MutableArrayView<Int32>,
    total: MutableArrayView<Double>, members: MutableArrayView<Int32>, lambda: Double, allowEmpty: Bool,
    toCommunity: MutableArrayView<Double>, seen: MutableArrayView<Bool>, touched: inout [Int32]
  ) -> Int32 {
    let own = Int(labels[v])
    for e in rows.offsets[v]..<rows.offsets[v &+ 1] {
      let c = Int(labels[Int(rows.targets[e])])
      if !seen[c] {
        seen[c] = true
        touched.append(Int32(c))
      }
      toCommunity[c] += rows.weights[e]
    }
    let av = a[v]
    let alone = members[own] == 1
    var best = own
    var bestGain = toCommunity[own] - lambda * av * (total[own] - av)
    for c32 in touched {
      let c = Int(c32)
      if c == own { continue }
      let gain = toCommunity[c] - lambda * av * total[c]
      if gain > bestGain {
        // Two nodes alone would otherwise swap into each other's communities.
        if alone && members[c] == 1 && c > own { continue }
        bestGain = gain
        best = c
      }
    }
    for c in touched {
      toCommunity[Int(c)] = 0
      seen[Int(c)] = false
    }
    touched.removeAll(keepingCapacity: true)
    if allowEmpty && !alone && bestGain < 0 { return -1 }
    return Int32(best)
  }
}
