import Foundation
import Testing

@testable import CoopGraph

/// Louvain and Leiden with parallel local moving (``ParallelLocalMoving``): the same result
/// for a seed whatever the number of threads, valid partitions, and modularity as good as the
/// sequential moving's.
@Suite struct ParallelLocalMovingTests {
  /// A planted partition of `groups` groups of `size` nodes (enough nodes for the parallel
  /// path): each node draws `inside` partners in its group and `outside` anywhere.
  static func planted(groups: Int, size: Int, inside: Int, outside: Int, seed: UInt64) throws -> (Graph, [Int32]) {
    var rng = SplitMix64(seed: seed)
    let n = groups * size
    var b = GraphBuilder(directed: false, nodeCount: n)
    for v in 0..<n {
      let g = v / size
      for _ in 0..<inside {
        let u = g * size + Int.random(in: 0..<size, using: &rng)
        if u != v { b.addEdge(u, v) }
      }
      for _ in 0..<outside {
        let u = Int.random(in: 0..<n, using: &rng)
        if u != v { b.addEdge(u, v) }
      }
    }
    return (try b.build(parallelEdges: .max), (0..<n).map { Int32($0 / size) })
  }

  static func isValid(_ p: Partition, nodeCount n: Int) -> Bool {
    guard p.nodeCount == n else { return false }
    var seen = [Int](repeating: 0, count: p.count)
    for c in p.membership {
      guard c >= 0 && Int(c) < p.count else { return false }
      seen[Int(c)] += 1
    }
    // Every community is used, and every node is in exactly one (the counts sum to n).
    return seen.allSatisfy { $0 > 0 } && seen.reduce(0, +) == n
  }

  @Test func leidenIsTheSameOnAnyNumberOfThreads() throws {
    let (g, _) = try Self.planted(groups: 50, size: 100, inside: 6, outside: 3, seed: 3)
    #expect(g.nodeCount >= ParallelLocalMoving.minimumNodes)
    var rng = SplitMix64(seed: 7)
    let two = try g.leiden(iterations: 2, using: &rng, threads: 2)
    for threads in [2, 3, 5] {
      var again = SplitMix64(seed: 7)
      let other = try g.leiden(iterations: 2, using: &again, threads: threads)
      #expect(other.partition == two.partition, "\(threads) threads")
      #expect(other.modularity == two.modularity)
    }
    // On a graph with weak structure, the seed matters (the test above is not vacuous).
    let (weak, _) = try Self.planted(groups: 50, size: 100, inside: 2, outside: 6, seed: 3)
    var s1 = SplitMix64(seed: 7), s2 = SplitMix64(seed: 8)
    #expect(
      try weak.leiden(iterations: 2, using: &s1, threads: 2).partition
        != weak.leiden(iterations: 2, using: &s2, threads: 2).partition)
  }

  /// The aggregate graph built on several threads is the one built on one, bit for bit.
  @Test func parallelAggregationEqualsSequential() throws {
    let (g, planted) = try Self.planted(groups: 60, size: 80, inside: 6, outside: 3, seed: 6)
    let base = CommunityGraph(g)
    for labels in [planted, (0..<Int32(g.nodeCount)).map { $0 / 7 }] {
      var dense = labels
      let k = denseLabels(&dense)
      let one = base.aggregate(labels: dense, count: k, threads: 1)
      for threads in [2, 3, 8] {
        let many = base.aggregate(labels: dense, count: k, threads: threads)
        #expect(many.offsets == one.offsets && many.targets == one.targets && many.weights == one.weights)
        #expect(many.selfWeight == one.selfWeight && many.strength == one.strength && many.size == one.size)
      }
      #expect(abs(one.totalWeight - base.totalWeight) < 1e-9 * base.totalWeight)
    }
  }

  @Test func louvainIsTheSameOnAnyNumberOfThreads() throws {
    let (g, _) = try Self.planted(groups: 50, size: 100, inside: 6, outside: 3, seed: 4)
    var rng = SplitMix64(seed: 9)
    let two = try g.louvain(using: &rng, threads: 2)
    for threads in [3, 4] {
      var again = SplitMix64(seed: 9)
      let other = try g.louvain(using: &again, threads: threads)
      #expect(other.partition == two.partition, "\(threads) threads")
      #expect(other.levels == two.levels)
    }
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func partitionsAreValidAndAsGoodAsSequential(seed: UInt64) throws {
    let (g, planted) = try Self.planted(groups: 60, size: 80, inside: 6, outside: 3, seed: seed)
    let n = g.nodeCount
    var r1 = SplitMix64(seed: seed), r2 = SplitMix64(seed: seed)
    let parallel = try g.leiden(iterations: 2, using: &r1, threads: 2)
    let sequential = try g.leiden(iterations: 2, using: &r2, threads: 1)
    #expect(Self.isValid(parallel.partition, nodeCount: n))
    #expect(CommunityTests.allConnected(g, parallel.partition), "a parallel Leiden community is disconnected")
    #expect(abs(parallel.modularity - (try g.modularity(of: parallel.partition))) < 1e-12)
    #expect(parallel.modularity >= sequential.modularity - 0.002)
    // The planted groups are found.
    let nmi = try PartitionComparison(parallel.partition, Partition(labels: planted)).normalizedMutualInformation
    #expect(nmi > 0.9, "NMI with the planted partition \(nmi)")

    var r3 = SplitMix64(seed: seed), r4 = SplitMix64(seed: seed)
    let louvain = try g.louvain(using: &r3, threads: 2)
    let louvainSequential = try g.louvain(using: &r4, threads: 1)
    #expect(Self.isValid(louvain.partition, nodeCount: n))
    for level in louvain.levels { #expect(Self.isValid(level, nodeCount: n)) }
    // Each level merges communities of the one before: coarser or equal.
    for (a, b) in zip(louvain.levels, louvain.levels.dropFirst()) {
      #expect(b.count <= a.count)
      var parent = [Int32](repeating: -1, count: a.count)
      for v in 0..<n {
        let c = Int(a.membership[v])
        if parent[c] < 0 { parent[c] = b.membership[v] }
        #expect(parent[c] == b.membership[v], "a community of a level split in the next")
      }
    }
    #expect(louvain.modularity >= louvainSequential.modularity - 0.002)
  }

  /// The default stopping rule ends, reports each iteration, and never keeps an iteration that
  /// lowered the quality.
  @Test func defaultStoppingIsBoundedAndReported() throws {
    let (g, _) = try Self.planted(groups: 50, size: 100, inside: 5, outside: 4, seed: 5)
    final class Seen: @unchecked Sendable {
      let lock = NSLock()
      var qualities: [Double] = []
    }
    let seen = Seen()
    var rng = SplitMix64(seed: 2)
    let r = try g.leiden(
      using: &rng, threads: 2,
      progress: { _, q in
        seen.lock.lock()
        seen.qualities.append(q)
        seen.lock.unlock()
      })
    #expect(r.iterations >= 1 && r.iterations <= Graph.leidenMaximumIterations)
    #expect(seen.qualities.count == r.iterations || seen.qualities.count == r.iterations - 1)
    for (a, b) in zip(seen.qualities, seen.qualities.dropFirst()) { #expect(b >= a) }
    #expect(abs(r.quality - (seen.qualities.last ?? r.quality)) < 1e-12)
  }
}
