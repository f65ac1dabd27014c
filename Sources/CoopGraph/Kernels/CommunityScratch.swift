/// The views and work arrays of the community kernels (Louvain's and Leiden's local moving,
/// Leiden's refinement, aggregation).

extension CommunityGraph {
  /// Read-only views of the rows, for the inner loops.
  struct Rows {
    let offsets: ArrayView<Int>
    let targets: ArrayView<Int32>
    let weights: ArrayView<Double>
  }

  /// Calls `body` with views of the rows (valid only inside `body`).
  func withRows<R>(_ body: (Rows) -> R) -> R {
    offsets.withArrayView { o in
      targets.withArrayView { t in
        weights.withArrayView { w in body(Rows(offsets: o, targets: t, weights: w)) }
      }
    }
  }
}

/// Zeroed per-node work arrays for the moving phases, allocated once per call (three blocks:
/// the doubles, the flags, the counts) and released with ``release()`` (the owner calls it in
/// a `defer`).
struct Scratch {
  private let doubles: MutableArrayView<Double>
  private let flags: MutableArrayView<Bool>
  let members: MutableArrayView<Int32>
  /// Strength of the nodes in each community.
  var total: MutableArrayView<Double> { doubles.slice(0..<members.count) }
  /// Strength from the current node to each community.
  var toCommunity: MutableArrayView<Double> { doubles.slice(members.count..<(2 * members.count)) }
  /// Leiden's refinement: strength from each part to the rest of its community.
  var cut: MutableArrayView<Double> { doubles.slice((2 * members.count)..<(3 * members.count)) }
  var seen: MutableArrayView<Bool> { flags.slice(0..<members.count) }
  var queued: MutableArrayView<Bool> { flags.slice(members.count..<(2 * members.count)) }

  init(_ n: Int) {
    doubles = .allocate(count: 3 * n, repeating: 0)
    flags = .allocate(count: 2 * n, repeating: false)
    members = .allocate(count: n, repeating: 0)
  }

  func release() {
    doubles.deallocate()
    flags.deallocate()
    members.deallocate()
  }
}
