import CoopGraph
import CoopGraphviz
import Foundation
import Testing

@Suite struct DOTImportTests {
  struct TieKey: Hashable {
    var kind: String, parties: [String], strength: Double, label: String?, date: String?, directed: Bool
  }
  static func key(_ t: Tie, _ n: Network) -> TieKey {
    TieKey(
      kind: t.kind.rawValue, parties: n.isDirected(t) ? t.parties : t.parties.sorted(), strength: t.strength, label: t.label,
      date: t.date?.description, directed: n.isDirected(t))
  }

  @Test func aWrittenDiagramReadsBackAsTheNetwork() throws {
    for original in [TestData.sample(), try TestData.network("jiangsu-central-asia-alliance.yaml")] {
      var style = DiagramStyle()
      style.clusterBy = [.attribute("country"), .parent]
      let text = try DOTWriter.write(Diagram.build(original, style: style))
      let network = try DOTImport.read(text: text, file: "x.gv").network
      #expect(network.entities.map(\.id) == original.entities.map(\.id))
      for (a, b) in zip(network.entities, original.entities) {
        #expect(a.name == b.name.replacingOccurrences(of: "\n", with: " "), "\(a.id)")
        #expect(a.kind == b.kind && a.country == b.country && a.parent == b.parent && a.website == b.website, "\(a.id)")
      }
      let read = network.ties.map { Self.key($0, network) }
      let expected = original.ties.map { Self.key($0, original) }
      #expect(Set(read) == Set(expected))
      #expect(read.count == expected.count)
    }
  }

  @Test func foreignDOTWithClustersPortsAndWeights() throws {
    let text = """
      strict digraph "partners" {
        label="Partners";
        node [kind=institution];
        subgraph cluster_cn { label="China"; njit; "南京"; subgraph cluster_inner { label="Inner"; deep } }
        njit [label="Nanjing Institute\\nof Technology", URL="https://www.njit.edu.cn", founded=1952];
        njit:e -> c2k:w [weight=2.5, label="agreement"];
        njit -> c2k;
        c2k -> c2k;
        "南京" -> deep [kind=exchange, date="2025-12"];
        c2k [kind=enterprise, country=KZ];
      }
      """
    let result = try DOTImport.read(text: text, file: "p.gv")
    let n = result.network
    #expect(result.directed)
    #expect(n.title == "Partners")
    #expect(n.entities.map(\.id) == ["njit", "南京", "deep", "c2k"])
    #expect(n["njit"]?.name == "Nanjing Institute of Technology")
    #expect(n["njit"]?.website == "https://www.njit.edu.cn")
    #expect(n["njit"]?.attributes["founded"] == .string("1952"))
    #expect(n["njit"]?.attributes["cluster"] == nil)  // the file gives kinds: clusters are drawing
    #expect(n["c2k"]?.kind == .enterprise && n["c2k"]?.country == "KZ")
    // strict: the repeated edge merged; the loop dropped with a warning.
    #expect(n.ties.count == 2)
    #expect(n.ties[0].strength == 2.5 && n.ties[0].label == "agreement" && n.isDirected(n.ties[0]))
    #expect(n.ties[1].kind == .exchange && n.ties[1].date?.description == "2025-12")
    #expect(result.warnings.contains { $0.contains("loop") })
    let projected = try n.project(Projection(directed: true))
    #expect(projected.graph.nodeCount == 4 && projected.graph.edgeCount == 2)
  }

  @Test func clustersOfAPlainFileBecomeAttributes() throws {
    let text = "graph { subgraph cluster_a { label=\"Group A\"; x; subgraph cluster_b { y } } x -- y; y -- z }"
    let n = try DOTImport.read(text: text, file: "c.gv").network
    #expect(n["x"]?.attributes["cluster"] == .string("Group A"))
    #expect(n["y"]?.attributes["cluster"] == .string("b"))
    #expect(n["z"]?.attributes["cluster"] == nil)
    #expect(n.entities.allSatisfy { $0.kind == Network.nodeKind })
  }

  @Test func badInputIsAnErrorWithFileAndLine() throws {
    do {
      _ = try DOTImport.read(text: "graph {\n a -- b\n c -- -- d\n}", file: "bad.gv")
      Issue.record("no error")
    } catch let error as InputError {
      #expect(error.diagnostics.first?.location == SourceLocation(file: "bad.gv", line: 3))
      #expect(error.description.hasPrefix("bad.gv:3: error: syntax error in line 3"))
    }
    #expect(throws: InputError.self) { try DOTImport.read(text: "graph { a -- b [weight=-1] }", file: "w.gv") }
    #expect(throws: InputError.self) { try DOTImport.read(text: "graph { a -- b [strength=nan] }", file: "w.gv") }
    #expect(throws: InputError.self) { try DOTImport.read(path: "/nonexistent/file.gv") }
  }

  @Test func plainTextResolvesGraphvizEscapes() throws {
    let text = #"graph G { a [label="\N and \G\nnext\lline \\ \"q\""]; b [label="南京\n工程"] }"#
    let n = try DOTImport.read(text: text, file: "e.gv").network
    #expect(n["a"]?.name == "a and G next line \\ \"q\"")
    #expect(n["b"]?.name == "南京工程")
  }
}
