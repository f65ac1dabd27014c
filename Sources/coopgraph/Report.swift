import ArgumentParser
import CoopGraph
import CoopGraphReport
import CoopGraphviz
import Foundation

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the analysis as one self-contained HTML page with an interactive diagram.",
    discussion: """
      The page has the summary, the diagram, a sortable and filterable ranking of every measure, \
      the communities, the key partners and the structure. The diagram zooms (wheel, pinch, +, −, \
      Fit) and pans (drag); a search box finds a partner by id, name or alias; filters by kind, \
      country, community and tie kind; clicking a partner shows its measures and its ties with \
      the source sentence of each; a dated record has a time slider (the network as of a month); \
      the view downloads as SVG or PNG. It needs no network access, prints on A4 and shows the \
      static diagram with scripts off.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup var analysis: AnalysisOptions
  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions
  @OptionGroup(title: "Diagram") var diagramOptions: DiagramOptions
  @OptionGroup var progressOptions: ProgressOptions
  @OptionGroup var runOptions: RunOptions

  @Option(
    name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write ('-' for stdout).", valueName: "file"))
  var output: String

  @Option(name: .long, help: ArgumentHelp("Use this SVG as the diagram instead of drawing one.", valueName: "svg"))
  var diagram: String?

  func run() throws {
    let progress = progressOptions.progress()
    let context = try self.runOptions.context(input, projection)
    defer { self.runOptions.report(context) }
    let result = try analysis.analyze(
      context, seed: diagramOptions.seed, view: organizationView.options(for: context.network), progress: progress)
    let picture: (svg: String?, note: String?)
    if let diagram {
      // The file may come from anyone: only drawing elements and attributes reach the page.
      let text = try FileIO.readText(diagram)
      guard text.contains("<svg") else { throw InputError(at: nil, "\(diagram): not an SVG file") }
      let clean = try SVGSanitizer.sanitize(text, file: diagram)
      if !clean.removed.isEmpty {
        FileHandle.standardError.write(
          Data("warning: \(diagram): removed from the diagram: \(clean.removed.joined(separator: ", "))\n".utf8))
      }
      picture = (clean.svg, nil)
    } else {
      picture = try ReportWriter.draw(
        context, projection: projection.projection(directed: input.directed), diagram: diagramOptions, analysis: result,
        progress: progress
      )
    }
    let timeline = try context.reportTimeline(view: organizationView.options(for: context.network))
    try FileIO.write(ReportWriter.files(result, picture, timeline: timeline).html, to: output)
  }
}

/// Draws the diagram of a report (`DiagramSettings.svg`), progress and Graphviz's warnings on
/// stderr.
enum ReportWriter {
  static func draw(
    _ context: AnalysisContext, projection: Projection, diagram: DiagramOptions, analysis: Analysis? = nil,
    progress: ProgressLine
  ) throws -> (svg: String?, note: String?) {
    defer { progress.done() }
    do {
      let drawn = try diagram.settings.svg(
        context, projection: projection, analysis: analysis, step: progress.step,
        warning: { text in
          let line = text.hasPrefix("no diagram:") ? "note: \(text)" : "warning: graphviz: \(text)"
          FileHandle.standardError.write(Data((line + "\n").utf8))
        })
      return (drawn.svg, drawn.note)
    } catch let error as DiagramError {
      throw ValidationError(error.description)
    }
  }

  static func files(
    _ analysis: Analysis, _ picture: (svg: String?, note: String?), timeline: Timeline? = nil
  ) -> ReportFiles {
    ReportFiles(
      analysis: analysis, svg: picture.svg, note: picture.note, generator: "coopgraph \(CoopGraphVersion.current)",
      timeline: timeline)
  }
}
