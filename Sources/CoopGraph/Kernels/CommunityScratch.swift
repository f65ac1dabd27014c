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

/// Zeroed per-node work arrays for the moving phases, allocated once per call and released
/// with ``release()`` (the owner calls it in a `defer`).
struct Scratch {
  let total: MutableArrayView<Double>
  let toCommunity: MutableArrayView<Double>
  let seen: MutableArrayView<Bool>
  let members: MutableArrayView<Int32>
  let queued: MutableArrayView<Bool>
  let cut: MutableArrayView<Double>

  init(_ n: Int) {
    total = .allocate(count: n, repeating: 0)
    toCommunity = .allocate(count: n, repeating: 0)
    seen = .allocate(count: n, repeating: false)
    members = .allocate(count: n, repeating: 0)
    queued = .allocate(count: n, repeating: false)
    cut = .allocate(count: n, repeating: 0)
  }

  func release() {
    total.deallocate()
    toCommunity.deallocate()
    seen.deallocate()
    members.deallocate()
    queued.deallocate()
    cut.deallocate()
  }
}
