import CoopGraph
import Foundation

/// The organization-view key partners for people (table) and spreadsheets (CSV): what
/// `coopgraph partners` prints.
public enum PartnersText {
  public static func table(_ r: OrganizationPartnersReport, title: String?) -> String {
    var out = "Key partners"
    if let title { out += " of \(title)" }
    out += "\nView: organizations (\(r.options.summary)); tie weights: "
    out += r.weights.map { "\($0.kind.rawValue) \(formatNumber($0.weight))" }.joined(separator: ", ")
    if let g = r.groupBy { out += "; brokerage across \(g)" }
    out += "\n"
    if r.partners.isEmpty { out += "\nThe record names no organization with a tie.\n" }
    out += entries(r.partners, cite: true)
    if !r.subUnits.isEmpty {
      out += "\nSub-units (ranked among the \(r.subUnitCandidates) sub-units; their ties count for their parent above)\n"
      out += entries(r.subUnits, cite: false)
    }
    if !r.alliances.isEmpty {
      out += "\nAlliances (the frame of the cooperation: their memberships and designations count for the members above)\n"
      out += entries(r.alliances, cite: false)
    }
    if !r.people.isEmpty {
      out += "\nPeople (they count for the organizations they hold roles in; never ranked among them)\n"
      for p in r.people {
        var line = "\(p.standing). \(p.name): party to \(p.ties) \(p.ties == 1 ? "tie" : "ties"), evidence \(formatNumber(p.evidence))"
        if !p.roles.isEmpty { line += "; " + p.roles.joined(separator: "; ") }
        if !p.indistinguishableFrom.isEmpty { line += " (level with \(p.indistinguishableFrom.count) more)" }
        out += TextWrap.text(line, width: 96, indent: "   ") + "\n"
      }
    }
    return out
  }

  /// Entries in order; a partner level with the one before it gets one line.
  static func entries(_ list: [OrganizationPartnersReport.Partner], cite: Bool) -> String {
    var out = ""
    for (i, p) in list.enumerated() {
      if i > 0, p.indistinguishableFrom.contains(list[i - 1].name) {
        out += "\(p.row.standing). \(p.name): level with the above, the same on every measure\n"
      } else {
        out += entry(p, cite: cite)
      }
    }
    return out
  }

  static func entry(_ p: OrganizationPartnersReport.Partner, cite: Bool = true) -> String {
    let head = "\(p.row.standing). "
    let indent = String(repeating: " ", count: head.count)
    var out = "\n" + head + TextWrap.text(p.sentence, width: 96, indent: indent) + "\n"
    guard cite else { return out }
    for line in Citation.lines(p.citations) {
      out += indent + TextWrap.text("- " + line, width: 96 - indent.count, indent: indent + "  ") + "\n"
    }
    return out
  }

  public static func rows(_ r: OrganizationPartnersReport) -> [[String]] {
    var rows: [[String]] = [
      ["section", "standing", "id", "name", "kind", "group", "score"] + OrganizationStanding.measureNames
        + ["rank_min", "rank_max", "robust", "ties", "sentence"]
    ]
    for (section, list) in [("organization", r.partners), ("sub-unit", r.subUnits)] {
      for p in list {
        let x = p.row
        rows.append(
          [section, "\(x.standing)", p.id, p.name, p.kind.rawValue, p.group ?? "", formatNumber(x.score),
           formatNumber(x.evidence), "\(x.partners)", "\(x.brokerage)", formatNumber(x.betweenness),
           "\(p.rankRange.lowerBound)", "\(p.rankRange.upperBound)", section == "organization" ? "\(p.isRobust)" : "",
           p.citations.flatMap(\.tieIDs).joined(separator: " "), p.sentence])
      }
    }
    for p in r.people {
      rows.append(["person", "\(p.standing)", p.id, p.name, "person", "", "", formatNumber(p.evidence), "", "", "", "", "", "", "", p.roles.joined(separator: "; ")])
    }
    return rows
  }
}

/// What `coopgraph partners` prints on the organization view.
public struct OrganizationPartnersPresentation: Presentation {
  public var report: OrganizationPartnersReport
  public var title: String?

  public init(_ report: OrganizationPartnersReport, title: String?) {
    self.report = report
    self.title = title
  }

  public func table() -> String { PartnersText.table(report, title: title) }
  public func json() -> JSONValue { report.json() }
  public func csv() -> String { CSV.render(PartnersText.rows(report)) }
}

/// What `coopgraph partners --view projection` prints: the key partners of a projection, a
/// sentence each.
public struct KeyPartnersPresentation: Presentation {
  public var report: KeyPartnersReport
  public var title: String?
  /// The measures the partners were ranked by, in their columns' order.
  public var measures: [String]

  public init(_ report: KeyPartnersReport, title: String?, measures: [String]) {
    self.report = report
    self.title = title
    self.measures = measures
  }

  public func table() -> String {
    var out = "Key partners"
    if let title { out += " of \(title)" }
    out += "\nProjection: \(report.projection)"
    if let g = report.groupBy { out += "; brokerage between groups by \(g)" }
    out += "\n"
    if report.partners.isEmpty { out += "\nNo entity of the kinds asked for is a node of this projection.\n" }
    for p in report.partners {
      let lead = "\(p.standing). "
      out += "\n" + lead + TextWrap.text(p.sentence, width: 96, indent: String(repeating: " ", count: lead.count)) + "\n"
    }
    return out
  }

  public func json() -> JSONValue { report.json() }

  public func csv() -> String {
    var rows: [[String]] = [["standing", "id", "name", "kind", "group"] + measures + ["disconnected_pairs", "sentence"]]
    for p in report.partners {
      rows.append(
        ["\(p.standing)", p.id, p.name, p.kind.rawValue, p.group ?? ""] + p.measures.map { formatNumber($0.value) }
          + ["\(p.removal.disconnectedPairs)", p.sentence])
    }
    return CSV.render(rows)
  }
}
