import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

/// The community methods the command line offers.
enum CommunityMethod: String, ExpressibleByArgument, CaseIterable {
  case leiden, louvain
  case labelPropagation = "label-propagation"
}

extension LeidenObjective: ExpressibleByArgument {}

struct Communities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find the groups that form in a network: Leiden, Louvain or label propagation.",
    discussion: """
      Communities are numbered by size (largest first), then by their first node. The same \
      file, options and --seed give the same communities on every machine. Strengths are used \
      when ties carry them; a directed network is grouped on its undirected view and its \
      modularity is the directed (Leicht-Newman) one.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup var progressOptions: ProgressOptions

  @Option(name: .long, help: "Method: leiden, louvain or label-propagation.")
  var method: CommunityMethod = .leiden

  @Option(name: .long, help: "Resolution γ ≥ 0: larger gives smaller groups (leiden, louvain).")
  var resolution: Double = 1.0

  @Option(name: .long, help: "Quality function for leiden: modularity or cpm (constant Potts model).")
  var quality: LeidenObjective = .modularity

  @Option(
    name: .long,
    help: ArgumentHelp("Leiden iterations (default: repeat until one changes nothing; igraph uses 2).", valueName: "n"))
  var iterations: Int?

  @Option(name: .long, help: "Seed of the random node orders.")
  var seed: UInt64 = 1

  @Option(name: .long, help: "Output format: table, json or csv (one row per node).")
  var format: OutputFormat = .table

  func validate() throws {
    guard resolution.isFinite && resolution >= 0 else {
      throw ValidationError("--resolution must be a finite number ≥ 0, not \(resolution)")
    }
    if let iterations, iterations < 1 {
      throw ValidationError("--iterations must be at least 1, not \(iterations)")
    }
    if iterations != nil && method != .leiden {
      throw ValidationError("--iterations needs --method leiden")
    }
    if quality != .modularity && method != .leiden {
      throw ValidationError("--quality \(quality.rawValue) needs --method leiden")
    }
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    let progress = progressOptions.progress()
    let rule: String
    switch method {
    case .leiden:
      rule = iterations.map { "\($0) iterations" } ?? "until an iteration moves no node, at most 100 iterations"
    case .louvain: rule = "until a pass moves no node"
    case .labelPropagation: rule = "until no label changes"
    }
    let size = "\(loaded.graph.nodeCount) nodes and \(loaded.graph.edgeCount) edges"
    progress.step("communities: \(method.rawValue) on \(size) (\(rule))")
    defer { progress.done() }
    let report = try CommunityReport(
      graph: loaded.graph, method: method, resolution: resolution, objective: quality, iterations: iterations,
      seed: seed)
    switch format {
    case .table: print(report.table(), terminator: "")
    case .json: print(report.json().serialized())
    case .csv: print(report.csv(), terminator: "")
    }
  }
}

/// What `communities` reports.
struct CommunityReport {
  var method: CommunityMethod
  var objective: LeidenObjective
  var parameters: [(String, JSONValue)]
  var quality: Double
  var modularity: Double
  var ids: [String]
  var partition: Partition

  init(
    graph g: Graph, method: CommunityMethod, resolution: Double, objective: LeidenObjective, iterations: Int?,
    seed: UInt64
  ) throws {
    self.method = method
    self.objective = method == .leiden ? objective : .modularity
    ids = g.ids
    var rng = SplitMix64(seed: seed)
    switch method {
    case .leiden:
      let r = try g.leiden(objective: objective, resolution: resolution, iterations: iterations, using: &rng)
      partition = r.partition
      quality = r.quality
      modularity = r.modularity
      parameters = [
        ("quality", .string(objective.rawValue)), ("resolution", .number(resolution)),
        ("seed", .number(Double(seed))), ("iterations", .number(Double(r.iterations))),
      ]
    case .louvain:
      let r = try g.louvain(resolution: resolution, using: &rng)
      partition = r.partition
      quality = r.modularity
      modularity = r.modularity
      parameters = [
        ("quality", .string("modularity")), ("resolution", .number(resolution)),
        ("seed", .number(Double(seed))), ("levels", .number(Double(r.levels.count))),
      ]
    case .labelPropagation:
      let r = g.labelPropagation(using: &rng)
      partition = r.partition
      modularity = try g.modularity(of: r.partition)
      quality = modularity
      parameters = [
        ("quality", .string("modularity")), ("seed", .number(Double(seed))),
        ("sweeps", .number(Double(r.sweeps))), ("converged", .bool(r.converged)),
      ]
    }
  }

  static func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }

  static func fixed(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : "undefined" }

  func table() -> String {
    let groups = partition.communities
    var out = "\(groups.count) communities by \(method.rawValue)"
    if objective == .cpm { out += ", CPM quality \(Self.fixed(quality))" }
    out += ", modularity \(Self.fixed(modularity))\n\n"
    var t = Table(["Community", "Size", "Members"], alignments: [.right, .right, .left])
    for (c, members) in groups.enumerated() {
      t.rows.append(["\(c)", "\(members.count)", members.map { ids[$0] }.joined(separator: ", ")])
    }
    out += t.render()
    return out
  }

  func json() -> JSONValue {
    .object([
      ("method", .string(method.rawValue)),
      ("parameters", .object(parameters)),
      ("quality", Self.number(quality)),
      ("modularity", Self.number(modularity)),
      (
        "communities",
        .array(
          partition.communities.enumerated().map { c, members in
            .object([("id", .number(Double(c))), ("members", .array(members.map { .string(ids[$0]) }))])
          })
      ),
    ])
  }

  func csv() -> String {
    var rows: [[String]] = [["node", "community"]]
    for (v, c) in partition.membership.enumerated() { rows.append([ids[v], "\(c)"]) }
    return CSV.render(rows)
  }
}
