import CoopGraph
import Foundation

/// A ranking ready to print: of entities (nodes) or, for hypergraph measures of ties, of ties.
public struct Ranking: Presentation {
  public var measure: String
  public var summary: String
  public var parameters: [(name: String, value: JSONValue)]
  public var rows: [RankedRow]
  /// Rows are ties: the Name column is the tie's label, and a Parties column follows.
  public var ofTies: Bool

  /// The nodes of `loaded`'s graph ranked by `measure`'s `scores` (``RankOrder``).
  public init(_ measure: CentralityMeasure, scores: [Double], of loaded: NetworkFile.Loaded, options: CentralityOptions) {
    self.init(
      measure: measure.name, summary: measure.summary, parameters: options.parameters(for: measure, graph: loaded.graph),
      rows: RankedRow.rank(
        scores: scores, ids: loaded.graph.ids, lowerIsBetter: measure.lowerIsBetter, describe: loaded.describe(node:)),
      ofTies: false)
  }

  public init(
    measure: String, summary: String, parameters: [(name: String, value: JSONValue)], rows: [RankedRow], ofTies: Bool
  ) {
    self.measure = measure
    self.summary = summary
    self.parameters = parameters
    self.rows = rows
    self.ofTies = ofTies
  }

  /// Keeps the rows of these kinds (all when `kinds` is empty); ranks stay as computed on
  /// every row.
  /// - Throws: ``RankingFilterError`` for a kind no row has.
  public mutating func keep(kinds: Set<String>) throws {
    guard !kinds.isEmpty else { return }
    let known = Set(rows.map(\.kind))
    if let unknown = kinds.sorted().first(where: { !known.contains($0) }) {
      throw RankingFilterError(kind: unknown, of: ofTies ? "tie" : "node", present: known.sorted())
    }
    rows = rows.filter { kinds.contains($0.kind) }
  }

  public func table() -> String {
    let nameColumn = ofTies ? "Label" : "Name"
      var out = "\(measure): \(summary)\n"
      if !parameters.isEmpty {
        out += "Parameters: " + parameters.map { "\($0.name)=\($0.value.serialized(pretty: false).replacingOccurrences(of: "\"", with: ""))" }.joined(separator: ", ") + "\n"
      }
      out += "\n"
      let integral = rows.allSatisfy { $0.score == $0.score.rounded() && abs($0.score) < 1e15 }
      var header = ["Rank", "ID", nameColumn, "Kind", "Score"]
      var alignments: [Table.Alignment] = [.right, .left, .left, .left, .right]
      if ofTies {
        header.insert("Parties", at: 4)
        alignments.insert(.left, at: 4)
      }
      var t = Table(header, alignments: alignments)
      t.rows = rows.map { r in
        var row = ["\(r.rank)", r.id, r.name, r.kind, integral ? String(Int(r.score)) : String(format: "%.6f", r.score)]
        if let parties = r.parties { row.insert(Ranking.shortList(parties), at: 4) }
        return row
      }
      return out + t.render()
  }

  public func json() -> JSONValue {
      JSONValue.object([
        ("measure", .string(measure)),
        ("parameters", .object(parameters.map { ($0.name, $0.value) })),
        ("ranking", .array(rows.map { r in
          var fields: [(String, JSONValue)] = [
            ("rank", .number(Double(r.rank))), ("id", .string(r.id)), (ofTies ? "label" : "name", .string(r.name)),
            ("kind", .string(r.kind)),
          ]
          if let parties = r.parties { fields.append(("parties", .array(parties.map(JSONValue.string)))) }
          fields.append(("score", .number(r.score)))
          return .object(fields)
        })),
      ])
  }

  public func csv() -> String {
      var csv: [[String]] = [ofTies ? ["rank", "id", "label", "kind", "parties", "score"] : ["rank", "id", "name", "kind", "score"]]
      csv += rows.map { r in
        var row = ["\(r.rank)", r.id, r.name, r.kind, formatNumber(r.score)]
        if let parties = r.parties { row.insert(parties.joined(separator: ";"), at: 4) }
        return row
      }
      return CSV.render(csv)
  }

  /// A tie's parties for a table cell: up to four ids, then how many more.
  public static func shortList(_ parties: [String]) -> String {
    parties.count <= 4 ? parties.joined(separator: ", ") : parties.prefix(4).joined(separator: ", ") + " … (+\(parties.count - 4))"
  }
}

/// One row of a ranking.
public struct RankedRow: Sendable {
  public var rank: Int
  public var id: String
  public var name: String
  public var kind: String
  public var score: Double
  /// The parties, when the row is a tie.
  public var parties: [String]? = nil

  public init(rank: Int, id: String, name: String, kind: String, score: Double, parties: [String]? = nil) {
    self.rank = rank
    self.id = id
    self.name = name
    self.kind = kind
    self.score = score
    self.parties = parties
  }

  /// Rows by score, highest first (lowest first when `lowerIsBetter`), ranked by
  /// ``RankOrder/order(scores:ids:lowerIsBetter:)``; `describe` gives each index's id, name
  /// and kind.
  public static func rank(
    scores: [Double], ids: [String], lowerIsBetter: Bool, describe: (Int) -> (id: String, name: String, kind: String)
  ) -> [RankedRow] {
    RankOrder.order(scores: scores, ids: ids, lowerIsBetter: lowerIsBetter).map { v, rank in
      let d = describe(v)
      return RankedRow(rank: rank, id: d.id, name: d.name, kind: d.kind, score: scores[v])
    }
  }
}

/// A `--kind` that no row of a ranking has: a usage error.
public struct RankingFilterError: CategorizedError, Equatable {
  public var category: ErrorCategory { .usage }
  public var kind: String
  /// `node` or `tie`.
  public var of: String
  public var present: [String]

  public var description: String {
    "--kind: no \(of) of kind '\(kind)'; kinds present: \(present.joined(separator: ", "))"
  }
}
