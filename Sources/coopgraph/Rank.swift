import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Rank: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Rank partners by a centrality measure: which partners are key?",
    discussion: """
      Prints the nodes from the highest score down, with id, name, kind and score. Equal \
      scores (to 12 significant digits) share a rank and are listed by id, so the output is \
      the same on every run. The measure is computed on the whole graph; --kind only filters \
      the rows shown.

      Measures: \(CentralityMeasure.allCases.filter(\.isNodeMeasure).map(\.name).joined(separator: ", ")).

      \(MeasureChoice.hypergraphHelp) With --of ties the rows are ties (id, label, kind, parties) \
      and --kind filters tie kinds.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, help: "The measure to rank by.")
  var by: MeasureChoice

  @Option(name: .long, parsing: .unconditional, help: "Show only the first N rows.")
  var top: Int?

  @Option(name: .long, help: ArgumentHelp("Show only nodes of these entity kinds (repeat, or separate with commas).", valueName: "kind"))
  var kind: [String] = []

  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @OptionGroup(title: "Measure") var measureOptions: MeasureOptions
  @OptionGroup var progressOptions: ProgressOptions

  @OptionGroup(title: "Hypergraph") var hypergraphOptions: HypergraphMeasureOptions

  func validate() throws {
    if case .graph(let m) = by, !m.isNodeMeasure {
      throw ValidationError("'\(m.name)' scores edges, not nodes; use 'coopgraph centrality --measure \(m.name)'")
    }
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    var ranking: Ranking
    switch by {
    case .graph(let measure):
      let result = try MeasureRun(input: input, projection: projection, measure: measure, measureOptions: measureOptions, progress: progressOptions.progress())
      ranking = Ranking(
        measure: measure.name, summary: measure.summary,
        parameters: result.options.parameters(for: measure, graph: result.loaded.graph), rows: RankedRow.rank(result),
        ofTies: false)
    case .hypergraph(let measure):
      ranking = try HypergraphRun(
        input: input, projection: projection, measure: measure, options: hypergraphOptions, measureOptions: measureOptions
      ).ranking()
    }
    let kinds = Set(kind.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
    if !kinds.isEmpty {
      let known = Set(ranking.rows.map(\.kind))
      if let unknown = kinds.sorted().first(where: { !known.contains($0) }) {
        let what = ranking.ofTies ? "tie" : "node"
        throw ValidationError("--kind: no \(what) of kind '\(unknown)'; kinds present: \(known.sorted().joined(separator: ", "))")
      }
      ranking.rows = ranking.rows.filter { kinds.contains($0.kind) }
    }
    if let top { ranking.rows = Array(ranking.rows.prefix(top)) }
    print(ranking.render(format), terminator: "")
  }
}

/// A ranking ready to print: of entities (nodes) or, for hypergraph measures of ties, of ties.
struct Ranking {
  var measure: String
  var summary: String
  var parameters: [(name: String, value: JSONValue)]
  var rows: [RankedRow]
  /// Rows are ties: the Name column is the tie's label, and a Parties column follows.
  var ofTies: Bool

  /// The ranking as text (table), JSON or CSV.
  func render(_ format: OutputFormat) -> String {
    let nameColumn = ofTies ? "Label" : "Name"
    switch format {
    case .table:
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
    case .json:
      let json = JSONValue.object([
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
      return json.serialized() + "\n"
    case .csv:
      var csv: [[String]] = [ofTies ? ["rank", "id", "label", "kind", "parties", "score"] : ["rank", "id", "name", "kind", "score"]]
      csv += rows.map { r in
        var row = ["\(r.rank)", r.id, r.name, r.kind, formatNumber(r.score)]
        if let parties = r.parties { row.insert(parties.joined(separator: ";"), at: 4) }
        return row
      }
      return CSV.render(csv)
    }
  }

  /// A tie's parties for a table cell: up to four ids, then how many more.
  static func shortList(_ parties: [String]) -> String {
    parties.count <= 4 ? parties.joined(separator: ", ") : parties.prefix(4).joined(separator: ", ") + " … (+\(parties.count - 4))"
  }
}

/// One row of a ranking.
struct RankedRow {
  var rank: Int
  var id: String
  var name: String
  var kind: String
  var score: Double
  /// The parties, when the row is a tie.
  var parties: [String]? = nil

  /// Sorts nodes by score, highest first; scores equal to 12 significant digits share a rank
  /// (1, 2, 2, 4) and are ordered by id.
  static func rank(_ result: MeasureRun) -> [RankedRow] {
    let g = result.loaded.graph
    return order(scores: result.scores, ids: g.ids, lowerIsBetter: result.measure.lowerIsBetter).map { v, rank in
      let d = result.describe(v)
      return RankedRow(rank: rank, id: d.id, name: d.name, kind: d.kind, score: result.scores[v])
    }
  }

  /// Indices by score, highest first (lowest first when `lowerIsBetter`), each with its rank:
  /// scores equal to 12 significant digits share a rank (1, 2, 2, 4) and are ordered by id;
  /// NaN (undefined) ranks last.
  static func order(scores: [Double], ids: [String], lowerIsBetter: Bool) -> [(index: Int, rank: Int)] {
    let sign = lowerIsBetter ? -1.0 : 1.0
    let keys = scores.map { x in x.isNaN ? -Double.infinity : sign * (Double(String(format: "%.12g", x)) ?? x) }
    let sorted = scores.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] > keys[b] }
      return ids[a] < ids[b]
    }
    var out: [(index: Int, rank: Int)] = []
    out.reserveCapacity(sorted.count)
    for (i, v) in sorted.enumerated() {
      out.append((v, i > 0 && keys[sorted[i - 1]] == keys[v] ? out[i - 1].rank : i + 1))
    }
    return out
  }
}
