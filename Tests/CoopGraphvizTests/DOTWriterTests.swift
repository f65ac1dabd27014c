import CoopGraphviz
import Testing

@Suite struct DOTWriterTests {
  /// Names that DOT would misread unless quoted and escaped.
  static let trickyNames = [
    "plain", "with space", "quote \"inside\"", "back\\slash", "two\\\\backslashes", "ends with \\\\",
    "line\nbreak", "port:like", "a:b:c", "node", "graph", "subgraph", "strict", "-12.5", "", "南京工程学院",
    "Қазақстан ғарыш мектебі", "Казахстанская космическая школа", "<not html>", "semi;colon", "brace{}",
    "equals=sign", "tab\tchar", "emoji 🛰", "\\N", "\\\"",
  ]

  @Test func everyTrickyNameReadsBackThroughCgraph() throws {
    var graph = DOTGraph(name: "names \"test\"", directed: true)
    for (i, name) in Self.trickyNames.enumerated() {
      graph.nodes.append(DOTNode(name, ["label": .text(DOTWriter.escString(name)), "tooltip": .text("#\(i)")]))
    }
    for i in 1..<Self.trickyNames.count {
      graph.edges.append(DOTEdge(Self.trickyNames[i - 1], Self.trickyNames[i], ["label": .text(DOTWriter.escString(Self.trickyNames[i]))]))
    }
    let text = try DOTWriter.write(graph)
    let parsed = try Renderer.parse(text).graph
    #expect(parsed == graph.resolved())
    #expect(parsed.nodes.map(\.id) == Self.trickyNames)
  }

  @Test func unquotableIdentifiersUseTheHTMLForm() throws {
    let names = ["ends with one \\", "back\\\"quote", "odd\\\nline"]
    let graph = DOTGraph(nodes: names.map { DOTNode($0) }, edges: [DOTEdge(names[0], names[1])])
    let text = try DOTWriter.write(graph)
    #expect(text.contains("<ends with one \\>"))
    #expect(try Renderer.parse(text).graph == graph.resolved())
    #expect(throws: GraphvizError.self) { try DOTWriter.identifier("<unbalanced \\") }
    #expect(throws: GraphvizError.self) { try DOTWriter.value(.text("trailing \\")) }
  }

  @Test func htmlLabelsStayHTML() throws {
    let label = "<TABLE><TR><TD BGCOLOR=\"#77AADD\">" + DOTWriter.htmlEscape("R&D <lab> \"x\"") + "</TD></TR></TABLE>"
    let graph = DOTGraph(nodes: [DOTNode("a", ["label": .html(label), "shape": "plain"])])
    let parsed = try Renderer.parse(try DOTWriter.write(graph)).graph
    #expect(parsed.nodes[0].attributes["label"] == .html(label))
    #expect(parsed == graph.resolved())
    #expect(throws: GraphvizError.self) { try DOTWriter.value(.html("<b>unclosed<")) }
  }

  @Test func defaultsSubgraphsAndPortsRoundTrip() throws {
    let graph = DOTGraph(
      name: "G", directed: false, strict: true,
      attributes: ["rankdir": "LR", "label": "Title"],
      nodeDefaults: ["shape": "box", "fontname": "sans-serif"],
      edgeDefaults: ["color": "#555555"],
      nodes: [DOTNode("u"), DOTNode("s1", ["shape": "ellipse"]), DOTNode("s2"), DOTNode("x")],
      edges: [DOTEdge("s1", "u", ["tailport": "e", "color": "#0072B2"]), DOTEdge("x", "s2")],
      subgraphs: [
        DOTSubgraph(
          "cluster_1", attributes: ["label": "University", "rankdir": "LR"], nodes: ["u"],
          subgraphs: [DOTSubgraph("cluster_2", attributes: ["label": "Schools"], nodes: ["s1", "s2"])])
      ])
    let text = try DOTWriter.write(graph)
    let parsed = try Renderer.parse(text).graph
    #expect(parsed == graph.resolved())
    #expect(parsed.subgraphs[0].attributes.keys == ["label"])  // rankdir repeats the root's value
    #expect(parsed.strict)
  }

  @Test func outputIsDeterministic() throws {
    var graph = DOTGraph()
    for i in 0..<200 { graph.nodes.append(DOTNode("n\(i)", ["label": .text("N \(i)"), "width": .text("\(Double(i) / 7)")])) }
    for i in 0..<199 { graph.edges.append(DOTEdge("n\(i)", "n\((i * 37) % 200)")) }
    let first = try DOTWriter.write(graph)
    for _ in 0..<3 { #expect(try DOTWriter.write(graph) == first) }
  }

  @Test func escStringKeepsWhatGraphvizShows() {
    #expect(DOTWriter.escString("a\\b\nc\r") == "a\\\\b\\nc")
    #expect(DOTWriter.htmlEscape("a&b<c>\"d\"\ne") == "a&amp;b&lt;c&gt;&quot;d&quot;<BR/>e")
  }
}
