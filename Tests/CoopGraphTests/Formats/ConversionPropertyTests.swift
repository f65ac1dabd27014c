import Foundation
import Testing

@testable import CoopGraph

/// For every pair of formats A → B: a generated network written as A, read back, written as
/// B, read back, and written as native YAML (with the ids the native format accepts, as
/// `convert` does) reads as a valid record — over networks with awkward strings, dates,
/// multi-party ties, part-of and declared kinds.
@Suite struct ConversionPropertyTests {
  static let awkward = [
    "Plain", "Comma, Inc.", "Quote \"Q\" Ltd", "Semi; colon", "Line\nbreak", "南京工程学院", "Ümlaut & <tags>",
    "=HYPERLINK(\"x\")", "  spaced  ", "emoji 🎓", "tab\there", "back\\slash", "percent %d", "-12",
  ]

  /// A network of `n` entities from `seed`.
  static func network(seed: UInt64, entities n: Int) -> Network {
    var rng = SplitMix64(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    func chance(_ p: Double) -> Bool { Double(rng.next() % 1000) < p * 1000 }
    var network = Network()
    network.userEntityKinds = [EntityKind("laboratory")]
    network.userTieKinds = [(TieKind("supervision"), true)]
    let kinds = EntityKind.builtIn + [EntityKind("laboratory")]
    for i in 0..<n {
      var e = Entity(id: "e\(i)", name: pick(awkward) + " \(i)", kind: pick(kinds))
      if i > 2 && chance(0.2) { e.parent = "e\(Int(rng.next() % UInt64(i)))" }
      if chance(0.5) { e.country = pick(["CN", "KZ", "UZ"]) }
      if chance(0.3) { e.aliases = [pick(awkward), "alias \(i)"] }
      if chance(0.3) { e.attributes["note"] = .string(pick(awkward)) }
      network.entities.append(e)
    }
    let tieKinds = TieKind.builtIn + [TieKind("supervision")]
    let dates = ["2025", "2025-12", "2025-12-09", "2023/2025-06", "2024-03/2024-04-15"]
    for t in 0..<(2 * n) {
      let k = chance(0.2) ? 3 + Int(rng.next() % 3) : 2
      var parties: [String] = []
      while parties.count < k {
        let p = "e\(Int(rng.next() % UInt64(n)))"
        if !parties.contains(p) { parties.append(p) }
      }
      var tie = Tie(kind: pick(tieKinds), parties: parties)
      if chance(0.5) { tie.label = pick(awkward) }
      if chance(0.5) { tie.date = DateRange(pick(dates)) }
      if chance(0.3) { tie.strength = pick([0.5, 2, 3.25]) }
      if chance(0.3) { tie.source = pick(awkward) }
      if chance(0.3) { tie.id = "t\(t)" }
      network.ties.append(tie)
    }
    network.buildIndex()
    return network
  }

  static let formats: [(format: InterchangeFormat, name: String)] = [
    (.native, "x.yaml"), (.native, "x.json"), (.csv, "x.csv"), (.graphML, "x.graphml"), (.gexf, "x.gexf"),
    (.nodeLink, "x.nodelink.json"), (.pajek, "x.net"), (.edgeList, "x.edges"), (.xlsx, "x.xlsx"),
  ]

  /// Writes `network` as `format` into `dir` and reads it back as the command line does.
  static func roundTrip(_ network: Network, _ format: InterchangeFormat, _ name: String, in dir: URL) throws -> Network {
    let path = dir.appendingPathComponent(name).path
    var net = network
    if format == .native { net = InterchangeFormat.nativeIDs(net).0 }
    try format.write(net, to: path)
    return try NetworkFile.load(path: path).network
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func everyPairReadsBackAndValidates(seed: UInt64) throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = Self.network(seed: seed, entities: 12)
    for (a, aName) in Self.formats {
      let first = try Self.roundTrip(original, a, "a-" + aName, in: dir)
      #expect(!first.entities.isEmpty, "\(aName)")
      for (b, bName) in Self.formats {
        let second = try Self.roundTrip(first, b, "b-\(aName)-" + bName, in: dir)
        // What convert would write as native YAML is a valid record.
        let yaml = NativeFormat.yaml(InterchangeFormat.nativeIDs(second).0)
        #expect(throws: Never.self, "\(aName) → \(bName)") { _ = try NativeFormat.parse(yaml) }
        if a != .edgeList && a != .pajek && b != .edgeList && b != .pajek {
          // Formats that keep kinds keep the multi-party ties and the parents.
          #expect(second.ties.map(\.parties.count).sorted() == original.ties.map(\.parties.count).sorted(), "\(aName) → \(bName)")
          #expect(second.entities.filter { $0.parent != nil }.count == original.entities.filter { $0.parent != nil }.count, "\(aName) → \(bName)")
        }
      }
    }
  }
}
