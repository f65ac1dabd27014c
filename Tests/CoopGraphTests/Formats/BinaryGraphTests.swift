import Foundation
import Testing

@testable import CoopGraph

/// The binary graph cache (`.cgb`): the same graph back, and damaged files refused.
@Suite struct BinaryGraphTests {
  static func roundTrip(_ g: Graph) throws -> Graph {
    try BinaryGraph.decode(BinaryGraph.encode(g), path: "x.cgb")
  }

  static func same(_ a: Graph, _ b: Graph) -> Bool {
    a.isDirected == b.isDirected && a.offsets == b.offsets && a.targets == b.targets && a.weights == b.weights
      && a.ids == b.ids && a.edgeCount == b.edgeCount && a.selfLoopCount == b.selfLoopCount
  }

  @Test(arguments: [false, true], [false, true])
  func roundTripsEveryKindOfGraph(directed: Bool, weighted: Bool) throws {
    let g = try CentralityPropertyTests.randomGraph(n: 301, m: 900, directed: directed, weighted: weighted, seed: 5)
    #expect(Self.same(try Self.roundTrip(g), g))
  }

  @Test func idsWithAnyCharactersAndSelfLoops() throws {
    var b = GraphBuilder(directed: false, ids: ["Nanjing Institute", "C2K, Ltd. \"KZ\"", "南京"])
    b.addEdge(0, 1)
    b.addEdge(2, 2)
    let g = try b.build()
    let back = try Self.roundTrip(g)
    #expect(Self.same(back, g))
    #expect(back.selfLoopCount == 1)
  }

  @Test func emptyGraph() throws {
    let g = try GraphBuilder(directed: false, nodeCount: 0).build()
    #expect(Self.same(try Self.roundTrip(g), g))
  }

  @Test func damagedFilesAreRefused() throws {
    let g = try CentralityPropertyTests.randomGraph(n: 50, m: 120, directed: false, weighted: true, seed: 2)
    let good = BinaryGraph.encode(g)
    var badMagic = good
    badMagic[0] = 0x58
    var badTarget = good
    // The first target lies after the header and the offsets.
    let at = BinaryGraph.headerSize + (4 * 51 + 7) / 8 * 8
    badTarget.replaceSubrange(at..<(at + 4), with: [0xFF, 0xFF, 0, 0])
    var badWeight = good
    let w = at + (4 * g.arcCount + 7) / 8 * 8
    badWeight.replaceSubrange(w..<(w + 8), with: Array(repeating: 0, count: 8))
    for (data, what) in [
      (badMagic, "no COOPGRB1 header"), (good.prefix(good.count - 3), "id section"),
      (badTarget, "an arc to node"), (badWeight, "strength"), (good.prefix(40), "short header"),
    ] {
      do {
        _ = try BinaryGraph.decode(Data(data), path: "x.cgb")
        Issue.record("accepted a file with \(what)")
      } catch let error as InputError {
        #expect(error.description.contains("x.cgb: not a CoopGraph binary graph"), "\(error)")
        #expect(error.description.contains(what), "\(error)")
      }
    }
  }
}
