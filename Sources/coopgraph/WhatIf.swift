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

      Connection ignores tie direction and strength. Measures: \(CentralityMeasure.nodeMeasureNames.joined(separator: ", ")).
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

  @OptionGroup var printing: FormatOption

  @OptionGroup var threading: ThreadOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    guard let m = CentralityMeasure(name: measure), m.isNodeMeasure else {
      throw ValidationError("unknown measure '\(measure)'; measures: \(CentralityMeasure.nodeMeasureNames.joined(separator: ", "))")
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
    let threads = threading.count
    if ids.isEmpty {
      if var options = viewOptions {
        options.adopt(loaded.projected.projection, network: loaded.network)
        let view = try OrganizationView(loaded.network, options: options)
        let rows = view.lossRanking()
        print(LossRankingPresentation(view, rows: top.map { Array(rows.prefix($0)) } ?? rows).render(printing.format), terminator: "")
      } else {
        let rows = loaded.network.fragilityRanking(loaded.projected)
        print(FragilityPresentation(top.map { Array(rows.prefix($0)) } ?? rows, network: loaded.network).render(printing.format), terminator: "")
      }
      return
    }
    let m = CentralityMeasure(name: measure) ?? .degree
    try CentralityOptions().validate(for: m, graph: loaded.graph)
    let report = try loaded.network.whatIf(
      removing: ids, in: loaded.projected, score: { m.rankingScores(on: $0, threads: threads) },
      threads: threads)
    let ranking = top.map { Array(report.ranking.prefix($0)) } ?? report.ranking
    let loss = viewOptions.map { _ in loaded.network.cooperationLoss(removing: ids) }
    let shown = WhatIfPresentation(report, ranking: ranking, measure: m, loss: loss, network: loaded.network)
    print(shown.render(printing.format), terminator: "")
  }
}
