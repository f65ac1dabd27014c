import Foundation
import Testing

/// Every analysis command reads a Graphviz diagram (`.gv`/`.dot`) like any other network file.
@Suite struct EveryCommandReadsDOTTests {
  let file = "Tests/Fixtures/cli/triangle-tail.gv"

  @Test func rankReadsDOT() throws {
    let r = try CLI.run("rank", file, "--by", "degree", "--format", "csv")
    #expect(r.status == 0, "\(r.stderr)")
    // c has three neighbours; the tail d one.
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines.dropFirst().first?.contains("c") == true)
  }

  @Test func centralityReadsDOT() throws {
    let r = try CLI.run("centrality", file, "--measure", "betweenness", "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let scores = try #require(object["scores"] as? [[String: Any]])
    #expect(scores.count == 4)
  }

  @Test func communitiesReadsDOT() throws {
    let r = try CLI.run("communities", file, "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let members = (object["communities"] as? [[String: Any]] ?? []).flatMap { $0["members"] as? [String] ?? [] }
    #expect(members.sorted() == ["a", "b", "c", "d"])
  }

  @Test func structureReadsDOT() throws {
    let r = try CLI.run("structure", file, "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"c\""))
  }
}
