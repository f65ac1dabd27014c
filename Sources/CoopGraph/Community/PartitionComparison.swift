import Foundation

/// How alike two partitions of the same nodes are, with igraph's `compare_communities`
/// definitions (natural logarithms).
public struct PartitionComparison: Sendable, Equatable {
  /// Normalized mutual information, 2 I(A; B) / (H(A) + H(B)) (Danon, Díaz-Guilera, Duch &
  /// Arenas 2005, doi:10.1088/1742-5468/2005/09/P09008); 1 when both entropies are 0.
  public var normalizedMutualInformation: Double
  /// Variation of information, H(A) + H(B) − 2 I(A; B) (Meilă 2007,
  /// doi:10.1016/j.jmva.2006.11.013), in nats.
  public var variationOfInformation: Double
  /// The Rand index: the fraction of node pairs both partitions treat alike (Rand 1971,
  /// doi:10.1080/01621459.1971.10482356).
  public var rand: Double
  /// The adjusted Rand index (Hubert & Arabie 1985, doi:10.1007/BF01908075); 1 for identical
  /// partitions.
  public var adjustedRand: Double
  /// The split-join distance (van Dongen 2000): the number of node moves from A to B plus from
  /// B to A, each counted against the best-matching community.
  public var splitJoin: Int

  /// Compares `a` and `b`.
  ///
  /// - Throws: ``CommunityError/sizeMismatch(partition:graph:)`` when they cover different
  ///   numbers of nodes.
  /// - Complexity: O(n log n) time (the contingency table is built by sorting), O(n) memory.
  public init(_ a: Partition, _ b: Partition) throws {
    guard a.nodeCount == b.nodeCount else {
      throw CommunityError.sizeMismatch(partition: b.nodeCount, graph: a.nodeCount)
    }
    let n = a.nodeCount
    let kb = UInt64(max(b.count, 1))
    var keys = [UInt64](repeating: 0, count: n)
    for v in 0..<n { keys[v] = UInt64(a.membership[v]) * kb + UInt64(b.membership[v]) }
    keys.sort()
    let sizesA = a.sizes, sizesB = b.sizes
    let nn = Double(n)
    func plogp(_ count: Int) -> Double {
      let p = Double(count) / nn
      return count == 0 ? 0 : p * log(p)
    }
    var hA = 0.0, hB = 0.0
    for s in sizesA { hA -= plogp(s) }
    for s in sizesB { hB -= plogp(s) }
    var mutual = 0.0
    var pairsBoth = 0.0
    var bestForA = [Int](repeating: 0, count: a.count)
    var bestForB = [Int](repeating: 0, count: b.count)
    var i = 0
    while i < n {
      var j = i
      while j < n && keys[j] == keys[i] { j += 1 }
      let count = j - i
      let ca = Int(keys[i] / kb), cb = Int(keys[i] % kb)
      let pab = Double(count) / nn
      mutual += pab * log(pab * nn * nn / (Double(sizesA[ca]) * Double(sizesB[cb])))
      pairsBoth += Double(count) * Double(count - 1) / 2
      bestForA[ca] = max(bestForA[ca], count)
      bestForB[cb] = max(bestForB[cb], count)
      i = j
    }
    let hSum = hA + hB
    normalizedMutualInformation = hSum == 0 ? 1 : 2 * mutual / hSum
    variationOfInformation = max(0, hSum - 2 * mutual)
    splitJoin = (n - bestForA.reduce(0, +)) + (n - bestForB.reduce(0, +))
    let pairs = nn * (nn - 1) / 2
    var pairsA = 0.0, pairsB = 0.0
    for s in sizesA { pairsA += Double(s) * Double(s - 1) / 2 }
    for s in sizesB { pairsB += Double(s) * Double(s - 1) / 2 }
    if n < 2 {
      rand = 1
      adjustedRand = 1
    } else {
      rand = (pairs + 2 * pairsBoth - pairsA - pairsB) / pairs
      let expected = pairsA * pairsB / pairs
      let maximum = (pairsA + pairsB) / 2
      adjustedRand = maximum == expected ? 1 : (pairsBoth - expected) / (maximum - expected)
    }
  }
}
