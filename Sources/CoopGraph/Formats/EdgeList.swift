import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Plain edge lists: one edge a line, `u v` or `u v weight`, separated by spaces or tabs;
/// blank lines and lines starting with `#` or `%` are skipped. This is the format of
/// networkx's `write_edgelist(data=["weight"])`, igraph's `write_edgelist` and SNAP/KONECT files.
///
/// Reading goes straight into a ``Graph`` without a ``Network``. Node ids are the labels as
/// written, numbered in order of first appearance (as networkx's `read_edgelist` does).
///
/// The file is read in chunks of whole lines (``LineChunks``) and parsed from its bytes, with
/// no string made for a line or for a label that is a plain decimal integer (`0`, `17`, not
/// `017`): while every label is one, the edges keep the numbers themselves and are renumbered
/// by first appearance at the end, through a flat array when the largest label is below the
/// number of endpoints and a dictionary of integers otherwise. The first other label switches
/// to numbering as read, names through a dictionary. The rows are then built in place
/// (``Graph/assemble(_:ids:directed:parallelEdges:)``).
///
/// Memory while reading: 8 bytes an edge (16 when weighted), the ids, one chunk, and 4 bytes a
/// label value while renumbering; then the graph's arrays while the edges are placed, freed
/// block by block.
public enum EdgeList {
  /// Reads an edge list from a file.
  /// - Parameters:
  ///   - directed: whether `u v` means the arc `u → v` (otherwise the edge `{u, v}`).
  ///   - parallelEdges: how repeated edges combine (see ``ParallelEdgePolicy``).
  /// - Throws: ``InputError`` naming the file, line and column of the first bad line; invalid
  ///   UTF-8 or a NUL byte anywhere in the file comes first, as for every text format.
  /// - Complexity: O(bytes + nodes + edges).
  public static func read(
    path: String, directed: Bool = false, parallelEdges: ParallelEdgePolicy = .sum
  ) throws -> Graph {
    try read(path: path, directed: directed, parallelEdges: parallelEdges, chunkSize: LineChunks.chunkSize)
  }

  /// Reads an edge list through chunks of about `chunkSize` bytes (tests use small ones).
  static func read(
    path: String, directed: Bool = false, parallelEdges: ParallelEdgePolicy = .sum, chunkSize: Int
  ) throws -> Graph {
    // Anything but a regular file (a pipe, a folder, a file that cannot be opened) is read
    // whole by FileIO, which names what is wrong.
    let fd = open(path, O_RDONLY)
    var info = stat()
    guard fd >= 0, fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      if fd >= 0 { close(fd) }
      return try parse(FileIO.read(path), file: path, directed: directed, parallelEdges: parallelEdges)
    }
    defer { close(fd) }
    FileIO.noteInput(descriptor: fd)
    var parser = Parser(file: path, directed: directed)
    do {
      try LineChunks.forEach(descriptor: fd, chunkSize: chunkSize) { try parser.take($0) }
    } catch let failure as LineChunks.ReadFailure {
      throw InputError(at: nil, "\(path): cannot be read: \(failure.message)")
    }
    return try parser.finish(parallelEdges: parallelEdges)
  }

  /// Parses edge-list text (see ``read(path:directed:parallelEdges:)``).
  public static func parse(
    _ text: String, file: String = "<input>", directed: Bool = false,
    parallelEdges: ParallelEdgePolicy = .sum
  ) throws -> Graph {
    try parse(Array(text.utf8), file: file, directed: directed, parallelEdges: parallelEdges)
  }

  static func parse(
    _ bytes: [UInt8], file: String, directed: Bool, parallelEdges: ParallelEdgePolicy
  ) throws -> Graph {
    var parser = Parser(file: file, directed: directed)
    try bytes.withArrayView { try parser.take($0) }
    return try parser.finish(parallelEdges: parallelEdges)
  }

  /// The column of byte `offset` of a line starting at `lineStart`, counted in Unicode scalars.
  static func columnOf(_ offset: Int, lineStart: Int, _ bytes: [UInt8]) -> Int {
    bytes.withArrayView { columnOf(offset, lineStart: lineStart, $0) }
  }

  static func columnOf(_ offset: Int, lineStart: Int, _ bytes: ArrayView<UInt8>) -> Int {
    // Columns count Unicode scalars: count the bytes that start a scalar.
    var c = 1
    for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { c += 1 }
    return c
  }

  /// The reading of one file, chunk by chunk (each chunk whole lines).
  struct Parser {
    let file: String
    let directed: Bool
    private var edges = EdgeBuffer()
    private var labels = Labels()
    /// The line the next chunk starts.
    private var line = 1
    private var first = true
    /// The first line problem, held until the rest of the file is checked for invalid text,
    /// which is reported first.
    private var problem: InputError?

    init(file: String, directed: Bool) {
      self.file = file
      self.directed = directed
    }

    /// Checks and parses a chunk of whole lines.
    mutating func take(_ chunk: ArrayView<UInt8>) throws {
      if let bad = TextCheck.firstProblem(in: chunk) {
        throw InputError(at: SourceLocation(file: file, line: line + bad.line - 1, column: bad.column), bad.message)
      }
      let start = line
      if problem == nil {
        do {
          try parseLines(chunk)
          return
        } catch let error as InputError {
          problem = error
        }
      }
      // After a problem, only count the lines, to place invalid text found further on.
      line = start
      for b in chunk where b == 0x0A { line += 1 }
    }

    /// The graph, once every chunk is taken.
    mutating func finish(parallelEdges: ParallelEdgePolicy) throws -> Graph {
      if let problem { throw problem }
      let ids = labels.finish(&edges)
      return try Graph.assemble(&edges, ids: ids, directed: directed, parallelEdges: parallelEdges)
    }

    private mutating func parseLines(_ bytes: ArrayView<UInt8>) throws {
      let n = bytes.count
      var i = 0
      if first {
        first = false
        if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
      }
      while i < n {
        let lineStart = i
        var end = lineStart
        while end < n && bytes[end] != 0x0A { end += 1 }
        let next = end + 1
        if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
        try parseLine(bytes, lineStart, end)
        line += 1
        i = next
      }
    }

    @inline(__always)
    private mutating func parseLine(_ bytes: ArrayView<UInt8>, _ lineStart: Int, _ end: Int) throws {
      // The first three fields, and how many there are.
      var starts = (0, 0, 0, 0), ends = (0, 0, 0)
      var count = 0
      var j = lineStart
      while j < end {
        while j < end && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
        if j >= end { break }
        let s = j
        while j < end && bytes[j] != 0x20 && bytes[j] != 0x09 { j += 1 }
        switch count {
        case 0: (starts.0, ends.0) = (s, j)
        case 1: (starts.1, ends.1) = (s, j)
        case 2: (starts.2, ends.2) = (s, j)
        case 3: starts.3 = s
        default: break
        }
        count += 1
      }
      guard count > 0, bytes[starts.0] != 0x23, bytes[starts.0] != 0x25 else { return }
      func at(_ offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: EdgeList.columnOf(offset, lineStart: lineStart, bytes))
      }
      guard count >= 2 else { throw InputError(at: at(starts.0), "expected 'source target [weight]', found one field") }
      guard count <= 3 else {
        throw InputError(at: at(starts.3), "expected 'source target [weight]', found \(count) fields")
      }
      let (u, v) = labels.nodes(bytes, starts.0..<ends.0, starts.1..<ends.1, edges: &edges)
      guard count == 3 else {
        edges.append(u, v)
        return
      }
      let text = bytes.string(starts.2..<ends.2)
      guard let w = Double(text) else { throw InputError(at: at(starts.2), "weight '\(text)' is not a number") }
      guard w.isFinite && w > 0 else {
        throw InputError(at: at(starts.2), "weight \(text) must be finite and greater than 0")
      }
      edges.append(u, v, weight: w)
    }
  }

  /// Writes a graph as an edge list: `u v` lines, with a third column when the graph is weighted.
  /// A header comment says whether it is directed.
  public static func write(_ graph: Graph) -> String {
    var out =
      "# \(graph.isDirected ? "directed" : "undirected") graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges\n"
    for (u, v, w) in graph.edges {
      out += graph.ids[u] + " " + graph.ids[v]
      if graph.isWeighted { out += " " + formatNumber(w) }
      out += "\n"
    }
    return out
  }
}

/// Formats a number the shortest way that reads back to the same `Double`; integers without
/// a fraction (`2`, not `2.0`).
public func formatNumber(_ x: Double) -> String {
  if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
  return "\(x)"
}

extension EdgeList {
  /// Writes a network as an edge list: one `u v weight` line per edge of each tie (multi-party
  /// ties as the edges the clique projection makes), the weight column only when some strength
  /// is not 1.
  /// - Returns: the text and warnings for what an edge list cannot hold (kinds, names,
  ///   attributes, entities without ties, which edges form one tie, mixed directions).
  /// - Complexity: O(entities + edges).
  public static func write(_ network: Network) throws -> InterchangeWrite {
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, warnings: &warnings)
    let weighted = flat.edges.contains { ($0.attributes["weight"]?.doubleValue ?? 1) != 1 }
    var changed = 0
    func label(_ id: String) -> String {
      var s = ""
      for u in id.unicodeScalars {
        if u == " " || u == "\t" || u == "\n" || u == "\r" { s += "_" } else { s.unicodeScalars.append(u) }
      }
      if s.first == "#" || s.first == "%" { s = "_" + s }
      if s != id { changed += 1 }
      return s
    }
    let labels = Dictionary(flat.nodes.map { ($0.id, label($0.id)) }, uniquingKeysWith: { a, _ in a })
    var out =
      "# \(flat.directed ? "directed" : "undirected") graph: \(flat.nodes.count) nodes, \(flat.edges.count) edges\n"
    var used = Set<String>()
    for e in flat.edges {
      out += (labels[e.parties[0]] ?? e.parties[0]) + " " + (labels[e.parties[1]] ?? e.parties[1])
      if weighted { out += " " + formatNumber(e.attributes["weight"]?.doubleValue ?? 1) }
      out += "\n"
      used.insert(e.parties[0])
      used.insert(e.parties[1])
    }
    warnings += flat.droppedAttributeWarnings(format: "An edge list", keptNode: [], keptEdge: ["weight", "tie_group"])
    let isolated = flat.nodes.filter { !used.contains($0.id) }.count
    if isolated > 0 {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "\(isolated) entit\(isolated == 1 ? "y" : "ies") without ties left out (an edge list has no isolated nodes)"))
    }
    if flat.edges.contains(where: { $0.directed != nil }) {
      warnings.append(
        Diagnostic(
          .warning, at: nil, "directed and undirected ties together: an edge list has one direction for all edges"))
    }
    if let split = flat.multiPartyTiesSplitWarning { warnings.append(split) }
    if changed > 0 {
      warnings.append(
        Diagnostic(
          .warning, at: nil, "\(changed) id\(changed == 1 ? "" : "s") with spaces or a leading '#'/'%' changed ('_')"))
    }
    return InterchangeWrite(text: out, warnings: warnings)
  }
}
