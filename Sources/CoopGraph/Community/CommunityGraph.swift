/// The weighted undirected graph that Louvain and Leiden move nodes on, and aggregate level
/// by level: CSR rows without self-loops, each node's self-loop strength, strength and size.
///
/// A node of an aggregate graph is a community of the level below: its self-loop strength is
/// the strength of the edges inside (each edge once), its strength the sum of its members'
/// strengths, its size the number of original nodes.
struct CommunityGraph {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Double]
  /// Strength of the edges from a node to itself (each edge once).
  var selfWeight: [Double]
  /// Σ of incident strengths, self-loops twice (the degree in the modularity formula).
  var strength: [Double]
  /// Number of original nodes.
  var size: [Double]

  var nodeCount: Int { selfWeight.count }

  /// The undirected view of `graph` (strengths of opposite arcs summed).
  init(_ graph: Graph) {
    let g = graph.undirected()
    let n = g.nodeCount
    offsets = [Int](repeating: 0, count: n + 1)
    targets = []
    targets.reserveCapacity(g.arcCount)
    weights = []
    weights.reserveCapacity(g.arcCount)
    selfWeight = [Double](repeating: 0, count: n)
    strength = [Double](repeating: 0, count: n)
    size = [Double](repeating: 1, count: n)
    for v in 0..<n {
      for a in g.arcs(of: v) {
        let t = Int(g.targets[a])
        let w = g.weight(at: a)
        if t == v {
          selfWeight[v] += w
          strength[v] += 2 * w
        } else {
          targets.append(Int32(t))
          weights.append(w)
          strength[v] += w
        }
      }
      offsets[v + 1] = targets.count
    }
  }

  init(offsets: [Int], targets: [Int32], weights: [Double], selfWeight: [Double], strength: [Double], size: [Double]) {
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.selfWeight = selfWeight
    self.strength = strength
    self.size = size
  }

  /// The total strength of the edges, m (Σ strength / 2).
  var totalWeight: Double { strength.reduce(0, +) / 2 }

  /// The graph whose nodes are the communities `labels` (dense, in `0..<count`), with
  /// strengths between communities summed. Rows list neighbour communities in order of first
  /// appearance, which is deterministic.
  ///
  /// With `threads` > 1 (and at least ``ParallelLocalMoving/minimumNodes`` nodes) the
  /// communities are split into contiguous ranges built on their own threads and joined in
  /// order: every row is computed as on one thread, so the result is identical.
  ///
  /// - Complexity: O(nodes + arcs); one dense accumulator with a touched list, no dictionary
  ///   (one per thread).
  func aggregate(labels: [Int32], count k: Int, threads: Int = 1) -> CommunityGraph {
    if threads > 1 && nodeCount >= ParallelLocalMoving.minimumNodes && k > 1 {
      return aggregateInParallel(labels: labels, count: k, threads: threads)
    }
    return aggregateRange(labels: labels, count: k, members: Self.membersByCommunity(labels, count: k), range: 0..<k)
      .graph(count: k)
  }

  /// The members of each community, grouped (counting sort): `start[c]..<start[c + 1]` of
  /// `members`.
  static func membersByCommunity(_ labels: [Int32], count k: Int) -> (start: [Int], members: [Int32]) {
    var start = [Int](repeating: 0, count: k + 1)
    for c in labels { start[Int(c) + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    var members = [Int32](repeating: 0, count: labels.count)
    var fill = start
    for v in 0..<labels.count {
      let c = Int(labels[v])
      members[fill[c]] = Int32(v)
      fill[c] += 1
    }
    return (start, members)
  }

  /// The rows of communities `range` of the aggregate graph.
  struct AggregateRows: Sendable {
    var rowEnds: [Int] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var selfWeight: [Double] = []
    var strength: [Double] = []
    var size: [Double] = []

    /// The whole aggregate graph, when these rows are all of it.
    func graph(count k: Int) -> CommunityGraph {
      CommunityGraph(
        offsets: [0] + rowEnds, targets: targets, weights: weights, selfWeight: selfWeight, strength: strength,
        size: size)
    }
  }

  private func aggregateInParallel(labels: [Int32], count k: Int, threads: Int) -> CommunityGraph {
    let grouped = Self.membersByCommunity(labels, count: k)
    let this = self
    let parts: [AggregateRows] = Parallelism.mapChunks(count: k, threads: threads) { range in
      this.aggregateRange(labels: labels, count: k, members: grouped, range: range)
    }
    var offsets = [Int](repeating: 0, count: k + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    var selfWeight: [Double] = []
    var strength: [Double] = []
    var size: [Double] = []
    let arcs = parts.reduce(0) { $0 + $1.targets.count }
    targets.reserveCapacity(arcs)
    weights.reserveCapacity(arcs)
    var c = 0
    for part in parts {
      let base = targets.count
      for end in part.rowEnds {
        c += 1
        offsets[c] = base + end
      }
      targets += part.targets
      weights += part.weights
      selfWeight += part.selfWeight
      strength += part.strength
      size += part.size
    }
    return CommunityGraph(
      offsets: offsets, targets: targets, weights: weights, selfWeight: selfWeight, strength: strength, size: size)
  }

  /// Builds the rows of the communities in `range` (row ends relative to the first of them).
  func aggregateRange(
    labels: [Int32], count k: Int, members grouped: (start: [Int], members: [Int32]), range: Range<Int>
  ) -> AggregateRows {
    let start = grouped.start, members = grouped.members
    var out = AggregateRows()
    out.rowEnds.reserveCapacity(range.count)
    out.selfWeight.reserveCapacity(range.count)
    out.strength.reserveCapacity(range.count)
    out.size.reserveCapacity(range.count)
    let scratch = Scratch(k)
    defer { scratch.release() }
    let accumulated = scratch.toCommunity, seen = scratch.seen
    var touched: [Int32] = []
    withRows { rows in
      labels.withArrayView { labels in
        for c in range {
          var inside = 0.0, loops = 0.0, total = 0.0, size = 0.0
          for i in start[c]..<start[c + 1] {
            let u = Int(members[i])
            loops += selfWeight[u]
            total += strength[u]
            size += self.size[u]
            for a in rows.offsets[u]..<rows.offsets[u &+ 1] {
              let d = Int(labels[Int(rows.targets[a])])
              if d == c {
                inside += rows.weights[a]
              } else {
                if !seen[d] {
                  seen[d] = true
                  touched.append(Int32(d))
                }
                accumulated[d] += rows.weights[a]
              }
            }
          }
          // Each inside edge was seen from both ends.
          out.selfWeight.append(loops + inside / 2)
          out.strength.append(total)
          out.size.append(size)
          for d in touched {
            out.targets.append(d)
            out.weights.append(accumulated[Int(d)])
            accumulated[Int(d)] = 0
            seen[Int(d)] = false
          }
          touched.removeAll(keepingCapacity: true)
          out.rowEnds.append(out.targets.count)
        }
      }
    }
    return out
  }
}

/// Renumbers labels to `0..<count` in order of first appearance. O(nodes).
func denseLabels(_ labels: inout [Int32]) -> Int {
  var map = [Int32](repeating: -1, count: labels.count)
  var k: Int32 = 0
  for i in labels.indices {
    let l = Int(labels[i])
    if map[l] < 0 { map[l] = k; k += 1 }
    labels[i] = map[l]
  }
  return Int(k)
}

/// A uniform integer in `0..<n` (Lemire's multiply-high; the same on every platform and Swift
/// version, unlike `Int.random(in:using:)`, whose algorithm is not specified).
@inline(__always)
func uniformIndex(_ n: Int, _ rng: inout some RandomNumberGenerator) -> Int {
  Int(truncatingIfNeeded: UInt64(n).multipliedFullWidth(by: rng.next()).high)
}

/// A uniform double in [0, 1).
@inline(__always)
func uniformUnit(_ rng: inout some RandomNumberGenerator) -> Double {
  Double(rng.next() >> 11) * 0x1p-53
}

/// `0..<n` in a random order (Fisher–Yates with ``uniformIndex(_:_:)``).
func shuffledNodes(_ n: Int, _ rng: inout some RandomNumberGenerator) -> [Int32] {
  var order = (0..<n).map { Int32($0) }
  var i = n - 1
  while i > 0 {
    let j = uniformIndex(i + 1, &rng)
    order.swapAt(i, j)
    i -= 1
  }
  return order
}
