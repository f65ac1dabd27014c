import Foundation

/// The binary graph cache (`.cgb`): a ``Graph``'s arrays as they lie in memory, so that reopening
/// a large graph maps the file and copies its arrays instead of parsing text. Written by
/// `coopgraph convert x.edges x.cgb`; every command reads it like an edge list (a plain graph,
/// ids as labels).
///
/// Layout (little-endian, each array padded to a multiple of 8 bytes):
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `COOPGRB1` |
/// | 4, 4 | version (1); flags: 1 directed, 2 weighted |
/// | 8 × 5 | nodes n, arcs m, edges, self-loops, bytes of ids |
/// | 4(n + 1) | offsets (UInt32) |
/// | 4m | targets (UInt32) |
/// | 8m | strengths (Float64), when weighted |
/// | ids | the node ids in UTF-8, each followed by a zero byte |
///
/// Reading checks the header, that offsets rise from 0 to m and that every target is a node,
/// so that a damaged or foreign file is an error, never a graph that breaks an algorithm.
public enum BinaryGraph {
  static let magic: [UInt8] = Array("COOPGRB1".utf8)
  static let version: UInt32 = 1
  static let headerSize = 8 + 8 + 5 * 8

  /// Whether `path` names a binary graph (by its `.cgb` extension).
  public static func isBinaryGraph(path: String) -> Bool { path.lowercased().hasSuffix(".cgb") }

  /// The file's bytes for `graph`.
  public static func encode(_ graph: Graph) -> Data {
    var data = Data()
    data.append(contentsOf: magic)
    let flags: UInt32 = (graph.isDirected ? 1 : 0) | (graph.isWeighted ? 2 : 0)
    var ids = Data()
    for id in graph.ids {
      ids.append(contentsOf: Array(id.utf8))
      ids.append(0)
    }
    ByteArrays.append([version, flags], to: &data)
    ByteArrays.append(
      [
        UInt64(graph.nodeCount), UInt64(graph.arcCount), UInt64(graph.edgeCount), UInt64(graph.selfLoopCount),
        UInt64(ids.count),
      ],
      to: &data)
    ByteArrays.append(graph.offsets, to: &data)
    ByteArrays.append(graph.targets, to: &data)
    if let w = graph.weights { ByteArrays.append(w, to: &data) }
    data.append(ids)
    return data
  }

  /// Writes `graph` to `path`.
  public static func write(_ graph: Graph, to path: String) throws {
    try encode(graph).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// Reads the graph of a `.cgb` file (memory-mapped).
  /// - Throws: ``InputError`` naming the file when it is not a valid binary graph.
  public static func read(path: String) throws -> Graph {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw InputError(at: nil, "\(path): cannot read: \(error.localizedDescription)")
    }
    return try decode(data, path: path)
  }

  /// The graph of a file's bytes.
  /// - Throws: ``InputError`` when they are not a valid binary graph.
  public static func decode(_ data: Data, path: String) throws -> Graph {
    func fail(_ what: String) -> InputError { InputError(at: nil, "\(path): not a CoopGraph binary graph: \(what)") }
    guard data.count >= 8, Array(data.prefix(8)) == magic else { throw fail("no COOPGRB1 header") }
    guard data.count >= headerSize else { throw fail("short header") }
    guard let head = ByteArrays.read(UInt32.self, from: data, at: 8, count: 2),
      let sizes = ByteArrays.read(UInt64.self, from: data, at: 16, count: 5)
    else { throw fail("short header") }
    guard head[0] == version else { throw fail("version \(head[0]), expected \(version)") }
    let directed = head[1] & 1 != 0, weighted = head[1] & 2 != 0
    guard sizes[0] < UInt64(UInt32.max), sizes[1] <= UInt64(UInt32.max), sizes[4] < UInt64(Int.max / 2) else {
      throw fail("sizes out of range")
    }
    let n = Int(sizes[0]), m = Int(sizes[1]), idBytes = Int(sizes[4])
    var at = headerSize
    guard let offsets = ByteArrays.read(UInt32.self, from: data, at: at, count: n + 1) else {
      throw fail("truncated offsets")
    }
    at += ByteArrays.padded(4 * (n + 1))
    guard let targets = ByteArrays.read(UInt32.self, from: data, at: at, count: m) else {
      throw fail("truncated targets")
    }
    at += ByteArrays.padded(4 * m)
    var weights: [Double]? = nil
    if weighted {
      guard let w = ByteArrays.read(Double.self, from: data, at: at, count: m) else {
        throw fail("truncated strengths")
      }
      guard w.allSatisfy({ $0.isFinite && $0 > 0 }) else { throw fail("a strength is not finite and greater than 0") }
      weights = w
      at += 8 * m
    }
    guard offsets[0] == 0, Int(offsets[n]) == m else { throw fail("offsets do not run from 0 to the arc count") }
    for v in 0..<n where offsets[v] > offsets[v + 1] { throw fail("offsets decrease at node \(v)") }
    for t in targets where Int(t) >= n { throw fail("an arc to node \(t) of \(n)") }
    guard at + idBytes == data.count, let raw = ByteArrays.read(UInt8.self, from: data, at: at, count: idBytes) else {
      throw fail("id section of the wrong length")
    }
    var ids: [String] = []
    ids.reserveCapacity(n)
    var start = 0
    for i in 0..<raw.count where raw[i] == 0 {
      ids.append(String(decoding: raw[start..<i], as: UTF8.self))
      start = i + 1
    }
    guard ids.count == n, start == raw.count else { throw fail("\(ids.count) ids for \(n) nodes") }
    return Graph(
      isDirected: directed, offsets: offsets, targets: targets, weights: weights, ids: ids,
      edgeCount: Int(sizes[2]), selfLoopCount: Int(sizes[3]))
  }

  /// A loaded file for the commands: the graph as a plain graph, whose record is made only
  /// if a command asks for it (``NetworkFile/Loaded/init(plainGraph:path:)``).
  static func loaded(path: String) throws -> NetworkFile.Loaded {
    NetworkFile.Loaded(plainGraph: try read(path: path), path: path)
  }
}
