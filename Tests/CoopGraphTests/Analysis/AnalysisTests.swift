import Foundation
import Testing

@testable import CoopGraph

@Suite struct AnalysisTests {
  func small() throws -> Analysis {
    try Analysis(NetworkFile.load(path: TestData.fixture("cli/small.yaml")))
  }

  @Test func countsMatchTheRecord() throws {
    let a = try small()
    #expect(a.title == "Small alliance")
    #expect(a.counts.entities == 7)
    #expect(a.counts.ties == 4)
    #expect(a.counts.entitiesByKind.map(\.kind) == ["institution", "enterprise", "alliance", "person"])
    #expect(a.counts.entitiesByKind.map(\.count) == [3, 2, 1, 1])
    // Edges: uni-pub, uni-edu, pub-edu (agreement), edu-alliance, ann-uni, uni-auto-edu, uni-auto-uni (part-of).
    #expect(a.counts.nodes == 7)
    #expect(a.counts.edges == 7)
    #expect(a.counts.components == 2)
    #expect(a.counts.largestComponent == 6)
    #expect(abs(a.counts.density - 7.0 / 21.0) < 1e-12)
  }

  @Test func nodesCarryTheRecordsNames() throws {
    let a = try small()
    #expect(a.nodes.map(\.id) == ["uni", "uni-auto", "pub", "edu", "lone", "alliance", "ann"])
    #expect(a.nodes[0].name == "University")
    #expect(a.nodes[3].country == "KZ")
    #expect(a.nodes[5].country == nil)
  }

  @Test func degreeStrengthAndCores() throws {
    let a = try small()
    #expect(a.measure("degree")?.values == [4, 2, 2, 4, 0, 1, 1])
    // Strengths: the exchange uni-auto–edu has strength 2.
    #expect(a.measure("strength")?.values == [4, 3, 2, 5, 0, 1, 1])
    #expect(a.measure("core")?.values == [2, 2, 2, 2, 0, 1, 1])
    #expect(a.structure.maxCore == 2)
    #expect(a.structure.mainCore == [0, 1, 2, 3])
  }

  @Test func brokerageCountsOpenTwoPathsOnce() throws {
    let a = try small()
    // edu's partners uni, pub, uni-auto, alliance: uni–pub and uni–uni-auto are tied, the
    // other four pairs are not. uni's partners uni-auto, pub, edu, ann: pub–edu and
    // uni-auto–edu are tied, the other four pairs are not. uni-auto's two partners are tied.
    #expect(a.measure("brokerage")?.values == [4, 0, 0, 4, 0, 0, 0])
    // Burt: a node with one contact has constraint 1; an isolated node has none.
    #expect(a.measure("constraint")?.values[6] == 1)
    #expect(a.measure("constraint")?.values[4].isNaN == true)
    #expect(a.measure("constraint")?.higherIsBetter == false)
  }

  @Test func keyPartnersAreOrganizationsWithASentence() throws {
    let a = try small()
    // The two hubs lead; no person is a key partner.
    #expect(a.keyPartners.prefix(2).map { a.nodes[$0.node].id } == ["edu", "uni"])
    #expect(a.keyPartners.count == 5)
    #expect(a.keyPartners.allSatisfy { a.nodes[$0.node].kind != "person" })
    #expect(a.keyPartners.map(\.standing) == [1, 2, 3, 4, 5])
    #expect(a.keyPartners.allSatisfy { $0.sentence.hasPrefix(a.nodes[$0.node].name) })
    #expect(a.keyPartnerGroups == "country")
  }

  @Test func cutPointsAndBridges() throws {
    let a = try small()
    #expect(a.structure.articulationPoints == [0, 3])
    #expect(a.structure.bridges.map { [$0.u, $0.v] } == [[0, 6], [3, 5]])
  }

  @Test func communitiesCoverEveryNodeOnce() throws {
    let a = try small()
    let groups = a.communities.partition.communities
    #expect(groups.flatMap { $0 }.sorted() == Array(0..<7))
    // The isolated node is a group of its own.
    #expect(groups.contains([4]))
    #expect(a.communities.modularity.isFinite)
    #expect(a.communities.seed == 1)
  }

  @Test func sameInputSameAnalysis() throws {
    let a = try small(), b = try small()
    #expect(a.json().serialized() == b.json().serialized())
  }

  @Test func rankingBreaksTiesByIdAndPutsNaNLast() {
    let ids = ["d", "c", "b", "a", "e"]
    let values = [1.0, 3.0, 1.0, .nan, 3.0]
    #expect(RankOrder.order(scores: values, ids: ids, lowerIsBetter: false).map(\.index) == [1, 4, 2, 0, 3])
    #expect(RankOrder.order(scores: values, ids: ids, lowerIsBetter: true).map(\.index) == [2, 0, 1, 4, 3])
  }

  @Test func equalValuesShareTheBetterRank() throws {
    let a = try small()
    // Degrees [4, 2, 2, 4, 0, 1, 1]: edu and uni share rank 1, pub and uni-auto rank 3.
    #expect(a.ranks(of: "degree") == [1, 3, 3, 1, 7, 5, 5])
    #expect(a.ranks(of: "no-such-measure").isEmpty)
  }

  @Test func topListsFollowTheRanking() throws {
    var options = Analysis.Options()
    options.top = 2
    let a = try Analysis(NetworkFile.load(path: TestData.fixture("cli/small.yaml")), options: options)
    guard case .object(let fields) = a.json() else { Issue.record("not an object"); return }
    guard case .object(let top)? = fields.first(where: { $0.0 == "top" })?.1 else { Issue.record("no top"); return }
    #expect(top.first { $0.0 == "degree" }?.1 == .array([.string("edu"), .string("uni")]))
  }

  @Test func keyPartnersAreLeftOutAboveTheLimitWithANote() throws {
    var options = Analysis.Options()
    options.keyPartnerNodeLimit = 6
    let a = try Analysis(NetworkFile.load(path: TestData.fixture("cli/small.yaml")), options: options)
    #expect(a.keyPartners.isEmpty)
    #expect(a.notes.count == 1)
    #expect(a.notes.first?.hasPrefix("Key partners left out: the graph has 7 nodes, more than 6;") == true)
    #expect(try small().notes.isEmpty)
  }

  @Test func edgeListsAnalyseToo() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("g.edges").path
    try "a b\nb c\nc a\nc d\n".write(toFile: path, atomically: true, encoding: .utf8)
    let a = try Analysis(NetworkFile.load(path: path))
    #expect(a.nodes.map(\.id) == ["a", "b", "c", "d"])
    #expect(a.structure.articulationPoints == [2])
    #expect(a.structure.bridges.map { [$0.u, $0.v] } == [[2, 3]])
    #expect(a.measure("degree")?.values == [2, 2, 3, 1])
  }
}

/// The analysis of the alliance network against networkx on a graph rebuilt independently from
/// the YAML (`scripts/fixtures/analysis.py`).
@Suite struct AnalysisAllianceTests {
  @Test func everyMeasureEqualsNetworkx() throws {
    let fixture = try #require(try TestData.json("analysis/alliance.json") as? [String: Any])
    let a = try Analysis(NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml")))
    #expect(a.nodes.map(\.id) == fixture["nodes"] as? [String])
    let edges = try #require(fixture["edges"] as? [[Double]])
    #expect(
      a.edges.map { [Double(min($0.u, $0.v)), Double(max($0.u, $0.v)), $0.weight] }.sorted {
        $0.lexicographicallyPrecedes($1)
      } == edges)
    #expect(abs(a.counts.density - (fixture["density"] as? Double ?? .nan)) < 1e-12)
    let measures = try #require(fixture["measures"] as? [String: [Double]])
    for (key, expected) in measures {
      let m = try #require(a.measure(key), "no measure \(key)")
      #expect(m.values.count == expected.count)
      let worst = zip(m.values, expected).map { abs($0 - $1) }.max() ?? 0
      // Iterative measures (PageRank, eigenvector) converge to networkx's tolerance.
      let tolerance = key == "pagerank" || key == "eigenvector" ? 1e-6 : 1e-9
      #expect(worst <= tolerance, "\(key): largest difference \(worst)")
    }
    #expect(a.structure.articulationPoints == (fixture["cutPoints"] as? [Int]))
    #expect(a.structure.bridges.map { [$0.u, $0.v] } == (fixture["bridges"] as? [[Int]]))
  }
}
