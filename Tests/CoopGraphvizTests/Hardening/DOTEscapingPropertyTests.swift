import CoopGraph
import CoopGraphviz
import Testing

/// Hardening item 17: what validates must draw. Any string without NUL (which every reader
/// refuses) survives DOT write → cgraph read: as a label or tooltip through `escString`, as a
/// data attribute through `dataValue`, as a node id through `identifier`. Seeded random strings
/// over an alphabet of the characters DOT treats specially.
@Suite struct DOTEscapingPropertyTests {
  static let alphabet: [String] = [
    "\\", "\\", "\"", "<", ">", "\n", "\r", "\t", " ", "a", "Z", "0", "-", ":", ";", "{", "}", "=", "&", "#", "%",
    "'", "\u{1}", "\u{1B}", "\u{7F}", "é", "南", "🛰", "N", "G", "l", "r", "n", "\\N", "\\n", "\\\"",
  ]

  static func randomString(_ rng: inout SplitMix64) -> String {
    let length = Int(rng.next() % 12)
    var s = ""
    for _ in 0..<length { s += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
    return s
  }

  @Test(arguments: 0..<8)
  func randomStringsSurviveDOTWriteAndCgraphRead(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed))
    var graph = DOTGraph(name: "g")
    var expectedData: [String?] = []
    var ids: [String] = []
    for i in 0..<60 {
      let s = Self.randomString(&rng)
      var a: DOTAttributes = ["label": .text(DOTWriter.escString(s)), "tooltip": .text(DOTWriter.escString(s))]
      let data = DOTWriter.dataValue(s)
      if let data { a["country"] = data }
      expectedData.append(data == nil ? nil : s)
      // An id is written whenever it can be (quoted, or HTML-like with balanced angles).
      let id = (try? DOTWriter.identifier(s)) != nil && !ids.contains(s) ? s : "node \(i)"
      ids.append(id)
      graph.nodes.append(DOTNode(id, a))
    }
    let text = try DOTWriter.write(graph)
    let parsed = try Renderer.parse(text).graph
    #expect(parsed.nodes.map(\.id) == ids)
    var rng2 = SplitMix64(seed: UInt64(seed))
    for (i, node) in parsed.nodes.enumerated() {
      let s = Self.randomString(&rng2)
      // cgraph reports an empty value as no value.
      #expect((node.attributes["label"]?.text ?? "") == DOTWriter.escString(s), "label of \(s.debugDescription)")
      #expect((node.attributes["tooltip"]?.text ?? "") == DOTWriter.escString(s), "tooltip of \(s.debugDescription)")
      #expect((node.attributes["country"]?.text ?? "") == (expectedData[i] ?? ""), "data of \(s.debugDescription)")
    }
  }

  /// A data value is left out only when no DOT form can hold it.
  @Test func dataValueIsNilOnlyWhenNoFormCanHoldTheText() throws {
    #expect(DOTWriter.dataValue("x\\\"") == .html("x\\\""))
    #expect(DOTWriter.dataValue("C:\\data\\") == .html("C:\\data\\"))
    #expect(DOTWriter.dataValue("plain") == .text("plain"))
    #expect(DOTWriter.dataValue("<\\") == nil)
    #expect(DOTWriter.dataValue("a\u{0}b") == nil)
    // cgraph's scanner drops a line break alone between quotes or backslashes.
    #expect(DOTWriter.dataValue("\n\"x") == .html("\n\"x"))
    #expect(throws: GraphvizError.self) { try DOTWriter.identifier("%anonymous") }
  }

  /// Ids DOT cannot spell (interchange formats allow any id) still draw, and read back.
  @Test func nodesWhoseIdsDOTCannotSpellAreRenamedAndReadBack() throws {
    var network = Network()
    network.entities = [Entity(id: "%1", kind: .enterprise), Entity(id: "b", kind: .enterprise)]
    network.ties = [Tie(kind: .cooperation, parties: ["%1", "b"])]
    let graph = Diagram.build(network)
    let dot = try DOTWriter.write(graph)
    #expect(dot.contains("\"coopgraph-node-1\""))
    let svg = try Renderer.render(dot, format: .svg, engine: .dot)
    #expect(String(decoding: svg.data, as: UTF8.self).contains("<title>coopgraph&#45;node&#45;1&#45;&#45;b</title>"))
    let back = try DOTImport.read(text: dot, file: "x.gv").network
    #expect(back.entities.map(\.id) == ["%1", "b"])
    #expect(back.ties.map(\.parties) == [["%1", "b"]])
  }

  /// The reproducer: a name `C:\data\`, a country `x\"` and a tie label `l\` validated but
  /// could not be drawn ("cannot be written in DOT"); now the diagram is drawn and the DOT
  /// reads back as the same record.
  @Test func backslashesInNamesAndFactsDrawAndReadBack() throws {
    var network = Network()
    network.entities = [
      Entity(id: "a", name: "C:\\data\\", kind: .enterprise), Entity(id: "b", name: "x\\\"", kind: .enterprise),
    ]
    network.entities[0].country = "x\\\""
    network.ties = [Tie(kind: .cooperation, parties: ["a", "b"])]
    network.ties[0].label = "l\\"
    let graph = Diagram.build(network)
    let dot = try DOTWriter.write(graph)
    let svg = try Renderer.render(dot, format: .svg, engine: .dot)
    #expect(String(decoding: svg.data, as: UTF8.self).contains("C:\\data\\"))
    let back = try DOTImport.read(text: dot, file: "x.gv").network
    #expect(back.entities.map(\.name) == ["C:\\data\\", "x\\\""])
    #expect(back.entities[0].country == "x\\\"")
    #expect(back.ties.first?.label == "l\\")
  }
}
