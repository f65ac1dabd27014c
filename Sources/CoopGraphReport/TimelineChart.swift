import CoopGraph
import Foundation

/// The SVG chart of a ``Timeline``: above, lines of the counts per period (entities, ties,
/// partners joined); below, the standing score of every partner that was ever among the top
/// partners, per period (a gap where it was not present). Plain SVG 1.1, no script, every
/// string escaped.
public enum TimelineChart {
  /// A line of the chart.
  struct Series {
    var name: String
    var color: String
    /// One value per period; `nil` for a gap.
    var values: [Double?]
  }

  static let palette: [String] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22",
  ]

  static let width: Double = 760
  static let panelHeight: Double = 220
  static let left: Double = 56
  static let right: Double = 210
  static let top: Double = 40

  /// The chart as an SVG document.
  public static func svg(_ t: Timeline) -> String {
    let periods: [String] = t.snapshots.map(\.period.description)
    let counts: [Series] = [
      Series(name: "entities", color: palette[0], values: t.snapshots.map { Double($0.entities) }),
      Series(name: "ties", color: palette[1], values: t.snapshots.map { Double($0.ties) }),
      Series(name: "partners joined", color: palette[2], values: t.snapshots.map { Double($0.joined.count) }),
      Series(name: "partners left", color: palette[3], values: t.snapshots.map { Double($0.left.count) }),
    ]
    let standings = standingSeries(t)
    let hasStandings = !standings.isEmpty
    let height: Double = top + panelHeight + (hasStandings ? panelHeight + 60 : 0) + 50
    var out = ""
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
    out += "viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
    out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    let title = (t.title ?? "Timeline") + ", " + t.options.summary
    out += "<text x=\"\(n(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(ReportHTML.escape(title))</text>\n"
    let countMax: Double = counts.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
    out += panel(
      "Counts per period", series: counts, periods: periods, y0: top, yMax: niceCeiling(countMax), decimals: 0)
    if hasStandings {
      out += panel(
        "Standing score of the top partners (organization view, 0 to 1)", series: standings, periods: periods,
        y0: top + panelHeight + 60, yMax: 1, decimals: 2)
    }
    out += "</svg>\n"
    return out
  }

  /// One line per partner that is among the top partners of some period: its score in every
  /// period it is present, in order of first appearance in a top list.
  static func standingSeries(_ t: Timeline) -> [Series] {
    var ids: [String] = []
    for s in t.snapshots {
      for p in t.top(s) where !ids.contains(p.id) { ids.append(p.id) }
    }
    let names = t.names
    var out: [Series] = []
    for (i, id) in ids.enumerated() {
      var values: [Double?] = []
      for s in t.snapshots {
        let score: Double? = s.standings.first { $0.id == id }?.score
        values.append(score)
      }
      out.append(Series(name: names[id] ?? id, color: palette[i % palette.count], values: values))
    }
    return out
  }

  /// The smallest of 1, 2, 5 × 10^k at least `x` (at least 1).
  static func niceCeiling(_ x: Double) -> Double {
    var step: Double = 1
    while step * 10 < x { step *= 10 }
    for m in [1.0, 2.0, 5.0, 10.0] where m * step >= x { return m * step }
    return 10 * step
  }

  static func panel(
    _ heading: String, series: [Series], periods: [String], y0: Double, yMax: Double, decimals: Int
  ) -> String {
    let plotWidth: Double = width - left - right
    let plotHeight: Double = panelHeight - 40
    let bottom: Double = y0 + 20 + plotHeight
    let count: Int = periods.count
    func x(_ i: Int) -> Double {
      count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(count - 1)
    }
    func y(_ v: Double) -> Double { bottom - plotHeight * (yMax > 0 ? v / yMax : 0) }
    var out = "<g>\n"
    out += "<text x=\"\(n(left))\" y=\"\(n(y0 + 10))\" font-weight=\"bold\">\(ReportHTML.escape(heading))</text>\n"
    // Grid and y labels: five steps.
    for step in 0...4 {
      let v: Double = yMax * Double(step) / 4
      let yy: Double = y(v)
      out +=
        "<line x1=\"\(n(left))\" y1=\"\(n(yy))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(yy))\" stroke=\"#e0e0e0\"/>\n"
      let label: String = decimals == 0 ? formatNumber(v.rounded()) : String(format: "%.\(decimals)f", v)
      out += "<text x=\"\(n(left - 6))\" y=\"\(n(yy + 4))\" text-anchor=\"end\" fill=\"#555\">\(label)</text>\n"
    }
    // x labels: at most about 12, evenly spaced.
    let every: Int = max(1, (count + 11) / 12)
    for (i, p) in periods.enumerated() where i % every == 0 || i == count - 1 {
      out +=
        "<text x=\"\(n(x(i)))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\" fill=\"#555\">\(ReportHTML.escape(p))</text>\n"
    }
    out +=
      "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(left + plotWidth))\" y2=\"\(n(bottom))\" stroke=\"#888\"/>\n"
    for (k, s) in series.enumerated() {
      // Runs of consecutive values become polylines; a lone value is a dot.
      var run: [String] = []
      func flush() {
        if run.count > 1 {
          out +=
            "<polyline fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>\n"
        }
        run = []
      }
      for (i, v) in s.values.enumerated() {
        guard let v else {
          flush()
          continue
        }
        run.append("\(n(x(i))),\(n(y(v)))")
        out +=
          "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"2.5\" fill=\"\(s.color)\"><title>\(ReportHTML.escape(s.name)), \(ReportHTML.escape(periods[i])): \(formatNumber(v))</title></circle>\n"
      }
      flush()
      let ly: Double = y0 + 30 + Double(k) * 16
      let lx: Double = left + plotWidth + 14
      out +=
        "<line x1=\"\(n(lx))\" y1=\"\(n(ly))\" x2=\"\(n(lx + 18))\" y2=\"\(n(ly))\" stroke=\"\(s.color)\" stroke-width=\"2\"/>\n"
      out += "<text x=\"\(n(lx + 24))\" y=\"\(n(ly + 4))\">\(ReportHTML.escape(truncate(s.name, 30)))</text>\n"
    }
    out += "</g>\n"
    return out
  }

  static func truncate(_ s: String, _ limit: Int) -> String {
    s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
  }

  /// A coordinate with at most one decimal.
  static func n(_ x: Double) -> String { formatNumber((x * 10).rounded() / 10) }
}
