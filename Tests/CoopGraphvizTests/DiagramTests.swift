import CoopGraph
import CoopGraphviz
import Foundation
import Testing

@Suite struct DiagramTests {
  @Test func everyDiagramReadsBackThroughCgraph() throws {
    var style = DiagramStyle()
    style.nodeSizes = ["uni": 5, "school": 1, "c2k": 3]
    style.tooltipMeasures = [("betweenness", ["uni": 0.5, "school": 0.1])]
    style.clusterBy = [.attribute("country"), .parent]
    for network in [TestData.sample(), try TestData.network("jiangsu-central-asia-alliance.yaml"), try TestData.network("karate-club.yaml")] {
      let graph = Diagram.build(network, style: style)
      let parsed = try Renderer.parse(try DOTWriter.write(graph)).graph
      #expect(parsed == graph.resolved())
      #expect(parsed.nodes.map(\.id).prefix(network.entities.count) == ArraySlice(network.entities.map(\.id)))
    }
  }

  @Test func outputIsByteIdentical() throws {
    let network = try TestData.network("jiangsu-central-asia-alliance.yaml")
    var style = DiagramStyle()
    style.groups = Dictionary(uniqueKeysWithValues: network.entities.enumerated().map { ($1.id, String($0 % 3)) })
    style.colorBy = .groups
    style.clusterBy = [.groups, .parent]
    let first = try DOTWriter.write(Diagram.build(network, style: style))
    for _ in 0..<3 { #expect(try DOTWriter.write(Diagram.build(network, style: style)) == first) }
  }

  @Test func partOfNestsAsTheHierarchyNests() throws {
    let graph = Diagram.build(TestData.sample())
    // uni ⊃ school ⊃ lab: the school's box inside the university's; the lab, which has no
    // parts, inside the school's.
    let uni = try #require(graph.subgraphs.first { $0.nodes == ["uni"] })
    // The box does not name the university again: its node inside does.
    #expect(uni.attributes["label"] == "")
    #expect(uni.attributes["tooltip"] == .text("南京工程学院 (NJIT) and its parts"))
    #expect(uni.subgraphs.count == 1)
    let school = try #require(uni.subgraphs.first)
    #expect(school.nodes == ["school", "lab"])
    #expect(school.attributes["label"] == "" && school.attributes["tooltip"] == .text("School of Automation and its parts"))
    #expect(graph.subgraphs.count == 1)
    // No part-of edge is drawn when the boxes show it.
    #expect(!graph.edges.contains { $0.attributes["kind"] == "part-of" })
    // Without clusters, part-of is a dashed arrow from part to whole.
    var flat = DiagramStyle()
    flat.clusterBy = []
    let edges = Diagram.build(TestData.sample(), style: flat).edges.filter { $0.attributes["kind"] == "part-of" }
    #expect(edges.map { "\($0.tail)>\($0.head)" } == ["school>uni", "lab>school"])
  }

  @Test func attributeClustersKeepAUniversityWithItsSchools() throws {
    var network = TestData.sample()
    network.entities[1].country = "KZ"  // a school abroad stays in its university's box
    var style = DiagramStyle()
    style.clusterBy = [.attribute("country"), .parent]
    let graph = Diagram.build(network, style: style)
    #expect(graph.subgraphs.map { $0.attributes["label"] } == [.text("country: CN"), .text("country: KZ")])
    let cn = graph.subgraphs[0]
    #expect(graph.members(of: cn).sorted() == ["alliance", "lab", "school", "uni", "zhang"])
  }

  @Test func coloursFollowTheChosenAttribute() throws {
    let network = TestData.sample()
    let graph = Diagram.build(network)
    let fill = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.attributes["fillcolor"]) })
    #expect(fill["uni"] == fill["zhang"])
    #expect(fill["c2k"] == fill["space"])
    #expect(fill["uni"] != fill["c2k"])
    #expect(fill["uni"] == .text(Palette.tolLight.colors[0]))  // CN is the larger group
    var byKind = DiagramStyle()
    byKind.colorBy = .kind
    let kinds = Dictionary(uniqueKeysWithValues: Diagram.build(network, style: byKind).nodes.map { ($0.id, $0.attributes["fillcolor"]) })
    #expect(kinds["uni"] == kinds["space"])
    #expect(kinds["uni"] != kinds["c2k"])
  }

  @Test func paletteAssignsByFrequencyAndSharesTheRest() {
    let palette = Palette(name: "p", colors: ["#1", "#2", "#3"], other: "#0")
    let three = palette.assign(["b", "a", "b", "c"])
    #expect(three.map(\.value) == ["b", "a", "c"])
    #expect(three.map(\.color) == ["#1", "#2", "#3"])
    let five = palette.assign(["a", "a", "b", "c", "d", "e"])
    #expect(five.map(\.color) == ["#1", "#2", "#0", "#0", "#0"])
  }

  @Test func sizesScaleWithTheMeasureAndStayLegible() throws {
    var style = DiagramStyle()
    style.nodeSizes = ["uni": 10, "school": 0, "c2k": 2.5]
    let nodes = Dictionary(uniqueKeysWithValues: Diagram.build(TestData.sample(), style: style).nodes.map { ($0.id, $0.attributes) })
    #expect(nodes["uni"]?["fontsize"] == .text("18"))
    #expect(nodes["school"]?["fontsize"] == .text("10"))
    #expect(nodes["c2k"]?["fontsize"] == .text("14"))  // sqrt(0.25) = halfway
    #expect(nodes["zhang"]?["fontsize"] == nil)  // no value: the default size
    #expect(style.fontSize(for: 3, range: 3...3) == 14)
  }

  @Test func multiPartyTiesAreOneLabelledBox() throws {
    let graph = Diagram.build(TestData.sample())
    let hubs = graph.nodes.filter { $0.attributes["tie_kind"] != nil }
    #expect(hubs.count == 1)
    let hub = try #require(hubs.first)
    #expect(hub.attributes["label"] == .text("Framework agreement\\n(2025-12-09)"))
    #expect(graph.edges.filter { $0.tail == hub.id || $0.head == hub.id }.count == 4)
    // Directed ties point from their first party.
    let membership = try #require(graph.edges.first { $0.attributes["kind"] == "membership" })
    #expect(membership.tail == "c2k" && membership.head == "alliance" && membership.attributes["dir"] == "forward")
    #expect(membership.attributes["penwidth"] == "2.5")  // strengths 1...3
  }

  @Test func shapesTooltipsAndLinks() throws {
    var style = DiagramStyle()
    style.tooltipMeasures = [("betweenness", ["uni": 0.5, "school": 0.1, "c2k": 0.5])]
    let nodes = Dictionary(uniqueKeysWithValues: Diagram.build(TestData.sample(), style: style).nodes.map { ($0.id, $0.attributes) })
    #expect(nodes["uni"]?["shape"] == "box" && nodes["uni"]?["style"] == "rounded,filled")
    #expect(nodes["c2k"]?["shape"] == "hexagon")
    #expect(nodes["ministry"]?["shape"] == "house")
    #expect(nodes["alliance"]?["shape"] == "doubleoctagon")
    #expect(nodes["zhang"]?["shape"] == "ellipse")
    #expect(nodes["lab"]?["shape"] == "parallelogram")
    #expect(nodes["uni"]?["URL"] == "https://www.njit.edu.cn")
    let tip = nodes["uni"]?["tooltip"]?.text ?? ""
    #expect(tip.hasPrefix("南京工程学院 (NJIT)\\ninstitution · CN"))
    #expect(tip.contains("betweenness 0.5 (rank 1 of 8)"))
    #expect(nodes["school"]?["tooltip"]?.text.contains("rank 3 of 8") == true)
    #expect(nodes["lab"]?["label"] == .text("Robotics \\\\ Control\\n\"Lab\""))
  }

  @Test func theLegendExplainsWhatIsDrawn() throws {
    var style = DiagramStyle()
    style.nodeSizes = ["uni": 2, "school": 1]
    style.sizeMeasure = "betweenness"
    let graph = Diagram.build(TestData.sample(), style: style)
    guard case .html(let legend)? = graph.attributes["label"] else {
      Issue.record("no legend")
      return
    }
    for text in ["Shape: kind", "laboratory", "Colour: country", "CN (5)", "KZ (3)", "Size: betweenness", "Line: tie kind", "supervision", "Sample &quot;alliance&quot;"] {
      #expect(legend.contains(text), "\(text)")
    }
    style.legend = false
    #expect(Diagram.build(TestData.sample(), style: style).attributes["label"] == nil)
  }

  @Test func egoNeighbourhoodsFollowTheProjection() throws {
    let network = TestData.sample()
    let projected = try network.project()
    let one = try #require(Diagram.neighbourhood(of: "c2k", radius: 1, in: projected, network: network))
    #expect(one == ["c2k": 0, "uni": 1, "space": 1, "alliance": 1])
    let two = try #require(Diagram.neighbourhood(of: "c2k", radius: 2, in: projected, network: network))
    #expect(Set(two.keys) == Set(network.entities.map(\.id)))
    #expect(two["lab"] == 2 && two["ministry"] == 2)
    #expect(Diagram.neighbourhood(of: "nobody", radius: 1, in: projected, network: network) == nil)
    var style = DiagramStyle()
    style.emphasized = ["c2k"]
    let graph = Diagram.build(network, only: Set(one.keys), style: style)
    #expect(graph.nodes.filter { $0.attributes["tie_kind"] == nil }.map(\.id) == ["uni", "c2k", "space", "alliance"])
    #expect(graph.nodes.first { $0.id == "c2k" }?.attributes["peripheries"] == "2")
  }

  @Test func collapsedPartsDrawTheirWhole() throws {
    let graph = Diagram.build(TestData.sample(), projection: Projection(partOf: .collapse))
    #expect(!graph.nodes.contains { $0.id == "school" || $0.id == "lab" })
    // The lab's exchange with the space school becomes the university's.
    #expect(graph.edges.contains { $0.tail == "uni" && $0.head == "space" && $0.attributes["kind"] == "exchange" })
    #expect(graph.subgraphs.isEmpty)
  }

  @Test func labelsWrapAtSpacesAndBetweenWideCharacters() {
    var style = DiagramStyle()
    style.wrapWidth = 10
    #expect(style.wrap("School of Mechanical Engineering") == "School of\nMechanical\nEngineering")
    #expect(style.wrap("南京工程学院国际交流合作处") == "南京工程学\n院国际交流\n合作处")
    #expect(style.wrap("short") == "short")
  }
}
