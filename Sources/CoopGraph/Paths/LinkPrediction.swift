import Foundation

/// A neighbourhood-based link-prediction score: how likely two nodes that are not (yet) tied
/// are to tie, judged by the neighbours they share.
///
/// Liben-Nowell, D. & Kleinberg, J. (2007). "The link-prediction problem for social networks."
/// *JASIST* 58(7), 1019–1031, doi:10.1002/asi.20591.
public enum LinkPredictionMethod: String, Sendable, CaseIterable {
  /// The number of common neighbours, `|Γ(u) ∩ Γ(v)|` (networkx
  /// `len(nx.common_neighbors(G, u, v))`).
  case commonNeighbors = "common-neighbors"
  /// `|Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|`, 0 when both are isolated (networkx
  /// `jaccard_coefficient`).
  case jaccard
  /// `Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / ln deg w` (networkx `adamic_adar_index`). Adamic, L. A. & Adar, E.
  /// (2003), "Friends and neighbors on the Web", *Social Networks* 25(3), 211–230,
  /// doi:10.1016/S0378-8733(03)00009-1.
  case adamicAdar = "adamic-adar"
  /// `Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / deg w` (networkx `resource_allocation_index`). Zhou, T., Lü, L. &
  /// Zhang, Y.-C. (2009), "Predicting missing links via local information", *Eur. Phys. J. B*
  /// 71, 623–630, doi:10.1140/epjb/e2009-00335-8.
  case resourceAllocation = "resource-allocation"
  /// `deg u × deg v` (networkx `preferential_attachment`). Barabási, A.-L. & Albert, R. (1999),
  /// "Emergence of scaling in random networks", *Science* 286, 509–512,
  /// doi:10.1126/science.286.5439.509.
  case preferentialAttachment = "preferential-attachment"

  /// Whether a pair without common neighbours can score above 0.
  var needsCommonNeighbor: Bool { self != .preferentialAttachment }
}

/// A suggested tie between two nodes (node indices; `a`'s id sorts before `b`'s).
public struct LinkSuggestion: Sendable, Equatable {
  public var a: Int
  public var b: Int
  public var score: Double

  public init(a: Int, b: Int, score: Double) {
    self.a = a
    self.b = b
    self.score = score
  }
}

/// Which pairs of nodes ``Graph/suggestLinks(method:filter:top:)`` may suggest.
public struct LinkFilter: Sendable {
  /// Only pairs with at least one end among these nodes (`nil`: any).
  public var involving: Set<Int>?
  /// A group number per node (`-1`: no group): only pairs in two different groups, both known.
  public var acrossGroups: [Int32]?
  /// Per node whether it may be an end of a suggestion (`nil`: every node).
  public var allowed: [Bool]?
  /// Leave out pairs that are already tied (the default).
  public var excludeExisting: Bool

  public init(
    involving: Set<Int>? = nil, acrossGroups: [Int32]? = nil, allowed: [Bool]? = nil, excludeExisting: Bool = true
  ) {
    self.involving = involving
    self.acrossGroups = acrossGroups
    self.allowed = allowed
    self.excludeExisting = excludeExisting
  }

  /// Whether the pair passes every filter but the existing-tie one.
  @inlinable func admits(_ u: Int, _ v: Int) -> Bool {
    if u == v { return false }
    if let allowed, !(allowed[u] && allowed[v]) { return false }
    if let g = acrossGroups, g[u] < 0 || g[v] < 0 || g[u] == g[v] { return false }
    if let involving, !(involving.contains(u) || involving.contains(v)) { return false }
    return true
  }
}

/// Link prediction on the undirected, unweighted view of a graph.
///
/// Conventions (networkx's `link_prediction` module, which accepts only undirected graphs): a
/// directed graph is read as undirected (an arc either way is a tie), strengths are ignored,
/// `Γ(u)` is the set of `u`'s neighbours, common neighbours exclude `u` and `v` themselves, and
/// `deg w` is networkx's degree (a self-loop adds 2).
extension Graph {
  /// The score of the pair `(u, v)` under `method`. The graph should be undirected (call
  /// ``undirected()`` first); rows must be sorted, as every ``Graph``'s are.
  ///
  /// Equals the value networkx's function of the same name gives for `(u, v)`.
  ///
  /// - Complexity: O(deg u + deg v).
  public func linkScore(_ method: LinkPredictionMethod, _ u: Int, _ v: Int) -> Double {
    if method == .preferentialAttachment { return Double(degree(of: u)) * Double(degree(of: v)) }
    var i = Int(offsets[u]), j = Int(offsets[v])
    let iEnd = Int(offsets[u + 1]), jEnd = Int(offsets[v + 1])
    var common = 0, union = 0
    var sum = 0.0
    var last: UInt32? = nil
    while i < iEnd || j < jEnd {
      let x: UInt32
      if j >= jEnd || (i < iEnd && targets[i] < targets[j]) {
        x = targets[i]; i += 1
      } else if i >= iEnd || targets[j] < targets[i] {
        x = targets[j]; j += 1
      } else {
        x = targets[i]; i += 1; j += 1
        if x != last && Int(x) != u && Int(x) != v {
          common += 1
          let d = Double(degree(of: Int(x)))
          switch method {
          case .adamicAdar: sum += 1 / log(d)
          case .resourceAllocation: sum += 1 / d
          default: break
          }
        }
      }
      if x != last { union += 1 }
      last = x
    }
    switch method {
    case .commonNeighbors: return Double(common)
    case .jaccard: return union == 0 ? 0 : Double(common) / Double(union)
    case .adamicAdar, .resourceAllocation: return sum
    case .preferentialAttachment: return 0
    }
  }

  /// The best-scoring pairs under `method` that pass `filter`, highest score first, ties
  /// broken by the ends' ids (then node index). Pairs scoring 0 are never suggested.
  ///
  /// The graph is read as undirected and unweighted (see the extension's conventions). Pairs
  /// with a common neighbour are found through two-paths; preferential attachment, which
  /// scores every pair, looks at every admitted pair.
  ///
  /// - Parameters:
  ///   - method: the score.
  ///   - filter: which pairs may be suggested.
  ///   - top: how many to return (`nil`: all).
  /// - Returns: suggestions whose `a` has the smaller id.
  /// - Complexity: O(Σ_w deg² w · log) for the neighbourhood scores; for preferential
  ///   attachment O(nodes²) in the worst case, but with `top` the pairs are visited by falling
  ///   degree product and the search stops once no pair left can enter the top. O(nodes)
  ///   extra memory plus the suggestions kept (O(top) with `top`).
  public func suggestLinks(method: LinkPredictionMethod, filter: LinkFilter = LinkFilter(), top: Int? = nil)
    -> [LinkSuggestion]
  {
    let g = undirected()
    let n = g.nodeCount
    let ids = self.ids
    // Order: score descending, then the ends' ids.
    func before(_ x: LinkSuggestion, _ y: LinkSuggestion) -> Bool {
      if x.score != y.score { return x.score > y.score }
      if ids[x.a] != ids[y.a] { return ids[x.a] < ids[y.a] }
      if ids[x.b] != ids[y.b] { return ids[x.b] < ids[y.b] }
      return (x.a, x.b) < (y.a, y.b)
    }
    var found: [LinkSuggestion] = []
    // The score a pair must reach to stay among the `top` (known after the first trim).
    var threshold = -Double.infinity
    // With `top`, trim whenever twice as many are held, so memory stays O(top).
    func consider(_ u: Int, _ v: Int) {
      guard filter.admits(u, v) else { return }
      if filter.excludeExisting && g.hasEdge(from: u, to: v) { return }
      let s = g.linkScore(method, u, v)
      guard s > 0 && s >= threshold else { return }
      let (a, b) = ids[u] <= ids[v] ? (u, v) : (v, u)
      found.append(LinkSuggestion(a: a, b: b, score: s))
      if let top, found.count >= 2 * Swift.max(top, 512) {
        found.sort(by: before)
        found.removeSubrange(top...)
        if top > 0 { threshold = found[top - 1].score }
      }
    }
    if method.needsCommonNeighbor {
      var seen = [Int32](repeating: -1, count: n)
      for u in 0..<n {
        if let allowed = filter.allowed, !allowed[u] { continue }
        // Every v > u two steps from u through some w.
        for a in g.arcs(of: u) {
          let w = Int(g.targets[a])
          if w == u { continue }
          for b in g.arcs(of: w) {
            let v = Int(g.targets[b])
            if v <= u || v == w || seen[v] == Int32(u) { continue }
            seen[v] = Int32(u)
            consider(u, v)
          }
        }
      }
    } else if let involving = filter.involving {
      // Preferential attachment for given nodes: each of them with every other node.
      for u in involving.sorted() {
        for v in 0..<n where v != u && !(involving.contains(v) && v < u) { consider(Swift.min(u, v), Swift.max(u, v)) }
      }
    } else {
      // Preferential attachment: visit pairs by falling degree product and stop once no pair
      // left can reach the `top`-th score (ties with it are kept for the id order).
      let degree = (0..<n).map { Double(g.degree(of: $0)) }
      let order = (0..<n).filter { filter.allowed?[$0] ?? true }
        .sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
      var x = 0
      while x + 1 < order.count {
        let u = order[x]
        if degree[u] * degree[order[x + 1]] < threshold { break }
        var y = x + 1
        while y < order.count {
          let v = order[y]
          if degree[u] * degree[v] < threshold { break }
          consider(Swift.min(u, v), Swift.max(u, v))
          y += 1
        }
        x += 1
      }
    }
    found.sort(by: before)
    if let top, top < found.count { found.removeSubrange(top...) }
    return found
  }
}
