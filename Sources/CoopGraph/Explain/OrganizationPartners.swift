import Foundation

/// The key partners of a record, on the evidence-weighted organization view: organizations
/// ranked by ``OrganizationStanding``, each with its rank under the standard modelling
/// variants and the ties of the record that make it key, quoted; sub-units ranked among
/// sub-units; alliances and people in sections of their own.
public struct OrganizationPartnersReport: Sendable {
  /// A ranked organization (or sub-unit) and why.
  public struct Partner: Sendable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    public var group: String?
    public var row: OrganizationStanding.Row
    /// Its rank by each measure among the candidates ("1224").
    public var measureRanks: [Int]
    /// Names of the candidates it cannot be told apart from.
    public var indistinguishableFrom: [String]
    /// Its standing under each of ``OrganizationView/Options/variants``, in that order.
    public var variantStandings: [Int]
    /// The pairs of groups its brokerage joins, most first.
    public var bridges: [(groups: [String], pairs: Int)]
    public var citations: [Citation]
    /// The explanation, from the numbers (the citations follow it).
    public var sentence: String

    public var rankRange: ClosedRange<Int> {
      (variantStandings.min() ?? row.standing)...(variantStandings.max() ?? row.standing)
    }
    /// Whether its rank moves by at most one place across the variants.
    public var isRobust: Bool { rankRange.upperBound - rankRange.lowerBound <= 1 }
  }

  /// A ranked person.
  public struct Person: Sendable {
    public var id: String
    public var name: String
    public var standing: Int
    /// Summed weights of the ties the person is party to, roles included.
    public var evidence: Double
    /// "Director, Department of Strategy and Coordination".
    public var roles: [String]
    public var ties: Int
    public var indistinguishableFrom: [String]
  }

  public var options: OrganizationView.Options
  public var groupBy: String?
  public var weights: [(kind: TieKind, weight: Double)]
  /// Organizations that could be key partners (named, top-level).
  public var candidates: Int
  public var partners: [Partner]
  public var subUnitCandidates: Int
  public var subUnits: [Partner]
  /// The record's alliances, ranked among themselves: the frame of the cooperation, whose
  /// memberships, designations and certificates count for the members they name.
  public var alliances: [Partner]
  public var people: [Person]
  /// The variant names, in ``Partner/variantStandings`` order.
  public var variants: [String]
  /// Organizations whose leaving would split the others (cut points of the view's graph,
  /// where placeholders and people are no nodes), by name.
  public var cutPoints: [String]
}

extension Network {
  /// The key partners on the evidence-weighted organization view (``OrganizationView``).
  ///
  /// - Parameters:
  ///   - options: how the view is built; its ``OrganizationView/Options/variants`` are the
  ///     rankings each partner's stability is measured over.
  ///   - groupBy: the field whose groups brokerage is counted across (`country`), or `nil`.
  ///   - top: how many organizations, sub-units and people to report.
  /// - Throws: ``TieWeightError`` for bad weights.
  /// - Complexity: six views and standings (betweenness on the units dominates).
  public func organizationPartners(
    options: OrganizationView.Options = .init(), groupBy: String? = "country", top: Int = 5,
    threads: Int = Parallelism.available
  ) throws -> OrganizationPartnersReport {
    // The variant views, built once each; the asked-for options are one of them.
    let variants = options.variants
    var views: [OrganizationView.Options: OrganizationView] = [:]
    func view(_ o: OrganizationView.Options) throws -> OrganizationView {
      if let v = views[o] { return v }
      let v = try OrganizationView(self, options: o)
      views[o] = v
      return v
    }
    /// Partner candidates: named top-level organizations other than alliances, which are the
    /// frame of the cooperation (every membership is a tie to one), not partners in it; a
    /// record of alliances only ranks its alliances.
    func candidates(_ v: OrganizationView, alliances: Bool = false) -> [Int] {
      let top = v.units.indices.filter { !v.isSubUnit($0) }
      let partners = top.filter { (v.entity(ofUnit: $0).kind == .alliance) == alliances }
      return partners.isEmpty && !alliances ? top : partners
    }
    let main = try view(options)
    let standing = OrganizationStanding(main, candidates: candidates(main), groupBy: groupBy, threads: threads)

    // Ranks under every variant, by entity id.
    var variantRanks: [[String: Int]] = []
    for variant in variants {
      let v = try view(variant)
      let s = variant == options ? standing : OrganizationStanding(v, candidates: candidates(v), groupBy: groupBy, threads: threads)
      var ranks: [String: Int] = [:]
      for r in s.rows { ranks[v.entity(ofUnit: r.unit).id] = r.standing }
      variantRanks.append(ranks)
    }

    // Sub-units, among themselves, on the view that keeps them; alliances among alliances.
    var keep = options
    keep.subUnits = .keep
    let keptView = try view(keep)
    let subCandidates = keptView.units.indices.filter { keptView.isSubUnit($0) }
    let subStanding = OrganizationStanding(keptView, candidates: subCandidates, groupBy: groupBy, threads: threads)
    let allianceCandidates = standing.rows.contains { main.entity(ofUnit: $0.unit).kind == .alliance } ? [] : candidates(main, alliances: true)
    let allianceStanding = OrganizationStanding(main, candidates: allianceCandidates, groupBy: groupBy, threads: threads)

    let partners = Self.describe(
      standing, view: main, top: top, groupBy: groupBy, variantRanks: variantRanks, noun: "organizations")
    let subUnits = Self.describe(
      subStanding, view: keptView, top: top, groupBy: groupBy, variantRanks: [], noun: "sub-units")
    let alliances = Self.describe(
      allianceStanding, view: main, top: top, groupBy: groupBy, variantRanks: [], noun: "alliances")
    return OrganizationPartnersReport(
      options: options, groupBy: groupBy,
      weights: main.weights.weights.filter { k, _ in tieKinds.contains(k) }
        .map { (kind: $0.key, weight: $0.value) }.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.kind < $1.kind },
      candidates: standing.rows.count, partners: partners, subUnitCandidates: subStanding.rows.count,
      subUnits: subUnits, alliances: alliances, people: people(view: main, top: top), variants: variants.map(\.summary),
      cutPoints: main.graph.biconnectedStructure().articulationPoints.filter { $0 < main.units.count }
        .map { main.entity(ofUnit: $0).name }.sorted())
  }

  static func describe(
    _ standing: OrganizationStanding, view: OrganizationView, top: Int, groupBy: String?, variantRanks: [[String: Int]],
    noun: String
  ) -> [OrganizationPartnersReport.Partner] {
    let rows = standing.rows
    let columns: [[Double]] = [
      rows.map(\.evidence), rows.map { Double($0.partners) }, rows.map { Double($0.brokerage) }, rows.map(\.betweenness),
    ]
    let ranks = columns.map { competitionRanks($0, higherIsBetter: true) }
    let groups = groupNumbers(standing.groupOf)
    var out: [OrganizationPartnersReport.Partner] = []
    for (i, row) in rows.enumerated().prefix(Swift.max(0, top)) {
      let e = view.entity(ofUnit: row.unit)
      var p = OrganizationPartnersReport.Partner(
        id: e.id, name: e.name, kind: e.kind, group: standing.groupOf[row.unit], row: row,
        measureRanks: ranks.map { $0[i] },
        indistinguishableFrom: row.indistinguishableFrom.map { view.entity(ofUnit: $0).name }.sorted(),
        variantStandings: variantRanks.compactMap { $0[e.id] },
        bridges: bridges(of: row.unit, in: view.tiedGraph, groups: groups.groups, names: groups.names)
          .map { (groups: $0.groups, pairs: $0.paths) },
        citations: view.citations(of: row.unit), sentence: "")
      let next = i + 1 < rows.count ? view.entity(ofUnit: rows[i + 1].unit).name : nil
      p.sentence = PartnerSentence.make(p, candidates: rows.count, noun: noun, groupBy: groupBy, next: next, variants: variantRanks.count)
      out.append(p)
    }
    return out
  }

  /// Named people, by the summed weights of their ties (roles included), then the number of
  /// organizations they hold roles in; equal on both, they share a standing.
  func people(view: OrganizationView, top: Int) -> [OrganizationPartnersReport.Person] {
    var evidence: [Int: Double] = [:]
    var count: [Int: Int] = [:]
    for tie in ties {
      let w = view.weights.weight(of: tie.kind)
      for p in Set(tie.parties.compactMap { index(of: $0) }) where entities[p].kind == .person {
        evidence[p, default: 0] += w
        count[p, default: 0] += 1
      }
    }
    let people = entities.indices.filter {
      entities[$0].kind == .person && !OrganizationView.isUnnamed(entities[$0]) && evidence[$0] != nil
    }
    func roles(_ p: Int) -> [String] {
      (view.rolesOf[p] ?? []).map { r in
        let role = ties[r]
        let orgs = role.parties.compactMap { index(of: $0) }.filter { $0 != p }.map { entities[$0].name }
        return ([role.label ?? "role"] + orgs).joined(separator: ", ")
      }
    }
    func key(_ p: Int) -> [Double] { [OrganizationStanding.rounded(evidence[p] ?? 0), Double(view.rolesOf[p]?.count ?? 0)] }
    let order = people.sorted { a, b in
      key(a) != key(b) ? key(a).lexicographicallyPrecedes(key(b), by: >) : entities[a].name < entities[b].name
    }
    var out: [OrganizationPartnersReport.Person] = []
    var standing = 0
    for (i, p) in order.enumerated() {
      if i == 0 || key(p) != key(order[i - 1]) { standing = i + 1 }
      if out.count >= top { break }
      out.append(
        .init(
          id: entities[p].id, name: entities[p].name, standing: standing, evidence: evidence[p] ?? 0, roles: roles(p),
          ties: count[p] ?? 0,
          indistinguishableFrom: order.filter { $0 != p && key($0) == key(p) }.map { entities[$0].name }))
    }
    return out
  }
}

/// The sentence of a ranked organization.
enum PartnerSentence {
  static func make(
    _ p: OrganizationPartnersReport.Partner, candidates: Int, noun: String, groupBy: String?, next: String?,
    variants: Int
  ) -> String {
    let ordinal = KeyPartnerSentence.ordinal
    let number = KeyPartnerSentence.number
    let list = KeyPartnerSentence.list
    let r = p.row
    var parts: [String] = []
    var tags = [p.kind.rawValue]
    if let g = p.group { tags.append(g) }
    var first = "\(p.name) (\(tags.joined(separator: ", "))) stands \(ordinal(r.standing)) of \(candidates) \(noun)"
    if !p.indistinguishableFrom.isEmpty {
      first += ", level with \(list(p.indistinguishableFrom)): the record does not tell them apart on these measures"
    }
    parts.append(first + " (score \(String(format: "%.2f", r.score))).")
    // Evidence.
    // Counted by what the record calls them: "1 framework agreement, 8 agreements and 3 events".
    var nouns: [String] = []
    var counts: [String: Int] = [:]
    for c in p.citations {
      if counts[c.noun] == nil { nouns.append(c.noun) }
      counts[c.noun, default: 0] += c.tieIDs.count
    }
    let tieCount = counts.values.reduce(0, +)
    let kindText = nouns.map { KeyPartnerSentence.plural(counts[$0] ?? 0, $0, Citation.plural($0)) }
    let most = p.measureRanks[0] == 1 ? "the most of the \(noun)" : "\(ordinal(p.measureRanks[0])) most"
    let unnamed = p.citations.contains { $0.unnamedPartners > 0 }
    let partners =
      r.partners == 0
      ? (unnamed ? "tied only to partners the record does not name" : "tied to no organization by more than a shared meeting")
      : "tied by more than a shared meeting to \(KeyPartnerSentence.plural(r.partners, "partner organization", "partner organizations"))"
        + (unnamed ? " and to partners the record does not name" : "")
    parts.append(
      "It takes part in \(KeyPartnerSentence.plural(tieCount, "tie", "ties")) (\(list(kindText))) worth \(number(r.evidence)) in evidence, \(most), \(partners).")
    // Brokerage.
    if let top = p.bridges.first {
      var s = "It is a go-between for \(list(top.groups)): \(KeyPartnerSentence.plural(top.pairs, "pair", "pairs")) of organizations from the two, with no tie of their own, are tied to it"
      if p.bridges.count > 1 { s += " (also " + list(p.bridges.dropFirst().prefix(2).map { "\(list($0.groups)) (\($0.pairs))" }) + ")" }
      parts.append(s + ".")
    } else if groupBy != nil {
      parts.append("It joins no two organizations of different \(KeyPartnerSentence.groupNoun(groupBy)) that lack a tie of their own.")
    }
    if r.betweenness > 0 {
      parts.append(
        "It lies on the shortest paths between other organizations (betweenness \(String(format: "%.2f", r.betweenness)), \(ordinal(p.measureRanks[3]))).")
    }
    if let broken = r.brokenBy, let next {
      let why = broken == "evidence" ? "more evidence" : broken == "tie kinds" ? "more kinds of tie" : "more ties of its heaviest kind"
      parts.append("It stands above \(next), of equal score, by \(why).")
    }
    if variants > 0 {
      let range = p.rankRange
      if range.lowerBound == range.upperBound {
        parts.append("Robust: \(ordinal(range.lowerBound)) under all \(variants) modelling variants.")
      } else if p.isRobust {
        parts.append("Robust: \(ordinal(range.lowerBound))–\(ordinal(range.upperBound)) across the \(variants) modelling variants.")
      } else {
        parts.append(
          "Depends on the modelling: \(ordinal(range.lowerBound))–\(ordinal(range.upperBound)) across the \(variants) variants.")
      }
    }
    return parts.joined(separator: " ")
  }
}
