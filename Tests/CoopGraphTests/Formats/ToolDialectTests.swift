import CoopGraph
import Foundation
import Testing

/// What yEd and Gephi write beyond plain GraphML and GEXF (hand-made files in their shape).
@Suite struct ToolDialectTests {
  @Test func yEdLabelsAndCentresAreKept() throws {
    let read = try GraphML.read(path: TestData.fixture("formats/yed.graphml"))
    let n = read.network
    #expect(read.directed)
    #expect(n.entities.map(\.id) == ["n0", "n1"])
    #expect(n.entities.map(\.name) == ["NJIT", "C2K International"])
    #expect(n.entities[0].attributes["description"] == .string("Lead university"))
    // yEd's Geometry is the top-left corner; the centre is kept.
    #expect(n.entities[0].attributes["x"] == .double(130))
    #expect(n.entities[0].attributes["y"] == .double(215))
    #expect(n.ties.count == 1)
    #expect(n.ties[0].label == "framework agreement")
    #expect(n.ties[0].parties == ["n0", "n1"])
    // Edge ids from another tool are tie ids.
    #expect(n.ties[0].id == "e0")
    #expect(read.warnings.contains { $0.message.contains("yEd graphics (shapes, colours, sizes, bends) left out") })
  }

  @Test func gephiGEXFWithDefaultsMixedEdgesAndDrawing() throws {
    let read = try GEXF.read(path: TestData.fixture("formats/gephi.gexf"))
    let n = read.network
    #expect(!read.directed)
    #expect(n.entities.map(\.name) == ["Nanjing Institute of Technology", "C2K"])
    // An attribute's <default> applies where a node has no value.
    #expect(n.entities.map(\.country) == ["CN", "KZ"])
    #expect(n.entities[0].attributes["Modularity Class"] == .int(0))
    #expect(n.entities[0].attributes["x"] == .double(-12.5))
    #expect(n.entities[0].attributes["size"] == .double(20))
    #expect(n.entities[0].attributes["color"] == .string("#ffcc0080"))
    #expect(n.ties.count == 2)
    #expect(n.ties[0].strength == 3)
    #expect(n.ties[0].label == "textbooks")
    #expect(n.ties[0].directed == nil)
    #expect(n.ties[1].kind.rawValue == "visit")
    // A directed edge in an undirected graph: the declared kind follows its first tie.
    #expect(n.userTieKinds.first { $0.kind.rawValue == "visit" }?.directed == true)
    // Writing it again keeps the drawing in viz: elements.
    let text = GEXF.write(n).text
    #expect(text.contains("<viz:color r=\"255\" g=\"204\" b=\"0\" a=\"0.5019607843137255\"/>"))
    #expect(text.contains("<viz:position x=\"-12.5\" y=\"40.25\" z=\"0\"/>"))
  }

  @Test func graphMLHyperedgesAndNestedGraphs() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <graph edgedefault="undirected">
          <node id="uni"><graph id="uni:"><node id="school"/></graph></node>
          <node id="a"/><node id="b"/>
          <hyperedge><endpoint node="uni"/><endpoint node="a"/><endpoint node="b"/></hyperedge>
          <edge source="a" target="a"/>
        </graph>
      </graphml>
      """
    let read = try GraphML.parse(text, file: "h.graphml")
    #expect(read.network.entities.map(\.id) == ["uni", "school", "a", "b"])
    #expect(read.network["school"]?.parent == "uni")
    #expect(read.network.ties.map(\.parties) == [["uni", "a", "b"]])
    #expect(
      read.warnings.map(\.description) == [
        "h.graphml:6:32: warning: 1 self-loop left out: a tie needs two different parties"
      ])
  }
}
