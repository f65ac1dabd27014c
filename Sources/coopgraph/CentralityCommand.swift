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
    if measure == .edgeBetweenness {
      let edges = g.edges
      switch format {
      case .json:
        let json = JSONValue.object([
          ("measure", .string(measure.name)), ("parameters", result.parameters),
          ("edges", .array(zip(edges, result.scores).map { e, s in
            .object([("source", .string(g.ids[e.u])), ("target", .string(g.ids[e.v])), ("score", .number(s))])
          })),
        ])
        print(json.serialized())
      case .csv:
        var rows: [[String]] = [["source", "target", "score"]]
        rows += zip(edges, result.scores).map { e, s in [g.ids[e.u], g.ids[e.v], formatNumber(s)] }
        print(CSV.render(rows), terminator: "")
      }
      return
    }
    switch format {
    case .json:
      var top: [(String, JSONValue)] = [("measure", .string(measure.name)), ("parameters", result.parameters)]
      if measure == .clustering {
        let mean = result.scores.isEmpty ? 0 : result.scores.reduce(0, +) / Double(result.scores.count)
        top.append(("average", .number(mean)))
      }
      top.append(("scores", .array(g.nodes.map { v in
        let d = result.describe(v)
        return .object([("id", .string(d.id)), ("name", .string(d.name)), ("score", .number(result.scores[v]))])
      })))
      print(JSONValue.object(top).serialized())
    case .csv:
      var rows: [[String]] = [["id", "name", "score"]]
      rows += g.nodes.map { v in
        let d = result.describe(v)
        return [d.id, d.name, formatNumber(result.scores[v])]
      }
      print(CSV.render(rows), terminator: "")
    }
  }
}
