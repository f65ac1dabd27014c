import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

extension CommunityMethod: ExpressibleByArgument {}

extension LeidenObjective: ExpressibleByArgument {}

struct Communities: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Find the groups that form in a network: Leiden, Louvain or label propagation.",
    discussion: """
      Communities are numbered by size (largest first), then by their first node. The same \
      file, options and --seed give the same communities on every machine. Strengths are used \
      when ties carry them; a directed network is grouped on its undirected view and its \
      modularity is the directed (Leicht-Newman) one. CSV gives one row per node.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup var progressOptions: ProgressOptions

  @Option(name: .long, help: "Method: leiden, louvain or label-propagation.")
  var method: CommunityMethod = .leiden

  @OptionGroup var community: ResolutionOption

  @Option(name: .long, help: "Quality function for leiden: modularity or cpm (constant Potts model).")
  var quality: LeidenObjective = .modularity

  @Option(
    name: .long,
    help: ArgumentHelp("Leiden iterations (default: repeat until one changes nothing; igraph uses 2).", valueName: "n"))
  var iterations: Int?

  @Option(name: .long, help: "Seed of the random node orders.")
  var seed: UInt64 = 1

  @OptionGroup var printing: FormatOption

  @OptionGroup var threads: ThreadOptions

  func validate() throws {
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
    let size = "\(loaded.graph.nodeCount) nodes and \(loaded.graph.edgeCount) edges"
    progress.step("communities: \(method.rawValue) on \(size) (\(method.stoppingRule(iterations: iterations)))")
    let label = method.rawValue
    var report: (@Sendable (CommunityProgress) -> Void)? = nil
    if progress.enabled { report = { (event: CommunityProgress) in progress.note(label, event.message) } }
    let detection = try loaded.graph.detectCommunities(
      method: method, resolution: community.resolution, objective: quality, iterations: iterations, seed: seed,
      threads: threads.count, progress: report)
    progress.done()
    print(CommunityReport(detection, ids: loaded.graph.ids).render(printing.format), terminator: "")
  }
}
