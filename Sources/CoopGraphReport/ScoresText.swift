import CoopGraph
import Foundation

/// What `centrality` prints: every score of a measure, in graph (or record) order.
public struct ScoreList: Presentation {
  /// What the scores belong to.
  public enum Items: Sendable {
    /// Nodes: id and name.
    case nodes([(id: String, name: String)])
    /// Ties of the record's hypergraph: id, label, kind and parties.
    case ties([(id: String, label: String, kind: String, parties: [String])])
    /// Edges of the graph: their two ends.
    case edges([(source: String, target: String)])
  }

  public var measure: String
  public var parameters: [(name: String, value: JSONValue)]
  public var items: Items
  public var scores: [Double]
  /// The mean score, given in JSON (clustering's average clustering).
  public var average: Double?

  public init(
    measure: String, parameters: [(name: String, value: JSONValue)], items: Items, scores: [Double],
    average: Double? = nil
  ) {
    self.measure = measure
    self.parameters = parameters
    self.items = items
    self.scores = scores
    self.average = average
  }

  /// The scores of `measure` on the graph of `loaded`, one per node (or per edge for edge
  /// betweenness), in graph order; clustering also gives its mean (networkx
  /// `average_clustering`).
  public init(
    _ measure: CentralityMeasure, scores: [Double], of loaded: NetworkFile.Loaded, options: CentralityOptions
  ) {
    let g = loaded.graph
    let items: Items
    if measure == .edgeBetweenness {
      items = .edges(g.edges.map { (g.ids[$0.u], g.ids[$0.v]) })
    } else {
      items = .nodes(g.nodes.map { v in (loaded.describe(node: v).id, loaded.describe(node: v).name) })
    }
    let mean: Double? = measure == .clustering ? (scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)) : nil
    self.init(
      measure: measure.name, parameters: options.parameters(for: measure, graph: g), items: items, scores: scores,
      average: mean)
  }

  /// Rows as strings: the columns of ``csv()`` without the score.
  var cells: (header: [String], rows: [[String]]) {
    switch items {
    case .nodes(let nodes): return (["id", "name"], nodes.map { [$0.id, $0.name] })
    case .ties(let ties): return (["id", "label", "kind", "parties"], ties.map { [$0.id, $0.label, $0.kind, $0.parties.joined(separator: ";")] })
    case .edges(let edges): return (["source", "target"], edges.map { [$0.source, $0.target] })
    }
  }

  public func table() -> String {
    let (header, rows) = cells
    var t = Table(header.map { $0.prefix(1).uppercased() + $0.dropFirst() } + ["Score"])
    t.alignments[t.alignments.count - 1] = .right
    t.rows = zip(rows, scores).map { $0 + [formatNumber($1)] }
    return "\(measure)\n\n" + t.render()
  }

  public func json() -> JSONValue {
    var top: [(String, JSONValue)] = [("measure", .string(measure)), ("parameters", .object(parameters.map { ($0.name, $0.value) }))]
    if let average { top.append(("average", .number(average))) }
    switch items {
    case .nodes(let nodes):
      let list: [JSONValue] = zip(nodes, scores).map { d, s in
        .object([("id", .string(d.id)), ("name", .string(d.name)), ("score", .number(s))])
      }
      top.append(("scores", .array(list)))
    case .ties(let ties):
      let list: [JSONValue] = zip(ties, scores).map { d, s in
        .object([
          ("id", .string(d.id)), ("label", .string(d.label)), ("kind", .string(d.kind)),
          ("parties", .array(d.parties.map(JSONValue.string))), ("score", .number(s)),
        ])
      }
      top.append(("ties", .array(list)))
    case .edges(let edges):
      let list: [JSONValue] = zip(edges, scores).map { e, s in
        .object([("source", .string(e.source)), ("target", .string(e.target)), ("score", .number(s))])
      }
      top.append(("edges", .array(list)))
    }
    return .object(top)
  }

  public func csv() -> String {
    let (header, rows) = cells
    return CSV.render([header + ["score"]] + zip(rows, scores).map { $0 + [formatNumber($1)] })
  }
}

/// The entities or the ties of a record's hypergraph, as outputs name them: id, name (an
/// entity's name, a tie's label or ""), kind, and a tie's parties.
public struct HypergraphItems: Sendable {
  public var ofTies: Bool
  public var ids: [String]
  public var names: [String]
  public var kinds: [String]
  /// The parties of each tie (distinct, in entity order); empty for entities.
  public var parties: [[String]]

  /// The items of `hypergraph`, made from `network` by ``Network/hypergraph()``: its ties
  /// (edges, matched to the record by ``Network/tieID(at:)``) when `ofTies`, else its entities.
  public init(_ hypergraph: Hypergraph, network: Network, ofTies: Bool) {
    self.ofTies = ofTies
    let h = hypergraph
    if ofTies {
      var labels: [String: String] = [:]
      for t in network.ties.indices { labels[network.tieID(at: t)] = network.ties[t].label ?? "" }
      ids = h.edgeIds
      names = h.edgeIds.map { labels[$0] ?? "" }
      kinds = h.edgeKinds.map(\.rawValue)
      parties = h.edgeIds.indices.map { e in h.members(of: e).map { h.nodeIds[Int($0)] } }
    } else {
      ids = network.entities.map(\.id)
      names = network.entities.map(\.name)
      kinds = network.entities.map(\.kind.rawValue)
      parties = []
    }
  }

  /// The items for ``ScoreList``.
  public var scoreItems: ScoreList.Items {
    ofTies
      ? .ties(ids.indices.map { (ids[$0], names[$0], kinds[$0], parties[$0]) })
      : .nodes(ids.indices.map { (ids[$0], names[$0]) })
  }

  /// Rows by score, highest first (``RankOrder``).
  public func ranked(_ scores: [Double]) -> [RankedRow] {
    RankOrder.order(scores: scores, ids: ids, lowerIsBetter: false).map { i, rank in
      RankedRow(rank: rank, id: ids[i], name: names[i], kind: kinds[i], score: scores[i], parties: ofTies ? parties[i] : nil)
    }
  }
}

/// The scores of one measure, of the projected graph or of the record's hypergraph, as
/// `centrality` lists them (``list``) and `rank` ranks them (``ranking``).
public enum MeasureScores {
  /// A measure of the projected graph of `loaded`, computed with `options`.
  case graph(CentralityMeasure, scores: [Double], of: NetworkFile.Loaded, options: CentralityOptions)
  /// A measure of a record's hypergraph, with the entities or ties it scores.
  case hypergraph(HypergraphScores, HypergraphItems)

  /// A measure of `network`'s hypergraph (``Network/hypergraph()``).
  public static func hypergraph(_ result: HypergraphScores, of hypergraph: Hypergraph, network: Network) -> Self {
    .hypergraph(result, HypergraphItems(hypergraph, network: network, ofTies: result.element == .edges))
  }

  /// Every score, in graph order (record order for the hypergraph).
  public var list: ScoreList {
    switch self {
    case .graph(let m, let scores, let loaded, let options): return ScoreList(m, scores: scores, of: loaded, options: options)
    case .hypergraph(let r, let items):
      return ScoreList(measure: r.measure.name, parameters: r.parameters, items: items.scoreItems, scores: r.scores)
    }
  }

  /// The rows by score, highest first (``RankOrder``).
  public var ranking: Ranking {
    switch self {
    case .graph(let m, let scores, let loaded, let options): return Ranking(m, scores: scores, of: loaded, options: options)
    case .hypergraph(let r, let items):
      return Ranking(
        measure: r.measure.name, summary: r.measure.summary, parameters: r.parameters, rows: items.ranked(r.scores),
        ofTies: items.ofTies)
    }
  }
}
