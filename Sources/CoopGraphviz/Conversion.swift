import CoopGraph

/// What a conversion writes: a file of an interchange format, or a hand-off layout (a
/// directory of files for GraphFrames or Neo4j).
public enum ConversionTarget: Equatable, Sendable {
  case file(InterchangeFormat)
  case handOff(HandOffFormat)

  /// The target a name of `convert --to` names: an interchange format or a hand-off layout.
  public init?(name: String) {
    guard let target = InterchangeFormat(rawValue: name).map(Self.file) ?? HandOffFormat(rawValue: name).map(Self.handOff)
    else { return nil }
    self = target
  }

  /// Every name ``init(name:)`` takes.
  public static var names: [String] { InterchangeFormat.allCases.map(\.rawValue) + HandOffFormat.allCases.map(\.rawValue) }

  public var interchange: InterchangeFormat? {
    if case .file(let f) = self { return f }
    return nil
  }

  public var handOff: HandOffFormat? {
    if case .handOff(let h) = self { return h }
    return nil
  }
}

/// One run of `coopgraph convert`: reads a network in any format and writes it in another,
/// keeping everything the target can hold and reporting, as warnings, what it cannot.
///
/// The target is ``target``, else the output's extension: an interchange format, the styled
/// DOT diagram (`.gv`/`.dot`, drawn with ``diagram``), the binary graph cache (`.cgb`: the
/// default projection), or a hand-off directory. GEXF carries the drawing ``diagram`` makes
/// (positions, colours, sizes) unless ``layout`` is off, and spells for Gephi's timeline with
/// ``dynamic``. Native output renames ids the native format does not allow (spaces and others
/// become `-`; the old id stays as the name), with a warning.
public struct Conversion: Sendable {
  public var input: String
  public var output: String
  /// The input's format, when its extension does not tell it.
  public var from: InterchangeFormat?
  public var target: ConversionTarget?
  /// Edge-list input: `u v` is an arc.
  public var directed = false
  /// Fail (``ConversionLoss``) instead of writing when the output cannot hold everything.
  public var strict = false
  /// GEXF: carry the Graphviz drawing.
  public var layout = true
  /// GEXF: spells on nodes and edges (`docs/time.md`).
  public var dynamic = false
  public var diagram = DiagramSettings()

  public init(input: String, output: String) {
    self.input = input
    self.output = output
  }

  /// The output is the styled DOT diagram (`.gv`/`.dot` and no ``target``).
  public var writesDOT: Bool { target == nil && InputFormat(path: output) == .dot }

  /// The interchange format written: ``target``, else the output's extension (a `.json`
  /// named `.nodelink.json` is node-link JSON), else native.
  public var interchange: InterchangeFormat {
    if let f = target?.interchange { return f }
    let byName = InterchangeFormat(path: output) ?? .native
    return byName == .native && InputFormat(path: output) == .nodeLink ? .nodeLink : byName
  }

  /// Checks that the run can be made as asked, before anything is read: both formats known,
  /// standard output only with a `target` that is one file, `dynamic` only for GEXF.
  /// - Throws: ``UsageError`` naming the option.
  public func check() throws {
    if let handOff = target?.handOff {
      if output == "-" { throw UsageError("--to \(handOff.rawValue) writes a directory; give its path, not '-'") }
    }
    if from == nil && InterchangeFormat(path: input) == nil && InputFormat(path: input) != .dot {
      try InputFormat.check(path: input, or: "--from")
    }
    if target == nil && InterchangeFormat(path: output) == nil && !writesDOT {
      try InputFormat.check(path: output, or: "--to")
    }
    if output == "-" && target == nil { throw UsageError("writing to standard output needs --to") }
    if output == "-" && target?.interchange == .csv { throw UsageError("CSV writes two files; give a file name, not '-'") }
    if dynamic && (target?.interchange ?? InterchangeFormat(path: output)) != .gexf {
      throw UsageError("--dynamic writes GEXF; give a .gexf output or --to gexf")
    }
  }

  /// What the run wrote besides the files.
  public struct Outcome: Sendable {
    /// Everything the reading and the writing could not keep, in that order.
    public var warnings: [Diagnostic] = []
    /// The summary of a hand-off layout, when one was written.
    public var handOff: HandOffSummary?
  }

  /// Reads ``input`` and writes ``output``.
  ///
  /// - Throws: ``InputError`` for an unreadable input, ``ConversionLoss`` (with every
  ///   warning) when ``strict`` and something would be lost, ``DiagramError`` for diagram
  ///   settings the network does not fit, and what writing throws. Nothing is written when
  ///   it throws: files are written to a temporary name and renamed.
  public func run() throws -> Outcome {
    DOTImport.register()
    if let handOff = target?.handOff {
      let read = try NetworkFile.read(path: input, as: from, directed: directed)
      let summary = try HandOff.write(read.network, format: handOff, to: output)
      return Outcome(warnings: read.warnings, handOff: summary)
    }
    if target == nil && BinaryGraph.isBinaryGraph(path: output) {
      let loaded = try NetworkFile.load(path: input, directed: directed)
      try BinaryGraph.write(loaded.graph, to: output)
      return Outcome(warnings: loaded.warnings)
    }
    let read: InterchangeRead
    if BinaryGraph.isBinaryGraph(path: input) && from == nil {
      let graph = try BinaryGraph.read(path: input)
      read = InterchangeRead(network: Network(graph: graph), directed: graph.isDirected, warnings: [])
    } else {
      read = try NetworkFile.read(path: input, as: from, directed: directed)
    }
    var network = read.network
    let directed = directed || read.directed
    var warnings = read.warnings
    if writesDOT {
      let projection = Projection(directed: directed)
      let loaded = try NetworkFile.Loaded(
        path: input, format: .yaml, network: network, projected: network.project(projection))
      try FileIO.write(try DOTWriter.write(try diagram.graph(loaded, projection: projection)), to: output)
      return Outcome(warnings: warnings)
    }
    let target = interchange
    if target == .native {
      let (renamed, count) = InterchangeFormat.nativeIDs(network)
      if count > 0 {
        let ids = count == 1 ? "id" : "ids"
        warnings.append(
          Diagnostic(
            .warning, at: nil,
            "\(count) \(ids) with characters the native format does not allow in ids changed (spaces and others become '-'); the old id is kept as the name"
          ))
        network = renamed
      }
    }
    var visuals: [String: NodeVisual] = [:]
    if target == .gexf && layout {
      let drawing = diagram.gexfDrawing(network, path: input, directed: directed)
      visuals = drawing.visuals
      warnings += drawing.warnings
    }
    // What reading lost already fails; what the target cannot hold fails before writing.
    if strict && !warnings.isEmpty { throw ConversionLoss(warnings: warnings) }
    do {
      warnings += try target.write(network, to: output, visuals: visuals, strict: strict, dynamic: dynamic)
    } catch let loss as ConversionLoss {
      throw ConversionLoss(warnings: warnings + loss.warnings)
    }
    return Outcome(warnings: warnings)
  }
}
