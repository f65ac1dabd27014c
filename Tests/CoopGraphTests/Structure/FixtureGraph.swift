import CoopGraph
import Foundation

/// Graphs stored in the structure and community fixtures: `n`, `directed` and `edges` as
/// `[u, v]` or `[u, v, weight]` with nodes `0..<n`.
enum FixtureGraph {
  static func make(_ c: [String: Any], weighted: Bool = true) throws -> Graph {
    let n = (try c.get("n", as: Int.self))
    let directed = (try c.get("directed", as: Bool.self))
    var b = GraphBuilder(directed: directed, nodeCount: n)
    for e in (try c.get("edges", as: [[Double]].self)) {
      b.addEdge(Int(e[0]), Int(e[1]), weight: weighted && e.count > 2 ? e[2] : nil)
    }
    return try b.build()
  }

  /// A JSON object, or an error saying what was found instead.
  static func object(_ json: Any) throws -> [String: Any] {
    guard let o = json as? [String: Any] else { throw FixtureError("expected a JSON object, found \(type(of: json))") }
    return o
  }

  /// The case called `name` in a fixture file.
  static func named(_ name: String, in file: String) throws -> [String: Any] {
    guard let c = try cases(file).first(where: { $0["name"] as? String == name }) else {
      throw FixtureError("no case '\(name)' in \(file)")
    }
    return c
  }

  static func cases(_ file: String) throws -> [[String: Any]] {
    let top = try FixtureGraph.object(TestData.json(file))
    return (try top.get("cases", as: [[String: Any]].self))
  }
}

/// A fixture that does not have the expected shape.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension Dictionary where Key == String, Value == Any {
  /// The value at `key` as a `T`, or an error naming the key.
  func get<T>(_ key: String, as type: T.Type = T.self) throws -> T {
    guard let value = self[key] as? T else {
      throw FixtureError("fixture key '\(key)' is missing or not a \(T.self)")
    }
    return value
  }
}
