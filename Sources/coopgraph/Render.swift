import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw a network with Graphviz: SVG, PNG, PDF, or DOT/JSON with positions.",
    discussion: """
      The output format comes from the extension of --output. Nodes are shaped by kind, \
      coloured by --color-by, sized by --size-by and boxed by --cluster-by; a legend explains \
      them. --preset fits the drawing to a slide, an A4 page, a poster or a web page \
      (docs/diagrams.md shows each). Graphs above 500 nodes or 2000 edges are laid out with \
      sfdp unless --engine says otherwise (a slow engine on such a graph needs --force).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Diagram") var diagram: DiagramOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("The output file: .svg, .png, .pdf, .dot/.gv or .json.", valueName: "file"))
  var output: String

  @Option(name: .long, help: ArgumentHelp("Render this many times in one process (for leak and timing checks).", visibility: .hidden))
  var `repeat`: Int = 1

  func validate() throws {
    try requireAtLeastOne(`repeat`, "--repeat")
    if DiagramFormat(path: output) == nil {
      throw ValidationError("cannot tell the output format of '\(output)'; use .svg, .png, .pdf, .dot, .gv or .json")
    }
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    let graph = try diagram.settings.graph(loaded, projection: projection.projection(directed: input.directed))
    for _ in 0..<`repeat` { try diagram.render(graph, to: output) }
  }
}

/// The options every diagram command shares (see `DiagramSettings`).
struct DiagramOptions: ParsableArguments {
  @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage or patchwork (default: fdp, sfdp for large graphs).")
  var engine: LayoutEngine?

  @Option(name: .long, help: ArgumentHelp("Fill colour by: community, kind, country, any attribute, or none (default: country when there are several, else kind).", valueName: "what"))
  var colorBy: String = "auto"

  @Option(name: .long, help: ArgumentHelp("Node size by partners (how many partners each has in the drawing), a centrality measure (betweenness, degree, pagerank, ... as `coopgraph centrality` names them) or none (default: partners).", valueName: "measure"))
  var sizeBy: String = "auto"

  @Option(name: .long, help: ArgumentHelp("Fit the drawing to: slide (16:9, organizations only, compact), a4 (A4 landscape, 300 dpi, organizations only), poster (A1, for PDF/SVG) or web (at most 1200 px wide).", valueName: "preset"))
  var preset: DiagramPreset?

  @Option(name: .long, help: ArgumentHelp("The page, over the preset's: WxH in inches (13.33x7.5), with a unit for both sides (297x210mm; in, cm, mm, pt, px) or a paper name (a0 … a5, landscape; a3-portrait).", valueName: "WxH"))
  var size: String?

  @Option(name: .long, help: ArgumentHelp("Dots per inch of a PNG, over the preset's (default: 96).", valueName: "n"))
  var dpi: Double?

  @Option(name: .long, help: "Node labels: name, short (an alias or the initials of the name's significant words) or id.")
  var labels: DiagramStyle.Labels = .name

  @Flag(name: .long, inversion: .prefixedNo, help: "Leave out people (the organizations they link are joined) and unnamed placeholders (default: only with --preset slide or a4).")
  var organizationsOnly: Bool?

  @Option(name: .long, help: ArgumentHelp("Cluster boxes, outermost first, comma-separated: parent (part-of), community, country or any attribute; none for no boxes.", valueName: "levels"))
  var clusterBy: String = "parent"

  @Flag(name: .long, inversion: .prefixedNo, help: "Draw a legend explaining shapes, colours, sizes and lines.")
  var legend = true

  @Option(name: .long, help: "Fill palette: tol-light, tol-muted or okabe-ito (all safe for colour-blind readers).")
  var palette: String = "tol-light"

  @Option(name: .long, help: "Tie labels: multi-party, all or none.")
  var edgeLabels: DiagramStyle.EdgeLabels = .multiParty

  @Option(name: .long, help: "A title for the legend (default: the network's title).")
  var title: String?

  @Option(name: .long, help: "Seed for community detection.")
  var seed: UInt64 = 1

  @Flag(name: .long, help: "Run a slow engine even on a graph above the size limit.")
  var force = false

  func validate() throws {
    if Palette.named(palette) == nil {
      throw ValidationError("unknown palette '\(palette)'; use \(Palette.all.map(\.name).joined(separator: ", "))")
    }
    do { _ = try size.map(PageSize.init(parsing:)) } catch let error as DiagramError { throw ValidationError(error.description) }
    if let dpi, !(dpi.isFinite && dpi >= 10 && dpi <= 2_400) { throw ValidationError("--dpi must lie between 10 and 2400") }
  }

  /// The library's settings these options describe.
  var settings: DiagramSettings {
    var s = DiagramSettings()
    (s.engine, s.colorBy, s.sizeBy, s.clusterBy, s.palette) = (engine, colorBy, sizeBy, clusterBy, palette)
    (s.edgeLabels, s.labels, s.title, s.seed, s.legend, s.force) = (edgeLabels, labels, title, seed, legend, force)
    (s.preset, s.dpi, s.organizationsOnly) = (preset, dpi, organizationsOnly)
    s.size = size.flatMap { try? PageSize(parsing: $0) }
    return s
  }

  /// Lays out and writes the diagram, Graphviz's notes on stderr.
  func render(_ graph: DOTGraph, to output: String) throws {
    try settings.render(graph, to: output) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
  }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramStyle.EdgeLabels: ExpressibleByArgument {}
extension DiagramStyle.Labels: ExpressibleByArgument {}
extension DiagramPreset: ExpressibleByArgument {}
