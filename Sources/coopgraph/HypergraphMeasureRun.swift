import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

/// A measure of `centrality --measure` and `rank --by`: one of the projected graph, or one of
/// the record's hypergraph.
enum MeasureChoice: ExpressibleByArgument, Equatable {
  case graph(CentralityMeasure)
  case hypergraph(HypergraphMeasure)

  init?(argument: String) {
    guard let m = CentralityMeasure(name: argument).map(Self.graph) ?? HypergraphMeasure(name: argument).map(Self.hypergraph)
    else { return nil }
    self = m
  }

  static var allValueStrings: [String] {
    CentralityMeasure.allCases.map(\.name) + HypergraphMeasure.allCases.map(\.name)
  }

  var name: String {
    switch self {
    case .graph(let m): return m.name
    case .hypergraph(let m): return m.name
    }
  }

  /// The help paragraph on the hypergraph measures, shared by `rank` and `centrality`.
  static let hypergraphHelp = """
    Hypergraph measures: \(HypergraphMeasure.allCases.map(\.name).joined(separator: ", ")). They \
    run on the record's hypergraph (every entity a node, every tie one edge with all its parties; \
    part-of is not a tie), not on the projection: projection options and --weighted do not apply. \
    s-betweenness and s-closeness score ties (use --of entities for entities) and take --s N.
    """
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

/// Loads the input, builds the record's hypergraph and computes a hypergraph measure.
/// Warnings (node-edge without convergence) go to stderr.
struct HypergraphRun {
  var loaded: NetworkFile.Loaded
  var hypergraph: Hypergraph
  var result: HypergraphScores

  init(
    input: InputOptions, projection: ProjectionOptions, measure: HypergraphMeasure,
    options: HypergraphMeasureOptions, measureOptions: MeasureOptions
  ) throws {
    loaded = try loadInput(input, projection)
    hypergraph = try loaded.network.hypergraph()
    var o = HypergraphOptions()
    o.s = options.s
    o.element = options.of?.element
    o.normalized = measureOptions.normalized ?? true
    o.tolerance = measureOptions.tolerance
    o.maxIterations = measureOptions.maxIterations
    if let threads = measureOptions.threads { o.threads = threads }
    result = try HypergraphMeasure.compute(measure, on: hypergraph, options: o)
    for warning in result.warnings {
      FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
    }
  }

  var items: HypergraphItems { HypergraphItems(hypergraph, network: loaded.network, ofTies: result.element == .edges) }

  /// `centrality` output: every score in record order.
  func printScores(format: CentralityCommand.DataFormat) {
    let list = ScoreList(measure: result.measure.name, parameters: result.parameters, items: items.scoreItems, scores: result.scores)
    print(list.render(format.output), terminator: "")
  }

  /// `rank` rows, highest score first.
  func ranking() -> Ranking {
    let items = self.items
    return Ranking(
      measure: result.measure.name, summary: result.measure.summary, parameters: result.parameters,
      rows: items.ranked(result.scores), ofTies: items.ofTies)
  }
}
