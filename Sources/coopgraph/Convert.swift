import ArgumentParser
import CoopGraph
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

  func validate() throws {
    if from == nil && InterchangeFormat(path: input) == nil {
      throw ValidationError("cannot tell the format of '\(input)' from its extension; use \(InputFormat.knownExtensions), or --from")
    }
    if to == nil && InterchangeFormat(path: output) == nil {
      throw ValidationError("cannot tell the format of '\(output)' from its extension; use \(InputFormat.knownExtensions), or --to")
    }
    if output == "-" && to == nil {
      throw ValidationError("writing to standard output needs --to")
    }
    if output == "-" && to == .csv {
      throw ValidationError("CSV writes two files; give a file name, not '-'")
    }
  }

  func run() throws {
    let source = from ?? InterchangeFormat(path: input) ?? .native
    var target = to ?? InterchangeFormat(path: output) ?? .native
    if to == nil && target == .native && InputFormat(path: output) == .nodeLink { target = .nodeLink }
    let read = try source.read(path: input, directed: directed)
    var warnings = read.warnings
    var network = read.network
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
    let writeWarnings: [Diagnostic]
    if strict {
      // Find out what would be lost before touching the output.
      let probe = try FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-convert-\(ProcessInfo.processInfo.processIdentifier)")
      try FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: probe) }
      let name = URL(fileURLWithPath: output == "-" ? "out" : output).lastPathComponent
      let lost = try target.write(network, to: probe.appendingPathComponent(name).path)
      if !(warnings + lost).isEmpty {
        printWarnings(warnings + lost)
        throw ExitCode(ExitStatus.failure)
      }
    }
    writeWarnings = try target.write(network, to: output)
    printWarnings(warnings + writeWarnings)
  }

  func printWarnings(_ warnings: [Diagnostic]) {
    guard !quiet else { return }
    for w in warnings {
      FileHandle.standardError.write(Data((w.description + "\n").utf8))
    }
  }
}

extension InterchangeFormat: ExpressibleByArgument {}
