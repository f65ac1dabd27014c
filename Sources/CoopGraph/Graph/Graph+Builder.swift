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
/// - Complexity: ``build(parallelEdges:)`` is O(nodes + edges): rows are filled in target
///   order by a counting sort, so no comparison sort runs.
public struct GraphBuilder: Sendable {
  public let isDirected: Bool
  public private(set) var ids: [String]
  private var tails: [UInt32] = []
  private var heads: [UInt32] = []
  /// Strengths in lock step with `tails`/`heads`, or empty while no edge has given one (so an
  /// unweighted graph costs no 8 bytes an edge while it is built).
  private var strengths: [Double] = []
  private var anyWeight = false

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
  public var edgeCount: Int { tails.count }

  /// Adds a node and returns its index.
  @discardableResult
  public mutating func addNode(_ id: String) -> Int {
    ids.append(id)
    return ids.count - 1
  }

  /// Reserves room for `n` more edges.
  public mutating func reserveEdges(_ n: Int) {
    tails.reserveCapacity(tails.count + n)
    heads.reserveCapacity(heads.count + n)
    if anyWeight { strengths.reserveCapacity(strengths.count + n) }
  }

  /// Adds the edge `u → v` (`{u, v}` when undirected). A `weight` of `nil` means the edge has
  /// no strength of its own (1); the graph is weighted as soon as one edge gives a weight.
  /// Weights are checked in ``build(parallelEdges:)``.
  public mutating func addEdge(_ u: Int, _ v: Int, weight: Double? = nil) {
    tails.append(UInt32(truncatingIfNeeded: u))
    heads.append(UInt32(truncatingIfNeeded: v))
    if let weight {
      if !anyWeight {
        anyWeight = true
        strengths = [Double](repeating: 1, count: tails.count - 1)
        strengths.reserveCapacity(tails.capacity)
      }
      strengths.append(weight)
    } else if anyWeight {
      strengths.append(1)
    }
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
    let n = ids.count
    if let badIndex { throw GraphError.nodeOutOfRange(badIndex, nodeCount: n) }
    guard n < Int(UInt32.max) else { throw GraphError.tooLarge("\(n) nodes") }
    let m = tails.count
    let strengths = self.strengths
    let anyWeight = self.anyWeight
    @inline(__always) func strength(_ e: UInt32) -> Double { anyWeight ? strengths[Int(e)] : 1 }
    for i in 0..<m {
      let u = Int(tails[i]), v = Int(heads[i])
      guard u < n else { throw GraphError.nodeOutOfRange(u, nodeCount: n) }
      guard v < n else { throw GraphError.nodeOutOfRange(v, nodeCount: n) }
      if anyWeight {
        let w = strengths[i]
        if !(w.isFinite && w > 0) {
          throw GraphError.invalidWeight(source: ids[u], target: ids[v], weight: w)
        }
      }
    }
    let arcTotal = isDirected ? m : 2 * m
    guard arcTotal < Int(UInt32.max) else { throw GraphError.tooLarge("\(arcTotal) arcs") }

    // Pass 1: bucket the arcs by head (counting sort), so that pass 2, visiting heads in
    // ascending order, fills every tail's row already sorted by target.
    var headCounts = [Int](repeating: 0, count: n + 1)
    for i in 0..<m {
      headCounts[Int(heads[i]) + 1] += 1
      if !isDirected && tails[i] != heads[i] { headCounts[Int(tails[i]) + 1] += 1 }
    }
    for i in 0..<n { headCounts[i + 1] += headCounts[i] }
    let bucketed = headCounts[n]
    var byHeadTail = [UInt32](repeating: 0, count: bucketed)
    var byHeadEdge = [UInt32](repeating: 0, count: bucketed)
    var next = headCounts
    for i in 0..<m {
      let u = tails[i], v = heads[i]
      var s = next[Int(v)]
      byHeadTail[s] = u
      byHeadEdge[s] = UInt32(truncatingIfNeeded: i)
      next[Int(v)] = s + 1
      if !isDirected && u != v {
        s = next[Int(u)]
        byHeadTail[s] = v
        byHeadEdge[s] = UInt32(truncatingIfNeeded: i)
        next[Int(u)] = s + 1
      }
    }

    // Pass 2: row sizes per tail, then fill rows in head order.
    var offsets = [UInt32](repeating: 0, count: n + 1)
    for t in byHeadTail { offsets[Int(t) + 1] &+= 1 }
    for i in 0..<n { offsets[i + 1] &+= offsets[i] }
    var fill = offsets
    var rowTargets = [UInt32](repeating: 0, count: bucketed)
    var rowEdges = [UInt32](repeating: 0, count: bucketed)
    for h in 0..<n {
      for s in headCounts[h]..<headCounts[h + 1] {
        let t = Int(byHeadTail[s])
        let slot = Int(fill[t])
        fill[t] &+= 1
        rowTargets[slot] = UInt32(truncatingIfNeeded: h)
        rowEdges[slot] = byHeadEdge[s]
      }
    }
    byHeadTail = []
    byHeadEdge = []

    let weighted = anyWeight || parallelEdges == .count
    var selfLoops = 0
    if parallelEdges == .keep {
      for i in 0..<m where tails[i] == heads[i] { selfLoops += 1 }
      let w: [Double]? = weighted ? rowEdges.map { strength($0) } : nil
      if let w {
        var total = 0.0
        for u in 0..<n {
          var row = 0.0
          for a in Int(offsets[u])..<Int(offsets[u + 1]) { row += w[a] }
          guard row.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: nil) }
          total += row
          guard total.isFinite else { throw GraphError.weightOverflow(source: nil, target: nil) }
        }
      }
      return Graph(
        isDirected: isDirected, offsets: offsets, targets: rowTargets, weights: w, ids: ids,
        edgeCount: m, selfLoopCount: selfLoops)
    }

    // Pass 3: merge runs of equal targets in each row (rows are sorted, parallel arcs adjacent,
    // in the order the edges were added).
    var outOffsets = [UInt32](repeating: 0, count: n + 1)
    var outTargets = [UInt32]()
    outTargets.reserveCapacity(bucketed)
    var outWeights = [Double]()
    if weighted { outWeights.reserveCapacity(bucketed) }
    var nodeStrength = 0.0
    var totalStrength = 0.0
    for u in 0..<n {
      var a = Int(offsets[u])
      let end = Int(offsets[u + 1])
      while a < end {
        let t = rowTargets[a]
        var w = strength(rowEdges[a])
        var k = 1.0
        var b = a + 1
        while b < end && rowTargets[b] == t {
          let x = strength(rowEdges[b])
          switch parallelEdges {
          case .sum: w += x
          case .max: w = Swift.max(w, x)
          case .min: w = Swift.min(w, x)
          case .last: w = x
          case .count, .keep: break
          }
          k += 1
          b += 1
        }
        outTargets.append(t)
        if weighted {
          let merged = parallelEdges == .count ? k : w
          guard merged.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: ids[Int(t)]) }
          nodeStrength += merged
          outWeights.append(merged)
        }
        if Int(t) == u { selfLoops += 1 }
        a = b
      }
      outOffsets[u + 1] = UInt32(truncatingIfNeeded: outTargets.count)
      // A node's strength and the graph's total must stay finite for every measure.
      guard nodeStrength.isFinite else { throw GraphError.weightOverflow(source: ids[u], target: nil) }
      totalStrength += nodeStrength
      guard totalStrength.isFinite else { throw GraphError.weightOverflow(source: nil, target: nil) }
      nodeStrength = 0
    }
    let edges = isDirected ? outTargets.count : (outTargets.count + selfLoops) / 2
    return Graph(
      isDirected: isDirected, offsets: outOffsets, targets: outTargets,
      weights: weighted ? outWeights : nil, ids: ids, edgeCount: edges, selfLoopCount: selfLoops)
  }
}
