extension Graph {
  /// Checks the CSR invariants and returns the first one that fails, or `nil`:
  /// offsets start at 0, never decrease and end at the arc count; targets are in range and
  /// sorted in each row; weights (if any) are in lock step, finite and positive; an undirected
  /// graph is symmetric, with equal strengths both ways.
  public func invariantViolation() -> String? {
    guard let first = offsets.first, first == 0 else { return "offsets[0] is not 0" }
    guard Int(offsets[nodeCount]) == targets.count else { return "offsets[n] != arc count" }
    guard ids.count == nodeCount else { return "ids.count != nodeCount" }
    if let weights, weights.count != targets.count { return "weights not in lock step" }
    for v in nodes {
      guard offsets[v] <= offsets[v + 1] else { return "offsets decrease at node \(v)" }
      var previous: UInt32? = nil
      for a in arcs(of: v) {
        let t = targets[a]
        guard Int(t) < nodeCount else { return "target out of range at arc \(a)" }
        if let p = previous, p > t { return "row \(v) is not sorted" }
        previous = t
        if let weights, !(weights[a].isFinite && weights[a] > 0) { return "bad weight at arc \(a)" }
        if !isDirected {
          guard let back = arcIndex(from: Int(t), to: v) else { return "arc \(v)->\(t) has no reverse" }
          if weight(at: back) != weight(at: a) { return "arc \(v)->\(t) strength differs from reverse" }
        }
      }
    }
    return nil
  }
}
