import CoopGraph
import Foundation
import Testing

/// Components, cut points, cores, transitivity and distances against networkx
/// (Tests/Fixtures/structure/structure.json, from scripts/fixtures/structure.py).
@Suite struct StructureTests {
  @Test func matchesNetworkx() throws {
    let cases = try FixtureGraph.cases("structure/structure.json")
    #expect(cases.count >= 20)
    for c in cases {
      let name = (try c.get("name", as: String.self))
      let g = try FixtureGraph.make(c)
      let weak = g.weakComponents()
      #expect(
        Graph.groups(count: weak.count, membership: weak.membership) == (try c.get("components", as: [[Int]].self)),
        "\(name) components")
      if let strong = c["strongComponents"] as? [[Int]] {
        let s = g.strongComponents()
        let groups = Graph.groups(count: s.count, membership: s.membership)
        #expect(groups.sorted { $0.lexicographicallyPrecedes($1) } == strong, "\(name) strong components")
        #expect(groups.map { $0[0] } == groups.map { $0[0] }.sorted(), "\(name) numbering by smallest node")
      }
      let bi = g.biconnectedStructure()
      #expect(bi.articulationPoints == (try c.get("articulationPoints", as: [Int].self)), "\(name) articulation points")
      #expect(bi.bridges.map { [$0.u, $0.v] } == (try c.get("bridges", as: [[Int]].self)), "\(name) bridges")
      #expect(bi.components == (try c.get("biconnectedComponents", as: [[Int]].self)), "\(name) biconnected components")
      #expect(g.coreNumbers() == (try c.get("coreNumbers", as: [Int].self)), "\(name) core numbers")
      #expect(abs(g.transitivity() - (try c.get("transitivity", as: Double.self))) < 1e-12, "\(name) transitivity")
      #expect(abs(g.density - (try c.get("density", as: Double.self))) < 1e-12, "\(name) density")
      let distances = g.componentDistances()
      let expected = (try c.get("perComponent", as: [[String: Any]].self))
      #expect(distances.count == expected.count, "\(name) component count")
      for (d, e) in zip(distances, expected) {
        #expect(d.nodes == (try e.get("nodes", as: [Int].self)), "\(name) component nodes")
        #expect(d.diameter == (try e.get("diameter", as: Int.self)), "\(name) diameter")
        #expect(d.radius == (try e.get("radius", as: Int.self)), "\(name) radius")
        #expect(d.eccentricity == (try e.get("eccentricity", as: [Int].self)), "\(name) eccentricity")
        #expect(
          abs(d.averageShortestPathLength - (try e.get("averageShortestPathLength", as: Double.self))) < 1e-12,
          "\(name) average path"
        )
      }
      let ego = (try c.get("ego", as: [String: [Int]].self))
      for (r, nodes) in ego {
        let sub = g.egoNetwork(of: 0, radius: try #require(Int(r)))
        #expect(sub.ids == nodes.map(String.init), "\(name) ego radius \(r)")
      }
    }
  }

  @Test func deepPathDoesNotOverflowTheStack() throws {
    // 300 000 nodes in a path: recursive depth-first search would overflow.
    let n = 300_000
    var b = GraphBuilder(directed: true, nodeCount: n)
    for v in 0..<(n - 1) { b.addEdge(v, v + 1) }
    b.addEdge(n - 1, 0)
    let g = try b.build()
    #expect(g.strongComponents().count == 1)
    let bi = g.biconnectedStructure()
    #expect(bi.articulationPoints.isEmpty)
    #expect(bi.bridges.isEmpty)
    #expect(bi.components.count == 1)
    var p = GraphBuilder(directed: false, nodeCount: n)
    for v in 0..<(n - 1) { p.addEdge(v, v + 1) }
    let path = try p.build()
    #expect(path.articulationPoints().count == n - 2)
    #expect(path.bridges().count == n - 1)
  }

  @Test func parallelEdgesAreNotBridges() throws {
    var b = GraphBuilder(directed: false, nodeCount: 3)
    b.addEdge(0, 1); b.addEdge(0, 1); b.addEdge(1, 2)
    let g = try b.build(parallelEdges: .keep)
    #expect(g.bridges() == [.init(1, 2)])
    #expect(g.articulationPoints() == [1])
  }

  @Test func subgraphKeepsIdsWeightsAndSortedRows() throws {
    var b = GraphBuilder(directed: false, ids: ["a", "b", "c", "d"])
    b.addEdge(0, 1, weight: 2); b.addEdge(1, 2, weight: 3); b.addEdge(2, 3); b.addEdge(3, 0); b.addEdge(2, 2)
    let g = try b.build()
    let s = g.subgraph(nodes: [3, 2, 1, 2])
    #expect(s.ids == ["b", "c", "d"])
    #expect(s.edgeCount == 3)
    #expect(s.selfLoopCount == 1)
    #expect(s.edges.map { [$0.u, $0.v] } == [[0, 1], [1, 1], [1, 2]])
    #expect(s.edges.map(\.weight) == [3, 1, 1])
    #expect(g.subgraphNodes([3, 2, 1, 2]) == [1, 2, 3])
  }
}
