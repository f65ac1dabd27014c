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
    public var graph: Graph { projected.graph }

    public init(path: String, format: InputFormat, network: Network, projected: ProjectedNetwork) {
      self.path = path
      self.format = format
      self.network = network
      self.projected = projected
    }
  }

  /// Reads a network: native YAML/JSON as written, an edge list as ``Network/init(graph:)``.
  public static func readNetwork(path: String, directed: Bool = false) throws -> Network {
    try load(path: path, directed: directed, projection: nil).network
  }

  /// Reads a file and projects it. For a native file the graph is `network.project(projection)`
  /// (directed when `directed` is set); an edge list loads straight into a ``Graph`` and the
  /// projection's kind filters do not apply.
  public static func load(path: String, directed: Bool = false, projection: Projection? = .default) throws -> Loaded {
    guard let format = InputFormat(path: path) else {
      throw InputError(at: nil, "\(path): unknown file extension; use .yaml, .yml, .json, .edges, .tsv or .txt")
    }
    switch format {
    case .yaml, .json:
      let network = try NativeFormat.read(path: path)
      var rules = projection ?? .default
      rules.directed = rules.directed || directed
      let projected = try network.project(rules)
      return Loaded(path: path, format: format, network: network, projected: projected)
    case .edgeList:
      let graph = try EdgeList.read(path: path, directed: directed)
      let network = Network(graph: graph)
      let projected = ProjectedNetwork(
        graph: graph, projection: Projection(directed: directed),
        entityIndices: Array(0..<graph.nodeCount), tieIndices: Array(repeating: nil, count: graph.nodeCount))
      return Loaded(path: path, format: format, network: network, projected: projected)
    case .dot:
      throw InputError(at: nil, "\(path): DOT files are read through CoopGraphviz (DOTImport.read(path:)), which links Graphviz")
    }
  }
}
