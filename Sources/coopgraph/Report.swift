import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the analysis as one self-contained HTML page with an interactive diagram.",
    discussion: """
      The page has the summary, the diagram (hover a partner to highlight its ties, click it for \
      its measures), a sortable and filterable ranking of every measure, the communities, the key \
      partners and the structure. It needs no network access and prints cleanly.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup var analysis: AnalysisOptions
  @OptionGroup var progressOptions: ProgressOptions

  @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write ('-' for stdout).", valueName: "file"))
  var output: String

  @Option(name: .long, help: ArgumentHelp("Use this SVG as the diagram instead of drawing one.", valueName: "svg"))
  var diagram: String?

  func run() throws {
    let progress = progressOptions.progress()
    let loaded = try NetworkFile.load(
      path: input.file, directed: input.directed, projection: projection.projection(directed: input.directed))
    let result = try analysis.analyze(loaded, progress: progress)
    let picture = try ReportWriter.diagram(for: loaded, given: diagram, progress: progress)
    let html = ReportHTML.render(
      result, svg: picture.svg, diagramNote: picture.note, generator: "coopgraph \(CoopGraphVersion.current)")
    try FileIO.write(html, to: output)
  }
}

/// Draws the diagram for a report and writes reports to disk.
enum ReportWriter {
  /// The SVG for the report: the file given with `--diagram`, or one drawn from the graph.
  static func diagram(
    for loaded: NetworkFile.Loaded, given path: String?, progress: Progress
  ) throws -> (svg: String?, note: String?) {
    if let path {
      let text = try FileIO.readText(path)
      guard text.contains("<svg") else { throw InputError(at: nil, "\(path): not an SVG file") }
      return (text, nil)
    }
    return (nil, "No diagram: drawing is not available in this build; pass one with --diagram FILE.svg.")
  }

  /// Writes `report.html` and `analysis.json` into `folder`, creating it if missing.
  static func writeFolder(_ folder: String, analysis: Analysis, loaded: NetworkFile.Loaded, progress: Progress) throws {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
      guard isDir.boolValue else { throw InputError(at: nil, "\(folder): exists and is not a folder") }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw InputError(at: nil, "\(folder): cannot create the folder: \(error.localizedDescription)")
      }
    }
    let picture = try diagram(for: loaded, given: nil, progress: progress)
    let base = URL(fileURLWithPath: folder)
    if let svg = picture.svg { try FileIO.write(svg, to: base.appendingPathComponent("diagram.svg").path) }
    let html = ReportHTML.render(
      analysis, svg: picture.svg, diagramNote: picture.note, generator: "coopgraph \(CoopGraphVersion.current)")
    try FileIO.write(html, to: base.appendingPathComponent("report.html").path)
    try FileIO.write(analysis.json().serialized() + "\n", to: base.appendingPathComponent("analysis.json").path)
  }
}
