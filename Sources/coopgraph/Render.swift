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
      them. Graphs above 500 nodes or 2000 edges are laid out with sfdp unless --engine says \
      otherwise (a slow engine on such a graph needs --force).
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
    if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
    if DiagramFormat(path: output) == nil {
      throw ValidationError("cannot tell the output format of '\(output)'; use .svg, .png, .pdf, .dot, .gv or .json")
    }
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    let graph = try diagram.graph(loaded, projection: projection.projection(directed: input.directed))
    for _ in 0..<`repeat` { try diagram.render(graph, to: output) }
  }
}

/// The options every diagram command shares.
struct DiagramOptions: ParsableArguments {
  @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage or patchwork (default: fdp, sfdp for large graphs).")
  var engine: LayoutEngine?

  @Option(name: .long, help: ArgumentHelp("Fill colour by: community, kind, country, any attribute, or none (default: country when there are several, else kind).", valueName: "what"))
  var colorBy: String = "auto"

  @Option(name: .long, help: ArgumentHelp("Node size by a centrality measure (betweenness, degree, pagerank, ... as `coopgraph centrality` names them) or none (default: betweenness, degree above 5000 nodes).", valueName: "measure"))
  var sizeBy: String = "auto"

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
  }

  /// The style these options describe, with the analysis they need run on `loaded`, or read
  /// from `analysis` when one was made of the same file (`analyze -o`, `report`), so that the
  /// diagram shows the communities and sizes the report states and nothing is computed twice.
  func style(_ loaded: NetworkFile.Loaded, context: AnalysisContext? = nil, analysis: Analysis? = nil) throws -> DiagramStyle {
    var style = DiagramStyle()
    style.title = title
    style.legend = legend
    style.edgeLabels = edgeLabels
    style.palette = Palette.named(palette) ?? .tolLight
    let network = loaded.network
    let wantsGroups = colorBy == "community" || clusterLevels.contains("community")
    if wantsGroups {
      style.groups = try analysis.map(DiagramAnalysis.communities) ?? DiagramAnalysis.communities(loaded, seed: seed)
    }
    switch colorBy {
    case "auto":
      let countries = Set(network.entities.compactMap(\.country))
      style.colorBy = countries.count >= 2 ? .attribute("country") : .kind
    case "none": style.colorBy = .none
    case "kind": style.colorBy = .kind
    case "community": style.colorBy = .groups
    default:
      guard network.entities.contains(where: { $0.value(of: colorBy) != nil }) else {
        throw ValidationError("--color-by \(colorBy): no entity has a value for '\(colorBy)'")
      }
      style.colorBy = .attribute(colorBy)
    }
    let size = sizeBy == "auto" ? (loaded.graph.nodeCount <= 5_000 ? "betweenness" : "degree") : sizeBy
    if size != "none" {
      func values(_ name: String) throws -> [String: Double] {
        try DiagramAnalysis.measure(name, loaded, context: context)
      }
      let sizes = try values(size)
      style.nodeSizes = sizes
      style.sizeMeasure = size
      style.tooltipMeasures = [(size, sizes)]
      for other in ["degree", "betweenness"] where other != size && loaded.graph.nodeCount <= 5_000 {
        style.tooltipMeasures.append((other, try values(other)))
      }
    }
    for level in clusterLevels where level != "parent" && level != "community" {
      guard network.entities.contains(where: { $0.value(of: level) != nil }) else {
        throw ValidationError("--cluster-by \(level): no entity has a value for '\(level)'")
      }
    }
    style.clusterBy = clusterLevels.map { level in
      switch level {
      case "parent": return .parent
      case "community": return .groups
      default: return .attribute(level)
      }
    }
    return style
  }

  var clusterLevels: [String] {
    clusterBy.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "none" }
  }

  /// The styled diagram of `loaded`, optionally limited to some entities.
  func graph(
    _ loaded: NetworkFile.Loaded, projection: Projection, only: Set<String>? = nil, context: AnalysisContext? = nil,
    analysis: Analysis? = nil, configure: (inout DiagramStyle) -> Void = { _ in }
  ) throws -> DOTGraph {
    var style = try self.style(loaded, context: context, analysis: analysis)
    configure(&style)
    var rules = loaded.projected.projection
    if loaded.isPlainGraph { rules = Projection(directed: rules.directed) } else { rules.nodeKinds = projection.nodeKinds; rules.tieKinds = projection.tieKinds }
    return Diagram.build(loaded.network, projection: rules, only: only, style: style)
  }

  /// Lays out and writes the diagram; the format comes from the file's extension.
  func render(_ graph: DOTGraph, to output: String) throws {
    guard let format = DiagramFormat(path: output) else {
      throw ValidationError("cannot tell the output format of '\(output)'")
    }
    let chosen = engine ?? SizeGuard.default.engine(nodes: graph.nodes.count, edges: graph.edges.count, preferred: .fdp)
    // Decided from the counts, before the DOT is written or any layout starts.
    if !force { try SizeGuard.default.check(nodes: graph.nodes.count, edges: graph.edges.count, engine: chosen) }
    if engine == nil {
      if chosen != .fdp {
        FileHandle.standardError.write(
          Data("note: \(graph.nodes.count) nodes and \(graph.edges.count) edges; laid out with sfdp (--engine fdp --force to insist)\n".utf8))
      }
    }
    if graph.nodes.count > SizeGuard.default.maxNodes {
      FileHandle.standardError.write(
        Data("laying out \(graph.nodes.count) nodes and \(graph.edges.count) edges with \(chosen.rawValue)…\n".utf8))
    }
    let dot = try DOTWriter.write(graph)
    let rendered = try Renderer.render(dot, format: format, engine: chosen, sizeGuard: force ? nil : .default)
    for w in rendered.warnings { FileHandle.standardError.write(Data("warning: graphviz: \(w)\n".utf8)) }
    try FileIO.write(rendered.data, to: output)
  }
}

/// The analysis results a diagram is styled with, by entity id.
enum DiagramAnalysis {
  /// A node measure by name (any node measure of `CentralityMeasure`, with its defaults:
  /// normalized, weighted by tie strength where the measure uses weights), keyed by entity id;
  /// read through the run's context when there is one, so that a measure the analysis already
  /// computed is not computed again.
  static func measure(_ name: String, _ loaded: NetworkFile.Loaded, context: AnalysisContext? = nil) throws -> [String: Double] {
    guard let measure = CentralityMeasure(name: name), measure.isNodeMeasure else {
      let names = CentralityMeasure.allCases.filter(\.isNodeMeasure).map(\.name)
      throw ValidationError("--size-by \(name): unknown measure; use \(names.joined(separator: ", ")) or none")
    }
    let values = try context?.measure(measure) ?? CentralityMeasure.compute(measure, on: loaded.graph)
    return byEntity(values, loaded)
  }

  /// The analysis's communities (its `--resolution` and seed), numbered from 1, largest first.
  static func communities(_ analysis: Analysis) -> [String: String] {
    var out: [String: String] = [:]
    for (v, c) in analysis.communities.partition.membership.enumerated() where !analysis.nodes[v].isTie {
      out[analysis.nodes[v].id] = String(c + 1)
    }
    return out
  }

  /// Leiden communities (modularity, seeded), numbered from 1, largest first.
  static func communities(_ loaded: NetworkFile.Loaded, seed: UInt64) throws -> [String: String] {
    var rng = SplitMix64(seed: seed)
    let result = try loaded.graph.leiden(using: &rng)
    var out: [String: String] = [:]
    for (v, c) in result.partition.membership.enumerated() {
      if let e = loaded.projected.entityIndices[v] { out[loaded.network.entities[e].id] = String(c + 1) }
    }
    return out
  }

  static func byEntity(_ values: [Double], _ loaded: NetworkFile.Loaded) -> [String: Double] {
    var out: [String: Double] = [:]
    for (v, x) in values.enumerated() {
      if let e = loaded.projected.entityIndices[v] { out[loaded.network.entities[e].id] = x }
    }
    return out
  }
}

extension LayoutEngine: ExpressibleByArgument {}
extension DiagramStyle.EdgeLabels: ExpressibleByArgument {}
