import Foundation
import Testing

@testable import CoopGraph

/// The reference networks in `graphs/` project to exactly networkx's graphs. The fixtures in
/// `Tests/Fixtures/reference/` are written by `scripts/fixtures/reference_networks.py` from
/// networkx's built-in copies (karate_club_graph, florentine_families_graph plus Padgett's
/// business ties, davis_southern_women_graph, krackhardt_kite_graph).
@Suite struct ReferenceNetworksTests {
  /// One projection the fixture expects: rules, node ids in order and edges with weights.
  struct Expected {
    var name: String
    var projection: Projection
    var nodes: [String]
    var edges: [String]
    var weighted: Bool
  }

  static func expectations(_ fixture: String) throws -> (file: String, top: [String: Any], projections: [Expected]) {
    let top = try #require(try TestData.json("reference/\(fixture).json") as? [String: Any])
    let file = try #require(top["file"] as? String)
    let list = try #require(top["projections"] as? [[String: Any]])
    let projections = try list.map { try expected($0) }
    return (file, top, projections)
  }

  static func expected(_ p: [String: Any]) throws -> Expected {
    var rules = Projection()
    if let ties = p["ties"] as? [String] { rules.tieKinds = Set(ties.map { TieKind($0) }) }
    if let mode = p["multiParty"] as? String {
      rules.multiParty = try #require(Projection.MultiParty(rawValue: mode))
    }
    let nodes = try #require(p["nodes"] as? [String])
    let edgeRows = try #require(p["edges"] as? [[Any]])
    let edges = try edgeRows.map { row -> String in
      let u = try #require(row[0] as? String)
      let v = try #require(row[1] as? String)
      let w = try #require((row[2] as? NSNumber)?.doubleValue)
      return "\(u)-\(v):\(formatNumber(w))"
    }
    #expect(edges.count == (p["edgeCount"] as? Int))
    #expect(nodes.count == (p["nodeCount"] as? Int))
    return Expected(
      name: try #require(p["name"] as? String), projection: rules, nodes: nodes, edges: edges.sorted(),
      weighted: try #require(p["weighted"] as? Bool))
  }

  /// The edges of a graph as "u-v:w" with u before v in node order, sorted.
  static func edges(_ g: Graph) -> [String] {
    g.edges.map { "\(g.ids[$0.u])-\(g.ids[$0.v]):\(formatNumber($0.weight))" }.sorted()
  }

  static func checkProjections(_ fixture: String) throws -> Network {
    let (file, _, projections) = try expectations(fixture)
    let network = try NativeFormat.read(path: TestData.graph(file))
    #expect(!projections.isEmpty)
    for e in projections {
      let g = try network.graph(e.projection)
      #expect(g.invariantViolation() == nil, "\(fixture) \(e.name)")
      #expect(!g.isDirected)
      #expect(g.ids == e.nodes, "\(fixture) \(e.name): nodes")
      #expect(g.edgeCount == e.edges.count, "\(fixture) \(e.name): edge count")
      #expect(g.isWeighted == e.weighted, "\(fixture) \(e.name): weighted")
      #expect(edges(g) == e.edges, "\(fixture) \(e.name): edges")
    }
    return network
  }

  @Test func karateClubIsNetworkxsGraphWithTheTwoClubs() throws {
    let network = try Self.checkProjections("karate-club")
    #expect(network.entities.count == 34)
    #expect(network.ties.count == 78)
    #expect(network.entities.map(\.id) == (0..<34).map { String($0) })
    let (_, top, _) = try Self.expectations("karate-club")
    let clubs = try #require(top["clubs"] as? [String: String])
    for e in network.entities {
      #expect(e.kind == .person)
      #expect(e.value(of: "club") == clubs[e.id], "member \(e.id)")
    }
    // Zachary's split: 17 members with Mr. Hi, 17 with the Officer (networkx's labels).
    #expect(network.entities.filter { $0.value(of: "club") == "Mr. Hi" }.count == 17)
    #expect(network.entities.filter { $0.value(of: "club") == "Officer" }.count == 17)
    // networkx's weights are kept as an attribute; strengths stay 1.
    #expect(network.ties.allSatisfy { $0.strength == 1 && $0.attributes["contexts"]?.doubleValue != nil })
  }

  @Test func weightedKarateEdgeListIsNetworkxsWeightedGraph() throws {
    let (_, top, _) = try Self.expectations("karate-club")
    let list = try #require(top["weightedEdgeList"] as? [String: Any])
    let e = try Self.expected(list)
    let g = try EdgeList.read(path: TestData.graph(try #require(list["file"] as? String)))
    #expect(g.ids == e.nodes)
    #expect(g.isWeighted)
    #expect(Self.edges(g) == e.edges)
    // The same pairs as the YAML file's ties, whose `contexts` attribute holds the weights.
    let network = try NativeFormat.read(path: TestData.graph("karate-club.yaml"))
    let fromAttributes = network.ties.map { t -> String in
      let w = t.attributes["contexts"]?.doubleValue ?? 0
      let (a, b) = (t.parties[0], t.parties[1])
      let (u, v) = g.index(of: a)! < g.index(of: b)! ? (a, b) : (b, a)
      return "\(u)-\(v):\(formatNumber(w))"
    }
    #expect(fromAttributes.sorted() == e.edges)
  }

  @Test func florentineFamiliesHaveMarriageAndBusinessTies() throws {
    let network = try Self.checkProjections("florentine-families")
    #expect(network.entities.count == 15)
    #expect(network.userEntityKinds == [EntityKind("family")])
    #expect(network.userTieKinds.map(\.kind) == [TieKind("marriage"), TieKind("business")])
    #expect(network.userTieKinds.allSatisfy { !$0.directed })
    #expect(network.ties.filter { $0.kind == TieKind("marriage") }.count == 20)
    #expect(network.ties.filter { $0.kind == TieKind("business") }.count == 15)
    // The Medici: 6 marriage ties (networkx), 5 business ties (Breiger & Pattison 1986).
    let marriage = try network.graph(Projection(tieKinds: [TieKind("marriage")]))
    let business = try network.graph(Projection(tieKinds: [TieKind("business")]))
    #expect(marriage.degree(of: try #require(marriage.index(of: "Medici"))) == 6)
    #expect(business.degree(of: try #require(business.index(of: "Medici"))) == 5)
    // Four families have no business tie.
    #expect(
      business.nodes.filter { business.degree(of: $0) == 0 }.map { business.ids[$0] }.sorted() == [
        "Acciaiuoli", "Albizzi", "Ridolfi", "Strozzi",
      ])
  }

  @Test func southernWomenIsTheTwoModeGraph() throws {
    let network = try Self.checkProjections("southern-women")
    #expect(network.entities.count == 18)
    #expect(network.ties.count == 14)
    #expect(network.ties.allSatisfy { $0.kind == .event })
    #expect(network.ties.map { $0.id ?? "" } == (1...14).map { "E\($0)" })
    #expect(network.ties.map(\.parties.count).reduce(0, +) == 89)
    let (_, top, _) = try Self.expectations("southern-women")
    let names = try #require(top["names"] as? [String: String])
    for e in network.entities { #expect(e.name == names[e.id]) }
    // The bipartite projection: women then events, and no woman–woman or event–event edge.
    let g = try network.graph(Projection(multiParty: .bipartite))
    #expect(g.nodeCount == 32)
    for (u, v, _) in g.edges { #expect((u < 18) != (v < 18)) }
  }

  @Test func krackhardtKiteHasKrackhardtsNames() throws {
    let network = try Self.checkProjections("krackhardt-kite")
    #expect(
      network.entities.map(\.id) == [
        "Andre", "Beverley", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane",
      ])
    let (_, top, _) = try Self.expectations("krackhardt-kite")
    let numbers = try #require(top["networkxNodes"] as? [String: Int])
    for e in network.entities {
      #expect(e.attributes["networkx"]?.doubleValue.map { Int($0) } == numbers[e.id])
    }
    let g = try network.graph()
    // Diane has the highest degree (6), Jane the lowest (1).
    #expect(g.degree(of: try #require(g.index(of: "Diane"))) == 6)
    #expect(g.degree(of: try #require(g.index(of: "Jane"))) == 1)
  }

  @Test func everyReferenceFileHasItsOriginInAHeaderComment() throws {
    for file in ["karate-club.yaml", "florentine-families.yaml", "southern-women.yaml", "krackhardt-kite.yaml"] {
      let text = try String(contentsOfFile: TestData.graph(file), encoding: .utf8)
      #expect(text.hasPrefix("# "), "\(file)")
      #expect(text.contains("# Source: "), "\(file)")
      #expect(text.contains("networkx."), "\(file)")
      #expect(text.contains("doi:") || text.contains("Press"), "\(file)")
    }
  }
}

extension ReferenceNetworksTests {
  @Test(arguments: ["karate-club.yaml", "florentine-families.yaml", "southern-women.yaml", "krackhardt-kite.yaml"])
  func survivesARoundTripThroughYAMLAndJSON(file: String) throws {
    let network = try NativeFormat.read(path: TestData.graph(file))
    #expect(try NativeFormat.parse(NativeFormat.yaml(network), file: "round-trip.yaml") == network)
    #expect(try NativeFormat.parse(NativeFormat.json(network), file: "round-trip.json") == network)
  }
}
