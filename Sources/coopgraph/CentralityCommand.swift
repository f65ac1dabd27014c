import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct CentralityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centrality",
    abstract: "Print every node's score for a centrality measure, for programs.",
    discussion: """
      JSON: {"measure": …, "parameters": {…}, "scores": [{"id": …, "name": …, "score": …}]}, \
      nodes in graph order. CSV: id,name,score. For edge-betweenness the list is "edges" \
      (source, target, score) in edge order; for clustering JSON also gives the average.

      Measures: \(CentralityMeasure.allCases.map(\.name).joined(separator: ", ")).

      \(MeasureChoice.hypergraphHelp) Scores of entities are listed as "scores" (id, name, \
      score), scores of ties as "ties" (id, label, kind, parties, score; CSV parties separated \
      by ';'), in record order; "parameters" has "on": "hypergraph".
      """
  )

  enum DataFormat: String, ExpressibleByArgument, CaseIterable { case json, csv }

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, help: "The measure to compute.")
  var measure: MeasureChoice

  @Option(name: .long, help: "Output format: json or csv.")
  var format: DataFormat = .json

  @OptionGroup(title: "Measure") var measureOptions: MeasureOptions
  @OptionGroup(title: "Hypergraph") var hypergraphOptions: HypergraphMeasureOptions
  @OptionGroup var progressOptions: ProgressOptions

  func run() throws {
    let scores = try measureOptions.scores(
      measure, input: input, projection: projection, hypergraph: hypergraphOptions, progress: progressOptions.progress())
    print(scores.list.render(format == .json ? .json : .csv), terminator: "")
  }
}
