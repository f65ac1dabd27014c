import Foundation
import Testing

/// End-to-end tests of `whatif`, `suggest` and `partners` on the reference networks.
@Suite struct PartnersCommandTests {
  static let kite = "graphs/krackhardt-kite.yaml"
  static let alliance = "graphs/jiangsu-central-asia-alliance.yaml"

  // Krackhardt kite (networkx labels 0…9 = Andre…Jane): Heather (7) is the only link from
  // Ike (8) and Jane (9) to the rest.
  @Test func whatIfRemovingHeather() throws {
    let r = try CLI.run("whatif", Self.kite, "--remove", "Heather", "--top", "3")
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        Removing: Heather

                                          Before  After
        Entities                              10      9
        Components                             1      2
        Component sizes                       10   7, 2
        Connected pairs of the remaining      36     22
        Average distance among them        2.056  1.318

        Pairs that lose all connection: 14
        Cut off from the rest:
          Ike, Jane

        Ranking of the remaining entities by degree:
        Rank  Was  ID         Score     Was
           1    1  Diane     0.7500  0.6667
           2    4  Andre     0.5000  0.4444
           3    5  Beverley  0.5000  0.4444

        """)
  }

  /// Burt's measures are measures of `rank` like the others; constraint ranks its lowest
  /// first (networkx: Heather 0.4311, Fernando and Garth 0.4451, Diane 0.4702).
  @Test func rankByConstraint() throws {
    let r = try CLI.run("rank", Self.kite, "--by", "constraint", "--top", "4", "--format", "csv")
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
    #expect(rows == ["rank,id", "1,Heather", "2,Fernando", "2,Garth", "4,Diane"])
    let json = try CLI.run("centrality", Self.kite, "--measure", "effective-size", "--format", "json")
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["measure"] as? String == "effective-size")
  }

  @Test func whatIfRanksByAnyMeasure() throws {
    let r = try CLI.run("whatif", Self.kite, "--remove", "Heather", "--measure", "constraint", "--top", "1", "--format", "csv")
    #expect(r.status == 0)
    // Without Heather, Diane has the lowest constraint: the score shown is the constraint itself.
    #expect(r.stdout.hasPrefix("id,rank_before,rank_after,score_before,score_after\nDiane,3,1,0.4701697530864"))
    #expect(try CLI.run("whatif", Self.kite, "--remove", "Heather", "--measure", "in-degree").status == 2)
    #expect(try CLI.run("whatif", Self.kite, "--remove", "Heather", "--measure", "magic").status == 2)
  }

  @Test func whatIfJSON() throws {
    let r = try CLI.run("whatif", Self.kite, "--remove", "Heather", "Ike", "--format", "json", "--top", "1")
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["removed"] as? [String] == ["Heather", "Ike"])
    let remaining = try #require(json["remaining"] as? [String: Any])
    // Without Heather and Ike: Jane alone, 7 connected; C(8,2) = 28 pairs before, 21 after.
    #expect(remaining["connectedPairsBefore"] as? Int == 28)
    #expect(remaining["connectedPairsAfter"] as? Int == 21)
    #expect(remaining["disconnectedPairs"] as? Int == 7)
    #expect(json["cutOff"] as? [[String]] == [["Jane"]])
    let after = try #require(json["after"] as? [String: Any])
    #expect(after["componentSizes"] as? [Int] == [7, 1])
  }

  @Test func fragilityRanking() throws {
    let r = try CLI.run("whatif", Self.kite, "--top", "3", "--format", "csv")
    #expect(r.status == 0)
    #expect(r.stdout == "rank,id,disconnected_pairs\n1,Heather,14\n2,Ike,8\n3,Andre,0\n")
  }

  @Test func unknownEntityIsAUsageError() throws {
    let r = try CLI.run("whatif", Self.kite, "--remove", "Nobody")
    #expect(r.status == 2)
    #expect(r.stderr.contains("--remove: no entity with id, name or alias 'Nobody'"))
  }

  /// Adamic–Adar on the kite: Andre (0) and Garth (6) share Beverley (degree 4), Diane (6)
  /// and Fernando (5): 1/ln 4 + 1/ln 6 + 1/ln 5 = 1.9008; Beverley–Fernando likewise.
  @Test func suggestTable() throws {
    let r = try CLI.run("suggest", Self.kite, "--top", "3")
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        Suggested partners by adamic-adar

        Rank  A         B          Score
           1  Andre     Garth     1.9008
           2  Beverley  Fernando  1.9008
           3  Heather   Jane      1.4427

        """)
  }

  @Test func suggestJSONShape() throws {
    let r = try CLI.run("suggest", Self.kite, "--method", "common-neighbors", "--for", "Jane", "--format", "json")
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["method"] as? String == "common-neighbors")
    let s = try #require(json["suggestions"] as? [[String: Any]])
    // Jane's only partner is Ike, whose other partner is Heather.
    #expect(s.count == 1)
    #expect(s.first?["a"] as? String == "Jane")
    #expect(s.first?["b"] as? String == "Heather")
    #expect(s.first?["score"] as? Double == 1)
  }

  /// The example: Chinese schools suggested for a Kazakh institution.
  @Test func suggestAcrossCountries() throws {
    let r = try CLI.run(
      "suggest", Self.alliance, "--for", "kazakhstan-space-school", "--across", "country", "--kinds", "institution",
      "--method", "resource-allocation", "--format", "csv")
    #expect(r.status == 0)
    let rows = r.stdout.split(separator: "\n").dropFirst()
    #expect(!rows.isEmpty)
    for row in rows {
      let f = row.split(separator: ",")
      #expect(f[0] == "kazakhstan-space-school")
      #expect(f[1].hasPrefix("njit") || f[1] == "nanjing-polytechnic")
    }
  }

  @Test func suggestErrors() throws {
    #expect(try CLI.run("suggest", Self.kite, "--for", "Nobody").status == 2)
    #expect(try CLI.run("suggest", Self.kite, "--kinds", "robot").stderr.contains("unknown entity kind 'robot'"))
    #expect(try CLI.run("suggest", Self.kite, "--across", "country").stderr.contains("no entity has a value for 'country'"))
    #expect(try CLI.run("suggest", Self.kite, "--method", "magic").status == 2)
  }

  @Test func partnersOnTheAlliance() throws {
    let r = try CLI.run("partners", Self.alliance, "--top", "3", "--format", "json")
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["groupBy"] as? String == "country")
    let view = try #require(json["view"] as? [String: Any])
    #expect(view["name"] as? String == "organizations" && view["pairWeighting"] as? String == "newman")
    let partners = try #require(json["partners"] as? [[String: Any]])
    #expect(partners.compactMap { $0["id"] as? String } == ["njit", "c2k", "phoenix-higher-education"])
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    #expect(alliances.compactMap { $0["id"] as? String } == ["jiangsu-central-asia-alliance"])
    for p in partners {
      #expect(p["kind"] as? String != "person")
      #expect(p["robust"] as? Bool == true)
      let citations = try #require(p["citations"] as? [[String: Any]])
      #expect(!citations.isEmpty && citations.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
    }
    let c2k = try #require(partners.first { $0["id"] as? String == "c2k" })
    let ties = (c2k["citations"] as? [[String: Any]] ?? []).flatMap { $0["ties"] as? [String] ?? [] }
    #expect(ties.contains("localized-textbooks-framework") && ties.contains("c2k-standing-council"))
    // Deterministic.
    #expect(try CLI.run("partners", Self.alliance, "--top", "3", "--format", "json").stdout == r.stdout)
  }

  @Test func partnersTableQuotesTheRecord() throws {
    let r = try CLI.run("partners", Self.alliance, "--top", "3")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("joined the Alliance as a “Standing Council Member.”"))
    #expect(r.stdout.contains("People (they count for the organizations they hold roles in; never ranked among them)"))
    // The plain projection stays available.
    let plain = try CLI.run("partners", Self.alliance, "--top", "3", "--view", "projection")
    #expect(plain.status == 0 && plain.stdout.contains("Projection: nodes: all"))
  }

  @Test func whatifCountsTheCooperationLost() throws {
    let r = try CLI.run("whatif", Self.alliance, "--remove", "C2K")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Cooperation lost without C2K International Education Co., Ltd.\n"))
    #expect(r.stdout.contains("    - membership “Standing Council Member” (2 → 1 parties)"))
    #expect(r.stdout.contains("(4 → 3 parties)"))
    #expect(r.stdout.contains("“Ambassador for Educational Cooperation of the Republic of Kazakhstan”, through"))
    let ranking = try CLI.run("whatif", Self.alliance, "--format", "csv", "--top", "3")
    #expect(ranking.stdout.hasPrefix("rank,id,ties,evidence_lost,disconnected_pairs\n1,njit,"))
    let near = try CLI.run("whatif", Self.alliance, "--remove", "c2kk")
    #expect(near.status == 2 && near.stderr.contains("did you mean 'c2k'?"))
  }

  @Test func excludeTakesNamesAndAliases() throws {
    let json = try CLI.json("partners", Self.alliance, "--exclude", "C2K,Nanjing Polytechnic Institute", "--format", "json")
    let ids = (json["partners"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(!ids.isEmpty && !ids.contains("c2k") && !ids.contains("nanjing-polytechnic"))
    let near = try CLI.run("partners", Self.alliance, "--exclude", "c2kk")
    #expect(near.status == 2 && near.stderr.contains("--exclude: no entity with id, name or alias 'c2kk'; did you mean 'c2k'?"))
  }

  @Test func suggestAmongOrganizations() throws {
    let json = try CLI.json("suggest", Self.alliance, "--for", "C2K", "--format", "json")
    let rows = try #require(json["suggestions"] as? [[String: Any]])
    #expect(!rows.isEmpty && rows.allSatisfy { $0["a"] as? String == "c2k" })
    let people = Set(["eldar-tulekov", "pu-lijie", "liu-hongtao", "c2k-representative"])
    #expect(rows.allSatisfy { !people.contains($0["b"] as? String ?? "") })
    #expect(try CLI.run("suggest", Self.alliance, "--for", "Liu Hongtao").status == 2)
    #expect(try CLI.run("suggest", Self.alliance, "--for", "Liu Hongtao", "--people").status == 0)
  }

  @Test func partnersErrors() throws {
    #expect(try CLI.run("partners", Self.kite, "--group-by", "planet").status == 2)
    #expect(try CLI.run("partners", Self.kite, "--kinds", "robot").status == 2)
    #expect(try CLI.run("partners", Self.kite, "--top", "0").status == 2)
  }
}
