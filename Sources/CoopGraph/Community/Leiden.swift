import Foundation

/// The quality function the Leiden algorithm optimizes.
public enum LeidenObjective: String, Sendable, CaseIterable {
  /// Modularity with resolution γ (see ``Graph/modularity(of:resolution:)``).
  case modularity
  /// The constant Potts model with resolution γ (see
  /// ``Graph/constantPottsQuality(of:resolution:)``): communities are groups whose density
  /// exceeds γ, whatever the size of the network.
  case cpm
}

/// The result of ``Graph/leiden(objective:resolution:iterations:randomness:initial:using:threads:progress:)``.
public struct LeidenResult: Sendable {
  /// The communities; each is connected.
  public var partition: Partition
  /// The value of the objective for ``partition``.
  public var quality: Double
  /// The modularity of ``partition`` at the same resolution (for the constant Potts model at
  /// resolution 1).
  public var modularity: Double
  /// How many iterations ran.
  public var iterations: Int
}

extension Graph {
  /// Communities by the Leiden algorithm: fast local moving of nodes, a refinement that splits
  /// every community into well-connected parts, aggregation on the refined parts, repeated.
  /// Every community it returns is connected (unlike Louvain's), and modularity is usually
  /// higher.
  ///
  /// Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected
  /// communities", Sci. Rep. 9, 5233, doi:10.1038/s41598-019-41695-z. The refinement merges a
  /// node into a well-connected part chosen at random with probability ∝ exp(ΔH / θ) among the
  /// moves with ΔH ≥ 0, as igraph's `community_leiden` does.
  ///
  /// Conventions: strengths are used when the graph is weighted; a directed graph is
  /// optimized on its undirected view (strengths of opposite arcs summed); the reported
  /// modularity is that of the graph as given (Leicht–Newman when directed). With the
  /// constant Potts model each node has weight 1 (its size). Communities are numbered as in
  /// ``Partition``. A seed gives the same communities on every machine.
  ///
  /// ```swift
  /// var rng = SplitMix64(seed: 1)
  /// let result = try graph.leiden(resolution: 1, using: &rng)
  /// ```
  ///
  /// - Parameters:
  ///   - objective: modularity (default) or the constant Potts model.
  ///   - resolution: γ ≥ 0; larger values give smaller communities. For CPM it is the
  ///     density threshold (a value between 0 and 1 for unweighted graphs).
  ///   - iterations: how many times to run the algorithm, each starting from the previous
  ///     result; `nil` (default) repeats until an iteration changes nothing or raises the
  ///     quality by less than ``Graph/leidenMinimumGain`` (10⁻⁶), at most
  ///     ``Graph/leidenMaximumIterations`` (50) times, so that the run ends in bounded time on
  ///     large graphs (each iteration is about linear in the arcs); an iteration that lowers
  ///     the quality (possible with parallel moving) is not kept. igraph's default is 2,
  ///     NetworKit's `ParallelLeiden` 3.
  ///   - randomness: θ > 0 of the refinement; smaller is greedier. igraph's default 0.01.
  ///   - initial: a partition to start from (default: every node alone).
  ///   - rng: the random source for node orders and the refinement.
  ///   - threads: worker threads. With more than one, levels of at least 4,096 nodes move
  ///     their nodes in parallel batches (``ParallelLocalMoving``): the result then depends on
  ///     the seed alone, the same for 2 or 64 threads, but differs from the one-thread result.
  ///   - progress: called after each iteration with (iterations done, quality).
  /// - Returns: the partition, its quality and modularity, and the number of iterations.
  ///   A graph without edges gives singletons (modularity NaN).
  /// - Throws: ``CommunityError`` for a bad resolution, θ, iteration count or initial partition.
  /// - Complexity: about O(arcs) per pass; O(nodes + arcs) extra memory.
  public func leiden(
    objective: LeidenObjective = .modularity, resolution: Double = 1, iterations: Int? = nil,
    randomness: Double = 0.01, initial: Partition? = nil,
    using rng: inout some RandomNumberGenerator, threads: Int = 1,
    progress: (@Sendable (_ iterations: Int, _ quality: Double) -> Void)? = nil
  ) throws -> LeidenResult {
    guard resolution.isFinite && resolution >= 0 else {
      throw CommunityError.invalidResolution(resolution)
    }
    guard randomness.isFinite && randomness > 0 else {
      throw CommunityError.invalidArgument("randomness \(randomness) must be finite and greater than 0")
    }
    if let iterations, iterations < 1 {
      throw CommunityError.invalidArgument("iterations \(iterations) must be at least 1")
    }
    if let initial, initial.nodeCount != nodeCount {
      throw CommunityError.sizeMismatch(partition: initial.nodeCount, graph: nodeCount)
    }
    let base = CommunityGraph(self)
    let m = base.totalWeight
    var partition = initial ?? Partition.singletons(nodeCount)
    var done = 0
    let score = { (p: Partition) throws -> Double in
      objective == .modularity
        ? try self.modularity(of: p, resolution: resolution) : try self.constantPottsQuality(of: p, resolution: resolution)
    }
    var current: Double? = nil
    if m > 0 || objective == .cpm {
      let lambda = objective == .modularity ? resolution / (2 * m) : resolution
      let limit = iterations ?? Self.leidenMaximumIterations
      while done < limit {
        let labels = LeidenLevel.iterate(
          base, weightsAreSizes: objective == .cpm, lambda: lambda, theta: randomness,
          start: partition.membership, threads: threads, rng: &rng)
        let next = Partition(labels: labels)
        done += 1
        if iterations != nil {
          partition = next
          if let progress { progress(done, try score(partition)) }
          continue
        }
        if next == partition { break }
        let before = try current ?? score(partition)
        let after = try score(next)
        progress?(done, max(before, after))
        if after >= before {
          partition = next
          current = after
        }
        if !(after - before >= Self.leidenMinimumGain) { break }
      }
    }
    let q = try modularity(of: partition, resolution: objective == .modularity ? resolution : 1)
    let quality = objective == .modularity ? q : try constantPottsQuality(of: partition, resolution: resolution)
    return LeidenResult(partition: partition, quality: quality, modularity: q, iterations: done)
  }
}

extension Graph {
  /// The default stopping rule of ``leiden(objective:resolution:iterations:randomness:initial:using:threads:progress:)``:
  /// the smallest gain in quality for which another iteration runs.
  public static let leidenMinimumGain = 1e-6
  /// The default stopping rule: the most iterations.
  public static let leidenMaximumIterations = 50
}

/// One iteration of Leiden over all levels.
enum LeidenLevel {
  static func iterate(
    _ base: CommunityGraph, weightsAreSizes: Bool, lambda: Double, theta: Double, start: [Int32],
    threads: Int = 1, rng: inout some RandomNumberGenerator
  ) -> [Int32] {
    var g = base
    var memberOf = (0..<base.nodeCount).map { Int32($0) }
    var labels = start
    while true {
      let a = weightsAreSizes ? g.size : g.strength
      if threads > 1 && g.nodeCount >= ParallelLocalMoving.minimumNodes {
        ParallelLocalMoving.move(
          g, nodeWeight: a, lambda: lambda, labels: &labels, allowEmpty: true, threads: threads, rng: &rng)
      } else {
        fastMove(g, nodeWeight: a, lambda: lambda, labels: &labels, rng: &rng)
      }
      let k = denseLabels(&labels)
      if k == g.nodeCount { break }
      var refined = refine(g, nodeWeight: a, lambda: lambda, theta: theta, labels: labels, count: k, rng: &rng)
      var kr = denseLabels(&refined)
      if kr == g.nodeCount {
        // Nothing merged: aggregate on the communities themselves.
        refined = labels
        kr = k
      }
      var next = [Int32](repeating: 0, count: kr)
      for v in 0..<g.nodeCount { next[Int(refined[v])] = labels[v] }
      for v in memberOf.indices { memberOf[v] = refined[Int(memberOf[v])] }
      g = g.aggregate(labels: refined, count: kr, threads: threads)
      labels = next
    }
    return memberOf.map { labels[Int($0)] }
  }

  /// Adds each node's weight to its community's total and counts the community's members;
  /// returns the communities left empty, highest first (the next empty one is `popLast()`).
  @inline(__always)
  static func tally(
    _ n: Int, labels: MutableArrayView<Int32>, weights: ArrayView<Double>, total: MutableArrayView<Double>,
    members: MutableArrayView<Int32>
  ) -> [Int32] {
    for v in 0..<n {
      total[Int(labels[v])] += weights[v]
      members[Int(labels[v])] += 1
    }
    var empty: [Int32] = []
    for c in stride(from: n - 1, through: 0, by: -1) where members[c] == 0 { empty.append(Int32(c)) }
    return empty
  }

  /// Leiden's fast local moving: a queue that starts with every node in a random order; a node
  /// that moves puts its neighbours outside its new community back in the queue. A node may
  /// also move to an empty community.
  @discardableResult
  static func fastMove(
    _ g: CommunityGraph, nodeWeight: [Double], lambda: Double, labels labelArray: inout [Int32],
    allowEmpty: Bool = true, rng: inout some RandomNumberGenerator
  ) -> Bool {
    let n = g.nodeCount
    let scratch = Scratch(n)
    defer { scratch.release() }
    let total = scratch.total, toCommunity = scratch.toCommunity, seen = scratch.seen
    let members = scratch.members, queued = scratch.queued
    var queue = shuffledNodes(n, &rng)
    var moved = false
    g.withRows { rows in
      nodeWeight.withArrayView { a in
        labelArray.withMutableArrayView { labels in
          queue.withMutableArrayView { queue in
            for v in 0..<n { queued[v] = true }
            var empty = tally(n, labels: labels, weights: a, total: total, members: members)
            var touched: [Int32] = []
            touched.reserveCapacity(64)
            // A ring buffer holds each node at most once.
            var head = 0, length = n
            while length > 0 {
              let v = Int(queue[head])
              head = head &+ 1 == n ? 0 : head &+ 1
              length &-= 1
              queued[v] = false
              let own = Int(labels[v])
              let first = rows.offsets[v], last = rows.offsets[v &+ 1]
              for e in first..<last {
                let c = Int(labels[Int(rows.targets[e])])
                if !seen[c] { seen[c] = true; touched.append(Int32(c)) }
                toCommunity[c] += rows.weights[e]
              }
              let av = a[v]
              total[own] -= av
              members[own] &-= 1
              var best = own
              var bestGain = toCommunity[own] - lambda * av * total[own]
              for c32 in touched {
                let c = Int(c32)
                let gain = toCommunity[c] - lambda * av * total[c]
                if gain > bestGain { bestGain = gain; best = c }
              }
              if allowEmpty && members[own] > 0 && bestGain < 0, let e = empty.last {
                best = Int(e)
                bestGain = 0
              }
              for c in touched { toCommunity[Int(c)] = 0; seen[Int(c)] = false }
              touched.removeAll(keepingCapacity: true)
              total[best] += av
              if members[best] == 0 && best != own { empty.removeLast() }
              members[best] &+= 1
              guard best != own else { continue }
              moved = true
              if members[own] == 0 { empty.append(Int32(own)) }
              labels[v] = Int32(best)
              for e in first..<last {
                let u = Int(rows.targets[e])
                if !queued[u] && Int(labels[u]) != best {
                  queued[u] = true
                  var tail = head &+ length
                  if tail >= n { tail &-= n }
                  queue[tail] = Int32(u)
                  length &+= 1
                }
              }
            }
          }
        }
      }
    }
    return moved
  }

  /// Leiden's refinement: inside each community, start from singletons and merge each
  /// still-alone, well-connected node into a well-connected part of the same community,
  /// chosen at random with probability ∝ exp(ΔH / θ) among moves with ΔH ≥ 0.
  /// - Returns: the refined labels (not dense).
  static func refine(
    _ g: CommunityGraph, nodeWeight: [Double], lambda: Double, theta: Double, labels labelArray: [Int32],
    count k: Int, rng: inout some RandomNumberGenerator
  ) -> [Int32] {
    let n = g.nodeCount
    let scratch = Scratch(n)
    defer { scratch.release() }
    let partTotal = scratch.total, toPart = scratch.toCommunity, seen = scratch.seen
    let partMembers = scratch.members
    // Strength from each part to the rest of its community; for a singleton, from the node.
    let partCut = scratch.cut
    var communityTotal = [Double](repeating: 0, count: k)
    var refinedArray = (0..<n).map { Int32($0) }
    let order = shuffledNodes(n, &rng)
    g.withRows { rows in
      nodeWeight.withArrayView { a in
        labelArray.withArrayView { labels in
          refinedArray.withMutableArrayView { refined in
            for v in 0..<n {
              let s = labels[v]
              communityTotal[Int(s)] += a[v]
              partTotal[v] = a[v]
              partMembers[v] = 1
              var w = 0.0
              for e in rows.offsets[v]..<rows.offsets[v &+ 1] where labels[Int(rows.targets[e])] == s {
                w += rows.weights[e]
              }
              partCut[v] = w
            }
            var touched: [Int32] = []
            var candidates: [Int32] = []
            var gains: [Double] = []
            for v32 in order {
              let v = Int(v32)
              let own = Int(refined[v])
              guard partMembers[own] == 1 else { continue }
              let s = labels[v]
              let sTotal = communityTotal[Int(s)]
              let av = a[v]
              // The node itself must be well connected to its community.
              guard partCut[own] >= lambda * av * (sTotal - av) else { continue }
              for e in rows.offsets[v]..<rows.offsets[v &+ 1] {
                let u = Int(rows.targets[e])
                guard labels[u] == s else { continue }
                let p = Int(refined[u])
                if !seen[p] { seen[p] = true; touched.append(Int32(p)) }
                toPart[p] += rows.weights[e]
              }
              var bestGain = 0.0
              candidates.removeAll(keepingCapacity: true)
              gains.removeAll(keepingCapacity: true)
              candidates.append(Int32(own))
              gains.append(0)
              for p32 in touched {
                let p = Int(p32)
                guard p != own else { continue }
                let pt = partTotal[p]
                // Only parts that are themselves well connected to the community.
                guard partCut[p] >= lambda * pt * (sTotal - pt) else { continue }
                let gain = toPart[p] - lambda * av * pt
                if gain >= 0 {
                  candidates.append(p32)
                  gains.append(gain)
                  if gain > bestGain { bestGain = gain }
                }
              }
              var chosen = own
              if candidates.count > 1 {
                var sum = 0.0
                for i in gains.indices {
                  let x = (gains[i] - bestGain) / theta
                  gains[i] = x < -700 ? 0 : exp(x)
                  sum += gains[i]
                }
                let r = uniformUnit(&rng) * sum
                var acc = 0.0
                chosen = Int(candidates[candidates.count - 1])
                for i in gains.indices {
                  acc += gains[i]
                  if r < acc { chosen = Int(candidates[i]); break }
                }
              }
              if chosen != own {
                partCut[chosen] += partCut[own] - 2 * toPart[chosen]
                partTotal[chosen] += av
                partMembers[chosen] &+= 1
                partTotal[own] = 0
                partMembers[own] = 0
                refined[v] = Int32(chosen)
              }
              for p in touched { toPart[Int(p)] = 0; seen[Int(p)] = false }
              touched.removeAll(keepingCapacity: true)
            }
          }
        }
      }
    }
    return refinedArray
  }
}
