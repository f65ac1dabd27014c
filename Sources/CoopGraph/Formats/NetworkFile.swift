import Foundation

/// Reading a network file of any format CoopGraph knows, chosen by extension.
public enum NetworkFile {
  /// A file read for analysis: the network when the format has one, and the graph to analyse.
  public struct Loaded: Sendable {
    public var path: String
    public var format: InputFormat
    /// The record. For a plain graph (an edge list or a binary graph cache) it is made from
    /// the graph the first time it is asked for (``Network/init(graph:)``, about 160 bytes an
    /// edge), once: the commands that need only the graph (`info`, `centrality`, `rank`,
    /// `communities`, `structure`) never ask.
    public var network: Network {
      get { record.network(from: graph) }
      set { record = RecordCell(newValue) }
    }
    private var record: RecordCell
    /// Whether the record exists (for a plain graph: whether something asked for it).
    var hasRecord: Bool { record.isMade }
    /// The projection of the network; for an edge list, the graph as read.
    public var projected: ProjectedNetwork {
      // A record still to be made from the graph is made from the new one.
      didSet { if !record.isGiven { record = RecordCell(nil) } }
    }
    /// What the reader could not keep as a field or left out (self-loops, drawing details).
    public var warnings: [Diagnostic] = []
    /// The window of time the network was cut to (``Network/slice(_:)``), if one was asked for;
    /// ``network`` is then the slice.
    public var time: TimeSlice?
    public var graph: Graph { projected.graph }

    public init(
      path: String, format: InputFormat, network: Network, projected: ProjectedNetwork, warnings: [Diagnostic] = []
    ) {
      self.path = path
      self.format = format
      self.record = RecordCell(network)
      self.projected = projected
      self.warnings = warnings
    }

    /// A plain graph read from `path` (an edge list or a binary graph cache): the graph as
    /// read, each node its own entity, no record until ``network`` is asked for.
    public init(plainGraph graph: Graph, path: String) {
      self.path = path
      self.format = .edgeList
      self.record = RecordCell(nil)
      self.projected = ProjectedNetwork(
        graph: graph, projection: Projection(directed: graph.isDirected),
        entityIndices: Array(0..<graph.nodeCount), tieIndices: Array(repeating: nil, count: graph.nodeCount))
    }
  }

  /// The record of a ``Loaded`` file: given, or made from a plain graph on first use.
  final class RecordCell: Sendable {
    private let value: Locked<Network?>

    /// Whether the record was given rather than made from the graph on first use.
    let isGiven: Bool

    init(_ network: Network?) {
      value = Locked(network)
      isGiven = network != nil
    }

    var isMade: Bool { value.withLock { $0 != nil } }

    func network(from graph: Graph) -> Network {
      value.withLock { stored in
        if let stored { return stored }
        let made = Network(graph: graph)
        stored = made
        return made
      }
    }
  }

  /// A reader of a format for ``load(path:directed:projection:)``.
  public typealias Reader = @Sendable (_ path: String) throws -> InterchangeRead

  /// Registers the reader of a format this module cannot read itself: DOT, whose parser is
  /// Graphviz's (`DOTImport.register()` in CoopGraphviz). Every command then loads every
  /// format through ``load(path:directed:projection:)``.
  public static func register(_ format: InputFormat, reader: @escaping Reader) {
    registry.set(reader, for: format)
  }

  static let registry = ReaderRegistry()

  /// Reads `path` with the reader registered for `format`.
  static func registered(_ format: InputFormat, path: String) throws -> InterchangeRead {
    guard let reader = registry.reader(for: format) else {
      throw InputError(
        at: nil, "\(path): DOT files are read through CoopGraphviz, which links Graphviz: call DOTImport.register() first")
    }
    return try reader(path)
  }

  /// Reads a file as it is, for conversion: in `format` (`nil`: the one its extension names),
  /// a DOT file through the registered reader. Unlike ``load(path:directed:projection:)`` it
  /// projects nothing and keeps an edge list's parallel edges.
  ///
  /// - Throws: ``InputError`` naming file, line (and column) of the first problem.
  public static func read(path: String, as format: InterchangeFormat? = nil, directed: Bool = false) throws -> InterchangeRead {
    if format == nil && InputFormat(path: path) == .dot { return try registered(.dot, path: path) }
    guard let format = format ?? InterchangeFormat(path: path) else {
      throw InputError(at: nil, "\(path): unknown file extension; use \(InputFormat.knownExtensions)")
    }
    return try format.read(path: path, directed: directed)
  }

  /// Reads a network: native YAML/JSON as written, an edge list as ``Network/init(graph:)``,
  /// the interchange formats with the mapping of `docs/formats.md`. Nothing is projected, so
  /// reading (and `validate`) takes time and memory linear in the file, whatever its ties.
  public static func readNetwork(path: String, directed: Bool = false) throws -> Network {
    try readRecord(path: path, directed: directed).network
  }

  /// A file read but not projected: the record, the reader's warnings, and for an edge list the
  /// graph as read.
  public struct Record: Sendable {
    public var format: InputFormat
    public var network: Network
    /// Whether the file says its edges are directed (GraphML, networkx, Pajek `*Arcs`).
    public var directed: Bool
    public var warnings: [Diagnostic]
    /// The graph of an edge list, which loads straight into a ``Graph``.
    public var graph: Graph?
  }

  /// Reads a file without projecting it (see ``readNetwork(path:directed:)``).
  public static func readRecord(path: String, directed: Bool = false, sheets: SheetOptions = SheetOptions()) throws -> Record {
    guard var format = InputFormat(path: path) else {
      throw InputError(at: nil, "\(path): unknown file extension; use \(InputFormat.knownExtensions)")
    }
    if format == .json, try NodeLink.isNodeLink(path: path) { format = .nodeLink }
    switch format {
    case .yaml, .json:
      let network = try NativeFormat.read(path: path)
      return Record(format: format, network: network, directed: false, warnings: [], graph: nil)
    case .edgeList:
      let graph = try EdgeList.read(path: path, directed: directed)
      return Record(format: format, network: Network(graph: graph), directed: directed, warnings: [], graph: graph)
    case .dot, .csv, .graphML, .gexf, .nodeLink, .pajek, .xlsx:
      let read: InterchangeRead
      switch format {
      case .dot: read = try registered(.dot, path: path)
      case .xlsx: read = try WorkbookRecord.read(path: path, columns: sheets.columns)
      case .csv:
        if sheets.entities != nil || sheets.ties != nil {
          read = try CSVFormat.read(entities: sheets.entities ?? path, ties: sheets.ties ?? path, columns: sheets.columns)
        } else {
          read = try CSVFormat.read(path: path, columns: sheets.columns)
        }
      case .graphML: read = try GraphML.read(path: path)
      case .gexf: read = try GEXF.read(path: path)
      case .pajek: read = try Pajek.read(path: path)
      default: read = try NodeLink.read(path: path)
      }
      return Record(format: format, network: read.network, directed: read.directed, warnings: read.warnings, graph: nil)
    }
  }

  /// Reads a file and projects it. For a native or interchange file the graph is
  /// `network.project(projection)`, directed when `directed` is set or the file says its edges
  /// are directed (GraphML `edgedefault="directed"`, a networkx DiGraph, Pajek `*Arcs` only);
  /// an edge list loads straight into a ``Graph`` and the projection's kind filters do not apply.
  ///
  /// A `.json` file is node-link JSON when its top level has `nodes` and no `coopgraph`. A CSV
  /// path may name the nodes or the edges file (see ``CSVFormat/paths(for:)``).
  ///
  /// With `time`, the record is first cut to the entities present and the ties active in its
  /// window (``Network/slice(_:)``; `docs/time.md`), and the slice is projected.
  /// - Throws: ``TimeError`` when `time` is given for an edge list, which has no dates.
  ///
  /// `sheets` says how a spreadsheet is read: the other table when `path` is one of a pair
  /// with other names, and explicit column choices (``SheetColumns``).
  /// - Throws: ``ProjectionError`` for an `--exclude-where` no entity of the record matches.
  public static func load(
    path: String, directed: Bool = false, projection: Projection? = .default, time: TimeFilter? = nil,
    sheets: SheetOptions = SheetOptions()
  ) throws -> Loaded {
    let loaded = try loadWhole(
      path: path, directed: directed, projection: time == nil ? projection : nil, sheets: sheets)
    if let projection, !loaded.isPlainGraph { try loaded.network.checkExclusions(projection) }
    guard let time else { return loaded }
    var rules = projection ?? .default
    rules.directed = rules.directed || directed || loaded.projected.projection.directed
    return try loaded.slice(time, projection: rules)
  }

  static func loadWhole(path: String, directed: Bool, projection: Projection?, sheets: SheetOptions) throws -> Loaded {
    if BinaryGraph.isBinaryGraph(path: path) { return try BinaryGraph.loaded(path: path) }
    if InputFormat(path: path) == .edgeList {
      return Loaded(plainGraph: try EdgeList.read(path: path, directed: directed), path: path)
    }
    let record = try readRecord(path: path, directed: directed, sheets: sheets)
    var rules = projection ?? .default
    rules.directed = rules.directed || directed || record.directed
    let projected = try record.network.project(rules)
    return Loaded(
      path: path, format: record.format, network: record.network, projected: projected, warnings: record.warnings)
  }
}

/// How a spreadsheet is read (``NetworkFile/load(path:directed:projection:time:sheets:)``).
public struct SheetOptions: Sendable, Equatable {
  /// The entities table, when the file given is the ties table of a pair with other names.
  public var entities: String?
  /// The ties table, when the file given is the entities table of a pair with other names.
  public var ties: String?
  /// Explicit column choices.
  public var columns: SheetColumns

  public init(entities: String? = nil, ties: String? = nil, columns: SheetColumns = SheetColumns()) {
    self.entities = entities
    self.ties = ties
    self.columns = columns
  }
}

/// The readers other modules register, behind a lock (registration happens once, at start-up,
/// but may race with a first load in a library user's program).
final class ReaderRegistry: Sendable {
  private let readers = Locked([InputFormat: NetworkFile.Reader]())

  func set(_ reader: @escaping NetworkFile.Reader, for format: InputFormat) {
    readers.withLock { $0[format] = reader }
  }

  func reader(for format: InputFormat) -> NetworkFile.Reader? { readers.withLock { $0[format] } }
}

extension NetworkFile.Loaded {
  /// The file cut to a window of time (``Network/slice(_:)``) and projected with `projection`.
  /// - Throws: ``TimeError`` for an edge list, which has no dates; ``ProjectionError``.
  public func slice(_ time: TimeFilter, projection: Projection) throws -> NetworkFile.Loaded {
    if isPlainGraph {
      throw TimeError("\(path): an edge list has no dates; --as-of, --between and --periods need a record with dated ties")
    }
    let slice = network.slice(time)
    var loaded = self
    loaded.network = slice.network
    loaded.projected = try slice.network.project(projection)
    loaded.time = slice
    return loaded
  }

  /// The file in one period (``Period/parse(_:option:)``: `YYYY`, `YYYY-Qn` or `YYYY-MM`),
  /// projected as this file is; `undated` says what happens to undated ties.
  /// - Throws: ``TimeError`` for a period that does not parse, or an edge list.
  public func period(_ text: String, undated: UndatedPolicy) throws -> NetworkFile.Loaded {
    let p = try Period.parse(text, option: "--periods")
    return try slice(TimeFilter(window: p.span, undated: undated, label: p.description), projection: projected.projection)
  }

  /// Node `v` of the graph as outputs name it: its id, and the entity's name and kind (a tie
  /// node of a bipartite projection: its id twice and kind `tie`).
  public func describe(node v: Int) -> (id: String, name: String, kind: String) {
    let id = graph.ids[v]
    if isPlainGraph { return (id, id, Network.nodeKind.rawValue) }
    guard let e = projected.entityIndices[v] else { return (id, id, "tie") }
    let entity = network.entities[e]
    return (id, entity.name, entity.kind.rawValue)
  }

  /// Whether the file was an edge list, which loads straight into a graph: it has no record
  /// to project, no kinds and no groups.
  public var isPlainGraph: Bool { format == .edgeList }

  /// How the record became the graph, as outputs state it: ``Projection/summary``, or
  /// `edge list as read`.
  public var projectionSummary: String {
    if isPlainGraph { return "edge list as read" }
    guard let time else { return projected.projection.summary }
    return projected.projection.summary + "; " + time.summary
  }
}
