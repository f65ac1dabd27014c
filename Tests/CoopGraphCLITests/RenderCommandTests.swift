import Foundation
import Testing

@Suite struct RenderCommandTests {
  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  func temporary(_ name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
  }

  @Test func rendersEveryFormatFromTheExtension() throws {
    for (ext, signature) in [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF-".utf8)), ("dot", Array("graph".utf8)), ("json", Array("{".utf8))] {
      let out = try temporary("alliance.\(ext)")
      let r = try CLI.run("render", Self.alliance, "-o", out, "--engine", "dot")
      #expect(r.status == 0, "\(ext): \(r.stderr)")
      let data = try Data(contentsOf: URL(fileURLWithPath: out))
      #expect(Array(data.prefix(signature.count)) == signature, "\(ext)")
    }
  }

  @Test func svgHasEveryNameAndTheLegend() throws {
    let out = try temporary("a.svg")
    let r = try CLI.run("render", Self.alliance, "-o", out, "--color-by", "community", "--size-by", "degree", "--cluster-by", "country,parent")
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOfFile: out, encoding: .utf8)
    #expect(svg.contains("Nanjing Institute of Technology&#10;"))
    #expect(svg.contains("Kazakhstan Space School&#10;"))
    #expect(svg.contains("Colour: community"))
    #expect(svg.contains("country: KZ"))
    #expect(svg.contains("Size: degree"))
    let plain = try temporary("b.svg")
    #expect(try CLI.run("render", Self.alliance, "-o", plain, "--no-legend", "--color-by", "none").status == 0)
    #expect(try !String(contentsOfFile: plain, encoding: .utf8).contains("Shape: kind"))
  }

  /// Runs of the same command give the same bytes, SVG and PNG, with neato and dot (fdp:
  /// `fdpGivesTheSameBytesInEveryRunAndEveryRepeat`).
  @Test func renderingAgainGivesTheSameBytes() throws {
    for network in [Self.alliance, "graphs/riverlands-alliance-2019-2025.yaml"] {
      for engine in [["--engine", "neato"], ["--engine", "dot"]] {
        for ext in ["svg", "png"] {
          var outputs: [Data] = []
          for run in 0..<4 {
            let out = try temporary("same-\(run).\(ext)")
            let r = try CLI.run(["render", network, "-o", out] + engine)
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
          }
          #expect(outputs[0].count > 1_000)
          #expect(outputs.allSatisfy { $0 == outputs[0] }, "\(network) \(engine) \(ext)")
        }
      }
    }
  }

  /// fdp (the default engine) gives the same bytes, SVG and PNG, in separate runs and in each
  /// of several layouts in one process (`--repeat` writes the last): Graphviz's fdp orders
  /// objects by address, and lays out in memory whose addresses follow creation order.
  @Test func fdpGivesTheSameBytesInEveryRunAndEveryRepeat() throws {
    for ext in ["svg", "png"] {
      var outputs: [Data] = []
      for run in 0..<3 {
        let out = try temporary("fdp-\(run).\(ext)")
        let r = try CLI.run("render", Self.alliance, "-o", out)
        #expect(r.status == 0, "\(r.stderr)")
        outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
      }
      let repeated = try temporary("fdp-repeated.\(ext)")
      let r = try CLI.run("render", Self.alliance, "-o", repeated, "--repeat", "3")
      #expect(r.status == 0, "\(r.stderr)")
      outputs.append(try Data(contentsOf: URL(fileURLWithPath: repeated)))
      #expect(outputs[0].count > 1_000)
      #expect(outputs.allSatisfy { $0 == outputs[0] }, "\(ext): \(outputs.map(\.count))")
    }
  }

  @Test func presetsSizesAndLabelsFromTheCommandLine() throws {
    let out = try temporary("slide.png")
    let r = try CLI.run("render", Self.alliance, "-o", out, "--preset", "slide", "--labels", "short")
    #expect(r.status == 0, "\(r.stderr)")
    let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
    let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect(width <= 1_921 && height <= 1_081 && (width >= 1_900 || height >= 1_070), "\(width) × \(height)")
    let dot = try CLI.run("dot", Self.alliance, "--preset", "a4", "--size", "20x10cm", "--dpi", "150", "--labels", "short")
    #expect(dot.stdout.contains("size=\"7.874,3.937\"") && dot.stdout.contains("dpi=\"150\""))
    #expect(dot.stdout.contains("label=\"NJIT\""))
    let bad = try CLI.run("render", Self.alliance, "-o", out, "--size", "10x5furlong")
    #expect(bad.status == 64 || bad.status == 2, "\(bad.status)")
    #expect(bad.stderr.contains("unknown unit 'furlong'"))
    let poster = try CLI.run("render", Self.alliance, "-o", try temporary("poster.png"), "--preset", "poster")
    #expect(poster.stderr.contains("a poster is best written as .pdf or .svg"))
  }

  @Test func dotCommandIsDeterministic() throws {
    let a = try CLI.run("dot", Self.alliance, "--color-by", "community", "--cluster-by", "community,parent")
    let b = try CLI.run("dot", Self.alliance, "--color-by", "community", "--cluster-by", "community,parent")
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(a.stdout.hasPrefix("graph \"coopgraph\" {\n"))
    #expect(a.stdout.contains("subgraph \"cluster_1\""))
  }

  @Test func egoDrawsTheNeighbourhood() throws {
    let out = try temporary("ego.dot")
    let r = try CLI.run("ego", Self.alliance, "C2K", "--radius", "1", "-o", out, "--nodes", "institution,enterprise,alliance,government")
    #expect(r.status == 0, "\(r.stderr)")
    let dot = try String(contentsOfFile: out, encoding: .utf8)
    // Graphviz's own DOT, with positions.
    #expect(dot.contains("\tc2k\t[") && dot.contains("peripheries=2") && dot.contains("pos="))
    #expect(dot.contains("\tnjit\t["))
    #expect(!dot.contains("\"njit-automation\""))
    // The organization view: C2K's partners, not everyone at the 21-party meeting.
    let view = try CLI.run("ego", Self.alliance, "C2K", "-o", out)
    #expect(view.status == 0, "\(view.stderr)")
    let drawn = try String(contentsOfFile: out, encoding: .utf8)
    #expect(drawn.contains("\t\"nanjing-polytechnic\"\t[") && !drawn.contains("\truifeng\t["))
    let projection = try CLI.run("ego", Self.alliance, "C2K", "-o", out, "--view", "projection")
    #expect(projection.status == 0, "\(projection.stderr)")
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains("\truifeng\t["))
    let missing = try CLI.run("ego", Self.alliance, "nobody", "-o", out)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no entity with id, name or alias 'nobody'"))
  }

  @Test func everyCommandReadsDOT() throws {
    let info = try CLI.run("info", "Tests/Fixtures/diagrams/partners.gv")
    #expect(info.status == 0, "\(info.stderr)")
    #expect(info.stdout.hasPrefix("Partner map\nFile: Tests/Fixtures/diagrams/partners.gv\n"))
    #expect(info.stdout.contains("  institution  3"))
    #expect(info.stderr.contains("warning: Tests/Fixtures/diagrams/partners.gv: edge c2k -> c2k: a loop"))
    let validate = try CLI.run("validate", "Tests/Fixtures/diagrams/partners.gv")
    #expect(validate.stdout == "Tests/Fixtures/diagrams/partners.gv: valid (5 entities, 3 ties)\n")
    let out = try temporary("p.svg")
    #expect(try CLI.run("render", "Tests/Fixtures/diagrams/partners.gv", "-o", out).status == 0)
  }

  @Test func errorsAreClearWithTrustworthyExitCodes() throws {
    let broken = try CLI.run("info", "Tests/Fixtures/diagrams/broken.gv")
    #expect(broken.status == 3)
    #expect(broken.stderr == "Tests/Fixtures/diagrams/broken.gv:3: error: syntax error in line 3 near '['\n")
    let format = try CLI.run("render", Self.alliance, "-o", "out.bmp")
    #expect(format.status == 2)
    #expect(format.stderr.contains("cannot tell the output format of 'out.bmp'"))
    let palette = try CLI.run("render", Self.alliance, "-o", "x.svg", "--palette", "rainbow")
    #expect(palette.status == 2)
    let colour = try CLI.run("dot", Self.alliance, "--color-by", "nosuchattribute")
    #expect(colour.status == 2)
    #expect(colour.stderr.contains("no entity has a value for 'nosuchattribute'"))
    let folder = try CLI.run("render", Self.alliance, "-o", "/nonexistent-folder/x.svg")
    #expect(folder.status == 1)
  }

  @Test func largeGraphsGoToSfdpOrNeedForce() throws {
    let edges = try temporary("ring.edges")
    try (0..<600).map { "n\($0) n\(($0 + 1) % 600)" }.joined(separator: "\n").write(toFile: edges, atomically: true, encoding: .utf8)
    let out = try temporary("ring.svg")
    let auto = try CLI.run("render", edges, "-o", out, "--size-by", "degree")
    #expect(auto.status == 0, "\(auto.stderr)")
    #expect(auto.stderr.contains("laid out with sfdp"))
    let refused = try CLI.run("render", edges, "-o", out, "--engine", "dot")
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("use --engine sfdp, or --force"))
  }
}
