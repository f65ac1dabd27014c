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
    switch measure {
    case .graph(let measure): try run(measure)
    case .hypergraph(let measure):
      try HypergraphRun(
        input: input, projection: projection, measure: measure, options: hypergraphOptions, measureOptions: measureOptions
      ).printScores(format: format)
    }
  }

  private func run(_ measure: CentralityMeasure) throws {
    let result = try MeasureRun(input: input, projection: projection, measure: measure, measureOptions: measureOptions, progress: progressOptions.progress())
    let g = result.loaded.graph
    let items: ScoreList.Items =
      measure == .edgeBetweenness
      ? .edges(g.edges.map { (g.ids[$0.u], g.ids[$0.v]) })
      : .nodes(g.nodes.map { v in
        let d = result.describe(v)
        return (d.id, d.name)
      })
    let average = measure == .clustering ? (result.scores.isEmpty ? 0 : result.scores.reduce(0, +) / Double(result.scores.count)) : nil
    let list = ScoreList(
      measure: measure.name, parameters: result.options.parameters(for: measure, graph: g), items: items,
      scores: result.scores, average: average)
    print(list.render(format.output), terminator: "")
  }
}

extension CentralityCommand.DataFormat {
  var output: OutputFormat { self == .json ? .json : .csv }
}
