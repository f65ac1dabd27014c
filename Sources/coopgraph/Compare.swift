import ArgumentParser
import CoopGraph
import CoopGraphReport
import CoopGraphviz
import Foundation

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Compare two files, or two periods of one: entities and ties added and removed, standings, communities.",
    discussion: """
      `compare A B` compares two records; `compare FILE --periods 2024 2025` two periods of one \
      (years, quarters such as 2024-Q3, or months such as 2024-07). Entities match by id; ties by \
      id, else by kind, parties and label (docs/time.md). With -o FILE.svg the diff diagram is \
      drawn: added in green, removed in red and dashed, kept in grey. CSV lists the entities \
      and ties added and removed.
      """
  )

  @Argument(help: "Two network files, or one with --periods.")
  var files: [String]

  @Flag(name: .long, help: "Treat the networks as directed.")
  var directed = false

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Two periods of the one file: YYYY, YYYY-Qn or YYYY-MM.", valueName: "period"))
  var periods: [String] = []

  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Key partners") var view: OrganizationViewOptions

  @Option(name: .long, help: "Risers and fallers listed.")
  var top = 5

  @OptionGroup var community: ResolutionOption

  @Option(name: .long, help: "Seed for community detection.")
  var seed: UInt64 = 1

  @OptionGroup var printing: FormatOption

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Also draw the diff diagram: .svg, .png, .pdf, .dot/.gv or .json.", valueName: "file"))
  var output: String?

  @Option(name: .long, help: "Layout engine of the diagram (default: neato).")
  var engine: LayoutEngine = .neato

  func validate() throws {
    if periods.isEmpty && files.count != 2 {
      throw ValidationError(
        "give two files, or one file and --periods P1 P2; found \(files.count) \(files.count == 1 ? "file" : "files")")
    }
    if !periods.isEmpty {
      if files.count != 1 {
        throw ValidationError("--periods compares two periods of one file; found \(files.count) files")
      }
      if periods.count != 2 { throw ValidationError("--periods takes two periods, found \(periods.count)") }
      if projection.time.asOf != nil || projection.time.between != nil {
        throw ValidationError("--periods names the two windows; --as-of and --between do not apply")
      }
      for p in periods {
        do { _ = try Period.parse(p, option: "--periods") } catch let e as TimeError {
          throw ValidationError(e.message)
        }
      }
    }
    if let output, DiagramFormat(path: output) == nil {
      throw ValidationError("cannot tell the output format of '\(output)'; use .svg, .png, .pdf, .dot, .gv or .json")
    }
    for f in files {
      do { try InputFormat.check(path: f) } catch let error as UsageError { throw ValidationError(error.message) }
    }
  }

  func input(_ file: String) throws -> InputOptions {
    try InputOptions.parse([file] + (directed ? ["--directed"] : []))
  }

  func run() throws {
    let first: NetworkFile.Loaded
    let second: NetworkFile.Loaded
    let labels: (String, String)
    if periods.isEmpty {
      first = try loadInput(input(files[0]), projection)
      second = try loadInput(input(files[1]), projection)
      labels = (files[0], files[1])
    } else {
      let whole = try loadInput(input(files[0]), projection)
      first = try whole.period(periods[0], undated: projection.time.undated)
      second = try whole.period(periods[1], undated: projection.time.undated)
      labels = (periods[0], periods[1])
    }
    let viewOptions = try view.options(for: first.network)
    let comparison = try NetworkComparison(
      AnalysisContext(first), AnalysisContext(second), labels: labels, view: viewOptions, resolution: community.resolution,
      seed: seed)
    print(ComparisonPresentation(comparison, top: top).render(printing.format), terminator: "")
    if let output, let diagramFormat = DiagramFormat(path: output) {
      let rendered = try DiffDiagram.render(comparison, format: diagramFormat, engine: engine)
      for w in rendered.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
      try FileIO.write(rendered.data, to: output)
    }
  }
}
