import Foundation
import Testing

@testable import CoopGraph

/// The dynamic GEXF of the dated reference network, read back by networkx's GEXF reader
/// (`scripts/fixtures/time.py` writes what it read to `riverlands-dynamic.json`): every node's
/// and edge's spells are the days ``Activity`` computes.
@Suite struct DynamicGEXFTests {
  static let record = TestData.graph("riverlands-alliance-2019-2025.yaml")

  static func spells(_ days: DaySet) -> [[String]] {
    if days == .always { return [] }
    return days.spans.map { [$0.start?.description ?? "None", $0.end?.description ?? "None"] }
  }

  @Test func theCommittedFileIsWhatTheWriterWrites() throws {
    let network = try NativeFormat.read(path: Self.record)
    let written = GEXF.write(network, dynamic: true).text
    let committed = try String(contentsOfFile: TestData.fixture("time/riverlands-dynamic.gexf"), encoding: .utf8)
    #expect(
      written == committed,
      "regenerate: coopgraph convert graphs/riverlands-alliance-2019-2025.yaml Tests/Fixtures/time/riverlands-dynamic.gexf --dynamic --no-layout"
    )
    #expect(written.contains("mode=\"dynamic\" timeformat=\"date\""))
  }

  @Test func networkxReadsTheSameIntervals() throws {
    let network = try NativeFormat.read(path: Self.record)
    let json = try #require(try TestData.json("time/riverlands-dynamic.json") as? [String: Any])
    #expect(json["mode"] as? String == "dynamic")
    let nodes = try #require(json["nodes"] as? [String: [[String]]])
    let edges = try #require(json["edges"] as? [String: [[String]]])
    let activity = Activity(network)
    #expect(nodes.count == network.entities.count)
    for (i, e) in network.entities.enumerated() {
      #expect(nodes[e.id] == Self.spells(activity.presence[i]), "\(e.id)")
    }
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, directionAsAttribute: true, partOfEdges: true, warnings: &warnings)
    #expect(edges.count == flat.edges.count)
    #expect(flat.edges.contains { $0.tie == nil })
    var index = network
    index.buildIndex()
    var dated = 0
    for (i, e) in flat.edges.enumerated() {
      let u = try #require(index.index(of: e.parties[0]))
      let v = try #require(index.index(of: e.parties[1]))
      let both = activity.ownSpans[u].intersection(activity.ownSpans[v])
      let days = (e.tie.map { activity.tieDays[$0] } ?? DaySet.always).intersection(both)
      #expect(edges["e\(i)"] == Self.spells(days), "edge e\(i) (\(e.tie.map { network.tieID(at: $0) } ?? "part-of"))")
      if !Self.spells(days).isEmpty { dated += 1 }
    }
    #expect(dated > 100)
  }

  @Test func aTieWithAnEndAndAnEntityThatLeftHaveClosedSpells() throws {
    let json = try #require(try TestData.json("time/riverlands-dynamic.json") as? [String: Any])
    let nodes = try #require(json["nodes"] as? [String: [[String]]])
    #expect(nodes["saryarka-inst"] == [["2021-01-01", "2024-06-30"]])
    #expect(nodes["riverlands-alliance"] == [["2019-04-01", "None"]])
  }
}
