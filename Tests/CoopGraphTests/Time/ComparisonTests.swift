import Foundation
import Testing

@testable import CoopGraph

@Suite struct ComparisonTests {
  static func context(_ network: Network) throws -> AnalysisContext {
    let projected = try network.project()
    return AnalysisContext(
      NetworkFile.Loaded(path: "x", format: .yaml, network: network, projected: projected), threads: 1)
  }

  static func compare(_ a: Network, _ b: Network) throws -> NetworkComparison {
    try NetworkComparison(context(a), context(b), labels: ("a", "b"), view: OrganizationView.Options())
  }

  @Test func aFileComparedWithItselfHasNoChange() throws {
    for name in ["riverlands-alliance-2019-2025.yaml", "jiangsu-central-asia-alliance.yaml"] {
      let n = try NativeFormat.read(path: TestData.graph(name))
      let c = try Self.compare(n, n)
      #expect(c.isUnchanged, "\(name)")
      #expect(c.addedTies.isEmpty && c.removedTies.isEmpty && c.keptTies == n.ties.count)
      #expect(c.matching?.nmi == 1)
      #expect(c.pairs.allSatisfy { $0.change == .kept })
      #expect(c.standings.allSatisfy { $0.places == 0 })
    }
  }

  @Test func twoHandMadeFilesGiveTheExactTiesAddedAndRemoved() throws {
    let a = try NativeFormat.read(path: TestData.fixture("time/compare-before.yaml"))
    let b = try NativeFormat.read(path: TestData.fixture("time/compare-after.yaml"))
    let c = try Self.compare(a, b)
    #expect(!c.isUnchanged)
    #expect(c.addedEntities.map(\.id) == ["e"])
    #expect(c.removedEntities.map(\.id) == ["d"])
    #expect(c.keptEntities == 3)
    #expect(c.addedTies.map { $0.parties } == [["e", "c"], ["a", "e"]])
    #expect(c.removedTies.map { $0.parties } == [["b", "a"], ["c", "d"]])
    #expect(c.removedTies.map(\.label) == ["Internships", "Standards"])
    #expect(c.keptTies == 3)
    #expect(
      c.tiesByKind == [
        .init(kind: .agreement, added: 2, removed: 1, kept: 2),
        .init(kind: .event, added: 0, removed: 0, kept: 1),
        .init(kind: .cooperation, added: 0, removed: 1, kept: 0),
      ])
    let pairs = Dictionary(
      c.pairs.map { ([$0.a, $0.b].sorted().joined(separator: "-"), $0.change) }, uniquingKeysWith: { x, _ in x })
    #expect(pairs["a-e"] == .added)
    #expect(pairs["c-e"] == .added)
    #expect(pairs["a-d"] == .removed)
    #expect(pairs["c-d"] == .removed)
    #expect(pairs["a-b"] == .kept)
  }

  @Test func twoPeriodsOfOneFileMatchTiesByTheirPlace() throws {
    let n = try NativeFormat.read(path: TestData.graph("riverlands-alliance-2019-2025.yaml"))
    let s22 = n.slice(try .asOf("2022"))
    let s24 = n.slice(try .asOf("2024"))
    let c = try Self.compare(s22.network, s24.network)
    let before = Set(s22.tieIndices)
    let after = Set(s24.tieIndices)
    #expect(c.keptTies == before.intersection(after).count)
    #expect(Set(c.addedTies.compactMap(\.id)) == Set(after.subtracting(before).map { n.tieID(at: $0) }))
    #expect(Set(c.removedTies.compactMap(\.id)) == Set(before.subtracting(after).map { n.tieID(at: $0) }))
    #expect(c.removedEntities.map(\.id) == ["bluewave-logistics", "wen-lan"])
  }

  // MARK: - Community matching

  @Test func matchingNamesSplitsAndMerges() throws {
    // Before: {0..5} {6..9} {10, 11}; after: {0..2} {3..5} (a split), {6..11} (a merge).
    let a = Partition(labels: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2])
    let b = Partition(labels: [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2])
    let m = try CommunityMatching(a, b)
    // Communities are numbered as Partition numbers them; compare by members.
    let ca = a.communities.map(Set.init)
    let cb = b.communities.map(Set.init)
    #expect(m.splits.count == 1)
    #expect(m.merges.count == 1)
    let split = try #require(m.splits.first)
    #expect(ca[split.a] == Set(0...5))
    #expect(Set(split.into.map { cb[$0] }) == [Set(0...2), Set(3...5)])
    let merge = try #require(m.merges.first)
    #expect(Set(merge.from.map { ca[$0] }) == [Set(6...9), Set(10...11)])
    #expect(cb[merge.b] == Set(6...11))
    #expect(m.continued.isEmpty)
    #expect(m.nmi < 1)
    let same = try CommunityMatching(a, a)
    #expect(same.splits.isEmpty && same.merges.isEmpty)
    #expect(
      same.continued == [.init(a: 0, b: 0, shared: 6), .init(a: 1, b: 1, shared: 4), .init(a: 2, b: 2, shared: 2)])
    #expect(same.nmi == 1)
  }

  /// Cliques of institutions, each listed as ids; `bridges` are single agreements between them.
  static func planted(_ groups: [[String]], bridges: [(String, String)]) -> Network {
    var n = Network()
    for g in groups {
      for id in g { n.entities.append(Entity(id: id, kind: .institution)) }
      for i in 0..<g.count {
        for j in (i + 1)..<g.count { n.ties.append(Tie(kind: .agreement, parties: [g[i], g[j]])) }
      }
    }
    for (x, y) in bridges { n.ties.append(Tie(kind: .agreement, parties: [x, y])) }
    n.buildIndex()
    return n
  }

  static func ids(_ prefix: String, _ range: ClosedRange<Int>) -> [String] { range.map { "\(prefix)\($0)" } }

  @Test func leidenFindsAPlantedSplit() throws {
    // Before: one clique of 10 and one of 6. After: the 10 are two cliques of 5 joined by one tie.
    let before = Self.planted([Self.ids("a", 1...10), Self.ids("b", 1...6)], bridges: [("a1", "b1")])
    let after = Self.planted(
      [Self.ids("a", 1...5), Self.ids("a", 6...10), Self.ids("b", 1...6)], bridges: [("a1", "b1"), ("a5", "a6")])
    let c = try Self.compare(before, after)
    let m = try #require(c.matching)
    #expect(c.communitiesBefore.count == 2)
    #expect(c.communitiesAfter.count == 3)
    #expect(m.splits.count == 1)
    let split = try #require(m.splits.first)
    #expect(Set(c.communitiesBefore[split.a]) == Set(Self.ids("a", 1...10)))
    #expect(Set(split.into.flatMap { c.communitiesAfter[$0] }) == Set(Self.ids("a", 1...10)))
    #expect(m.merges.isEmpty)
    #expect(m.continued.count == 1)
    #expect(m.nmi > 0.5 && m.nmi < 1)
  }

  @Test func leidenFindsAPlantedMerge() throws {
    let before = Self.planted(
      [Self.ids("a", 1...5), Self.ids("a", 6...10), Self.ids("b", 1...6)], bridges: [("a1", "b1"), ("a5", "a6")])
    let after = Self.planted([Self.ids("a", 1...10), Self.ids("b", 1...6)], bridges: [("a1", "b1")])
    let c = try Self.compare(before, after)
    let m = try #require(c.matching)
    #expect(m.merges.count == 1)
    let merge = try #require(m.merges.first)
    #expect(Set(merge.from.flatMap { c.communitiesBefore[$0] }) == Set(Self.ids("a", 1...10)))
    #expect(Set(c.communitiesAfter[merge.b]) == Set(Self.ids("a", 1...10)))
    #expect(m.splits.isEmpty)
  }
}
