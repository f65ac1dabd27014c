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
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, help: "The measure to rank by.")
  var by: CentralityMeasure

  @Option(name: .long, help: "Show only the first N rows.")
  var top: Int?

  @Option(name: .long, help: ArgumentHelp("Show only nodes of these entity kinds (repeat, or separate with commas).", valueName: "kind"))
  var kind: [String] = []

  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

  @OptionGroup(title: "Measure") var measureOptions: MeasureOptions
  @OptionGroup var progressOptions: ProgressOptions

  func validate() throws {
    if !by.isNodeMeasure {
      throw ValidationError("'\(by.name)' scores edges, not nodes; use 'coopgraph centrality --measure \(by.name)'")
    }
    if let top, top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let result = try MeasureRun(input: input, projection: projection, measure: by, measureOptions: measureOptions, progress: progressOptions.progress())
    let kinds = Set(kind.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
    var rows = RankedRow.rank(result)
    if !kinds.isEmpty {
      let known = Set(rows.map(\.kind))
      if let unknown = kinds.sorted().first(where: { !known.contains($0) }) {
        throw ValidationError("--kind: no node of kind '\(unknown)'; kinds present: \(known.sorted().joined(separator: ", "))")
      }
      rows = rows.filter { kinds.contains($0.kind) }
    }
    if let top { rows = Array(rows.prefix(top)) }
    switch format {
    case .table:
      var out = "\(by.name): \(by.summary)\n"
      let params = result.options.parameters(for: by, graph: result.loaded.graph)
      if !params.isEmpty {
        out += "Parameters: " + params.map { "\($0.name)=\($0.value.serialized(pretty: false).replacingOccurrences(of: "\"", with: ""))" }.joined(separator: ", ") + "\n"
      }
      out += "\n"
      let integral = rows.allSatisfy { $0.score == $0.score.rounded() && abs($0.score) < 1e15 }
      var t = Table(["Rank", "ID", "Name", "Kind", "Score"], alignments: [.right, .left, .left, .left, .right])
      t.rows = rows.map { r in
        ["\(r.rank)", r.id, r.name, r.kind, integral ? String(Int(r.score)) : String(format: "%.6f", r.score)]
      }
      print(out + t.render(), terminator: "")
    case .json:
      let json = JSONValue.object([
        ("measure", .string(by.name)),
        ("parameters", result.parameters),
        ("ranking", .array(rows.map { r in
          .object([("rank", .number(Double(r.rank))), ("id", .string(r.id)), ("name", .string(r.name)),
                   ("kind", .string(r.kind)), ("score", .number(r.score))])
        })),
      ])
      print(json.serialized())
    case .csv:
      var csv: [[String]] = [["rank", "id", "name", "kind", "score"]]
      csv += rows.map { ["\($0.rank)", $0.id, $0.name, $0.kind, formatNumber($0.score)] }
      print(CSV.render(csv), terminator: "")
    }
  }
}

/// One row of a ranking.
struct RankedRow {
  var rank: Int
  var id: String
  var name: String
  var kind: String
  var score: Double

  /// Sorts nodes by score, highest first; scores equal to 12 significant digits share a rank
  /// (1, 2, 2, 4) and are ordered by id.
  static func rank(_ result: MeasureRun) -> [RankedRow] {
    // Lower-is-better measures (constraint) rank their lowest first; NaN (undefined) ranks last.
    let sign = result.measure.lowerIsBetter ? -1.0 : 1.0
    let keys = result.scores.map { x in x.isNaN ? -Double.infinity : sign * (Double(String(format: "%.12g", x)) ?? x) }
    let order = result.loaded.graph.nodes.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] > keys[b] }
      return result.loaded.graph.ids[a] < result.loaded.graph.ids[b]
    }
    var rows: [RankedRow] = []
    rows.reserveCapacity(order.count)
    for (i, v) in order.enumerated() {
      let d = result.describe(v)
      let rank = i > 0 && keys[order[i - 1]] == keys[v] ? rows[i - 1].rank : i + 1
      rows.append(RankedRow(rank: rank, id: d.id, name: d.name, kind: d.kind, score: result.scores[v]))
    }
    return rows
  }
}
