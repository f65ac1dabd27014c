import Foundation

/// Every hypergraph measure CoopGraph computes, by the name the command line uses.
///
/// These run on the record's hypergraph (``Network/hypergraph()``: entities and ties with all
/// their parties), not on a projected ``Graph``. ``compute(_:on:options:)`` is the single entry
/// point for `rank` and `centrality`.
///
/// ```swift
/// let h = try network.hypergraph()
/// var o = HypergraphOptions()
/// o.s = 2
/// let r = try HypergraphMeasure.compute(.sBetweenness, on: h, options: o)  // one score per tie
/// ```
public enum HypergraphMeasure: String, Sendable, CaseIterable {
  case hyperdegree
  case hyperstrength
  case nodeEdge = "node-edge"
  case cliqueEigenvector = "clique-eigenvector"
  case sBetweenness = "s-betweenness"
  case sCloseness = "s-closeness"

  /// The name used on the command line and in JSON output.
  public var name: String { rawValue }

  /// The measure with this command-line name.
  public init?(name: String) { self.init(rawValue: name) }

  /// What a high score means, in one sentence (for `rank`).
  public var summary: String {
    switch self {
    case .hyperdegree:
      return
        "Number of ties a partner is a party to, however many parties each has (on the record's ties, not the projection)."
    case .hyperstrength:
      return "Total strength of the ties a partner is a party to (on the record's ties, not the projection)."
    case .nodeEdge:
      return
        "Tudisco–Higham node and edge eigenvector centrality: central partners are in central ties and central ties hold central partners."
    case .cliqueEigenvector:
      return "Eigenvector centrality of the clique expansion, each shared tie counted (XGI's clique-motif matrix)."
    case .sBetweenness:
      return
        "Share of shortest s-walks (ties sharing at least s parties, step by step) that run through a tie: the ties that link the cooperation."
    case .sCloseness: return "How few s-walk steps a tie needs to reach the other ties of its s-component."
    }
  }

  /// The elements the measure can score.
  public var elements: [HyperElement] {
    switch self {
    case .hyperdegree, .hyperstrength, .cliqueEigenvector: return [.nodes]
    case .nodeEdge: return [.nodes, .edges]
    case .sBetweenness, .sCloseness: return [.edges, .nodes]
    }
  }

  /// The element scored when none is asked for: edges (ties) for the s-measures, nodes
  /// (entities) for the others.
  public var defaultElement: HyperElement { elements[0] }

  /// Computes the measure.
  ///
  /// - Returns: one score per node (``Hypergraph/nodeIds`` order) or per edge
  ///   (``Hypergraph/edgeIds`` order), with the parameters used and any warning (node-edge
  ///   centrality that did not converge, as XGI warns).
  /// - Throws: ``HypergraphError`` (disconnected or empty hypergraph for the spectral measures,
  ///   s < 1, an element the measure does not score); ``CentralityError`` for bad tolerances.
  /// - Complexity: that of the measure.
  public static func compute(
    _ measure: HypergraphMeasure, on h: Hypergraph, options: HypergraphOptions = HypergraphOptions()
  ) throws -> HypergraphScores {
    let element = options.element ?? measure.defaultElement
    guard measure.elements.contains(element) else {
      throw HypergraphError.unsupportedElement(measure: measure.name, element: element)
    }
    var parameters: [(name: String, value: JSONValue)] = [
      ("on", .string("hypergraph")), ("of", .string(element == .edges ? "ties" : "entities")),
    ]
    var warnings: [String] = []
    let scores: [Double]
    switch measure {
    case .hyperdegree: scores = h.hyperdegree().map(Double.init)
    case .hyperstrength: scores = h.hyperstrength()
    case .nodeEdge:
      let maxIterations = options.maxIterations ?? 100, tolerance = options.tolerance ?? 1e-6
      let c = try h.nodeEdgeCentrality(maxIterations: maxIterations, tolerance: tolerance)
      scores = element == .nodes ? c.nodes : c.edges
      parameters += [
        ("tolerance", .number(tolerance)), ("maxIterations", .number(Double(maxIterations))),
        ("iterations", .number(Double(c.iterations))), ("converged", .bool(c.converged)),
      ]
      if !c.converged {
        warnings.append(
          "node-edge did not converge in \(c.iterations) iterations (change \(String(format: "%.3g", c.residual)), tolerance \(String(format: "%.3g", tolerance))); the values are the last iterate, as XGI returns them; raise --max-iterations"
        )
      }
    case .cliqueEigenvector:
      let tolerance = options.tolerance ?? 1e-6, maxIterations = options.maxIterations ?? 10_000
      scores = try h.cliqueEigenvectorCentrality(tolerance: tolerance, maxIterations: maxIterations)
      parameters += [("tolerance", .number(tolerance)), ("maxIterations", .number(Double(maxIterations)))]
    case .sBetweenness:
      scores = try h.sBetweennessCentrality(
        s: options.s, of: element, normalized: options.normalized, threads: options.threads)
      parameters += [("s", .number(Double(options.s))), ("normalized", .bool(options.normalized))]
    case .sCloseness:
      scores = try h.sClosenessCentrality(s: options.s, of: element, threads: options.threads)
      parameters.append(("s", .number(Double(options.s))))
    }
    return HypergraphScores(
      measure: measure, element: element, scores: scores, parameters: parameters, warnings: warnings)
  }
}

/// The parameters of the hypergraph measures; each measure reads the ones it uses. Defaults
/// are XGI's and HyperNetX's.
public struct HypergraphOptions: Sendable {
  /// s of the s-measures: the number of shared nodes that makes two edges adjacent (≥ 1).
  public var s = 1
  /// What to score; `nil` is the measure's ``HypergraphMeasure/defaultElement``.
  public var element: HyperElement?
  /// s-betweenness: HyperNetX's normalization 2/((N − 1)(N − 2)).
  public var normalized = true
  /// Iterative measures: `nil` is XGI's 1e-6.
  public var tolerance: Double?
  /// Iterative measures: `nil` is XGI's 100 for node-edge (10 000 power iterations for
  /// clique-eigenvector, which XGI leaves to ARPACK).
  public var maxIterations: Int?
  /// Worker threads of the s-measures.
  public var threads = Parallelism.available

  public init() {}
}

/// The result of ``HypergraphMeasure/compute(_:on:options:)``.
public struct HypergraphScores: Sendable {
  public var measure: HypergraphMeasure
  /// Whether ``scores`` are per node or per edge.
  public var element: HyperElement
  public var scores: [Double]
  /// The parameters used, names as on the command line (`on` is always `hypergraph`).
  public var parameters: [(name: String, value: JSONValue)]
  /// Warnings to show the user (node-edge without convergence).
  public var warnings: [String]
}
