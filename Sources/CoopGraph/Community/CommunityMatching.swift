/// Communities of two partitions of the same items matched to each other: which continue,
/// which split, which merged (`coopgraph compare`).
///
/// The rule, on the contingency table n(i, j) = items in community i of A and j of B:
/// - the **successor** of A's community i is the B community holding most of its items, and
///   the **predecessor** of B's community j the A community holding most of its items (equal
///   counts go to the lower-numbered community);
/// - A's community i **split** when two or more B communities have i as predecessor;
/// - B's community j is a **merge** when two or more A communities have j as successor;
/// - i and j **continue** when each is the other's best match and neither split nor merged.
/// With it, normalized mutual information (``PartitionComparison``) says how alike the two are
/// as a whole; 1 for the same partition.
public struct CommunityMatching: Sendable, Equatable {
  /// A community continued from A (index `a`) to B (index `b`), with the items they share.
  public struct Continued: Sendable, Equatable {
    public var a: Int
    public var b: Int
    public var shared: Int
  }

  /// A's community `a` split into B's communities `into` (each with `a` as predecessor).
  public struct Split: Sendable, Equatable {
    public var a: Int
    public var into: [Int]
  }

  /// A's communities `from` (each with `b` as successor) merged into B's community `b`.
  public struct Merge: Sendable, Equatable {
    public var from: [Int]
    public var b: Int
  }

  public var continued: [Continued]
  public var splits: [Split]
  public var merges: [Merge]
  /// Normalized mutual information of the two partitions.
  public var nmi: Double

  /// Matches `a` and `b`, two partitions of the same items.
  /// - Throws: ``CommunityError/sizeMismatch(partition:graph:)`` when they cover different
  ///   numbers of items.
  /// - Complexity: O(n + ka × kb) for ka and kb communities.
  public init(_ a: Partition, _ b: Partition) throws {
    let comparison = try PartitionComparison(a, b)
    nmi = comparison.normalizedMutualInformation
    let ka = a.count
    let kb = b.count
    var table = [Int](repeating: 0, count: max(1, ka * kb))
    for v in 0..<a.nodeCount {
      table[Int(a.membership[v]) * kb + Int(b.membership[v])] += 1
    }
    // Each group's best match on the other side: the one it shares most nodes with (the
    // first of equals).
    func bestMatch(count: Int, over others: Int, shared: (Int, Int) -> Int) -> [Int] {
      (0..<count).map { i in
        var best = -1
        var bestCount = 0
        for j in 0..<others where shared(i, j) > bestCount {
          best = j
          bestCount = shared(i, j)
        }
        return best
      }
    }
    let successor = bestMatch(count: ka, over: kb) { i, j in table[i * kb + j] }
    let predecessor = bestMatch(count: kb, over: ka) { j, i in table[i * kb + j] }
    var splits: [Split] = []
    for i in 0..<ka {
      let into: [Int] = (0..<kb).filter { predecessor[$0] == i }
      if into.count >= 2 { splits.append(Split(a: i, into: into)) }
    }
    var merges: [Merge] = []
    for j in 0..<kb {
      let from: [Int] = (0..<ka).filter { successor[$0] == j }
      if from.count >= 2 { merges.append(Merge(from: from, b: j)) }
    }
    let splitA = Set(splits.map(\.a))
    let mergedB = Set(merges.map(\.b))
    var continued: [Continued] = []
    for i in 0..<ka {
      let j = successor[i]
      guard j >= 0, predecessor[j] == i, !splitA.contains(i), !mergedB.contains(j) else { continue }
      continued.append(Continued(a: i, b: j, shared: table[i * kb + j]))
    }
    self.continued = continued
    self.splits = splits
    self.merges = merges
  }
}
