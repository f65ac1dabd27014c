/// What a ``GraphBuilder`` does with several edges between the same two nodes.
public enum ParallelEdgePolicy: String, Sendable, CaseIterable {
  /// One edge whose strength is the sum of the strengths (the default).
  case sum
  /// One edge whose strength is the number of parallel edges.
  case count
  /// One edge with the largest strength.
  case max
  /// One edge with the smallest strength.
  case min
  /// One edge with the strength of the edge added last (networkx's `add_edge` semantics).
  case last
  /// Keep every edge: the result is a multigraph.
  case keep
}

/// An error found while building a ``Graph``. Each names the offending edge by node ids.
public enum GraphError: Error, Equatable, CustomStringConvertible {
  /// A strength that is zero, negative, infinite or NaN.
  case invalidWeight(source: String, target: String, weight: Double)
  /// An edge endpoint that is not a node of the graph.
  case nodeOutOfRange(Int, nodeCount: Int)
  /// More nodes or arcs than 32-bit indices hold.
  case tooLarge(String)
  /// A node id that is not in the graph.
  case unknownNode(String)
  /// Strengths that add up past the largest finite number (about 1.8e308): of the parallel
  /// edges between two nodes, of the edges of one node (`target` is `nil`), or of the whole
  /// graph (both `nil`).
  case weightOverflow(source: String?, target: String?)

  public var description: String {
    switch self {
    case .invalidWeight(let s, let t, let w):
      return "edge \(s) -> \(t) has strength \(w); strengths must be finite and greater than 0"
    case .nodeOutOfRange(let v, let n):
      return "node \(v) is out of range for a graph of \(n) nodes"
    case .tooLarge(let what):
      return "graph too large: \(what) exceeds the 32-bit index range"
    case .unknownNode(let id):
      return "no node with id '\(id)'"
    case .weightOverflow(let s?, let t?):
      return
        "the strengths of the ties between \(s) and \(t) add up past the largest number (1.8e308); scale the strengths down"
    case .weightOverflow(let s?, nil):
      return "the strengths of the ties of \(s) add up past the largest number (1.8e308); scale the strengths down"
    case .weightOverflow:
      return "the strengths of the graph add up past the largest number (1.8e308); scale the strengths down"
    }
  }
}

/// Collects nodes and edges, validates them, and builds a ``Graph``.
///
/// ```swift
/// var b = GraphBuilder(directed: false)
/// let a = b.addNode("a"), c = b.addNode("c")
/// b.addEdge(a, c, weight: 2)
/// let g = try b.build()
/// ```
///
/// - Complexity: ``build(parallelEdges:)`` is O(nodes + arcs), plus the sorting of rows whose
///   edges were not added in target order; it fills the final arrays in place
///   (``Graph/assemble(_:ids:directed:parallelEdges:)``). The builder holds 8 bytes an edge
///   (16 once an edge gives a weight) and the ids.
public struct GraphBuilder: Sendable {
  public let isDirected: Bool
  public private(set) var ids: [String]
  private var edges = EdgeBuffer()

  /// A builder for a graph with the given node ids (more can be added with ``addNode(_:)``).
  public init(directed: Bool, ids: [String] = []) {
    self.isDirected = directed
    self.ids = ids
  }

  /// A builder for `nodeCount` nodes whose ids are `"0"`, `"1"`, ….
  public init(directed: Bool, nodeCount: Int) {
    self.init(directed: directed, ids: (0..<nodeCount).map { String($0) })
  }

  public var nodeCount: Int { ids.count }
  /// Number of edges added so far.
  public var edgeCount: Int { edges.count }

  /// Adds a node and returns its index.
  @discardableResult
  public mutating func addNode(_ id: String) -> Int {
    ids.append(id)
    return ids.count - 1
  }

  /// Room for `n` more edges. Edges are kept in blocks that never move once filled, so there
  /// is nothing to reserve; kept for callers that know their edge count.
  public mutating func reserveEdges(_ n: Int) {}

  /// Adds the edge `u → v` (`{u, v}` when undirected). A `weight` of `nil` means the edge has
  /// no strength of its own (1); the graph is weighted as soon as one edge gives a weight.
  /// Weights are checked in ``build(parallelEdges:)``.
  public mutating func addEdge(_ u: Int, _ v: Int, weight: Double? = nil) {
    edges.append(UInt32(truncatingIfNeeded: u), UInt32(truncatingIfNeeded: v), weight: weight)
    if u < 0 || v < 0 || u > Int(UInt32.max) || v > Int(UInt32.max) {
      badIndex = badIndex ?? (u < 0 || u > Int(UInt32.max) ? u : v)
    }
  }
  private var badIndex: Int?

  /// Builds a graph whose edges were copied from an already validated graph, so that
  /// validation cannot fail; a failure is a programmer error, not a reason to return another
  /// graph silently.
  func buildFromValidated(parallelEdges: ParallelEdgePolicy = .sum) -> Graph {
    do {
      return try build(parallelEdges: parallelEdges)
    } catch {
      preconditionFailure("edges copied from a validated graph failed validation: \(error)")
    }
  }

  /// Validates every edge and builds the graph.
  ///
  /// - Parameter parallelEdges: how edges between the same nodes combine. When no edge gave
  ///   a weight, parallel edges collapse into one unweighted edge, except with `.count`
  ///   (strength = multiplicity) and `.keep` (a multigraph).
  /// - Throws: ``GraphError`` naming the first invalid edge, or
  ///   ``GraphError/weightOverflow(source:target:)`` when merged strengths, a node's strength or
  ///   the graph's total would be infinite.
  public func build(parallelEdges: ParallelEdgePolicy = .sum) throws -> Graph {
    if let badIndex { throw GraphError.nodeOutOfRange(badIndex, nodeCount: ids.count) }
    var edges = self.edges
    return try Graph.assemble(&edges, ids: ids, directed: isDirected, parallelEdges: parallelEdges)
  }
}
