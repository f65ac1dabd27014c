import Foundation
import Testing

@testable import CoopGraph

/// The evidence-weighted organization view and the key partners ranked on it.
@Suite struct OrganizationViewTests {
  static let alliance: Network = {
    (try? NativeFormat.read(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))) ?? Network()
  }()

  static func unit(_ view: OrganizationView, _ id: String) throws -> Int {
    try #require(view.units.firstIndex { view.network.entities[$0].id == id })
  }

  /// A small record from YAML text.
  static func record(_ body: String) throws -> Network {
    try NativeFormat.parse("coopgraph: 1\n" + body, file: "t.yaml")
  }

  // MARK: The view

  @Test func unitsAreNamedTopLevelOrganizations() throws {
    let view = try OrganizationView(Self.alliance)
    let kinds = Set(view.units.map { Self.alliance.entities[$0].kind })
    #expect(!kinds.contains(.person))
    #expect(view.units.allSatisfy { !OrganizationView.isUnnamed(Self.alliance.entities[$0]) })
    #expect(view.units.allSatisfy { Self.alliance.entities[$0].parent == nil })
    // Eleven named organizations but the delegation, which counts for its Ministry.
    #expect(view.units.count == 10)
    #expect(!view.units.contains { Self.alliance.entities[$0].id == "kz-delegation" })
  }

  @Test func evidenceIsTheWeightedHyperdegree() throws {
    let view = try OrganizationView(Self.alliance)
    // NJIT: meeting 1 + keynote 1 (through Zhu Songqing) + visit 1 + framework agreement 3 +
    // eight school agreements 3 each, folded in.
    #expect(view.evidence(of: try Self.unit(view, "njit")) == 30)
    // The Alliance: meeting 1 + three memberships 2 + designation 2 + certificate 2.
    #expect(view.evidence(of: try Self.unit(view, "jiangsu-central-asia-alliance")) == 11)
    // C2K: meeting 1 + framework agreement 3 + membership 2 + certificate 2 (its representative).
    #expect(view.evidence(of: try Self.unit(view, "c2k")) == 8)
    #expect(view.evidence(of: try Self.unit(view, "ruifeng")) == 1)
  }

  @Test func newmanSharesAMeetingAmongItsOrganizations() throws {
    let view = try OrganizationView(Self.alliance)
    let ruifeng = try Self.unit(view, "ruifeng"), experts = try Self.unit(view, "kz-education-experts")
    // Only the 10-organization meeting ties them (the delegation and its Ministry's department
    // are one party, the Ministry): 1 / (10 − 1).
    let arc = try #require(view.graph.arcIndex(from: ruifeng, to: experts))
    #expect(abs(view.graph.weight(at: arc) - 1.0 / 9) < 1e-12)
    // Below the tie threshold: co-attendance does not count as a tie for brokerage.
    #expect(!view.tiedGraph.hasEdge(from: ruifeng, to: experts))
    // The four-party framework agreement: 3 / 3 = 1 per pair, plus the meeting's 1/9.
    let njit = try Self.unit(view, "njit"), c2k = try Self.unit(view, "c2k")
    let a = try #require(view.graph.arcIndex(from: njit, to: c2k))
    #expect(abs(view.graph.weight(at: a) - (1 + 1.0 / 9)) < 1e-12)
    #expect(view.tiedGraph.hasEdge(from: njit, to: c2k))
  }

  @Test func cliqueAndBipartiteVariants() throws {
    var o = OrganizationView.Options()
    o.weighting = .clique
    let clique = try OrganizationView(Self.alliance, options: o)
    let r = try Self.unit(clique, "ruifeng"), x = try Self.unit(clique, "kz-education-experts")
    #expect(clique.graph.arcIndex(from: r, to: x).map { clique.graph.weight(at: $0) } == 1)
    o.weighting = .bipartite
    let bipartite = try OrganizationView(Self.alliance, options: o)
    // One tie node per tie of three or more organizations: the meeting, the keynote, the
    // framework agreement.
    #expect(bipartite.graph.nodeCount == bipartite.units.count + 3)
  }

  @Test func peopleCountThroughTheirRoles() throws {
    let view = try OrganizationView(Self.alliance)
    let t = try #require(Self.alliance.ties.firstIndex { $0.id == "ambassador-certificate" })
    let tie = try #require(view.ties.first { $0.tie == t })
    let names = tie.units.map { view.entity(ofUnit: $0).id }
    #expect(Set(names) == ["c2k", "jiangsu-central-asia-alliance"])
    let c2k = try #require(tie.units.firstIndex { view.entity(ofUnit: $0).id == "c2k" })
    let role = try #require(Self.alliance.ties.firstIndex { $0.id == "c2k-representative-at-c2k" })
    let rep = try #require(Self.alliance.index(of: "c2k-representative"))
    #expect(tie.participation[c2k] == [.person(rep, role: role)])
  }

  @Test func placeholdersNeverMakeACutPoint() throws {
    let view = try OrganizationView(Self.alliance)
    let cut = view.graph.biconnectedStructure().articulationPoints
    #expect(cut.isEmpty)
    // The school agreements stay facts: NJIT's ties with unnamed partners.
    let njit = try Self.unit(view, "njit")
    #expect(view.tiesOf[njit].filter { !view.ties[$0].unnamedParties.isEmpty }.count == 8)
  }

  @Test func keptSubUnitsGainNothingFromBeingTheirParentsOnlyLink() throws {
    var o = OrganizationView.Options()
    o.subUnits = .keep
    let view = try OrganizationView(Self.alliance, options: o)
    let department = try Self.unit(view, "kz-department-strategy-coordination")
    let bet = view.graph.betweennessCentrality(normalized: true, weighted: true)
    #expect(bet[department] == 0)
    #expect(view.evidence(of: try Self.unit(view, "njit")) == 6)
  }

  /// Betweenness counts only paths between two candidate organizations: C, whose one tie
  /// beyond B's agreement is its membership of the alliance, lies on no path between two
  /// organizations and scores 0, though every path from the alliance to A and B passes it.
  @Test func betweennessCountsNoPathToTheAlliance() throws {
    let record = try Self.record(
      """
      entities:
        - {id: a, kind: institution}
        - {id: b, kind: enterprise}
        - {id: c, kind: enterprise}
        - {id: x, kind: alliance}
      ties:
        - {kind: agreement, parties: [a, b]}
        - {kind: agreement, parties: [b, c]}
        - {kind: membership, parties: [c, x]}
      """)
    let view = try OrganizationView(record)
    let candidates = try ["a", "b", "c"].map { try Self.unit(view, $0) }
    let standing = OrganizationStanding(view, candidates: candidates, groupBy: nil)
    let bet = Dictionary(uniqueKeysWithValues: standing.rows.map { (view.entity(ofUnit: $0.unit).id, $0.betweenness) })
    // B lies on the one path between two other candidates (A–C): a share of 1.
    #expect(bet == ["a": 0, "b": 1, "c": 0])
    // Over every pair of units, the alliance's paths would credit C.
    let all = view.graph.betweennessCentrality(normalized: true, weighted: true)
    #expect(all[try Self.unit(view, "c")] > 0)
  }

  /// Two organizations in the same position (tied to the same partners and the same
  /// alliance) take the same share of betweenness whatever their evidence: strength decides
  /// which pairs are tied, not which of two equally short routes a pair takes.
  @Test func betweennessIsTheSameForTheSamePosition() throws {
    let record = try Self.record(
      """
      entities: [{id: a, kind: institution}, {id: b, kind: enterprise}, {id: c, kind: enterprise},
        {id: d, kind: institution}, {id: x, kind: alliance}]
      ties:
        - {kind: agreement, parties: [a, b, c]}
        - {kind: membership, parties: [b, x]}
        - {kind: membership, parties: [c, x]}
        - {kind: exchange, parties: [c, x]}
        - {kind: cooperation, type: designation, parties: [d, x]}
      """)
    for weights in [[String: Double](), ["exchange": 0.001], ["exchange": 5]] {
      var options = OrganizationView.Options()
      options.weightOverrides = weights.reduce(into: [:]) { $0[TieKind($1.key)] = $1.value }
      let view = try OrganizationView(record, options: options)
      let candidates = try ["a", "b", "c", "d"].map { try Self.unit(view, $0) }
      let standing = OrganizationStanding(view, candidates: candidates, groupBy: nil)
      let bet = Dictionary(uniqueKeysWithValues: standing.rows.map { (view.entity(ofUnit: $0.unit).id, $0.betweenness) })
      // A–D: two paths of three hops, a – b – x – d and a – c – x – d; each of B and C has
      // half of one of the three pairs of other candidates.
      #expect(bet == ["a": 0, "b": 0.5 / 3, "c": 0.5 / 3, "d": 0], "\(weights)")
    }
  }

  /// On the bundled alliance, by hand (28 pairs of the 8 other organizations): the Ministry is
  /// tied to NJIT alone (its delegation's visit), so NJIT lies on all 5 of the Ministry's paths
  /// to the organizations tied at all; C2K and Phoenix Higher Education, both co-signatories and
  /// both tied to the Alliance, share the 6 paths from the Space School and Phoenix Vocational
  /// Education (tied to the Alliance only) to NJIT, Nanjing Polytechnic and the Ministry.
  @Test func allianceBetweennessByHand() throws {
    let report = try Self.alliance.organizationPartners(top: 10)
    let bet = Dictionary(uniqueKeysWithValues: report.partners.map { ($0.id, $0.row.betweenness) })
    #expect(abs((bet["njit"] ?? -1) - 5.0 / 28) < 1e-12)
    #expect(abs((bet["c2k"] ?? -1) - 3.0 / 28) < 1e-12)
    #expect(bet["c2k"] == bet["phoenix-higher-education"])
    #expect(bet["nanjing-polytechnic"] == 0 && bet["kazakhstan-space-school"] == 0)
  }

  /// A delegation that `represents` its ministry counts for it, "through its" delegation, under
  /// both sub-unit choices, and is no organization of its own; the Ministry, whose director led
  /// the delegation and whose delegation visited NJIT, then stands above Ruifeng, which only
  /// attended the meeting.
  @Test func aDelegationCountsForTheOrganizationItRepresents() throws {
    let record = try Self.record(
      """
      entities: [{id: m, kind: government}, {id: d, kind: group, represents: m}, {id: u, kind: institution},
        {id: x, kind: enterprise, represents: nobody}]
      ties:
        - {kind: event, parties: [d, u]}
        - {kind: event, parties: [x, u]}
      """)
    for subUnits in OrganizationView.SubUnits.allCases {
      var options = OrganizationView.Options()
      options.subUnits = subUnits
      let view = try OrganizationView(record, options: options)
      #expect(view.units.map { record.entities[$0].id } == ["m", "u", "x"], "\(subUnits)")
      let m = try Self.unit(view, "m")
      #expect(view.tiedPartnerCount(of: m) == 1)
      #expect(view.citations(of: m).first?.through == ["its d"])
    }
    let report = try Self.alliance.organizationPartners(top: 10)
    #expect(!report.partners.contains { $0.id == "kz-delegation" })
    let standing = Dictionary(uniqueKeysWithValues: report.partners.map { ($0.id, $0.row.standing) })
    #expect(try #require(standing["kz-ministry-science-higher-education"]) < (try #require(standing["ruifeng"])))
  }

  // MARK: Weights

  @Test func fileWeightsAndOverrides() throws {
    let n = try Self.record(
      """
      weights: {event: 0.5, agreement: 4}
      entities:
        - {id: a, kind: institution}
        - {id: b, kind: enterprise}
      ties:
        - {kind: event, parties: [a, b]}
        - {kind: agreement, parties: [a, b]}
      """)
    #expect(n.tieWeights == [.event: 0.5, .agreement: 4])
    let view = try OrganizationView(n)
    #expect(view.evidence(of: 0) == 4.5)
    var o = OrganizationView.Options()
    o.weightOverrides = [.event: 2]
    #expect(try OrganizationView(n, options: o).evidence(of: 0) == 6)
    // A round trip keeps the block.
    #expect(try NativeFormat.parse(NativeFormat.yaml(n)).tieWeights == n.tieWeights)
    o.weightOverrides = [TieKind("handshake"): 2]
    #expect(throws: TieWeightError.self) { try OrganizationView(n, options: o) }
    #expect(throws: TieWeightError.malformed("event:2")) { try TieWeights.parseOverrides(["event:2"]) }
  }

  @Test func badWeightsNameTheLine() throws {
    do {
      _ = try Self.record("weights:\n  event: -1\n  visit: 2\nentities: []\nties: []\n")
      Issue.record("expected an error")
    } catch {
      let text = "\(error)"
      #expect(text.contains("t.yaml:3:10: error: the weight of 'event' must be a number greater than 0, found '-1'"))
      #expect(text.contains("t.yaml:4:3: error: unknown tie kind 'visit' in 'weights'; kinds in this network: agreement,"))
    }
  }

  // MARK: Key partners

  static func topThree(_ options: OrganizationView.Options) throws -> Set<String> {
    Set(try alliance.organizationPartners(options: options, top: 3).partners.map(\.id))
  }

  @Test func topThreeIsTheSameUnderEveryVariant() throws {
    // The host and signatory of nine agreements, the new Standing Council member and
    // co-signatory, and the chairing publisher and co-signatory.
    let expected: Set<String> = ["njit", "c2k", "phoenix-higher-education"]
    for variant in OrganizationView.Options().variants {
      #expect(try Self.topThree(variant) == expected, "\(variant.summary)")
    }
  }

  @Test func keyPartnersAreOrganizationsOnly() throws {
    let report = try Self.alliance.organizationPartners(top: 20)
    // Ten organizations (the delegation counts for its Ministry); the Alliance is the frame,
    // ranked in its own section.
    #expect(report.candidates == 9)
    #expect(report.alliances.map(\.id) == ["jiangsu-central-asia-alliance"])
    #expect(!report.partners.contains { $0.kind == .alliance })
    for p in report.partners {
      let e = try #require(Self.alliance[p.id])
      #expect(e.kind != .person && !OrganizationView.isUnnamed(e) && e.parent == nil)
    }
    #expect(report.subUnits.allSatisfy { Self.alliance[$0.id]?.parent != nil })
    #expect(report.people.allSatisfy { Self.alliance[$0.id]?.kind == .person })
    #expect(!report.people.contains { $0.id == "c2k-representative" })
    // Different partners, different sentences.
    #expect(Set(report.partners.map(\.sentence)).count == report.partners.count)
  }

  @Test func tieNodesOfTheBipartiteVariantAreNeverRanked() throws {
    var o = OrganizationView.Options()
    o.weighting = .bipartite
    let report = try Self.alliance.organizationPartners(options: o, top: 50)
    #expect(report.candidates == 9)
    #expect(report.partners.allSatisfy { Self.alliance[$0.id] != nil })
  }

  @Test func c2kIsExplainedByItsAgreementAndMembership() throws {
    let report = try Self.alliance.organizationPartners()
    let c2k = try #require(report.partners.first { $0.id == "c2k" })
    let ties = c2k.citations.flatMap(\.tieIDs)
    #expect(ties.contains("localized-textbooks-framework"))
    #expect(ties.contains("c2k-standing-council"))
    #expect(ties.contains("ambassador-certificate"))
    let membership = try #require(c2k.citations.first { $0.tieIDs == ["c2k-standing-council"] })
    #expect(membership.source?.contains("joined the Alliance as a “Standing Council Member.”") == true)
    let certificate = try #require(c2k.citations.first { $0.tieIDs == ["ambassador-certificate"] })
    #expect(certificate.through == ["its Representative"])
    #expect(c2k.isRobust)
  }

  @Test func schoolAgreementsAreCitedTogether() throws {
    let report = try Self.alliance.organizationPartners()
    let njit = try #require(report.partners.first { $0.id == "njit" })
    let schools = try #require(njit.citations.first { $0.tieIDs.count == 8 })
    #expect(schools.through.count == 8 && schools.unnamedPartners == 8)
    #expect(schools.text.hasPrefix("8 agreements “Agreements with enterprises"))
  }

  @Test func equalScoresAreBrokenByTheEvidenceRuleNotByIDOrName() throws {
    // Alpha (id a) and Zeta (id z) have the same evidence (3), one partner, no brokerage and
    // no betweenness: the same score. Zeta's evidence comes from two kinds of tie, Alpha's from
    // one, so Zeta stands above, although both its id and its name sort after Alpha's.
    let n = try Self.record(
      """
      entities:
        - {id: a, name: Alpha, kind: institution}
        - {id: z, name: Zeta, kind: institution}
        - {id: hub, name: Hub, kind: enterprise}
      ties:
        - {kind: agreement, parties: [a, hub]}
        - {kind: membership, parties: [z, hub]}
        - {kind: event, parties: [z, hub]}
      """)
    let report = try n.organizationPartners(groupBy: nil)
    #expect(report.partners.map(\.id) == ["hub", "z", "a"])
    #expect(report.partners[1].row.score == report.partners[2].row.score)
    #expect(report.partners[1].row.brokenBy == "tie kinds")
    #expect(report.partners[1].row.standing == 2 && report.partners[2].row.standing == 3)
    #expect(report.partners[1].sentence.contains("It stands above Alpha, of equal score, by more kinds of tie."))
  }

  @Test func indistinguishablePartnersShareAStandingInNameOrder() throws {
    let n = try Self.record(
      """
      entities:
        - {id: a, name: Zeta College, kind: institution}
        - {id: b, name: Alpha College, kind: institution}
        - {id: hub, name: Hub, kind: enterprise}
      ties:
        - {kind: membership, parties: [a, hub]}
        - {kind: membership, parties: [b, hub]}
      """)
    let report = try n.organizationPartners(groupBy: nil)
    #expect(report.partners.map(\.id) == ["hub", "b", "a"])
    #expect(report.partners[1].row.standing == 2 && report.partners[2].row.standing == 2)
    #expect(report.partners[1].indistinguishableFrom == ["Zeta College"])
    #expect(report.partners[1].sentence.contains("level with Zeta College"))
  }

  @Test func theViewAppliesOnlyToRecordsOfOrganizations() throws {
    #expect(OrganizationView.applies(to: Self.alliance))
    let karate = try NativeFormat.read(path: TestData.graph("karate-club.yaml"))
    #expect(!OrganizationView.applies(to: karate))
  }

  // MARK: What-if and suggestions

  @Test func removingC2KListsTheCooperationLost() throws {
    let loss = Self.alliance.cooperationLoss(removing: ["c2k"])
    #expect(Set(loss.ties.map(\.id)) == ["exchange-meeting", "localized-textbooks-framework", "c2k-standing-council", "c2k-representative-at-c2k"])
    #expect(Set(loss.fallen.map(\.id)) == ["c2k-standing-council", "c2k-representative-at-c2k"])
    let framework = try #require(loss.surviving.first { $0.id == "localized-textbooks-framework" })
    #expect(framework.partiesBefore == 4 && framework.partiesAfter == 3)
    #expect(loss.throughPeople.map(\.id) == ["ambassador-certificate"])
    #expect(loss.isolated.isEmpty)
    #expect(loss.byKind.map(\.count).reduce(0, +) == 4)
  }

  @Test func removingASchoolLeavesItsPlaceholderAlone() throws {
    let loss = Self.alliance.cooperationLoss(removing: ["njit-automation"])
    #expect(loss.fallen.map(\.id) == ["njit-automation-agreements"])
    #expect(loss.isolated == ["njit-automation-partners"])
  }

  @Test func suggestionsAreBetweenUntiedOrganizations() throws {
    let view = try OrganizationView(Self.alliance)
    let s = view.suggestPartners(method: .adamicAdar, top: 50)
    #expect(!s.isEmpty)
    for x in s {
      #expect(!view.tiedGraph.hasEdge(from: x.a, to: x.b))
      #expect(!view.isSubUnit(x.a) && !view.isSubUnit(x.b))
      #expect(!x.sharedTies.isEmpty || !x.commonPartners.isEmpty)
    }
    // Equal scores: more shared evidence, then the more active pair, first.
    for (x, y) in zip(s, s.dropFirst()) where x.score == y.score {
      #expect(x.pairEvidence >= y.pairEvidence)
    }
  }

  // MARK: Naming entities

  @Test func entitiesAreNamedByIDNameOrAlias() throws {
    let n = Self.alliance
    #expect(try n.resolveEntity("c2k") == "c2k")
    #expect(try n.resolveEntity("C2K") == "c2k")
    #expect(try n.resolveEntity("Nanjing Institute of Technology") == "njit")
    #expect(try n.resolveEntity("the alliance") == "jiangsu-central-asia-alliance")
    #expect(throws: EntityLookupError(query: "c2kk", suggestion: "c2k")) { try n.resolveEntity("c2kk") }
    #expect(throws: EntityLookupError.self) { try n.resolveEntity("nobody at all") }
  }
}
