import Foundation
import Testing

/// `coopgraph convert FILE DIR --to graphframes | neo4j-import`: the files' headers and counts,
/// and (when PySpark is installed) what Spark reads from them.
@Suite struct HandOffCommandTests {
  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  /// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.append("\"")
            chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(c)
      }
    }
    return rows
  }

  @Test(arguments: ["graphframes", "neo4j-import"])
  func headersAndCounts(format: String) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-handoff-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run("convert", Self.alliance, dir.path, "--to", format)
    #expect(r.status == 0, "\(r.stderr)")
    let neo4j = format == "neo4j-import"
    let names = neo4j ? ["nodes.csv", "relationships.csv"] : ["vertices.csv", "edges.csv"]
    let vertices = Self.rows(try String(contentsOf: dir.appendingPathComponent(names[0]), encoding: .utf8))
    let edges = Self.rows(try String(contentsOf: dir.appendingPathComponent(names[1]), encoding: .utf8))
    if neo4j {
      #expect(vertices.first == ["id:ID", "name", "kind", "country", "parent", ":LABEL"])
      #expect(edges.first == [":START_ID", ":END_ID", ":TYPE", "kind", "strength:double", "label", "date"])
    } else {
      #expect(vertices.first == ["id", "type", "kind", "name", "country", "parent"])
      #expect(edges.first == ["src", "dst", "relationship", "kind", "strength", "label", "date"])
    }
    // Every row has as many fields as its header.
    for row in vertices { #expect(row.count == vertices[0].count, "\(row)") }
    for row in edges { #expect(row.count == edges[0].count, "\(row)") }
    let vertexRows = vertices.dropFirst(), edgeRows = edges.dropFirst()
    // Ties: 29 in the record. Those of two parties are edges; the others tie vertices.
    let tieVertexRows = vertexRows.filter { neo4j ? $0[5].hasPrefix("Tie;") : $0[1] == "tie" }
    let entityRows = vertexRows.count - tieVertexRows.count
    #expect(entityRows == 38)
    let twoParty = edgeRows.filter { $0[2] == (neo4j ? "TIE" : "tie") }.count
    let memberships = edgeRows.filter { $0[2] == (neo4j ? "MEMBER_OF" : "member") }.count
    #expect(twoParty + memberships == edgeRows.count)
    #expect(twoParty + tieVertexRows.count == 29)
    #expect(tieVertexRows.count > 0 && memberships >= 3 * tieVertexRows.count)
    // Every edge ends at a vertex of the file; ids are unique.
    let ids = Set(vertexRows.map { $0[0] })
    #expect(ids.count == vertexRows.count)
    for e in edgeRows { #expect(ids.contains(e[0]) && ids.contains(e[1]), "\(e)") }
    #expect(r.stderr.contains("(\(vertexRows.count) vertices: 38 entities, \(tieVertexRows.count) tie vertices)"))
    #expect(r.stderr.contains("(\(edgeRows.count) edges: \(twoParty) two-party ties, \(memberships) memberships)"))
  }

  @Test func directoryOutputIsRequired() throws {
    let r = try CLI.run("convert", Self.alliance, "-", "--to", "graphframes")
    #expect(r.status != 0)
    #expect(r.stderr.contains("writes a directory"))
  }

  static var pysparkInstalled: Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import pyspark"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  /// Spark in local mode reads the GraphFrames files with the columns GraphFrames needs.
  /// Skipped (with this message) when PySpark is not installed: `pip install pyspark`.
  @Test(
    .enabled(
      if: pysparkInstalled,
      "PySpark is not installed (pip install pyspark); Spark's reading of the export is not checked"))
  func pysparkReadsTheExport() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-spark-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try CLI.run("convert", Self.alliance, dir.path, "--to", "graphframes", "--quiet").status == 0)
    let p = Process()
    let out = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "examples/spark/check_schema.py", dir.path]
    p.currentDirectoryURL = CLI.root
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
    let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect((json["vertex_columns"] as? [String])?.first == "id")
    #expect((json["edge_columns"] as? [String])?.prefix(2) == ["src", "dst"])
    #expect(json["dangling"] as? Int == 0)
  }
}

/// `coopgraph convert x.edges x.cgb` and every command reading the cache.
@Suite struct BinaryCacheCommandTests {
  @Test func convertThenReadGivesTheSameAnswers() throws {
    let (dir, edges) = try CLI.scratch("x.edges", "a b 2\nb c\nc a\nc d\nd e\ne f\nf d\nf g 3\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let cache = dir.appendingPathComponent("x.cgb").path
    let r = try CLI.run("convert", edges, cache)
    #expect(r.status == 0, "\(r.stderr)")
    for args in [
      ["centrality", "FILE", "--measure", "pagerank", "--format", "csv"], ["communities", "FILE", "--format", "csv"],
      ["structure", "FILE", "--format", "csv"],
    ] {
      let fromText = try CLI.run(args.map { $0 == "FILE" ? edges : $0 })
      let fromCache = try CLI.run(args.map { $0 == "FILE" ? cache : $0 })
      #expect(fromText.status == 0 && fromCache.status == 0, "\(fromCache.stderr)")
      #expect(fromCache.stdout == fromText.stdout, "\(args[0])")
    }
    // And back to an edge list.
    let back = dir.appendingPathComponent("back.edges").path
    #expect(try CLI.run("convert", cache, back, "--quiet").status == 0)
    let again = try CLI.run("centrality", back, "--measure", "pagerank", "--format", "csv")
    #expect(again.stdout == (try CLI.run("centrality", edges, "--measure", "pagerank", "--format", "csv")).stdout)
    // A damaged cache is an input error (exit 3), not a crash.
    try Data("COOPGRB1 and then nothing useful".utf8).write(to: URL(fileURLWithPath: cache))
    let bad = try CLI.run("info", cache)
    #expect(bad.status == 3)
    #expect(bad.stderr.contains("not a CoopGraph binary graph"))
  }
}
