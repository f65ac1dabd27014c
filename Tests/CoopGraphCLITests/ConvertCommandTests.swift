import Foundation
import Testing

@Suite struct ConvertCommandTests {
  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  @Test(arguments: ["graphml", "nodelink.json"])
  func losslessFormatsConvertBackToTheSameFile(_ ext: String) throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = dir.appendingPathComponent("original.yaml"), middle = dir.appendingPathComponent("x.\(ext)")
    let back = dir.appendingPathComponent("back.yaml")
    #expect(try CLI.run("convert", Self.alliance, original.path).status == 0)
    #expect(try CLI.run("convert", Self.alliance, middle.path, "--quiet").status == 0)
    let r = try CLI.run("convert", middle.path, back.path)
    #expect(r.status == 0)
    #expect(r.stderr == "")
    #expect(try Self.text(back) == Self.text(original))
  }

  @Test func everyCommandReadsEveryFormat() throws {
    for file in [
      "karate.nx.graphml", "karate.ig.graphml", "karate.nx.gexf", "karate.nx.nodelink.json", "karate.nx.net",
      "karate.ig.net",
      "karate.nx.edges", "karate.gephi.edges.csv", "karate.gephi.nodes.csv",
    ] {
      let r = try CLI.run("info", "Tests/Fixtures/formats/\(file)", "--format", "json")
      #expect(r.status == 0, "\(file): \(r.stderr)")
      #expect(r.stdout.contains("\"nodes\": 34"), "\(file)")
      #expect(r.stdout.contains("\"edges\": 78"), "\(file)")
    }
  }

  @Test func plainJSONWithNodesIsNodeLink() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let copy = dir.appendingPathComponent("kite.json")
    try FileManager.default.copyItem(
      atPath: CLI.root.appendingPathComponent("Tests/Fixtures/formats/kite.nx.nodelink.json").path, toPath: copy.path)
    let r = try CLI.run("info", copy.path, "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"nodes\": 10"))
  }

  @Test func csvWritesAPairThatReadsBack() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("alliance.csv")
    let r = try CLI.run("convert", Self.alliance, out.path)
    #expect(r.status == 0)
    #expect(r.stderr.hasPrefix("warning: CSV has no place for the network's title, description, source"))
    let nodes = dir.appendingPathComponent("alliance.nodes.csv"),
      edges = dir.appendingPathComponent("alliance.edges.csv")
    #expect(try Self.text(nodes).hasPrefix("Id,Label,kind,"))
    #expect(try Self.text(edges).hasPrefix("Source,Target,Type,Weight,Label,kind,"))
    let a = try CLI.run("info", Self.alliance, "--format", "json")
    let b = try CLI.run("info", edges.path, "--format", "json")
    // Same graph; only the title and file differ.
    let graph = { (s: String) in s[s.range(of: "\"entities\"")!.lowerBound...] }
    #expect(graph(a.stdout) == graph(b.stdout))
  }

  @Test func strictRefusesALossyTargetAndWritesNothing() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("x.net")
    let r = try CLI.run("convert", Self.alliance, out.path, "--strict")
    #expect(r.status == 1)
    #expect(r.stderr.contains("warning: Pajek cannot hold entity fields: kind"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func gexfCarriesTheGraphvizDrawing() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("x.gexf"), plain = dir.appendingPathComponent("plain.gexf")
    #expect(try CLI.run("convert", "Tests/Fixtures/formats/kite.nx.graphml", out.path, "--engine", "neato").status == 0)
    let text = try Self.text(out)
    #expect(text.components(separatedBy: "<viz:position").count - 1 == 10)
    #expect(text.components(separatedBy: "<viz:color").count - 1 == 10)
    #expect(try CLI.run("convert", "Tests/Fixtures/formats/kite.nx.graphml", plain.path, "--no-layout").status == 0)
    #expect(try !Self.text(plain).contains("<viz:"))
  }

  @Test func fromAndToOverrideExtensions() throws {
    let dir = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("kite.xml")
    let r = try CLI.run("convert", "--from", "pajek", "--to", "graphml", "Tests/Fixtures/formats/kite.ig.net", out.path)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Self.text(out).contains("<graphml"))
    let stdout = try CLI.run("convert", "Tests/Fixtures/formats/kite.nx.edges", "-", "--to", "pajek")
    #expect(stdout.stdout.hasPrefix("*Vertices 10\n"))
  }

  @Test func malformedInputIsOneLineWithPosition() throws {
    let r = try CLI.run("convert", "Tests/Fixtures/formats/malformed/unclosed.nodes.csv", "/tmp/never.graphml")
    #expect(r.status == 3)
    #expect(
      r.stderr.contains("Tests/Fixtures/formats/malformed/unclosed.nodes.csv:2:3: error: quoted field is not closed"))
  }

  @Test func unknownExtensionIsAUsageError() throws {
    let r = try CLI.run("convert", Self.alliance, "/tmp/x.unknown")
    #expect(r.status == 2)
    #expect(r.stderr.contains("cannot tell the format of '/tmp/x.unknown'"))
  }
}
