/// A cooperation record as a hypergraph: entities are the nodes, ties are the hyperedges.
///
/// A tie that binds four parties is one edge with four members, not six pairwise edges. The
/// hypergraph is kept as two incidence maps in compressed sparse rows with 32-bit indices, as
/// XGI keeps its two incidence dictionaries (node → edges, edge → nodes):
///
/// - edge `e` has its members, ascending, at `memberOffsets[e] ..< memberOffsets[e + 1]` of
///   ``members``;
/// - node `v` has the edges it belongs to, ascending, at
///   `incidenceOffsets[v] ..< incidenceOffsets[v + 1]` of ``incidences``.
///
/// Identical edges (a multi-edge: two agreements between the same parties) and nested edges
/// (an agreement among three of the parties of an event) stay separate edges, as in XGI. A node
/// appears at most once in an edge.
///
/// Projections are views derived on demand, never stored: the clique graph (two nodes adjacent
/// when they share an edge) underlies ``cliqueEigenvectorCentrality(tolerance:maxIterations:)``,
/// and the s-line graphs of edges and of nodes come from ``sLineGraph(s:of:)``. The measures
/// read the incidence maps directly.
///
/// ```swift
/// let h = try Hypergraph(nodeIds: ["a", "b", "c"], edges: [["a", "b", "c"], ["a", "b"]])
/// h.hyperdegree()  // [2, 2, 1]
/// ```
///
/// Memory: 8 bytes per incidence (both maps), 8 per node and 4 + 8 per edge for offsets and
/// weights, plus the ids.
public struct Hypergraph: Hashable, Sendable {
  /// The id of each node: the entity id.
  public let nodeIds: [String]
  /// The id of each edge: the tie's `id`, or `tie-<index>` (its position in the record) when it
  /// has none.
  public let edgeIds: [String]
  /// The weight of each edge: the tie strength (default 1). Finite and > 0.
  public let edgeWeights: [Double]
  /// The kind of each edge: the tie kind.
  public let edgeKinds: [TieKind]
  /// `edgeCount + 1` row starts into ``members``.
  public let memberOffsets: [UInt32]
  /// The members of each edge, edge by edge, each row ascending.
  public let members: [UInt32]
  /// `nodeCount + 1` row starts into ``incidences``.
  public let incidenceOffsets: [UInt32]
  /// The edges of each node, node by node, each row ascending.
  public let incidences: [UInt32]

  /// A hypergraph from node ids and each edge's member ids.
  ///
  /// - Parameters:
  ///   - nodeIds: the nodes, in order; ids must be distinct.
  ///   - edges: each edge's member ids. A member listed twice counts once. An edge may be empty.
  ///   - edgeIds: the edge ids (default `tie-0`, `tie-1`, …).
  ///   - weights: the edge weights (default 1 each); finite and > 0.
  ///   - kinds: the edge kinds (default `cooperation` each).
  /// - Throws: ``HypergraphError`` for an unknown member, a repeated node id, a bad weight, a list
  ///   whose length differs from `edges`, or more incidences than 32-bit indices hold.
  /// - Complexity: O(nodes + incidences) time and memory (one id dictionary while building).
  public init(
    nodeIds: [String], edges: [[String]], edgeIds: [String]? = nil, weights: [Double]? = nil,
    kinds: [TieKind]? = nil
  ) throws {
    var index = [String: UInt32](minimumCapacity: nodeIds.count)
    for (i, id) in nodeIds.enumerated() {
      guard index.updateValue(UInt32(truncatingIfNeeded: i), forKey: id) == nil else {
        throw HypergraphError.duplicateNode(id)
      }
    }
    let ids = edgeIds ?? edges.indices.map { "tie-\($0)" }
    let w = weights ?? [Double](repeating: 1, count: edges.count)
    let k = kinds ?? [TieKind](repeating: .cooperation, count: edges.count)
    guard ids.count == edges.count, w.count == edges.count, k.count == edges.count else {
      throw HypergraphError.lengthMismatch(
        edges: edges.count, ids: ids.count, weights: w.count, kinds: k.count)
    }
    var rows: [[UInt32]] = []
    rows.reserveCapacity(edges.count)
    for (e, list) in edges.enumerated() {
      var row: [UInt32] = []
      row.reserveCapacity(list.count)
      for id in list {
        guard let v = index[id] else { throw HypergraphError.unknownNode(edge: ids[e], node: id) }
        row.append(v)
      }
      rows.append(row)
    }
    try self.init(nodeIds: nodeIds, memberRows: rows, edgeIds: ids, weights: w, kinds: k)
  }

  /// Builds both incidence maps from each edge's member indices (validated: in range).
  init(nodeIds: [String], memberRows: [[UInt32]], edgeIds: [String], weights: [Double], kinds: [TieKind]) throws {
    for (e, x) in weights.enumerated() where !(x.isFinite && x > 0) {
      throw HypergraphError.invalidWeight(edge: edgeIds[e], weight: x)
    }
    let n = nodeIds.count
    var offsets: [UInt32] = [0]
    offsets.reserveCapacity(memberRows.count + 1)
    var flat: [UInt32] = []
    var seen = [Bool](repeating: false, count: n)
    for row in memberRows {
      let start = flat.count
      for v in row where !seen[Int(v)] {
        seen[Int(v)] = true
        flat.append(v)
      }
      for i in start..<flat.count { seen[Int(flat[i])] = false }
      flat[start...].sort()
      guard flat.count < Int(UInt32.max) else { throw HypergraphError.tooLarge("\(flat.count) incidences") }
      offsets.append(UInt32(truncatingIfNeeded: flat.count))
    }
    self.nodeIds = nodeIds
    self.edgeIds = edgeIds
    self.edgeWeights = weights
    self.edgeKinds = kinds
    self.memberOffsets = offsets
    self.members = flat
    (self.incidenceOffsets, self.incidences) = Hypergraph.transpose(
      offsets: offsets, targets: flat, columnCount: n)
  }

  /// The transpose of a CSR incidence map (rows → columns becomes columns → rows). Visiting
  /// rows in ascending order keeps every new row ascending. O(rows + columns + entries).
  static func transpose(offsets: [UInt32], targets: [UInt32], columnCount: Int) -> ([UInt32], [UInt32]) {
    var starts = [UInt32](repeating: 0, count: columnCount + 1)
    for t in targets { starts[Int(t) + 1] &+= 1 }
    for i in 0..<columnCount { starts[i + 1] &+= starts[i] }
    var next = starts
    var out = [UInt32](repeating: 0, count: targets.count)
    for row in 0..<(offsets.count - 1) {
      for a in Int(offsets[row])..<Int(offsets[row + 1]) {
        let c = Int(targets[a])
        out[Int(next[c])] = UInt32(truncatingIfNeeded: row)
        next[c] &+= 1
      }
    }
    return (starts, out)
  }

  /// Number of nodes.
  @inlinable public var nodeCount: Int { incidenceOffsets.count - 1 }
  /// Number of edges (each multi-edge counted once per copy).
  @inlinable public var edgeCount: Int { memberOffsets.count - 1 }
  /// Number of node–edge incidences (the sum of the edge sizes).
  @inlinable public var incidenceCount: Int { members.count }

  /// The members of edge `e`, ascending.
  @inlinable public func members(of e: Int) -> ArraySlice<UInt32> {
    members[Int(memberOffsets[e])..<Int(memberOffsets[e + 1])]
  }

  /// The edges node `v` belongs to, ascending.
  @inlinable public func edges(of v: Int) -> ArraySlice<UInt32> {
    incidences[Int(incidenceOffsets[v])..<Int(incidenceOffsets[v + 1])]
  }

  /// The number of members of edge `e`.
  @inlinable public func size(of e: Int) -> Int { Int(memberOffsets[e + 1] &- memberOffsets[e]) }

  /// The hypergraph with the roles of nodes and edges swapped (XGI `H.dual()`): a view derived
  /// on demand. Node ids become the edge ids and back; the dual's edges have weight 1 and kind
  /// `cooperation`. O(nodes + edges), no sorting.
  public func dual() -> Hypergraph { Hypergraph(dualOf: self) }

  private init(dualOf h: Hypergraph) {
    nodeIds = h.edgeIds
    edgeIds = h.nodeIds
    edgeWeights = [Double](repeating: 1, count: h.nodeCount)
    edgeKinds = [TieKind](repeating: .cooperation, count: h.nodeCount)
    memberOffsets = h.incidenceOffsets
    members = h.incidences
    incidenceOffsets = h.memberOffsets
    incidences = h.members
  }
}

/// An error in building a ``Hypergraph`` or in one of its measures.
public enum HypergraphError: Error, Equatable, CustomStringConvertible {
  /// An edge lists a member that is not a node.
  case unknownNode(edge: String, node: String)
  /// Two nodes with the same id.
  case duplicateNode(String)
  /// A weight that is zero, negative, infinite or NaN.
  case invalidWeight(edge: String, weight: Double)
  /// Edge ids, weights or kinds whose count differs from the number of edges.
  case lengthMismatch(edges: Int, ids: Int, weights: Int, kinds: Int)
  /// More incidences than 32-bit indices hold.
  case tooLarge(String)
  /// A measure that needs a connected hypergraph (XGI returns NaN for every value instead).
  case disconnected(measure: String, components: Int)
  /// A measure that needs at least one node and one edge (XGI returns NaN or nothing).
  case empty(measure: String)
  /// An s below 1 for an s-line-graph measure.
  case invalidS(Int)
  /// A measure asked for the element (nodes or edges) it does not score.
  case unsupportedElement(measure: String, element: HyperElement)

  public var description: String {
    switch self {
    case .unknownNode(let e, let v): return "edge '\(e)' has member '\(v)', which is not a node"
    case .duplicateNode(let v): return "node id '\(v)' is used twice"
    case .invalidWeight(let e, let w):
      return "edge '\(e)' has weight \(w); weights must be finite and greater than 0"
    case .lengthMismatch(let m, let i, let w, let k):
      return "\(m) edges but \(i) edge ids, \(w) weights and \(k) kinds"
    case .tooLarge(let what): return "hypergraph too large: \(what) exceed the 32-bit index range"
    case .disconnected(let m, let c):
      return
        "\(m) needs a connected hypergraph; this one has \(c) connected components (XGI returns NaN for every value)"
    case .empty(let m): return "\(m) needs a hypergraph with at least one node and one edge"
    case .invalidS(let s): return "s must be at least 1, not \(s)"
    case .unsupportedElement(let m, let el):
      return "\(m) does not score \(el == .edges ? "ties" : "entities")"
    }
  }
}

/// Which elements of a hypergraph a measure scores.
public enum HyperElement: String, Sendable, CaseIterable {
  /// Nodes: entities.
  case nodes
  /// Edges: ties.
  case edges
}

extension Network {
  /// The record as a hypergraph: every entity a node (in the order of ``entities``), every tie
  /// an edge (in the order of ``ties``) with the tie's parties as members, strength as weight
  /// and kind. A party named twice in a tie counts once. Part-of (entities' `parent`) is not an
  /// edge; a tie of kind `part-of`, which the format does not allow, is skipped too.
  ///
  /// Edge ids are the ties' ids, or `tie-N` for a tie without one, N its 1-based place in the
  /// file (``Network/tieID(at:)``, as every output cites ties).
  ///
  /// - Throws: ``HypergraphError`` for a party that is not an entity or a bad strength.
  /// - Complexity: O(entities + parties).
  public func hypergraph() throws -> Hypergraph {
    var index = [String: UInt32](minimumCapacity: entities.count)
    for (i, e) in entities.enumerated() {
      guard index.updateValue(UInt32(truncatingIfNeeded: i), forKey: e.id) == nil else {
        throw HypergraphError.duplicateNode(e.id)
      }
    }
    var rows: [[UInt32]] = [], ids: [String] = [], weights: [Double] = [], kinds: [TieKind] = []
    for (t, tie) in ties.enumerated() where tie.kind != .partOf {
      let id = tieID(at: t)
      var row: [UInt32] = []
      row.reserveCapacity(tie.parties.count)
      for p in tie.parties {
        guard let v = index[p] else { throw HypergraphError.unknownNode(edge: id, node: p) }
        row.append(v)
      }
      rows.append(row)
      ids.append(id)
      weights.append(tie.strength)
      kinds.append(tie.kind)
    }
    return try Hypergraph(
      nodeIds: entities.map(\.id), memberRows: rows, edgeIds: ids, weights: weights, kinds: kinds)
  }
}
