import Foundation
import Testing

@Suite struct InfoCommandTests {
  @Test func versionPrints() throws {
    let r = try CLI.run("--version")
    #expect(r.status == 0)
    #expect(r.stdout == "0.1.0\n")
  }

  @Test func unknownSubcommandIsUsageError() throws {
    let r = try CLI.run("frobnicate")
    #expect(r.status == 2)
    #expect(r.stderr.contains("Unexpected argument 'frobnicate'"))
  }

  @Test func unknownOptionValueIsUsageError() throws {
    let r = try CLI.run("info", "Tests/Fixtures/cli/small.yaml", "--multi-party", "star")
    #expect(r.status == 2)
  }

  @Test func unknownProjectionKindIsUsageError() throws {
    let r = try CLI.run("info", "Tests/Fixtures/cli/small.yaml", "--nodes", "school")
    #expect(r.status == 2)
    #expect(r.stderr == "error: unknown entity kind 'school'; kinds in this network: institution, enterprise, government, alliance, person, group\n")
  }

  @Test func infoTable() throws {
    try CLI.expect(
      ["info", "Tests/Fixtures/cli/small.yaml"], status: 0,
      stdout: """
      Small alliance
      File: Tests/Fixtures/cli/small.yaml

      Entities       7
        institution  3
        enterprise   2
        alliance     1
        person       1

      Ties          4
        agreement   1
        membership  1
        role        1
        exchange    1

      Graph (nodes: all; ties: all; multi-party: clique; combine: strength; part-of: ties; undirected)
        nodes              7
        edges              7
        type               undirected, weighted
        components         2
        largest component  6 nodes
        density            0.3333

      """, stderr: "")
  }

  @Test func infoJSONWithProjection() throws {
    let r = try CLI.run("info", "Tests/Fixtures/cli/small.yaml", "--collapse-parts", "--nodes", "institution,enterprise", "--format", "json")
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let graph = try #require(object["graph"] as? [String: Any])
    // uni (with uni-auto folded in), pub, edu, lone; edges uni-pub, uni-edu (agreement + exchange), pub-edu.
    #expect(graph["nodes"] as? Int == 4)
    #expect(graph["edges"] as? Int == 3)
    #expect(graph["components"] as? Int == 2)
    #expect(graph["weighted"] as? Bool == true)
    #expect(object["projection"] as? String == "nodes: enterprise,institution; ties: all; multi-party: clique; combine: strength; part-of: collapse; undirected")
  }

  @Test func infoCSV() throws {
    let r = try CLI.run("info", "Tests/Fixtures/cli/small.yaml", "--format", "csv")
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("section,key,value\nentities,total,7\nentities,institution,3\n"))
  }

  @Test func validateAcceptsAValidFile() throws {
    let r = try CLI.run("validate", "Tests/Fixtures/cli/small.yaml")
    #expect(r.status == 0)
    #expect(r.stdout == "Tests/Fixtures/cli/small.yaml: valid (7 entities, 4 ties)\n")
  }

  @Test func validateReportsEveryProblemAndExits3() throws {
    try CLI.expect(
      ["validate", "Tests/Fixtures/cli/broken.yaml"], status: 3, stdout: "",
      stderr: """
      Tests/Fixtures/cli/broken.yaml:4:19: error: unknown entity kind 'instituton'; kinds are institution, enterprise, government, alliance, person, group (declare others under 'kinds: entities:')
      Tests/Fixtures/cli/broken.yaml:6:36: error: unknown party 'c': no entity has this id
      Tests/Fixtures/cli/broken.yaml:7:32: error: a tie needs at least two parties, found 1
      Tests/Fixtures/cli/broken.yaml:7:47: error: strength must be finite and greater than 0, found 0

      """)
  }

  @Test func missingFileExits3() throws {
    let r = try CLI.run("info", "no/such/file.yaml")
    #expect(r.status == 3)
    #expect(r.stderr == "error: no/such/file.yaml: no such file\n")
  }

  @Test func unknownExtensionIsUsageError() throws {
    let r = try CLI.run("info", "README.md")
    #expect(r.status == 2)
  }

  @Test func edgeListInfo() throws {
    let dir = try FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("g.edges").path
    try "a b\nb c\nd e\n".write(toFile: path, atomically: true, encoding: .utf8)
    let r = try CLI.run("info", path, "--format", "json", "--directed")
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let graph = try #require(object["graph"] as? [String: Any])
    #expect(graph["nodes"] as? Int == 5)
    #expect(graph["edges"] as? Int == 3)
    #expect(graph["directed"] as? Bool == true)
    #expect(graph["components"] as? Int == 2)
  }
}
