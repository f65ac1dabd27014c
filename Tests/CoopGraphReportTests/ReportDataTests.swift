import Foundation
import CoopGraph
import Testing

@testable import CoopGraphReport

/// The data the report's page reads: node aliases and parents, the record's ties with their
/// source sentences and the days each node and tie is active, and their escaping in the page.
@Suite struct ReportDataTests {
  static let record = """
    coopgraph: 1
    title: Dated alliance
    entities:
      - {id: uni, name: University, kind: institution, country: CN, aliases: [UoT, "</script><b>x"]}
      - {id: uni-ai, name: School of AI, kind: institution, parent: uni, country: CN}
      - {id: firm, name: Firm, kind: enterprise, country: KZ, joined: 2021, left: 2023-06}
      - {id: agency, name: Agency, kind: government, country: KZ}
    ties:
      - kind: agreement
        parties: [uni-ai, firm]
        label: Joint lab
        date: 2021-03/2024
        source: "The school and the firm opened a lab </script><script>window.x=1</script> in March 2021."
      - {kind: cooperation, parties: [uni, agency], strength: 2}
    """

  static func analysis() throws -> Analysis {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-data-\(UUID().uuidString).yaml")
    try record.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    return try Analysis(NetworkFile.load(path: url.path))
  }

  @Test func nodesCarryAliasesAndParent() throws {
    let a = try Self.analysis()
    let uni = try #require(a.nodes.firstIndex { $0.id == "uni" })
    let school = try #require(a.nodes.firstIndex { $0.id == "uni-ai" })
    #expect(a.nodes[uni].aliases == ["UoT", "</script><b>x"])
    #expect(a.nodes[uni].parent == nil)
    #expect(a.nodes[school].parent == uni)
    let json = a.json().serialized(pretty: false)
    #expect(json.contains(#""aliases":["UoT","</script><b>x"],"parent":null"#))
    #expect(json.contains(#""aliases":[],"parent":"uni""#))
    // The ties and the days are the report's: `analyze` leaves them out.
    #expect(!json.contains(#""ties":[{"#))
    #expect(!json.contains(#""present""#))
  }

  @Test func tiesKeepTheirSourceSentenceAndPartiesAsNodes() throws {
    let a = try Self.analysis()
    #expect(a.ties.count == 2)
    let lab = a.ties[0]
    let index = { (id: String) in a.nodes.firstIndex { $0.id == id } }
    #expect(lab.index == 0 && lab.id == nil && lab.kind == "agreement" && lab.label == "Joint lab")
    #expect(lab.parties == [index("uni-ai"), index("firm")].compactMap { $0 })
    #expect(lab.date == "2021-03" && lab.end == "2024")
    #expect(lab.source?.hasPrefix("The school and the firm opened a lab") == true)
    #expect(a.ties[1].strength == 2 && a.ties[1].source == nil && a.ties[1].date == nil)
    let json = a.json(includeEdges: true).serialized(pretty: false)
    #expect(
      json.contains(
        #"{"index":1,"id":null,"kind":"cooperation","label":null,"parties":[0,3],"directed":false,"projected":true,"date":null,"end":null,"strength":2,"source":null,"active":[[null,null]]}"#
      ))
  }

  /// The days follow `Activity` (docs/time.md): the firm's own span, the lab within it, the
  /// undated tie on every day.
  @Test func daysFollowTheLibrarysRules() throws {
    let a = try Self.analysis()
    let firm = try #require(a.nodes.first { $0.id == "firm" })
    let own = DaySpan(Day(year: 2021, month: 1, day: 1), Day(year: 2023, month: 6, day: 30))
    #expect(firm.present == [own])
    #expect(a.ties[0].active?.first?.start == Day(year: 2021, month: 3, day: 1))
    #expect(a.ties[0].active?.first?.end == Day(year: 2023, month: 6, day: 30))
    #expect(a.ties[1].active == [DaySpan.always])
    #expect(a.dateRange?.first == Day(year: 2021, month: 1, day: 1))
    #expect(a.dateRange?.last == Day(year: 2024, month: 12, day: 31))
    let json = a.json(includeEdges: true).serialized(pretty: false)
    #expect(json.contains(#""present":[["2021-01-01","2023-06-30"]]"#))
    #expect(json.contains(#""dateRange":{"first":"2021-01-01","last":"2024-12-31"}"#))
  }

  @Test func anUndatedRecordHasNoDays() throws {
    let a = try Analysis(NetworkFile.load(path: ReportHTMLTests.small))
    #expect(a.dateRange != nil)  // small.yaml dates its agreement
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-undated-\(getpid()).yaml")
    let text = "coopgraph: 1\nentities:\n  - {id: a, kind: institution}\n  - {id: b, kind: enterprise}\n"
    try (text + "ties:\n  - {kind: cooperation, parties: [a, b]}\n").write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let undated = try Analysis(NetworkFile.load(path: url.path))
    #expect(undated.dateRange == nil && undated.nodes.allSatisfy { $0.present == nil } && undated.ties[0].active == nil)
    #expect(undated.json(includeEdges: true).serialized(pretty: false).contains(#""dateRange":null"#))
  }

  /// Names, aliases and source sentences reach the page only inside the script-safe JSON (the
  /// page's script turns them into text nodes): no `</script>` or tag of theirs is in the page.
  @Test func theNewDataIsEscapedInThePage() throws {
    let a = try Self.analysis()
    let html = ReportHTML.render(a, svg: nil, diagramNote: "No diagram.")
    #expect(!html.contains("<script>window.x=1"))
    #expect(!html.contains("</script><b>x"))
    #expect(html.contains(#"lab \u003c/script\u003e\u003cscript\u003ewindow.x=1\u003c/script\u003e in March"#))
    #expect(html.contains(#""aliases":["UoT","\u003c/script\u003e\u003cb\u003ex"]"#))
    // One data element and one script element, as before.
    #expect(html.components(separatedBy: "<script").count - 1 == 2)
    #expect(html == ReportHTML.render(a, svg: nil, diagramNote: "No diagram."))
  }
}
