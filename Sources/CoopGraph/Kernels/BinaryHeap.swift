/// A binary min-heap of `(key, value)` pairs with `Double` keys and `Int32` values, stored in
/// two flat arrays: the priority queue of Dijkstra's algorithm.
///
/// Dijkstra uses it with lazy deletion: a node whose distance improves is pushed again and the
/// stale entry is skipped when it comes out. Pairs with equal keys come out in no particular
/// order.
///
/// - Complexity: ``push(_:_:)`` and ``popMin()`` are O(log count); ``removeAll()`` is O(1) and
///   keeps the storage, so a heap reused across searches allocates only while it grows.
public struct BinaryHeap: Sendable {
  private var keys: [Double] = []
  private var values: [Int32] = []

  public init(capacity: Int = 0) {
    keys.reserveCapacity(capacity)
    values.reserveCapacity(capacity)
  }

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }

  /// The smallest key and its value, without removing them.
  public var min: (key: Double, value: Int32)? {
    keys.isEmpty ? nil : (keys[0], values[0])
  }

  /// Empties the heap and keeps its storage.
  public mutating func removeAll() {
    keys.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }

  /// Adds a pair.
  public mutating func push(_ key: Double, _ value: Int32) {
    keys.append(key)
    values.append(value)
    keys.withUnsafeMutableBufferPointer { k in
      values.withUnsafeMutableBufferPointer { v in
        var i = k.count - 1
        while i > 0 {
          let parent = (i - 1) >> 1
          let pk = k[parent]
          if pk <= key { break }
          k[i] = pk
          v[i] = v[parent]
          i = parent
        }
        k[i] = key
        v[i] = value
      }
    }
  }

  /// Removes and returns the pair with the smallest key, or `nil` when empty.
  public mutating func popMin() -> (key: Double, value: Int32)? {
    guard let lastKey = keys.popLast(), let lastValue = values.popLast() else { return nil }
    if keys.isEmpty { return (lastKey, lastValue) }
    let top = (keys[0], values[0])
    keys.withUnsafeMutableBufferPointer { k in
      values.withUnsafeMutableBufferPointer { v in
        let n = k.count
        var i = 0
        while true {
          var child = 2 * i + 1
          if child >= n { break }
          if child + 1 < n && k[child + 1] < k[child] { child += 1 }
          if k[child] >= lastKey { break }
          k[i] = k[child]
          v[i] = v[child]
          i = child
        }
        k[i] = lastKey
        v[i] = lastValue
      }
    }
    return top
  }
}
