import Foundation
import Testing

@testable import CoopGraph

/// One descriptor per measure, read by every command; one ranking rule.
@Suite struct MeasureCatalogueTests {
  @Test func everyMeasureHasOneDescriptor() {
    let keys = MeasureCatalogue.all.map(\.key)
    #expect(Set(keys).count == keys.count)
    for m in CentralityMeasure.allCases {
      let d = m.descriptor
      #expect(d.key == m.name)
      #expect(m.summary == d.summary)
      #expect(m.lowerIsBetter == !d.higherIsBetter)
      #expect(!d.reference.isEmpty && !d.defaults.isEmpty && !d.title.isEmpty)
    }
    #expect(MeasureCatalogue.all.filter { !$0.higherIsBetter }.map(\.key) == ["constraint"])
  }

  @Test func analysisAndKeyPartnersReadTheCatalogue() throws {
    let a = try Analysis(NetworkFile.load(path: TestData.fixture("cli/small.yaml")))
    for m in a.measures {
      let d = try #require(MeasureCatalogue.descriptor(m.key))
      #expect(m.title == d.title)
      #expect(m.summary == d.summary)
      #expect(m.higherIsBetter == d.higherIsBetter)
    }
    for m in PartnerMeasure.defaults + [.fragility] {
      let d = try #require(MeasureCatalogue.descriptor(m.name))
      #expect(m.label == d.phrase)
      #expect(m.higherIsBetter == d.higherIsBetter)
    }
  }

  /// Degree in `analyze` is networkx's `G.degree()`: on a directed graph in + out, not the
  /// out-degree alone; strength likewise.
  @Test func analysisDegreeCountsBothDirections() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString).edges").path
    try "a b 2\nc a 3\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let loaded = try NetworkFile.load(path: path, directed: true)
    let a = try Analysis(loaded)
    #expect(a.measure("degree")?.values == [2, 1, 1])
    #expect(a.measure("strength")?.values == [5, 2, 3])
  }

  @Test func valuesEqualUpToRoundingShareARank() {
    let x = 0.1 + 0.2, y = 0.3
    #expect(x != y)
    let order = RankOrder.order(scores: [y, x, 0.1], ids: ["b", "a", "c"], lowerIsBetter: false)
    #expect(order.map(\.index) == [1, 0, 2])
    #expect(order.map(\.rank) == [1, 1, 3])
    #expect(RankOrder.ranks(count: 4) { i, _ in i == 1 } == [1, 2, 2, 4])
    #expect(RankOrder.competitionRanks([2, .nan, 5, 2], higherIsBetter: true) == [2, 4, 1, 2])
  }
}

/// docs/measures.md lists the catalogue as it is.
@Suite struct MeasureDocsTests {
  @Test func docsListEveryMeasureWithItsReference() throws {
    let text = try String(contentsOf: TestData.root.appendingPathComponent("docs/measures.md"), encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(rows.count == MeasureCatalogue.all.count)
    for (row, d) in zip(rows, MeasureCatalogue.all) {
      #expect(row.hasPrefix("| `\(d.key)` | \(d.title) | \(d.higherIsBetter ? "higher" : "lower") |"), "\(row)")
      #expect(row.contains(d.summary) && row.contains(d.defaults) && row.hasSuffix("`\(d.reference)` |"), "\(row)")
    }
  }
}
