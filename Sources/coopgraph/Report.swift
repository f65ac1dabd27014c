import ArgumentParser
import CoopGraph
import CoopGraphReport
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
    let picture: ReportWriter.Picture
    if let diagram {
      // The file may come from anyone: only drawing elements and attributes reach the page.
      let text = try FileIO.readText(diagram)
      guard text.contains("<svg") else { throw InputError(at: nil, "\(diagram): not an SVG file") }
      let clean = try SVGSanitizer.sanitize(text, file: diagram)
      if !clean.removed.isEmpty {
        FileHandle.standardError.write(
          Data("warning: \(diagram): removed from the diagram: \(clean.removed.joined(separator: ", "))\n".utf8))
      }
      picture = ReportWriter.Picture(svg: clean.svg, note: nil)
    } else {
      picture = try ReportWriter.draw(
        context, projection: projection.projection(directed: input.directed), diagram: diagramOptions, analysis: result,
        progress: progress
      )
    }
    try FileIO.write(ReportWriter.html(result, picture), to: output)
  }
}

/// Draws the diagram of a report and writes reports to disk.
enum ReportWriter {
  /// The diagram of a report: SVG text and a sentence on how it was drawn.
  struct Picture {
    var svg: String?
    var note: String?
  }

  /// Draws `loaded` as `coopgraph render` would (same options, same styling) into SVG text.
  static func draw(
    _ context: AnalysisContext, projection: Projection, diagram: DiagramOptions, analysis: Analysis? = nil,
    progress: Progress
  ) throws -> Picture {
    let loaded = context.loaded
    let graph = try context.timed("diagram styling") {
      try diagram.graph(loaded, projection: projection, context: context, analysis: analysis)
    }
    let engine =
      diagram.engine ?? SizeGuard.default.engine(nodes: graph.nodes.count, edges: graph.edges.count, preferred: .fdp)
    // Too large to draw: the report is written without a diagram, and says why.
    if !diagram.force, SizeGuard.default.tooLargeToDraw(nodes: graph.nodes.count, edges: graph.edges.count) {
      let reason = GraphvizError.tooLargeToDraw(nodes: graph.nodes.count, edges: graph.edges.count, limit: .default)
      FileHandle.standardError.write(Data("note: no diagram: \(reason)\n".utf8))
      return Picture(svg: nil, note: "No diagram: \(reason).")
    }
    progress.step("drawing the diagram (\(graph.nodes.count) nodes, \(graph.edges.count) lines, \(engine.rawValue))")
    defer { progress.done() }
    let dot = try DOTWriter.write(graph)
    let rendered = try context.timed("layout and render", parameters: "\(engine.rawValue), svg") {
      try Renderer.render(dot, format: .svg, engine: engine, sizeGuard: diagram.force ? nil : .default)
    }
    for w in rendered.warnings { FileHandle.standardError.write(Data("warning: graphviz: \(w)\n".utf8)) }
    let note =
      "Drawn by Graphviz \(Renderer.version) with the \(engine.rawValue) layout; coopgraph render draws the same picture as SVG, PNG or PDF."
    return Picture(svg: String(decoding: rendered.data, as: UTF8.self), note: note)
  }

  /// The report page.
  static func html(_ analysis: Analysis, _ picture: Picture) -> String {
    ReportHTML.render(
      analysis, svg: picture.svg, diagramNote: picture.note, generator: "coopgraph \(CoopGraphVersion.current)")
  }

  /// Writes `diagram.svg`, `report.html` and `analysis.json` into `folder`, creating it if
  /// missing.
  static func writeFolder(_ folder: String, analysis: Analysis, diagram: Picture) throws {
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
    let base = URL(fileURLWithPath: folder)
    var files: [(name: String, text: String)] = []
    if let svg = diagram.svg { files.append(("diagram.svg", svg)) }
    files.append(("report.html", html(analysis, diagram)))
    files.append(("analysis.json", analysis.json().serialized() + "\n"))
    // All or nothing: a file this call created is removed again when a later one fails.
    var created: [String] = []
    do {
      for file in files {
        let path = base.appendingPathComponent(file.name).path
        let existed = FileManager.default.fileExists(atPath: path)
        try FileIO.write(file.text, to: path)
        if !existed { created.append(path) }
      }
    } catch {
      for path in created { try? FileManager.default.removeItem(atPath: path) }
      throw error
    }
  }
}
