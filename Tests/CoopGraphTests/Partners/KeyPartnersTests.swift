import Foundation
import Testing

@testable import CoopGraph

@Suite struct KeyPartnersTests {
  /// A hub between a Chinese and a Kazakh cluster:
  /// cn1 – cn2 – hub – kz1 – kz2, cn1 – cn3 – hub, hub – kz3; a person and an unnamed group.
  static func network() -> Network {
    var entities = [
      Entity(id: "hub", name: "Hub University", kind: .institution, country: "CN"),
      Entity(id: "cn1", kind: .enterprise, country: "CN"), Entity(id: "cn2", kind: .enterprise, country: "CN"),
      Entity(id: "cn3", kind: .enterprise, country: "CN"), Entity(id: "kz1", kind: .institution, country: "KZ"),
      Entity(id: "kz2", kind: .institution, country: "KZ"), Entity(id: "kz3", kind: .institution, country: "KZ"),
      Entity(id: "rector", kind: .person, country: "CN"),
    ]
    entities.append(Entity(id: "others", kind: .group, attributes: ["unnamed": .bool(true)]))
    return Network(
      entities: entities,
      ties: [
        Tie(kind: .agreement, parties: ["cn1", "cn2"]), Tie(kind: .agreement, parties: ["cn2", "hub"]),
        Tie(kind: .agreement, parties: ["cn1", "cn3"]), Tie(kind: .agreement, parties: ["cn3", "hub"]),
        Tie(kind: .agreement, parties: ["hub", "kz1"]), Tie(kind: .agreement, parties: ["kz1", "kz2"]),
        Tie(kind: .agreement, parties: ["hub", "kz3"]), Tie(kind: .role, parties: ["rector", "hub"]),
        Tie(kind: .agreement, parties: ["kz2", "others"]),
      ])
  }

  @Test func facts() throws {
    let report = try Self.network().keyPartners(options: KeyPartnerOptions(groupBy: "country", top: 3))
    // People and unnamed entities are not candidates.
    #expect(report.candidates == 7)
    let hub = try #require(report.partners.first)
    #expect(hub.id == "hub")
    #expect(hub.standing == 1)
    // hub's partners: cn2, cn3, kz1, kz3, rector = 5; every measure ranks it first.
    #expect(hub.measures.map(\.measure) == ["degree", "strength", "betweenness", "effective-size", "constraint"])
    #expect(hub.measures.map(\.rank) == [1, 1, 1, 1, 1])
    // networkx betweenness_centrality: 0.8035714.
    #expect(abs(hub.measures[2].value - 0.8035714285714285) < 1e-12)
    #expect(hub.measures[0].value == 5)
    // Open two-paths through hub between a CN and a KZ partner (unordered): cn2, cn3, rector
    // with kz1, kz3: 6.
    let b = try #require(hub.brokerage)
    #expect(b.bridges.count == 1)
    #expect(b.bridges[0].groups == ["CN", "KZ"])
    #expect(b.bridges[0].paths == 6)
    // Counted both ways by sna's convention: representative = gatekeeper = 6.
    #expect(b.counts[BrokerageRole.representative.rawValue] == 6)
    #expect(b.counts[BrokerageRole.gatekeeper.rawValue] == 6)
    // Removal: of the 8 others (rector and the unnamed group included), all connected before (28
    // pairs); after: {cn1, cn2, cn3} 3, {kz1, kz2, others} 3, {kz3}, {rector}: 6 pairs.
    #expect(hub.removal.disconnectedPairs == 22)
    #expect(hub.removal.cutOff == [["kz1", "kz2", "others"], ["kz3"], ["rector"]])
  }

  /// Hub's five partners are not tied to each other: effective size 5, constraint 5 × (1/5)².
  /// Brokerage z by hand: N = 9, 9 edges (18 arcs), d = 1/4; CN has 5 members, so the
  /// representative count expected is d²(1−d)(N−n)(n−1) = 0.75 with variance
  /// 0.75(1 − d²(1−d)) + 2((n−1)C(N−n,2) + (N−n)C(n−1,2))d³(1−d)³ = 1.3477; z = 5.25/1.1609 = 4.5.
  @Test func sentenceReadsFromTheNumbers() throws {
    let report = try Self.network().keyPartners(options: KeyPartnerOptions(groupBy: "country", top: 1))
    let hub = try #require(report.partners.first)
    #expect(
      hub.sentence
        == "Hub University (institution, CN) stands 1st of 7 partners: it ranks 1st by number of partners (5), "
        + "total tie strength (5), betweenness (0.80), effective size (5) and lowest constraint (0.20). It is a "
        + "go-between for CN "
        + "and KZ: 6 pairs of partners from the two, not tied to each other, are joined through it; its main "
        + "brokerage role is gatekeeper/representative (itself on one of the two sides), far more often than "
        + "chance (z = 4.5). Without it 22 pairs of the others would lose all connection: 5 entities in 3 "
        + "separate pieces would be cut off (kz1; kz3; rector).")
  }

  @Test func deterministic() throws {
    let a = try Self.network().keyPartners().json().serialized()
    let b = try Self.network().keyPartners().json().serialized()
    #expect(a == b)
  }

  @Test func noGroupingMeansNoBrokerage() throws {
    let report = try Self.network().keyPartners(options: KeyPartnerOptions(groupBy: nil, top: 2))
    #expect(report.partners.allSatisfy { $0.brokerage == nil })
    #expect(report.partners.count == 2)
  }

  @Test func kindsChooseTheCandidates() throws {
    var options = KeyPartnerOptions(top: 10)
    options.kinds = [.enterprise]
    let report = try Self.network().keyPartners(options: options)
    #expect(report.partners.map(\.id) == ["cn2", "cn3", "cn1"] || report.partners.map(\.id).sorted() == ["cn1", "cn2", "cn3"])
    #expect(report.candidates == 3)
  }

  @Test func ranksShareTiesUpToRounding() {
    #expect(Network.competitionRanks([3, 1, 3, 2], higherIsBetter: true) == [1, 4, 1, 3])
    #expect(Network.competitionRanks([0.1 + 0.2, 0.3, .nan], higherIsBetter: false) == [1, 1, 3])
    #expect(KeyPartnerSentence.ordinal(1) == "1st" && KeyPartnerSentence.ordinal(12) == "12th")
    #expect(KeyPartnerSentence.ordinal(22) == "22nd" && KeyPartnerSentence.ordinal(113) == "113th")
  }
}
