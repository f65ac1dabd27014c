import ArgumentParser
import CoopGraph
import CoopGraphReport
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

      --to graphframes and --to neo4j-import write a directory OUT of two CSV files for Spark \
      GraphFrames (vertices.csv, edges.csv) or neo4j-admin database import full (nodes.csv, \
      relationships.csv); ties of three or more parties become tie vertices. An OUT ending in \
      .cgb is the binary graph cache: the graph (as every command projects it by default) in a \
      file that every command maps into memory instead of parsing. See docs/scale.md.
      """
  )

  @Argument(help: "The network file to read.")
  var input: String

  @Argument(help: "The file to write ('-' for standard output, except CSV).")
  var output: String

  @Option(name: .long, help: "Input format: \(InterchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var from: InterchangeFormat?

  @Option(name: .customLong("to"), help: "Output format: \(ConversionTarget.names.joined(separator: ", ")).")
  var target: ConversionTarget?

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

  /// The run the options describe.
  var conversion: Conversion {
    var conversion = Conversion(input: input, output: output)
    conversion.from = from
    conversion.target = target
    conversion.directed = directed
    conversion.strict = strict
    conversion.layout = !noLayout
    conversion.dynamic = dynamic
    conversion.diagram = diagram.settings
    return conversion
  }

  func validate() throws {
    do { try conversion.check() } catch let error as UsageError { throw ValidationError(error.message) }
  }

  func run() throws {
    do {
      let outcome = try conversion.run()
      printWarnings(outcome.warnings)
      if let summary = outcome.handOff, !quiet {
        FileHandle.standardError.write(Data("\(HandOffText.summary(summary))\n".utf8))
      }
    } catch let loss as ConversionLoss {
      printWarnings(loss.warnings)
      throw ExitCode(ExitStatus.failure)
    }
  }

  func printWarnings(_ warnings: [Diagnostic]) {
    guard !quiet else { return }
    for w in warnings {
      FileHandle.standardError.write(Data((w.description + "\n").utf8))
    }
  }
}

extension InterchangeFormat: ExpressibleByArgument {}

extension ConversionTarget: ExpressibleByArgument {
  public init?(argument: String) { self.init(name: argument) }
  public static var allValueStrings: [String] { names }
}
