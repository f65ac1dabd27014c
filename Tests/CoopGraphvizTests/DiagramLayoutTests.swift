import CoopGraph
import CoopGraphviz
import Foundation
import Testing

/// What the drawings of the networks in `graphs/` must be: no two node boxes overlapping, in
/// the default drawing and in every preset, and the same bytes every time.
@Suite struct DiagramLayoutTests {
  static let networks: [String] = {
    let folder = TestData.root.appendingPathComponent("graphs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { InputFormat(path: $0) != nil }.sorted()
  }()

  /// The default settings and each preset.
  static let settings: [(name: String, settings: DiagramSettings)] =
    [("default", DiagramSettings())]
    + DiagramPreset.allCases.map { preset in
      var s = DiagramSettings()
      s.preset = preset
      return (preset.rawValue, s)
    }

  /// The pairs of node boxes (entities and tie boxes) that overlap in a layout.
  static func overlaps(_ layout: DiagramLayout) -> [(String, String)] {
    let boxes = layout.nodes.sorted { $0.key < $1.key }
    var out: [(String, String)] = []
    for i in boxes.indices {
      for j in boxes.indices where j > i && boxes[i].value.overlaps(boxes[j].value) {
        out.append((boxes[i].key, boxes[j].key))
      }
    }
    return out
  }

  @Test func theNetworksOfGraphsAreAllHere() {
    #expect(Self.networks.count >= 7)
    #expect(Self.networks.contains("jiangsu-central-asia-alliance.yaml"))
  }

  @Test(arguments: networks)
  func noNodeBoxesOverlapInAnyPreset(name: String) throws {
    let loaded = try NetworkFile.load(path: TestData.graph(name))
    for (preset, settings) in Self.settings {
      let graph = try settings.graph(loaded, projection: loaded.projected.projection)
      let layout = try Renderer.layout(try DOTWriter.write(graph), engine: settings.engine(for: graph))
      #expect(layout.nodes.count == graph.nodes.count, "\(name), \(preset): every node laid out")
      let found = Self.overlaps(layout)
      #expect(found.isEmpty, "\(name), \(preset): \(found.count) overlapping pairs, e.g. \(found.prefix(3))")
    }
  }

  @Test func theOverlapCheckFindsOverlaps() {
    let a = LayoutBox(minX: 0, minY: 0, maxX: 10, maxY: 10)
    let layout = DiagramLayout(
      boundingBox: a, nodes: ["a": a, "b": LayoutBox(minX: 9, minY: 9, maxX: 20, maxY: 20), "c": LayoutBox(minX: 10, minY: 0, maxX: 12, maxY: 2)],
      clusters: [:])
    #expect(Self.overlaps(layout).map { "\($0.0)\($0.1)" } == ["ab"])
  }

  @Test func theDefaultEngineIsFdpWithVPSCOverlapRemoval() throws {
    let loaded = try NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let graph = try DiagramSettings().graph(loaded, projection: loaded.projected.projection)
    #expect(DiagramSettings().engine(for: graph) == .fdp)
    #expect(graph.attributes["overlap"] == "vpsc")
    #expect(graph.attributes["splines"] == "compound")
  }

  /// dot puts the parties of a large meeting on one rank; ranks left to right and staggered
  /// leaves keep the alliance from becoming a strip (it was 5270 × 716 points).
  @Test func dotDrawsNoStrip() throws {
    let loaded = try NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    var settings = DiagramSettings()
    settings.engine = .dot
    let graph = try settings.graph(loaded, projection: loaded.projected.projection)
    #expect(graph.attributes["rankdir"] == "LR")
    #expect(graph.edges.contains { $0.attributes["minlen"] == "3" })
    let box = try Renderer.layout(try DOTWriter.write(graph), engine: .dot).boundingBox
    let (w, h) = (box.maxX - box.minX, box.maxY - box.minY)
    #expect(max(w, h) / min(w, h) < 2.5, "\(w) × \(h)")
  }

  /// fdp orders objects by address (edge directions, the order of clusters, VPSC's ties); laid
  /// out in memory whose addresses follow creation order, the same DOT gives the same SVG and
  /// PNG every time in one process, whatever the process allocated in between. Six layouts of
  /// `nested-clusters.gv` in one process gave six drawings with glibc's addresses.
  @Test func fdpGivesTheSameBytesEveryTimeInOneProcess() throws {
    let loaded = try NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    let alliance = try DOTWriter.write(try DiagramSettings().graph(loaded, projection: loaded.projected.projection))
    let nested = try String(contentsOf: TestData.root.appendingPathComponent("Tests/Fixtures/diagrams/nested-clusters.gv"), encoding: .utf8)
    var generator = SystemRandomNumberGenerator()
    var kept: [[UInt8]] = []
    for (name, dot) in [("alliance", alliance), ("nested clusters", nested)] {
      for format in [DiagramFormat.svg, .png] {
        var outputs: [Data] = []
        for _ in 0..<3 {
          let before = Renderer.arenaBytesOnThisThread
          outputs.append(try Renderer.render(dot, format: format, engine: .fdp).data)
          #expect(Renderer.arenaBytesOnThisThread > before, "\(name): fdp lays out in the arena")
          // Other addresses for whatever glibc hands out next.
          for _ in 0..<200 { kept.append([UInt8](repeating: 1, count: Int.random(in: 1...4_096, using: &generator))) }
          kept.removeFirst(Int.random(in: 0..<kept.count, using: &generator))
        }
        #expect(outputs[0].count > 1_000)
        #expect(outputs.allSatisfy { $0 == outputs[0] }, "\(name) \(format): \(outputs.map(\.count))")
      }
      let first = try Renderer.layout(dot, engine: .fdp), second = try Renderer.layout(dot, engine: .fdp)
      #expect(first.nodes == second.nodes && first.clusters == second.clusters, "\(name)")
    }
    // Other engines do not order by address and allocate from glibc (counted on this thread:
    // tests running beside this one lay out with fdp too).
    let before = Renderer.arenaBytesOnThisThread
    _ = try Renderer.render(nested, format: .svg, engine: .neato)
    #expect(Renderer.arenaBytesOnThisThread == before)
    _ = try Renderer.render(nested, format: .svg, engine: .fdp)
    #expect(Renderer.arenaBytesOnThisThread > before)
  }

  /// A preset's page is the picture's: a slide PNG is at most 1920 × 1080 pixels and fills
  /// one of the two.
  @Test func aSlideIsASlide() throws {
    let loaded = try NetworkFile.load(path: TestData.graph("jiangsu-central-asia-alliance.yaml"))
    var settings = DiagramSettings()
    settings.preset = .slide
    let graph = try settings.graph(loaded, projection: loaded.projected.projection)
    let png = try Renderer.render(try DOTWriter.write(graph), format: .png, engine: .fdp).data
    let bytes = [UInt8](png)
    let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect(width <= 1_921 && height <= 1_081, "\(width) × \(height)")
    #expect(width >= 1_900 || height >= 1_070, "\(width) × \(height)")
  }
}
