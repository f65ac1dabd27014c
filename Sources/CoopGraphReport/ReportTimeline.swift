import CoopGraph

/// The Timeline section of the HTML report: the chart of ``TimelineChart``, the counts per
/// period and the partners that joined and left in each.
enum ReportTimeline {
  static func e(_ s: String) -> String { ReportHTML.escape(s) }

  static func section(_ t: Timeline) -> String {
    var out = "<section id=\"timeline\">\n<h2>Timeline</h2>\n"
    let first = t.snapshots.first?.period.description ?? ""
    let last = t.snapshots.last?.period.description ?? ""
    out += "<p>The record \(e(t.options.summary)), \(e(first)) to \(e(last)): each period holds the entities present "
    out += "and the ties active on some day of it."
    if let note = TimelineText.undatedNote(t) { out += " " + e(note.prefix(1).uppercased() + note.dropFirst()) + "." }
    out += "</p>\n"
    out += "<figure class=\"timeline-chart\" style=\"margin:1em 0;max-width:760px\">" + chart(t) + "</figure>\n"
    let kinds = TimelineText.tieKinds(t)
    func num(_ text: String) -> String { "<td class=\"num\">\(text)</td>" }
    out += "<div class=\"table-wrap\"><table class=\"timeline small\">\n<thead><tr><th>Period</th>"
    out += "<th class=\"num\">Entities</th><th class=\"num\">Ties</th>"
    for k in kinds { out += "<th class=\"num\">\(e(k.rawValue))</th>" }
    out += "<th class=\"num\">Joined</th><th class=\"num\">Left</th><th class=\"num\">Density</th>"
    out += "<th class=\"num\">Components</th><th style=\"min-width:24em\">Top partners</th></tr></thead>\n<tbody>\n"
    for s in t.snapshots {
      out += "<tr><td>\(e(s.period.description))</td>" + num("\(s.entities)") + num("\(s.ties)")
      for k in kinds { out += num("\(TimelineText.count(k, in: s))") }
      out += num("+\(s.joined.count)") + num("−\(s.left.count)")
      out += num(ReportHTML.formatFixed(s.density, decimals: 4)) + num("\(s.components)")
      let top = t.top(s).map { "\($0.standing). \(e($0.name))" }.joined(separator: ", ")
      out += "<td>\(top)</td></tr>\n"
    }
    out += "</tbody>\n</table></div>\n"
    out += "<h3>Joined and left</h3>\n<dl class=\"joined-left\">\n"
    let names = t.names
    for s in t.snapshots where !s.joined.isEmpty || !s.left.isEmpty {
      out += "<dt>\(e(s.period.description))</dt>"
      if !s.joined.isEmpty {
        out += "<dd>joined: " + s.joined.map { e(names[$0] ?? $0) }.joined(separator: ", ") + "</dd>"
      }
      if !s.left.isEmpty {
        out += "<dd>left: " + s.left.map { e(names[$0] ?? $0) }.joined(separator: ", ") + "</dd>"
      }
      out += "\n"
    }
    out += "</dl>\n</section>\n"
    return out
  }

  /// The chart without its XML declaration, scaled to the page.
  static func chart(_ t: Timeline) -> String {
    var svg = TimelineChart.svg(t)
    if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
    if let r = svg.range(of: "<svg ") {
      svg.replaceSubrange(r, with: "<svg role=\"img\" style=\"max-width:100%;height:auto\" ")
    }
    return svg
  }
}
