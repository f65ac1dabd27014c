import CoopGraph
import Foundation

/// Graphs stored in the structure and community fixtures: `n`, `directed` and `edges` as
/// `[u, v]` or `[u, v, weight]` with nodes `0..<n`.
enum FixtureGraph {
  static func make(_ c: [String: Any], weighted: Bool = true) throws -> Graph {
    let n = c["n"] as! Int
    let directed = c["directed"] as! Bool
    var b = GraphBuilder(directed: directed, nodeCount: n)
    for e in c["edges"] as! [[Double]] {
      b.addEdge(Int(e[0]), Int(e[1]), weight: weighted && e.count > 2 ? e[2] : nil)
    }
    return try b.build()
  }

  static func cases(_ file: String) throws -> [[String: Any]] {
    let top = try TestData.json(file) as! [String: Any]
    return top["cases"] as! [[String: Any]]
  }
}
