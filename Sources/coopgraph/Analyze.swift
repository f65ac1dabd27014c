import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The main job: counts, top partners, communities, cut points, bridges and cores.",
    discussion: """
      Prints a summary for people (table), every node's measures (csv), or the whole analysis \
      (json, described in docs/analyze-schema.md). With -o DIR it also writes DIR/diagram.svg \
      (drawn with the diagram options, as `render` draws it), DIR/report.html (the HTML report, \
      as `report` writes it) and DIR/analysis.json.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup var analysis: AnalysisOptions
  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions
  @OptionGroup(title: "Diagram (with -o)") var diagram: DiagramOptions
  @OptionGroup var progressOptions: ProgressOptions
  @OptionGroup var runOptions: RunOptions

  @OptionGroup var printing: FormatOption

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Also write the report and the analysis into this folder (created if missing).", valueName: "dir"))
  var output: String?

  func run() throws {
    let progress = progressOptions.progress()
    let context = try self.runOptions.context(input, projection)
    let loaded = context.loaded
    let result = try analysis.analyze(context, seed: diagram.seed, view: organizationView.options(for: loaded.network), progress: progress)
    if let output {
      let picture = try ReportWriter.draw(
        context, projection: projection.projection(directed: input.directed), diagram: diagram, analysis: result,
        progress: progress)
      let timeline = try context.reportTimeline(view: organizationView.options(for: loaded.network))
      try ReportWriter.files(result, picture, timeline: timeline).write(toFolder: output)
    }
    defer { self.runOptions.report(context) }
    print(result.render(printing.format), terminator: "")
  }
}

/// The options of the analysis itself, shared by `analyze` and `report`.
struct AnalysisOptions: ParsableArguments {
  @Option(name: .long, parsing: .unconditional, help: "How many partners the top lists show.")
  var top = 10

  @OptionGroup var community: ResolutionOption

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1, found \(top)") }
  }

  /// Analyses `loaded`; `seed` is the diagram options' `--seed`, which seeds the communities
  /// of both the analysis and the diagram.
  func analyze(
    _ context: AnalysisContext, seed: UInt64, view: OrganizationView.Options?, progress: ProgressLine
  ) throws -> Analysis {
    var options = Analysis.Options()
    options.threads = context.threads
    options.organizationView = view
    options.top = top
    options.seed = seed
    options.resolution = community.resolution
    if progress.enabled {
      options.progress = { step, completed, total in progress.update(step, completed: completed, total: total) }
    }
    defer { progress.done() }
    return try Analysis(context, options: options)
  }
}

