import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

extension MeasureChoice: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public static var allValueStrings: [String] { allNames }
}

/// What a hypergraph measure scores on the command line.
enum HyperElementChoice: String, ExpressibleByArgument, CaseIterable {
  case entities, ties

  var element: HyperElement { self == .ties ? .edges : .nodes }
}

/// The options of the hypergraph measures, shared by `rank` and `centrality`.
struct HypergraphMeasureOptions: ParsableArguments {
  @Option(
    name: .customLong("s"),
    help: ArgumentHelp(
      "s-betweenness, s-closeness: two ties are adjacent when they share at least N parties.", valueName: "N"))
  var s = 1

  @Option(
    name: .long,
    help:
      "Hypergraph measures: score entities or ties (default: ties for s-betweenness and s-closeness, entities otherwise; node-edge does both)."
  )
  var of: HyperElementChoice?

  func validate() throws {
    try requireAtLeastOne(s, "--s")
  }
}

extension MeasureOptions {
  /// Loads the input and computes `choice`: on the projected graph, or on the record's
  /// hypergraph (its warnings, node-edge without convergence, on stderr).
  func scores(
    _ choice: MeasureChoice, input: InputOptions, projection: ProjectionOptions, hypergraph: HypergraphMeasureOptions,
    progress: ProgressLine
  ) throws -> MeasureScores {
    let loaded = try loadInput(input, projection)
    switch choice {
    case .graph(let measure):
      let options = try options(for: measure, graph: loaded.graph, progress: progress)
      defer { progress.done() }
      return .graph(measure, scores: try CentralityMeasure.compute(measure, on: loaded.graph, options: options), of: loaded, options: options)
    case .hypergraph(let measure):
      let h = try loaded.network.hypergraph()
      var o = HypergraphOptions()
      o.s = hypergraph.s
      o.element = hypergraph.of?.element
      o.normalized = normalized ?? true
      o.tolerance = tolerance
      o.maxIterations = maxIterations
      if let threads { o.threads = threads }
      let result = try HypergraphMeasure.compute(measure, on: h, options: o)
      for warning in result.warnings {
        FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
      }
      return .hypergraph(result, of: h, network: loaded.network)
    }
  }
}
