import CoopGraph
import Foundation
import Testing

@testable import CoopGraphReport

@Suite struct TimelineChartTests {
  /// Two partners; "b & <c>" takes part only in 2021 and 2023, so its line has a gap in 2022.
  static let text = """
    coopgraph: 1
    title: "Chart <test> & co"
    entities:
      - {id: a, name: Alpha, kind: institution, country: CN}
      - {id: b, name: "b & <c>", kind: enterprise, country: KZ}
      - {id: d, name: Delta, kind: enterprise, country: CN}
    ties:
      - {kind: agreement, parties: [a, d], date: 2021/2023}
      - {kind: agreement, parties: [a, b], date: 2021/2021}
      - {kind: agreement, parties: [a, b], date: 2023/2023}
    """

  static func timeline() throws -> Timeline {
    var o = Timeline.Options()
    o.top = 3
    return try NativeFormat.parse(text).timeline(o, threads: 1)
  }

  @Test func escapesTextAndLeavesGapsForAbsentPartners() throws {
    let t = try Self.timeline()
    #expect(t.snapshots.map(\.period.description) == ["2021", "2022", "2023"])
    let svg = TimelineChart.svg(t)
    #expect(svg.contains("Chart &lt;test&gt; &amp; co, by year"))
    #expect(svg.contains("b &amp; &lt;c&gt;"))
    #expect(!svg.contains("<c>"))
    let series = TimelineChart.standingSeries(t)
    let b = try #require(series.first { $0.name == "b & <c>" })
    #expect(b.values[0] != nil && b.values[1] == nil && b.values[2] != nil)
    // A lone value is a dot, not a line: b's line has no polyline, Alpha's has one.
    let lines = svg.components(separatedBy: "<polyline").count - 1
    #expect(lines == 4 + 2)
  }

  @Test func tableAndCSVName() throws {
    let t = try Self.timeline()
    let table = TimelineText.table(t, projection: "p")
    #expect(table.contains("Timeline by year, 2021 to 2023\n"))
    #expect(table.contains("  2022 left b & <c>\n"))
    #expect(table.contains("  2023 joined b & <c>\n"))
    let csv = TimelineText.csv(t).split(separator: "\n")
    #expect(csv[0].hasPrefix("period,from,to,entities,ties,ties_agreement,joined,left,joined_ids,left_ids,"))
    #expect(csv[2].hasPrefix("2022,2022-01-01,2022-12-31,2,1,1,0,1,,b,2,1,1,1,2,a,1,"))
  }
}
