import CoopGraph
import Foundation

/// The terminal and CSV forms of an ``Analysis``.
public enum AnalysisText {
  /// A number as tables show it: counts as integers, other values with 4 significant decimals.
  static func format(_ x: Double, count: Bool) -> String {
    if x.isNaN { return "–" }
    if count { return formatNumber(x) }
    return String(format: "%.4f", x)
  }

  static func wrap(_ items: [String], lead: String, indent: String, width: Int = 100, separator: String = ",") -> String {
    TextWrap.items(items, lead: lead, indent: indent, width: width, separator: separator)
  }

  /// The longest community lists the table prints; JSON and CSV have every member.
  static let maxCommunities = 20
  static let maxMembers = 40

  /// The measures of the top-partners table, those the analysis has, in this order.
  static let headline = ["degree", "betweenness", "pagerank", "brokerage"]

  public static func table(_ a: Analysis) -> String {
    var out = ""
    if let title = a.title { out += "\(title)\n" }
    out += "File: \(a.file)\n"
    out += "Projection: \(a.projection)\n\n"

    let c = a.counts
    var counts = Table(["", "", "", ""], alignments: [.left, .right, .left, .right], header: false)
    let n = max(c.entitiesByKind.count, c.tiesByKind.count)
    counts.rows.append(["Entities", "\(c.entities)", "Ties", "\(c.ties)"])
    for i in 0..<n {
      let e = i < c.entitiesByKind.count ? c.entitiesByKind[i] : nil
      let t = i < c.tiesByKind.count ? c.tiesByKind[i] : nil
      counts.rows.append([
        e.map { "  " + $0.kind } ?? "", e.map { "\($0.count)" } ?? "", t.map { "  " + $0.kind } ?? "",
        t.map { "\($0.count)" } ?? "",
      ])
    }
    out += counts.render().split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? "" : String($0)
    }.joined(separator: "\n")
    out += "\n"
    var graph = Table(["", ""], header: false)
    graph.rows.append(["Nodes", "\(c.nodes)"])
    graph.rows.append([
      "Edges", "\(c.edges) (\(c.directed ? "directed" : "undirected"), \(c.weighted ? "weighted" : "unweighted"))",
    ])
    graph.rows.append(["Components", "\(c.components) (largest: \(c.largestComponent) \(c.largestComponent == 1 ? "node" : "nodes"))"])
    graph.rows.append(["Density", String(format: "%.4f", c.density)])
    out += graph.render()

    for note in a.notes { out += "\nNote: \(note)\n" }

    if let org = a.organizations {
      out += organizationTable(org, top: a.top)
    }
    // Top partners: the best `top` by each headline measure, one row each, value and rank.
    let shown = headline.compactMap { a.measure($0) }
    if a.organizations == nil && !shown.isEmpty && c.nodes > 0 {
      let ranks = shown.map { a.ranks(of: $0.key) }
      var rows: [Int] = []
      var seen = Set<Int>()
      for m in shown {
        for v in a.ranking(of: m.key).prefix(a.top) where seen.insert(v).inserted { rows.append(v) }
      }
      // By mean rank over the headline measures, then id.
      func meanRank(_ v: Int) -> Double {
        Double(ranks.reduce(0) { $0 + ($1[v] ?? c.nodes) }) / Double(shown.count)
      }
      let means = Dictionary(uniqueKeysWithValues: rows.map { ($0, meanRank($0)) })
      rows.sort { x, y in
        let mx = means[x] ?? 0, my = means[y] ?? 0
        return mx != my ? mx < my : a.nodes[x].id < a.nodes[y].id
      }
      out += "\nTop partners (the \(a.top) best by each measure; rank in brackets)\n"
      var t = Table(
        ["Partner"] + shown.flatMap { [$0.title, ""] },
        alignments: [.left] + shown.flatMap { _ in [Table.Alignment.right, .left] })
      for v in rows {
        var row = [a.nodes[v].id]
        for (m, r) in zip(shown, ranks) {
          let rank = r[v].map { "(\($0))" } ?? "(–)"
          row += [format(m.values[v], count: m.isInteger), rank]
        }
        t.rows.append(row)
      }
      out += t.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    // Communities, members best connected first; long lists are cut (JSON and CSV have all).
    let groups = a.communities.partition.communities
    out += "\nCommunities: \(groups.count) by Leiden (modularity \(format(a.communities.modularity, count: false)), "
    out += "resolution \(formatNumber(a.communities.resolution)), seed \(a.communities.seed))\n"
    let degree = a.measure("degree")?.values ?? []
    for (c, members) in groups.prefix(maxCommunities).enumerated() {
      let order = members.sorted { x, y in
        let dx = degree.isEmpty ? 0 : degree[x], dy = degree.isEmpty ? 0 : degree[y]
        return dx != dy ? dx > dy : a.nodes[x].id < a.nodes[y].id
      }
      var names = order.prefix(maxMembers).map { a.nodes[$0].id }
      if order.count > maxMembers { names.append("… \(order.count - maxMembers) more") }
      out += wrap(names, lead: "  \(c + 1) (\(members.count)): ", indent: "      ")
    }
    if groups.count > maxCommunities {
      let rest = groups.dropFirst(maxCommunities)
      out +=
        "  … \(rest.count) more communities of \(rest.map(\.count).reduce(0, +)) nodes (--format json or csv lists all)\n"
    }

    if !a.keyPartners.isEmpty {
      out += "\nKey partners\n"
      for k in a.keyPartners {
        let words = k.sentence.split(separator: " ").map(String.init)
        out += wrap(words, lead: "  \(k.standing). ", indent: "     ", separator: " ")
        for line in Citation.lines(k.citations) {
          out += wrap(line.split(separator: " ").map(String.init), lead: "     - ", indent: "       ", separator: " ")
        }
      }
    }
    if let alliances = a.organizations?.alliances, !alliances.isEmpty {
      out += "\nAlliances (the frame of the cooperation, not ranked among its partners): "
      out += alliances.map { "\($0.name) (evidence \(formatNumber($0.row.evidence)))" }.joined(separator: "; ") + "\n"
    }
    if let people = a.organizations?.people, !people.isEmpty {
      out += "\nPeople (counted for the organizations they hold roles in)\n"
      var t = Table(["", "Person", "Ties", "Evidence", "Roles"], alignments: [.right, .left, .right, .right, .left])
      for p in people {
        t.rows.append(["\(p.standing).", p.name, "\(p.ties)", formatNumber(p.evidence), p.roles.joined(separator: "; ")])
      }
      out += t.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    let s = a.structure
    if let org = a.organizations {
      out += "\nOrganizations whose leaving would split the others: "
      out += (org.cutPoints.isEmpty ? "none" : org.cutPoints.joined(separator: ", ")) + "\n"
    }
    out += a.organizations == nil ? "\nStructure\n" : "\nStructure of the projected graph (every entity, placeholders included)\n"
    func list(_ lead: String, _ items: [String]) -> String {
      items.isEmpty ? lead + "none\n" : wrap(items, lead: lead, indent: "      ")
    }
    out += list("  Cut points (\(s.articulationPoints.count)): ", s.articulationPoints.map { a.nodes[$0].id })
    out += list("  Bridges (\(s.bridges.count)): ", s.bridges.map { "\(a.nodes[$0.u].id) – \(a.nodes[$0.v].id)" })
    out += list("  Main core (k = \(s.maxCore), \(s.mainCore.count) \(s.mainCore.count == 1 ? "node" : "nodes")): ", s.mainCore.map { a.nodes[$0].id })
    return out
  }

  /// The organizations of the organization view by standing: name, score and the four
  /// evidence measures with their ranks, and the rank range over the modelling variants.
  static func organizationTable(_ r: OrganizationPartnersReport, top: Int) -> String {
    var out = "\nTop organizations (organization view: \(r.options.summary); rank in brackets)\n"
    var t = Table(
      ["", "Organization", "Score", "Evidence", "", "Partners", "", "Brokerage", "", "Betweenness", "", "Variants"],
      alignments: [.right, .left, .right, .right, .left, .right, .left, .right, .left, .right, .left, .left])
    for p in r.partners.prefix(top) {
      let x = p.row
      let values = [formatNumber(x.evidence), "\(x.partners)", "\(x.brokerage)", String(format: "%.4f", x.betweenness)]
      var row = ["\(x.standing).", p.name, String(format: "%.2f", x.score)]
      for (v, rank) in zip(values, p.measureRanks) { row += [v, "(\(rank))"] }
      let range = p.rankRange
      row.append((range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)") + (p.isRobust ? "" : " (depends)"))
      t.rows.append(row)
    }
    out += t.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    let level = r.partners.prefix(top).filter { !$0.indistinguishableFrom.isEmpty }
    if !level.isEmpty {
      out += "  Equal on every measure and tie-break (the record does not tell them apart): "
      out += Array(Set(level.map { ([$0.name] + $0.indistinguishableFrom).sorted().joined(separator: " = ") })).sorted().joined(separator: "; ") + "\n"
    }
    return out
  }

  /// One row per node: id, name, kind, country and every measure.
  public static func csv(_ a: Analysis) -> String {
    var rows: [[String]] = [["id", "name", "kind", "country"] + a.measures.map(\.key) + ["community", "cut_point"]]
    let cut = Set(a.structure.articulationPoints)
    for (v, n) in a.nodes.enumerated() {
      rows.append(
        [n.id, n.name, n.kind, n.country ?? ""]
          + a.measures.map { $0.values[v].isNaN ? "" : formatNumber($0.values[v]) }
          + ["\(a.communities.partition.membership[v] + 1)", cut.contains(v) ? "true" : "false"])
    }
    return CSV.render(rows)
  }
}

extension Analysis: Presentation {
  public func json() -> JSONValue { json(includeEdges: false) }
  public func table() -> String { AnalysisText.table(self) }
  public func csv() -> String { AnalysisText.csv(self) }
}
