import Foundation

/// Reading a network file of any format CoopGraph knows, chosen by extension.
public enum NetworkFile {
  /// A file read for analysis: the network when the format has one, and the graph to analyse.
  public struct Loaded: Sendable {
    public var path: String
    public var format: InputFormat
    /// The record; for an edge list, one built from the graph (``Network/init(graph:)``).
    public var network: Network
    /// The projection of the network; for an edge list, the graph as read.
    public var projected: ProjectedNetwork
    /// What the reader could not keep as a field or left out (self-loops, drawing details).
    public var warnings: [Diagnostic] = []
    public var graph: Graph { projected.graph }

    public init(
      path: String, format: InputFormat, network: Network, projected: ProjectedNetwork, warnings: [Diagnostic] = []
    ) {
      self.path = path
      self.format = format
      self.network = network
      self.projected = projected
      self.warnings = warnings
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
  public static func readRecord(path: String, directed: Bool = false) throws -> Record {
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
    case .dot, .csv, .graphML, .gexf, .nodeLink, .pajek:
      let read: InterchangeRead
      switch format {
      case .dot:
        guard let reader = registry.reader(for: .dot) else {
          throw InputError(
            at: nil,
            "\(path): DOT files are read through CoopGraphviz, which links Graphviz: call DOTImport.register() first")
        }
        read = try reader(path)
      case .csv: read = try CSVFormat.read(path: path)
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
  public static func load(path: String, directed: Bool = false, projection: Projection? = .default) throws -> Loaded {
    let record = try readRecord(path: path, directed: directed)
    if let graph = record.graph {
      let projected = ProjectedNetwork(
        graph: graph, projection: Projection(directed: directed),
        entityIndices: Array(0..<graph.nodeCount), tieIndices: Array(repeating: nil, count: graph.nodeCount))
      return Loaded(path: path, format: record.format, network: record.network, projected: projected)
    }
    var rules = projection ?? .default
    rules.directed = rules.directed || directed || record.directed
    let projected = try record.network.project(rules)
    return Loaded(
      path: path, format: record.format, network: record.network, projected: projected, warnings: record.warnings)
  }
}

/// The readers other modules register, behind a lock (registration happens once, at start-up,
/// but may race with a first load in a library user's program).
final class ReaderRegistry: @unchecked Sendable {
  private let lock = NSLock()
  private var readers: [InputFormat: NetworkFile.Reader] = [:]

  func set(_ reader: @escaping NetworkFile.Reader, for format: InputFormat) {
    lock.lock()
    defer { lock.unlock() }
    readers[format] = reader
  }

  func reader(for format: InputFormat) -> NetworkFile.Reader? {
    lock.lock()
    defer { lock.unlock() }
    return readers[format]
  }
}

extension NetworkFile.Loaded {
  /// Whether the file was an edge list, which loads straight into a graph: it has no record
  /// to project, no kinds and no groups.
  public var isPlainGraph: Bool { format == .edgeList }

  /// How the record became the graph, as outputs state it: ``Projection/summary``, or
  /// `edge list as read`.
  public var projectionSummary: String { isPlainGraph ? "edge list as read" : projected.projection.summary }
}
