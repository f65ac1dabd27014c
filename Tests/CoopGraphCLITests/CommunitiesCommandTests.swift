import Foundation
import Testing

/// `coopgraph communities` and `coopgraph structure`, run as a user would.
@Suite struct CommunitiesCommandTests {
  /// Two triangles joined by a path: a–b–c, c–d, d–e–f, f–g.
  static let edges = "a b\nb c\nc a\nc d\nd e\ne f\nf d\nf g\n"

  static func file(_ text: String = edges, name: String = "small.edges") throws -> String {
    let dir = try FileManagerTemp.directory()
    let path = dir.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// `--progress` writes one line per Leiden iteration (or Louvain level) on stderr, though
  /// stderr is a pipe here; without it a pipe sees nothing.
  @Test func progressLinesOnAPipe() throws {
    let path = try Self.file()
    let r = try CLI.run("communities", path, "--seed", "3", "--progress", "--format", "csv")
    #expect(r.status == 0, "\(r.stderr)")
    // The stopping rule first, then a line per iteration.
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("communities: leiden on 7 nodes and 8 edges (until an iteration") == true, "\(r.stderr)")
    #expect(lines.dropFirst().first == "leiden: iteration 1 (at most 50), quality 0.367188", "\(r.stderr)")
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("leiden: iteration ") })
    #expect(!r.stderr.contains("\u{1B}"))
    let quiet = try CLI.run("communities", path, "--seed", "3", "--format", "csv")
    #expect(quiet.stderr.isEmpty)
    #expect(quiet.stdout == r.stdout)
    let louvain = try CLI.run("communities", path, "--method", "louvain", "--progress", "--format", "csv")
    #expect(louvain.stderr.contains("…\nlouvain: level 1, "), "\(louvain.stderr)")
    let both = try CLI.run("communities", path, "--quiet", "--progress")
    #expect(both.status != 0)
  }

  @Test func leidenJSON() throws {
    let r = try CLI.run("communities", try Self.file(), "--format", "json", "--seed", "3")
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        {
          "method": "leiden",
          "parameters": {
            "quality": "modularity",
            "resolution": 1,
            "seed": 3,
            "iterations": 2
          },
          "quality": 0.3671875,
          "modularity": 0.3671875,
          "communities": [
            {
              "id": 0,
              "members": ["d", "e", "f", "g"]
            },
            {
              "id": 1,
              "members": ["a", "b", "c"]
            }
          ]
        }

        """)
  }

  @Test func tableAndCSV() throws {
    let path = try Self.file()
    let table = try CLI.run("communities", path, "--method", "louvain")
    #expect(table.status == 0)
    #expect(
      table.stdout == """
        2 communities by louvain, modularity 0.3672

        Community  Size  Members
                0     4  d, e, f, g
                1     3  a, b, c

        """)
    let csv = try CLI.run("communities", path, "--method", "label-propagation", "--format", "csv")
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("node,community\na,"))
    #expect(csv.stdout.split(separator: "\n").count == 8)
  }

  @Test func constantPottsModel() throws {
    let r = try CLI.run("communities", try Self.file(), "--quality", "cpm", "--resolution", "0.5")
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        3 communities by leiden, CPM quality 3.0000, modularity 0.3047

        Community  Size  Members
                0     3  a, b, c
                1     3  d, e, f
                2     1  g

        """)
  }

  @Test func sameSeedSameOutput() throws {
    var b = ""
    var state: UInt64 = 99
    for _ in 0..<600 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let u = (state >> 33) % 150
      state = state &* 6364136223846793005 &+ 1442695040888963407
      let v = (state >> 33) % 150
      if u != v { b += "n\(u) n\(v)\n" }
    }
    let path = try Self.file(b, name: "random.edges")
    for method in ["leiden", "louvain", "label-propagation"] {
      let first = try CLI.run("communities", path, "--method", method, "--seed", "11", "--format", "json")
      let second = try CLI.run("communities", path, "--method", method, "--seed", "11", "--format", "json")
      #expect(first.status == 0)
      #expect(first.stdout == second.stdout)
    }
  }

  @Test func usageErrors() throws {
    let path = try Self.file()
    #expect(try CLI.run("communities", path, "--method", "walktrap").status == 2)
    #expect(try CLI.run("communities", path, "--resolution=-1").status == 2)
    let cpm = try CLI.run("communities", path, "--method", "louvain", "--quality", "cpm")
    #expect(cpm.status == 2)
    #expect(cpm.stderr.contains("--quality cpm needs --method leiden"))
    let missing = try CLI.run("communities", "no/such/file.edges")
    #expect(missing.status != 0)
    let bad = try CLI.run("communities", try Self.file("a b\nc\n", name: "bad.edges"))
    #expect(bad.status == 3)
    #expect(bad.stderr.contains("bad.edges:2:1"))
  }

  @Test func structureTable() throws {
    let r = try CLI.run("structure", try Self.file())
    #expect(r.status == 0)
    #expect(
      r.stdout == """
        nodes                        7
        edges                        8
        components                   1
        articulation points          3
        bridges                      2
        biconnected components       4
        largest core number          2
        transitivity            0.5000
        density                 0.3810

        Components
        #  Size  Members
        0     7  a, b, c, d, e, f, g

        Articulation points: c, d, f
        Bridges: c -- d, f -- g

        Cores
        Core  Size  Members
           2     6  a, b, c, d, e, f
           1     1  g

        """)
  }

  @Test func structureJSONAndDirectedCSV() throws {
    let path = try Self.file()
    let r = try CLI.run("structure", path, "--format", "json")
    #expect(r.status == 0)
    let json = try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["articulationPoints"] as? [String] == ["c", "d", "f"])
    #expect(json["bridges"] as? [[String]] == [["c", "d"], ["f", "g"]])
    #expect((json["coreNumbers"] as? [String: Int])?["g"] == 1)
    #expect(json["strongComponents"] == nil)
    let csv = try CLI.run("structure", path, "--directed", "--format", "csv")
    #expect(csv.status == 0)
    #expect(
      csv.stdout == """
        node,component,strong_component,core,articulation_point
        a,0,0,2,false
        b,0,0,2,false
        c,0,0,2,true
        d,0,1,2,true
        e,0,1,2,false
        f,0,1,2,true
        g,0,2,1,false

        """)
  }
}

/// A fresh temporary directory for one test's files.
enum FileManagerTemp {
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
