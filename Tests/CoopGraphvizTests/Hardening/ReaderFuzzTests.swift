import CoopGraph
import CoopGraphviz
import Foundation
import Testing

/// A seeded mutation fuzzer over every reader (the Hardening issue's "fuzz target"): each seed
/// file of `Tests/Fixtures/fuzz` is mutated a few hundred times and every mutant is read as a
/// user's file would be (`NetworkFile.load`, DOT through Graphviz's parser). A mutant must load,
/// or fail with a located `InputError` (or a `GraphError` / `ProjectionError` naming the
/// problem); anything else, or a crash, fails the test, which names the seed and mutation to
/// reproduce it. The run is bounded: at most `budget` seconds for all files together.
@Suite(.serialized) struct ReaderFuzzTests {
  static let corpus: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fuzz")

  /// Mutants per seed file and the time budget; `COOPGRAPH_FUZZ_MUTANTS` and
  /// `COOPGRAPH_FUZZ_SECONDS` raise them for a longer run, `COOPGRAPH_FUZZ_SEED` varies the run.
  static let mutantsPerFile = ProcessInfo.processInfo.environment["COOPGRAPH_FUZZ_MUTANTS"].flatMap(Int.init) ?? 400
  static let budget: Double = ProcessInfo.processInfo.environment["COOPGRAPH_FUZZ_SECONDS"].flatMap(Double.init) ?? 40
  static let runSeed: UInt64 = ProcessInfo.processInfo.environment["COOPGRAPH_FUZZ_SEED"].flatMap(UInt64.init) ?? 0

  /// Bytes and tokens that readers treat specially.
  static let tokens: [[UInt8]] = [
    [0x00], [0xFF], [0xC3], [0xE2, 0x80], [0x0A], [0x0D], [0x09], [0x22], [0x27], [0x5C], [0x3C], [0x3E], [0x26],
    [0x2C], [0x3B], [0x3A], [0x7B], [0x7D], [0x5B], [0x5D], [0x2A], [0x25], [0x23], [0x2D], [0x3D], [0x40],
    Array("&amp;".utf8), Array("&undefined;".utf8), Array("&#0;".utf8), Array("<!ENTITY x \"y\">".utf8),
    Array("*a".utf8), Array("&a ".utf8), Array("!!binary ".utf8), Array("1e308".utf8), Array("-1".utf8),
    Array("NaN".utf8), Array("999999999999999999999".utf8), Array("*Vertices 100000000".utf8), Array("\\N".utf8),
    Array("subgraph {".utf8), Array("parent".utf8), Array("\"\"".utf8), Array("null".utf8), Array("[[[[".utf8),
    Array("<node id=\"a\"/>".utf8), Array("javascript:".utf8),
  ]

  static func mutate(_ input: [UInt8], rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    let rounds = 1 + Int(rng.next() % 4)
    for _ in 0..<rounds {
      let at = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count))
      switch rng.next() % 6 {
      case 0 where !bytes.isEmpty:  // flip a bit
        bytes[at] ^= UInt8(1 << (rng.next() % 8))
      case 1:  // insert a special byte or token
        bytes.insert(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))], at: at)
      case 2 where !bytes.isEmpty:  // delete a span
        let length = min(bytes.count - at, 1 + Int(rng.next() % 16))
        bytes.removeSubrange(at..<(at + length))
      case 3 where !bytes.isEmpty:  // repeat a span
        let length = min(bytes.count - at, 1 + Int(rng.next() % 32))
        let span = Array(bytes[at..<(at + length)])
        for _ in 0..<(1 + Int(rng.next() % 4)) { bytes.insert(contentsOf: span, at: at) }
      case 4:  // truncate
        bytes = Array(bytes.prefix(at))
      default:  // replace a byte by a random one
        if !bytes.isEmpty { bytes[at] = UInt8(truncatingIfNeeded: rng.next()) }
      }
    }
    return bytes
  }

  /// Reads a file as the command line does; `nil` when it loaded, else what was thrown.
  static func read(_ path: String) -> Error? {
    do {
      let loaded = try NetworkFile.load(path: path)
      // What loaded must also hold together: every edge's ends are nodes.
      _ = loaded.graph.nodeCount
      return nil
    } catch {
      return error
    }
  }

  static func acceptable(_ error: Error) -> Bool {
    if let input = error as? InputError { return !input.diagnostics.isEmpty }
    return error is GraphError || error is ProjectionError
  }

  @Test func everyReaderSurvivesMutatedInput() throws {
    DOTImport.register()
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasPrefix("small.") }
      .sorted()
    #expect(files.count == 10)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let start = Date()
    var read = 0
    var loadedCount = 0
    var rejected = 0
    for (f, file) in files.enumerated() {
      let seed = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(file)))
      // Each seed file must itself load.
      let original = dir.appendingPathComponent(file).path
      _ = FileManager.default.createFile(atPath: original, contents: Data(seed))
      // A CSV edges file is read with its nodes file beside it, and the other way round.
      if file.hasSuffix(".csv") {
        for other in ["small.nodes.csv", "small.edges.csv"]
        where other != file && !FileManager.default.fileExists(atPath: dir.appendingPathComponent(other).path) {
          try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent(other), to: dir.appendingPathComponent(other))
        }
      }
      #expect(Self.read(original) == nil, "\(file) must load")
      var rng = SplitMix64(seed: UInt64(f) * 1_000_003 + 17 &+ Self.runSeed &* 7_919)
      for m in 0..<Self.mutantsPerFile {
        if Date().timeIntervalSince(start) > Self.budget { break }
        let mutant = Self.mutate(seed, rng: &rng)
        _ = FileManager.default.createFile(atPath: original, contents: Data(mutant))
        read += 1
        if let error = Self.read(original) {
          rejected += 1
          #expect(Self.acceptable(error), "\(file), mutation \(m): \(type(of: error)): \(error)")
          if let input = error as? InputError, let first = input.diagnostics.first {
            // Located: a file name, and a line when the file could be opened at all. (A CSV
            // pair is read together: a mutated nodes file may show as an unknown party of the
            // edges file.)
            let located = first.location.map { $0.file == original || $0.file.hasPrefix(dir.path) } ?? false
            #expect(located || first.message.contains(original), "\(file), mutation \(m): \(first)")
          }
        } else {
          loadedCount += 1
        }
      }
      _ = FileManager.default.createFile(atPath: original, contents: Data(seed))
    }
    #expect(read > 100, "read \(read) mutants in \(Date().timeIntervalSince(start)) s")
    #expect(loadedCount > 0 && rejected > 0, "\(loadedCount) loaded, \(rejected) rejected")
  }
}
