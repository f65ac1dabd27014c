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

/// The scratch of one worker: distances and path counts from both ends, two queues and the
/// inner nodes of the paths it has drawn.
final class BidirectionalPathSampler: @unchecked Sendable {
  private let distS: MutableArrayView<Int32>
  private let distT: MutableArrayView<Int32>
  private let sigS: MutableArrayView<Double>
  private let sigT: MutableArrayView<Double>
  private let queueS: MutableArrayView<Int32>
  private let queueT: MutableArrayView<Int32>
  /// The inner nodes of every path drawn since the last `path.removeAll`.
  var path: [Int32] = []
  /// Arcs scanned so far (a measure of work, for benchmarks).
  var arcsScanned = 0

  init(nodeCount n: Int) {
    distS = .allocate(count: n, repeating: -1)
    distT = .allocate(count: n, repeating: -1)
    sigS = .allocate(count: n, repeating: 0)
    sigT = .allocate(count: n, repeating: 0)
    queueS = .allocate(count: Swift.max(n, 1), repeating: 0)
    queueT = .allocate(count: Swift.max(n, 1), repeating: 0)
  }

  deinit {
    distS.deallocate()
    distT.deallocate()
    sigS.deallocate()
    sigT.deallocate()
    queueS.deallocate()
    queueT.deallocate()
  }

  /// Draws one shortest path from `s` to `t` (s ≠ t) uniformly among all shortest s–t paths
  /// and appends its inner nodes (neither s nor t) to ``path``. Returns `false`, appending
  /// nothing, when t cannot be reached from s.
  @discardableResult
  func sample(
    _ forward: CSRView, _ backward: CSRView, from s: Int, to t: Int, using rng: inout SplitMix64
  ) -> Bool {
    let fo = forward.offsets, ft = forward.targets
    let bo = backward.offsets, bt = backward.targets
    distS[s] = 0
    sigS[s] = 1
    queueS[0] = Int32(truncatingIfNeeded: s)
    distT[t] = 0
    sigT[t] = 1
    queueT[0] = Int32(truncatingIfNeeded: t)
    var sHead = 0, sEnd = 1, sTail = 1
    var tHead = 0, tEnd = 1, tTail = 1
    var degS = Int(fo[s + 1] &- fo[s])
    var degT = Int(bo[t + 1] &- bo[t])
    var total = 0.0
    var fromS = true
    var scanned = 0
    while true {
      if degS <= degT {
        var newDeg = 0
        for i in sHead..<sEnd {
          let u = Int(queueS[i])
          let next = distS[u] &+ 1
          let su = sigS[u]
          let lo = Int(fo[u]), hi = Int(fo[u &+ 1])
          scanned &+= hi &- lo
          for a in lo..<hi {
            let v = Int(ft[a])
            if distT[v] >= 0 {
              total += su * sigT[v]
              continue
            }
            let dv = distS[v]
            if dv < 0 {
              distS[v] = next
              sigS[v] = su
              queueS[sTail] = Int32(truncatingIfNeeded: v)
              sTail &+= 1
              newDeg &+= Int(fo[v &+ 1] &- fo[v])
            } else if dv == next {
              sigS[v] += su
            }
          }
        }
        if total > 0 {
          fromS = true
          break
        }
        sHead = sEnd
        sEnd = sTail
        degS = newDeg
        if sHead == sEnd { break }
      } else {
        var newDeg = 0
        for i in tHead..<tEnd {
          let x = Int(queueT[i])
          let next = distT[x] &+ 1
          let sx = sigT[x]
          let lo = Int(bo[x]), hi = Int(bo[x &+ 1])
          scanned &+= hi &- lo
          for a in lo..<hi {
            let y = Int(bt[a])
            if distS[y] >= 0 {
              total += sx * sigS[y]
              continue
            }
            let dy = distT[y]
            if dy < 0 {
              distT[y] = next
              sigT[y] = sx
              queueT[tTail] = Int32(truncatingIfNeeded: y)
              tTail &+= 1
              newDeg &+= Int(bo[y &+ 1] &- bo[y])
            } else if dy == next {
              sigT[y] += sx
            }
          }
        }
        if total > 0 {
          fromS = false
          break
        }
        tHead = tEnd
        tEnd = tTail
        degT = newDeg
        if tHead == tEnd { break }
      }
    }
    arcsScanned &+= scanned
    var found = total > 0
    if found {
      // Draw the crossing arc u → v with weight σ_s(u) σ_t(v), rescanning the level that met.
      let target = Double.random(in: 0..<total, using: &rng)
      var acc = 0.0
      var u = -1, v = -1
      if fromS {
        scan: for i in sHead..<sEnd {
          let x = Int(queueS[i])
          for a in Int(fo[x])..<Int(fo[x &+ 1]) {
            let y = Int(ft[a])
            if distT[y] >= 0 {
              u = x
              v = y
              acc += sigS[x] * sigT[y]
              if target < acc { break scan }
            }
          }
        }
      } else {
        scan: for i in tHead..<tEnd {
          let x = Int(queueT[i])
          for a in Int(bo[x])..<Int(bo[x &+ 1]) {
            let y = Int(bt[a])
            if distS[y] >= 0 {
              u = y
              v = x
              acc += sigS[y] * sigT[x]
              if target < acc { break scan }
            }
          }
        }
      }
      found = u >= 0
      if found {
        walkBack(from: u, to: s, backward, using: &rng)
        walkForward(from: v, to: t, forward, using: &rng)
      }
    }
    for i in 0..<sTail { distS[Int(queueS[i])] = -1 }
    for i in 0..<tTail { distT[Int(queueT[i])] = -1 }
    return found
  }

  /// From `u` back to `s` along in-arcs, each step choosing a predecessor z one level closer
  /// to s with probability σ_s(z)/σ_s(current); appends every node but s.
  private func walkBack(from u: Int, to s: Int, _ backward: CSRView, using rng: inout SplitMix64) {
    var current = u
    while current != s {
      path.append(Int32(truncatingIfNeeded: current))
      let want = distS[current] &- 1
      let target = Double.random(in: 0..<sigS[current], using: &rng)
      var acc = 0.0
      var chosen = -1
      for a in Int(backward.offsets[current])..<Int(backward.offsets[current &+ 1]) {
        let z = Int(backward.targets[a])
        if distS[z] == want {
          chosen = z
          acc += sigS[z]
          if target < acc { break }
        }
      }
      guard chosen >= 0 else { return }
      current = chosen
    }
  }

  /// From `v` forward to `t` along out-arcs, each step choosing a successor z one level
  /// closer to t with probability σ_t(z)/σ_t(current); appends every node but t.
  private func walkForward(from v: Int, to t: Int, _ forward: CSRView, using rng: inout SplitMix64) {
    var current = v
    while current != t {
      path.append(Int32(truncatingIfNeeded: current))
      let want = distT[current] &- 1
      let target = Double.random(in: 0..<sigT[current], using: &rng)
      var acc = 0.0
      var chosen = -1
      for a in Int(forward.offsets[current])..<Int(forward.offsets[current &+ 1]) {
        let z = Int(forward.targets[a])
        if distT[z] == want {
          chosen = z
          acc += sigT[z]
          if target < acc { break }
        }
      }
      guard chosen >= 0 else { return }
      current = chosen
    }
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
