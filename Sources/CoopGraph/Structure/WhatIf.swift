import Foundation

/// What-if analysis: what changes when partners leave, and which single partner's leaving would
/// cost the most connection.
///
/// Connection is read on the undirected view of the graph (an arc either way connects), and
/// distances are hop counts; strengths are ignored. Only entity nodes count as partners: the
/// tie nodes of a bipartite projection carry paths but are not counted in pairs, components
/// sizes or distances.
extension Graph {
  /// For every node, how many pairs of other counted nodes its removal alone disconnects: pairs
  /// joined by some path before, by none after. A node that is not a cut vertex scores 0.
  ///
  /// With `w` counted nodes in a node's component and pieces of `s₁, …, s_k` counted nodes left
  /// when it goes, the score is `C(w − self, 2) − Σ C(sᵢ, 2)`. networkx has no single function
  /// for it; it equals, for each `v`, the number of connected pairs of `G` minus those of
  /// `G.remove_node(v)` that do not involve `v`.
  ///
  /// - Parameter counted: per node whether it counts in pairs (`nil`: every node).
  /// - Returns: one count per node.
  /// - Complexity: O(nodes + arcs) time and extra memory (one depth-first search with low
  ///   points, Hopcroft & Tarjan 1973, "Algorithm 447: efficient algorithms for graph
  ///   manipulation", *Commun. ACM* 16(6), 372–378, doi:10.1145/362248.362272).
  public func fragility(counted: [Bool]? = nil) -> [Int] {
    let g = undirected()
    let n = g.nodeCount
    let weight = (0..<n).map { v in (counted?[v] ?? true) ? 1 : 0 }
    var result = [Int](repeating: 0, count: n)
    var disc = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var subtree = [Int](repeating: 0, count: n)
    // Per node: Σ C(s, 2) and Σ s over the children whose subtree it separates.
    var separatedPairs = [Int](repeating: 0, count: n)
    var separatedWeight = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var nextArc = [Int](repeating: 0, count: n)
    var skippedParent = [Bool](repeating: false, count: n)
    var stack: [Int] = []
    var order: [Int] = []
    var time = 0
    func pairs(_ s: Int) -> Int { s * (s - 1) / 2 }
    for root in 0..<n where disc[root] < 0 {
      order.removeAll(keepingCapacity: true)
      disc[root] = time; low[root] = time; time += 1
      subtree[root] = weight[root]
      nextArc[root] = Int(g.offsets[root])
      stack.append(root)
      order.append(root)
      while let v = stack.last {
        let end = Int(g.offsets[v + 1])
        if nextArc[v] < end {
          let u = Int(g.targets[nextArc[v]])
          nextArc[v] += 1
          if u == v { continue }
          if u == parent[v] && !skippedParent[v] {
            skippedParent[v] = true
            continue
          }
          if disc[u] < 0 {
            parent[u] = v
            disc[u] = time; low[u] = time; time += 1
            subtree[u] = weight[u]
            nextArc[u] = Int(g.offsets[u])
            stack.append(u)
            order.append(u)
          } else {
            low[v] = Swift.min(low[v], disc[u])
          }
        } else {
          stack.removeLast()
          let p = parent[v]
          if p >= 0 {
            low[p] = Swift.min(low[p], low[v])
            subtree[p] += subtree[v]
            if low[v] >= disc[p] {
              separatedPairs[p] += pairs(subtree[v])
              separatedWeight[p] += subtree[v]
            }
          }
        }
      }
      let total = subtree[root]
      for v in order {
        let others = total - weight[v]
        let rest = others - separatedWeight[v]
        result[v] = pairs(others) - separatedPairs[v] - pairs(rest)
      }
    }
    return result
  }

  /// Connection among counted nodes: components, connected pairs and the mean hop distance
  /// over connected pairs (networkx `average_shortest_path_length` on each component, pooled
  /// over all connected pairs).
  ///
  /// - Parameter counted: per node whether it counts (`nil`: every node). Paths may pass through
  ///   nodes that do not count.
  /// - Complexity: O(counted × (nodes + arcs)) time, run in parallel; O(nodes) memory per thread.
  public func connectivity(counted: [Bool]? = nil, threads: Int = Parallelism.available) -> Connectivity {
    connectivity(countedSets: [(0..<nodeCount).map { counted?[$0] ?? true }], threads: threads)[0]
  }

  /// The connected pairs and distances of `all` (computed with `counted`) once the counted
  /// nodes `removed` no longer count (they still carry paths). Component sizes are not
  /// recomputed. By inclusion–exclusion over one breadth-first search per removed node.
  func connectivity(of all: Connectivity, without removed: [Int], counted: [Bool]) -> Connectivity {
    let g = undirected()
    let n = g.nodeCount
    var distances = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var isRemoved = [Bool](repeating: false, count: n)
    for r in removed { isRemoved[r] = true }
    var total = all.totalDistance, pairs = all.connectedPairs
    for r in removed {
      let reached = g.breadthFirst(from: r, distances: &distances, queue: &queue)
      for i in 0..<reached {
        let v = Int(queue[i])
        // Pairs with another removed node are subtracted from both ends: add them back once.
        if v != r && counted[v] && (!isRemoved[v] || v > r) {
          total -= Int(distances[v])
          pairs -= 1
        }
        distances[v] = -1
      }
    }
    return Connectivity(
      nodes: all.nodes - removed.count, componentSizes: all.componentSizes, connectedPairs: pairs,
      averageDistance: pairs > 0 ? Double(total) / Double(pairs) : .nan, totalDistance: total)
  }

  /// ``connectivity(counted:)`` for several sets of counted nodes at once: one breadth-first
  /// search per node counted in any set serves them all.
  ///
  /// - Complexity: O(|∪ sets| × (nodes + arcs)) time, run in parallel.
  public func connectivity(countedSets: [[Bool]], threads: Int = Parallelism.available) -> [Connectivity] {
    let g = undirected()
    let n = g.nodeCount
    let k = countedSets.count
    let (_, membership) = g.weakComponents()
    let sizes: [[Int]] = countedSets.map { counts in
      var sizeOf: [Int: Int] = [:]
      for v in 0..<n where counts[v] { sizeOf[Int(membership[v]), default: 0] += 1 }
      return sizeOf.values.sorted(by: >)
    }
    let sources = (0..<n).filter { v in countedSets.contains { $0[v] } }
    let workers = Swift.min(threads, Swift.max(1, sources.count / 64))
    let perChunk: [[Int]] = Parallelism.mapChunks(count: sources.count, threads: workers) { range in
      var distances = [Int32](repeating: -1, count: n)
      var queue = [Int32](repeating: 0, count: n)
      var sums = [Int](repeating: 0, count: 2 * k)
      for s in range {
        let source = sources[s]
        let reached = g.breadthFirst(from: source, distances: &distances, queue: &queue)
        for i in 0..<reached {
          let v = Int(queue[i])
          if v > source {
            for c in 0..<k where countedSets[c][source] && countedSets[c][v] {
              sums[2 * c] += Int(distances[v])
              sums[2 * c + 1] += 1
            }
          }
          distances[v] = -1
        }
      }
      return sums
    }
    var total = [Int](repeating: 0, count: 2 * k)
    for sums in perChunk {
      for i in 0..<(2 * k) { total[i] += sums[i] }
    }
    return (0..<k).map { c in
      let pairs = total[2 * c + 1]
      return Connectivity(
        nodes: countedSets[c].reduce(0) { $0 + ($1 ? 1 : 0) }, componentSizes: sizes[c], connectedPairs: pairs,
        averageDistance: pairs > 0 ? Double(total[2 * c]) / Double(pairs) : .nan, totalDistance: total[2 * c])
    }
  }
}

/// How the counted nodes of a graph hang together (see ``Graph/connectivity(counted:)``).
public struct Connectivity: Sendable, Equatable {
  /// Number of counted nodes.
  public var nodes: Int
  /// Counted nodes per component, largest first (components without counted nodes left out).
  public var componentSizes: [Int]
  /// Unordered pairs of counted nodes joined by a path.
  public var connectedPairs: Int
  /// Mean hop distance over those pairs; NaN when there are none.
  public var averageDistance: Double
  /// Sum of the hop distances over those pairs.
  public var totalDistance: Int

  public var components: Int { componentSizes.count }
}

/// The result of ``Network/whatIf(removing:projection:score:)``.
public struct WhatIfReport: Sendable {
  /// The entities removed, as given.
  public var removed: [String]
  /// Connection among every entity before the removal.
  public var before: Connectivity
  /// Connection among the remaining entities after it (entities that were nodes before).
  public var after: Connectivity
  /// Connected pairs of remaining entities before the removal (paths may use removed ones).
  public var remainingConnectedBefore: Int
  /// Mean distance over those pairs before the removal.
  public var remainingDistanceBefore: Double
  /// Pairs of remaining entities that were connected and no longer are.
  public var disconnectedPairs: Int
  /// Groups of remaining entities cut off: for every former component that splits, each
  /// piece but the largest, as entity ids (largest piece first, ids sorted).
  public var cutOff: [[String]]
  /// The remaining entities ranked by `score` before and after, in order of the new rank.
  public var ranking: [RankChange]

  /// How one remaining entity's standing changes.
  public struct RankChange: Sendable, Equatable {
    public var id: String
    /// 1-based rank among the remaining entities, before and after.
    public var rankBefore: Int
    public var rankAfter: Int
    public var scoreBefore: Double
    public var scoreAfter: Double
  }
}

extension Network {
  /// What changes when the entities `ids` leave: components and their sizes, pairs of the
  /// remaining entities that lose all connection, the change in their mean distance, and the
  /// change in their ranking by `score`.
  ///
  /// The graph before is `project(projection)`; the graph after is derived from it by
  /// ``ProjectedNetwork/removing(_:in:)``: the removed entities' nodes and arcs go, and a tie
  /// node of a bipartite projection left with fewer than two parties goes too. That is the
  /// same graph as projecting again with `ids` added to ``Projection/excludedEntities`` (a
  /// removed entity's ties lose it as a party), which is what happens where deleting nodes
  /// would differ: Newman weights (they depend on the number of parties), collapsed parts
  /// (a removed parent's parts become nodes of their own) and removed entities that are no
  /// node of the projection (people bridged over, folded parts).
  ///
  /// - Parameters:
  ///   - ids: entity ids to remove.
  ///   - projection: how the network becomes a graph.
  ///   - score: a per-node score, higher ranks first (default: degree); ties in rank are
  ///     broken by id.
  /// - Throws: ``ProjectionError/unknownEntity(_:)`` for an id the network does not have.
  /// - Complexity: O(entities × (nodes + arcs)) for the distances, plus two calls of `score`.
  public func whatIf(
    removing ids: [String], projection: Projection = .default,
    score: (Graph) -> [Double] = { g in g.nodes.map { Double(g.degree(of: $0)) } },
    threads: Int = Parallelism.available
  ) throws -> WhatIfReport {
    try whatIf(removing: ids, projection: projection, score: score, before: nil, threads: threads)
  }

  /// ``whatIf(removing:projection:score:)`` with the connectivity of every entity before the
  /// removal already known (``Graph/connectivity(counted:)`` of the projection, entity nodes
  /// counted): the remaining entities' pairs and distances before are then that minus the
  /// removed entities' own (one breadth-first search per removed entity), so several what-ifs
  /// on one projection share one all-pairs pass.
  func whatIf(
    removing ids: [String], projection: Projection, score: (Graph) -> [Double], before known: Connectivity?,
    threads: Int = Parallelism.available
  ) throws -> WhatIfReport {
    try whatIf(removing: ids, in: try project(projection), score: score, before: known, threads: threads)
  }

  /// ``whatIf(removing:projection:score:)`` on a projection already made of this network
  /// (`before`), so that the record is projected once, however many removals are asked.
  public func whatIf(
    removing ids: [String], in before: ProjectedNetwork,
    score: (Graph) -> [Double] = { g in g.nodes.map { Double(g.degree(of: $0)) } },
    threads: Int = Parallelism.available
  ) throws -> WhatIfReport {
    try whatIf(removing: ids, in: before, score: score, before: nil, threads: threads)
  }

  func whatIf(
    removing ids: [String], in before: ProjectedNetwork, score: (Graph) -> [Double], before known: Connectivity?,
    threads: Int
  ) throws -> WhatIfReport {
    for id in ids where self[id] == nil { throw ProjectionError.unknownEntity(id) }
    let after = try before.removing(ids, in: self)
    let gone = Set(ids)

    let g0 = before.graph, g1 = after.graph
    let isEntity0 = before.entityIndices.map { $0 != nil }
    let isEntity1 = after.entityIndices.map { $0 != nil }
    // Remaining entity nodes, in the before graph's numbering.
    var remaining0 = isEntity0
    for v in g0.nodes where isEntity0[v] && gone.contains(g0.ids[v]) { remaining0[v] = false }

    // Remaining entity nodes in the after graph's numbering: those that were nodes before.
    // (With part-of collapsed, removing a parent lets its parts become nodes of their own;
    // they carry paths but are not counted.)
    var nodeBefore: [String: Int] = [:]
    for v in g0.nodes where remaining0[v] { nodeBefore[g0.ids[v]] = v }
    let remaining1 = g1.nodes.map { isEntity1[$0] && nodeBefore[g1.ids[$0]] != nil }

    let connBefore: Connectivity, connRemaining: Connectivity
    if let known {
      connBefore = known
      connRemaining = g0.connectivity(of: known, without: g0.nodes.filter { isEntity0[$0] && !remaining0[$0] }, counted: isEntity0)
    } else {
      let both = g0.connectivity(countedSets: [isEntity0, remaining0], threads: threads)
      connBefore = both[0]
      connRemaining = both[1]
    }
    let connAfter = g1.connectivity(counted: remaining1, threads: threads)

    // Pieces: group remaining nodes by (component before, component after).
    let (_, m0) = g0.undirected().weakComponents()
    let (_, m1) = g1.undirected().weakComponents()
    var pieces: [Int32: [Int32: [String]]] = [:]
    for v in g1.nodes where remaining1[v] {
      guard let u = nodeBefore[g1.ids[v]] else { continue }
      pieces[m0[u], default: [:]][m1[v], default: []].append(g1.ids[v])
    }
    var cutOff: [[String]] = []
    for c in pieces.keys.sorted() {
      guard let split = pieces[c], split.count > 1 else { continue }
      let parts = split.values.map { $0.sorted() }.sorted(by: Network.largerPieceFirst)
      cutOff += parts.dropFirst()
    }
    cutOff.sort(by: Network.largerPieceFirst)

    // Ranking of the remaining entities.
    let s0 = score(g0), s1 = score(g1)
    var scoreBefore: [String: Double] = [:]
    // A score that does not give one value per node (keyPartners passes none) ranks nobody.
    let scored = s0.count == g0.nodeCount && s1.count == g1.nodeCount
    for v in g0.nodes where scored && remaining0[v] { scoreBefore[g0.ids[v]] = s0[v] }
    var rows: [(id: String, before: Double, after: Double)] = []
    for v in g1.nodes where scored && remaining1[v] {
      if let b = scoreBefore[g1.ids[v]] { rows.append((g1.ids[v], b, s1[v])) }
    }
    func ranks(_ key: (Int) -> Double) -> [Int] {
      let order = rows.indices.sorted { a, b in
        let x = key(a), y = key(b)
        if x != y { return x.isNaN ? false : (y.isNaN ? true : x > y) }
        return rows[a].id < rows[b].id
      }
      var rank = [Int](repeating: 0, count: rows.count)
      for (r, i) in order.enumerated() { rank[i] = r + 1 }
      return rank
    }
    let r0 = ranks { rows[$0].before }, r1 = ranks { rows[$0].after }
    var ranking = rows.indices.map { i in
      WhatIfReport.RankChange(
        id: rows[i].id, rankBefore: r0[i], rankAfter: r1[i], scoreBefore: rows[i].before, scoreAfter: rows[i].after)
    }
    ranking.sort { $0.rankAfter < $1.rankAfter }

    return WhatIfReport(
      removed: ids, before: connBefore, after: connAfter,
      remainingConnectedBefore: connRemaining.connectedPairs,
      remainingDistanceBefore: connRemaining.averageDistance,
      disconnectedPairs: connRemaining.connectedPairs - connAfter.connectedPairs,
      cutOff: cutOff, ranking: ranking)
  }

  static func largerPieceFirst(_ a: [String], _ b: [String]) -> Bool {
    a.count != b.count ? a.count > b.count : (a.first ?? "") < (b.first ?? "")
  }

  /// Every entity of the projection with the number of pairs of other entities its removal
  /// alone would disconnect (``Graph/fragility(counted:)``), most disruptive first, ties by id.
  ///
  /// - Complexity: O(nodes + arcs) after projecting.
  public func fragilityRanking(_ projected: ProjectedNetwork) -> [(id: String, disconnectedPairs: Int)] {
    let g = projected.graph
    let counted = projected.entityIndices.map { $0 != nil }
    let f = g.fragility(counted: counted)
    return g.nodes.filter { counted[$0] }
      .map { (id: g.ids[$0], disconnectedPairs: f[$0]) }
      .sorted { $0.disconnectedPairs != $1.disconnectedPairs ? $0.disconnectedPairs > $1.disconnectedPairs : $0.id < $1.id }
  }
}
