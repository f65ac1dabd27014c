import Foundation

/// One descriptor for every per-node measure CoopGraph reports: what `rank`, `centrality`,
/// `analyze`, `partners`, `whatif` and the report say about it is read from here.
///
/// **Degree** is decided once: the number of distinct partners a node has (in + out on a
/// directed graph; a self-loop adds 2, as networkx). `rank` and `centrality` give it
/// normalized by default, as a share of the n − 1 others (networkx `degree_centrality`), and
/// `--no-normalized` gives the count; `analyze`, the report and the key-partner sentences give
/// the count, and say so ("normalized=false" in the analysis parameters, "number of partners"
/// in a sentence).
public struct MeasureDescriptor: Sendable, Equatable {
  /// The name on the command line and in JSON and CSV (`betweenness`, `effective-size`).
  public var key: String
  /// The column heading for people (`Betweenness`, `Effective size`).
  public var title: String
  /// What a high (or, for ``higherIsBetter`` false, a low) value means, in one sentence.
  public var summary: String
  /// How a sentence names it ("number of partners", "betweenness").
  public var phrase: String
  /// Whether a high value marks the more important partner (false only for constraint).
  public var higherIsBetter: Bool
  /// Whether values are whole numbers (counts), printed without decimals.
  public var isInteger: Bool
  /// The defaults it is computed with, in words.
  public var defaults: String
  /// The reference call it equals (networkx unless stated), which the fixture tests check.
  public var reference: String
}

/// The descriptors, by key.
public enum MeasureCatalogue {
  /// Every descriptor: the centrality measures in ``CentralityMeasure`` order, then the
  /// measures of the analysis and the key partners (brokerage, core, fragility).
  public static let all: [MeasureDescriptor] = table.split(separator: "\n").map { line in
    let f = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    precondition(f.count == 8, "a catalogue row needs 8 fields: \(line)")
    return MeasureDescriptor(
      key: f[0], title: f[1], summary: f[5], phrase: f[2], higherIsBetter: f[3] == "higher", isInteger: f[4] == "count",
      defaults: f[6], reference: f[7])
  }

  /// The catalogue, one measure a line: key | title | phrase in a sentence | whether higher or
  /// lower is better | count or real | summary | defaults | reference call.
  private static let table = """
    degree | Degree | number of partners | higher | count | Number of direct partners (ties to distinct others); rank and centrality give it as a share of all others. | normalized (a share of n − 1) in rank and centrality; the count in analyze and key partners | networkx.degree_centrality(G); dict(G.degree()) unnormalized
    in-degree | In-degree | number of partners pointing to it | higher | real | Number of partners whose ties point to this one, as a share of all others. | normalized; directed graphs only | networkx.in_degree_centrality(G)
    out-degree | Out-degree | number of partners it points to | higher | real | Number of partners this one's ties point to, as a share of all others. | normalized; directed graphs only | networkx.out_degree_centrality(G)
    strength | Strength | total tie strength | higher | real | Total strength of all of a partner's ties: how much cooperation it carries. | tie strengths summed (the degree on an unweighted graph) | dict(networkx.Graph.degree(G, weight='weight'))
    closeness | Closeness | closeness | higher | real | How few steps a partner needs to reach all others: quick access to the whole network. | unweighted; Wasserman–Faust scaling on split networks | networkx.closeness_centrality(G, wf_improved=True)
    harmonic | Harmonic | harmonic closeness | higher | real | Like closeness, but counts unreachable partners as zero, so it works on split networks. | unweighted | networkx.harmonic_centrality(G)
    betweenness | Betweenness | betweenness | higher | real | Share of shortest paths that run through a partner: a broker or gatekeeper between groups. | normalized, unweighted, endpoints not counted | networkx.betweenness_centrality(G, normalized=True, endpoints=False)
    edge-betweenness | Edge betweenness | edge betweenness | higher | real | Share of shortest paths that run along a tie: the bridges that hold groups together. | normalized, unweighted | networkx.edge_betweenness_centrality(G, normalized=True)
    approximate-betweenness | Approximate betweenness | approximate betweenness | higher | real | Betweenness estimated from sampled paths, within a stated error, for large networks. | ε = 0.01, δ = 0.1, seed 0, hop counts | networkit.centrality.KadabraBetweenness(G, epsilon, delta) (KADABRA; --sampler rk: ApproxBetweenness, Riondato–Kornaropoulos), within ε of networkx
    eigenvector | Eigenvector | eigenvector centrality | higher | real | Being tied to partners that are themselves well connected: influence by association. | unweighted; tolerance 1e-6, 100 iterations | networkx.eigenvector_centrality(G)
    pagerank | PageRank | PageRank | higher | real | Chance that a random walk along ties is at a partner: standing earned from others' standing. | damping 0.85, weighted by strength, tolerance 1e-6, 100 iterations | networkx.pagerank(G, alpha=0.85)
    katz | Katz | Katz centrality | higher | real | Number of walks reaching a partner, shorter walks counting more: reach through chains of ties. | α = 0.1, β = 1, normalized, unweighted; tolerance 1e-6, 1000 iterations | networkx.katz_centrality(G, alpha=0.1, beta=1.0)
    hubs | Hubs | hub score | higher | real | Pointing to many good authorities: a partner that links to the key sources. | normalized, weighted by strength; tolerance 1e-8, 100 iterations | networkx.hits(G)[0]
    authorities | Authorities | authority score | higher | real | Being pointed to by many good hubs: a partner that others turn to. | normalized, weighted by strength; tolerance 1e-8, 100 iterations | networkx.hits(G)[1]
    clustering | Clustering | clustering | higher | real | Share of a partner's partners who also work with each other: a tight-knit neighbourhood. | unweighted | networkx.clustering(G)
    constraint | Constraint | constraint | lower | real | Burt's constraint: how much a partner's partners are tied to each other; low means it spans structural holes. | unweighted; undefined (NaN) without ties | networkx.constraint(G)
    effective-size | Effective size | effective size | higher | real | Burt's effective size: the number of a partner's partners that are not tied to each other (non-redundant). | unweighted; undefined (NaN) without ties | networkx.effective_size(G)
    efficiency | Efficiency | efficiency | higher | real | Effective size divided by the number of partners: the share of its partners that are non-redundant. | unweighted | networkx.effective_size(G)[v] / G.degree(v)
    hierarchy | Hierarchy | hierarchy | higher | real | Burt's hierarchy: how far a partner's constraint comes from a single partner (0 evenly spread, 1 all from one). | unweighted; 0 for one contact | Burt (1992) from networkx.local_constraint(G, v, j) over v's contacts
    brokerage | Brokerage | brokerage | higher | count | Pairs of partners not tied to each other that this partner links (open two-paths through it). | every node in one group; an undirected two-path counted once | R sna::brokerage(g, cl)$raw.nli[, "t"] (halved on an undirected graph)
    core | Core | core number | higher | count | Core number: the largest k such that the partner is in a group where everyone has k ties inside. | undirected view | networkx.core_number(G)
    fragility | Fragility | pairs cut by its removal | higher | count | Pairs of other partners that lose all connection when this partner leaves. | undirected view; entities counted, tie nodes carry paths | pairs connected in G and not in G − v (networkx.connected_components, by brute force)
    """

  private static let byKey: [String: MeasureDescriptor] = Dictionary(
    all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

  /// The descriptor of `key`.
  public static func descriptor(_ key: String) -> MeasureDescriptor? { byKey[key] }

  /// The descriptor of `key`, which must be in the catalogue (a programming error otherwise).
  static func known(_ key: String) -> MeasureDescriptor {
    guard let d = byKey[key] else { preconditionFailure("measure '\(key)' is not in the catalogue") }
    return d
  }
}

extension CentralityMeasure {
  /// The measure's descriptor in the ``MeasureCatalogue``.
  public var descriptor: MeasureDescriptor { MeasureCatalogue.known(name) }
}
