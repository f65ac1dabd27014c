import CoopGraph
import Foundation

/// The text and CSV forms of a ``Timeline``.
public enum TimelineText {
  /// The tie kinds any snapshot has, in the record's order of kinds.
  static func tieKinds(_ t: Timeline) -> [TieKind] {
    var seen: [TieKind] = []
    for s in t.snapshots {
      for k in s.tiesByKind where !seen.contains(k.kind) { seen.append(k.kind) }
    }
    return seen
  }

  static func count(_ kind: TieKind, in s: Timeline.Snapshot) -> Int {
    s.tiesByKind.first { $0.kind == kind }?.count ?? 0
  }

  /// The note on undated ties, or `nil` when the record has none.
  public static func undatedNote(_ t: Timeline) -> String? {
    guard t.undatedTies > 0 else { return nil }
    let n = t.undatedTies == 1 ? "1 undated tie" : "\(t.undatedTies) undated ties"
    return t.options.undated == .include
      ? "\(n) included in every period (--undated exclude leaves them out)"
      : "\(n) left out of every period"
  }

  /// The table for people: one row per period, then the top partners and who joined and left.
  public static func table(_ t: Timeline, projection: String) -> String {
    var out = ""
    if let title = t.title { out += title + "\n" }
    let range =
      t.snapshots.first.map { f in "\(f.period) to \(t.snapshots.last?.period ?? f.period)" } ?? "no dated ties"
    out += "Timeline \(t.options.summary), \(range)\n"
    out += "Projection: \(projection)\n"
    if let note = undatedNote(t) { out += note + "\n" }
    out += "\n"
    guard !t.snapshots.isEmpty else { return out + "The record has no dates: nothing to cut into periods.\n" }
    let kinds = tieKinds(t)
    let header: [String] =
      ["Period", "Entities", "Ties"] + kinds.map(\.rawValue)
      + ["Joined", "Left", "Nodes", "Edges", "Density", "Components"]
    let alignments: [Table.Alignment] = [.left] + Array(repeating: .right, count: header.count - 1)
    var table = Table(header, alignments: alignments)
    for s in t.snapshots {
      var row: [String] = [s.period.description, "\(s.entities)", "\(s.ties)"]
      for k in kinds { row.append("\(count(k, in: s))") }
      row += [
        "+\(s.joined.count)", "-\(s.left.count)", "\(s.nodes)", "\(s.edges)", String(format: "%.4f", s.density),
        "\(s.components)",
      ]
      table.rows.append(row)
    }
    out += table.render()
    if t.snapshots.contains(where: { !$0.standings.isEmpty }) {
      out += "\nTop partners (standing and score on the organization view)\n"
      for s in t.snapshots {
        let top = t.top(s).map { "\($0.standing). \($0.name) (\(String(format: "%.2f", $0.score)))" }
        out += "  \(s.period)  " + (top.isEmpty ? "none" : top.joined(separator: ", ")) + "\n"
      }
    }
    out += "\nJoined and left (partners: every entity but people)\n"
    let names = t.names
    for s in t.snapshots where !s.joined.isEmpty || !s.left.isEmpty {
      var parts: [String] = []
      if !s.joined.isEmpty { parts.append("joined " + s.joined.map { names[$0] ?? $0 }.joined(separator: ", ")) }
      if !s.left.isEmpty { parts.append("left " + s.left.map { names[$0] ?? $0 }.joined(separator: ", ")) }
      out +=
        "  " + TextWrap.text("\(s.period)  " + parts.joined(separator: "; "), width: 100, indent: "        ") + "\n"
    }
    return out
  }

  /// One row per period: the counts, the ties of each kind (`ties_KIND`), the ids that joined
  /// and left (`;`-separated), the graph's numbers and the top partners (`top_N` id and
  /// `top_N_score`).
  public static func csv(_ t: Timeline) -> String {
    let kinds = tieKinds(t)
    var header: [String] = ["period", "from", "to", "entities", "ties"] + kinds.map { "ties_\($0.rawValue)" }
    header += [
      "joined", "left", "joined_ids", "left_ids", "nodes", "edges", "density", "components", "largest_component",
    ]
    for i in 1...max(1, t.options.top) { header += ["top_\(i)", "top_\(i)_standing", "top_\(i)_score"] }
    var rows: [[String]] = [header]
    for s in t.snapshots {
      var row: [String] = [
        s.period.description, s.window.start?.description ?? "", s.window.end?.description ?? "", "\(s.entities)",
        "\(s.ties)",
      ]
      for k in kinds { row.append("\(count(k, in: s))") }
      row += [
        "\(s.joined.count)", "\(s.left.count)", s.joined.joined(separator: ";"), s.left.joined(separator: ";"),
        "\(s.nodes)", "\(s.edges)", formatNumber(s.density), "\(s.components)", "\(s.largestComponent)",
      ]
      let top = t.top(s)
      for i in 0..<max(1, t.options.top) {
        if i < top.count {
          row += [top[i].id, "\(top[i].standing)", formatNumber(top[i].score)]
        } else {
          row += ["", "", ""]
        }
      }
      rows.append(row)
    }
    return CSV.render(rows)
  }
}

/// `coopgraph timeline`'s output: ``TimelineText``'s table and CSV, ``Timeline/json()``.
public struct TimelinePresentation: Presentation {
  public var timeline: Timeline
  /// The projection line of the table (``Projection/summary``).
  public var projection: String

  public init(_ timeline: Timeline, projection: String) {
    self.timeline = timeline
    self.projection = projection
  }

  public func table() -> String { TimelineText.table(timeline, projection: projection) }
  public func json() -> JSONValue { timeline.json() }
  public func csv() -> String { TimelineText.csv(timeline) }
}
