import Foundation
import Testing

@testable import CoopGraph

/// An edge list or a binary graph cache loads as a plain graph: what `info`, `centrality`,
/// `rank` and `communities` read of it (the counts, each node's id, name and kind) comes from
/// the graph, and the record of its edges is made only when something asks for it.
@Suite struct PlainGraphLoadingTests {
  func expectGraphOnly(_ path: String) throws {
    let loaded = try NetworkFile.load(path: path)
    #expect(loaded.isPlainGraph)
    let counts = Analysis.Counts(loaded)
    let described = loaded.graph.nodes.map { loaded.describe(node: $0) }
    #expect(!loaded.hasRecord, "the summary and the node names made the record")

    // The same as the record the graph makes.
    let record = Network(graph: loaded.graph)
    let recorded = NetworkFile.Loaded(path: path, format: .yaml, network: record, projected: loaded.projected)
    #expect(counts == Analysis.Counts(recorded))
    #expect(described.map(\.id) == loaded.graph.nodes.map { recorded.describe(node: $0).id })
    #expect(described.map(\.name) == loaded.graph.nodes.map { recorded.describe(node: $0).name })
    #expect(described.map(\.kind) == loaded.graph.nodes.map { recorded.describe(node: $0).kind })
    #expect(counts.entities == 5)
    #expect(counts.entitiesByKind == [Analysis.KindCount(kind: "node", count: 5)])
    #expect(counts.ties == 3)
    #expect(counts.tiesByKind == [Analysis.KindCount(kind: "cooperation", count: 3)])

    // Asked for, the record is made, once.
    #expect(loaded.network == record)
    #expect(loaded.hasRecord)
  }

  @Test func anEdgeListIsSummarizedWithoutItsRecord() throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("g.edges").path
    try Data("a b\nb c 2\nc c\nd e\n".utf8).write(to: URL(fileURLWithPath: path))
    try expectGraphOnly(path)
  }

  @Test func aBinaryGraphIsSummarizedWithoutItsRecord() throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("g.cgb").path
    try BinaryGraph.write(try EdgeList.parse("a b\nb c 2\nc c\nd e\n"), to: path)
    try expectGraphOnly(path)
  }
}
