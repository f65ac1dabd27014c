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
public enum EdgeList {
  /// Reads an edge list from a file.
  /// - Parameters:
  ///   - directed: whether `u v` means the arc `u → v` (otherwise the edge `{u, v}`).
  ///   - parallelEdges: how repeated edges combine (see ``ParallelEdgePolicy``).
  /// - Throws: ``InputError`` naming the file, line and column of the first bad line.
  /// - Complexity: O(bytes + nodes + edges).
  public static func read(
    path: String, directed: Bool = false, parallelEdges: ParallelEdgePolicy = .sum
  ) throws -> Graph {
    let bytes = try readBytes(path)
    return try parse(bytes, file: path, directed: directed, parallelEdges: parallelEdges)
  }

  /// A regular file's bytes read straight into an array (one copy fewer than through `Data`,
  /// which matters for files of millions of lines); anything else through ``FileIO/read(_:)``,
  /// which also names the problem when the file cannot be read.
  static func readBytes(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return try FileIO.read(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else {
      return try FileIO.read(path)
    }
    FileIO.noteInput(descriptor: fd)
    let size = Int(info.st_size)
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var done = 0
      while done < size, let base = buffer.baseAddress {
        #if canImport(Glibc)
          let n = Glibc.read(fd, base + done, size - done)
        #else
          let n = Darwin.read(fd, base + done, size - done)
        #endif
        if n <= 0 { break }
        done += n
      }
      complete = done == size
      count = done
    }
    return complete ? bytes : try FileIO.read(path)
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
    if let problem = TextCheck.firstProblem(in: bytes) {
      throw InputError(at: SourceLocation(file: file, line: problem.line, column: problem.column), problem.message)
    }
    var builder = GraphBuilder(directed: directed)
    builder.reserveEdges(bytes.count / 8)
    var labels = LabelTable()
    var line = 1
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let n = bytes.count
    var fields: [(start: Int, end: Int)] = []
    fields.reserveCapacity(4)
    var lineStart = i
    while i <= n {
      if i == n || bytes[i] == 0x0A {
        // Split the line into fields.
        fields.removeAll(keepingCapacity: true)
        var j = lineStart
        var end = i
        if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
        while j < end {
          while j < end && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
          if j >= end { break }
          let s = j
          while j < end && bytes[j] != 0x20 && bytes[j] != 0x09 { j += 1 }
          fields.append((s, j))
        }
        if let first = fields.first, bytes[first.start] != 0x23, bytes[first.start] != 0x25 {
          let col = { (f: (start: Int, end: Int)) in
            SourceLocation(file: file, line: line, column: columnOf(f.start, lineStart: lineStart, bytes))
          }
          guard fields.count >= 2 else {
            throw InputError(at: col(first), "expected 'source target [weight]', found one field")
          }
          guard fields.count <= 3 else {
            throw InputError(at: col(fields[3]), "expected 'source target [weight]', found \(fields.count) fields")
          }
          let u = labels.index(bytes, fields[0], builder: &builder)
          let v = labels.index(bytes, fields[1], builder: &builder)
          if fields.count == 3 {
            let f = fields[2]
            let text = String(decoding: bytes[f.start..<f.end], as: UTF8.self)
            guard let w = Double(text) else {
              throw InputError(at: col(f), "weight '\(text)' is not a number")
            }
            guard w.isFinite && w > 0 else {
              throw InputError(at: col(f), "weight \(text) must be finite and greater than 0")
            }
            builder.addEdge(u, v, weight: w)
          } else {
            builder.addEdge(u, v)
          }
        }
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    return try builder.build(parallelEdges: parallelEdges)
  }

  static func columnOf(_ offset: Int, lineStart: Int, _ bytes: [UInt8]) -> Int {
    // Columns count Unicode scalars: count the bytes that start a scalar.
    var c = 1
    for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { c += 1 }
    return c
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

/// Maps edge-list labels to node indices in order of first appearance. Canonical
/// non-negative integers below 2^31 (the common case) go through a flat array, everything else
/// through a dictionary.
private struct LabelTable {
  var dense: [Int32] = []
  var named: [String: Int] = [:]

  mutating func index(_ bytes: [UInt8], _ f: (start: Int, end: Int), builder: inout GraphBuilder) -> Int {
    let len = f.end - f.start
    if len <= 9 && (len == 1 || bytes[f.start] != 0x30) {
      var value = 0
      var numeric = true
      for k in f.start..<f.end {
        let d = bytes[k] &- 0x30
        if d > 9 { numeric = false; break }
        value = value * 10 + Int(d)
      }
      if numeric {
        if value >= dense.count {
          dense.append(contentsOf: repeatElement(-1, count: Swift.max(value + 1, dense.count * 2) - dense.count))
        }
        if dense[value] < 0 {
          dense[value] = Int32(builder.addNode(String(value)))
        }
        return Int(dense[value])
      }
    }
    let label = String(decoding: bytes[f.start..<f.end], as: UTF8.self)
    if let i = named[label] { return i }
    let i = builder.addNode(label)
    named[label] = i
    return i
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
