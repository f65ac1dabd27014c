import CGraphviz
import CGraphvizArena
import CoopGraph
import Foundation

// The only file that calls Graphviz (libgvc and cgraph). Every call runs under one global
// lock, because libgvc and cgraph keep global state (the error handler, the DOT scanner, the
// attribute prototypes) and are not thread-safe. Every object is freed in the reverse order
// of its creation with `defer`: render data, layout, graph (`agclose`), context. An fdp
// layout runs, from the context's creation to its end, with memory whose addresses grow in
// creation order (CGraphvizArena), because fdp orders objects by address.

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
  /// Layered drawing (Sugiyama); clusters supported. Slow on large graphs.
  case dot
  /// Spring model (stress majorization). No clusters.
  case neato
  /// Force-directed (Fruchterman–Reingold); clusters supported.
  case fdp
  /// Multiscale force-directed, for large graphs.
  case sfdp
  /// Circular layout.
  case circo
  /// Radial layout around a root.
  case twopi
  /// Nested boxes for clusters, nodes packed.
  case osage
  /// Squarified treemap of clusters.
  case patchwork

  /// Whether the engine's running time grows too fast for large graphs (see ``SizeGuard``).
  public var isSlowOnLargeGraphs: Bool {
    switch self {
    case .dot, .neato, .fdp, .circo, .twopi: return true
    case .sfdp, .osage, .patchwork: return false
    }
  }
}

/// An output format of a rendered diagram.
public enum DiagramFormat: String, CaseIterable, Sendable {
  case svg, png, pdf
  /// DOT with the layout: node positions (`pos`), sizes, edge splines, cluster boxes (`bb`).
  case dot
  /// Graphviz's JSON with the layout.
  case json

  /// The format a file name's extension names (`.svg`, `.png`, `.pdf`, `.dot`/`.gv`, `.json`).
  public init?(path: String) {
    guard let ext = InputFormat.fileExtension(of: path) else { return nil }
    switch ext {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    case "json": self = .json
    default: return nil
    }
  }
}

/// The size above which the slow engines (dot, neato, fdp, circo, twopi) are not run: `dot`'s
/// crossing minimization and network simplex can take hours on tens of thousands of nodes.
///
/// The default allows 500 nodes and 2,000 edges: on a random graph of that size `dot` takes
/// about 40 s and `fdp` about 75 s here, and at 1,500 nodes and 6,000 edges `dot` took 6
/// minutes. Larger graphs go to `sfdp`, or are refused when an engine is asked for by name.
///
/// Above `maxDrawnNodes` (5,000) or `maxDrawnEdges` (20,000) no engine is run: sfdp took 18 s
/// at 5,000 nodes, 44 s at 10,000, 169 s at 20,000 and ran past 5 minutes at 50,000, and a
/// picture of that many nodes cannot be read anyway. The decision is made from the counts
/// before any layout starts; `--force` overrides it.
public struct SizeGuard: Hashable, Sendable {
  public var maxNodes: Int
  public var maxEdges: Int
  /// The most nodes any engine is asked to lay out.
  public var maxDrawnNodes: Int
  /// The most edges any engine is asked to lay out.
  public var maxDrawnEdges: Int
  public init(maxNodes: Int, maxEdges: Int, maxDrawnNodes: Int = 5_000, maxDrawnEdges: Int = 20_000) {
    self.maxNodes = maxNodes
    self.maxEdges = maxEdges
    self.maxDrawnNodes = maxDrawnNodes
    self.maxDrawnEdges = maxDrawnEdges
  }
  public static let `default` = SizeGuard(maxNodes: 500, maxEdges: 2_000)

  /// Whether a graph of this size exceeds the guard.
  public func exceeded(nodes: Int, edges: Int) -> Bool { nodes > maxNodes || edges > maxEdges }

  /// Whether a graph of this size is too large to draw with any engine.
  public func tooLargeToDraw(nodes: Int, edges: Int) -> Bool { nodes > maxDrawnNodes || edges > maxDrawnEdges }

  /// Decides, from the counts alone and before any layout, whether `engine` may draw a graph of
  /// this size.
  /// - Throws: ``GraphvizError/tooLargeToDraw(nodes:edges:limit:)`` past the drawing limit,
  ///   ``GraphvizError/tooLarge(nodes:edges:engine:limit:)`` past a slow engine's limit.
  public func check(nodes: Int, edges: Int, engine: LayoutEngine) throws {
    if tooLargeToDraw(nodes: nodes, edges: edges) {
      throw GraphvizError.tooLargeToDraw(nodes: nodes, edges: edges, limit: self)
    }
    if engine.isSlowOnLargeGraphs && exceeded(nodes: nodes, edges: edges) {
      throw GraphvizError.tooLarge(nodes: nodes, edges: edges, engine: engine, limit: self)
    }
  }

  /// The engine to use when none is asked for: `preferred`, or `sfdp` when the graph is too
  /// large for `preferred`.
  public func engine(nodes: Int, edges: Int, preferred: LayoutEngine) -> LayoutEngine {
    preferred.isSlowOnLargeGraphs && exceeded(nodes: nodes, edges: edges) ? .sfdp : preferred
  }
}

/// A rendered diagram and the warnings Graphviz printed while making it.
public struct RenderedDiagram: Sendable {
  public var data: Data
  public var warnings: [String]
}

/// A graph read through cgraph's parser, and the warnings the parser gave.
public struct ParsedDOT: Sendable {
  public var graph: DOTGraph
  public var warnings: [String]
}

/// A rectangle in Graphviz points (1/72 inch), y upwards.
public struct LayoutBox: Hashable, Sendable {
  public var minX, minY, maxX, maxY: Double
  public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }
  /// Whether `other` lies entirely inside this box.
  public func contains(_ other: LayoutBox) -> Bool {
    other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
  }
  /// Whether the two boxes overlap by more than `tolerance` points in both directions.
  public func overlaps(_ other: LayoutBox, tolerance: Double = 0) -> Bool {
    min(maxX, other.maxX) - max(minX, other.minX) > tolerance && min(maxY, other.maxY) - max(minY, other.minY) > tolerance
  }
}

/// Where a layout engine put things.
public struct DiagramLayout: Sendable {
  /// The whole drawing.
  public var boundingBox: LayoutBox
  /// Each node's box, by node id.
  public var nodes: [String: LayoutBox]
  /// Each cluster's box, by subgraph name.
  public var clusters: [String: LayoutBox]

  public init(boundingBox: LayoutBox, nodes: [String: LayoutBox], clusters: [String: LayoutBox]) {
    self.boundingBox = boundingBox
    self.nodes = nodes
    self.clusters = clusters
  }
}

/// Renders DOT with Graphviz's libgvc, in process, and parses DOT with cgraph.
public enum Renderer {
  /// Lays out and renders DOT text.
  ///
  /// - Parameters:
  ///   - dot: the graph, in DOT.
  ///   - format: the output format.
  ///   - engine: the layout engine.
  ///   - sizeGuard: refuse a slow engine above this size; `nil` to run it whatever the size.
  /// - Returns: the bytes of the output (SVG text, PNG, PDF, DOT or JSON) and Graphviz's warnings.
  /// - Throws: ``GraphvizError`` with Graphviz's own messages: `.syntax` for DOT cgraph
  ///   rejects, `.tooLarge`, `.layout`, `.render`, `.unavailable`.
  /// - Complexity: that of the engine; `dot` is roughly quadratic or worse in the graph's size.
  public static func render(
    _ dot: String, format: DiagramFormat, engine: LayoutEngine, sizeGuard: SizeGuard? = .default
  ) throws -> RenderedDiagram {
    // The output is copied out of Graphviz's buffer once the layout's arena session is over,
    // so that the copy (megabytes for a PNG) lives in ordinary memory.
    let (buffer, warnings) = try withLayout(dot, engine: engine, sizeGuard: sizeGuard) { context, graph in
      (try renderBuffer(context, graph, format: format), warningMessages())
    }
    defer { gvFreeRenderData(buffer.baseAddress) }
    return RenderedDiagram(data: finished(Data(buffer: buffer), format: format), warnings: warnings)
  }

  /// Reads `dot`, checks its size against `sizeGuard`, lays it out with `engine` and calls
  /// `body` with the laid-out graph; the layout and the graph are freed when `body` returns.
  /// An fdp layout runs in creation-ordered memory (see ``withGraphviz(creationOrdered:_:)``).
  private static func withLayout<T>(
    _ dot: String, engine: LayoutEngine, sizeGuard: SizeGuard?,
    _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws -> T
  ) throws -> T {
    try withGraphviz(creationOrdered: laysOutInCreationOrder(engine)) { context in
      let graph = try read(dot, file: nil)
      defer { agclose(graph) }
      try check(graph, engine: engine, sizeGuard: sizeGuard)
      guard gvLayout(context, graph, engine.rawValue) == 0 else {
        throw GraphvizError.layout(engine: engine, messages: errorMessages())
      }
      defer { gvFreeLayout(context, graph) }
      return try body(context, graph)
    }
  }

  /// Lays out DOT text and reports where the engine put nodes and clusters.
  ///
  /// - Throws: as ``render(_:format:engine:sizeGuard:)``.
  public static func layout(_ dot: String, engine: LayoutEngine, sizeGuard: SizeGuard? = .default) throws -> DiagramLayout {
    try withLayout(dot, engine: engine, sizeGuard: sizeGuard) { context, graph in try positions(context, graph) }
  }

  /// Lays out DOT text once and renders it when `accept` takes the layout; `nil` when it does
  /// not (``DiagramSettings/drawn(_:format:)`` gives up a compact layout with overlaps).
  ///
  /// - Throws: as ``render(_:format:engine:sizeGuard:)``.
  public static func render(
    _ dot: String, format: DiagramFormat, engine: LayoutEngine, sizeGuard: SizeGuard? = .default,
    accepting accept: (DiagramLayout) -> Bool
  ) throws -> RenderedDiagram? {
    let rendered = try withLayout(dot, engine: engine, sizeGuard: sizeGuard) { context, graph -> (UnsafeMutableBufferPointer<CChar>, [String])? in
      guard accept(try positions(context, graph)) else { return nil }
      return (try renderBuffer(context, graph, format: format), warningMessages())
    }
    guard let (buffer, warnings) = rendered else { return nil }
    defer { gvFreeRenderData(buffer.baseAddress) }
    return RenderedDiagram(data: finished(Data(buffer: buffer), format: format), warnings: warnings)
  }

  /// Where the engine put the nodes and clusters of the laid-out `graph` (rendering it to DOT
  /// attaches `pos`, `width`, `height` and `bb` to its objects).
  private static func positions(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) throws -> DiagramLayout {
    try renderDOT(context, graph)
    var nodes: [String: LayoutBox] = [:]
    var node = agfstnode(graph)
    while let n = node {
      let center = numbers(get(n, "pos"))
      let width = (Double(get(n, "width")) ?? 0) * 72, height = (Double(get(n, "height")) ?? 0) * 72
      if center.count >= 2 {
        nodes[string(agnameof(n))] = LayoutBox(
          minX: center[0] - width / 2, minY: center[1] - height / 2, maxX: center[0] + width / 2,
          maxY: center[1] + height / 2)
      }
      node = agnxtnode(graph, n)
    }
    var clusters: [String: LayoutBox] = [:]
    func visit(_ g: UnsafeMutablePointer<Agraph_t>) {
      var sub = agfstsubg(g)
      while let s = sub {
        let bb = numbers(get(s, "bb"))
        if bb.count == 4 { clusters[string(agnameof(s))] = LayoutBox(minX: bb[0], minY: bb[1], maxX: bb[2], maxY: bb[3]) }
        visit(s)
        sub = agnxtsubg(s)
      }
    }
    visit(graph)
    let bb = numbers(get(graph, "bb"))
    let box = bb.count == 4 ? LayoutBox(minX: bb[0], minY: bb[1], maxX: bb[2], maxY: bb[3]) : LayoutBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
    return DiagramLayout(boundingBox: box, nodes: nodes, clusters: clusters)
  }

  /// Parses DOT text with cgraph's parser into a ``DOTGraph``.
  ///
  /// Node and edge attributes are the effective values (defaults from `node [...]`/`edge [...]`
  /// applied), empty values left out, sorted by name; a subgraph lists the attributes whose
  /// value differs from its parent's, and the nodes that are in it but in none of its own
  /// subgraphs. Nodes, edges and subgraphs come in the order cgraph created them. Only the
  /// first graph of the text is read.
  ///
  /// - Parameter file: the file name to put in errors.
  /// - Throws: ``GraphvizError/syntax(file:line:message:)`` with cgraph's message and line.
  /// - Complexity: O(size of the text + nodes × attributes + edges × attributes).
  public static func parse(_ dot: String, file: String? = nil) throws -> ParsedDOT {
    try withGraphviz { _ in
      let graph = try read(dot, file: file)
      defer { agclose(graph) }
      return ParsedDOT(graph: convert(graph), warnings: warningMessages())
    }
  }

  /// The version of the linked libgvc, e.g. `2.42.2`.
  public static var version: String {
    (try? withGraphviz { context in gvcVersion(context).map { String(cString: $0) } ?? "unknown" }) ?? "unknown"
  }

  /// The bytes fdp layouts have taken, since the process started, from the arena they run in
  /// (see ``render(_:format:engine:sizeGuard:)``): it only grows. Blocks of 64 KiB or more give
  /// their pages back to the system when freed, so the memory an fdp layout keeps is about its
  /// small blocks; the count includes the large ones.
  public static var arenaBytes: Int { Int(coopgraph_arena_bytes()) }

  /// What the arena handed out to layouts run on the calling thread (``arenaBytes`` counts every
  /// thread's).
  public static var arenaBytesOnThisThread: Int { Int(coopgraph_arena_thread_bytes()) }

  /// Whether `engine` is laid out in creation-ordered memory: fdp only, the one engine whose
  /// output follows addresses; the others allocate from the C library.
  static func laysOutInCreationOrder(_ engine: LayoutEngine) -> Bool { engine == .fdp }

  // MARK: - Calls into Graphviz

  private static let lock = NSLock()

  /// Runs `body` with a fresh context, holding the global lock, with Graphviz's messages
  /// captured instead of printed.
  ///
  /// With `creationOrdered`, everything from the context's creation to its end runs in an arena
  /// session: memory this thread allocates comes from an arena whose addresses only grow, so
  /// that Graphviz's comparisons of pointers (fdp orients edges, orders clusters and breaks
  /// VPSC's ties by address) follow the order objects were made in, and the same DOT gives the
  /// same layout in every process and every time in one process. The arena never reuses an
  /// address: the small blocks such a run allocates stay taken (see `arenaBytes`).
  private static func withGraphviz<T>(creationOrdered: Bool = false, _ body: (OpaquePointer) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    if creationOrdered { coopgraph_arena_begin() }
    defer { if creationOrdered { coopgraph_arena_end() } }
    capturedMessages = ""
    let previousHandler = agseterrf(captureMessage)
    let previousLevel = agseterr(AGWARN)
    agreseterrors()
    defer {
      agseterr(previousLevel)
      agseterrf(previousHandler)
      capturedMessages = ""
    }
    guard let context = gvContext() else { throw GraphvizError.unavailable("gvContext failed") }
    defer { gvFreeContext(context) }
    return try body(context)
  }

  private static func read(_ dot: String, file: String?) throws -> UnsafeMutablePointer<Agraph_t> {
    if let nul = dot.utf8.firstIndex(of: 0) {
      let line = dot.utf8[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw GraphvizError.syntax(file: file, line: line, message: "the text contains a NUL byte")
    }
    // cgraph counts lines across reads unless told a new file starts.
    agsetfile(unnamedInput)
    let parsed = dot.withCString { agmemread($0) }
    // Forget what the scanner still holds (text after the first graph, a broken string).
    aaglex_destroy()
    guard let graph = parsed else {
      let messages = errorMessages()
      let text = messages.isEmpty ? "no graph in the input" : messages.joined(separator: " ")
      throw GraphvizError.syntax(file: file, line: lineNumber(in: text), message: text)
    }
    // cgraph can return a graph after an error (its parser stack overflowing on deeply nested
    // subgraphs gives an empty graph): an error is an error.
    let messages = errorMessages()
    if !messages.isEmpty {
      agclose(graph)
      var text = messages.joined(separator: " ")
      if text.contains("memory exhausted") {
        text = "subgraphs nested too deeply: Graphviz's parser reads about 3,000 levels (\(text))"
      }
      throw GraphvizError.syntax(file: file, line: lineNumber(in: text), message: text)
    }
    return graph
  }

  private static func check(_ graph: UnsafeMutablePointer<Agraph_t>, engine: LayoutEngine, sizeGuard: SizeGuard?) throws {
    guard let sizeGuard else { return }
    try sizeGuard.check(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph)), engine: engine)
  }

  /// Graphviz's output buffer for the laid-out graph; the caller frees it with `gvFreeRenderData`.
  private static func renderBuffer(
    _ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, format: DiagramFormat
  ) throws -> UnsafeMutableBufferPointer<CChar> {
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var length: UInt32 = 0
    let status = gvRenderData(context, graph, format.rawValue, &buffer, &length)
    guard status == 0, let buffer else {
      if let buffer { gvFreeRenderData(buffer) }
      throw GraphvizError.render(format: format, messages: errorMessages())
    }
    return UnsafeMutableBufferPointer(start: buffer, count: Int(length))
  }

  /// Rendering to DOT attaches `pos`, `width`, `height` and `bb` to the graph's objects.
  private static func renderDOT(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) throws {
    gvFreeRenderData(try renderBuffer(context, graph, format: .dot).baseAddress)
  }

  /// The output as CoopGraph writes it: text without control characters, PDF with a fixed date.
  private static func finished(_ data: Data, format: DiagramFormat) -> Data {
    switch format {
    case .svg, .dot, .json: return visibleControlCharacters(data)
    case .pdf: return fixedCreationDate(data)
    case .png: return data
    }
  }

  /// The PDF with cairo's `/CreationDate (D:YYYYMMDDHHmmSS…)` set to 1970-01-01 00:00:00, so
  /// that the same input gives the same bytes; the date keeps its length, so every offset of the
  /// file's cross-reference table stays right.
  static func fixedCreationDate(_ data: Data) -> Data {
    let marker = Array("/CreationDate (D:".utf8)
    var bytes = [UInt8](data)
    guard let start = bytes.firstRange(of: marker)?.upperBound else { return data }
    let fixed = Array("19700101000000".utf8)
    var i = start
    for digit in fixed where i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 {
      bytes[i] = digit
      i += 1
    }
    return Data(bytes)
  }

  /// Text output with control characters (U+0001 to U+001F but tab and line breaks, and DEL)
  /// replaced by their Control Pictures (U+2401 "␁", ESC as U+241B "␛", DEL as U+2421): Graphviz
  /// copies them from names into SVG, where XML forbids them, and into DOT and JSON raw.
  static func visibleControlCharacters(_ data: Data) -> Data {
    guard data.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) else {
      return data
    }
    var out = Data()
    out.reserveCapacity(data.count + 16)
    for b in data {
      if b == 0x7F {
        out.append(contentsOf: [0xE2, 0x90, 0xA1])
      } else if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
        out.append(contentsOf: [0xE2, 0x90, 0x80 + b])
      } else {
        out.append(b)
      }
    }
    return out
  }

  private static func convert(_ graph: UnsafeMutablePointer<Agraph_t>) -> DOTGraph {
    var result = DOTGraph(
      name: anonymous(string(agnameof(graph))), directed: agisdirected(graph) != 0, strict: agisstrict(graph) != 0)
    result.attributes = attributes(of: UnsafeMutableRawPointer(graph), graph: graph, kind: AGRAPH)

    var edges: [(seq: UInt, edge: DOTEdge)] = []
    var node = agfstnode(graph)
    while let n = node {
      let name = string(agnameof(n))
      var attrs = attributes(of: UnsafeMutableRawPointer(n), graph: graph, kind: AGNODE)
      if attrs["label"] == .text("\\N") { attrs["label"] = nil }  // libgvc's default label
      result.nodes.append(DOTNode(name, attrs))
      var edge = agfstout(graph, n)
      while let e = edge {
        let tail = string(agnameof(cg_tail(e))), head = string(agnameof(cg_head(e)))
        edges.append((cg_seq(e), DOTEdge(tail, head, attributes(of: UnsafeMutableRawPointer(e), graph: graph, kind: AGEDGE))))
        edge = agnxtout(graph, e)
      }
      node = agnxtnode(graph, n)
    }
    result.edges = edges.sorted { $0.seq < $1.seq }.map(\.edge)
    result.subgraphs = subgraphs(of: graph, root: graph)
    return result
  }

  private static func subgraphs(of parent: UnsafeMutablePointer<Agraph_t>, root: UnsafeMutablePointer<Agraph_t>) -> [DOTSubgraph] {
    var found: [(seq: UInt, subgraph: DOTSubgraph)] = []
    let parentAttributes = attributes(of: UnsafeMutableRawPointer(parent), graph: root, kind: AGRAPH)
    var sub = agfstsubg(parent)
    while let s = sub {
      let own = attributes(of: UnsafeMutableRawPointer(s), graph: root, kind: AGRAPH)
      let children = subgraphs(of: s, root: root)
      var inChildren = Set<String>()
      var nodes: [String] = []
      func collect(_ g: UnsafeMutablePointer<Agraph_t>, into set: inout Set<String>) {
        var n = agfstnode(g)
        while let v = n {
          set.insert(string(agnameof(v)))
          n = agnxtnode(g, v)
        }
      }
      var child = agfstsubg(s)
      while let c = child {
        collect(c, into: &inChildren)
        child = agnxtsubg(c)
      }
      var n = agfstnode(s)
      while let v = n {
        let name = string(agnameof(v))
        if !inChildren.contains(name) { nodes.append(name) }
        n = agnxtnode(s, v)
      }
      let differing = DOTAttributes(own.filter { parentAttributes[$0.key] != $0.value })
      found.append((cg_seq(UnsafeMutableRawPointer(s)), DOTSubgraph(string(agnameof(s)), attributes: differing, nodes: nodes, subgraphs: children)))
      sub = agnxtsubg(s)
    }
    return found.sorted { $0.seq < $1.seq }.map(\.subgraph)
  }

  /// The non-empty attribute values of an object, sorted by name.
  private static func attributes(of object: UnsafeMutableRawPointer, graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> DOTAttributes {
    var pairs: [(key: String, value: DOTValue)] = []
    var symbol = agnxtattr(graph, kind, nil)
    while let sym = symbol {
      if let raw = agxget(object, sym), raw.pointee != 0 {
        let text = String(cString: raw)
        pairs.append((string(sym.pointee.name), aghtmlstr(raw) != 0 ? .html(text) : .text(text)))
      }
      symbol = agnxtattr(graph, kind, sym)
    }
    return DOTAttributes(pairs.sorted { $0.key < $1.key })
  }

  private static func get(_ object: UnsafeMutableRawPointer, _ name: String) -> String {
    name.withCString { key in
      guard let value = agget(object, UnsafeMutablePointer(mutating: key)) else { return "" }
      return String(cString: value)
    }
  }
  private static func get(_ object: UnsafeMutablePointer<Agnode_t>, _ name: String) -> String { get(UnsafeMutableRawPointer(object), name) }
  private static func get(_ object: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String { get(UnsafeMutableRawPointer(object), name) }

  private static func string(_ c: UnsafeMutablePointer<CChar>?) -> String { c.map { String(cString: $0) } ?? "" }

  /// cgraph names anonymous graphs `%N`.
  private static func anonymous(_ name: String) -> String { name.hasPrefix("%") ? "" : name }

  private static func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0.filter { $0 != "!" }) }
  }

  // MARK: - Messages

  /// Every message Graphviz gave since the lock was taken: `Error: ...` or `Warning: ...` lines.
  private static func messages() -> [String] {
    capturedMessages.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  private static func errorMessages() -> [String] {
    var out: [String] = []
    var inError = false
    for m in messages() {
      if m.hasPrefix("Error: ") {
        var text = m.dropFirst(7)
        if text.hasPrefix("<input>: ") { text = text.dropFirst(9) }
        out.append(String(text))
        inError = true
      } else if m.hasPrefix("Warning: ") {
        inError = false
      } else if inError, let last = out.popLast() {
        out.append(last + " " + m)  // continuation of the previous error
      }
    }
    return out
  }

  private static func warningMessages() -> [String] {
    messages().filter { $0.hasPrefix("Warning: ") }.map { String($0.dropFirst(9)) }
  }

  private static func lineNumber(in message: String) -> Int? {
    guard let range = message.range(of: "in line ") else { return nil }
    return Int(message[range.upperBound...].prefix { $0.isNumber })
  }
}

/// The file name cgraph keeps for messages (it keeps the pointer, so it lives forever).
nonisolated(unsafe) private let unnamedInput: UnsafeMutablePointer<CChar>? = strdup("<input>")

/// What Graphviz's error handler has received during the current call; guarded by the lock.
nonisolated(unsafe) private var capturedMessages = ""

/// cgraph's user error function: it receives "Error"/"Warning", ": " and the message in pieces.
private func captureMessage(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
  if let text { capturedMessages += String(cString: text) }
  return 0
}
