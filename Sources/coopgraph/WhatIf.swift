import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct WhatIf: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract: "What changes when partners leave: components, lost connections, distances, ranking.",
    discussion: """
      With --remove, compares the network with and without the given entities: components and \
      their sizes, pairs of the remaining entities that lose all connection, their average \
      distance (hops, over connected pairs), and how their ranking by --measure changes. \
      Where the record names organizations it also lists the cooperation lost: the ties the \
      removed entities were party to, by kind; the multi-party ties that survive with fewer \
      parties and those that fall below two; ties held through their people; and the partners \
      left with no tie. Without --remove it ranks the organizations by whose loss hurts most: \
      the evidence their leaving takes (the full weight of each tie that falls, their share of \
      each that survives), then the pairs of others it disconnects. On a plain graph it ranks \
      every entity by the pairs its removal alone would disconnect (fragility).

      Connection ignores tie direction and strength. Measures: \(PartnerScores.names.joined(separator: ", ")).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Entities to remove, by id, name or alias (several after one --remove, or comma-separated).", valueName: "entity"))
  var remove: [String] = []

  @Option(name: .long, help: "The measure the remaining entities are ranked by.")
  var measure: String = "degree"

  @Option(name: .long, parsing: .unconditional, help: "Show only the first N rows of a ranking.")
  var top: Int?

  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    if !PartnerScores.names.contains(measure) {
      throw ValidationError("unknown measure '\(measure)'; measures: \(PartnerScores.names.joined(separator: ", "))")
    }
  }

  var removedIDs: [String] {
    var seen = Set<String>()
    return remove.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
      .filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions

  func run() throws {
    let loaded = try loadInput(input, projection)
    let ids = try resolveEntities(removedIDs, in: loaded.network, option: "--remove")
    let viewOptions = try organizationView.options(for: loaded.network)
    if ids.isEmpty {
      if let viewOptions {
        try printLossRanking(loaded, options: viewOptions)
      } else {
        try printFragility(loaded)
      }
      return
    }
    if let m = CentralityMeasure(name: measure) { try CentralityOptions().validate(for: m, graph: loaded.graph) }
    let score = try PartnerScores.function(measure)
    let report = try loaded.network.whatIf(removing: ids, projection: loaded.projected.projection, score: score)
    var ranking = report.ranking
    if let top { ranking = Array(ranking.prefix(top)) }
    let loss = viewOptions.map { _ in loaded.network.cooperationLoss(removing: ids) }
    switch format {
    case .table:
      var out = ""
      if let loss { out += lossTable(loss, network: loaded.network) + "\n" }
      print(out + table(report, ranking: ranking), terminator: "")
    case .json:
      var doc = json(report, ranking: ranking)
      if let loss, case .object(var fields) = doc {
        fields.insert(("cooperationLost", lossJSON(loss)), at: 1)
        doc = .object(fields)
      }
      print(doc.serialized())
    case .csv:
      var rows: [[String]] = [["id", "rank_before", "rank_after", "score_before", "score_after"]]
      rows += ranking.map { ["\($0.id)", "\($0.rankBefore)", "\($0.rankAfter)", formatNumber(shown($0.scoreBefore)), formatNumber(shown($0.scoreAfter))] }
      print(CSV.render(rows), terminator: "")
    }
  }

  /// A score as the measure gives it (ranking negates lower-is-better measures).
  func shown(_ x: Double) -> Double { CentralityMeasure(name: measure)?.lowerIsBetter == true ? -x : x }

  static func distance(_ x: Double) -> String { x.isNaN ? "-" : String(format: "%.3f", x) }

  func table(_ r: WhatIfReport, ranking: [WhatIfReport.RankChange]) -> String {
    var out = "Removing: \(r.removed.joined(separator: ", "))\n\n"
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
    out += "\nRanking of the remaining entities by \(measure):\n"
    var rt = Table(["Rank", "Was", "ID", "Score", "Was"], alignments: [.right, .right, .left, .right, .right])
    rt.rows = ranking.map { c in
      ["\(c.rankAfter)", "\(c.rankBefore)", c.id, PartnerScores.format(shown(c.scoreAfter)), PartnerScores.format(shown(c.scoreBefore))]
    }
    out += rt.render()
    return out
  }

  func json(_ r: WhatIfReport, ranking: [WhatIfReport.RankChange]) -> JSONValue {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
    func connectivity(_ c: Connectivity) -> JSONValue {
      .object([
        ("entities", .number(Double(c.nodes))), ("components", .number(Double(c.components))),
        ("componentSizes", .array(c.componentSizes.map { .number(Double($0)) })),
        ("connectedPairs", .number(Double(c.connectedPairs))), ("averageDistance", number(c.averageDistance)),
      ])
    }
    return .object([
      ("removed", .array(r.removed.map(JSONValue.string))),
      ("before", connectivity(r.before)),
      ("after", connectivity(r.after)),
      (
        "remaining",
        .object([
          ("connectedPairsBefore", .number(Double(r.remainingConnectedBefore))),
          ("connectedPairsAfter", .number(Double(r.after.connectedPairs))),
          ("disconnectedPairs", .number(Double(r.disconnectedPairs))),
          ("averageDistanceBefore", number(r.remainingDistanceBefore)),
          ("averageDistanceAfter", number(r.after.averageDistance)),
        ])
      ),
      ("cutOff", .array(r.cutOff.map { .array($0.map(JSONValue.string)) })),
      (
        "ranking",
        .object([
          ("measure", .string(measure)),
          (
            "entities",
            .array(
              ranking.map { c in
                .object([
                  ("id", .string(c.id)), ("rankBefore", .number(Double(c.rankBefore))),
                  ("rankAfter", .number(Double(c.rankAfter))), ("scoreBefore", number(shown(c.scoreBefore))),
                  ("scoreAfter", number(shown(c.scoreAfter))),
                ])
              })
          ),
        ])
      ),
    ])
  }

  func lossTable(_ loss: CooperationLoss, network: Network) -> String {
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
    return .object([
      ("ties", .array(loss.ties.map(tie))),
      ("byKind", .object(loss.byKind.map { ($0.kind.rawValue, .number(Double($0.count))) })),
      ("fallen", .array(loss.fallen.map { .string($0.id) })),
      ("surviving", .array(loss.surviving.map { .string($0.id) })),
      (
        "throughPeople",
        .array(
          loss.throughPeople.map {
            .object([("id", .string($0.id)), ("kind", .string($0.kind.rawValue)), ("person", .string($0.person)), ("role", .string($0.role))])
          })
      ),
      ("isolated", .array(loss.isolated.map(JSONValue.string))),
    ])
  }

  /// Organizations by the evidence their leaving takes, then the pairs of other
  /// organizations it disconnects; equal on both, by name.
  func printLossRanking(_ loaded: NetworkFile.Loaded, options: OrganizationView.Options) throws {
    var options = options
    options.adopt(loaded.projected.projection, network: loaded.network)
    let view = try OrganizationView(loaded.network, options: options)
    let fragility = view.graph.fragility()
    var rows = view.units.indices.filter { !view.isSubUnit($0) }.map { u in
      (u: u, lost: OrganizationStanding.rounded(view.evidenceLost(by: u)), pairs: u < fragility.count ? fragility[u] : 0,
       ties: view.tiesOf[u].count)
    }
    rows.sort { a, b in
      if a.lost != b.lost { return a.lost > b.lost }
      if a.pairs != b.pairs { return a.pairs > b.pairs }
      return view.entity(ofUnit: a.u).name < view.entity(ofUnit: b.u).name
    }
    var ranks: [Int] = []
    for (i, r) in rows.enumerated() {
      ranks.append(i > 0 && r.lost == rows[i - 1].lost && r.pairs == rows[i - 1].pairs ? ranks[i - 1] : i + 1)
    }
    if let top { rows = Array(rows.prefix(top)) }
    switch format {
    case .table:
      var out = "Whose loss hurts most: evidence of cooperation that leaves with the organization (a tie that\n"
      out += "falls below two parties in full, its share of one that survives), then pairs of others disconnected\n\n"
      var t = Table(["Rank", "Organization", "Ties", "Evidence lost", "Pairs cut"], alignments: [.right, .left, .right, .right, .right])
      t.rows = rows.enumerated().map { i, r in
        ["\(ranks[i])", view.entity(ofUnit: r.u).name, "\(r.ties)", PartnerScores.format(r.lost), "\(r.pairs)"]
      }
      print(out + t.render(), terminator: "")
    case .json:
      let entries: [JSONValue] = rows.enumerated().map { i, r in
        let fields: [(String, JSONValue)] = [
          ("rank", .number(Double(ranks[i]))), ("id", .string(view.entity(ofUnit: r.u).id)),
          ("ties", .number(Double(r.ties))), ("evidenceLost", .number(r.lost)),
          ("disconnectedPairs", .number(Double(r.pairs))),
        ]
        return .object(fields)
      }
      let json = JSONValue.object([("measure", .string("evidence lost")), ("ranking", .array(entries))])
      print(json.serialized())
    case .csv:
      var csv: [[String]] = [["rank", "id", "ties", "evidence_lost", "disconnected_pairs"]]
      csv += rows.enumerated().map { i, r in ["\(ranks[i])", view.entity(ofUnit: r.u).id, "\(r.ties)", formatNumber(r.lost), "\(r.pairs)"] }
      print(CSV.render(csv), terminator: "")
    }
  }

  func printFragility(_ loaded: NetworkFile.Loaded) throws {
    var rows = loaded.network.fragilityRanking(loaded.projected)
    if let top { rows = Array(rows.prefix(top)) }
    let names = Dictionary(loaded.network.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    switch format {
    case .table:
      var out = "Fragility: pairs of other entities that lose all connection when one entity leaves\n\n"
      var t = Table(["Rank", "ID", "Name", "Pairs"], alignments: [.right, .left, .left, .right])
      t.rows = rows.enumerated().map { ["\($0.offset + 1)", $0.element.id, names[$0.element.id] ?? "", "\($0.element.disconnectedPairs)"] }
      out += t.render()
      print(out, terminator: "")
    case .json:
      let json = JSONValue.object([
        ("measure", .string("fragility")),
        (
          "ranking",
          .array(
            rows.enumerated().map {
              .object([
                ("rank", .number(Double($0.offset + 1))), ("id", .string($0.element.id)),
                ("disconnectedPairs", .number(Double($0.element.disconnectedPairs))),
              ])
            })
        ),
      ])
      print(json.serialized())
    case .csv:
      var csv: [[String]] = [["rank", "id", "disconnected_pairs"]]
      csv += rows.enumerated().map { ["\($0.offset + 1)", $0.element.id, "\($0.element.disconnectedPairs)"] }
      print(CSV.render(csv), terminator: "")
    }
  }
}

/// The per-node measures `whatif` can rank by: every node measure of `rank`, with default
/// parameters (networkx's).
enum PartnerScores {
  static let names = CentralityMeasure.allCases.filter(\.isNodeMeasure).map(\.name)

  static func function(_ name: String) throws -> (Graph) -> [Double] {
    guard let measure = CentralityMeasure(name: name), measure.isNodeMeasure else {
      throw ValidationError("unknown measure '\(name)'; measures: \(names.joined(separator: ", "))")
    }
    return { g in
      // A measure that cannot be computed (e.g. in-degree on an undirected graph) ranks nobody.
      let scores = (try? CentralityMeasure.compute(measure, on: g)) ?? [Double](repeating: .nan, count: g.nodeCount)
      // Lower-is-better measures rank their lowest first.
      return measure.lowerIsBetter ? scores.map { -$0 } : scores
    }
  }

  static func format(_ x: Double) -> String {
    if x.isNaN { return "-" }
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    return String(format: "%.4f", x)
  }
}
