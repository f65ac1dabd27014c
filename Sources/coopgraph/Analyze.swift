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

  @OptionGroup var job: AnalysisRun
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
    let (context, result) = try job.analyze(runOptions, seed: diagram.seed, progress: progress)
    defer { runOptions.report(context) }
    if let output {
      let picture = try job.draw(context, diagram: diagram, analysis: result, progress: progress)
      try job.files(context, result, picture).write(toFolder: output)
    }
    print(result.render(printing.format), terminator: "")
  }
}

/// What `analyze` and `report` share: the input and its projection, the analysis options and
/// the key-partner view, and the steps from the loaded record to the report's files.
struct AnalysisRun: ParsableArguments {
  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, parsing: .unconditional, help: "How many partners the top lists show.")
  var top = 10

  @OptionGroup var community: ResolutionOption
  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions

  func validate() throws { try requireAtLeastOne(top, "--top") }

  /// Loads the input (timed in `runOptions`'s context) and analyses it; `seed` is the diagram
  /// options' `--seed`, which seeds the communities of both the analysis and the diagram.
  func analyze(_ runOptions: RunOptions, seed: UInt64, progress: ProgressLine) throws -> (AnalysisContext, Analysis) {
    let context = try runOptions.context(input, projection)
    var options = Analysis.Options()
    options.threads = context.threads
    options.organizationView = try organizationView.options(for: context.network)
    options.top = top
    options.seed = seed
    options.resolution = community.resolution
    if progress.enabled {
      options.progress = { step, completed, total in progress.update(step, completed: completed, total: total) }
    }
    defer { progress.done() }
    return (context, try Analysis(context, options: options))
  }

  /// The report's diagram (`DiagramSettings.svg`), progress and Graphviz's warnings on stderr.
  func draw(
    _ context: AnalysisContext, diagram: DiagramOptions, analysis: Analysis, progress: ProgressLine
  ) throws -> (svg: String?, note: String?) {
    defer { progress.done() }
    let drawn = try diagram.settings.svg(
      context, projection: projection.projection(directed: input.directed), analysis: analysis, step: progress.step,
      warning: { text in
        let line = text.hasPrefix("no diagram:") ? "note: \(text)" : "warning: graphviz: \(text)"
        FileHandle.standardError.write(Data((line + "\n").utf8))
      })
    return (drawn.svg, drawn.note)
  }

  /// The report's page and files: the analysis, the diagram and, for a dated record, its timeline.
  func files(_ context: AnalysisContext, _ analysis: Analysis, _ picture: (svg: String?, note: String?)) throws -> ReportFiles {
    ReportFiles(
      analysis: analysis, svg: picture.svg, note: picture.note, generator: "coopgraph \(CoopGraphVersion.current)",
      timeline: try context.reportTimeline(view: organizationView.options(for: context.network)))
  }
}
