import Foundation
import Testing

@testable import CoopGraph

/// Every measure against networkx on the graphs of `scripts/fixtures/centrality.py`.
@Suite struct CentralityFixtureTests {
  struct Fixture {
    var name: String
    var graph: Graph
    var cases: [[String: Any]]
  }

  static let graphNames = TestData.index("centrality", "graphs")

  static func load(_ name: String) throws -> Fixture {
    let doc = try TestData.object("centrality", name)
    let directed = try #require(doc["directed"] as? Bool)
    let rawIds = try #require(doc["nodes"] as? [Any])
    let ids: [String] = rawIds.map { "\($0)" }
    var b = GraphBuilder(directed: directed, ids: ids)
    var index: [String: Int] = [:]
    for (i, id) in ids.enumerated() { index[id] = i }
    for edge in try #require(doc["edges"] as? [[Any]]) {
      let u = try #require(index["\(edge[0])"]), v = try #require(index["\(edge[1])"])
      b.addEdge(u, v, weight: edge.count > 2 ? (edge[2] as? Double) : nil)
    }
    let cases = try #require(doc["cases"] as? [[String: Any]])
    return Fixture(name: name, graph: try b.build(), cases: cases)
  }

  static func options(_ raw: [String: Any]) -> CentralityOptions {
    var o = CentralityOptions()
    o.weighted = raw["weighted"] as? Bool
    o.normalized = raw["normalized"] as? Bool
    if let e = raw["endpoints"] as? Bool { o.endpoints = e }
    if let wf = raw["wfImproved"] as? Bool { o.wfImproved = wf }
    if let d = raw["damping"] as? Double { o.damping = d }
    if let a = raw["alpha"] as? Double { o.alpha = a }
    if let b = raw["beta"] as? Double { o.beta = b }
    o.tolerance = raw["tolerance"] as? Double
    o.maxIterations = raw["maxIterations"] as? Int
    o.personalization = raw["personalization"] as? [Double]
    return o
  }

  static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
  }

  @Test func fixturesCoverTheIssue() throws {
    #expect(Self.graphNames.count >= 12)
    var measures = Set<String>()
    for name in Self.graphNames {
      for c in try Self.load(name).cases { measures.insert(c["measure"] as? String ?? "") }
    }
    // Burt's structural-hole measures have their fixtures in Tests/Fixtures/partners/
    // (StructuralHolesTests).
    let named = Set(CentralityMeasure.allCases.map(\.name)).subtracting([
      "approximate-betweenness", "constraint", "effective-size", "efficiency", "hierarchy",
    ])
    #expect(named.subtracting(measures).isEmpty, "measures without a networkx fixture: \(named.subtracting(measures))")
  }

  @Test(arguments: graphNames)
  func matchesNetworkx(_ name: String) throws {
    let fixture = try Self.load(name)
    let g = fixture.graph
    #expect(!fixture.cases.isEmpty)
    for c in fixture.cases {
      let measureName = try #require(c["measure"] as? String)
      let measure = try #require(CentralityMeasure(name: measureName))
      let rawOptions = c["options"] as? [String: Any] ?? [:]
      let tolerance = try #require(c["tolerance"] as? Double)
      let label = "\(name) \(measureName) \(rawOptions)"
      if c["error"] != nil && measure == .eigenvector && !g.isDirected {
        // networkx gives up here; CoopGraph falls back to Lanczos (Eigenvector.swift), so the
        // answer must be a unit, non-negative eigenvector of A instead of an error.
        let x = try CentralityMeasure.compute(measure, on: g, options: Self.options(rawOptions))
        var ax = [Double](repeating: 0, count: g.nodeCount)
        for v in g.nodes { for a in g.arcs(of: v) { ax[v] += x[Int(g.targets[a])] } }
        let lambda = zip(x, ax).reduce(0) { $0 + $1.0 * $1.1 }
        let residual = zip(x, ax).reduce(0) { $0 + ($1.1 - lambda * $1.0) * ($1.1 - lambda * $1.0) }.squareRoot()
        #expect(residual < 1e-8 * max(1, lambda), "\(label): residual \(residual)")
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
        #expect(x.allSatisfy { $0 > -1e-9 }, "\(label): negative entries")
        continue
      }
      if c["error"] != nil {
        #expect(throws: CentralityError.self, "\(label) should not converge") {
          _ = try CentralityMeasure.compute(measure, on: g, options: Self.options(rawOptions))
        }
        do {
          _ = try CentralityMeasure.compute(measure, on: g, options: Self.options(rawOptions))
        } catch let CentralityError.didNotConverge(_, iterations, residual, _) {
          #expect(iterations == (rawOptions["maxIterations"] as? Int ?? iterations))
          #expect(residual > 0)
        }
        continue
      }
      let scores = try CentralityMeasure.compute(measure, on: g, options: Self.options(rawOptions))
      if let expected = c["edges"] as? [[Any]] {
        var byEdge: [String: Double] = [:]
        for (e, s) in zip(g.edges, scores) {
          byEdge["\(g.ids[e.u])|\(g.ids[e.v])"] = s
          if !g.isDirected { byEdge["\(g.ids[e.v])|\(g.ids[e.u])"] = s }
        }
        #expect(byEdge.count == (g.isDirected ? expected.count : 2 * expected.count), "\(label): edge count")
        for e in expected {
          let key = "\(e[0])|\(e[1])"
          let want = try #require(e[2] as? Double)
          let got = try #require(byEdge[key], "\(label): no edge \(key)")
          #expect(Self.close(got, want, tolerance), "\(label): edge \(key) is \(got), networkx \(want)")
        }
        continue
      }
      let expected = try #require(c["values"] as? [Double])
      #expect(scores.count == expected.count, "\(label): count")
      for (v, (got, want)) in zip(scores, expected).enumerated() {
        #expect(Self.close(got, want, tolerance), "\(label): node \(g.ids[v]) is \(got), networkx \(want)")
      }
      if let average = c["average"] as? Double {
        let weighted = rawOptions["weighted"] as? Bool ?? false
        #expect(Self.close(g.averageClustering(weighted: weighted), average, tolerance), "\(label): average")
      }
    }
  }
}
