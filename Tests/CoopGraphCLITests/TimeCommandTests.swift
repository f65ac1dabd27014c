import Foundation
import Testing

/// `--as-of`, `--between`, `--undated`, `coopgraph timeline`, `coopgraph compare` and
/// `convert --dynamic`, run as a user would.
@Suite struct TimeCommandTests {
  static let record = "graphs/riverlands-alliance-2019-2025.yaml"

  static func temporary(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-time-\(UUID().uuidString)-\(name)").path
  }

  @Test func asOfCutsTheRecordAndSaysSo() throws {
    let r = try CLI.run("info", Self.record, "--as-of", "2020", "--format", "json")
    #expect(r.status == 0)
    #expect(r.stderr == "note: as of 2020: 28 of 82 ties active; 2 undated ties included\n")
    #expect(r.stdout.contains("\"nodes\" : 20") || r.stdout.contains("\"nodes\": 20"))
    let between = try CLI.run("info", Self.record, "--between", "2020..2020", "--format", "csv")
    let asOf = try CLI.run("info", Self.record, "--as-of", "2020", "--format", "csv")
    #expect(between.stdout == asOf.stdout)
    let excluded = try CLI.run("info", Self.record, "--as-of", "2020", "--undated", "exclude", "--format", "csv")
    #expect(excluded.stderr == "note: as of 2020: 26 of 82 ties active; 2 undated ties left out\n")
  }

  @Test(arguments: [
    (
      ["--as-of", "Dec 2025"],
      "Error: --as-of: unknown date 'Dec 2025': not an ISO 8601 date; use YYYY, YYYY-MM or YYYY-MM-DD"
    ),
    (
      ["--as-of", "2025-13"],
      "Error: --as-of: unknown date '2025-13': there is no month 13 (months are 01 to 12); use YYYY, YYYY-MM or YYYY-MM-DD"
    ),
    (["--between", "2025/2023"], "Error: --between: the range '2025/2023' ends (2023) before it starts (2025)"),
    (["--as-of", "2024", "--between", "2023/2024"], "Error: give --as-of or --between, not both"),
  ])
  func badDatesAreUsageErrors(args: [String], message: String) throws {
    let r = try CLI.run(["analyze", Self.record] + args)
    #expect(r.status == 2)
    #expect(r.stderr.hasPrefix(message + "\n"), "\(r.stderr)")
  }

  @Test func everyCommandThatDrawsTakesAsOf() throws {
    for command in ["analyze", "communities", "structure", "partners", "rank", "dot", "info"] {
      var args = [command, Self.record, "--as-of", "2022"]
      if command == "rank" { args += ["--by", "degree"] }
      let r = try CLI.run(args)
      #expect(r.status == 0, "\(command): \(r.stderr)")
      #expect(r.stderr.contains("note: as of 2022:"), "\(command)")
    }
    let svg = Self.temporary("as-of.svg")
    defer { try? FileManager.default.removeItem(atPath: svg) }
    let r = try CLI.run("render", Self.record, "--as-of", "2019", "-o", svg)
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(text.contains("Northgate Polytechnic College"))
    #expect(!text.contains("Pamir Solar Works"))
  }

  /// The alliance has one date: cut to it, the analysis is the whole record's, word for word,
  /// but for the projection line that says what was cut.
  @Test func theAllianceAsOfItsDateIsTheWholeRecord() throws {
    let alliance = "graphs/jiangsu-central-asia-alliance.yaml"
    for format in ["table", "json"] {
      let whole = try CLI.run("analyze", alliance, "--format", format)
      let cut = try CLI.run("analyze", alliance, "--format", format, "--as-of", "2025-12-09")
      #expect(cut.status == 0)
      let note = "; as of 2025-12-09: 29 of 29 ties active; 14 undated ties included"
      #expect(cut.stdout.replacingOccurrences(of: note, with: "") == whole.stdout, "\(format)")
      #expect(cut.stdout.contains(note))
    }
    let timeline = try CLI.run("timeline", alliance)
    #expect(timeline.stdout.contains("Timeline by year, 2025 to 2025\n"))
    #expect(timeline.stdout.contains("14 undated ties included in every period"))
  }

  @Test func anEdgeListHasNoDates() throws {
    let r = try CLI.run("info", "graphs/karate-club-weighted.edges", "--as-of", "2020")
    #expect(r.status == 2)
    #expect(r.stderr.contains("an edge list has no dates"))
  }

  @Test func timelineTableJSONCSVAndChart() throws {
    let svg = Self.temporary("timeline.svg")
    defer { try? FileManager.default.removeItem(atPath: svg) }
    let r = try CLI.run("timeline", Self.record, "-o", svg)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Timeline by year, 2019 to 2025\n"))
    #expect(r.stdout.contains("2 undated ties included in every period (--undated exclude leaves them out)\n"))
    #expect(r.stdout.contains("2024          37    66"))
    #expect(r.stdout.contains("left Bluewave Logistics Group"))
    let chart = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(chart.hasPrefix("<?xml"))
    #expect(chart.contains("<polyline"))
    #expect(chart.contains("Standing score of the top partners"))

    let json = try CLI.run("timeline", Self.record, "--format", "json", "--by", "quarter", "--window", "2y")
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["windowMonths"] as? Int == 24)
    let periods = try #require(object["periods"] as? [[String: Any]])
    #expect(periods.count == 28)
    #expect(periods.first?["period"] as? String == "2019-Q1")
    #expect(periods.first?["from"] as? String == "2017-04-01")

    let csv = try CLI.run("timeline", Self.record, "--format", "csv", "--cumulative", "--between", "2021/2022")
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("2021,,2021-12-31,"))
  }

  @Test func timelineRefusesAsOfAndBadWindows() throws {
    #expect(try CLI.run("timeline", Self.record, "--as-of", "2024").status == 2)
    let r = try CLI.run("timeline", Self.record, "--window", "2 years")
    #expect(r.status == 2)
    #expect(
      r.stderr.hasPrefix("Error: --window: '2 years' is not a length; write a number and y, q or m, e.g. 2y, 6m\n"))
  }

  @Test func compareOfAFileWithItselfReportsNoChange() throws {
    let r = try CLI.run("compare", Self.record, Self.record)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout
        == "Compared: \(Self.record) → \(Self.record)\nNo change: the same entities, ties, standings and communities.\n"
    )
    let json = try CLI.run("compare", Self.record, "--periods", "2024", "2024", "--format", "json")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["unchanged"] as? Bool == true)
  }

  @Test func compareTwoHandMadeFiles() throws {
    let r = try CLI.run("compare", "Tests/Fixtures/time/compare-before.yaml", "Tests/Fixtures/time/compare-after.yaml")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout.contains("Entities  +1 added, -1 removed, 3 kept\n  added: Epsilon Press\n  removed: Delta Agency\n"))
    #expect(r.stdout.contains("Ties      +2 added, -2 removed, 3 kept\n"))
    #expect(r.stdout.contains("  + agreement “Textbooks” e, c\n  + agreement “Textbooks” a, e\n"))
    #expect(r.stdout.contains("  - agreement “Internships” b, a\n  - cooperation “Standards” c, d\n"))
    let csv = try CLI.run(
      "compare", "Tests/Fixtures/time/compare-before.yaml", "Tests/Fixtures/time/compare-after.yaml", "--format", "csv")
    #expect(
      csv.stdout == """
        change,element,kind,id,name,parties,date
        added,entity,enterprise,e,Epsilon Press,,
        removed,entity,government,d,Delta Agency,,
        added,tie,agreement,,Textbooks,e;c,
        added,tie,agreement,,Textbooks,a;e,
        removed,tie,agreement,,Internships,b;a,
        removed,tie,cooperation,,Standards,c;d,

        """)
  }

  @Test func comparePeriodsDrawsTheDiff() throws {
    let svg = Self.temporary("diff.svg")
    defer { try? FileManager.default.removeItem(atPath: svg) }
    let r = try CLI.run("compare", Self.record, "--periods", "2022", "2024", "-o", svg)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("Compared: 2022 → 2024\n"))
    #expect(r.stdout.contains("  removed: Bluewave Logistics Group, Wen Lan\n"))
    #expect(r.stdout.contains("Communities (Leiden"))
    let text = try String(contentsOfFile: svg, encoding: .utf8)
    #expect(text.contains("#1a9850"))
    #expect(text.contains("#d73027"))
    #expect(text.contains("stroke-dasharray"))
  }

  @Test func compareNeedsTwoOfSomething() throws {
    #expect(try CLI.run("compare", Self.record).status == 2)
    #expect(try CLI.run("compare", Self.record, "--periods", "2024").status == 2)
    let r = try CLI.run("compare", Self.record, "--periods", "2024", "Dec 2025")
    #expect(r.status == 2)
    #expect(r.stderr.contains("unknown period 'Dec 2025'"))
  }

  @Test func dynamicGEXF() throws {
    let out = Self.temporary("dynamic.gexf")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let r = try CLI.run("convert", Self.record, out, "--dynamic", "--no-layout")
    #expect(r.status == 0)
    let text = try String(contentsOfFile: out, encoding: .utf8)
    let committed = try String(
      contentsOfFile: CLI.root.appendingPathComponent("Tests/Fixtures/time/riverlands-dynamic.gexf").path,
      encoding: .utf8)
    #expect(text == committed)
    #expect(try CLI.run("convert", Self.record, Self.temporary("x.graphml"), "--dynamic").status == 2)
  }

  @Test func theReportHasATimelineWhenTheRecordSpansSeveralYears() throws {
    let page = Self.temporary("report.html")
    defer { try? FileManager.default.removeItem(atPath: page) }
    #expect(try CLI.run("report", Self.record, "-o", page).status == 0)
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("<section id=\"timeline\">"))
    #expect(html.contains("<a href=\"#timeline\">Timeline</a>"))
    #expect(html.contains("<dd>left: Bluewave Logistics Group</dd>"))
    let one = Self.temporary("one.html")
    defer { try? FileManager.default.removeItem(atPath: one) }
    #expect(try CLI.run("report", "graphs/jiangsu-central-asia-alliance.yaml", "-o", one).status == 0)
    #expect(!(try String(contentsOfFile: one, encoding: .utf8)).contains("id=\"timeline\""))
  }
}
