import CoopGraph
@testable import CoopGraphviz
import Foundation
import Testing

@Suite struct DiagramPresetTests {
  static func alliance() throws -> NetworkFile.Loaded {
    try NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
  }

  static func graph(_ settings: DiagramSettings, _ loaded: NetworkFile.Loaded) throws -> DOTGraph {
    try settings.graph(loaded, projection: loaded.projected.projection)
  }

  @Test func pageSizesReadInchesUnitsAndPaperNames() throws {
    let slide = try PageSize(parsing: "13.33x7.5")
    #expect(slide == PageSize(width: 13.33, height: 7.5))
    let a4 = try PageSize(parsing: "297x210mm")
    #expect(abs(a4.width - 11.693) < 0.001 && abs(a4.height - 8.268) < 0.001)
    let named = try PageSize(parsing: "A4")
    #expect(abs(named.width - a4.width) < 1e-9 && abs(named.height - a4.height) < 1e-9)
    let cm = try PageSize(parsing: "30cmx20cm")
    #expect(abs(cm.width - 30 / 2.54) < 1e-9 && abs(cm.height - 20 / 2.54) < 1e-9)
    #expect(try PageSize(parsing: "1920x1080px") == PageSize(width: 20, height: 11.25))
    #expect(try PageSize(parsing: "a3-portrait").height == PageSize(parsing: "a3").width)
    for bad in ["10", "10x0", "10x5furlong", "10cmx5in", "x5", "axb"] {
      #expect(throws: DiagramError.self, "\(bad)") { try PageSize(parsing: bad) }
    }
  }

  @Test func abbreviationsUseTheSignificantWords() {
    #expect(DiagramStyle.abbreviation(of: "School of Mechanical Engineering") == "SME")
    #expect(DiagramStyle.abbreviation(of: "Ministry of Science and Higher Education of the Republic of Kazakhstan") == "MSHERK")
    #expect(DiagramStyle.abbreviation(of: "Jiangsu-Central Asia Industry-Education Integration Alliance") == "JCAIEIA")
    #expect(DiagramStyle.abbreviation(of: "C2K International Education") == "C2KIE")
    #expect(DiagramStyle.abbreviation(of: "Nanjing Institute of Technology (NJIT)") == "NIT")
    #expect(DiagramStyle.abbreviation(of: "南京工程学院 国际交流合作处") == nil)
    #expect(DiagramStyle.abbreviation(of: "Alliance") == nil)
  }

  @Test func shortLabelsPreferAliasesAndNeverNameTwoEntities() {
    let entities = [
      Entity(id: "njit", name: "Nanjing Institute of Technology", kind: .institution, aliases: ["NJIT", "Nanjing Tech"]),
      Entity(id: "sme", name: "School of Mechanical Engineering", kind: .institution),
      Entity(id: "sme2", name: "Society of Marine Engineers", kind: .group),
      Entity(id: "sa", name: "School of Automation", kind: .institution),
      Entity(id: "people", name: "Someone Withaverylongname", kind: .person),
      Entity(id: "kite", name: "Kite", kind: .institution),
      Entity(id: "x", name: "Unnamed partners of the School", kind: .group, attributes: ["unnamed": .bool(true)]),
    ]
    let short = DiagramStyle.shortLabels(entities)
    #expect(short["njit"] == "NJIT")
    #expect(short["sme"] == "School of Mechanical Engineering" && short["sme2"] == "Society of Marine Engineers")
    #expect(short["sa"] == "SA")
    #expect(short["people"] == "Someone Withaverylongname")
    #expect(short["kite"] == "Kite")
    #expect(short["x"] == "unnamed")
  }

  @Test func labelsSayNameShortFormOrId() throws {
    let loaded = try Self.alliance()
    func label(_ labels: DiagramStyle.Labels, _ id: String) throws -> DOTValue? {
      var settings = DiagramSettings()
      settings.labels = labels
      return try Self.graph(settings, loaded).nodes.first { $0.id == id }?.attributes["label"]
    }
    #expect(try label(.name, "njit") == .text("Nanjing Institute of\\nTechnology"))
    #expect(try label(.short, "njit") == .text("NJIT"))
    #expect(try label(.short, "njit-mechanical-engineering") == .text("SME"))
    #expect(try label(.id, "njit") == .text("njit"))
  }

  @Test func presetsSetThePageTheResolutionAndTheType() throws {
    let loaded = try Self.alliance()
    for preset in DiagramPreset.allCases {
      var settings = DiagramSettings()
      settings.preset = preset
      let graph = try Self.graph(settings, loaded)
      let page = preset.page.size
      #expect(graph.attributes["size"]?.text == "\(formatNumber((page.width * 1000).rounded() / 1000)),\(formatNumber((page.height * 1000).rounded() / 1000))")
      #expect(graph.attributes["ratio"] == (preset.page.fill ? "fill" : nil))
      #expect(graph.attributes["dpi"]?.text == formatNumber(preset.dpi))
      let sizes = graph.nodes.compactMap { n in n.attributes["fontsize"].flatMap { Double($0.text) } }
      #expect(sizes.max() == preset.fontSizes.upperBound, "\(preset)")
    }
    var custom = DiagramSettings()
    custom.preset = .slide
    custom.size = try PageSize(parsing: "10x5")
    custom.dpi = 200
    let graph = try Self.graph(custom, loaded)
    #expect(graph.attributes["size"] == "10,5" && graph.attributes["ratio"] == "fill" && graph.attributes["dpi"] == "200")
    #expect(try Self.graph(DiagramSettings(), loaded).attributes["size"] == nil)
  }

  @Test func theSlideDrawsOrganizationsUnlessAskedForEveryone() throws {
    let loaded = try Self.alliance()
    let people = Set(loaded.network.entities.filter { $0.kind == .person }.map(\.id))
    let placeholders = Set(loaded.network.entities.filter(OrganizationView.isUnnamed).map(\.id))
    #expect(people.count >= 9 && placeholders.count == 9)  // eight schools' partners and one representative
    var slide = DiagramSettings()
    slide.preset = .slide
    let drawn = Set(try Self.graph(slide, loaded).nodes.map(\.id))
    #expect(drawn.isDisjoint(with: people) && drawn.isDisjoint(with: placeholders))
    #expect(drawn.contains("njit") && drawn.contains("c2k"))
    slide.organizationsOnly = false
    let everyone = Set(try Self.graph(slide, loaded).nodes.map(\.id))
    #expect(people.isSubset(of: everyone) && placeholders.isSubset(of: everyone))
    var a4 = DiagramSettings()
    a4.preset = .a4
    #expect(people.isDisjoint(with: Set(try Self.graph(a4, loaded).nodes.map(\.id))))
    a4.organizationsOnly = false
    #expect(people.isSubset(of: Set(try Self.graph(a4, loaded).nodes.map(\.id))))
    var poster = DiagramSettings()
    poster.preset = .poster
    #expect(people.isSubset(of: Set(try Self.graph(poster, loaded).nodes.map(\.id))))
    // Asking for the kinds by name wins: people stay when --nodes names them.
    slide.organizationsOnly = nil
    var kinds = loaded.projected.projection
    kinds.nodeKinds = [.person, .institution]
    let chosen = Set(try slide.graph(loaded, projection: kinds).nodes.map(\.id))
    #expect(people.subtracting(placeholders).isSubset(of: chosen) && chosen.isDisjoint(with: placeholders))
  }

  @Test func nodesGrowWithTheirPartnersAndPlaceholdersStaySmallAndGrey() throws {
    let loaded = try Self.alliance()
    let graph = try Self.graph(DiagramSettings(), loaded)
    let nodes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.attributes) })
    // Partners as the key-partner view counts them: the 21-party meeting makes no one a
    // partner, so Ruifeng, which only attended it, is drawn as small as a person, and NJIT,
    // C2K and Phoenix Higher Education (4 partner organizations each) are the largest.
    for id in ["njit", "c2k", "phoenix-higher-education"] { #expect(nodes[id]?["fontsize"] == "18", "\(id)") }
    #expect(nodes["ruifeng"]?["fontsize"] == "10")
    #expect(nodes["njit"]?["tooltip"]?.text.contains("partner organizations 4 (rank 1 of 38)") == true)
    // A school is drawn on its own (part-of boxes), with its one unnamed partner.
    #expect(nodes["njit-automation"]?["tooltip"]?.text.contains("partner organizations 1 (") == true)
    let placeholder = try #require(nodes["njit-automation-partners"])
    #expect(placeholder["fontsize"] == "8" && placeholder["fillcolor"] == "#EEEEEE" && placeholder["fontcolor"] == "#666666")
    guard case .html(let legend)? = graph.attributes["label"] else {
      Issue.record("no legend")
      return
    }
    #expect(legend.contains("Size: partner organizations 0–4"))
    #expect(legend.contains("unnamed partners (9)"))
    #expect(legend.contains("KZ (9)"))
    #expect(legend.contains("no country (0)") == false)
  }

  /// On a slide schools fold into their university, as in the key-partner view, in compact
  /// shapes laid out compactly: the type on the slide is at least three quarters of its size
  /// (a third before), and the legend shows two items a row.
  @Test func aSlideDrawsOrganizationsWithSchoolsInTheirUniversity() throws {
    var slide = DiagramSettings()
    slide.preset = .slide
    let graph = try Self.graph(slide, try Self.alliance())
    let ids = Set(graph.nodes.map(\.id))
    #expect(!ids.contains("njit-automation") && ids.contains("njit") && graph.subgraphs.isEmpty)
    #expect(graph.attributes["mode"] == "ipsep" && graph.attributes["overlap"] == "ipsep")
    #expect(slide.engine(for: graph) == .neato)
    let shapes = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.attributes["shape"]?.text ?? "") })
    #expect(shapes["c2k"] == "box" && shapes["jiangsu-central-asia-alliance"] == "box3d")
    guard case .html(let legend)? = graph.attributes["label"] else {
      Issue.record("no legend")
      return
    }
    #expect(legend.contains("<TD ALIGN=\"LEFT\">institution</TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">rounded box</FONT></TD><TD ALIGN=\"LEFT\">enterprise</TD>"))

    // In points, as `render` writes SVG (the resolution is for PNG only).
    var vector = graph
    vector.attributes["dpi"] = nil
    let svg = String(decoding: try Renderer.render(try DOTWriter.write(vector), format: .svg, engine: .neato).data, as: UTF8.self)
    #expect(try Self.typeScale(svg) >= 0.75)
    // An A4 page likewise (0.31 with everyone drawn).
    slide.preset = .a4
    var page = try Self.graph(slide, try Self.alliance())
    page.attributes["dpi"] = nil
    #expect(try Self.typeScale(Renderer.render(try DOTWriter.write(page), format: .svg, engine: .neato).data) >= 0.8)
  }

  /// The scale Graphviz drew an SVG at (its first `transform="scale(…"`), type included.
  static func typeScale(_ svg: Data) throws -> Double { try typeScale(String(decoding: svg, as: UTF8.self)) }

  static func typeScale(_ svg: String) throws -> Double {
    let scale = try #require(svg.firstRange(of: "transform=\"scale(").map { svg[$0.upperBound...].prefix { $0 != " " } })
    return try #require(Double(scale))
  }

  /// A compact layout that leaves boxes overlapping is given up for fdp with VPSC; the
  /// slide's, which has none, is kept.
  @Test func aCompactLayoutWithOverlapsFallsBackToTheSpringLayout() throws {
    let a = LayoutBox(minX: 0, minY: 0, maxX: 100, maxY: 40)
    #expect(DiagramSettings.overlapping([a, LayoutBox(minX: 90, minY: 30, maxX: 200, maxY: 80)]))
    #expect(!DiagramSettings.overlapping([a, LayoutBox(minX: 100, minY: 0, maxX: 200, maxY: 40)]))
    var settings = DiagramSettings()
    settings.preset = .slide
    let slide = try Self.graph(settings, try Self.alliance())
    let spring = DiagramSettings.springLayout(of: slide)
    #expect(spring.attributes["mode"] == nil && spring.attributes["overlap"] == "vpsc" && spring.attributes["sep"] == "+6")
    let kept = try settings.drawn(slide, format: .svg)
    #expect(kept.engine == .neato)
    // One layout, checked, then rendered: the same bytes as rendering the compact layout alone.
    var vector = slide
    vector.attributes["dpi"] = nil
    #expect(kept.rendered.data == (try Renderer.render(try DOTWriter.write(vector), format: .svg, engine: .neato).data))
    // A layout the check does not accept is not rendered.
    let rejected = try Renderer.render(try DOTWriter.write(vector), format: .svg, engine: .neato) { _ in false }
    #expect(rejected == nil)
  }

  @Test func aPartOfBoxDoesNotRepeatTheNameOfTheNodeItHolds() throws {
    let graph = try Self.graph(DiagramSettings(), try Self.alliance())
    func visit(_ s: DOTSubgraph) {
      let label = s.attributes["label"]?.text ?? ""
      for id in s.nodes {
        let node = graph.nodes.first { $0.id == id }
        #expect(label.isEmpty || node?.attributes["label"]?.text != label, "\(s.name) repeats \(id)")
      }
      s.subgraphs.forEach(visit)
    }
    graph.subgraphs.forEach(visit)
    let ministry = try #require(graph.subgraphs.first { $0.nodes.contains("kz-ministry-science-higher-education") })
    #expect(ministry.attributes["label"] == "")
    #expect(ministry.attributes["tooltip"]?.text.hasPrefix("Ministry of Science") == true)
  }

  @Test func legendLinesAreBarsLongAndThickEnoughToSee() throws {
    let graph = try Self.graph(DiagramSettings(), try Self.alliance())
    guard case .html(let legend)? = graph.attributes["label"] else {
      Issue.record("no legend")
      return
    }
    // Solid: one 38 × 3 pt bar; dashed: four 7 pt dashes; dotted: eight 3 pt dots.
    #expect(legend.contains("<TD BGCOLOR=\"#E69F00\" WIDTH=\"38\" HEIGHT=\"3\" FIXEDSIZE=\"TRUE\"></TD>"))
    #expect(legend.components(separatedBy: "<TD BGCOLOR=\"#D55E00\" WIDTH=\"7\" HEIGHT=\"3\"").count - 1 == 4)
    #expect(legend.components(separatedBy: "<TD BGCOLOR=\"#CC79A7\" WIDTH=\"3\" HEIGHT=\"3\"").count - 1 == 8)
    #expect(!legend.contains("━"))
  }

  @Test func theEgoOfTheOrganizationViewIsItsRealNeighbourhood() throws {
    let loaded = try Self.alliance()
    var options = OrganizationView.Options()
    options.adopt(loaded.projected.projection, network: loaded.network)
    let view = try OrganizationView(loaded.network, options: options)
    let ego = try #require(Diagram.neighbourhood(of: "c2k", radius: 1, in: view))
    // C2K's agreement partners and its alliance, not everyone who sat in the 21-party meeting.
    #expect(ego.distances["c2k"] == 0)
    #expect(Set(ego.distances.keys) == ["c2k", "njit", "phoenix-higher-education", "nanjing-polytechnic", "jiangsu-central-asia-alliance"])
    let projected = try #require(Diagram.neighbourhood(of: "c2k", radius: 1, in: loaded.projected, network: loaded.network))
    #expect(projected["ruifeng"] == 1 && ego.distances["ruifeng"] == nil)
    // A school stands for its university; a person is no organization.
    #expect(Diagram.neighbourhood(of: "njit-automation", radius: 1, in: view)?.center == "njit")
    #expect(Diagram.neighbourhood(of: "pu-lijie", radius: 1, in: view) == nil)
    let graph = try DiagramSettings().egoGraph(
      loaded, projection: loaded.projected.projection, center: "c2k", radius: 1, view: OrganizationView.Options())
    let drawn = graph.nodes.filter { $0.attributes["tie_kind"] == nil }.map(\.id)
    #expect(Set(drawn) == Set(ego.distances.keys))
    #expect(graph.nodes.first { $0.id == "c2k" }?.attributes["peripheries"] == "2")
    #expect(throws: DiagramError.self) {
      try DiagramSettings().egoGraph(
        loaded, projection: loaded.projected.projection, center: "pu-lijie", radius: 1, view: OrganizationView.Options())
    }
  }
}
