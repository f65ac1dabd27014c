import Foundation
import Testing

@testable import CoopGraph

/// Paths to the repository's data, found from this file's location so that tests need no
/// bundled resources.
enum TestData {
  /// The repository root.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // CoopGraphTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// A file in `graphs/`.
  static func graph(_ name: String) -> String { root.appendingPathComponent("graphs/\(name)").path }

  /// A file in `Tests/Fixtures/`.
  static func fixture(_ relativePath: String) -> String {
    root.appendingPathComponent("Tests/Fixtures/\(relativePath)").path
  }

  /// A fixture parsed as JSON.
  static func json(_ relativePath: String) throws -> Any {
    let data = try Data(contentsOf: URL(fileURLWithPath: fixture(relativePath)))
    return try JSONSerialization.jsonObject(with: data)
  }

  /// The list `key` of the fixture index `folder/index.json` (empty when it cannot be read,
  /// so that a parameterized test then fails on its own missing fixture, not at discovery).
  static func index(_ folder: String, _ key: String) -> [String] {
    ((try? json("\(folder)/index.json")) as? [String: Any])?[key] as? [String] ?? []
  }

  /// The JSON object of fixture `folder/name.json`.
  static func object(_ folder: String, _ name: String) throws -> [String: Any] {
    try #require(try json("\(folder)/\(name).json") as? [String: Any])
  }

  /// One graph of a fixture's `graphs` list: `{"name": …, "nodes": n, "edges": [[u, v], …]}`
  /// plus the reference values the fixture's script stored beside it.
  struct FixtureGraph {
    var name: String
    /// The undirected graph of `nodes` and `edges`.
    var graph: Graph
    var fields: [String: Any]

    /// The value `key`, which must be of type `T`.
    func value<T>(_ key: String, as type: T.Type = T.self) throws -> T {
      try #require(fields[key] as? T, "\(name): no \(T.self) '\(key)'")
    }
  }

  /// The `graphs` list of a JSON fixture.
  static func fixtureGraphs(_ relativePath: String) throws -> [FixtureGraph] {
    let root = try #require(try json(relativePath) as? [String: Any])
    return try #require(root["graphs"] as? [[String: Any]]).map { g in
      var b = GraphBuilder(directed: false, nodeCount: try #require(g["nodes"] as? Int))
      for e in try #require(g["edges"] as? [[Int]]) { b.addEdge(e[0], e[1]) }
      return FixtureGraph(name: try #require(g["name"] as? String), graph: try b.build(), fields: g)
    }
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coopgraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
