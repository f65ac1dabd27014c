import Foundation

/// The standing of organizations in an ``OrganizationView``: four evidence measures, one
/// aggregate, and a tie-break rule that never looks at ids.
///
/// The measures, for each candidate unit u:
/// 1. **evidence** — weighted hyperdegree: Σ of the weights of the ties u takes part in
///    (``OrganizationView/evidence(of:)``; XGI `H.nodes.degree(weight=…)` on the view's ties);
/// 2. **partners** — the organizations u is tied to by evidence of weight: pair evidence at
///    least ``OrganizationView/Options/tieThreshold`` (``OrganizationView/tiedGraph``), so that
///    co-attending a large meeting alone makes no partner;
/// 3. **brokerage** — pairs of u's tied partners from two different known groups (by
///    `groupBy`, e.g. country) that are not tied to each other: the open two-paths across groups
///    through u on ``OrganizationView/tiedGraph`` (Gould & Fernandez 1989's representative,
///    gatekeeper and liaison roles, each undirected path once). Without groups, every open pair;
/// 4. **betweenness** — betweenness among the candidates on the ties of weight
///    (``OrganizationView/pathGraph``: under Newman pair weights the tied graph of measure 2),
///    counted in hops: the share of the pairs of other candidates whose shortest paths pass
///    through u, each pair's paths sharing its one unit. Strength decides which pairs are tied,
///    not which of two equally short routes a pair takes, so that two organizations in the same
///    position (the same partners, the same alliance) get the same share whatever their
///    evidence. Only paths between two candidates count: a path to an alliance (the frame every
///    membership ties to) or to a placeholder of unnamed partners is no cooperation between two
///    organizations that u brokers; any unit may lie on the way. Equals networkx
///    `betweenness_centrality_subset(T, C, C, normalized=False)` divided by the
///    (|C| − 1)(|C| − 2)/2 pairs of other candidates (T the path graph, C the candidates).
///
/// **Score**: the mean over the four of value / (the largest value among the candidates), a
/// measure where every candidate has 0 adding 0: a number in [0, 1], 1 for a candidate that
/// leads on all four.
///
/// **Order**: score (to 12 significant digits, as every ranking compares values), then evidence, then the number of distinct
/// tie kinds, then the number of ties of the heaviest kind it has. Candidates equal on all of
/// these are **indistinguishable** on the record: they share a standing and are listed by name.
public struct OrganizationStanding: Sendable {
  /// One candidate's numbers.
  public struct Row: Sendable, Equatable {
    /// The unit (index into ``OrganizationView/units``).
    public var unit: Int
    public var evidence: Double
    public var partners: Int
    public var brokerage: Int
    public var betweenness: Double
    public var score: Double
    /// Distinct tie kinds, and ties of its heaviest kind (the tie-break after evidence).
    public var kinds: Int
    public var heaviest: Int
    /// 1-based; indistinguishable candidates share the best.
    public var standing: Int
    /// Other candidates (units) with the same numbers on every measure and tie-break.
    public var indistinguishableFrom: [Int]
    /// The rule that put it above the next candidate of equal score, if one did: `evidence`,
    /// `tie kinds` or `heaviest ties`.
    public var brokenBy: String?
  }

  /// The measures, in the order the score averages them.
  public static let measureNames = ["evidence", "partners", "brokerage", "betweenness"]

  /// Betweenness among `candidates` (measure 4) on `g`, in hops, as a share of the pairs of
  /// other candidates.
  static func betweenness(_ g: Graph, among candidates: [Int], threads: Int) -> [Double] {
    let c = Double(candidates.count)
    let pairs = (c - 1) * (c - 2) / (g.isDirected ? 1 : 2)
    let sums = g.betweennessCentrality(sources: candidates, targets: candidates, weighted: false, threads: threads)
    return pairs > 0 ? sums.map { $0 / pairs } : sums.map { _ in 0 }
  }

  /// Rows in standing order.
  public let rows: [Row]
  /// The group names of the units (by `groupBy`), or `nil` without groups.
  public let groupOf: [String?]

  /// Ranks `candidates` (units of `view`).
  ///
  /// - Parameters:
  ///   - groupBy: the entity field whose groups brokerage is counted across; `nil` for every
  ///     open pair.
  ///   - threads: for betweenness.
  /// - Complexity: O(U·E + U² log U) for betweenness on U units and E pairs, plus O(Σ d²) for
  ///   brokerage.
  public init(_ view: OrganizationView, candidates: [Int], groupBy: String?, threads: Int = Parallelism.available) {
    let groupOf: [String?] = view.units.map { e in groupBy.flatMap { view.network.entities[e].value(of: $0) } }
    self.groupOf = groupOf
    let bet = Self.betweenness(view.pathGraph, among: candidates, threads: threads)
    let tied = view.tiedGraph
    let groups = Network.groupNumbers(groupOf)
    var rows: [Row] = candidates.map { u in
      let kinds = view.tieKinds(of: u)
      let brokerage =
        groupBy == nil
        ? Network.openPairs(of: u, in: tied)
        : Network.bridges(of: u, in: tied, groups: groups.groups, names: groups.names).reduce(0) { $0 + $1.paths }
      return Row(
        unit: u, evidence: view.evidence(of: u), partners: view.tiedPartnerCount(of: u),
        brokerage: brokerage, betweenness: bet[u], score: 0, kinds: kinds.count, heaviest: kinds.first?.count ?? 0,
        standing: 0, indistinguishableFrom: [], brokenBy: nil)
    }
    let columns: [[Double]] = [
      rows.map(\.evidence), rows.map { Double($0.partners) }, rows.map { Double($0.brokerage) }, rows.map(\.betweenness),
    ]
    let maxima = columns.map { $0.max() ?? 0 }
    for i in rows.indices {
      var s = 0.0
      for (c, column) in columns.enumerated() where maxima[c] > 0 { s += column[i] / maxima[c] }
      rows[i].score = Self.rounded(s / Double(columns.count))
    }
    let names = view.units.map { view.network.entities[$0].name }
    func key(_ r: Row) -> [Double] { [r.score, Self.rounded(r.evidence), Double(r.kinds), Double(r.heaviest)] }
    rows.sort { a, b in
      let ka = key(a), kb = key(b)
      if ka != kb { return ka.lexicographicallyPrecedes(kb, by: >) }
      return names[a.unit] != names[b.unit] ? names[a.unit] < names[b.unit] : a.unit < b.unit
    }
    for i in rows.indices {
      if i > 0 && key(rows[i]) == key(rows[i - 1]) {
        rows[i].standing = rows[i - 1].standing
      } else {
        rows[i].standing = i + 1
      }
      if i + 1 < rows.count, rows[i].score == rows[i + 1].score {
        let a = key(rows[i]), b = key(rows[i + 1])
        if a[1] != b[1] {
          rows[i].brokenBy = "evidence"
        } else if a[2] != b[2] {
          rows[i].brokenBy = "tie kinds"
        } else if a[3] != b[3] {
          rows[i].brokenBy = "heaviest ties"
        }
      }
    }
    let snapshot = rows
    for i in rows.indices {
      rows[i].indistinguishableFrom = snapshot.filter { $0.unit != rows[i].unit && key($0) == key(rows[i]) }.map(\.unit)
    }
    self.rows = rows
  }

  /// A value rounded as every ranking rounds it (``Network/rankingValue(_:)``, 12 significant
  /// digits), so that sums taken in another order compare equal.
  public static func rounded(_ x: Double) -> Double { Network.rankingValue(x) }
}
