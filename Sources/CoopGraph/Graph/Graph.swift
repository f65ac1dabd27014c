/// The compact graph every algorithm runs on: compressed sparse rows with 32-bit indices.
///
/// Node `v` (an `Int` in `0..<nodeCount`) has its out-arcs at positions
/// `offsets[v] ..< offsets[v + 1]` of ``targets`` (and of ``weights``, when the graph is
/// weighted). Rows are sorted by target. An undirected edge `{u, v}` is stored as the two arcs
/// `u → v` and `v → u`; an undirected self-loop is stored once. ``ids`` maps nodes back to the
/// entity ids (or edge-list labels) they came from.
///
/// A `Graph` is immutable and `Sendable`; make one with ``GraphBuilder``, from a ``Network``
/// with ``Network/project(_:)``, or from an edge list with ``EdgeList``.
///
/// Memory: 4 bytes per arc for targets, 8 more per arc when weighted, 4 per node for offsets.
public struct Graph: Sendable {
  public let isDirected: Bool
  /// `nodeCount + 1` row starts into ``targets``; `offsets[nodeCount] == arcCount`.
  public let offsets: [UInt32]
  /// The head of each arc, row by row, each row sorted ascending.
  public let targets: [UInt32]
  /// Tie strengths in lock step with ``targets``, or `nil` when every edge has strength 1.
  /// Strengths are finite and > 0 (checked by the builder).
  public let weights: [Double]?
  /// The id of each node: the entity id or the edge-list label.
  public let ids: [String]
  /// Number of edges: arcs of a directed graph; for an undirected graph each edge once.
  public let edgeCount: Int
  /// Number of self-loops (each counted once).
  public let selfLoopCount: Int

  init(
    isDirected: Bool, offsets: [UInt32], targets: [UInt32], weights: [Double]?, ids: [String],
    edgeCount: Int, selfLoopCount: Int
  ) {
    self.isDirected = isDirected
    self.offsets = offsets
    self.targets = targets
    self.weights = weights
    self.ids = ids
    self.edgeCount = edgeCount
    self.selfLoopCount = selfLoopCount
  }

  /// Number of nodes.
  @inlinable public var nodeCount: Int { offsets.count - 1 }
  /// Number of stored arcs (`targets.count`).
  @inlinable public var arcCount: Int { targets.count }
  /// Whether edges carry strengths other than 1.
  @inlinable public var isWeighted: Bool { weights != nil }
  /// The nodes, `0..<nodeCount`.
  @inlinable public var nodes: Range<Int> { 0..<nodeCount }

  /// The positions of `v`'s out-arcs in ``targets`` and ``weights``.
  @inlinable public func arcs(of v: Int) -> Range<Int> {
    Int(offsets[v])..<Int(offsets[v + 1])
  }

  /// Out-neighbours of `v` (all neighbours when undirected), ascending.
  @inlinable public func neighbors(of v: Int) -> ArraySlice<UInt32> {
    targets[arcs(of: v)]
  }

  /// Number of stored out-arcs of `v`. An undirected self-loop counts once here; see
  /// ``degree(of:)`` for the degree as networkx counts it.
  @inlinable public func outArcCount(of v: Int) -> Int {
    Int(offsets[v + 1] &- offsets[v])
  }

  /// The strength of arc `a` (1 when the graph is unweighted).
  @inlinable public func weight(at a: Int) -> Double {
    weights?[a] ?? 1
  }

  /// The degree of `v`: out-degree when directed. A self-loop adds 2 to an undirected degree
  /// and 1 to a directed out-degree, as in networkx.
  public func degree(of v: Int) -> Int {
    let n = outArcCount(of: v)
    if !isDirected && arcIndex(from: v, to: v) != nil { return n + 1 }
    return n
  }

  /// The position of the arc `u → v` in ``targets``, or `nil`. Binary search: O(log deg u).
  /// With parallel arcs (a multigraph) it returns the first.
  public func arcIndex(from u: Int, to v: Int) -> Int? {
    var lo = Int(offsets[u]), hi = Int(offsets[u + 1])
    let t = UInt32(truncatingIfNeeded: v)
    while lo < hi {
      let mid = (lo &+ hi) >> 1
      if targets[mid] < t { lo = mid &+ 1 } else { hi = mid }
    }
    return lo < Int(offsets[u + 1]) && targets[lo] == t ? lo : nil
  }

  /// Whether there is an arc `u → v` (an edge `{u, v}` when undirected).
  public func hasEdge(from u: Int, to v: Int) -> Bool { arcIndex(from: u, to: v) != nil }

  /// The tail of each arc, in lock step with ``targets``. O(arcs) time and memory.
  public func arcSources() -> [UInt32] {
    var sources = [UInt32](repeating: 0, count: arcCount)
    for v in nodes {
      for a in arcs(of: v) { sources[a] = UInt32(truncatingIfNeeded: v) }
    }
    return sources
  }

  /// Each edge once: every arc of a directed graph; for an undirected graph the arcs with
  /// `u <= v`. In node order, then target order.
  public var edges: [(u: Int, v: Int, weight: Double)] {
    var out: [(u: Int, v: Int, weight: Double)] = []
    out.reserveCapacity(edgeCount)
    for u in nodes {
      for a in arcs(of: u) {
        let v = Int(targets[a])
        if isDirected || u <= v { out.append((u, v, weight(at: a))) }
      }
    }
    return out
  }

  /// The graph with every arc reversed (in-neighbours become out-neighbours). An undirected
  /// graph is its own transpose. O(nodes + arcs).
  public func transposed() -> Graph {
    guard isDirected else { return self }
    let n = nodeCount
    var counts = [UInt32](repeating: 0, count: n + 1)
    for t in targets { counts[Int(t) + 1] &+= 1 }
    for i in 0..<n { counts[i + 1] &+= counts[i] }
    var next = counts
    var newTargets = [UInt32](repeating: 0, count: arcCount)
    var newWeights: [Double]? = weights.map { [Double](repeating: 0, count: $0.count) }
    // Visiting sources in ascending order keeps every new row sorted.
    for u in 0..<n {
      for a in arcs(of: u) {
        let t = Int(targets[a])
        let slot = Int(next[t])
        next[t] &+= 1
        newTargets[slot] = UInt32(truncatingIfNeeded: u)
        if let w = weights { newWeights![slot] = w[a] }
      }
    }
    return Graph(
      isDirected: true, offsets: counts, targets: newTargets, weights: newWeights, ids: ids,
      edgeCount: edgeCount, selfLoopCount: selfLoopCount)
  }

  /// The same graph without strengths.
  public func unweighted() -> Graph {
    Graph(
      isDirected: isDirected, offsets: offsets, targets: targets, weights: nil, ids: ids,
      edgeCount: edgeCount, selfLoopCount: selfLoopCount)
  }

  /// The undirected graph with an edge `{u, v}` wherever there is an arc `u → v` or `v → u`
  /// (networkx `G.to_undirected()` on a DiGraph, with strengths of both directions summed).
  public func undirected() -> Graph {
    guard isDirected else { return self }
    var b = GraphBuilder(directed: false, ids: ids)
    for u in nodes {
      for a in arcs(of: u) { b.addEdge(u, Int(targets[a]), weight: weights?[a]) }
    }
    // Strengths are already validated, so building cannot fail.
    return b.buildFromValidated(parallelEdges: .sum)
  }

  /// The position of the node with this id, or `nil`. O(nodes); for many look-ups build a
  /// dictionary once with ``makeIndex()``.
  public func index(of id: String) -> Int? { ids.firstIndex(of: id) }

  /// A dictionary from id to node, for repeated look-ups.
  public func makeIndex() -> [String: Int] {
    var map = [String: Int](minimumCapacity: nodeCount)
    for (i, id) in ids.enumerated() where map[id] == nil { map[id] = i }
    return map
  }
}
