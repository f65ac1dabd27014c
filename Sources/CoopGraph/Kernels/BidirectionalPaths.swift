/// Uniform sampling of one shortest path between two nodes with a balanced bidirectional
/// breadth-first search (Borassi & Natale 2019, doi:10.1145/3284359), and a driver that runs a range of
/// such samples on several threads.
///
/// The search grows a ball around s (along out-arcs) and one around t (along in-arcs), always
/// expanding, by one whole level, the side whose frontier has the smaller degree sum. The first
/// level that touches the other ball closes the search: every shortest s–t path crosses exactly
/// one arc u → v from the s-frontier to the t-frontier, and there are σ_s(u) · σ_t(v) such
/// paths through it. One arc is drawn with that weight, then a path from s to u and one from v
/// to t, each predecessor chosen in proportion to its path count: a uniform shortest path.

/// One side of the search: its distances, path counts and queue, the graph it grows along
/// (out-arcs for the s side, in-arcs for the t side), and its frontier `head..<end` (the
/// nodes of the last level) with `tail` the queue's length.
struct SearchBall {
  let dist: MutableArrayView<Int32>
  let sig: MutableArrayView<Double>
  let queue: MutableArrayView<Int32>
  var arcs: CSRView
  var head = 0, end = 1, tail = 1
  /// The degree sum of the frontier.
  var degree = 0

  init(nodeCount n: Int, arcs: CSRView) {
    dist = .allocate(count: n, repeating: -1)
    sig = .allocate(count: n, repeating: 0)
    queue = .allocate(count: Swift.max(n, 1), repeating: 0)
    self.arcs = arcs
  }

  func deallocate() {
    dist.deallocate()
    sig.deallocate()
    queue.deallocate()
  }

  /// Starts from `root` alone.
  @inline(__always)
  mutating func start(at root: Int) {
    dist[root] = 0
    sig[root] = 1
    queue[0] = Int32(truncatingIfNeeded: root)
    head = 0
    end = 1
    tail = 1
    degree = Int(arcs.offsets[root &+ 1] &- arcs.offsets[root])
  }

  /// Expands the frontier by one level. A node of `other` reached through an arc is not
  /// entered: the σ·σ of the paths through that crossing arc are summed and returned
  /// instead; any crossing means the frontier is the last level. Adds the arcs read to
  /// `scanned`.
  @inline(__always)
  mutating func expand(meeting other: SearchBall, scanned: inout Int) -> Double {
    let off = arcs.offsets, tgt = arcs.targets
    var total = 0.0
    var newDegree = 0
    for i in head..<end {
      let u = Int(queue[i])
      let next = dist[u] &+ 1
      let su = sig[u]
      let lo = Int(off[u]), hi = Int(off[u &+ 1])
      scanned &+= hi &- lo
      for a in lo..<hi {
        let v = Int(tgt[a])
        if other.dist[v] >= 0 {
          total += su * other.sig[v]
          continue
        }
        let dv = dist[v]
        if dv < 0 {
          dist[v] = next
          sig[v] = su
          queue[tail] = Int32(truncatingIfNeeded: v)
          tail &+= 1
          newDegree &+= Int(off[v &+ 1] &- off[v])
        } else if dv == next {
          sig[v] += su
        }
      }
    }
    if total == 0 {
      head = end
      end = tail
      degree = newDegree
    }
    return total
  }

  /// The crossing arc of the frontier to `other` at which the running sum of σ·σ first
  /// passes `target`: (this side's node, the other side's node), or `nil` when rounding
  /// leaves `target` above the last sum.
  @inline(__always)
  func crossing(to other: SearchBall, at target: Double) -> (Int, Int)? {
    let off = arcs.offsets, tgt = arcs.targets
    var acc = 0.0
    var last: (Int, Int)? = nil
    for i in head..<end {
      let x = Int(queue[i])
      for a in Int(off[x])..<Int(off[x &+ 1]) {
        let y = Int(tgt[a])
        if other.dist[y] >= 0 {
          last = (x, y)
          acc += sig[x] * other.sig[y]
          if target < acc { return last }
        }
      }
    }
    return last
  }

  /// From `node` back to this side's root, each step choosing a node z one level closer with
  /// probability σ(z)/σ(current) among the neighbours along `reverse` (the arcs the other way);
  /// appends every node but the root to `path`.
  @inline(__always)
  func walkToRoot(from node: Int, along reverse: CSRView, into path: inout [Int32], using rng: inout SplitMix64) {
    var current = node
    while dist[current] > 0 {
      path.append(Int32(truncatingIfNeeded: current))
      let want = dist[current] &- 1
      let target = Double.random(in: 0..<sig[current], using: &rng)
      var acc = 0.0
      var chosen = -1
      for a in Int(reverse.offsets[current])..<Int(reverse.offsets[current &+ 1]) {
        let z = Int(reverse.targets[a])
        if dist[z] == want {
          chosen = z
          acc += sig[z]
          if target < acc { break }
        }
      }
      guard chosen >= 0 else { return }
      current = chosen
    }
  }

  /// Clears the distances the search set.
  @inline(__always)
  func reset() {
    for i in 0..<tail { dist[Int(queue[i])] = -1 }
  }
}

/// The scratch of one worker: the two balls of its searches and the inner nodes of the
/// paths it has drawn.
final class BidirectionalPathSampler: @unchecked Sendable {
  private var fromS: SearchBall
  private var fromT: SearchBall
  /// The inner nodes of every path drawn since the last `path.removeAll`.
  var path: [Int32] = []
  /// Arcs scanned so far (a measure of work, for benchmarks).
  var arcsScanned = 0

  init(nodeCount n: Int) {
    let none = CSRView(
      offsets: UnsafeBufferPointer(start: nil, count: 0), targets: UnsafeBufferPointer(start: nil, count: 0),
      lengths: UnsafeBufferPointer(start: nil, count: 0))
    fromS = SearchBall(nodeCount: n, arcs: none)
    fromT = SearchBall(nodeCount: n, arcs: none)
  }

  deinit {
    fromS.deallocate()
    fromT.deallocate()
  }

  /// Draws one shortest path from `s` to `t` (s ≠ t) uniformly among all shortest s–t paths
  /// and appends its inner nodes (neither s nor t) to ``path``. Returns `false`, appending
  /// nothing, when t cannot be reached from s.
  ///
  /// `oneSided` grows only the ball around s (a breadth-first search from s until it reaches
  /// t's level, as Riondato & Kornaropoulos 2016 sample): the same distribution of paths,
  /// with more arcs read.
  @discardableResult
  func sample(
    _ forward: CSRView, _ backward: CSRView, from s: Int, to t: Int, oneSided: Bool = false,
    using rng: inout SplitMix64
  ) -> Bool {
    fromS.arcs = forward
    fromT.arcs = backward
    fromS.start(at: s)
    fromT.start(at: t)
    var total = 0.0
    var sMet = true
    var scanned = 0
    // Expand the side of the smaller frontier degree until the balls meet or one runs out.
    while true {
      if oneSided || fromS.degree <= fromT.degree {
        total = fromS.expand(meeting: fromT, scanned: &scanned)
        sMet = true
        if total > 0 || fromS.head == fromS.end { break }
      } else {
        total = fromT.expand(meeting: fromS, scanned: &scanned)
        sMet = false
        if total > 0 || fromT.head == fromT.end { break }
      }
    }
    arcsScanned &+= scanned
    var found = false
    if total > 0 {
      // Draw the crossing arc u → v with weight σ_s(u) σ_t(v), rescanning the level that met.
      let target = Double.random(in: 0..<total, using: &rng)
      let arc = sMet ? fromS.crossing(to: fromT, at: target) : fromT.crossing(to: fromS, at: target).map { ($1, $0) }
      if let (u, v) = arc {
        found = true
        fromS.walkToRoot(from: u, along: backward, into: &path, using: &rng)
        fromT.walkToRoot(from: v, along: forward, into: &path, using: &rng)
      }
    }
    fromS.reset()
    fromT.reset()
    return found
  }
}

/// Runs numbered path samples on several threads. Sample i draws its pair and its path from
/// its own generator, seeded from (seed, stream, i), so the multiset of paths drawn for a range
/// of samples does not depend on the number of threads or on scheduling; counts of how often
/// each node was an inner node are integers, so their sums are exact.
struct PathSampling: @unchecked Sendable {
  let forward: CSRView
  let backward: CSRView
  let samplers: [BidirectionalPathSampler]
  let seed: UInt64

  /// The generator of sample `i` in `stream` (a bijective mix of the three, so that streams
  /// of different samples do not overlap as consecutive SplitMix64 seeds would).
  static func generator(seed: UInt64, stream: UInt64, sample i: Int) -> SplitMix64 {
    var z = seed ^ (stream &* 0xD6E8_FEB8_6659_FD93)
    z = z &+ UInt64(truncatingIfNeeded: i) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return SplitMix64(seed: z ^ (z >> 31))
  }

  /// Draws samples `range` of `stream` (each a uniform ordered pair s ≠ t and a uniform
  /// shortest path between them) and adds one to `counts[v]` for every inner node v of every
  /// path. Returns the number of arcs scanned.
  @discardableResult
  func run(stream: UInt64, range: Range<Int>, into counts: inout [Int64]) -> Int {
    let n = forward.nodeCount
    let workers = Swift.max(1, Swift.min(samplers.count, range.count))
    let lower = range.lowerBound
    let this = self
    let before = samplers.reduce(0) { $0 + $1.arcsScanned }
    Parallelism.forEachChunk(count: range.count, threads: workers) { w, chunk in
      let sampler = this.samplers[w]
      for k in chunk {
        var rng = PathSampling.generator(seed: this.seed, stream: stream, sample: lower + k)
        let s = Int.random(in: 0..<n, using: &rng)
        var t = Int.random(in: 0..<(n - 1), using: &rng)
        if t >= s { t += 1 }
        sampler.sample(this.forward, this.backward, from: s, to: t, using: &rng)
      }
    }
    for sampler in samplers {
      for v in sampler.path { counts[Int(v)] += 1 }
      sampler.path.removeAll(keepingCapacity: true)
    }
    return samplers.reduce(0) { $0 + $1.arcsScanned } - before
  }
}
