/// Cut points and cut edges: where a cooperation network falls apart.
///
/// Every function here works on the undirected view of the graph (arc directions ignored)
/// and ignores self-loops, as networkx's `articulation_points`, `bridges` and
/// `biconnected_components` do.
public struct BiconnectedStructure: Sendable, Equatable {
  /// The articulation points (cut vertices): nodes whose removal disconnects their
  /// component, ascending.
  public var articulationPoints: [Int]
  /// The bridges (cut edges) as `(u, v)` with `u < v`, ascending. An edge doubled in a
  /// multigraph is never a bridge.
  public var bridges: [Bridge]
  /// The biconnected components as node sets, each ascending, the list in ascending
  /// lexicographic order. A bridge is a component of two nodes; isolated nodes belong to
  /// none.
  public var components: [[Int]]

  /// An edge whose removal disconnects its component.
  public struct Bridge: Sendable, Equatable, Hashable {
    public var u: Int
    public var v: Int
    public init(_ u: Int, _ v: Int) { self.u = u; self.v = v }
  }
}

extension Graph {
  /// Articulation points, bridges and biconnected components in one depth-first search.
  ///
  /// Hopcroft & Tarjan 1973, "Algorithm 447: efficient algorithms for graph manipulation",
  /// Commun. ACM 16(6), doi:10.1145/362248.362272, run with an explicit stack (no recursion,
  /// so a path of a million nodes is fine). The node sets equal networkx
  /// `articulation_points`, `bridges` and `biconnected_components`.
  ///
  /// - Returns: the three results, sorted as ``BiconnectedStructure`` describes.
  /// - Complexity: O(nodes + arcs) time, O(nodes) extra memory (plus the undirected copy of a
  ///   directed graph).
  public func biconnectedStructure() -> BiconnectedStructure {
    let g = undirected()
    let n = g.nodeCount
    let off = g.offsets, tgt = g.targets
    var disc = [Int32](repeating: -1, count: n)
    var low = [Int32](repeating: 0, count: n)
    var isCut = [Bool](repeating: false, count: n)
    var bridges: [BiconnectedStructure.Bridge] = []
    var components: [[Int]] = []
    var nodeStack: [Int32] = []
    // The depth-first path: node, its parent, its next arc, and whether the arc back to the
    // parent (one of them, for a multigraph) has been skipped.
    var path: [(v: Int32, parent: Int32, next: UInt32, skipped: Bool)] = []
    var time: Int32 = 0
    for r in 0..<n where disc[r] < 0 {
      disc[r] = time; low[r] = time; time += 1
      var rootChildren = 0
      nodeStack.append(Int32(r))
      path.append((Int32(r), -1, off[r], false))
      while let top = path.last {
        let v = Int(top.v)
        if top.next < off[v + 1] {
          path[path.count - 1].next += 1
          let w = Int(tgt[Int(top.next)])
          if w == v { continue }
          if w == Int(top.parent) && !top.skipped {
            path[path.count - 1].skipped = true
            continue
          }
          if disc[w] < 0 {
            disc[w] = time; low[w] = time; time += 1
            nodeStack.append(Int32(w))
            path.append((Int32(w), Int32(v), off[w], false))
          } else if disc[w] < low[v] {
            low[v] = disc[w]
          }
        } else {
          path.removeLast()
          guard let p = path.last else { continue }
          let u = Int(p.v)
          if low[v] < low[u] { low[u] = low[v] }
          if low[v] >= disc[u] {
            if u == r { rootChildren += 1 } else { isCut[u] = true }
            var comp = [u]
            while let x = nodeStack.popLast() {
              comp.append(Int(x))
              if Int(x) == v { break }
            }
            comp.sort()
            components.append(comp)
          }
          if low[v] > disc[u] { bridges.append(.init(min(u, v), max(u, v))) }
        }
      }
      if rootChildren >= 2 { isCut[r] = true }
      nodeStack.removeAll(keepingCapacity: true)
    }
    components.sort { $0.lexicographicallyPrecedes($1) }
    bridges.sort { ($0.u, $0.v) < ($1.u, $1.v) }
    return BiconnectedStructure(
      articulationPoints: (0..<n).filter { isCut[$0] }, bridges: bridges, components: components)
  }

  /// The articulation points (cut vertices), ascending; see ``biconnectedStructure()``.
  /// Equals `sorted(networkx.articulation_points(G))`.
  ///
  /// - Complexity: O(nodes + arcs).
  public func articulationPoints() -> [Int] { biconnectedStructure().articulationPoints }

  /// The bridges (cut edges), ascending; see ``biconnectedStructure()``. Equals
  /// `networkx.bridges(G)` as sorted pairs.
  ///
  /// - Complexity: O(nodes + arcs).
  public func bridges() -> [BiconnectedStructure.Bridge] { biconnectedStructure().bridges }

  /// The biconnected components as sorted node lists; see ``biconnectedStructure()``.
  /// Equals `networkx.biconnected_components(G)` as sorted lists.
  ///
  /// - Complexity: O(nodes + arcs).
  public func biconnectedComponents() -> [[Int]] { biconnectedStructure().components }
}
