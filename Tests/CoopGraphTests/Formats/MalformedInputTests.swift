import CoopGraph
import Foundation
import Testing

/// Malformed files of every format: a clear error with the line (and column where the format
/// has one), never a crash.
@Suite struct MalformedInputTests {
  /// The files of Tests/Fixtures/formats/malformed/ and the error each must give, from its
  /// index.json.
  static let files = TestData.index("formats/malformed", "files")

  static func expected(_ file: String) throws -> (line: Int, column: Int, message: String) {
    let index = try #require(try TestData.json("formats/malformed/index.json") as? [String: Any])
    let errors = try #require(index["errors"] as? [[String: Any]])
    let e = try #require(errors.first { $0["file"] as? String == file })
    return (try #require(e["line"] as? Int), try #require(e["column"] as? Int), try #require(e["message"] as? String))
  }

  @Test(arguments: files)
  func reportsLineAndColumn(_ file: String) throws {
    let c = try Self.expected(file)
    let path = TestData.fixture("formats/malformed/\(file)")
    let error = try #require(throws: InputError.self, "\(file) must not load") { try NetworkFile.load(path: path) }
    let d = try #require(error.diagnostics.first)
    #expect(d.location?.file == path)
    #expect(d.location?.line == c.line, "\(file): \(d)")
    #expect(d.location?.column == c.column, "\(file): \(d)")
    #expect(d.message.contains(c.message), "\(file): \(d)")
  }

  @Test func emptyFilesAreErrors() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["e.graphml", "e.gexf", "e.nodelink.json", "e.nodes.csv", "e.net"] {
      let path = dir.appendingPathComponent(name).path
      try Data().write(to: URL(fileURLWithPath: path))
      #expect(throws: InputError.self, "\(name)") { try NetworkFile.load(path: path) }
    }
  }

  @Test func wrongRootElementIsNamed() throws {
    let e = #expect(throws: InputError.self) { try GraphML.parse("<gexf/>", file: "x.graphml") }
    #expect(
      e?.description == "x.graphml:1:6: error: not a GraphML file: the root element is <gexf>, expected <graphml>")
  }

  @Test func csvSiblingRule() {
    #expect(CSVFormat.paths(for: "data/x.nodes.csv") == ("data/x.nodes.csv", "data/x.edges.csv"))
    #expect(CSVFormat.paths(for: "data/x.edges.csv") == ("data/x.nodes.csv", "data/x.edges.csv"))
    #expect(CSVFormat.paths(for: "nodes.csv") == ("nodes.csv", "edges.csv"))
    #expect(CSVFormat.paths(for: "a/Gephi_Edges.csv") == ("a/Gephi_Nodes.csv", "a/Gephi_Edges.csv"))
    #expect(CSVFormat.paths(for: "out/x.csv") == ("out/x.nodes.csv", "out/x.edges.csv"))
  }

  @Test func csvSemicolonsQuotesAndBOM() throws {
    let dir = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let nodes = "\u{FEFF}Id;Label;note\r\nA;\"Alpha; Inc\";\"says \"\"hi\"\"\nthere\"\r\nB;Beta;\r\n"
    let edges = "Source;Target;Type;Weight\r\nA;B;Directed;2,5\r\n"
    try Data(nodes.utf8).write(to: dir.appendingPathComponent("nodes.csv"))
    try Data(edges.utf8).write(to: dir.appendingPathComponent("edges.csv"))
    // A decimal comma (a ';'-separated file from a European spreadsheet) is a number.
    let read = try CSVFormat.read(path: dir.appendingPathComponent("edges.csv").path)
    #expect(read.network.entities.map(\.name) == ["Alpha; Inc", "Beta"])
    #expect(read.network.entities[0].attributes["note"] == .string("says \"hi\"\nthere"))
    #expect(read.network.entities[1].attributes["note"] == nil)
    #expect(read.network.ties[0].strength == 2.5)
    // Notes: no kind column in either file, and 'note' is no field.
    #expect(read.warnings.map(\.message).filter { $0.contains("has no kind column") }.count == 2)
    #expect(read.warnings.contains { $0.message.hasPrefix("column 'note' is no entity field; kept as attribute") })
    #expect(read.directed)
  }
}
