import Foundation

/// A network read from an interchange file, with what the reader noticed.
public struct InterchangeRead: Sendable {
  public var network: Network
  /// Whether the file says its edges are directed by default (GraphML `edgedefault`, GEXF
  /// `defaultedgetype`, node-link `directed`, Pajek `*Arcs`).
  public var directed: Bool
  /// What the reader could not keep as a field (kept as an attribute, or left out: self-loops).
  public var warnings: [Diagnostic]

  public init(network: Network, directed: Bool, warnings: [Diagnostic]) {
    self.network = network
    self.directed = directed
    self.warnings = warnings
  }
}

/// The text of a written file, with warnings for what the format cannot hold.
public struct InterchangeWrite: Sendable {
  public var text: String
  public var warnings: [Diagnostic]

  public init(text: String, warnings: [Diagnostic]) {
    self.text = text
    self.warnings = warnings
  }
}

/// Optional drawing of a node for formats that can carry one (GEXF `viz:`): a position, a size
/// and a colour. Plain values, so that any layout (Graphviz's, or none) can fill them.
public struct NodeVisual: Hashable, Sendable {
  public var x: Double?
  public var y: Double?
  public var z: Double?
  public var size: Double?
  /// Red, green, blue in 0...255, alpha in 0...1.
  public var color: (red: Int, green: Int, blue: Int, alpha: Double)? {
    get { _color.map { ($0.r, $0.g, $0.b, $0.a) } }
    set { _color = newValue.map { RGBA(r: $0.red, g: $0.green, b: $0.blue, a: $0.alpha) } }
  }
  struct RGBA: Hashable, Sendable {
    var r: Int, g: Int, b: Int, a: Double
  }
  var _color: RGBA?

  public init(
    x: Double? = nil, y: Double? = nil, z: Double? = nil, size: Double? = nil,
    color: (red: Int, green: Int, blue: Int, alpha: Double)? = nil
  ) {
    self.x = x
    self.y = y
    self.z = z
    self.size = size
    self._color = color.map { RGBA(r: $0.red, g: $0.green, b: $0.blue, a: $0.alpha) }
  }

  /// Parses `#rrggbb` or `#rrggbbaa` (alpha as a byte).
  public static func color(hex: String) -> (red: Int, green: Int, blue: Int, alpha: Double)? {
    var s = Substring(hex)
    if s.first == "#" { s = s.dropFirst() }
    guard s.count == 6 || s.count == 8, let v = UInt32(s, radix: 16) else { return nil }
    if s.count == 6 { return (Int(v >> 16 & 0xFF), Int(v >> 8 & 0xFF), Int(v & 0xFF), 1) }
    return (Int(v >> 24 & 0xFF), Int(v >> 16 & 0xFF), Int(v >> 8 & 0xFF), Double(v & 0xFF) / 255)
  }

  /// `#rrggbb`, or `#rrggbbaa` when not opaque.
  public static func hex(_ c: (red: Int, green: Int, blue: Int, alpha: Double)) -> String {
    func h(_ x: Int) -> String {
      let s = String(min(255, max(0, x)), radix: 16)
      return s.count == 1 ? "0" + s : s
    }
    let base = "#" + h(c.red) + h(c.green) + h(c.blue)
    return c.alpha >= 1 ? base : base + h(Int((c.alpha * 255).rounded()))
  }
}

/// The interchange formats: reading and writing any of them by name.
///
/// Every reader returns a ``Network`` (with the mapping of `docs/formats.md`), so that every
/// command that reads a network reads every format; every writer reports what its format
/// cannot hold as warnings instead of dropping it silently.
public enum InterchangeFormat: String, Sendable, CaseIterable {
  case native, csv, edgeList = "edgelist", graphML = "graphml", gexf, nodeLink = "node-link", pajek, xlsx

  /// The format a file name's extension names; `.json` is native (use ``sniffJSON(_:)`` or the
  /// compound extension `.nodelink.json` to tell node-link JSON apart).
  public init?(path: String) {
    guard let input = InputFormat(path: path) else { return nil }
    switch input {
    case .yaml, .json: self = .native
    case .csv: self = .csv
    case .edgeList: self = .edgeList
    case .graphML: self = .graphML
    case .gexf: self = .gexf
    case .nodeLink: self = .nodeLink
    case .pajek: self = .pajek
    case .xlsx: self = .xlsx
    case .dot: return nil  // DOT goes through CoopGraphviz, which links Graphviz
    }
  }

  /// Reads a network file in this format.
  /// - Parameter directed: for edge lists, whether `u v` is an arc (other formats say it themselves).
  /// - Throws: ``InputError`` naming file, line (and column) of the first problem.
  public func read(path: String, directed: Bool = false) throws -> InterchangeRead {
    switch self {
    case .native:
      if path.lowercased().hasSuffix(".json"), try NodeLink.isNodeLink(path: path) {
        return try NodeLink.read(path: path)
      }
      return InterchangeRead(network: try NativeFormat.read(path: path), directed: false, warnings: [])
    case .csv: return try CSVFormat.read(path: path)
    case .edgeList:
      let graph = try EdgeList.read(path: path, directed: directed, parallelEdges: .keep)
      var warnings: [Diagnostic] = []
      if graph.selfLoopCount > 0 {
        warnings.append(
          Diagnostic(
            .warning, at: nil,
            "\(path): \(graph.selfLoopCount) self-loop\(graph.selfLoopCount == 1 ? "" : "s") left out: a tie needs two different parties"
          ))
      }
      return InterchangeRead(network: Network(graph: graph), directed: directed, warnings: warnings)
    case .graphML: return try GraphML.read(path: path)
    case .gexf: return try GEXF.read(path: path)
    case .nodeLink: return try NodeLink.read(path: path)
    case .pajek: return try Pajek.read(path: path)
    case .xlsx: return try WorkbookRecord.read(path: path)
    }
  }

  /// A network encoded in a format: the files to write and what the format could not hold.
  public struct Encoded: Sendable {
    /// Each file's path and text (two for CSV, see ``CSVFormat/paths(for:)``).
    public var files: [(path: String, data: Data)]
    /// What the format cannot hold, one warning each.
    public var warnings: [Diagnostic]
  }

  /// The network encoded for `path` in this format, in memory: nothing is written.
  /// - Parameters:
  ///   - visuals: node drawings by entity id, for GEXF.
  ///   - dynamic: GEXF with spells (``GEXF/write(_:visuals:dynamic:)``); other formats ignore it.
  public func encode(
    _ network: Network, for path: String, visuals: [String: NodeVisual] = [:], dynamic: Bool = false
  ) throws -> Encoded {
    // The interchange formats write a many-party tie as the edges of its clique.
    if self != .native { try FlatNetwork.checkCliqueBudget(network, format: rawValue) }
    func one(_ w: InterchangeWrite) -> Encoded { Encoded(files: [(path, Data(w.text.utf8))], warnings: w.warnings) }
    switch self {
    case .native:
      let text = path.lowercased().hasSuffix(".json") ? NativeFormat.json(network) : NativeFormat.yaml(network)
      return Encoded(files: [(path, Data(text.utf8))], warnings: [])
    case .csv:
      let (nodes, edges, warnings) = CSVFormat.write(network)
      let p = CSVFormat.paths(for: path)
      var files: [(path: String, data: Data)] = [(p.nodes, Data(nodes.utf8)), (p.edges, Data(edges.utf8))]
      if let kinds = CSVFormat.kindsText(network) { files.append((CSVFormat.kindsPath(for: p.nodes), Data(kinds.utf8))) }
      return Encoded(files: files, warnings: warnings)
    case .xlsx:
      let w = WorkbookRecord.sheets(network)
      return Encoded(files: [(path, try XLSXWorkbook.data(sheets: w.sheets))], warnings: w.warnings)
    case .edgeList: return one(try EdgeList.write(network))
    case .graphML: return one(GraphML.write(network))
    case .gexf: return one(GEXF.write(network, visuals: visuals, dynamic: dynamic))
    case .nodeLink: return one(NodeLink.write(network))
    case .pajek: return one(Pajek.write(network))
    }
  }

  /// Writes a network in this format to `path` (each file atomically; CSV writes two files,
  /// see ``CSVFormat/paths(for:)``).
  /// - Parameters:
  ///   - visuals: node drawings by entity id, for GEXF.
  ///   - strict: write nothing when the format cannot hold everything, and throw
  ///     ``ConversionLoss`` with what would be lost.
  ///   - dynamic: GEXF with spells; other formats ignore it.
  /// - Returns: warnings for what the format cannot hold.
  @discardableResult
  public func write(
    _ network: Network, to path: String, visuals: [String: NodeVisual] = [:], strict: Bool = false,
    dynamic: Bool = false
  ) throws -> [Diagnostic] {
    let encoded = try encode(network, for: path, visuals: visuals, dynamic: dynamic)
    if strict && !encoded.warnings.isEmpty { throw ConversionLoss(warnings: encoded.warnings) }
    for file in encoded.files { try FileIO.write(file.data, to: file.path) }
    return encoded.warnings
  }
}

/// What a strict conversion refused to lose (``InterchangeFormat/write(_:to:visuals:strict:)``).
public struct ConversionLoss: Error, Sendable {
  public var warnings: [Diagnostic]

  public init(warnings: [Diagnostic]) { self.warnings = warnings }
}

extension InterchangeFormat {
  /// The network with every id the native format accepts (letters, digits, `-`, `_`, `.`,
  /// starting with a letter or digit): other characters become `-`, a clash gets `-2`, `-3`, …
  /// Parents and parties follow; an entity whose name was its id keeps the old id as name.
  /// - Returns: the network and how many ids changed.
  public static func nativeIDs(_ network: Network) -> (Network, renamed: Int) {
    func valid(_ id: String) -> Bool {
      guard let f = id.first, f.isLetter || f.isNumber else { return false }
      return id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }
    guard !network.entities.allSatisfy({ valid($0.id) }) else { return (network, 0) }
    var taken = Set(network.entities.map(\.id).filter(valid))
    var map: [String: String] = [:]
    for e in network.entities where !valid(e.id) {
      var slug = String(e.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" })
      while let f = slug.first, !(f.isLetter || f.isNumber) { slug.removeFirst() }
      if slug.isEmpty { slug = "node" }
      var candidate = slug
      var k = 2
      while taken.contains(candidate) {
        candidate = "\(slug)-\(k)"
        k += 1
      }
      taken.insert(candidate)
      map[e.id] = candidate
    }
    var out = network
    out.entities = network.entities.map { e in
      var e = e
      if let n = map[e.id] {
        e.id = n
      }
      if let p = e.parent, let n = map[p] { e.parent = n }
      return e
    }
    out.ties = network.ties.map { t in
      var t = t
      t.parties = t.parties.map { map[$0] ?? $0 }
      return t
    }
    out.buildIndex()
    return (out, map.count)
  }
}
