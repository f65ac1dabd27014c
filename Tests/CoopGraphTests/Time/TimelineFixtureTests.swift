import Foundation
import Testing

@testable import CoopGraph

/// Snapshots of the dated reference network against those `scripts/fixtures/time.py` builds
/// with networkx, day by day, from the same file: entities, ties, counts by kind, who joined and
/// left, and the default projection's nodes, edges, components, density and every degree.
@Suite struct TimelineFixtureTests {
  static let record = TestData.graph("riverlands-alliance-2019-2025.yaml")

  static func compare(_ fixture: String, _ options: Timeline.Options) throws {
    let json = try #require(try TestData.json("time/\(fixture)") as? [String: Any])
    let expected = try #require(json["periods"] as? [[String: Any]])
    var o = options
    o.organizationView = nil
    let network = try NativeFormat.read(path: record)
    let timeline = try network.timeline(o, threads: 1)
    #expect(timeline.snapshots.count == expected.count, "\(fixture): periods")
    for (s, e) in zip(timeline.snapshots, expected) {
      let label = "\(fixture) \(s.period)"
      #expect(s.period.description == e["period"] as? String, "\(label)")
      #expect(s.window.start?.description == e["from"] as? String, "\(label) from")
      #expect(s.window.end?.description == e["to"] as? String, "\(label) to")
      #expect(s.slice.network.entities.map(\.id) == e["entities"] as? [String], "\(label) entities")
      #expect(s.slice.tieIndices.map { $0 + 1 } == e["ties"] as? [Int], "\(label) ties")
      let kinds = Dictionary(uniqueKeysWithValues: s.tiesByKind.map { ($0.kind.rawValue, $0.count) })
      #expect(kinds == e["tiesByKind"] as? [String: Int], "\(label) ties by kind")
      #expect(s.entities == (e["entities"] as? [String])?.count, "\(label)")
      #expect(s.joined == e["joined"] as? [String], "\(label) joined")
      #expect(s.left == e["left"] as? [String], "\(label) left")
      #expect(s.nodes == e["nodes"] as? Int, "\(label) nodes")
      #expect(s.edges == e["edges"] as? Int, "\(label) edges")
      #expect(s.components == e["components"] as? Int, "\(label) components")
      let density = try #require(e["density"] as? Double)
      #expect(abs(s.density - density) < 1e-12, "\(label) density")
      let g = try s.slice.network.project().graph
      var degree: [String: Int] = [:]
      for v in 0..<g.nodeCount { degree[g.ids[v]] = g.degree(of: v) }
      #expect(degree == e["degree"] as? [String: Int], "\(label) degree")
    }
  }

  @Test func byYear() throws {
    var o = Timeline.Options()
    o.by = .year
    try Self.compare("riverlands-year.json", o)
  }

  @Test func byQuarterInTwoYearWindows() throws {
    var o = Timeline.Options()
    o.by = .quarter
    o.windowMonths = 24
    try Self.compare("riverlands-quarter-window-2y.json", o)
  }

  @Test func byMonthCumulative() throws {
    var o = Timeline.Options()
    o.by = .month
    o.cumulative = true
    try Self.compare("riverlands-month-cumulative.json", o)
  }

  @Test func byYearWithoutUndatedTies() throws {
    var o = Timeline.Options()
    o.undated = .exclude
    try Self.compare("riverlands-year-undated-exclude.json", o)
  }

  @Test func periodsAndWindows() throws {
    let q = Period(.quarter, containing: Day(year: 2024, month: 8, day: 15))
    #expect(q.description == "2024-Q3")
    #expect(q.span.description == "2024-07-01/2024-09-30")
    #expect(q.windowStart(months: 24).description == "2022-10-01")
    #expect(Period(.month, containing: Day(year: 2024, month: 2, day: 3)).lastDay.description == "2024-02-29")
    #expect(try Period.windowMonths("2y") == 24)
    #expect(try Period.windowMonths("6q") == 18)
    #expect(throws: TimeError.self) { try Period.windowMonths("two years") }
    #expect(try Period.parse("2024", option: "--periods").span.description == "2024-01-01/2024-12-31")
    #expect(try Period.parse("2024-q2", option: "--periods").description == "2024-Q2")
    #expect(try Period.parse("2024-06", option: "--periods").description == "2024-06")
    #expect(throws: TimeError.self) { try Period.parse("2024-13", option: "--periods") }
  }

  @Test func topPartnersComeFromTheOrganizationView() throws {
    let network = try NativeFormat.read(path: Self.record)
    var o = Timeline.Options()
    o.top = 2
    let t = try network.timeline(o, threads: 1)
    for s in t.snapshots {
      let direct = try s.slice.network.organizationPartners(groupBy: "country", top: 1000, threads: 1)
      #expect(s.standings.map(\.id) == direct.partners.map(\.id))
      #expect(s.standings.map(\.standing) == direct.partners.map(\.row.standing))
      #expect(t.top(s).count == min(2, s.standings.count))
    }
    #expect(t.snapshots.first?.standings.first?.id == "northgate-poly")
  }
}
