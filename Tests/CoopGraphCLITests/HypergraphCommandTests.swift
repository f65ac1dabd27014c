import Foundation
import Testing

/// `rank --by` and `centrality --measure` with the hypergraph measures, against the XGI and
/// HyperNetX values of `Tests/Fixtures/hypergraph/uniform3.json` (the same hypergraph as
/// `uniform3.yaml`).
@Suite struct HypergraphCommandTests {
  static let record = "Tests/Fixtures/hypergraph/uniform3.yaml"
  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  static func fixture() throws -> [String: Any] {
    let url = CLI.root.appendingPathComponent("Tests/Fixtures/hypergraph/uniform3.json")
    return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  static func json(_ r: CLI.Result) throws -> [String: Any] {
    #expect(r.status == 0, "\(r.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
  }

  static func expectClose(_ a: [Double], _ b: [Double], _ tolerance: Double) {
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) { #expect(abs(x - y) <= tolerance, "\(x) vs \(y)") }
  }

  @Test func sBetweennessOfTiesListsTiesWithTheirParties() throws {
    let doc = try Self.json(try CLI.run("centrality", Self.record, "--measure", "s-betweenness", "--s", "2"))
    let params = try #require(doc["parameters"] as? [String: Any])
    #expect(params["on"] as? String == "hypergraph" && params["of"] as? String == "ties" && params["s"] as? Int == 2)
    let ties = try #require(doc["ties"] as? [[String: Any]])
    let fixture = try Self.fixture()
    let edges = try #require(fixture["edges"] as? [[String: Any]])
    #expect(ties.map { $0["id"] as? String } == edges.map { $0["id"] as? String })
    #expect(ties.map { $0["parties"] as? [String] } == edges.map { $0["members"] as? [String] })
    #expect(ties.allSatisfy { ($0["label"] as? String)?.hasPrefix("Tie ") == true })
    let s2 = try #require((fixture["s"] as? [[String: Any]])?.first { $0["s"] as? Int == 2 })
    let reference = try #require((s2["edges"] as? [String: Any])?["betweenness"] as? [Double])
    Self.expectClose(ties.compactMap { $0["score"] as? Double }, reference, 1e-9)
  }

  /// Ties without an id are `tie-N`, N their 1-based place in the file, and keep their label.
  @Test func tiesWithoutIdsKeepTheirLabels() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("unnamed.yaml").path
    try """
      coopgraph: 1
      entities:
        - {id: a, kind: institution}
        - {id: b, kind: institution}
        - {id: c, kind: institution}
      ties:
        - {kind: agreement, parties: [a, b], label: First}
        - {kind: agreement, parties: [b, c], label: Second}
      """.write(toFile: path, atomically: true, encoding: .utf8)
    let doc = try Self.json(try CLI.run("centrality", path, "--measure", "s-betweenness"))
    let ties = try #require(doc["ties"] as? [[String: Any]])
    #expect(ties.map { $0["id"] as? String } == ["tie-1", "tie-2"])
    #expect(ties.map { $0["label"] as? String } == ["First", "Second"])
  }

  @Test func sClosenessOfEntitiesInCSV() throws {
    let r = try CLI.run("centrality", Self.record, "--measure", "s-closeness", "--of", "entities", "--format", "csv")
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "id,name,score")
    let s1 = try #require((try Self.fixture()["s"] as? [[String: Any]])?.first { $0["s"] as? Int == 1 })
    let reference = try #require((s1["nodes"] as? [String: Any])?["closeness"] as? [Double])
    Self.expectClose(
      lines.dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Double($0) } }, reference, 1e-9)
  }

  @Test func nodeEdgeWarnsLikeXGIWhenItDoesNotConverge() throws {
    // XGI's 100 iterations leave a change of ~6e-6 on this hypergraph: it warns and returns
    // the last iterate; so does the CLI.
    let r = try CLI.run("centrality", Self.record, "--measure", "node-edge", "--of", "ties")
    let doc = try Self.json(r)
    #expect(r.stderr.contains("warning: node-edge did not converge in 100 iterations"))
    let params = try #require(doc["parameters"] as? [String: Any])
    #expect(params["converged"] as? Bool == false)
    let reference = try #require(
      ((try Self.fixture()["xgi"] as? [String: Any])?["nodeEdge"] as? [String: Any])?["edges"] as? [Double])
    let ties = try #require(doc["ties"] as? [[String: Any]])
    Self.expectClose(ties.compactMap { $0["score"] as? Double }, reference, 1e-6)
    let converged = try CLI.run("centrality", Self.record, "--measure", "node-edge", "--max-iterations", "1000")
    #expect(converged.status == 0 && converged.stderr.isEmpty, "\(converged.stderr)")
  }

  @Test func rankByHyperdegreeCountsTiesNotPartners() throws {
    let r = try CLI.run("rank", Self.alliance, "--by", "hyperdegree", "--top", "2")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("hyperdegree: "))
    #expect(r.stdout.contains("Parameters: on=hypergraph, of=entities\n"))
    // NJIT and the Alliance are each a party to six ties of the record.
    let rows = r.stdout.split(separator: "\n").suffix(2)
    #expect(rows.allSatisfy { $0.hasPrefix("   1  ") && $0.hasSuffix(" 6") })
  }

  @Test func rankTiesBySBetweennessFiltersTieKinds() throws {
    let r = try CLI.run("rank", Self.alliance, "--by", "s-betweenness", "--kind", "agreement", "--format", "json")
    let doc = try Self.json(r)
    let ranking = try #require(doc["ranking"] as? [[String: Any]])
    #expect(ranking.count == 9 && ranking.allSatisfy { $0["kind"] as? String == "agreement" })
    #expect(ranking.first?["id"] as? String == "localized-textbooks-framework")
    #expect((ranking.first?["parties"] as? [String])?.count == 4)
    let table = try CLI.run("rank", Self.alliance, "--by", "s-betweenness", "--top", "1")
    #expect(table.stdout.contains("  Parties  "))
    #expect(table.stdout.contains("exchange-meeting") && table.stdout.contains("… (+17)"))
  }

  @Test func spectralMeasuresRefuseADisconnectedRecord() throws {
    // Without part-of the schools are separate components, as in XGI, which returns NaN.
    for measure in ["node-edge", "clique-eigenvector"] {
      let r = try CLI.run("rank", Self.alliance, "--by", measure)
      #expect(r.status == 2)
      #expect(r.stderr.contains("needs a connected hypergraph; this one has 10 connected components"))
    }
  }

  @Test func badHypergraphOptionsAreUsageErrors() throws {
    let s0 = try CLI.run("rank", Self.record, "--by", "s-closeness", "--s", "0")
    #expect(s0.status == 2 && s0.stderr.contains("--s must be at least 1"))
    let ties = try CLI.run("rank", Self.record, "--by", "hyperdegree", "--of", "ties")
    #expect(ties.status == 2 && ties.stderr.contains("hyperdegree does not score ties"))
  }
}
