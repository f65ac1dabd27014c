import CoopGraph
import Foundation
import Testing

/// native → format → native keeps everything the format can hold, and warns about the rest.
@Suite struct RoundTripTests {
  /// A record that uses every field: declared kinds, parents, aliases, typed attributes, a
  /// directed override, multi-party ties of both directions, dates, strengths, sources, text
  /// with markup and quotes, and attribute names that clash with format columns.
  static func sample() -> Network {
    var n = Network(
      title: "Sample <alliance> & \"friends\"", description: "Line one\nline two",
      source: "https://example.org/a?b=1&c=2",
      userEntityKinds: [EntityKind("laboratory")], userTieKinds: [(TieKind("supervision"), true)])
    n.entities = [
      Entity(
        id: "njit", name: "Nanjing Institute of Technology", kind: .institution, country: "CN", region: "Jiangsu",
        sector: "higher education", website: "https://www.njit.edu.cn", aliases: ["NJIT", "南京工程学院"],
        attributes: [
          "founded": .int(1952), "score": .double(2.5), "public": .bool(true),
          "tags": .list([.string("a"), .string("b, c")]),
        ]),
      Entity(id: "njit-automation", name: "School of Automation", kind: .institution, parent: "njit", country: "CN"),
      Entity(
        id: "c2k", name: "C2K \"International\" <Co>", kind: .enterprise, country: "KZ",
        attributes: ["founded": .int(2015), "type": .string("LLP")]),
      Entity(id: "lab-1", name: "Robotics lab", kind: EntityKind("laboratory"), parent: "njit-automation"),
      Entity(id: "zhang", name: "Zhang Yangfei", kind: .person, country: "CN"),
      Entity(id: "alliance", name: "Jiangsu-Central Asia Alliance", kind: .alliance),
      Entity(id: "lonely", name: "No ties", kind: .group),
    ]
    n.ties = [
      Tie(
        id: "framework", kind: .agreement, parties: ["njit", "c2k", "alliance", "njit-automation"],
        label: "Framework agreement",
        date: DateRange("2025-12-09"), strength: 2, source: "The university also signed …",
        attributes: ["topics": .list([.string("textbooks")])]),
      Tie(
        kind: .membership, parties: ["c2k", "alliance"], label: "Standing Council Member", date: DateRange("2025-12"),
        attributes: ["status": .string("new")]),
      Tie(id: "zhang-president", kind: .role, parties: ["zhang", "njit"], label: "President"),
      Tie(
        kind: .event, parties: ["zhang", "njit", "c2k"], directed: true, label: "Keynote", date: DateRange("2024/2026")),
      Tie(
        kind: .exchange, parties: ["njit", "c2k"], directed: true, strength: 0.25,
        attributes: ["type": .string("students"), "source": .string("report")]),
      Tie(kind: TieKind("supervision"), parties: ["njit-automation", "lab-1"]),
      Tie(kind: .cooperation, parties: ["njit", "c2k"], attributes: ["year": .int(2025)]),
    ]
    n.attributes = ["edition": .int(1)]
    n.buildIndex()
    return n
  }

  static func write(_ network: Network, as format: InterchangeFormat, name: String) throws -> (
    InterchangeRead, [Diagnostic]
  ) {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent(name).path
    let warnings = try format.write(network, to: path)
    let readPath = format == .csv ? CSVFormat.paths(for: path).edges : path
    let readFormat = try #require(InterchangeFormat(path: readPath))
    return (try readFormat.read(path: readPath), warnings)
  }

  /// Attributes in key order, so that formats whose columns are fixed (CSV) compare equal.
  static func sorted(_ a: Attributes) -> Attributes {
    var out: Attributes = [:]
    for k in a.keys.sorted() { out[k] = a[k] }
    return out
  }

  @Test func graphMLIsLossless() throws {
    let (read, warnings) = try Self.write(Self.sample(), as: .graphML, name: "x.graphml")
    #expect(read.network == Self.sample())
    // The warnings: mixed directions, and part-of written as edges (read back as parents).
    #expect(warnings.count == 2)
    #expect(warnings.contains { $0.message.contains("written as edges of kind 'part-of'") })
  }

  @Test func mixedDirectionsStayReadableForNetworkx() throws {
    // networkx refuses GraphML edges with directed="…" and GEXF edges with type="…" that differ
    // from the graph's; the direction goes into an attribute instead.
    let graphML = GraphML.write(Self.sample()).text
    #expect(!graphML.contains("<edge source=\"zhang\" target=\"njit\" directed="))
    #expect(graphML.contains("attr.name=\"directed\" attr.type=\"boolean\""))
    let gexf = GEXF.write(Self.sample()).text
    #expect(!gexf.contains("type=\"directed\""))
    #expect(gexf.contains("title=\"directed\" type=\"boolean\""))
    // Files from other tools that do use the XML direction are read.
    let read = try GraphML.parse(
      """
      <graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/>
      <edge source="a" target="b" directed="true"/><edge source="b" target="a"/></graph></graphml>
      """)
    #expect(read.network.ties.map(\.directed) == [true, nil])
  }

  @Test func nodeLinkIsLossless() throws {
    let (read, _) = try Self.write(Self.sample(), as: .nodeLink, name: "x.nodelink.json")
    #expect(read.network == Self.sample())
  }

  @Test func gexfKeepsAllButRecordSourceAndAttributes() throws {
    let (read, warnings) = try Self.write(Self.sample(), as: .gexf, name: "x.gexf")
    var expected = Self.sample()
    expected.source = nil
    expected.attributes = [:]
    #expect(read.network == expected)
    #expect(warnings.contains { $0.message.contains("no place for the network's source, 'edition'") })
  }

  @Test func csvKeepsEntitiesAndTies() throws {
    let (read, warnings) = try Self.write(Self.sample(), as: .csv, name: "x.csv")
    var expected = Self.sample()
    expected.title = nil
    expected.description = nil
    expected.source = nil
    expected.attributes = [:]
    var got = read.network
    for i in expected.entities.indices {
      expected.entities[i].attributes = Self.sorted(expected.entities[i].attributes)
    }
    for i in expected.ties.indices { expected.ties[i].attributes = Self.sorted(expected.ties[i].attributes) }
    for i in got.entities.indices { got.entities[i].attributes = Self.sorted(got.entities[i].attributes) }
    for i in got.ties.indices { got.ties[i].attributes = Self.sorted(got.ties[i].attributes) }
    #expect(got.entities == expected.entities)
    #expect(got.ties == expected.ties)
    #expect(got.userEntityKinds == expected.userEntityKinds)
    #expect(got.userTieKinds.map(\.kind) == expected.userTieKinds.map(\.kind))
    #expect(
      warnings.contains {
        $0.message.contains("CSV has no place for the network's title, description, source, 'edition'")
      })
  }

  @Test func pajekKeepsStructureAndSaysWhatItLeavesOut() throws {
    let (read, warnings) = try Self.write(Self.sample(), as: .pajek, name: "x.net")
    #expect(read.network.entities.map(\.id) == Self.sample().entities.map(\.id))
    // Multi-party ties come back as their edges: 4-party undirected = 6, 3-party directed = 2.
    #expect(read.network.ties.count == 6 + 1 + 1 + 2 + 1 + 1 + 1)
    #expect(read.network.ties.contains { $0.parties == ["njit", "c2k"] && $0.strength == 0.25 })
    let text = warnings.map(\.message).joined(separator: "\n")
    #expect(text.contains("cannot hold entity fields: kind"))
    #expect(text.contains("2 multi-party ties written as separate edges"))
  }

  @Test func edgeListSaysWhatItLeavesOut() throws {
    let (read, warnings) = try Self.write(Self.sample(), as: .edgeList, name: "x.edges")
    #expect(read.network.entities.count == Self.sample().entities.count - 1)
    let text = warnings.map(\.message).joined(separator: "\n")
    #expect(text.contains("1 entity without ties left out"))
    #expect(text.contains("directed and undirected ties together"))
  }

  @Test func mixedAttributeTypesAreReported() throws {
    var n = Self.sample()
    n.entities[1].attributes["founded"] = .string("unknown")
    let w = GraphML.write(n).warnings
    #expect(w.contains { $0.message.contains("entity attribute 'founded' mixes value types; written as text") })
    let c = CSVFormat.write(n).warnings
    #expect(c.contains { $0.message.contains("entity attribute 'founded'") })
  }

  @Test func csvNumericLookingTextIsReported() throws {
    var n = Self.sample()
    n.entities[0].attributes["code"] = .string("0042")
    n.entities[2].attributes["code"] = .string("17")
    // "0042" keeps the column text.
    #expect(!CSVFormat.write(n).warnings.contains { $0.message.contains("'code'") })
    n.entities[0].attributes["code"] = .string("42")
    let c = CSVFormat.write(n).warnings
    #expect(c.contains { $0.message.contains("entity attribute 'code': 2 values will read back as another type") })
  }

  @Test func gexfWritesGivenPositions() throws {
    var visuals: [String: NodeVisual] = [:]
    visuals["njit"] = NodeVisual(x: 10.5, y: -3, size: 12, color: (255, 0, 128, 1))
    let text = GEXF.write(Self.sample(), visuals: visuals).text
    #expect(text.contains("<viz:position x=\"10.5\" y=\"-3\" z=\"0\"/>"))
    #expect(text.contains("<viz:color r=\"255\" g=\"0\" b=\"128\"/>"))
    #expect(text.contains("<viz:size value=\"12\"/>"))
    let read = try GEXF.parse(text)
    let njit = read.network["njit"]
    #expect(njit?.attributes["x"] == .double(10.5))
    #expect(njit?.attributes["color"] == .string("#ff0080"))
  }

  @Test func foreignIDsBecomeNativeIDs() throws {
    let read = try GraphML.read(path: TestData.fixture("formats/davis.nx.graphml"))
    let (network, renamed) = InterchangeFormat.nativeIDs(read.network)
    #expect(renamed == 18)
    let evelyn = network.entities[0]
    #expect(evelyn.id == "Evelyn-Jefferson")
    #expect(evelyn.name == "Evelyn Jefferson")
    // The native file it makes validates.
    let back = try NativeFormat.parse(NativeFormat.yaml(network))
    #expect(back == network)
  }
}
