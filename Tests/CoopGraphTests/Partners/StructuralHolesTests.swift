import Foundation
import Testing

@testable import CoopGraph

@Suite struct StructuralHolesTests {
  static let names = [
    "karate", "florentine", "kite", "davis", "star", "path", "barbell", "tree", "sparse", "digraph", "weighted",
    "weighted-digraph",
  ]

  @Test(arguments: names) func equalsNetworkx(name: String) throws {
    let (entry, g) = try PartnersFixtures.entry("structural-holes.json", name)
    // networkx per node (NaN where it wrongly calls a node with only in-arcs isolated), and the
    // documented formula for every node; unweighted, then weighted where the fixture has it.
    for weighted in [false, true] where !weighted || entry["constraintWeighted"] != nil {
      let suffix = weighted ? "Weighted" : ""
      let what = weighted ? "weighted " : ""
      let holes = g.structuralHoles(weighted: weighted)
      let constraint = try PartnersFixtures.values(entry, "constraint" + suffix, g)
      let size = try PartnersFixtures.values(entry, "effectiveSize" + suffix, g)
      let definition = try PartnersFixtures.values(entry, "effectiveSize\(suffix)Definition", g)
      let efficiency = weighted ? nil : try PartnersFixtures.values(entry, "efficiency", g)
      for v in g.nodes {
        #expect(PartnersFixtures.close(holes.constraint[v], constraint[v]), "\(what)constraint of \(g.ids[v])")
        if !size[v].isNaN { #expect(PartnersFixtures.close(holes.effectiveSize[v], size[v]), "\(what)effective size of \(g.ids[v])") }
        #expect(PartnersFixtures.close(holes.effectiveSize[v], definition[v]), "\(what)effective size of \(g.ids[v])")
        if let efficiency { #expect(PartnersFixtures.close(holes.efficiency[v], efficiency[v]), "efficiency of \(g.ids[v])") }
      }
    }
  }

  @Test func measuresByName() throws {
    let g = try PartnersFixtures.entry("structural-holes.json", "weighted").graph
    #expect(try CentralityMeasure.compute(.constraint, on: g) == g.constraint())
    #expect(try CentralityMeasure.compute(.effectiveSize, on: g) == g.effectiveSize())
    #expect(try CentralityMeasure.compute(.efficiency, on: g) == g.efficiency())
    #expect(try CentralityMeasure.compute(.hierarchy, on: g) == g.hierarchy())
    var weighted = CentralityOptions()
    weighted.weighted = true
    #expect(try CentralityMeasure.compute(.constraint, on: g, options: weighted) == g.constraint(weighted: true))
    #expect(CentralityMeasure.constraint.lowerIsBetter && !CentralityMeasure.effectiveSize.lowerIsBetter)
  }

  @Test func singleFunctionsAgreeWithTheCombinedPass() throws {
    let fixtures = try PartnersFixtures.load("structural-holes.json")
    let entry = try #require(fixtures["kite"])
    let g = try PartnersFixtures.graph(entry)
    let all = g.structuralHoles()
    #expect(g.constraint() == all.constraint)
    #expect(g.effectiveSize() == all.effectiveSize)
    #expect(g.efficiency() == all.efficiency)
    #expect(g.hierarchy() == all.hierarchy)
  }

  /// Hierarchy by hand. Star centre: 5 contacts, each local constraint (1/5)² = 1/25, all equal,
  /// so hierarchy 0. A leaf: one contact, hierarchy 0 by convention. Path a–b–c–d, node b:
  /// contacts a (p = 1/2, no indirect: c(b,a) = 1/4) and c (p = 1/2, indirect via nobody:
  /// 1/4): equal, 0. Triangle plus pendant (t–x, t–y, x–y, t–z), node t: p = 1/3 each;
  /// c(t,x) = (1/3 + 1/3·1/2)² = 1/4 = c(t,y); c(t,z) = 1/9. C = 11/18, mean 11/54;
  /// r = (27/22, 27/22, 6/11); h = Σ r ln r / (3 ln 3).
  @Test func hierarchyByHand() throws {
    var b = GraphBuilder(directed: false, ids: ["t", "x", "y", "z"])
    b.addEdge(0, 1)
    b.addEdge(0, 2)
    b.addEdge(1, 2)
    b.addEdge(0, 3)
    let g = try b.build()
    let h = g.hierarchy()
    let r = [27.0 / 22, 27.0 / 22, 6.0 / 11]
    let expected = r.reduce(0) { $0 + $1 * log($1) } / (3 * log(3.0))
    #expect(PartnersFixtures.close(h[0], expected))
    #expect(PartnersFixtures.close(g.constraint()[0], 11.0 / 18))
    #expect(h[3] == 0)
    #expect(h[0] > 0 && h[0] < 1)

    var s = GraphBuilder(directed: false, nodeCount: 6)
    for leaf in 1...5 { s.addEdge(0, leaf) }
    s.addNode("isolated")
    let star = try s.build()
    let hs = star.hierarchy()
    #expect(abs(hs[0]) < 1e-12)
    #expect(hs[1] == 0)
    #expect(hs[6].isNaN)
    #expect(star.constraint()[6].isNaN)
  }

  @Test func selfLoopsAreIgnored() throws {
    var b = GraphBuilder(directed: false, nodeCount: 3)
    b.addEdge(0, 1)
    b.addEdge(1, 2)
    let plain = try b.build()
    b.addEdge(1, 1)
    let looped = try b.build()
    #expect(plain.structuralHoles() == looped.structuralHoles())
  }
}
