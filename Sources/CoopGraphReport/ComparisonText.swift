import CoopGraph
import Foundation

/// The text form of a ``NetworkComparison``.
public enum ComparisonText {
  /// The comparison for people: entities and ties added and removed (by kind), the partners
  /// that rose and fell most, the communities matched.
  /// - Parameter top: risers and fallers listed.
  public static func table(_ c: NetworkComparison, top: Int = 5) -> String {
    var out = "Compared: \(c.before) → \(c.after)\n"
    if c.isUnchanged {
      out += "No change: the same entities, ties, standings and communities.\n"
      return out
    }
    out += "\nEntities  +\(c.addedEntities.count) added, -\(c.removedEntities.count) removed, \(c.keptEntities) kept\n"
    if !c.addedEntities.isEmpty {
      out += TextWrap.items(c.addedEntities.map(\.name), lead: "  added: ", indent: "    ")
    }
    if !c.removedEntities.isEmpty {
      out += TextWrap.items(c.removedEntities.map(\.name), lead: "  removed: ", indent: "    ")
    }
    out += "\nTies      +\(c.addedTies.count) added, -\(c.removedTies.count) removed, \(c.keptTies) kept\n"
    var kinds = Table(["  kind", "added", "removed", "kept"], alignments: [.left, .right, .right, .right])
    for k in c.tiesByKind { kinds.rows.append(["  " + k.kind.rawValue, "+\(k.added)", "-\(k.removed)", "\(k.kept)"]) }
    out += kinds.render()
    for (sign, list) in [("+", c.addedTies), ("-", c.removedTies)] {
      for t in list { out += "  \(sign) " + describe(t) + "\n" }
    }
    if !c.standings.isEmpty {
      out += "\nStanding on the organization view (rank before → after, score)\n"
      let risers = c.risers.prefix(top)
      let fallers = c.fallers.prefix(top)
      if risers.isEmpty && fallers.isEmpty { out += "  no partner moved\n" }
      for s in risers { out += "  rose  " + describe(s) + "\n" }
      for s in fallers { out += "  fell  " + describe(s) + "\n" }
    }
    if let m = c.matching {
      out += "\nCommunities (Leiden, on the \(c.communitiesBefore.joined().count) nodes both graphs have): "
      out += "\(c.communitiesBefore.count) → \(c.communitiesAfter.count), NMI \(String(format: "%.4f", m.nmi))\n"
      for s in m.splits {
        let parts = s.into.map { group(c.communitiesAfter, $0) }.joined(separator: " and ")
        out += "  split   " + group(c.communitiesBefore, s.a) + " into " + parts + "\n"
      }
      for g in m.merges {
        let parts = g.from.map { group(c.communitiesBefore, $0) }.joined(separator: " and ")
        out += "  merged  " + parts + " into " + group(c.communitiesAfter, g.b) + "\n"
      }
      for k in m.continued {
        out +=
          "  kept    " + group(c.communitiesBefore, k.a) + " as " + group(c.communitiesAfter, k.b)
          + " (\(k.shared) shared)\n"
      }
    }
    return out
  }

  /// `#2 (5: a, b, c, …)`: a community by number, size and first members.
  static func group(_ communities: [[String]], _ i: Int) -> String {
    let members = communities[i]
    let shown = members.prefix(3).joined(separator: ", ") + (members.count > 3 ? ", …" : "")
    return "#\(i + 1) (\(members.count): \(shown))"
  }

  static func describe(_ t: Tie) -> String {
    var s = t.kind.rawValue
    if let l = t.label { s += " “\(l)”" }
    s += " " + t.parties.joined(separator: ", ")
    if let d = t.date { s += " (\(d))" }
    return s
  }

  static func describe(_ s: NetworkComparison.StandingChange) -> String {
    let delta = s.places > 0 ? "+\(s.places)" : "\(s.places)"
    return
      "\(s.name): \(s.before) → \(s.after) (\(delta)), score \(String(format: "%.2f", s.scoreBefore)) → \(String(format: "%.2f", s.scoreAfter))"
  }
}

/// `coopgraph compare`'s output: ``ComparisonText``'s table, ``NetworkComparison/json()``, and
/// as CSV one row per entity or tie added or removed (`change`, `element`, `kind`, `id`,
/// `name`, `parties` separated by `;`, `date`).
public struct ComparisonPresentation: Presentation {
  public var comparison: NetworkComparison
  /// Risers and fallers in the table.
  public var top: Int

  public init(_ comparison: NetworkComparison, top: Int = 5) {
    self.comparison = comparison
    self.top = top
  }

  public func table() -> String { ComparisonText.table(comparison, top: top) }
  public func json() -> JSONValue { comparison.json() }

  public func csv() -> String {
    let c = comparison
    var rows: [[String]] = [["change", "element", "kind", "id", "name", "parties", "date"]]
    for (change, list) in [("added", c.addedEntities), ("removed", c.removedEntities)] {
      for e in list { rows.append([change, "entity", e.kind.rawValue, e.id, e.name, "", ""]) }
    }
    for (change, list) in [("added", c.addedTies), ("removed", c.removedTies)] {
      for t in list {
        rows.append([
          change, "tie", t.kind.rawValue, t.id ?? "", t.label ?? "", t.parties.joined(separator: ";"),
          t.date?.description ?? "",
        ])
      }
    }
    return CSV.render(rows)
  }
}
