import Foundation
import Testing

@Suite struct RankCommandTests {
  static let karate = "Tests/Fixtures/centrality/karate.edges"
  static let kite = "Tests/Fixtures/centrality/kite.edges"

  @Test func ranksByDegree() throws {
    let r = try CLI.run("rank", Self.karate, "--by", "degree", "--top", "3")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout == """
        degree: Number of direct partners (ties to distinct others); rank and centrality give it as a share of all others.
        Parameters: normalized=true

        Rank  ID  Name  Kind     Score
           1  33  33    node  0.515152
           2  0   0     node  0.484848
           3  32  32    node  0.363636

        """)
  }

  @Test func equalScoresShareARankAndAreOrderedById() throws {
    // Krackhardt's kite: nodes 5 and 6 (Fernando and Garth) have the same betweenness.
    let r = try CLI.run("rank", Self.kite, "--by", "betweenness", "--format", "csv")
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "rank,id,name,kind,score")
    #expect(lines[1] == "1,7,7,node,0.38888888888888884")
    #expect(lines[2].hasPrefix("2,5,") && lines[3].hasPrefix("2,6,"))
    #expect(lines[4].hasPrefix("4,8,"))
    #expect(lines.count == 11)
    // Byte-identical on every run and thread count.
    let again = try CLI.run("rank", Self.kite, "--by", "betweenness", "--format", "csv", "--threads", "1")
    #expect(again.stdout == r.stdout)
  }

  @Test func jsonRanking() throws {
    let doc = try CLI.json("rank", Self.karate, "--by", "pagerank", "--top", "2", "--format", "json", "--damping", "0.9")
    #expect(doc["measure"] as? String == "pagerank")
    let params = try #require(doc["parameters"] as? [String: Any])
    #expect(params["damping"] as? Double == 0.9)
    let ranking = try #require(doc["ranking"] as? [[String: Any]])
    #expect(ranking.count == 2)
    #expect(ranking.map { $0["id"] as? String } == ["33", "0"])
  }

  @Test func kindFilter() throws {
    let r = try CLI.run("rank", Self.kite, "--by", "degree", "--kind", "node", "--top", "1")
    #expect(r.status == 0)
    let bad = try CLI.run("rank", Self.kite, "--by", "degree", "--kind", "enterprise")
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no node of kind 'enterprise'"))
  }

  @Test func centralityJSONShape() throws {
    let doc = try CLI.json("centrality", Self.kite, "--measure", "closeness")
    #expect(doc.keys.sorted() == ["measure", "parameters", "scores"])
    let scores = try #require(doc["scores"] as? [[String: Any]])
    #expect(scores.count == 10)
    #expect(scores[0].keys.sorted() == ["id", "name", "score"])
    // networkx.closeness_centrality(krackhardt_kite_graph())[0] = 0.5294117647058824
    #expect(abs((scores[0]["score"] as? Double ?? 0) - 0.5294117647058824) < 1e-12)
  }

  @Test func centralityCSVAndEdges() throws {
    let r = try CLI.run("centrality", Self.kite, "--measure", "degree", "--format", "csv", "--no-normalized")
    #expect(r.stdout.hasPrefix("id,name,score\n0,0,4\n1,1,4\n2,2,3\n"))
    let e = try CLI.run("centrality", Self.kite, "--measure", "edge-betweenness", "--format", "csv")
    #expect(e.status == 0)
    #expect(e.stdout.hasPrefix("source,target,score\n"))
    #expect(e.stdout.split(separator: "\n").count == 19)
  }

  @Test func errorsHaveTheRightStatus() throws {
    let edges = try CLI.run("rank", Self.kite, "--by", "edge-betweenness")
    #expect(edges.status == 2)
    let directed = try CLI.run("rank", Self.kite, "--by", "in-degree")
    #expect(directed.status == 2)
    #expect(directed.stderr.contains("needs a directed graph"))
    let diverge = try CLI.run("centrality", Self.kite, "--measure", "katz", "--alpha", "0.9", "--max-iterations", "20")
    #expect(diverge.status == 1)
    #expect(diverge.stderr.contains("did not converge: after 20 iterations"))
    let missing = try CLI.run("rank", "Tests/Fixtures/centrality/no-such-file.edges", "--by", "degree")
    #expect(missing.status != 0)
    let unknown = try CLI.run("rank", Self.kite, "--by", "fame")
    #expect(unknown.status == 2)
    let person = try CLI.run("rank", Self.kite, "--by", "pagerank", "--personalize", "nobody=1")
    #expect(person.status == 2)
    #expect(person.stderr.contains("no node with id 'nobody'"))
  }

  @Test func directedEdgeListAndApproximation() throws {
    let r = try CLI.run(
      "centrality", Self.karate, "--measure", "approximate-betweenness", "--epsilon", "0.05", "--seed", "3", "--format", "csv")
    #expect(r.status == 0, "\(r.stderr)")
    let again = try CLI.run(
      "centrality", Self.karate, "--measure", "approximate-betweenness", "--epsilon", "0.05", "--seed", "3", "--format", "csv",
      "--threads", "1")
    #expect(again.stdout == r.stdout)
    let d = try CLI.run("rank", Self.karate, "--by", "in-degree", "--directed", "--top", "1", "--format", "csv")
    #expect(d.status == 0)
    #expect(d.stdout.split(separator: "\n").count == 2)
  }
}
