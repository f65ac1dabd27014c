import Foundation
import Testing

@testable import CoopGraph
@testable import CoopGraphReport

/// What `info`, `centrality` and `rank` print for an edge list is made from the graph alone:
/// the record of its edges (``Network/init(graph:)``, about 160 bytes an edge) is never built.
@Suite struct PlainGraphPresentationTests {
  @Test func summaryScoresAndRankingOfAnEdgeListLeaveTheRecordUnmade() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("g.edges").path
    try Data("1 2\n2 3\n3 1\n3 4\n".utf8).write(to: URL(fileURLWithPath: path))
    let loaded = try NetworkFile.load(path: path)

    let summary = NetworkSummary(loaded).render(.table)
    let options = CentralityOptions()
    let scores = try CentralityMeasure.compute(.degree, on: loaded.graph, options: options)
    let list = ScoreList(.degree, scores: scores, of: loaded, options: options).render(.csv)
    let ranking = Ranking(.degree, scores: scores, of: loaded, options: options).render(.csv)
    #expect(!loaded.hasRecord)

    #expect(summary.contains("Entities  4\n  node    4\n"))
    #expect(summary.contains("Ties" + String(repeating: " ", count: 11) + "4\n  cooperation  4\n"))
    #expect(list.contains("3,3,"))
    #expect(ranking.contains(",node,"))
  }
}
