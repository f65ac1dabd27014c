import Foundation
import Testing

@testable import CoopGraph

/// The byte reader of edge lists against a plain reference: split lines into words, number
/// labels by first appearance through a dictionary of strings, and build the rows by sorting
/// each node's arcs. The reader's integer path, its switch to names midway, its chunking and
/// the in-place row building must all give the same graph.
@Suite struct EdgeListReadingTests {
  /// The graph the reference reading gives.
  func reference(_ text: String, directed: Bool, policy: ParallelEdgePolicy) -> Graph {
    var index: [String: Int] = [:]
    var ids: [String] = []
    func node(_ label: Substring) -> Int {
      if let i = index[String(label)] { return i }
      ids.append(String(label))
      index[String(label)] = ids.count - 1
      return ids.count - 1
    }
    var edges: [(Int, Int, Double?)] = []
    // Lines end at "\n" or "\r\n" (one Character in Swift).
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard let first = words.first, first.first != "#", first.first != "%" else { continue }
      let u = node(words[0]), v = node(words[1])
      edges.append((u, v, words.count > 2 ? Double(words[2]) : nil))
    }
    let weighted = edges.contains { $0.2 != nil }
    // Each node's arcs in the order their edges came, then sorted stably by target.
    var rows = [[(target: Int, weight: Double)]](repeating: [], count: ids.count)
    for (u, v, w) in edges {
      rows[u].append((v, w ?? 1))
      if !directed && u != v { rows[v].append((u, w ?? 1)) }
    }
    var offsets: [UInt32] = [0]
    var targets: [UInt32] = []
    var weights: [Double] = []
    var selfLoops = 0
    for u in rows.indices {
      let row = rows[u].enumerated().sorted { ($0.element.target, $0.offset) < ($1.element.target, $1.offset) }
        .map(\.element)
      var a = 0
      while a < row.count {
        var b = a + 1
        while b < row.count && row[b].target == row[a].target { b += 1 }
        let run = row[a..<b].map(\.weight)
        let merged: [Double]
        switch policy {
        case .keep: merged = run
        case .sum: merged = [run.reduce(0, +)]
        case .count: merged = [Double(run.count)]
        case .max: merged = [run.max() ?? 1]
        case .min: merged = [run.min() ?? 1]
        case .last: merged = [run.last ?? 1]
        }
        for w in merged {
          targets.append(UInt32(row[a].target))
          weights.append(w)
          if policy != .keep && row[a].target == u { selfLoops += 1 }
        }
        a = b
      }
      offsets.append(UInt32(targets.count))
    }
    if policy == .keep { selfLoops = edges.filter { $0.0 == $0.1 }.count }
    let edgeCount = policy == .keep ? edges.count : directed ? targets.count : (targets.count + selfLoops) / 2
    return Graph(
      isDirected: directed, offsets: offsets, targets: targets,
      weights: weighted || policy == .count ? weights : nil, ids: ids, edgeCount: edgeCount, selfLoopCount: selfLoops)
  }

  /// A seeded random edge list: labels from `label`, some comment and blank lines, weights
  /// on every line when `weighted`.
  func randomText(seed: UInt64, lines: Int, weighted: Bool, label: (Int, inout SplitMix64) -> String) -> String {
    var rng = SplitMix64(seed: seed)
    var text = "# a random edge list\n"
    for k in 0..<lines {
      if Int.random(in: 0..<40, using: &rng) == 0 { text += k.isMultiple(of: 2) ? "\n" : "% comment\n" }
      let u = Int.random(in: 0..<60, using: &rng)
      let v = Bool.random(using: &rng) ? u : Int.random(in: 0..<60, using: &rng)
      text += label(u, &rng) + (Bool.random(using: &rng) ? " " : "\t") + label(v, &rng)
      if weighted { text += " \(Double(Int.random(in: 1...8, using: &rng)) / 2)" }
      text += Bool.random(using: &rng) ? "\n" : "\r\n"
    }
    return text
  }

  func expectSame(_ g: Graph, _ r: Graph, _ note: String, multigraph: Bool = false) {
    #expect(g.ids == r.ids, "\(note): ids")
    #expect(g.offsets == r.offsets, "\(note): offsets")
    #expect(g.targets == r.targets, "\(note): targets")
    #expect(g.weights == r.weights, "\(note): weights")
    #expect(g.edgeCount == r.edgeCount, "\(note): edge count")
    #expect(g.selfLoopCount == r.selfLoopCount, "\(note): self-loops")
    // (The invariants pair each arc with its reverse, which a multigraph's parallel arcs of
    // different strengths do not have one by one.)
    if !multigraph { #expect(g.invariantViolation() == nil, "\(note): invariants") }
  }

  /// Labels of every kind: dense integers, sparse large integers (a dictionary of integers),
  /// names, names that look like integers (`007`), and integers past 32 bits.
  static let labelings: [(String, @Sendable (Int, inout SplitMix64) -> String)] = [
    ("dense integers", { u, _ in String(u) }),
    ("1-based integers", { u, _ in String(u + 1) }),
    ("sparse integers", { u, _ in String(u * 50_000_017 % 4_000_000_000) }),
    ("names", { u, _ in "n\(u)" }),
    (
      "integers, then a name now and then",
      { u, rng in Int.random(in: 0..<200, using: &rng) == 0 ? "x\(u)" : String(u) }
    ),
    ("leading zeros and wide integers", { u, _ in u % 3 == 0 ? "0\(u)" : u % 3 == 1 ? "\(u)" : "99999999999\(u)" }),
  ]

  @Test(arguments: 0..<labelings.count)
  func readerMatchesTheReference(labeling: Int) throws {
    let (name, label) = Self.labelings[labeling]
    for seed: UInt64 in 1...4 {
      for weighted in [false, true] {
        let text = randomText(seed: seed, lines: 400, weighted: weighted, label: label)
        for directed in [false, true] {
          for policy in [ParallelEdgePolicy.sum, .keep, .last, .count] {
            let g = try EdgeList.parse(text, directed: directed, parallelEdges: policy)
            expectSame(
              g, reference(text, directed: directed, policy: policy),
              "\(name), seed \(seed), weighted \(weighted), directed \(directed), \(policy)",
              multigraph: policy == .keep)
          }
        }
      }
    }
  }

  @Test func integerLabelsAndNamesGiveTheSameGraph() throws {
    let text = randomText(seed: 7, lines: 2_000, weighted: false) { u, _ in String(u * 3) }
    let named = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
      guard let c = line.first, c.isNumber else { return String(line) }
      return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { "v" + $0 }.joined(separator: " ")
    }.joined(separator: "\n")
    let fast = try EdgeList.parse(text)
    let slow = try EdgeList.parse(named)
    #expect(fast.ids.map { "v" + $0 } == slow.ids)
    #expect(fast.offsets == slow.offsets)
    #expect(fast.targets == slow.targets)
  }

  @Test func chunkBoundariesDoNotChangeTheGraphOrTheErrors() throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text =
      "\u{FEFF}" + randomText(seed: 3, lines: 300, weighted: true) { u, _ in u % 7 == 0 ? "é\(u)" : String(u) }
    let path = folder.appendingPathComponent("g.edges").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let whole = try EdgeList.parse(Array(text.utf8), file: path, directed: false, parallelEdges: .sum)
    for size in [1, 5, 16, 333, 1 << 20] {
      expectSame(try EdgeList.read(path: path, chunkSize: size), whole, "chunks of \(size) bytes")
    }
    // A bad line far into the file, then invalid UTF-8 further on: the text problem is reported.
    var bad = Array(text.utf8)
    bad += Array("1 2\n3\n4 5\n".utf8) + [0x31, 0x20, 0xFF, 0x0A]
    try Data(bad).write(to: URL(fileURLWithPath: path))
    let lines = text.filter { $0 == "\n" || $0 == "\r\n" }.count
    for size in [7, 1 << 20] {
      #expect {
        _ = try EdgeList.read(path: path, chunkSize: size)
      } throws: { error in
        (error as? InputError)?.description == "\(path):\(lines + 4):3: error: file is not valid UTF-8 text"
      }
    }
    bad.removeLast(4)
    try Data(bad).write(to: URL(fileURLWithPath: path))
    for size in [7, 1 << 20] {
      #expect {
        _ = try EdgeList.read(path: path, chunkSize: size)
      } throws: { error in
        (error as? InputError)?.description
          == "\(path):\(lines + 2):1: error: expected 'source target [weight]', found one field"
      }
    }
  }
}
