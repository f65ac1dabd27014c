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
