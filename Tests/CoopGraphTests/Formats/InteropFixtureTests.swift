import CoopGraph
import Foundation
import Testing

/// Files written by networkx and igraph (scripts/fixtures/formats.py) read back as the networks
/// networkx itself lists.
@Suite struct InteropFixtureTests {
  static let networks = ["karate", "florentine", "davis", "kite", "multi"]

  struct Expected {
    var directed: Bool
    var nodes: [String]
    var edges: [(String, String, Double)]
    var nodeAttributes: [String: [String: Any]]
    var igraphEdges: [(Int, Int)]

    init(_ name: String) throws {
      let j = try #require(try TestData.json("formats/\(name).expected.json") as? [String: Any])
      directed = try #require(j["directed"] as? Bool)
      nodes = try #require(j["nodes"] as? [String])
      edges = try #require(j["edges"] as? [[Any]]).map {
        ($0[0] as? String ?? "", $0[1] as? String ?? "", ($0[2] as? NSNumber)?.doubleValue ?? .nan)
      }
      nodeAttributes = try #require(j["node_attributes"] as? [String: [String: Any]])
      igraphEdges = try #require(j["igraph_edges"] as? [[Int]]).map { ($0[0], $0[1]) }
    }

    /// Edges as sorted "u|v|w" keys (endpoints sorted when undirected), a multiset.
    func edgeKeys() -> [String] {
      edges.map { key($0.0, $0.1, $0.2) }.sorted()
    }

    func key(_ u: String, _ v: String, _ w: Double) -> String {
      let (a, b) = directed || u <= v ? (u, v) : (v, u)
      return "\(a)|\(b)|\(w)"
    }
  }

  /// The edges of a read network as "u|v|w" keys, nodes named by `name`.
  func edgeKeys(_ network: Network, _ expected: Expected, name: (Entity) -> String) -> [String] {
    var byID: [String: String] = [:]
    for e in network.entities { byID[e.id] = name(e) }
    return network.ties.map { t in
      #expect(t.parties.count == 2)
      return expected.key(byID[t.parties[0]] ?? "?", byID[t.parties[1]] ?? "?", t.strength)
    }.sorted()
  }

  func check(
    _ file: String, _ expected: Expected, idsAreNames: Bool = true, orderKept: Bool = true,
    name: (Entity) -> String = { $0.id }
  ) throws {
    let path = TestData.fixture("formats/\(file)")
    guard FileManager.default.fileExists(atPath: path) else {
      // The script writes no edge list for Davis (names with spaces) and no Pajek for the multigraph.
      #expect(file == "davis.nx.edges" || file == "multi.nx.net", "\(file) is missing")
      return
    }
    let format = try #require(InterchangeFormat(path: path))
    let read = try format.read(path: path, directed: expected.directed)
    let names = read.network.entities.map(name)
    if orderKept {
      #expect(names == expected.nodes, "\(file): nodes")
    } else {
      #expect(names.sorted() == expected.nodes.sorted(), "\(file): nodes")
    }
    #expect(edgeKeys(read.network, expected, name: name) == expected.edgeKeys(), "\(file): edges")
    #expect(read.directed == expected.directed || format == .edgeList, "\(file): direction")
    // Every command reads it too.
    let loaded = try NetworkFile.load(path: path, directed: expected.directed)
    #expect(loaded.graph.nodeCount == expected.nodes.count, "\(file): graph nodes")
  }

  @Test(arguments: networks)
  func networkxFiles(_ name: String) throws {
    let expected = try Expected(name)
    for ext in ["nx.graphml", "nx.gexf", "nx.nodelink.json", "nx.net"] {
      try check("\(name).\(ext)", expected)
    }
    // An edge list has no isolated nodes and numbers nodes in order of appearance.
    try check("\(name).nx.edges", expected, orderKept: false)
    try check("\(name).gephi.nodes.csv", expected)
    try check("\(name).gephi.edges.csv", expected)
  }

  @Test(arguments: networks)
  func networkxAttributesAreKept(_ name: String) throws {
    let expected = try Expected(name)
    for ext in ["nx.graphml", "nx.gexf", "nx.nodelink.json"] {
      let read = try #require(InterchangeFormat(path: ext)).read(path: TestData.fixture("formats/\(name).\(ext)"))
      for e in read.network.entities {
        for (k, v) in expected.nodeAttributes[e.id] ?? [:] {
          if k == "label" {
            #expect(e.name == v as? String, "\(name).\(ext): \(e.id).label")
            continue
          }
          switch e.attributes[k] {
          case .bool(let b): #expect((v as? Bool) == b, "\(name).\(ext): \(e.id).\(k)")
          case .int(let i): #expect((v as? NSNumber)?.doubleValue == Double(i), "\(name).\(ext): \(e.id).\(k)")
          case .double(let d): #expect((v as? NSNumber)?.doubleValue == d, "\(name).\(ext): \(e.id).\(k)")
          case .string(let s): #expect((v as? String) == s, "\(name).\(ext): \(e.id).\(k)")
          default: Issue.record("\(name).\(ext): \(e.id).\(k) missing or a list")
          }
        }
      }
    }
  }

  @Test(arguments: networks)
  func igraphFiles(_ name: String) throws {
    let expected = try Expected(name)
    // igraph's GraphML ids are n0, n1, …; the name is the 'name' attribute.
    try check("\(name).ig.graphml", expected, name: { $0.name })
    try check("\(name).ig.net", expected)
    // igraph's edge list: 0-based vertex numbers, no weights.
    let path = TestData.fixture("formats/\(name).ig.edges")
    let graph = try EdgeList.read(path: path, directed: expected.directed, parallelEdges: .keep)
    var got: [String] = []
    for (u, v, _) in graph.edges {
      let (a, b) = (Int(graph.ids[u])!, Int(graph.ids[v])!)
      got.append(expected.directed || a <= b ? "\(a)-\(b)" : "\(b)-\(a)")
    }
    let want = expected.igraphEdges.map { expected.directed || $0.0 <= $0.1 ? "\($0.0)-\($0.1)" : "\($0.1)-\($0.0)" }
    #expect(got.sorted() == want.sorted())
  }

  @Test func weightedKarateKeepsStrengths() throws {
    let read = try GraphML.read(path: TestData.fixture("formats/karate.nx.graphml"))
    #expect(read.network.ties.count == 78)
    #expect(read.network.ties.contains { $0.strength == 7 })
    #expect(read.network.title == nil)
    #expect(read.network.attributes["name"] == .string("Zachary's Karate Club"))
  }

  @Test func directedMultigraphKeepsParallelEdges() throws {
    for ext in ["nx.graphml", "nx.gexf", "nx.nodelink.json", "gephi.edges.csv"] {
      let read = try #require(InterchangeFormat(path: ext)).read(path: TestData.fixture("formats/multi.\(ext)"))
      #expect(read.directed, "\(ext)")
      let njitC2K = read.network.ties.filter { $0.parties == ["njit", "c2k"] }
      #expect(njitC2K.map(\.strength).sorted() == [0.5, 2.5], "\(ext)")
      #expect(njitC2K.compactMap { $0.attributes["topic"] }.count == (ext.hasPrefix("gephi") ? 0 : 2), "\(ext)")
    }
  }
}
