import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
  @Test func tableIsTheSummaryForPeople() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--top", "3")
    #expect(r.status == 0)
    #expect(r.stderr == "")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Small alliance")
    #expect(lines.contains("Entities       7  Ties          4"))
    #expect(lines.contains("Components  2 (largest: 6 nodes)"))
    // Top organizations on the organization view: evidence is the weighted hyperdegree.
    // Education company: agreement 3 + membership 2 + exchange 2 × strength 2 = 9; the
    // University: agreement 3 + its school's exchange 4 = 7; the person Ann is not ranked.
    // Betweenness counts only paths between two candidate organizations: the Education
    // company's bridge to the alliance carries none, so every organization scores 0.
    let top = try #require(lines.firstIndex { $0.hasPrefix("Top organizations (organization view: newman pair weights") })
    #expect(
      Array(lines[(top + 1)...(top + 5)]) == [
        "      Organization       Score  Evidence       Partners       Brokerage       Betweenness       Variants",
        "  1.  Education company   0.50         9  (1)         3  (1)          0  (1)       0.0000  (1)  1",
        "  2.  University          0.36         7  (2)         2  (2)          0  (1)       0.0000  (1)  2",
        "  3.  Publisher           0.25         3  (3)         2  (2)          0  (1)       0.0000  (1)  2–3",
        "",
      ])
    // Ann is a person: ranked apart, with her role.
    let people = try #require(lines.firstIndex(of: "People (counted for the organizations they hold roles in)"))
    #expect(lines[people + 2] == "  1.  Ann        1         1  President, University")
    #expect(!lines[top..<people].contains { $0.contains("Ann") && !$0.contains("Education") })
    let partners = try #require(lines.firstIndex(of: "Key partners"))
    #expect(lines[partners + 1].hasPrefix("  1. Education company (enterprise, KZ) "))
    #expect(lines.contains("  Cut points (2): uni, edu"))
    #expect(lines.contains("  Bridges (2): uni – ann, edu – alliance"))
    #expect(lines.contains("  Main core (k = 2, 4 nodes): uni, uni-auto, pub, edu"))
    #expect(lines.contains { $0.hasPrefix("Communities: 3 by Leiden") })
  }

  @Test func jsonFollowsTheSchema() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "json")
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    for key in [
      "file", "title", "projection", "counts", "measures", "nodes", "top", "communities", "keyPartners", "structure",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect(object["edges"] == nil)
    let counts = try #require(object["counts"] as? [String: Any])
    #expect(counts["nodes"] as? Int == 7)
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    #expect(nodes.count == 7)
    let edu = try #require(nodes.first { $0["id"] as? String == "edu" })
    #expect((edu["measures"] as? [String: Any])?["degree"] as? Int == 4)
    #expect((edu["ranks"] as? [String: Any])?["degree"] as? Int == 1)
    #expect(edu["cutPoint"] as? Bool == true)
    let keyPartners = try #require(object["keyPartners"] as? [String: Any])
    #expect(keyPartners["groupBy"] as? String == "country")
    let partners = try #require(keyPartners["partners"] as? [[String: Any]])
    #expect(partners.prefix(2).map { $0["id"] as? String } == ["edu", "uni"])
    // Four organizations; The Alliance is ranked in the section of alliances, not among them.
    #expect(partners.map { $0["standing"] as? Int } == [1, 2, 3, 4])
    #expect(!partners.contains { $0["id"] as? String == "alliance" })
    #expect((partners.first?["sentence"] as? String)?.hasPrefix("Education company (enterprise, KZ)") == true)
    let structure = try #require(object["structure"] as? [String: Any])
    #expect(structure["cutPoints"] as? [String] == ["uni", "edu"])
    #expect(structure["bridges"] as? [[String]] == [["uni", "ann"], ["edu", "alliance"]])
    let communities = try #require(object["communities"] as? [String: Any])
    let groups = try #require(communities["groups"] as? [[String: Any]])
    #expect(groups.map { $0["size"] as? Int } == [3, 3, 1])
  }

  @Test func schemaDocumentNamesEveryKeyAndMeasure() throws {
    let doc = try String(contentsOf: CLI.root.appendingPathComponent("docs/analyze-schema.md"), encoding: .utf8)
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    for key in object.keys {
      #expect(doc.contains("| `\(key)` |"), "docs/analyze-schema.md lacks top-level key \(key)")
    }
    let measures = try #require(object["measures"] as? [[String: Any]])
    for m in measures {
      let key = try #require(m["key"] as? String)
      #expect(doc.contains("| `\(key)` |"), "docs/analyze-schema.md lacks measure \(key)")
    }
  }

  @Test func csvHasOneRowPerNode() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "csv")
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 8)
    #expect(lines[0].hasPrefix("id,name,kind,country,degree,"))
    #expect(lines[0].hasSuffix(",community,cut_point"))
    #expect(lines[1].hasPrefix("uni,University,institution,CN,4,"))
  }

  @Test func outputFolderGetsReportAndJSON() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)/out")
    defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "-o", dir.path, "--format", "json")
    #expect(r.status == 0)
    let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    let json = try String(contentsOf: dir.appendingPathComponent("analysis.json"), encoding: .utf8)
    #expect(json == r.stdout)
  }

  /// The diagram of `analyze -o` colours the communities the analysis found, at its
  /// `--resolution` (it used to run Leiden again at resolution 1).
  @Test(arguments: [0.5, 1.0, 3.0]) func diagramShowsTheAnalysisCommunities(resolution: Double) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(
      "analyze", "graphs/jiangsu-central-asia-alliance.yaml", "-o", dir.path, "--resolution", "\(resolution)",
      "--color-by", "community", "--format", "json")
    #expect(r.status == 0, "\(r.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let communities = try #require(json["communities"] as? [String: Any])
    let groups = try #require(communities["groups"] as? [[String: Any]])
    let svg = try String(contentsOf: dir.appendingPathComponent("diagram.svg"), encoding: .utf8)
    var sizes: [Int: Int] = [:]
    for g in groups { sizes[g["community"] as? Int ?? 0] = g["size"] as? Int }
    // Every community the legend lists has the analysis's number and size (a long legend is cut).
    let legend = try Regex(#">community (\d+) \((\d+)\)<"#)
    let entries = svg.matches(of: legend).compactMap { m -> (Int, Int)? in
      guard let n = Int(m.output[1].substring ?? ""), let size = Int(m.output[2].substring ?? "") else { return nil }
      return (n, size)
    }
    #expect(entries.count >= min(2, groups.count))
    // Placeholders are drawn grey and counted on a legend line of their own, so a community's
    // legend count leaves out the placeholders in it.
    for (n, size) in entries { #expect(size <= sizes[n] ?? 0 && size > 0, "community \(n) at γ = \(resolution)") }
    let placeholders = try Regex(#">unnamed partners \((\d+)\)<"#)
    let unnamed = svg.firstMatch(of: placeholders).flatMap { Int($0.output[1].substring ?? "") } ?? 0
    #expect(unnamed == 9)
    if entries.count == groups.count {
      #expect(entries.reduce(0) { $0 + $1.1 } + unnamed == sizes.values.reduce(0, +))
    }
  }

  /// `analyze -o --timings`: every step computed once, each measure included, the diagram
  /// reusing the analysis's betweenness and communities; the same output on one thread.
  @Test func timingsListEachStepOnce() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(
      "analyze", "graphs/jiangsu-central-asia-alliance.yaml", "-o", dir.path, "--timings", "--color-by", "community")
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("timing: ") }
    let steps = lines.map { $0.replacingOccurrences(of: #": [0-9.]+ s$"#, with: "", options: .regularExpression) }
    #expect(Set(steps).count == steps.count, "a step computed twice: \(steps)")
    for step in ["load", "betweenness", "closeness", "pagerank", "communities", "key partners (organization view)", "layout and render"] {
      #expect(steps.filter { $0.hasPrefix("timing: \(step)") }.count == 1, "\(step)")
    }
    let single = try CLI.run("analyze", "graphs/jiangsu-central-asia-alliance.yaml", "--threads", "1")
    #expect(single.stdout == (try CLI.run("analyze", "graphs/jiangsu-central-asia-alliance.yaml")).stdout)
    #expect(try CLI.run("analyze", "graphs/jiangsu-central-asia-alliance.yaml", "--threads", "0").status == 2)
  }

  @Test func badTieWeightIsAUsageError() throws {
    let r = try CLI.run("analyze", "graphs/jiangsu-central-asia-alliance.yaml", "--tie-weight", "visit=2")
    #expect(r.status == 2)
    #expect(r.stderr == "error: unknown tie kind 'visit' in a tie weight; kinds in this network: agreement, membership, role, exchange, event, cooperation\n")
    let malformed = try CLI.run("partners", "graphs/jiangsu-central-asia-alliance.yaml", "--tie-weight", "event")
    #expect(malformed.status == 2 && malformed.stderr.contains("is not a tie weight; write KIND=WEIGHT"))
  }

  @Test func outputOverAFileIsAnError() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "-o", "Tests/Fixtures/cli/small.yaml")
    #expect(r.status == 3)
    #expect(r.stderr == "error: Tests/Fixtures/cli/small.yaml: exists and is not a folder\n")
  }

  @Test func sameRunSameBytes() throws {
    let a = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "json")
    let b = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "json")
    #expect(a.stdout == b.stdout)
  }

  @Test func malformedFileNamesFileAndLine() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/broken.yaml")
    #expect(r.status == 3)
    #expect(r.stdout == "")
    // One line: the first problem, and where to see them all.
    #expect(r.stderr.hasPrefix("Tests/Fixtures/cli/broken.yaml:4:19: error: unknown entity kind 'instituton'"))
    #expect(
      r.stderr.hasSuffix(" (and 3 more problems; 'coopgraph validate Tests/Fixtures/cli/broken.yaml' lists them all)\n")
    )
    #expect(r.stderr.split(separator: "\n").count == 1)
  }

  @Test func badOptionsAreUsageErrors() throws {
    #expect(try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--top", "0").status == 2)
    #expect(try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--resolution", "-1").status == 2)
    #expect(try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--format", "xml").status == 2)
  }

  @Test func quietPrintsNothingOnStderr() throws {
    let r = try CLI.run("analyze", "Tests/Fixtures/cli/small.yaml", "--quiet")
    #expect(r.status == 0)
    #expect(r.stderr == "")
  }
}
