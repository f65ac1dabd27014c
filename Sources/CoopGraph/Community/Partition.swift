/// A division of the nodes into communities: every node in exactly one.
///
/// Communities are numbered canonically: by size, largest first, and among communities of
/// equal size by their smallest node. So two partitions with the same groups have the same
/// ``membership``, whatever labels produced them, and output is deterministic.
public struct Partition: Sendable, Equatable, Hashable {
  /// The community of each node, in `0..<count`.
  public let membership: [Int32]
  /// The number of communities.
  public let count: Int

  /// Canonically renumbers arbitrary labels (any integers; equal labels mean the same
  /// community).
  ///
  /// - Complexity: O(nodes + k log k) for k communities when labels are in `0..<nodes`;
  ///   O(nodes log nodes) otherwise.
  public init<C: Collection>(labels: C) where C.Element: BinaryInteger {
    let n = labels.count
    var dense = [Int32](repeating: 0, count: n)
    var k = 0
    let small = labels.allSatisfy { $0 >= 0 && $0 < n }
    if small {
      var map = [Int32](repeating: -1, count: n)
      for (v, l) in labels.enumerated() {
        let i = Int(l)
        if map[i] < 0 { map[i] = Int32(k); k += 1 }
        dense[v] = map[i]
      }
    } else {
      let order = labels.enumerated().sorted { ($0.element, $0.offset) < ($1.element, $1.offset) }
      var previous: C.Element? = nil
      for (v, l) in order {
        if l != previous { k += 1; previous = l }
        dense[v] = Int32(k - 1)
      }
    }
    self.init(denseLabels: dense, count: k)
  }

  /// Renumbers labels already in `0..<count` canonically.
  init(denseLabels labels: [Int32], count k: Int) {
    var size = [Int](repeating: 0, count: k)
    var smallest = [Int](repeating: Int.max, count: k)
    for (v, c) in labels.enumerated() {
      size[Int(c)] += 1
      if smallest[Int(c)] == Int.max { smallest[Int(c)] = v }
    }
    let order = (0..<k).filter { size[$0] > 0 }.sorted {
      size[$0] != size[$1] ? size[$0] > size[$1] : smallest[$0] < smallest[$1]
    }
    var rank = [Int32](repeating: 0, count: k)
    for (r, c) in order.enumerated() { rank[c] = Int32(r) }
    membership = labels.map { rank[Int($0)] }
    count = order.count
  }

  /// Each node alone.
  public static func singletons(_ n: Int) -> Partition {
    Partition(denseLabels: (0..<n).map { Int32($0) }, count: n)
  }

  /// The number of nodes.
  public var nodeCount: Int { membership.count }

  /// The size of each community (non-increasing).
  public var sizes: [Int] {
    var s = [Int](repeating: 0, count: count)
    for c in membership { s[Int(c)] += 1 }
    return s
  }

  /// The members of each community, each ascending.
  public var communities: [[Int]] {
    var out = [[Int]](repeating: [], count: count)
    for (v, c) in membership.enumerated() { out[Int(c)].append(v) }
    return out
  }
}

/// What can go wrong when a community method is called.
public enum CommunityError: Error, Equatable, CustomStringConvertible {
  /// A partition whose node count differs from the graph's.
  case sizeMismatch(partition: Int, graph: Int)
  /// A resolution that is negative, infinite or NaN.
  case invalidResolution(Double)
  /// An argument out of its range.
  case invalidArgument(String)

  public var description: String {
    switch self {
    case .sizeMismatch(let p, let g):
      return "the partition covers \(p) nodes but the graph has \(g)"
    case .invalidResolution(let r):
      return "resolution \(r) must be finite and at least 0"
    case .invalidArgument(let s):
      return s
    }
  }
}
