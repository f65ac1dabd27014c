import Foundation

/// A per-node measure the key-partner explanation ranks by.
public struct PartnerMeasure: Sendable {
  /// The measure's name, as on the command line (`degree`, `betweenness`, …).
  public var name: String
  /// How a sentence names it ("degree", "betweenness").
  public var label: String
  /// Whether a high value ranks first (false for constraint).
  public var higherIsBetter: Bool
  /// How a sentence names it when the projection is bipartite (ties are nodes), if different.
  public var bipartiteLabel: String?
  /// Computes one value per node of the projected graph.
  public var compute: @Sendable (ProjectedNetwork) throws -> [Double]

  public init(
    name: String, label: String? = nil, bipartiteLabel: String? = nil, higherIsBetter: Bool = true,
    compute: @escaping @Sendable (ProjectedNetwork) throws -> [Double]
  ) {
    self.name = name
    self.label = label ?? name
    self.bipartiteLabel = bipartiteLabel
    self.higherIsBetter = higherIsBetter
    self.compute = compute
  }

  /// The measure `key` of the ``MeasureCatalogue``, named and ordered as it says.
  init(
    _ key: String, bipartiteLabel: String? = nil, compute: @escaping @Sendable (ProjectedNetwork) throws -> [Double]
  ) {
    let d = MeasureCatalogue.known(key)
    self.init(
      name: d.key, label: d.phrase, bipartiteLabel: bipartiteLabel, higherIsBetter: d.higherIsBetter, compute: compute)
  }

  /// Number of distinct partners (networkx `G.degree` on a graph without self-loops).
  public static let degree = PartnerMeasure("degree", bipartiteLabel: "number of ties and parts") { p in
    // One undirected view for all nodes (not one per node).
    let g = p.graph.undirected()
    return g.nodes.map { Double(g.outArcCount(of: $0)) }
  }
  /// Total strength of a partner's ties (the degree when ties carry no strength): with the
  /// default projection, a tie with k parties adds k − 1 and repeated cooperation adds up.
  public static let strength = PartnerMeasure("strength", bipartiteLabel: "total strength of its ties and parts") { p in
    let g = p.graph.undirected()
    return g.nodes.map { v in g.arcs(of: v).reduce(0.0) { $0 + (Int(g.targets[$1]) == v ? 0 : g.weight(at: $1)) } }
  }
  /// Betweenness centrality (networkx `betweenness_centrality`, normalized, unweighted): the
  /// share of shortest paths between others that pass through the partner.
  public static let betweenness = PartnerMeasure("betweenness") { p in
    var options = CentralityOptions()
    options.weighted = false
    return try CentralityMeasure.compute(.betweenness, on: p.graph, options: options)
  }
  /// Burt's effective size: non-redundant partners.
  public static let effectiveSize = PartnerMeasure("effective-size", bipartiteLabel: "effective size (among its ties)") { p in
    p.graph.effectiveSize()
  }
  /// Burt's constraint: low means the partner spans structural holes.
  public static let constraint = PartnerMeasure("constraint") { p in
    p.graph.constraint()
  }
  /// Pairs of other entities its removal alone disconnects.
  public static let fragility = PartnerMeasure("fragility") { p in
    p.graph.fragility(counted: p.entityIndices.map { $0 != nil }).map(Double.init)
  }

  /// The measures ``Network/keyPartners(projection:options:)`` uses by default, in the order
  /// sentences mention them.
  public static let defaults: [PartnerMeasure] = [.degree, .strength, .betweenness, .effectiveSize, .constraint]
}

/// What ``Network/keyPartners(projection:options:)`` looks at.
public struct KeyPartnerOptions: Sendable {
  /// The entity field or attribute whose groups brokerage is measured between (`country`,
  /// `kind`, `sector`, …); `nil` for no brokerage.
  public var groupBy: String? = "country"
  /// How many key partners to explain.
  public var top: Int = 5
  /// Entity kinds that may be key partners (`nil`: every kind but ``EntityKind/person``, or
  /// every kind when the network has nothing but people). Entities marked `unnamed: true`
  /// (unnamed counterparties) are never candidates. Every entity of the projection still
  /// counts in the measures.
  public var kinds: Set<EntityKind>? = nil
  /// Measures to rank by; a partner's standing is its mean rank over them.
  public var measures: [PartnerMeasure] = PartnerMeasure.defaults

  public init(groupBy: String? = "country", top: Int = 5, kinds: Set<EntityKind>? = nil) {
    self.groupBy = groupBy
    self.top = top
    self.kinds = kinds
  }
}

/// One key partner: the numbers behind it and the sentence built from them.
public struct KeyPartner: Sendable {
  /// A measure's value for this partner and its rank among the candidates.
  public struct MeasureFact: Sendable, Equatable {
    public var measure: String
    public var label: String
    public var value: Double
    /// 1-based; candidates with equal values share the best rank.
    public var rank: Int
    public var higherIsBetter: Bool
  }

  /// The brokerage of this partner between groups.
  public struct BrokerageFact: Sendable, Equatable {
    /// Open two-paths it brokers, by role (five roles, then the total).
    public var counts: [Int]
    /// z-scores against random group assignment (sna), same order.
    public var zScores: [Double]
    /// Pairs of different, known groups it joins, with the number of open two-paths between
    /// them through it, most first (each undirected two-path counted once).
    public var bridges: [(groups: [String], paths: Int)]
    /// Pairs of its partners not tied to each other, whatever their groups (open two-paths
    /// through it, each undirected pair once).
    public var openPairs: Int = 0

    public static func == (a: BrokerageFact, b: BrokerageFact) -> Bool {
      a.counts == b.counts && a.openPairs == b.openPairs && a.zScores.elementsEqual(b.zScores) { $0 == $1 || ($0.isNaN && $1.isNaN) }
        && a.bridges.map(\.groups) == b.bridges.map(\.groups) && a.bridges.map(\.paths) == b.bridges.map(\.paths)
    }
  }

  /// What its removal would cost.
  public struct RemovalFact: Sendable, Equatable {
    /// Pairs of other entities that lose all connection.
    public var disconnectedPairs: Int
    /// Entities cut off from the rest: every piece but the largest of a split component, each
    /// as sorted ids, largest piece first.
    public var cutOff: [[String]]
    /// Components among the other entities before and after.
    public var componentsBefore: Int
    public var componentsAfter: Int
    /// Mean distance among the other entities before and after (connected pairs only).
    public var averageDistanceBefore: Double
    public var averageDistanceAfter: Double
  }

  public var id: String
  public var name: String
  public var kind: EntityKind
  /// Its group under ``KeyPartnerOptions/groupBy`` (or `nil`).
  public var group: String?
  /// 1-based standing among the candidates (by mean rank over the measures, then id).
  public var standing: Int
  public var measures: [MeasureFact]
  public var brokerage: BrokerageFact?
  /// The label (or id) of a multi-party tie that binds this partner and every one of its
  /// partners, if there is one: the reason none of its partners needs it as a go-between.
  public var enclosingTie: String?
  public var removal: RemovalFact
  /// The explanation, one or more sentences.
  public var sentence: String
}

/// The result of ``Network/keyPartners(projection:options:)``.
public struct KeyPartnersReport: Sendable {
  /// The projection, as ``Projection/summary`` spells it.
  public var projection: String
  public var groupBy: String?
  /// Entities that could be key partners.
  public var candidates: Int
  public var partners: [KeyPartner]

  /// The report as JSON: `{"projection", "groupBy", "candidates", "partners": [{"id", "name",
  /// "kind", "group", "standing", "measures": [{"measure", "value", "rank"}], "brokerage":
  /// {"roles": {role: {"count", "z"}}, "bridges": [{"groups", "paths"}]}, "removal": {…},
  /// "sentence"}]}`.
  public func json() -> JSONValue {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
    return .object([
      ("projection", .string(projection)),
      ("groupBy", groupBy.map(JSONValue.string) ?? .null),
      ("candidates", .number(Double(candidates))),
      (
        "partners",
        .array(
          partners.map { p in
            var fields: [(String, JSONValue)] = [
              ("id", .string(p.id)), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)),
              ("group", p.group.map(JSONValue.string) ?? .null), ("standing", .number(Double(p.standing))),
              (
                "measures",
                .array(
                  p.measures.map { m in
                    .object([("measure", .string(m.measure)), ("value", number(m.value)), ("rank", .number(Double(m.rank)))])
                  })
              ),
            ]
            if let b = p.brokerage {
              fields.append((
                "brokerage",
                .object([
                  (
                    "roles",
                    .object(
                      BrokerageRole.allCases.map { r in
                        (r.description, .object([("count", .number(Double(b.counts[r.rawValue]))), ("z", number(b.zScores[r.rawValue]))]))
                      })
                  ),
                  (
                    "bridges",
                    .array(b.bridges.map { .object([("groups", .array($0.groups.map(JSONValue.string))), ("paths", .number(Double($0.paths)))]) })
                  ),
                ])
              ))
            } else {
              fields.append(("brokerage", .null))
            }
            fields.append(("enclosingTie", p.enclosingTie.map(JSONValue.string) ?? .null))
            fields.append((
              "removal",
              .object([
                ("disconnectedPairs", .number(Double(p.removal.disconnectedPairs))),
                ("cutOff", .array(p.removal.cutOff.map { .array($0.map(JSONValue.string)) })),
                ("componentsBefore", .number(Double(p.removal.componentsBefore))),
                ("componentsAfter", .number(Double(p.removal.componentsAfter))),
                ("averageDistanceBefore", number(p.removal.averageDistanceBefore)),
                ("averageDistanceAfter", number(p.removal.averageDistanceAfter)),
              ])
            ))
            fields.append(("sentence", .string(p.sentence)))
            return .object(fields)
          })
      ),
    ])
  }
}

extension Network {
  /// The key partners of the network, each explained in a sentence built from the numbers:
  /// which measures place it high, which groups it bridges and in which brokerage role, and
  /// what its removal would cost.
  ///
  /// Candidates are the entity nodes of `projection` whose kind is in
  /// ``KeyPartnerOptions/kinds``. Each measure ranks the candidates (1 = best, equal values
  /// share the best rank); a candidate's standing is its mean rank over the measures, ties
  /// broken by id. For the `top` candidates the explanation adds Gould–Fernandez brokerage
  /// between the groups of ``KeyPartnerOptions/groupBy`` (``Graph/brokerage(groups:)``) and
  /// a what-if removal (``whatIf(removing:projection:score:)``).
  ///
  /// Deterministic: the same network and options give the same report.
  ///
  /// - Throws: ``ProjectionError`` for projection rules the network does not fit, and what a
  ///   measure throws.
  /// - Complexity: the measures', plus O(top × entities × (nodes + arcs)) for the removals.
  public func keyPartners(projection: Projection = .default, options: KeyPartnerOptions = KeyPartnerOptions())
    throws -> KeyPartnersReport
  {
    let projected = try project(projection)
    let g = projected.graph
    func eligible(allKinds: Bool) -> [Int] {
      g.nodes.filter { v in
        guard let e = projected.entityIndices[v] else { return false }
        let entity = entities[e]
        if entity.attributes["unnamed"] == .bool(true) { return false }
        if allKinds { return true }
        return options.kinds?.contains(entity.kind) ?? (entity.kind != .person)
      }
    }
    var candidates = eligible(allKinds: false)
    // A network of people only (a friendship or advice network) ranks its people.
    if candidates.isEmpty && options.kinds == nil { candidates = eligible(allKinds: true) }
    // Ranks among the candidates, per measure.
    var values: [[Double]] = []
    var ranks: [[Int]] = []
    for m in options.measures {
      let all = try m.compute(projected)
      let vals = candidates.map { all[$0] }
      values.append(vals)
      ranks.append(Network.competitionRanks(vals, higherIsBetter: m.higherIsBetter))
    }
    let meanRank = candidates.indices.map { c in
      options.measures.isEmpty ? 0 : Double(ranks.reduce(0) { $0 + $1[c] }) / Double(options.measures.count)
    }
    let order = candidates.indices.sorted { a, b in
      meanRank[a] != meanRank[b] ? meanRank[a] < meanRank[b] : g.ids[candidates[a]] < g.ids[candidates[b]]
    }

    // Brokerage is between entities: a bipartite projection is read as its clique version.
    var grouping: (groups: [Int], names: [String])? = nil
    var brokerage: Brokerage? = nil
    var entityView = projected
    var entityNode: [String: Int] = [:]
    if let key = options.groupBy {
      if projection.multiParty == .bipartite {
        var rules = projection
        rules.multiParty = .clique
        entityView = try project(rules)
      }
      for v in entityView.graph.nodes where entityView.entityIndices[v] != nil { entityNode[entityView.graph.ids[v]] = v }
      let gr = groups(of: entityView, by: key)
      grouping = gr
      brokerage = entityView.graph.brokerage(groups: gr.groups)
    }

    // One all-pairs pass before any removal, shared by every partner's what-if.
    let connectivityBefore = g.connectivity(counted: projected.entityIndices.map { $0 != nil })
    var partners: [KeyPartner] = []
    for (standing, c) in order.prefix(Swift.max(0, options.top)).enumerated() {
      let v = candidates[c]
      guard let e = projected.entityIndices[v] else { continue }
      let entity = entities[e]
      let facts = options.measures.indices.map { i in
        KeyPartner.MeasureFact(
          measure: options.measures[i].name,
          label: projection.multiParty == .bipartite
            ? (options.measures[i].bipartiteLabel ?? options.measures[i].label) : options.measures[i].label,
          value: values[i][c], rank: ranks[i][c],
          higherIsBetter: options.measures[i].higherIsBetter)
      }
      var brokerFact: KeyPartner.BrokerageFact? = nil
      if let br = brokerage, let gr = grouping, let u = entityNode[entity.id] {
        brokerFact = KeyPartner.BrokerageFact(
          counts: BrokerageRole.allCases.map { br.count($0, of: u) },
          zScores: BrokerageRole.allCases.map { br.zScore($0, of: u) },
          bridges: Network.bridges(of: u, in: entityView.graph, groups: gr.groups, names: gr.names),
          openPairs: Network.openPairs(of: u, in: entityView.graph))
      }
      let w = try whatIf(
        removing: [entity.id], in: projected, score: { _ in [] }, before: connectivityBefore, threads: Parallelism.available)
      let removal = KeyPartner.RemovalFact(
        disconnectedPairs: w.disconnectedPairs, cutOff: w.cutOff,
        componentsBefore: w.before.components, componentsAfter: w.after.components,
        averageDistanceBefore: w.remainingDistanceBefore, averageDistanceAfter: w.after.averageDistance)
      var partner = KeyPartner(
        id: entity.id, name: entity.name, kind: entity.kind, group: options.groupBy.flatMap { entity.value(of: $0) },
        standing: standing + 1, measures: facts, brokerage: brokerFact,
        enclosingTie: entityNode[entity.id].flatMap { enclosingTie(of: $0, in: entityView) }, removal: removal,
        sentence: "")
      partner.sentence = KeyPartnerSentence.make(
        partner, candidates: candidates.count, groupBy: options.groupBy, directed: entityView.graph.isDirected,
        nameOf: { self[$0]?.name ?? $0 }, isUnnamed: { self[$0]?.attributes["unnamed"] == .bool(true) })
      partners.append(partner)
    }
    return KeyPartnersReport(
      projection: projection.summary, groupBy: options.groupBy, candidates: candidates.count, partners: partners)
  }

  /// Competition ranks ("1224"): 1 for the best value, equal values share the best rank; NaN
  /// ranks last.
  static func competitionRanks(_ values: [Double], higherIsBetter: Bool) -> [Int] {
    RankOrder.competitionRanks(values, higherIsBetter: higherIsBetter)
  }


  /// The largest tie with more than two parties that contains node `v`'s entity and the
  /// entities of all its neighbours, by label (or id, or "a tie of N parties").
  func enclosingTie(of v: Int, in projected: ProjectedNetwork) -> String? {
    let g = projected.graph.undirected()
    guard let e = projected.entityIndices[v] else { return nil }
    let me = entities[e].id
    let partners = g.neighbors(of: v).compactMap { u -> String? in
      Int(u) == v ? nil : projected.entityIndices[Int(u)].map { entities[$0].id }
    }
    guard !partners.isEmpty else { return nil }
    var best: Tie? = nil
    for tie in ties where tie.parties.count > 2 && tie.parties.contains(me) {
      let parties = Set(tie.parties)
      if partners.allSatisfy({ parties.contains($0) }) && tie.parties.count > (best?.parties.count ?? 0) { best = tie }
    }
    guard let best else { return nil }
    return "the \(best.kind.rawValue) “\(best.label ?? best.id ?? "of \(best.parties.count) parties")”"
  }

  /// A value rounded to 12 significant digits, so that values equal up to rounding error
  /// (the same quantity summed in another order) share a rank.
  static func rankingValue(_ x: Double) -> Double { RankOrder.value(x) }


  /// The number of unordered pairs of `v`'s neighbours that are not tied to each other (in
  /// either direction).
  static func openPairs(of v: Int, in graph: Graph) -> Int {
    let g = graph.undirected()
    let nbrs = g.neighbors(of: v).map(Int.init).filter { $0 != v }
    var open = 0
    for (x, i) in nbrs.enumerated() {
      for k in nbrs[(x + 1)...] where k != i && !g.hasEdge(from: i, to: k) { open += 1 }
    }
    return open
  }

  /// The pairs of different known groups that `v` joins through open two-paths `i – v – k`
  /// (i and k not tied), each unordered pair of ends once, most paths first.
  static func bridges(of v: Int, in graph: Graph, groups: [Int], names: [String]) -> [(groups: [String], paths: Int)] {
    let g = graph.undirected()
    let unknown = names.firstIndex(of: Network.unknownGroup)
    var count: [[Int]: Int] = [:]
    let nbrs = g.neighbors(of: v).map(Int.init).filter { $0 != v }
    for (x, i) in nbrs.enumerated() {
      for k in nbrs[(x + 1)...] where k != i {
        let gi = groups[i], gk = groups[k]
        if gi == gk || gi == unknown || gk == unknown || g.hasEdge(from: i, to: k) { continue }
        count[[Swift.min(gi, gk), Swift.max(gi, gk)], default: 0] += 1
      }
    }
    return count.map { (groups: $0.key.map { names[$0] }, paths: $0.value) }
      .sorted { $0.paths != $1.paths ? $0.paths > $1.paths : $0.groups.lexicographicallyPrecedes($1.groups) }
  }
}

/// Builds the sentence of a key partner from its facts.
enum KeyPartnerSentence {
  static func ordinal(_ n: Int) -> String {
    let tens = n % 100
    let suffix: String
    if (11...13).contains(tens) {
      suffix = "th"
    } else {
      switch n % 10 {
      case 1: suffix = "st"
      case 2: suffix = "nd"
      case 3: suffix = "rd"
      default: suffix = "th"
      }
    }
    return "\(n)\(suffix)"
  }

  static func number(_ x: Double) -> String {
    if x.isNaN { return "undefined" }
    if x == x.rounded() && abs(x) < 1e9 { return String(Int(x)) }
    return String(format: "%.2f", x)
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) and \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }

  static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

  static func groupNoun(_ key: String?) -> String {
    switch key {
    case "country": return "countries"
    case "kind": return "kinds"
    case "sector": return "sectors"
    case "region": return "regions"
    case let k?: return "\(k) groups"
    case nil: return "groups"
    }
  }

  static func roleName(_ role: BrokerageRole, directed: Bool) -> String {
    if !directed && (role == .representative || role == .gatekeeper) { return "gatekeeper/representative" }
    if role == .itinerant { return "itinerant (consultant)" }
    return role.description
  }

  static func roleGloss(_ role: BrokerageRole, directed: Bool) -> String {
    switch role {
    case .coordinator: return "all three in one group"
    case .itinerant: return "an outsider between two members of one group"
    case .representative, .gatekeeper:
      return directed
        ? (role == .representative ? "passing its own group's ties out" : "letting ties into its own group")
        : "itself on one of the two sides"
    case .liaison: return "all three in different groups"
    case .total: return ""
    }
  }

  static func make(
    _ p: KeyPartner, candidates: Int, groupBy: String?, directed: Bool, nameOf: (String) -> String,
    isUnnamed: (String) -> Bool
  ) -> String {
    var parts: [String] = []
    // 1. Who it is and where the measures place it.
    var tags = [p.kind.rawValue]
    if let g = p.group { tags.append(g) }
    let who = "\(p.name) (" + tags.joined(separator: ", ") + ")"
    func label(_ m: KeyPartner.MeasureFact) -> String {
      (m.higherIsBetter ? m.label : "lowest \(m.label)") + " (\(number(m.value)))"
    }
    let cutoff = Swift.max(3, candidates / 10)
    let high = p.measures.filter { $0.rank <= cutoff && !$0.value.isNaN }
    if high.isEmpty {
      if let best = p.measures.filter({ !$0.value.isNaN }).min(by: { $0.rank < $1.rank }) {
        parts.append("\(who) stands \(ordinal(p.standing)) of \(candidates) partners; its best place is \(ordinal(best.rank)) by \(label(best)).")
      } else {
        parts.append("\(who) stands \(ordinal(p.standing)) of \(candidates) partners.")
      }
    } else {
      let ranks = Array(Set(high.map(\.rank))).sorted()
      let phrases = ranks.map { r in "\(ordinal(r)) by " + list(high.filter { $0.rank == r }.map(label)) }
      parts.append("\(who) stands \(ordinal(p.standing)) of \(candidates) partners: it ranks " + phrases.joined(separator: "; ") + ".")
    }
    // 2. Brokerage between groups.
    if let b = p.brokerage {
      let noun = groupNoun(groupBy)
      if let top = b.bridges.first {
        var s = "It is a go-between for \(list(top.groups)): \(plural(top.paths, "pair", "pairs")) of partners from the two, not tied to each other, are joined through it"
        if b.bridges.count > 1 {
          let more = b.bridges.dropFirst().prefix(2).map { "\(list($0.groups)) (\($0.paths))" }
          s += " (also \(list(more)))"
        }
        let cross: [BrokerageRole] =
          directed ? [.itinerant, .representative, .gatekeeper, .liaison] : [.itinerant, .gatekeeper, .liaison]
        if let role = cross.max(by: { b.counts[$0.rawValue] < b.counts[$1.rawValue] }), b.counts[role.rawValue] > 0 {
          s += "; its main brokerage role is \(roleName(role, directed: directed)) (\(roleGloss(role, directed: directed)))"
          let z = b.zScores[role.rawValue]
          if z.isFinite {
            let zText = String(format: "%.1f", z)
            if z >= 2 {
              s += ", far more often than chance (z = \(zText))"
            } else if z <= -2 {
              s += ", though less often than chance (z = \(zText))"
            } else {
              s += ", about as often as chance (z = \(zText))"
            }
          }
        }
        parts.append(s + ".")
      } else if b.counts[BrokerageRole.coordinator.rawValue] > 0 || b.counts[BrokerageRole.itinerant.rawValue] > 0 {
        let within = b.counts[BrokerageRole.coordinator.rawValue] > 0
        let outside = b.counts[BrokerageRole.itinerant.rawValue] > 0
        if within && outside {
          parts.append(
            "It joins partners within its own group, and as an outsider partners who share another group (itinerant broker), but none across two \(noun).")
        } else if within {
          parts.append("It joins partners only within its own group, not across \(noun).")
        } else {
          parts.append(
            "It is an outside go-between (itinerant broker): it joins partners who share a group other than its own and are not tied to each other, but none across two \(noun).")
        }
      } else if b.openPairs > 0 {
        parts.append(
          "It joins \(plural(b.openPairs, "pair", "pairs")) of partners not tied to each other, but none of them across two known \(noun).")
      } else {
        if let tie = p.enclosingTie {
          parts.append(
            "It is no go-between across \(noun): all its partners are, with it, parties to \(tie), which ties them to each other directly.")
        } else {
          parts.append("It is no go-between across \(noun): its partners are all tied to each other directly.")
        }
      }
    }
    // 3. What its removal would cost.
    let r = p.removal
    if r.disconnectedPairs > 0 {
      var s = "Without it \(plural(r.disconnectedPairs, "pair", "pairs")) of the others would lose all connection"
      if !r.cutOff.isEmpty {
        let entities = r.cutOff.reduce(0) { $0 + $1.count }
        let examples = r.cutOff.prefix(3).map { piece in nameOf(piece.first { !isUnnamed($0) } ?? piece[0]) }
        if r.cutOff.count == 1 {
          s += ": \(list(r.cutOff[0].prefix(3).map(nameOf) + (entities > 3 ? ["\(entities - 3) more"] : []))) would be cut off"
        } else {
          let more = r.cutOff.count > 3 ? ", …" : ""
          s += ": \(entities) entities in \(r.cutOff.count) separate pieces would be cut off (\(examples.joined(separator: "; "))\(more))"
        }
      }
      parts.append(s + ".")
    } else if r.averageDistanceAfter.isFinite && r.averageDistanceBefore.isFinite
      && r.averageDistanceAfter > r.averageDistanceBefore + 0.005
    {
      parts.append(
        "Without it everyone stays connected, but the others move apart: \(String(format: "%.2f", r.averageDistanceBefore)) to \(String(format: "%.2f", r.averageDistanceAfter)) steps on average."
      )
    } else {
      parts.append("Without it everyone stays connected at about the same distance.")
    }
    return parts.joined(separator: " ")
  }
}
