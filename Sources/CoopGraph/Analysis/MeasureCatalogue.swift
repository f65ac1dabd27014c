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
  public static let all: [MeasureDescriptor] = [
    MeasureDescriptor(
      key: "degree", title: "Degree",
      summary: "Number of direct partners (ties to distinct others); rank and centrality give it as a share of all others.",
      phrase: "number of partners", higherIsBetter: true, isInteger: true,
      defaults: "normalized (a share of n − 1) in rank and centrality; the count in analyze and key partners",
      reference: "networkx.degree_centrality(G); dict(G.degree()) unnormalized"),
    MeasureDescriptor(
      key: "in-degree", title: "In-degree",
      summary: "Number of partners whose ties point to this one, as a share of all others.",
      phrase: "number of partners pointing to it", higherIsBetter: true, isInteger: false,
      defaults: "normalized; directed graphs only", reference: "networkx.in_degree_centrality(G)"),
    MeasureDescriptor(
      key: "out-degree", title: "Out-degree",
      summary: "Number of partners this one's ties point to, as a share of all others.",
      phrase: "number of partners it points to", higherIsBetter: true, isInteger: false,
      defaults: "normalized; directed graphs only", reference: "networkx.out_degree_centrality(G)"),
    MeasureDescriptor(
      key: "strength", title: "Strength",
      summary: "Total strength of all of a partner's ties: how much cooperation it carries.",
      phrase: "total tie strength", higherIsBetter: true, isInteger: false,
      defaults: "tie strengths summed (the degree on an unweighted graph)",
      reference: "dict(networkx.Graph.degree(G, weight='weight'))"),
    MeasureDescriptor(
      key: "closeness", title: "Closeness",
      summary: "How few steps a partner needs to reach all others: quick access to the whole network.",
      phrase: "closeness", higherIsBetter: true, isInteger: false,
      defaults: "unweighted; Wasserman–Faust scaling on split networks",
      reference: "networkx.closeness_centrality(G, wf_improved=True)"),
    MeasureDescriptor(
      key: "harmonic", title: "Harmonic",
      summary: "Like closeness, but counts unreachable partners as zero, so it works on split networks.",
      phrase: "harmonic closeness", higherIsBetter: true, isInteger: false,
      defaults: "unweighted", reference: "networkx.harmonic_centrality(G)"),
    MeasureDescriptor(
      key: "betweenness", title: "Betweenness",
      summary: "Share of shortest paths that run through a partner: a broker or gatekeeper between groups.",
      phrase: "betweenness", higherIsBetter: true, isInteger: false,
      defaults: "normalized, unweighted, endpoints not counted",
      reference: "networkx.betweenness_centrality(G, normalized=True, endpoints=False)"),
    MeasureDescriptor(
      key: "edge-betweenness", title: "Edge betweenness",
      summary: "Share of shortest paths that run along a tie: the bridges that hold groups together.",
      phrase: "edge betweenness", higherIsBetter: true, isInteger: false,
      defaults: "normalized, unweighted", reference: "networkx.edge_betweenness_centrality(G, normalized=True)"),
    MeasureDescriptor(
      key: "approximate-betweenness", title: "Approximate betweenness",
      summary: "Betweenness estimated from sampled paths, within a stated error, for large networks.",
      phrase: "approximate betweenness", higherIsBetter: true, isInteger: false,
      defaults: "ε = 0.01, δ = 0.1, seed 0, hop counts",
      reference: "networkit.centrality.ApproxBetweenness(G, epsilon, delta) (Riondato–Kornaropoulos), within ε of networkx"),
    MeasureDescriptor(
      key: "eigenvector", title: "Eigenvector",
      summary: "Being tied to partners that are themselves well connected: influence by association.",
      phrase: "eigenvector centrality", higherIsBetter: true, isInteger: false,
      defaults: "unweighted; tolerance 1e-6, 100 iterations", reference: "networkx.eigenvector_centrality(G)"),
    MeasureDescriptor(
      key: "pagerank", title: "PageRank",
      summary: "Chance that a random walk along ties is at a partner: standing earned from others' standing.",
      phrase: "PageRank", higherIsBetter: true, isInteger: false,
      defaults: "damping 0.85, weighted by strength, tolerance 1e-6, 100 iterations",
      reference: "networkx.pagerank(G, alpha=0.85)"),
    MeasureDescriptor(
      key: "katz", title: "Katz",
      summary: "Number of walks reaching a partner, shorter walks counting more: reach through chains of ties.",
      phrase: "Katz centrality", higherIsBetter: true, isInteger: false,
      defaults: "α = 0.1, β = 1, normalized, unweighted; tolerance 1e-6, 1000 iterations",
      reference: "networkx.katz_centrality(G, alpha=0.1, beta=1.0)"),
    MeasureDescriptor(
      key: "hubs", title: "Hubs",
      summary: "Pointing to many good authorities: a partner that links to the key sources.",
      phrase: "hub score", higherIsBetter: true, isInteger: false,
      defaults: "normalized, weighted by strength; tolerance 1e-8, 100 iterations", reference: "networkx.hits(G)[0]"),
    MeasureDescriptor(
      key: "authorities", title: "Authorities",
      summary: "Being pointed to by many good hubs: a partner that others turn to.",
      phrase: "authority score", higherIsBetter: true, isInteger: false,
      defaults: "normalized, weighted by strength; tolerance 1e-8, 100 iterations", reference: "networkx.hits(G)[1]"),
    MeasureDescriptor(
      key: "clustering", title: "Clustering",
      summary: "Share of a partner's partners who also work with each other: a tight-knit neighbourhood.",
      phrase: "clustering", higherIsBetter: true, isInteger: false,
      defaults: "unweighted", reference: "networkx.clustering(G)"),
    MeasureDescriptor(
      key: "constraint", title: "Constraint",
      summary: "Burt's constraint: how much a partner's partners are tied to each other; low means it spans structural holes.",
      phrase: "constraint", higherIsBetter: false, isInteger: false,
      defaults: "unweighted; undefined (NaN) without ties", reference: "networkx.constraint(G)"),
    MeasureDescriptor(
      key: "effective-size", title: "Effective size",
      summary: "Burt's effective size: the number of a partner's partners that are not tied to each other (non-redundant).",
      phrase: "effective size", higherIsBetter: true, isInteger: false,
      defaults: "unweighted; undefined (NaN) without ties", reference: "networkx.effective_size(G)"),
    MeasureDescriptor(
      key: "efficiency", title: "Efficiency",
      summary: "Effective size divided by the number of partners: the share of its partners that are non-redundant.",
      phrase: "efficiency", higherIsBetter: true, isInteger: false,
      defaults: "unweighted", reference: "networkx.effective_size(G)[v] / G.degree(v)"),
    MeasureDescriptor(
      key: "hierarchy", title: "Hierarchy",
      summary: "Burt's hierarchy: how far a partner's constraint comes from a single partner (0 evenly spread, 1 all from one).",
      phrase: "hierarchy", higherIsBetter: true, isInteger: false,
      defaults: "unweighted; 0 for one contact",
      reference: "Burt (1992) from networkx.local_constraint(G, v, j) over v's contacts"),
    MeasureDescriptor(
      key: "brokerage", title: "Brokerage",
      summary: "Pairs of partners not tied to each other that this partner links (open two-paths through it).",
      phrase: "brokerage", higherIsBetter: true, isInteger: true,
      defaults: "every node in one group; an undirected two-path counted once",
      reference: "R sna::brokerage(g, cl)$raw.nli[, \"t\"] (halved on an undirected graph)"),
    MeasureDescriptor(
      key: "core", title: "Core",
      summary: "Core number: the largest k such that the partner is in a group where everyone has k ties inside.",
      phrase: "core number", higherIsBetter: true, isInteger: true,
      defaults: "undirected view", reference: "networkx.core_number(G)"),
    MeasureDescriptor(
      key: "fragility", title: "Fragility",
      summary: "Pairs of other partners that lose all connection when this partner leaves.",
      phrase: "pairs cut by its removal", higherIsBetter: true, isInteger: true,
      defaults: "undirected view; entities counted, tie nodes carry paths",
      reference: "pairs connected in G and not in G − v (networkx.connected_components, by brute force)"),
  ]

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
