/// Gould & Fernandez brokerage roles.
///
/// Gould, R. V. & Fernandez, R. M. (1989). "Structures of mediation: a formal approach to
/// brokerage in transaction networks." *Sociological Methodology* 19, 89–126,
/// doi:10.2307/270949.
///
/// A node `j` brokers every two-path `i → j → k` whose ends are distinct and not tied
/// (`i → k` absent). The groups of `i`, `j` and `k` name its role:
///
/// | role | groups | sna column |
/// | --- | --- | --- |
/// | coordinator | `i`, `j`, `k` all in one group | `w_I` |
/// | itinerant (consultant) | `i`, `k` in one group, `j` in another | `w_O` |
/// | representative | `i`, `j` in one group, `k` in another | `b_IO` |
/// | gatekeeper | `j`, `k` in one group, `i` in another | `b_OI` |
/// | liaison | three different groups | `b_O` |
///
/// **Undirected graphs.** An undirected tie is an arc in both directions, so every undirected
/// two-path `i – j – k` is counted twice, once as `i → j → k` and once as `k → j → i`. A
/// coordinator, itinerant or liaison path therefore counts 2, and a path that is
/// representative one way is gatekeeper the other way: on an undirected graph the two counts
/// coincide. This is what R's sna `brokerage` does with a symmetric adjacency matrix.
///
/// **Expected counts.** Under the null model of sna's `brokerage` (Butts, sna package, file
/// `R/gli.R`, after Gould & Fernandez 1989): every ordered pair is tied independently with the
/// graph's density `d = arcs / (N(N−1))`; a given two-path is open with probability
/// `d²(1−d)`. For a broker in a group of size `n_g`, with `n_h` the other groups' sizes:
/// - coordinator: `E = d²(1−d)(n_g−1)(n_g−2)`
/// - itinerant: `E = d²(1−d) Σ_h n_h(n_h−1)`
/// - representative and gatekeeper: `E = d²(1−d)(N−n_g)(n_g−1)`
/// - liaison: `E = d²(1−d) (Σ_{h≠h'} n_h n_h')`
/// - total: `E = d²(1−d)(N−1)(N−2)`
/// with the variances sna gives, and `z = (count − E) / sd` (NaN when sd is 0, as in sna).
/// Values equal sna's `raw.nli`, `exp.nli`, `sd.nli`, `z.nli` and, for the whole graph,
/// `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`.
public enum BrokerageRole: Int, Sendable, CaseIterable, CustomStringConvertible {
  case coordinator, itinerant, representative, gatekeeper, liaison
  /// All roles together.
  case total

  /// The five roles, without ``total``.
  public static let roles: [BrokerageRole] = [.coordinator, .itinerant, .representative, .gatekeeper, .liaison]

  public var description: String {
    switch self {
    case .coordinator: return "coordinator"
    case .itinerant: return "itinerant"
    case .representative: return "representative"
    case .gatekeeper: return "gatekeeper"
    case .liaison: return "liaison"
    case .total: return "total"
    }
  }
}

/// The result of ``Graph/brokerage(groups:)``: counts, expected counts and z-scores per node
/// and role, and for the whole graph.
public struct Brokerage: Sendable {
  /// The group number of each node.
  public let groups: [Int]
  /// The size of each group.
  public let groupSizes: [Int]
  /// The density `d` the null model uses: arcs (self-loops excluded) / (N(N−1)).
  public let density: Double
  /// Counts, node-major: `counts[node * 6 + role.rawValue]`.
  let counts: [Int]
  /// Expected counts and standard deviations per group: `[group * 6 + role.rawValue]`.
  let groupExpected: [Double]
  let groupDeviation: [Double]
  let globalExpected: [Double]
  let globalDeviation: [Double]

  /// Number of nodes.
  public var nodeCount: Int { groups.count }

  /// How many two-paths `node` brokers in `role`.
  public func count(_ role: BrokerageRole, of node: Int) -> Int { counts[node * 6 + role.rawValue] }

  /// The expected count of a broker in `node`'s group.
  public func expected(_ role: BrokerageRole, of node: Int) -> Double {
    groupExpected[groups[node] * 6 + role.rawValue]
  }

  /// The standard deviation of the count of a broker in `node`'s group.
  public func standardDeviation(_ role: BrokerageRole, of node: Int) -> Double {
    groupDeviation[groups[node] * 6 + role.rawValue]
  }

  /// `(count − expected) / sd`; NaN (or ±infinity) when the deviation is 0, as in sna.
  public func zScore(_ role: BrokerageRole, of node: Int) -> Double {
    (Double(count(role, of: node)) - expected(role, of: node)) / standardDeviation(role, of: node)
  }

  /// How many two-paths of `role` the graph has (sna `raw.gli`).
  public func graphCount(_ role: BrokerageRole) -> Int {
    var s = 0
    for v in 0..<nodeCount { s += count(role, of: v) }
    return s
  }

  /// The expected number of two-paths of `role` in the graph (sna `exp.gli`).
  public func graphExpected(_ role: BrokerageRole) -> Double { globalExpected[role.rawValue] }

  /// Its standard deviation (sna `sd.gli`).
  public func graphStandardDeviation(_ role: BrokerageRole) -> Double { globalDeviation[role.rawValue] }

  /// The graph's z-score for `role` (sna `z.gli`).
  public func graphZScore(_ role: BrokerageRole) -> Double {
    (Double(graphCount(role)) - graphExpected(role)) / graphStandardDeviation(role)
  }
}

extension Graph {
  /// Gould & Fernandez brokerage roles of every node for a grouping of the nodes (see
  /// ``BrokerageRole`` for the roles, the undirected convention and the null model).
  ///
  /// Equals R sna's `brokerage(g, cl)`: counts `raw.nli`, expected `exp.nli`, deviations
  /// `sd.nli`, z-scores `z.nli`, graph totals `raw.gli`/`exp.gli`/`sd.gli`/`z.gli`, for a
  /// graph without self-loops or parallel arcs. Strengths are ignored.
  ///
  /// - Parameter groups: a group number per node, `0..<groupCount`.
  /// - Returns: the analysis.
  /// - Complexity: O(Σ_j Σ_{i → j} (out(i) + out(j))) time, O(nodes) extra memory.
  public func brokerage(groups: [Int]) -> Brokerage {
    precondition(groups.count == nodeCount, "one group per node")
    let n = nodeCount
    let groupCount = (groups.max() ?? -1) + 1
    var sizes = [Int](repeating: 0, count: groupCount)
    for g in groups {
      precondition(g >= 0, "group numbers are 0..<groupCount")
      sizes[g] += 1
    }
    // Counts: broker j, in-neighbour i, out-neighbour k.
    var counts = [Int](repeating: 0, count: n * 6)
    let incoming = transposed()
    var mark = [Int32](repeating: -1, count: n)
    for j in 0..<n {
      let gj = groups[j]
      for a in incoming.arcs(of: j) {
        let i = Int(incoming.targets[a])
        if i == j { continue }
        for b in arcs(of: i) { mark[Int(targets[b])] = Int32(i) }
        let gi = groups[i]
        for c in arcs(of: j) {
          let k = Int(targets[c])
          if k == j || k == i || mark[k] == Int32(i) { continue }
          let gk = groups[k]
          let role: BrokerageRole
          if gi == gj {
            role = gj == gk ? .coordinator : .representative
          } else if gj == gk {
            role = .gatekeeper
          } else if gi == gk {
            role = .itinerant
          } else {
            role = .liaison
          }
          counts[j * 6 + role.rawValue] += 1
          counts[j * 6 + BrokerageRole.total.rawValue] += 1
        }
      }
    }
    // The null model (sna's `brokerage`, R/gli.R).
    var loops = 0
    for v in 0..<n where hasEdge(from: v, to: v) { loops += 1 }
    let arcs = Double(arcCount - loops)
    let N = Double(n)
    let d = n > 1 ? arcs / (N * (N - 1)) : 0
    let p = d * d * (1 - d)
    let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
    let ns = sizes.map(Double.init)
    func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
    var ge = [Double](repeating: 0, count: groupCount * 6)
    var gv = [Double](repeating: 0, count: groupCount * 6)
    for g in 0..<groupCount {
      let ni = ns[g]
      var sumOthersPairs = 0.0, sumOthersTriples = 0.0, sumOthers = 0.0, sumOthersSq = 0.0
      var liaisonVar = 0.0
      for h in 0..<groupCount where h != g {
        let nh = ns[h]
        sumOthersPairs += nh * (nh - 1)
        sumOthersTriples += nh * (nh - 1) * (nh - 2)
        sumOthers += nh
        sumOthersSq += nh * nh
        liaisonVar += nh * choose2(N - nh - ni)
      }
      let base = g * 6
      ge[base + 0] = p * (ni - 1) * (ni - 2)
      gv[base + 0] = ge[base + 0] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q
      ge[base + 1] = p * sumOthersPairs
      gv[base + 1] = ge[base + 1] * (1 - p) + 2 * sumOthersTriples * q
      ge[base + 2] = p * (N - ni) * (ni - 1)
      gv[base + 2] = ge[base + 2] * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q
      ge[base + 3] = ge[base + 2]
      gv[base + 3] = gv[base + 2]
      ge[base + 4] = p * (sumOthers * sumOthers - sumOthersSq)
      gv[base + 4] = ge[base + 4] * (1 - p) + 4 * liaisonVar * q
      ge[base + 5] = p * (N - 1) * (N - 2)
      gv[base + 5] = ge[base + 5] * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q
    }
    // Graph-level moments.
    let d3 = q, d4 = d * d * d * d * (1 - d) * (1 - d), d5 = d * d * d * d * d * (1 - d)
    var e = [Double](repeating: 0, count: 6)
    var v = [Double](repeating: 0, count: 6)
    e[0] = p * ns.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) }
    v[0] = e[0] * (1 - p)
      + ns.reduce(0) { s, x in
        s + x * (x - 1) * (x - 2) * ((4 * x - 10) * d3 - 4 * (x - 3) * d4 + (x - 3) * d5)
      }
    e[1] = p * ns.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
    var outer = 0.0
    for x in ns {
      for y in ns { outer += x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3 + (N - x - 1) * d5) }
    }
    let diagonal = ns.reduce(0) { s, x in s + x * x * (x - 1) * ((4 * x - 6) * d3 + (N - x - 1) * d5) }
    v[1] = e[1] * (1 - p) + (outer - diagonal)
    e[2] = p * ns.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
    v[2] = e[2] * (1 - p) + ns.reduce(0) { s, x in s + x * (N - x) * (x - 1) * ((N - 3) * d3 + (x - 2) * d5) }
    e[3] = e[2]
    v[3] = v[2]
    var liaisonOuter = 0.0
    for x in ns {
      for y in ns { liaisonOuter += x * y * (N - x - y) }
    }
    e[4] = p * (liaisonOuter - ns.reduce(0) { $0 + $1 * $1 * (N - 2 * $1) })
    v[4] = e[4] * (1 - p)
    for i in 0..<groupCount {
      for j in 0..<groupCount where j != i {
        for k in 0..<groupCount where k != i && k != j {
          let a = ns[i], b = ns[j], c = ns[k]
          v[4] += a * b * c
            * ((4 * (N - b) - 2 * (a + c + 1)) * d3 - (4 * (N - c) - 2 * (a + b + 1)) * d4 + (N - (a + c + 1)) * d5)
        }
      }
    }
    e[5] = p * N * (N - 1) * (N - 2)
    v[5] = e[5] * (1 - p) + N * (N - 1) * (N - 2) * ((4 * N - 10) * d3 - 4 * (N - 3) * d4 + (N - 3) * d5)
    return Brokerage(
      groups: groups, groupSizes: sizes, density: d, counts: counts, groupExpected: ge,
      groupDeviation: gv.map { $0.squareRoot() }, globalExpected: e, globalDeviation: v.map { $0.squareRoot() })
  }
}

extension Network {
  /// Groups the nodes of a projected network by an entity field or attribute (`country`,
  /// `kind`, `sector`, any attribute key; see ``Entity/value(of:)``).
  ///
  /// Group numbers follow the sorted group names. Entities without a value, and tie nodes of a
  /// bipartite projection, share the group ``unknownGroup``, which sorts last.
  ///
  /// - Returns: the group number of each node and the group names.
  public func groups(of projected: ProjectedNetwork, by key: String) -> (groups: [Int], names: [String]) {
    Network.groupNumbers(projected.entityIndices.map { e in e.flatMap { entities[$0].value(of: key) } })
  }

  /// Numbers values by their sorted names; `nil` values share ``unknownGroup``, last.
  public static func groupNumbers(_ values: [String?]) -> (groups: [Int], names: [String]) {
    var names = Array(Set(values.compactMap { $0 })).sorted()
    var index: [String: Int] = [:]
    for (i, name) in names.enumerated() { index[name] = i }
    var unknown: Int? = nil
    let groups = values.map { v -> Int in
      if let v, let g = index[v] { return g }
      if unknown == nil {
        unknown = names.count
        names.append(Network.unknownGroup)
      }
      return unknown ?? 0
    }
    return (groups, names)
  }

  /// The name of the group of entities that have no value for the grouping key.
  public static let unknownGroup = "(none)"
}
