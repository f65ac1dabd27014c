import Foundation
import Testing

@testable import CoopGraph

/// Every hypergraph measure against XGI and HyperNetX on the hypergraphs of
/// `scripts/fixtures/hypergraph.py`. Counts must match exactly; strengths and path measures to
/// 1e-9; the iterative measures (node-edge, clique-eigenvector) to 1e-6.
@Suite struct HypergraphFixtureTests {
  struct Fixture {
    var name: String
    var hypergraph: Hypergraph
    var doc: [String: Any]
    var xgi: [String: Any]
    var exact: Double
    var iterative: Double
  }

  static let names = TestData.index("hypergraph", "hypergraphs")

  static func load(_ name: String) throws -> Fixture {
    let doc = try TestData.object("hypergraph", name)
    let nodes = try #require(doc["nodes"] as? [String])
    let edges = try #require(doc["edges"] as? [[String: Any]])
    let h = try Hypergraph(
      nodeIds: nodes, edges: try edges.map { try #require($0["members"] as? [String]) },
      edgeIds: try edges.map { try #require($0["id"] as? String) },
      weights: try edges.map { try #require($0["weight"] as? Double) },
      kinds: try edges.map { TieKind(try #require($0["kind"] as? String)) })
    let tolerance = try #require(doc["tolerance"] as? [String: Double])
    return Fixture(
      name: name, hypergraph: h, doc: doc, xgi: try #require(doc["xgi"] as? [String: Any]),
      exact: try #require(tolerance["exact"]), iterative: try #require(tolerance["iterative"]))
  }

  /// The values of a fixture list; `nil` where the library gave NaN (JSON null).
  static func numbers(_ raw: Any?) throws -> [Double?] {
    let list = try #require(raw as? [Any])
    return list.map { ($0 as? NSNumber)?.doubleValue }
  }

  static func expectClose(_ actual: [Double], _ expected: [Double?], _ tolerance: Double, _ label: String) {
    #expect(actual.count == expected.count, "\(label): \(actual.count) values, expected \(expected.count)")
    for (i, (a, e)) in zip(actual, expected).enumerated() {
      guard let e else {
        Issue.record("\(label)[\(i)]: the fixture has NaN")
        continue
      }
      #expect(abs(a - e) <= tolerance * max(1, abs(e)), "\(label)[\(i)]: \(a), expected \(e)")
    }
  }

  @Test func fixturesCoverTheCases() throws {
    #expect(Self.names.count >= 6)
    var connected = 0, disconnected = 0, multiEdges = 0, s3 = 0
    for name in Self.names {
      let f = try Self.load(name)
      if f.xgi["connected"] as? Bool == true { connected += 1 } else { disconnected += 1 }
      let rows = (0..<f.hypergraph.edgeCount).map { Array(f.hypergraph.members(of: $0)) }
      if Set(rows).count < rows.count { multiEdges += 1 }
      if (f.doc["s"] as? [[String: Any]])?.contains(where: { $0["s"] as? Int == 3 }) == true { s3 += 1 }
    }
    #expect(connected >= 3 && disconnected >= 2 && multiEdges >= 1 && s3 >= 3)
  }

  @Test(arguments: names)
  func degreesMatchXGI(_ name: String) throws {
    let f = try Self.load(name)
    let h = f.hypergraph
    #expect(h.hyperdegree() == (f.xgi["degree"] as? [Int]), "\(name) degree")
    Self.expectClose(h.hyperstrength(), try Self.numbers(f.xgi["strength"]), f.exact, "\(name) strength")
    let byKind = try #require(f.xgi["degreeByKind"] as? [String: [Int]])
    let ours = h.hyperdegreeByKind()
    #expect(ours.map(\.kind.rawValue) == byKind.keys.sorted())
    for (kind, degrees) in ours { #expect(degrees == byKind[kind.rawValue], "\(name) degree of \(kind)") }
    let sizes = try #require(f.xgi["edgeSizes"] as? [String: Int])
    let distribution = h.edgeSizeDistribution()
    #expect(distribution.map(\.size) == sizes.keys.compactMap(Int.init).sorted())
    for (size, count) in distribution { #expect(sizes["\(size)"] == count, "\(name) edges of size \(size)") }
  }

  @Test(arguments: names)
  func nodeEdgeMatchesXGI(_ name: String) throws {
    let f = try Self.load(name)
    let reference = try #require(f.xgi["nodeEdge"] as? [String: Any])
    guard f.xgi["connected"] as? Bool == true else {
      // XGI returns NaN for every node and edge; CoopGraph says why.
      #expect(try Self.numbers(reference["nodes"]).allSatisfy { $0 == nil })
      #expect(throws: HypergraphError.self) { try f.hypergraph.nodeEdgeCentrality() }
      return
    }
    let c = try f.hypergraph.nodeEdgeCentrality()
    #expect(c.converged == (reference["converged"] as? Bool), "\(name): converged \(c.converged)")
    Self.expectClose(c.nodes, try Self.numbers(reference["nodes"]), f.iterative, "\(name) node-edge nodes")
    Self.expectClose(c.edges, try Self.numbers(reference["edges"]), f.iterative, "\(name) node-edge edges")
    let long = try #require(f.xgi["nodeEdge1000"] as? [String: Any])
    let c1000 = try f.hypergraph.nodeEdgeCentrality(maxIterations: 1000)
    #expect(c1000.converged)
    Self.expectClose(c1000.nodes, try Self.numbers(long["nodes"]), f.iterative, "\(name) node-edge(1000) nodes")
    Self.expectClose(c1000.edges, try Self.numbers(long["edges"]), f.iterative, "\(name) node-edge(1000) edges")
  }

  @Test(arguments: names)
  func cliqueEigenvectorMatchesXGI(_ name: String) throws {
    let f = try Self.load(name)
    let reference = try Self.numbers(f.xgi["cliqueEigenvector"])
    guard f.xgi["connected"] as? Bool == true else {
      #expect(reference.allSatisfy { $0 == nil })
      #expect(throws: HypergraphError.self) { try f.hypergraph.cliqueEigenvectorCentrality() }
      return
    }
    Self.expectClose(
      try f.hypergraph.cliqueEigenvectorCentrality(), reference, f.iterative, "\(name) clique-eigenvector")
  }

  @Test(arguments: names)
  func sMeasuresMatchHyperNetX(_ name: String) throws {
    let f = try Self.load(name)
    let cases = try #require(f.doc["s"] as? [[String: Any]])
    #expect(!cases.isEmpty)
    for c in cases {
      let s = try #require(c["s"] as? Int)
      for element in HyperElement.allCases {
        let reference = try #require(c[element.rawValue] as? [String: Any])
        let label = "\(name) s=\(s) \(element)"
        Self.expectClose(
          try f.hypergraph.sBetweennessCentrality(s: s, of: element), try Self.numbers(reference["betweenness"]),
          f.exact, "\(label) betweenness")
        Self.expectClose(
          try f.hypergraph.sClosenessCentrality(s: s, of: element), try Self.numbers(reference["closeness"]),
          f.exact, "\(label) closeness")
      }
    }
  }
}
