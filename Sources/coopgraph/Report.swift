import ArgumentParser
import CoopGraph
import CoopGraphReport
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

  @OptionGroup var job: AnalysisRun
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
    let (context, result) = try job.analyze(runOptions, seed: diagramOptions.seed, progress: progress)
    defer { runOptions.report(context) }
    var picture: (svg: String?, note: String?)
    if let diagram {
      // The file may come from anyone: only drawing elements and attributes reach the page.
      let clean = try SVGSanitizer.sanitize(file: diagram)
      if !clean.removed.isEmpty {
        FileHandle.standardError.write(
          Data("warning: \(diagram): removed from the diagram: \(clean.removed.joined(separator: ", "))\n".utf8))
      }
      picture = (clean.svg, nil)
    } else {
      picture = try job.draw(context, diagram: diagramOptions, analysis: result, progress: progress)
    }
    try FileIO.write(job.files(context, result, picture).html, to: output)
  }
}
