import CoopGraph
import Foundation

/// A score as tables print it: an integer without decimals, else four decimals; `-` for NaN.
public func scoreText(_ x: Double) -> String {
  if x.isNaN { return "-" }
  if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
  return String(format: "%.4f", x)
}

/// What `whatif --remove` reports: connection before and after, the ranking's changes, and,
/// on the organization view, the cooperation lost.
public struct WhatIfPresentation: Presentation {
  public var report: WhatIfReport
  /// The rows shown (all, or the first N).
  public var ranking: [WhatIfReport.RankChange]
  public var measure: CentralityMeasure
  public var loss: CooperationLoss?
  public var network: Network

  public init(
    _ report: WhatIfReport, ranking: [WhatIfReport.RankChange], measure: CentralityMeasure, loss: CooperationLoss?,
    network: Network
  ) {
    self.report = report
    self.ranking = ranking
    self.measure = measure
    self.loss = loss
    self.network = network
  }

  /// A score as the measure gives it (ranking negates lower-is-better measures).
  func shown(_ x: Double) -> Double { measure.lowerIsBetter ? -x : x }

  static func distance(_ x: Double) -> String { x.isNaN ? "-" : String(format: "%.3f", x) }

  public func table() -> String {
    let r = report
    var out = loss.map { lossTable($0) + "\n" } ?? ""
    out += "Removing: \(r.removed.joined(separator: ", "))\n\n"
    var t = Table(["", "Before", "After"], alignments: [.left, .right, .right])
    func sizes(_ c: Connectivity) -> String {
      let shown = c.componentSizes.prefix(8).map(String.init).joined(separator: ", ")
      return c.componentSizes.count > 8 ? shown + ", …" : shown
    }
    t.rows.append(["Entities", "\(r.before.nodes)", "\(r.after.nodes)"])
    t.rows.append(["Components", "\(r.before.components)", "\(r.after.components)"])
    t.rows.append(["Component sizes", sizes(r.before), sizes(r.after)])
    t.rows.append(["Connected pairs of the remaining", "\(r.remainingConnectedBefore)", "\(r.after.connectedPairs)"])
    t.rows.append(["Average distance among them", Self.distance(r.remainingDistanceBefore), Self.distance(r.after.averageDistance)])
    out += t.render()
    out += "\nPairs that lose all connection: \(r.disconnectedPairs)\n"
    if !r.cutOff.isEmpty {
      out += "Cut off from the rest:\n"
      for piece in r.cutOff { out += "  " + piece.joined(separator: ", ") + "\n" }
    }
    out += "\nRanking of the remaining entities by \(measure.name):\n"
    var rt = Table(["Rank", "Was", "ID", "Score", "Was"], alignments: [.right, .right, .left, .right, .right])
    rt.rows = ranking.map { c in
      ["\(c.rankAfter)", "\(c.rankBefore)", c.id, scoreText(shown(c.scoreAfter)), scoreText(shown(c.scoreBefore))]
    }
    out += rt.render()
    return out
  }

  public func json() -> JSONValue {
    let r = report
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
    func connectivity(_ c: Connectivity) -> JSONValue {
      .object([
        ("entities", .number(Double(c.nodes))), ("components", .number(Double(c.components))),
        ("componentSizes", .array(c.componentSizes.map { .number(Double($0)) })),
        ("connectedPairs", .number(Double(c.connectedPairs))), ("averageDistance", number(c.averageDistance)),
      ])
    }
    let remaining: JSONValue = .object([
      ("connectedPairsBefore", .number(Double(r.remainingConnectedBefore))),
      ("connectedPairsAfter", .number(Double(r.after.connectedPairs))),
      ("disconnectedPairs", .number(Double(r.disconnectedPairs))),
      ("averageDistanceBefore", number(r.remainingDistanceBefore)),
      ("averageDistanceAfter", number(r.after.averageDistance)),
    ])
    let entities: [JSONValue] = ranking.map { c in
      .object([
        ("id", .string(c.id)), ("rankBefore", .number(Double(c.rankBefore))),
        ("rankAfter", .number(Double(c.rankAfter))), ("scoreBefore", number(shown(c.scoreBefore))),
        ("scoreAfter", number(shown(c.scoreAfter))),
      ])
    }
    var fields: [(String, JSONValue)] = [
      ("removed", .array(r.removed.map(JSONValue.string))),
      ("before", connectivity(r.before)),
      ("after", connectivity(r.after)),
      ("remaining", remaining),
      ("cutOff", .array(r.cutOff.map { .array($0.map(JSONValue.string)) })),
      ("ranking", .object([("measure", .string(measure.name)), ("entities", .array(entities))])),
    ]
    if let loss { fields.insert(("cooperationLost", lossJSON(loss)), at: 1) }
    return .object(fields)
  }

  public func csv() -> String {
    var rows: [[String]] = [["id", "rank_before", "rank_after", "score_before", "score_after"]]
    rows += ranking.map {
      ["\($0.id)", "\($0.rankBefore)", "\($0.rankAfter)", formatNumber(shown($0.scoreBefore)), formatNumber(shown($0.scoreAfter))]
    }
    return CSV.render(rows)
  }

  func lossTable(_ loss: CooperationLoss) -> String {
    func name(_ id: String) -> String { network[id]?.name ?? id }
    func tie(_ t: CooperationLoss.LostTie) -> String {
      "\(t.kind.rawValue) “\(t.label ?? t.id)” (\(t.partiesBefore) → \(t.partiesAfter) parties)"
    }
    var out = "Cooperation lost without \(loss.removed.map(name).joined(separator: ", "))\n"
    if loss.ties.isEmpty { return out + "  It is party to no tie of the record.\n" }
    out += "  Ties it was party to: \(loss.ties.count) ("
    out += loss.byKind.map { "\($0.count) \($0.kind.rawValue)" }.joined(separator: ", ") + ")\n"
    if !loss.fallen.isEmpty {
      out += "  Gone (fewer than two parties left):\n"
      for t in loss.fallen { out += "    - " + tie(t) + "\n" }
    }
    if !loss.surviving.isEmpty {
      out += "  Survive with fewer parties:\n"
      for t in loss.surviving { out += "    - " + tie(t) + "\n" }
    }
    if !loss.throughPeople.isEmpty {
      out += "  Held through its people:\n"
      for t in loss.throughPeople {
        out += "    - \(t.kind.rawValue) “\(t.label ?? t.id)”, through \(name(t.person)) (\(t.role))\n"
      }
    }
    out += "  Partners left with no tie: " + (loss.isolated.isEmpty ? "none" : loss.isolated.map(name).joined(separator: ", ")) + "\n"
    return out
  }

  func lossJSON(_ loss: CooperationLoss) -> JSONValue {
    func tie(_ t: CooperationLoss.LostTie) -> JSONValue {
      .object([
        ("id", .string(t.id)), ("kind", .string(t.kind.rawValue)), ("label", t.label.map(JSONValue.string) ?? .null),
        ("partiesBefore", .number(Double(t.partiesBefore))), ("partiesAfter", .number(Double(t.partiesAfter))),
        ("survives", .bool(t.survives)),
      ])
    }
    let people: [JSONValue] = loss.throughPeople.map {
      .object([("id", .string($0.id)), ("kind", .string($0.kind.rawValue)), ("person", .string($0.person)), ("role", .string($0.role))])
    }
    return .object([
      ("ties", .array(loss.ties.map(tie))),
      ("byKind", .object(loss.byKind.map { ($0.kind.rawValue, .number(Double($0.count))) })),
      ("fallen", .array(loss.fallen.map { .string($0.id) })),
      ("surviving", .array(loss.surviving.map { .string($0.id) })),
      ("throughPeople", .array(people)),
      ("isolated", .array(loss.isolated.map(JSONValue.string))),
    ])
  }
}

/// What `whatif` without `--remove` reports on the organization view:
/// ``OrganizationView/lossRanking()``.
public struct LossRankingPresentation: Presentation {
  public var view: OrganizationView
  public var rows: [LossRank]

  public init(_ view: OrganizationView, rows: [LossRank]) { (self.view, self.rows) = (view, rows) }

  public func table() -> String {
    var out = "Whose loss hurts most: evidence of cooperation that leaves with the organization (a tie that\n"
    out += "falls below two parties in full, its share of one that survives), then pairs of others disconnected\n\n"
    var t = Table(["Rank", "Organization", "Ties", "Evidence lost", "Pairs cut"], alignments: [.right, .left, .right, .right, .right])
    t.rows = rows.map { r in
      ["\(r.rank)", view.entity(ofUnit: r.unit).name, "\(r.ties)", scoreText(r.evidenceLost), "\(r.disconnectedPairs)"]
    }
    return out + t.render()
  }

  public func json() -> JSONValue {
    let entries: [JSONValue] = rows.map { r in
      let fields: [(String, JSONValue)] = [
        ("rank", .number(Double(r.rank))), ("id", .string(view.entity(ofUnit: r.unit).id)),
        ("ties", .number(Double(r.ties))), ("evidenceLost", .number(r.evidenceLost)),
        ("disconnectedPairs", .number(Double(r.disconnectedPairs))),
      ]
      return .object(fields)
    }
    return .object([("measure", .string("evidence lost")), ("ranking", .array(entries))])
  }

  public func csv() -> String {
    var csv: [[String]] = [["rank", "id", "ties", "evidence_lost", "disconnected_pairs"]]
    csv += rows.map { r in
      ["\(r.rank)", view.entity(ofUnit: r.unit).id, "\(r.ties)", formatNumber(r.evidenceLost), "\(r.disconnectedPairs)"]
    }
    return CSV.render(csv)
  }
}

/// What `whatif` without `--remove` reports on a plain graph: every entity by the pairs of
/// others its removal alone disconnects.
public struct FragilityPresentation: Presentation {
  public var rows: [(id: String, disconnectedPairs: Int)]
  public var names: [String: String]
  /// Equal counts share a rank (``RankOrder``).
  var ranks: [Int]

  public init(_ rows: [(id: String, disconnectedPairs: Int)], network: Network) {
    self.rows = rows
    self.names = Dictionary(network.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    ranks = RankOrder.ranks(count: rows.count) { rows[$0].disconnectedPairs == rows[$1].disconnectedPairs }
  }

  public func table() -> String {
    var out = "Fragility: pairs of other entities that lose all connection when one entity leaves\n\n"
    var t = Table(["Rank", "ID", "Name", "Pairs"], alignments: [.right, .left, .left, .right])
    t.rows = rows.enumerated().map { ["\(ranks[$0.offset])", $0.element.id, names[$0.element.id] ?? "", "\($0.element.disconnectedPairs)"] }
    out += t.render()
    return out
  }

  public func json() -> JSONValue {
    let entries: [JSONValue] = rows.enumerated().map {
      .object([
        ("rank", .number(Double(ranks[$0.offset]))), ("id", .string($0.element.id)),
        ("disconnectedPairs", .number(Double($0.element.disconnectedPairs))),
      ])
    }
    return .object([("measure", .string("fragility")), ("ranking", .array(entries))])
  }

  public func csv() -> String {
    var csv: [[String]] = [["rank", "id", "disconnected_pairs"]]
    csv += rows.enumerated().map { ["\(ranks[$0.offset])", $0.element.id, "\($0.element.disconnectedPairs)"] }
    return CSV.render(csv)
  }
}
