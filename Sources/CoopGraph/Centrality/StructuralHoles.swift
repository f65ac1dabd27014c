import Foundation

/// Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy.
///
/// Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition.* Harvard
/// University Press. Burt, R. S. (2004). "Structural holes and good ideas." *American Journal
/// of Sociology* 110(2), 349–399, doi:10.1086/421787. Borgatti, S. P. (1997). "Structural
/// holes: unpacking Burt's redundancy measures." *Connections* 20(1), 35–38.
///
/// Conventions (those of networkx's `structuralholes` module):
/// - The contacts of a node are its in- and out-neighbours; arc directions only matter through
///   the *mutual weight* `a(u,v) + a(v,u)` of two nodes.
/// - `p(u,v)` is `u`'s mutual weight with `v` divided by the sum of `u`'s mutual weights with
///   all its contacts; `m(u,v)` divides by the largest of them instead.
/// - Without `weighted`, every arc counts 1 (networkx `weight=None`); with it, arcs count their
///   tie strength (networkx `weight="weight"`).
/// - A node without contacts gets NaN, as in networkx. Self-loops are ignored (networkx counts
///   a self-loop as a contact of the node with itself; on graphs without self-loops the values
///   are identical).
extension Graph {
  /// Burt's constraint of every node: how much a node's contacts are invested in each other,
  /// `c(v) = Σ_{j ∈ N(v)} (p(v,j) + Σ_{q ∈ N(v)} p(v,q) p(q,j))²`. Low constraint means the node
  /// spans structural holes.
  ///
  /// Equals networkx `constraint(G)` (`constraint(G, weight="weight")` when `weighted`).
  ///
  /// - Parameter weighted: use tie strengths as arc weights.
  /// - Returns: one value per node, in `[0, 1]` up to rounding for loopless graphs (a node with a
  ///   single contact has constraint 1); NaN for a node without contacts.
  /// - Complexity: O(Σ_v Σ_{q ∈ N(v)} deg q) time (the number of two-paths), O(nodes + arcs)
  ///   extra memory.
  public func constraint(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).constraint
  }

  /// Burt's effective size of every node: the number of contacts minus their redundancy,
  /// `e(v) = Σ_{j ∈ N(v)} (1 − Σ_{q ∈ N(v)} p(v,q) m(j,q))`. For an undirected unweighted graph
  /// this is Borgatti's `n − 2t/n` (n contacts, t ties among them).
  ///
  /// Equals networkx `effective_size(G)` (`effective_size(G, weight="weight")` when `weighted`).
  ///
  /// - Parameter weighted: use tie strengths as arc weights.
  /// - Returns: one value per node; NaN for a node without contacts.
  /// - Complexity: as ``constraint(weighted:)``.
  public func effectiveSize(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).effectiveSize
  }

  /// Burt's efficiency: effective size divided by the number of contacts (networkx's docs give
  /// it as `effective_size(G)[v] / G.degree(v)`; here the number of distinct contacts, which is
  /// the degree for a loopless undirected graph).
  ///
  /// - Returns: one value per node, in `(0, 1]`; NaN for a node without contacts.
  /// - Complexity: as ``constraint(weighted:)``.
  public func efficiency(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).efficiency
  }

  /// Burt's hierarchy: how unequally the constraint on a node is spread over its contacts,
  /// `h(v) = Σ_j (r_j ln r_j) / (N ln N)` with `r_j = c(v,j) / (c(v)/N)`, N the number of
  /// contacts and `c(v,j)` the local constraint (Burt 1992, p. 71). 0 when every contact
  /// constrains equally, 1 when one contact holds all the constraint.
  ///
  /// A node with one contact has hierarchy 0 here (the formula is 0/0 and there is no
  /// inequality among one contact); a node without contacts has NaN.
  ///
  /// - Complexity: as ``constraint(weighted:)``.
  public func hierarchy(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).hierarchy
  }

  /// All four structural-hole measures from one pass (cheaper than calling each).
  ///
  /// - Complexity: as ``constraint(weighted:)``.
  public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
    let mutual = mutualWeightGraph(weighted: weighted)
    let n = nodeCount
    var result = StructuralHoles(
      constraint: [Double](repeating: .nan, count: n), effectiveSize: [Double](repeating: .nan, count: n),
      efficiency: [Double](repeating: .nan, count: n), hierarchy: [Double](repeating: .nan, count: n))
    guard n > 0 else { return result }
    let w = mutual.weights ?? [Double](repeating: 1, count: mutual.arcCount)
    // Per-node sum and maximum of mutual weights.
    var total = [Double](repeating: 0, count: n)
    var largest = [Double](repeating: 0, count: n)
    for v in 0..<n {
      for a in mutual.arcs(of: v) {
        total[v] += w[a]
        largest[v] = Swift.max(largest[v], w[a])
      }
    }
    // Scratch indexed by node: p(v, ·) for v's contacts, and the indirect investment.
    var pv = [Double](repeating: 0, count: n)
    var indirect = [Double](repeating: 0, count: n)
    var local: [Double] = []
    for v in 0..<n {
      let row = mutual.arcs(of: v)
      guard !row.isEmpty else { continue }
      for a in row { pv[Int(mutual.targets[a])] = w[a] / total[v] }
      // indirect[j] = Σ_q p(v,q) p(q,j) over contacts j of v; redundancy likewise with m(j,q).
      var redundancy = 0.0
      for a in row {
        let q = Int(mutual.targets[a])
        let pvq = pv[q]
        for b in mutual.arcs(of: q) {
          let j = Int(mutual.targets[b])
          let pvj = pv[j]
          if pvj > 0 {
            indirect[j] += pvq * (w[b] / total[q])
            // q is a contact of v shared with j: j's investment m(q, j) is redundant with q.
            redundancy += pvj * (w[b] / largest[q])
          }
        }
      }
      var c = 0.0
      local.removeAll(keepingCapacity: true)
      for a in row {
        let j = Int(mutual.targets[a])
        let l = (pv[j] + indirect[j]) * (pv[j] + indirect[j])
        local.append(l)
        c += l
      }
      let contacts = Double(row.count)
      let size = contacts - redundancy
      var h = 0.0
      if row.count > 1 && c > 0 {
        let mean = c / contacts
        for l in local where l > 0 {
          let r = l / mean
          h += r * log(r)
        }
        h /= contacts * log(contacts)
      }
      result.constraint[v] = c
      result.effectiveSize[v] = size
      result.efficiency[v] = size / contacts
      result.hierarchy[v] = h
      for a in row {
        pv[Int(mutual.targets[a])] = 0
        indirect[Int(mutual.targets[a])] = 0
      }
    }
    return result
  }

  /// The undirected graph of mutual weights `a(u,v) + a(v,u)` (1 per arc when not `weighted`),
  /// without self-loops. For an undirected graph the mutual weight is twice the edge's; the
  /// factor cancels in every normalized quantity, so the edge's own weight is kept.
  func mutualWeightGraph(weighted: Bool) -> Graph {
    var b = GraphBuilder(directed: false, ids: ids)
    b.reserveEdges(isDirected ? arcCount : edgeCount)
    for u in nodes {
      for a in arcs(of: u) {
        let v = Int(targets[a])
        if u == v || (!isDirected && v < u) { continue }
        b.addEdge(u, v, weight: weighted ? weight(at: a) : 1)
      }
    }
    // Weights come from a validated graph, so building cannot fail.
    return b.buildFromValidated(parallelEdges: .sum)
  }
}

/// The structural-hole measures of every node (see ``Graph/structuralHoles(weighted:)``).
public struct StructuralHoles: Sendable, Equatable {
  /// Burt's constraint (networkx `constraint`).
  public var constraint: [Double]
  /// Burt's effective size (networkx `effective_size`).
  public var effectiveSize: [Double]
  /// Effective size divided by the number of contacts.
  public var efficiency: [Double]
  /// Burt's hierarchy.
  public var hierarchy: [Double]
}
