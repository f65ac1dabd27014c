import CoopGraph
import CoopGraphviz
import Foundation
import Testing

@Suite struct RendererTests {
  static func dot(_ network: Network, style: DiagramStyle = DiagramStyle()) throws -> String {
    try DOTWriter.write(Diagram.build(network, style: style))
  }

  @Test(arguments: LayoutEngine.allCases)
  func everyEngineDrawsTheAllianceAndTheKarateClub(engine: LayoutEngine) throws {
    for name in ["jiangsu-central-asia-alliance.yaml", "karate-club.yaml"] {
      let network = try TestData.network(name)
      let svg = try Renderer.render(try Self.dot(network), format: .svg, engine: engine)
      let text = String(decoding: svg.data, as: UTF8.self)
      #expect(text.hasPrefix("<?xml"), "\(engine) on \(name)")
      #expect(text.contains("</svg>"))
      #expect(text.components(separatedBy: "class=\"node\"").count - 1 >= network.entities.count)
    }
  }

  @Test func svgNamesEveryEntity() throws {
    let network = try TestData.network("jiangsu-central-asia-alliance.yaml")
    let svg = String(decoding: try Renderer.render(try Self.dot(network), format: .svg, engine: .fdp).data, as: UTF8.self)
    for entity in network.entities {
      // The full name is the first line of the node's tooltip; the wrapped label's words are text.
      #expect(svg.contains("xlink:title=\"\(xmlEscape(entity.name))&#10;"), "\(entity.id)")
      for word in entity.name.split(separator: " ") {
        #expect(svg.contains(xmlEscape(String(word))), "\(entity.id): \(word)")
      }
    }
  }

  @Test func binaryFormatsHaveTheirSignatures() throws {
    let dot = try Self.dot(TestData.sample())
    let png = try Renderer.render(dot, format: .png, engine: .dot).data
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try Renderer.render(dot, format: .pdf, engine: .dot).data
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
  }

  @Test func dotAndJSONCarryPositions() throws {
    let dot = try Self.dot(TestData.sample())
    let laidOut = String(decoding: try Renderer.render(dot, format: .dot, engine: .neato).data, as: UTF8.self)
    let reparsed = try Renderer.parse(laidOut).graph
    #expect(reparsed.nodes.allSatisfy { $0.attributes["pos"] != nil })
    let json = try Renderer.render(dot, format: .json, engine: .dot).data
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let objects = try #require(object["objects"] as? [[String: Any]])
    #expect(objects.contains { $0["name"] as? String == "uni" && $0["pos"] != nil })
  }

  @Test func theAllianceLayoutKeepsSchoolsInsideNJITAndLabelsApart() throws {
    let network = try TestData.network("jiangsu-central-asia-alliance.yaml")
    let graph = Diagram.build(network)
    let layout = try Renderer.layout(try DOTWriter.write(graph), engine: .fdp)
    let njitCluster = try #require(graph.subgraphs.first { $0.nodes.contains("njit") })
    let box = try #require(layout.clusters[njitCluster.name])
    let schools = network.entities.filter { $0.parent == "njit" }
    #expect(schools.count == 8)
    for school in schools {
      let node = try #require(layout.nodes[school.id])
      #expect(box.contains(node), "\(school.id) outside NJIT's cluster")
    }
    let boxes = graph.nodes.compactMap { n in layout.nodes[n.id].map { (n.id, $0) } }
    for i in boxes.indices {
      for j in boxes.indices where j > i {
        #expect(!boxes[i].1.overlaps(boxes[j].1, tolerance: 1), "\(boxes[i].0) overlaps \(boxes[j].0)")
      }
    }
  }

  @Test func syntaxErrorsCarryGraphvizsMessageAndLine() throws {
    let bad = "graph {\n  a -- b;\n  c -- ;\n}\n"
    do {
      _ = try Renderer.parse(bad, file: "bad.gv")
      Issue.record("no error")
    } catch let GraphvizError.syntax(file, line, message) {
      #expect(file == "bad.gv")
      #expect(line == 3)
      #expect(message.contains("syntax error"))
    }
    // The parser is usable again after an error, also one inside an HTML string.
    #expect(throws: GraphvizError.self) { try Renderer.parse("graph { a [label=<<b>unclosed] }") }
    #expect(try Renderer.parse("graph { x -- y }").graph.edges.count == 1)
    // Text after the first graph is not read as the start of the next input.
    #expect(try Renderer.parse("graph { a -- b }\ngraph { c }\n").graph.nodes.count == 2)
    #expect(try Renderer.parse("graph { d }").graph.nodes.map(\.id) == ["d"])
    #expect(throws: GraphvizError.self) { try Renderer.parse("graph { e [label=\"open") }
    #expect(try Renderer.parse("\n\ngraph { f }").graph.nodes.map(\.id) == ["f"])
    do {
      _ = try Renderer.parse("graph {\n\n g -- ;\n}")
    } catch let GraphvizError.syntax(_, line, _) {
      #expect(line == 3)
    }
    #expect(throws: GraphvizError.self) { try Renderer.parse("") }
    #expect(throws: GraphvizError.self) { try Renderer.parse("graph { a \u{0} b }") }
  }

  @Test func layoutFailuresAreTypedErrors() throws {
    // A node shape Graphviz does not know is a warning; an unknown format is an error.
    let result = try Renderer.render("graph { a [shape=nosuchshape] }", format: .svg, engine: .dot)
    #expect(result.warnings.contains { $0.contains("nosuchshape") })
  }

  @Test func theSizeGuardRefusesSlowEnginesOnLargeGraphs() throws {
    var graph = DOTGraph()
    for i in 0..<1_600 { graph.nodes.append(DOTNode("n\(i)")) }
    for i in 1..<1_600 { graph.edges.append(DOTEdge("n\(i - 1)", "n\(i)")) }
    let dot = try DOTWriter.write(graph)
    #expect(throws: GraphvizError.self) { try Renderer.render(dot, format: .svg, engine: .dot) }
    #expect(SizeGuard.default.engine(nodes: 1_600, edges: 1_599, preferred: .dot) == .sfdp)
    #expect(SizeGuard.default.engine(nodes: 400, edges: 2_001, preferred: .fdp) == .sfdp)
    #expect(SizeGuard.default.engine(nodes: 1_600, edges: 1_599, preferred: .osage) == .osage)
    #expect(SizeGuard.default.engine(nodes: 100, edges: 99, preferred: .dot) == .dot)
    let svg = try Renderer.render(dot, format: .svg, engine: .sfdp)
    #expect(svg.data.count > 1_000)
  }

  @Test func concurrentCallsAreSerializedAndAgree() throws {
    let dot = try Self.dot(TestData.sample())
    let expected = try Renderer.render(dot, format: .svg, engine: .dot).data
    let results = ResultBox()
    DispatchQueue.concurrentPerform(iterations: 8) { i in
      let outcome: Data?
      if i % 2 == 0 {
        outcome = try? Renderer.render(dot, format: .svg, engine: .dot).data
      } else {
        outcome = (try? Renderer.parse("graph { broken -- }")) == nil ? expected : nil
      }
      results.append(outcome)
    }
    #expect(results.values.count == 8)
    #expect(results.values.allSatisfy { $0 == expected })
  }

  /// Malformed input never crashes the parser: seeded mutations of real DOT.
  @Test func mutatedDOTNeverCrashes() throws {
    let base = try Self.dot(TestData.sample())
    let alphabet = Array("{}[]<>\"\\;=:,-> \n\tabc0@#%&".unicodeScalars)
    var rng = SplitMix64(seed: 7)
    var accepted = 0
    for _ in 0..<400 {
      var scalars = Array(base.unicodeScalars)
      for _ in 0..<Int.random(in: 1...6, using: &rng) {
        let i = Int.random(in: 0..<scalars.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: scalars[i] = alphabet.randomElement(using: &rng)!
        case 1: scalars.remove(at: i)
        default: scalars.insert(alphabet.randomElement(using: &rng)!, at: i)
        }
      }
      let text = String(String.UnicodeScalarView(scalars))
      if (try? Renderer.parse(text)) != nil { accepted += 1 }
      let cut = String(text.prefix(Int.random(in: 0...text.count, using: &rng)))
      _ = try? Renderer.parse(cut)
    }
    #expect(accepted > 0 && accepted < 400)
  }

  func xmlEscape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "-", with: "&#45;")
  }
}

final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [Data?] = []
  func append(_ d: Data?) {
    lock.lock()
    values.append(d)
    lock.unlock()
  }
}
