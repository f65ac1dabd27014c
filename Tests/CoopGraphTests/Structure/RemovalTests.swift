import Testing

@testable import CoopGraph

/// ``ProjectedNetwork/removing(_:in:)`` gives the graph of projecting the record again with the
/// removed entities excluded, for every entity of every record in `graphs/`, under every
/// projection rule, whether it derives the graph from the compressed rows or projects again.
@Suite struct RemovalTests {
  static let records = [
    "jiangsu-central-asia-alliance.yaml", "riverlands-alliance-2019-2025.yaml", "florentine-families.yaml",
    "southern-women.yaml", "krackhardt-kite.yaml", "karate-club.yaml",
  ]

  static let rules: [(name: String, projection: Projection)] = [
    ("default", Projection()),
    ("bipartite", Projection(multiParty: .bipartite)),
    ("count", Projection(combine: .count)),
    ("newman", Projection(cliqueWeighting: .newman)),
    ("collapse", Projection(partOf: .collapse)),
    ("bridge people", Projection(bridgeThroughPeople: true)),
    ("directed", Projection(directed: true)),
    ("directed bipartite", Projection(multiParty: .bipartite, directed: true)),
    ("organizations", Projection(nodeKinds: [.institution, .enterprise, .government, .alliance])),
  ]

  /// A graph as text that does not depend on node order: its ids and its arcs by id, sorted.
  static func signature(_ g: Graph) -> [String] {
    var lines = g.nodes.map { "node \(g.ids[$0])" }
    for v in g.nodes {
      for a in g.arcs(of: v) {
        let t = Int(g.targets[a])
        if !g.isDirected && t < v { continue }
        lines.append("\(g.ids[v]) \(g.isDirected ? "->" : "--") \(g.ids[t]) \(g.weights.map { formatNumber($0[a]) } ?? "")")
      }
    }
    return lines.sorted()
  }

  /// Each node's id with the entity or tie it stands for, sorted.
  static func nodes(_ p: ProjectedNetwork) -> [String] {
    var lines: [String] = []
    for v in p.graph.nodes {
      let entity: String = p.entityIndices[v].map { "entity \($0)" } ?? "tie"
      let tie: String = p.tieIndices[v].map { " tie \($0)" } ?? ""
      lines.append("\(p.graph.ids[v]) \(entity)\(tie)")
    }
    return lines.sorted()
  }

  @Test(arguments: records)
  func removingAnEntityEqualsProjectingWithoutIt(_ file: String) throws {
    let network = try NetworkFile.readNetwork(path: TestData.graph(file))
    // Every entity alone, and the first three together.
    let removals = network.entities.map { [$0.id] } + [network.entities.prefix(3).map(\.id)]
    for (name, projection) in Self.rules {
      guard let before = try? network.project(projection) else { continue }
      for ids in removals {
        var rules = projection
        rules.excludedEntities.formUnion(ids)
        let expected = try network.project(rules)
        let derived = try before.removing(ids, in: network)
        #expect(
          Self.signature(derived.graph) == Self.signature(expected.graph), "\(file), \(name), without \(ids)")
        #expect((derived.graph.weights == nil) == (expected.graph.weights == nil), "\(file), \(name), without \(ids)")
        #expect(Self.nodes(derived) == Self.nodes(expected), "\(file), \(name), without \(ids)")
      }
    }
  }

  /// The check above would catch a removal that kept a node or an arc.
  @Test func signatureTellsGraphsApart() throws {
    let network = try NetworkFile.readNetwork(path: TestData.graph("krackhardt-kite.yaml"))
    let whole = try network.project(Projection())
    let first = try #require(network.entities.first).id
    var rules = Projection()
    rules.excludedEntities = [first]
    #expect(Self.signature(whole.graph) != Self.signature(try network.project(rules).graph))
  }
}
