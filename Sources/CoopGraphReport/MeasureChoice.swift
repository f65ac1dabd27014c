import CoopGraph

/// A measure of `centrality --measure` and `rank --by`: one of the projected graph, or one of
/// the record's hypergraph.
public enum MeasureChoice: Equatable, Sendable {
  case graph(CentralityMeasure)
  case hypergraph(HypergraphMeasure)

  /// The measure of that name (`CentralityMeasure` names first).
  public init?(name: String) {
    if let m = CentralityMeasure(name: name) {
      self = .graph(m)
    } else if let m = HypergraphMeasure(name: name) {
      self = .hypergraph(m)
    } else {
      return nil
    }
  }

  /// Every name ``init(name:)`` takes.
  public static var allNames: [String] {
    CentralityMeasure.allCases.map(\.name) + HypergraphMeasure.allCases.map(\.name)
  }

  public var name: String {
    switch self {
    case .graph(let m): return m.name
    case .hypergraph(let m): return m.name
    }
  }

  /// The help paragraph on the hypergraph measures, shared by `rank` and `centrality`.
  public static let hypergraphHelp = """
    Hypergraph measures: \(HypergraphMeasure.allCases.map(\.name).joined(separator: ", ")). They \
    run on the record's hypergraph (every entity a node, every tie one edge with all its parties; \
    part-of is not a tie), not on the projection: projection options and --weighted do not apply. \
    s-betweenness and s-closeness score ties (use --of entities for entities) and take --s N.
    """
}
