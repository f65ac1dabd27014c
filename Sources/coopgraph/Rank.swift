import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Rank: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank partners by a centrality measure: which partners are key?",
    discussion: """
      Prints the nodes from the highest score down, with id, name, kind and score. Equal \
      scores (to 12 significant digits) share a rank and are listed by id, so the output is \
      the same on every run. The measure is computed on the whole graph; --kind only filters \
      the rows shown.

      Measures: \(CentralityMeasure.allCases.filter(\.isNodeMeasure).map(\.name).joined(separator: ", ")).

      \(MeasureChoice.hypergraphHelp) With --of ties the rows are ties (id, label, kind, parties) \
      and --kind filters tie kinds.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, help: "The measure to rank by.")
  var by: MeasureChoice

  @Option(name: .long, parsing: .unconditional, help: "Show only the first N rows.")
  var top: Int?

  @Option(name: .long, help: ArgumentHelp("Show only nodes of these entity kinds (repeat, or separate with commas).", valueName: "kind"))
  var kind: [String] = []

  @OptionGroup var printing: FormatOption

  @OptionGroup(title: "Measure") var measureOptions: MeasureOptions
  @OptionGroup var progressOptions: ProgressOptions

  @OptionGroup(title: "Hypergraph") var hypergraphOptions: HypergraphMeasureOptions

  func validate() throws {
    if case .graph(let m) = by, !m.isNodeMeasure {
      throw ValidationError("'\(m.name)' scores edges, not nodes; use 'coopgraph centrality --measure \(m.name)'")
    }
    try requireAtLeastOne(top, "--top")
  }

  func run() throws {
    var ranking = try measureOptions.scores(
      by, input: input, projection: projection, hypergraph: hypergraphOptions, progress: progressOptions.progress()
    ).ranking
    try ranking.keep(kinds: Set(commaList(kind)))
    if let top { ranking.rows = Array(ranking.rows.prefix(top)) }
    print(ranking.render(printing.format), terminator: "")
  }
}
