import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct Convert: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Convert a network between native YAML/JSON, CSV, edge list, GraphML, GEXF, node-link JSON and Pajek.",
    discussion: """
      Formats come from the file extensions (.yaml/.yml/.json native, .csv nodes/edges pair, \
      .edges/.tsv/.txt edge list, .graphml, .gexf, .net Pajek, .nodelink.json node-link); \
      --from and --to override them. A .json input with 'nodes' and no 'coopgraph' at the top \
      is node-link JSON. CSV writes two files: OUT x.csv gives x.nodes.csv and x.edges.csv.

      Everything the target format can hold is kept; what it cannot hold is reported as a \
      warning on stderr (use --strict to fail instead). See docs/formats.md for the mapping.

      GEXF output carries the drawing `coopgraph render` makes with the same diagram options: \
      positions from the Graphviz layout, fill colours and sizes, so that the network opens in \
      Gephi as drawn (--no-layout to leave them out). DOT (.gv/.dot) is read with Graphviz's \
      parser and written as the styled diagram.
      """
  )

  @Argument(help: "The network file to read.")
  var input: String

  @Argument(help: "The file to write ('-' for standard output, except CSV).")
  var output: String

  @Option(name: .long, help: "Input format: \(InterchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var from: InterchangeFormat?

  @Option(name: .long, help: "Output format: \(InterchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var to: InterchangeFormat?

  @Flag(name: .long, help: "Edge-list input: 'u v' is an arc.")
  var directed = false

  @Flag(name: .long, help: "Fail (exit 1) instead of writing when the output cannot hold everything.")
  var strict = false

  @Flag(name: .long, help: "Do not print warnings.")
  var quiet = false

  @Flag(name: .long, help: "GEXF: write no positions, colours or sizes from a Graphviz layout.")
  var noLayout = false

  @Flag(name: .long, help: "GEXF: a dynamic graph, with spells on nodes and edges for Gephi's timeline (docs/time.md).")
  var dynamic = false

  @OptionGroup(title: "Drawing (GEXF and DOT output)") var diagram: DiagramOptions

  var inputIsDOT: Bool { from == nil && InputFormat(path: input) == .dot }
  var outputIsDOT: Bool { to == nil && InputFormat(path: output) == .dot }

  func validate() throws {
    if from == nil && InterchangeFormat(path: input) == nil && !inputIsDOT {
      throw ValidationError(
        "cannot tell the format of '\(input)' from its extension; use \(InputFormat.knownExtensions), or --from")
    }
    if to == nil && InterchangeFormat(path: output) == nil && !outputIsDOT {
      throw ValidationError(
        "cannot tell the format of '\(output)' from its extension; use \(InputFormat.knownExtensions), or --to")
    }
    if output == "-" && to == nil {
      throw ValidationError("writing to standard output needs --to")
    }
    if output == "-" && to == .csv {
      throw ValidationError("CSV writes two files; give a file name, not '-'")
    }
    if dynamic && (to ?? InterchangeFormat(path: output)) != .gexf {
      throw ValidationError("--dynamic writes GEXF; give a .gexf output or --to gexf")
    }
  }

  func run() throws {
    let source = from ?? InterchangeFormat(path: input) ?? .native
    var target = to ?? InterchangeFormat(path: output) ?? .native
    if to == nil && target == .native && InputFormat(path: output) == .nodeLink { target = .nodeLink }
    var warnings: [Diagnostic] = []
    var network: Network
    var directed = directed
    if inputIsDOT {
      let result = try DOTImport.read(path: input)
      network = result.network
      directed = directed || result.directed
      warnings += result.warnings.map { Diagnostic(.warning, at: nil, $0) }
    } else {
      let read = try source.read(path: input, directed: directed)
      network = read.network
      directed = directed || read.directed
      warnings += read.warnings
    }
    if outputIsDOT {
      let loaded = try NetworkFile.Loaded(
        path: input, format: .yaml, network: network, projected: network.project(Projection(directed: directed)))
      let graph = try diagram.graph(loaded, projection: Projection(directed: directed))
      try FileIO.write(try DOTWriter.write(graph), to: output)
      printWarnings(warnings)
      return
    }
    if target == .native {
      let (renamed, count) = InterchangeFormat.nativeIDs(network)
      if count > 0 {
        warnings.append(
          Diagnostic(
            .warning, at: nil,
            "\(count) id\(count == 1 ? "" : "s") with characters the native format does not allow in ids changed (spaces and others become '-'); the old id is kept as the name"
          ))
        network = renamed
      }
    }
    var visuals: [String: NodeVisual] = [:]
    if target == .gexf && !noLayout && !diagram.force && (network.entities.count > 5_000 || network.ties.count > 20_000)
    {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "no Graphviz layout in the GEXF file: \(network.entities.count) entities and \(network.ties.count) ties are more than a drawing is made for (5000, 20000); --force to lay it out anyway"
        ))
    } else if target == .gexf && !noLayout {
      do {
        visuals = try drawing(network, directed: directed)
      } catch {
        warnings.append(Diagnostic(.warning, at: nil, "no Graphviz layout in the GEXF file: \(error)"))
      }
    }
    if strict {
      // Find out what would be lost before touching the output.
      let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
        "coopgraph-convert-\(ProcessInfo.processInfo.processIdentifier)")
      try FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: probe) }
      let name = URL(fileURLWithPath: output == "-" ? "out" : output).lastPathComponent
      let lost = try target.write(network, to: probe.appendingPathComponent(name).path, visuals: visuals, dynamic: dynamic)
      if !(warnings + lost).isEmpty {
        printWarnings(warnings + lost)
        throw ExitCode(ExitStatus.failure)
      }
    }
    let writeWarnings = try target.write(network, to: output, visuals: visuals, dynamic: dynamic)
    printWarnings(warnings + writeWarnings)
  }

  /// Where Graphviz puts each entity in the diagram `render` would draw, with its fill colour
  /// and a size of half its box's mean side (points).
  func drawing(_ network: Network, directed: Bool) throws -> [String: NodeVisual] {
    let loaded = NetworkFile.Loaded(
      path: input, format: .yaml, network: network, projected: try network.project(Projection(directed: directed)))
    let graph = try diagram.graph(loaded, projection: Projection(directed: directed))
    let dot = try DOTWriter.write(graph)
    let engine =
      diagram.engine ?? SizeGuard.default.engine(nodes: graph.nodes.count, edges: graph.edges.count, preferred: .fdp)
    let layout = try Renderer.layout(dot, engine: engine, sizeGuard: diagram.force ? nil : .default)
    var fill: [String: String] = [:]
    for n in graph.nodes { if let c = n.attributes["fillcolor"] { fill[n.id] = c.text } }
    var visuals: [String: NodeVisual] = [:]
    for e in network.entities {
      guard let box = layout.nodes[e.id] else { continue }
      var v = NodeVisual(
        x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2,
        size: ((box.maxX - box.minX) + (box.maxY - box.minY)) / 4)
      if let c = fill[e.id].flatMap({ NodeVisual.color(hex: $0) }) { v.color = c }
      visuals[e.id] = v
    }
    return visuals
  }

  func printWarnings(_ warnings: [Diagnostic]) {
    guard !quiet else { return }
    for w in warnings {
      FileHandle.standardError.write(Data((w.description + "\n").utf8))
    }
  }
}

extension InterchangeFormat: ExpressibleByArgument {}
