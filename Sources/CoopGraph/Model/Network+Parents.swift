extension Network {
  /// Every cycle of `parent` links (a → b → … → a), each once, as entity indices starting at its
  /// entity that comes first in the file; in the order of those first entities. Every reader
  /// (native, GraphML, GEXF, CSV, node-link, Pajek, DOT) refuses a network that has one, so
  /// `--collapse-parts`, `ancestors(of:)` and the writers never meet a cycle.
  ///
  /// Entities whose parent is unknown or themselves are not cycles here (readers report those
  /// on their own). Ids repeat nowhere in a valid network; the first entity with an id is the one
  /// a parent names.
  ///
  /// - Complexity: O(entities): each entity is walked once.
  public func parentCycles() -> [[Int]] {
    var position: [String: Int] = [:]
    position.reserveCapacity(entities.count)
    for (i, e) in entities.enumerated() where position[e.id] == nil { position[e.id] = i }
    // 0 unseen, 1 on the current walk, 2 done.
    var state = [UInt8](repeating: 0, count: entities.count)
    var cycles: [[Int]] = []
    for start in entities.indices where state[start] == 0 {
      var path: [Int] = []
      var current: Int? = start
      while let c = current, state[c] == 0 {
        state[c] = 1
        path.append(c)
        current = entities[c].parent.flatMap { position[$0] }
      }
      if let c = current, state[c] == 1, let at = path.firstIndex(of: c), path.count - at > 1 {
        let cycle = Array(path[at...])
        let lowest = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
        cycles.append(Array(cycle[lowest...] + cycle[..<lowest]))
      }
      for c in path { state[c] = 2 }
    }
    return cycles.sorted { $0[0] < $1[0] }
  }

  /// `a -> b -> a`: the ids of a cycle from ``parentCycles()``, back to its start.
  public func describeParentCycle(_ cycle: [Int]) -> String {
    (cycle + [cycle[0]]).map { entities[$0].id }.joined(separator: " -> ")
  }
}
