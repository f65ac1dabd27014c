import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

extension CentralityMeasure: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public static var allValueStrings: [String] { allCases.map(\.name) }
}

/// The parameters of the centrality measures, shared by `rank` and `centrality`.
struct MeasureOptions: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: """
      Use tie strengths (default: as networkx — on for pagerank, hubs and authorities, off \
      otherwise). Path measures then use distance = 1/strength: stronger cooperation, shorter path.
      """)
  var weighted: Bool?

  @Flag(inversion: .prefixedNo, help: "Scale scores as networkx does (default: on).")
  var normalized: Bool?

  @Flag(name: .long, help: "Betweenness: count the endpoints of each path.")
  var endpoints = false

  @Flag(inversion: .prefixedNo, help: "Closeness: Wasserman–Faust scaling for disconnected graphs (default: on).")
  var wfImproved = true

  @Option(name: .long, help: "PageRank: probability of following a tie (networkx alpha).")
  var damping = 0.85

  @Option(
    name: .long,
    help: ArgumentHelp("PageRank: restart weight of a node, ID=WEIGHT; repeat for more nodes (others get 0).", valueName: "id=weight"))
  var personalize: [String] = []

  @Option(name: .long, help: "Katz: attenuation factor.")
  var alpha = 0.1

  @Option(name: .long, help: "Katz: bias given to every node.")
  var beta = 1.0

  @Option(name: .long, help: "Iterative measures: convergence tolerance (default: networkx's, 1e-6; hubs/authorities 1e-8).")
  var tolerance: Double?

  @Option(name: .long, help: "Iterative measures: iteration limit (default: networkx's, 100; katz 1000).")
  var maxIterations: Int?

  @Option(name: .long, help: "Worker threads for betweenness and closeness (default: all cores).")
  var threads: Int?

  @Option(name: .long, help: "Approximate betweenness: largest error allowed.")
  var epsilon = 0.01

  @Option(name: .long, help: "Approximate betweenness: probability that the error bound fails.")
  var delta = 0.1

  @Option(name: .long, help: "Approximate betweenness: random seed.")
  var seed: UInt64 = 0

  @Option(name: .long, help: "Approximate betweenness: kadabra (adaptive, default) or rk (Riondato–Kornaropoulos, fixed sample).")
  var sampler: BetweennessSampler = .kadabra

  func validate() throws {
    try requireAtLeastOne(threads, "--threads")
    for p in personalize where CentralityOptions.personalizationEntry(p) == nil {
      throw ValidationError("--personalize expects ID=WEIGHT, got '\(p)'")
    }
  }

  /// The library options for `measure` on `graph`.
  func options(for measure: CentralityMeasure, graph: Graph, progress: ProgressLine? = nil) throws -> CentralityOptions {
    var o = CentralityOptions()
    o.weighted = weighted
    o.normalized = normalized
    o.endpoints = endpoints
    o.wfImproved = wfImproved
    o.damping = damping
    o.alpha = alpha
    o.beta = beta
    o.tolerance = tolerance
    o.maxIterations = maxIterations
    if let threads { o.threads = threads }
    o.epsilon = epsilon
    o.delta = delta
    o.seed = seed
    o.sampler = sampler
    try o.personalize(personalize, on: graph)
    if let progress, measure == .betweenness || measure == .edgeBetweenness || measure == .approximateBetweenness {
      o.progress = progress.reporter(measure.name)
    }
    return o
  }
}
