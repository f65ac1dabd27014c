import Foundation

/// Every node measure CoopGraph computes, by the name the command line uses.
///
/// ``compute(_:on:options:)`` is the single entry point: `rank`, `centrality` and any later
/// command call a measure by name through it. To add a measure, add a case here, give it a
/// ``name`` and a ``summary``, and add one line to the `switch` in ``compute(_:on:options:)``.
///
/// ```swift
/// let g = try EdgeList.read(path: "karate.edges")
/// let scores = try CentralityMeasure.compute(.betweenness, on: g)
/// ```
public enum CentralityMeasure: String, Sendable, CaseIterable {
  case degree
  case inDegree = "in-degree"
  case outDegree = "out-degree"
  case strength
  case closeness
  case harmonic
  case betweenness
  case edgeBetweenness = "edge-betweenness"
  case approximateBetweenness = "approximate-betweenness"
  case eigenvector
  case pagerank
  case katz
  case hubs
  case authorities
  case clustering
  case constraint
  case effectiveSize = "effective-size"
  case efficiency
  case hierarchy

  /// The name used on the command line and in JSON output.
  public var name: String { rawValue }

  /// The measure with this command-line name.
  public init?(name: String) { self.init(rawValue: name) }

  /// Whether the measure gives one score per node (`false` only for edge betweenness, which
  /// scores edges).
  public var isNodeMeasure: Bool { self != .edgeBetweenness }

  /// What a high score means for a partner, in one sentence (``MeasureDescriptor/summary``).
  public var summary: String { descriptor.summary }

  /// Whether a low score marks the more important partner (constraint); `rank` then lists
  /// the lowest first.
  public var lowerIsBetter: Bool { !descriptor.higherIsBetter }

  /// The measures that only make sense on a directed graph.
  public var requiresDirected: Bool { self == .inDegree || self == .outDegree }

  /// Whether networkx reads edge weights by default for this measure (`pagerank` and `hits`
  /// do; every other measure does not). Used when ``CentralityOptions/weighted`` is `nil`.
  public var networkxWeightedByDefault: Bool {
    self == .pagerank || self == .hubs || self == .authorities
  }

  /// Whether strengths become path lengths (distance = 1/strength) when weighted.
  public var usesPathLengths: Bool {
    switch self {
    case .closeness, .harmonic, .betweenness, .edgeBetweenness, .approximateBetweenness: return true
    default: return false
    }
  }

  /// Computes the measure on every node, with the options that apply to it.
  ///
  /// - Parameters:
  ///   - measure: the measure.
  ///   - graph: the graph (directed or not, weighted or not).
  ///   - options: parameters; those a measure does not use are ignored.
  /// - Returns: one score per node, indexed like ``Graph/ids``. For ``edgeBetweenness``, one
  ///   score per edge, in the order of ``Graph/edges``.
  /// - Throws: ``CentralityError`` (non-convergence, invalid parameters, a measure that needs a
  ///   directed graph).
  /// - Complexity: that of the measure (see each function).
  public static func compute(
    _ measure: CentralityMeasure, on graph: Graph, options: CentralityOptions = CentralityOptions()
  ) throws -> [Double] {
    try options.validate(for: measure, graph: graph)
    let weighted = options.isWeighted(for: measure) && graph.isWeighted
    let normalized = options.normalized ?? true
    switch measure {
    case .degree: return graph.degreeCentrality(normalized: normalized)
    case .inDegree: return try graph.inDegreeCentrality(normalized: normalized)
    case .outDegree: return try graph.outDegreeCentrality(normalized: normalized)
    case .strength: return graph.strength()
    case .closeness:
      return graph.closenessCentrality(
        weighted: weighted, wfImproved: options.wfImproved, threads: options.threads)
    case .harmonic: return graph.harmonicCentrality(weighted: weighted, threads: options.threads)
    case .betweenness:
      return graph.betweennessCentrality(
        normalized: normalized, weighted: weighted, endpoints: options.endpoints,
        threads: options.threads, progress: options.progress)
    case .edgeBetweenness:
      return graph.edgeBetweennessCentrality(
        normalized: normalized, weighted: weighted, threads: options.threads, progress: options.progress)
    case .approximateBetweenness:
      var rng = SplitMix64(seed: options.seed)
      switch options.sampler {
      case .kadabra:
        return try graph.kadabraBetweenness(
          epsilon: options.epsilon, delta: options.delta, normalized: normalized, using: &rng,
          threads: options.threads, progress: options.progress
        ).scores
      case .riondatoKornaropoulos:
        return try graph.approximateBetweenness(
          epsilon: options.epsilon, delta: options.delta, normalized: normalized, using: &rng,
          threads: options.threads, progress: options.progress
        ).scores
      }
    case .eigenvector:
      return try graph.eigenvectorCentrality(
        weighted: weighted, tolerance: options.tolerance ?? 1e-6,
        maxIterations: options.maxIterations ?? 100)
    case .pagerank:
      return try graph.pageRank(
        damping: options.damping, personalization: options.personalization,
        dangling: options.dangling, weighted: weighted, tolerance: options.tolerance ?? 1e-6,
        maxIterations: options.maxIterations ?? 100)
    case .katz:
      return try graph.katzCentrality(
        alpha: options.alpha, beta: options.beta, normalized: normalized, weighted: weighted,
        tolerance: options.tolerance ?? 1e-6, maxIterations: options.maxIterations ?? 1000)
    case .hubs, .authorities:
      let r = try graph.hits(
        normalized: normalized, weighted: weighted, tolerance: options.tolerance ?? 1e-8,
        maxIterations: options.maxIterations ?? 100)
      return measure == .hubs ? r.hubs : r.authorities
    case .clustering: return graph.clustering(weighted: weighted)
    case .constraint: return graph.constraint(weighted: weighted)
    case .effectiveSize: return graph.effectiveSize(weighted: weighted)
    case .efficiency: return graph.efficiency(weighted: weighted)
    case .hierarchy: return graph.hierarchy(weighted: weighted)
    }
  }
}

extension CentralityMeasure {
  /// The node measures, by name, as lists of choices show them.
  public static var nodeMeasureNames: [String] { allCases.filter(\.isNodeMeasure).map(\.name) }

  /// Scores to rank by, higher first: the measure with its defaults (networkx's), negated when
  /// ``lowerIsBetter``; NaN for every node when the measure cannot be computed on `graph`
  /// (in-degree on an undirected graph), so that it ranks nobody.
  public func rankingScores(on graph: Graph, threads: Int = Parallelism.available) -> [Double] {
    var options = CentralityOptions()
    options.threads = threads
    guard let scores = try? CentralityMeasure.compute(self, on: graph, options: options) else {
      return [Double](repeating: .nan, count: graph.nodeCount)
    }
    return lowerIsBetter ? scores.map { -$0 } : scores
  }
}

/// The parameters of the centrality measures. Each measure reads the ones it uses; the
/// defaults are networkx 3.x's.
public struct CentralityOptions: Sendable {
  /// Whether to use tie strengths. `nil` means networkx's default for the measure: weighted
  /// for PageRank and HITS, unweighted for every other measure. Path-based measures
  /// (closeness, harmonic, betweenness) then use distance = 1/strength: stronger cooperation
  /// is a shorter path. Ignored on an unweighted graph.
  public var weighted: Bool?
  /// Scale scores as networkx does by default (`nil` = networkx's default, which is `true` for
  /// every measure that has the option).
  public var normalized: Bool?
  /// Betweenness: count the endpoints of each path (networkx `endpoints=`).
  public var endpoints = false
  /// Closeness: Wasserman–Faust scaling for disconnected graphs (networkx `wf_improved=`).
  public var wfImproved = true
  /// PageRank damping factor (networkx `alpha=`).
  public var damping = 0.85
  /// PageRank restart distribution, one non-negative value per node (normalized to sum 1).
  public var personalization: [Double]?
  /// PageRank distribution of dangling nodes' rank (default: the personalization).
  public var dangling: [Double]?
  /// Katz attenuation factor (networkx `alpha=`).
  public var alpha = 0.1
  /// Katz bias (networkx `beta=`).
  public var beta = 1.0
  /// Convergence tolerance of iterative measures; `nil` = networkx's default for the measure
  /// (1e-6, HITS 1e-8).
  public var tolerance: Double?
  /// Iteration limit of iterative measures; `nil` = networkx's default (100, Katz 1000).
  public var maxIterations: Int?
  /// Worker threads for betweenness, closeness and harmonic centrality.
  public var threads = Parallelism.available
  /// Approximate betweenness: the largest error allowed.
  public var epsilon = 0.01
  /// Approximate betweenness: the probability that the error bound may fail.
  public var delta = 0.1
  /// Approximate betweenness: the random seed.
  public var seed: UInt64 = 0
  /// Approximate betweenness: the sampling scheme (KADABRA by default).
  public var sampler: BetweennessSampler = .kadabra
  /// Called now and then by long computations with (sources done, sources in all).
  public var progress: (@Sendable (Int, Int) -> Void)?

  public init() {}

  /// Whether `measure` uses strengths under these options.
  public func isWeighted(for measure: CentralityMeasure) -> Bool {
    weighted ?? measure.networkxWeightedByDefault
  }

  /// Checks the options against the measure and the graph before any work.
  /// - Throws: ``CentralityError``.
  public func validate(for measure: CentralityMeasure, graph: Graph) throws {
    if measure.requiresDirected && !graph.isDirected {
      throw CentralityError.requiresDirectedGraph(measure: measure.name)
    }
    if let t = tolerance, !(t.isFinite && t > 0) {
      throw CentralityError.invalidParameter("tolerance must be a finite number greater than 0, not \(t)")
    }
    if let m = maxIterations, m < 1 {
      throw CentralityError.invalidParameter("max-iterations must be at least 1, not \(m)")
    }
    if threads < 1 { throw CentralityError.invalidParameter("threads must be at least 1, not \(threads)") }
    switch measure {
    case .pagerank:
      guard damping.isFinite && damping >= 0 && damping <= 1 else {
        throw CentralityError.invalidParameter("damping must lie in [0, 1], not \(damping)")
      }
      if let p = personalization { try Graph.checkDistribution(p, name: "personalization", graph: graph) }
      if let d = dangling { try Graph.checkDistribution(d, name: "dangling", graph: graph) }
    case .katz:
      guard alpha.isFinite && beta.isFinite else {
        throw CentralityError.invalidParameter("alpha and beta must be finite")
      }
    case .approximateBetweenness:
      if weighted == true && graph.isWeighted {
        throw CentralityError.invalidParameter(
          "approximate-betweenness samples hop-count shortest paths; use exact betweenness for weighted paths")
      }
      try Graph.checkSampling(epsilon: epsilon, delta: delta)
    default: break
    }
  }

  /// The parameters that determine `measure`'s result, resolved to the values used, for
  /// reports and JSON output (names as on the command line).
  public func parameters(for measure: CentralityMeasure, graph: Graph) -> [(name: String, value: JSONValue)] {
    var out: [(name: String, value: JSONValue)] = []
    let weightedUsed = isWeighted(for: measure) && graph.isWeighted && measure != .approximateBetweenness
    if measure != .degree && measure != .inDegree && measure != .outDegree && measure != .strength {
      out.append(("weighted", .bool(weightedUsed)))
      if weightedUsed && measure.usesPathLengths { out.append(("distance", .string("1/strength"))) }
    }
    let norm = JSONValue.bool(normalized ?? true)
    switch measure {
    case .degree, .inDegree, .outDegree: out.append(("normalized", norm))
    case .strength, .clustering, .harmonic, .constraint, .effectiveSize, .efficiency, .hierarchy: break
    case .closeness: out.append(("wfImproved", .bool(wfImproved)))
    case .betweenness:
      out.append(("normalized", norm))
      out.append(("endpoints", .bool(endpoints)))
    case .edgeBetweenness: out.append(("normalized", norm))
    case .approximateBetweenness:
      out.append(("normalized", norm))
      out.append(("epsilon", .number(epsilon)))
      out.append(("delta", .number(delta)))
      out.append(("seed", .number(Double(seed))))
      out.append(("sampler", .string(sampler.rawValue)))
    case .eigenvector:
      out.append(("tolerance", .number(tolerance ?? 1e-6)))
      out.append(("maxIterations", .number(Double(maxIterations ?? 100))))
    case .pagerank:
      out.append(("damping", .number(damping)))
      out.append(("personalized", .bool(personalization != nil)))
      out.append(("tolerance", .number(tolerance ?? 1e-6)))
      out.append(("maxIterations", .number(Double(maxIterations ?? 100))))
    case .katz:
      out.append(("alpha", .number(alpha)))
      out.append(("beta", .number(beta)))
      out.append(("normalized", norm))
      out.append(("tolerance", .number(tolerance ?? 1e-6)))
      out.append(("maxIterations", .number(Double(maxIterations ?? 1000))))
    case .hubs, .authorities:
      out.append(("normalized", norm))
      out.append(("tolerance", .number(tolerance ?? 1e-8)))
      out.append(("maxIterations", .number(Double(maxIterations ?? 100))))
    }
    return out
  }
}

/// An error of a centrality computation.
public enum CentralityError: Error, Equatable, CustomStringConvertible {
  /// An iterative method did not reach its tolerance: how many iterations ran, the residual
  /// of the last one, and the threshold it had to fall below (networkx's test, e.g.
  /// n × tolerance for PageRank).
  case didNotConverge(measure: String, iterations: Int, residual: Double, tolerance: Double)
  /// A parameter out of its range.
  case invalidParameter(String)
  /// A personalization or dangling vector that is not a distribution over the nodes.
  case invalidDistribution(name: String, reason: String)
  /// A measure defined only for directed graphs (in-degree, out-degree).
  case requiresDirectedGraph(measure: String)
  /// A measure that is undefined on a graph without nodes.
  case emptyGraph(measure: String)

  public var description: String {
    switch self {
    case .didNotConverge(let m, let it, let r, let t):
      let residual = String(format: "%.3g", r), threshold = String(format: "%.3g", t)
      return "\(m) did not converge: after \(it) iterations the residual is \(residual), not below \(threshold); raise --max-iterations or --tolerance"
    case .invalidParameter(let s): return s
    case .invalidDistribution(let name, let reason): return "invalid \(name) vector: \(reason)"
    case .requiresDirectedGraph(let m):
      return "\(m) needs a directed graph (use --directed, or 'degree' for an undirected one)"
    case .emptyGraph(let m): return "\(m) is undefined on a graph without nodes"
    }
  }
}

extension Graph {
  /// Checks a per-node distribution (personalization, dangling): one finite value ≥ 0 per
  /// node, not all zero.
  static func checkDistribution(_ p: [Double], name: String, graph: Graph) throws {
    guard p.count == graph.nodeCount else {
      throw CentralityError.invalidDistribution(
        name: name, reason: "it has \(p.count) values for \(graph.nodeCount) nodes")
    }
    var sum = 0.0
    for (i, x) in p.enumerated() {
      guard x.isFinite && x >= 0 else {
        throw CentralityError.invalidDistribution(
          name: name, reason: "node '\(graph.ids[i])' has \(x); values must be finite and ≥ 0")
      }
      sum += x
    }
    guard sum > 0 else {
      throw CentralityError.invalidDistribution(name: name, reason: "all values are zero")
    }
  }
}

extension CentralityOptions {
  /// One `ID=WEIGHT` entry of a PageRank personalization, or `nil` when it is not one.
  public static func personalizationEntry(_ text: String) -> (id: String, weight: Double)? {
    guard let eq = text.lastIndex(of: "="), let w = Double(text[text.index(after: eq)...]) else { return nil }
    return (String(text[..<eq]), w)
  }

  /// Sets ``personalization`` from `ID=WEIGHT` entries: each named node restarts with the
  /// sum of its weights, every other node with 0.
  /// - Throws: ``CentralityError/invalidParameter(_:)`` for an entry that is not `ID=WEIGHT`
  ///   or an id that is no node of `graph`.
  public mutating func personalize(_ entries: [String], on graph: Graph) throws {
    guard !entries.isEmpty else { return }
    let index = graph.makeIndex()
    var p = [Double](repeating: 0, count: graph.nodeCount)
    for item in entries {
      guard let (id, w) = Self.personalizationEntry(item) else {
        throw CentralityError.invalidParameter("--personalize expects ID=WEIGHT, got '\(item)'")
      }
      guard let v = index[id] else { throw CentralityError.invalidParameter("--personalize: no node with id '\(id)'") }
      p[v] += w
    }
    personalization = p
  }
}
