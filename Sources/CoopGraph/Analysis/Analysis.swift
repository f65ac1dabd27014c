/// Everything CoopGraph says about a network in one value: counts, every node's measures,
/// communities, structure (cut points, bridges, cores) and the key partners with the reason
/// each matters.
///
/// `coopgraph analyze` prints it (table, JSON, CSV) and `coopgraph report` renders it as an HTML
/// page, so the terminal and the page always agree. The JSON form is documented in
/// `docs/analyze-schema.md`.
///
/// ```swift
/// let loaded = try NetworkFile.load(path: "graphs/jiangsu-central-asia-alliance.yaml")
/// let analysis = try Analysis(loaded)
/// for v in analysis.ranking(of: "betweenness").prefix(5) { print(analysis.nodes[v].name) }
/// ```
public struct Analysis: Sendable {
  /// What to compute and how.
  public struct Options: Sendable {
    /// How many partners the top lists hold.
    public var top = 10
    /// How many key partners are explained.
    public var keyPartners = 5
    /// The largest graph (in nodes) whose key partners are explained: the what-if removal
    /// behind each explanation measures all distances, O(nodes × edges) per partner. Above it
    /// the analysis leaves them out with a note (`coopgraph partners` still explains them).
    public var keyPartnerNodeLimit = 5_000
    /// The seed of randomized steps (community detection), for reproducible output. The
    /// default is that of `coopgraph communities`, so both commands find the same groups.
    public var seed: UInt64 = 1
    /// The resolution γ of Leiden's modularity: larger gives smaller groups.
    public var resolution: Double = 1
    /// Threads for the parallel measures.
    public var threads = Parallelism.available
    /// The organization view the key partners are ranked on (``OrganizationView``), or `nil`
    /// for the projected graph (the only choice for a record that names no organizations).
    public var organizationView: OrganizationView.Options? = nil
    /// Called with a step name and its progress (completed, total) during long steps; a
    /// `total` of 0 announces a step of unknown length.
    public var progress: (@Sendable (_ step: String, _ completed: Int, _ total: Int) -> Void)?

    public init() {}
  }

  /// The number of entities or ties of one kind.
  public struct KindCount: Sendable, Hashable {
    public var kind: String
    public var count: Int
  }

  /// The sizes of the record and of the analysed graph.
  public struct Counts: Sendable, Hashable {
    public var entities: Int
    public var entitiesByKind: [KindCount]
    public var ties: Int
    public var tiesByKind: [KindCount]
    public var nodes: Int
    public var edges: Int
    public var directed: Bool
    public var weighted: Bool
    /// Weakly connected components.
    public var components: Int
    public var largestComponent: Int
    /// Edges over possible edges (networkx `density`).
    public var density: Double

    /// The counts of a loaded file: entities and ties by kind (in the record's kind order),
    /// and the size, components and density of its graph.
    ///
    /// A plain graph (an edge list, a binary graph cache) is counted from the graph alone, as
    /// its record would be (``Network/init(graph:)``: a `node` entity per node, a
    /// `cooperation` tie per edge that is not a self-loop), without making the record.
    public init(_ loaded: NetworkFile.Loaded) {
      let graph = loaded.graph
      func byKind<K: Hashable>(_ keys: [K], order: [K], name: (K) -> String) -> [KindCount] {
        var c: [K: Int] = [:]
        for k in keys { c[k, default: 0] += 1 }
        return order.compactMap { k in c[k].map { KindCount(kind: name(k), count: $0) } }
      }
      let (componentCount, membership) = graph.weakComponents()
      var sizes = [Int](repeating: 0, count: componentCount)
      for m in membership { sizes[Int(m)] += 1 }
      if loaded.isPlainGraph {
        entities = graph.nodeCount
        entitiesByKind = entities > 0 ? [KindCount(kind: Network.nodeKind.rawValue, count: entities)] : []
        ties = graph.edgeCount - graph.selfLoopCount
        tiesByKind = ties > 0 ? [KindCount(kind: TieKind.cooperation.rawValue, count: ties)] : []
      } else {
        let network = loaded.network
        entities = network.entities.count
        entitiesByKind = byKind(network.entities.map(\.kind), order: network.entityKinds, name: \.rawValue)
        ties = network.ties.count
        tiesByKind = byKind(network.ties.map(\.kind), order: network.tieKinds, name: \.rawValue)
      }
      nodes = graph.nodeCount
      edges = graph.edgeCount
      directed = graph.isDirected
      weighted = graph.isWeighted
      components = componentCount
      largestComponent = sizes.max() ?? 0
      density = graph.density
    }
  }

  /// A node of the graph, with what the record says about it.
  public struct Node: Sendable, Hashable {
    public var id: String
    /// The entity's name; for a tie node (bipartite projection) the tie's label or kind.
    public var name: String
    /// The entity kind, or the tie kind for a tie node.
    public var kind: String
    public var country: String?
    /// Whether the node stands for a tie (bipartite projection) rather than an entity.
    public var isTie: Bool
    /// Other names the record gives the entity (`aliases`), for search.
    public var aliases: [String] = []
    /// The node of the entity's nearest ancestor (`parent`) that is a node itself, if any.
    public var parent: Int? = nil
    /// The days the node is present on (``Activity/presence``; a tie node: the days its tie is
    /// active), or `nil` when the record has no dates.
    public var present: [DaySpan]? = nil
  }

  /// An edge of the graph by node index.
  public struct Edge: Sendable, Hashable {
    public var u: Int
    public var v: Int
    public var weight: Double
  }

  /// One measure's value for every node.
  public struct Measure: Sendable {
    /// The name in JSON, CSV and on the command line (`betweenness`, `pagerank`).
    public var key: String
    /// The column heading for people (`Betweenness`, `PageRank`).
    public var title: String
    /// What a high value means, in one sentence.
    public var summary: String
    /// One value per node, indexed like ``Analysis/nodes``; NaN where undefined.
    public var values: [Double]
    /// Whether every value is a whole number (counts; strengths that happen to be whole),
    /// printed without decimals.
    public var isInteger: Bool
    /// Whether a high value marks a more important partner (false for constraint).
    public var higherIsBetter: Bool

    /// The measure `descriptor` describes, with its values; whole numbers when the catalogue
    /// says so or every value happens to be whole (`isInteger` nil).
    init(_ descriptor: MeasureDescriptor, values: [Double], isInteger: Bool? = nil) {
      key = descriptor.key
      title = descriptor.title
      summary = descriptor.summary
      self.values = values
      self.isInteger = isInteger ?? (descriptor.isInteger || values.allSatisfy { $0 == $0.rounded() })
      higherIsBetter = descriptor.higherIsBetter
    }
  }

  /// The groups found by Leiden (modularity), numbered by size as ``Partition`` does.
  public struct Communities: Sendable {
    /// `leiden`.
    public var method: String
    public var resolution: Double
    public var seed: UInt64
    /// Newman–Girvan modularity of the partition (NaN for a graph without edges).
    public var modularity: Double
    /// The community of every node, indexed like ``Analysis/nodes``.
    public var partition: Partition
  }

  /// Where the network is fragile and where its dense centre is.
  public struct Structure: Sendable {
    /// Cut points: nodes whose removal splits their component (undirected view), ascending.
    public var articulationPoints: [Int]
    /// Bridges: edges whose removal splits their component, as `(u, v)` with `u < v`.
    public var bridges: [(u: Int, v: Int)]
    /// The core number of every node (networkx `core_number`).
    public var coreNumbers: [Int]
    /// The largest core number: the members of the main core have it.
    public var maxCore: Int
    /// The nodes of the main core (the `maxCore`-core), ascending.
    public var mainCore: [Int] { coreNumbers.indices.filter { coreNumbers[$0] == maxCore } }
  }

  /// A key partner and why it matters.
  public struct KeyPartnerNote: Sendable {
    /// The node.
    public var node: Int
    /// 1-based standing among the candidates (mean rank over the key-partner measures).
    public var standing: Int
    /// Why it matters, from ``Network/keyPartners(projection:options:)`` or
    /// ``Network/organizationPartners(options:groupBy:top:threads:)``.
    public var sentence: String
    /// The ties of the record that make it key (organization view only).
    public var citations: [Citation] = []
  }

  /// The record's title, if it has one.
  public var title: String?
  /// The file the network was read from.
  public var file: String
  /// How the record became the graph (``Projection/summary``).
  public var projection: String
  public var counts: Counts
  /// The nodes, in graph order.
  public var nodes: [Node]
  /// Every edge once (undirected) or every arc (directed), in ``Graph/edges`` order.
  public var edges: [Edge]
  /// The ties of the record, in file order, with their parties as nodes (``RecordTie``).
  public var ties: [RecordTie]
  /// The first and last day the record's dates cover (``Activity/dateRange(of:)``), or `nil`
  /// when it has no dates.
  public var dateRange: (first: Day, last: Day)?
  /// The node measures, in the order tables show them.
  public var measures: [Measure]
  /// How many partners the top lists hold.
  public var top: Int
  /// Measures that could not be computed, and why (e.g. eigenvector centrality that does not
  /// converge).
  public var notes: [String]
  public var communities: Communities
  public var structure: Structure
  /// The key partners, best first, each with the sentence that explains it (entities other
  /// than people; see ``Network/keyPartners(projection:options:)``).
  public var keyPartners: [KeyPartnerNote]
  /// The entity field whose groups the key partners' brokerage is measured between
  /// (`country`), or `nil` for an edge list.
  public var keyPartnerGroups: String?
  /// The organizations, sub-units and people ranked on the organization view, when the
  /// analysis used it (``Options/organizationView``).
  public var organizations: OrganizationPartnersReport?

  /// Analyses a loaded network.
  ///
  /// - Parameters:
  ///   - loaded: the network and its projection (``NetworkFile/load(path:directed:projection:)``).
  ///   - options: list sizes, seed, threads and a progress callback.
  /// - Throws: errors of the measures that can fail (none for a valid graph).
  /// - Complexity: dominated by betweenness, O(nodes · edges) unweighted and
  ///   O(nodes · edges · log nodes) weighted.
  public init(_ loaded: NetworkFile.Loaded, options: Options = Options()) throws {
    try self.init(AnalysisContext(loaded, threads: options.threads), options: options)
  }

  /// Analyses the record of `context`, reading every measure through its cache (so that the
  /// diagram and the report of the same run reuse them) and timing each step there.
  public init(_ context: AnalysisContext, options: Options = Options()) throws {
    let loaded = context.loaded
    let network = loaded.network
    let graph = loaded.graph
    title = network.title
    file = loaded.path
    projection = loaded.projectionSummary
    top = max(0, options.top)

    self.counts = Counts(loaded)

    var nodes = graph.nodes.map { v in
      let id = graph.ids[v]
      if v < loaded.projected.entityIndices.count, let e = loaded.projected.entityIndices[v] {
        let entity = network.entities[e]
        return Node(id: id, name: entity.name, kind: entity.kind.rawValue, country: entity.country, isTie: false)
      }
      if v < loaded.projected.tieIndices.count, let t = loaded.projected.tieIndices[v] {
        let tie = network.ties[t]
        return Node(id: id, name: tie.label ?? tie.kind.rawValue, kind: tie.kind.rawValue, country: nil, isTie: true)
      }
      return Node(id: id, name: id, kind: "node", country: nil, isTie: false)
    }
    edges = graph.edges.map { Edge(u: $0.u, v: $0.v, weight: $0.weight) }
    (ties, dateRange) = Analysis.describeTies(loaded, nodes: &nodes)
    self.nodes = nodes

    // Degree as a count (networkx `G.degree()`), strength as networkx `G.degree(weight=)`.
    var counts = CentralityOptions()
    counts.normalized = false
    var measures: [Measure] = []
    measures.append(Measure(MeasureCatalogue.known("degree"), values: try context.measure(.degree, options: counts)))
    if graph.isWeighted {
      measures.append(Measure(MeasureCatalogue.known("strength"), values: try context.measure(.strength)))
    }

    // Centrality, with networkx's defaults: betweenness, closeness, eigenvector and clustering
    // unweighted, PageRank weighted by strength.
    var centrality = CentralityOptions()
    centrality.threads = context.threads
    var notes: [String] = []
    for m in [CentralityMeasure.betweenness, .closeness, .pagerank, .eigenvector] {
      var o = centrality
      if m == .betweenness, let report = options.progress {
        o.progress = { done, total in report("betweenness", done, total) }
      } else {
        options.progress?(m.name, 0, 0)
      }
      do {
        let values = try context.measure(m, options: o)
        measures.append(Measure(m.descriptor, values: values, isInteger: false))
      } catch let error as CentralityError {
        notes.append("\(m.descriptor.title) left out: \(error)")
      }
    }
    self.notes = notes

    // Brokerage: open two-paths i – v – k (i, k not tied) through each node; Gould–Fernandez
    // total with every node in one group, an undirected path counted once.
    options.progress?("brokerage and structural holes", 0, 0)
    let brokerage = context.brokerage()
    let halve = graph.isDirected ? 1.0 : 0.5
    measures.append(
      Measure(
        MeasureCatalogue.known("brokerage"), values: graph.nodes.map { Double(brokerage.count(.total, of: $0)) * halve },
        isInteger: true))
    let holes = context.structuralHoles()
    measures.append(
      Measure(CentralityMeasure.clustering.descriptor, values: try context.measure(.clustering, options: centrality), isInteger: false))
    measures.append(Measure(CentralityMeasure.effectiveSize.descriptor, values: holes.effectiveSize, isInteger: false))
    measures.append(Measure(CentralityMeasure.constraint.descriptor, values: holes.constraint, isInteger: false))

    options.progress?("communities (Leiden)", 0, 0)
    let leiden = try context.communities(resolution: options.resolution, seed: options.seed)
    communities = Communities(
      method: "leiden", resolution: options.resolution, seed: options.seed, modularity: leiden.modularity,
      partition: leiden.partition)

    let biconnected = context.cached("cut points and bridges") { graph.biconnectedStructure() }
    let cores = context.cached("cores") { graph.coreNumbers() }
    structure = Structure(
      articulationPoints: biconnected.articulationPoints, bridges: biconnected.bridges.map { ($0.u, $0.v) },
      coreNumbers: cores, maxCore: cores.max() ?? 0)
    measures.append(Measure(MeasureCatalogue.known("core"), values: cores.map(Double.init), isInteger: true))
    self.measures = measures

    keyPartnerGroups = loaded.isPlainGraph ? nil : "country"
    organizations = nil
    let index = graph.makeIndex()
    if let viewOptions = options.organizationView, OrganizationView.applies(to: network) {
      options.progress?("key partners (organization view)", 0, 0)
      var viewOptions = viewOptions
      viewOptions.adopt(loaded.projected.projection, network: loaded.network)
      let groupBy = network.entities.contains { $0.country != nil } ? keyPartnerGroups : nil
      keyPartnerGroups = groupBy
      let report = try context.organizationPartners(
        options: viewOptions, groupBy: groupBy, top: max(options.top, options.keyPartners))
      organizations = report
      keyPartners = report.partners.prefix(max(0, options.keyPartners)).compactMap { p in
        index[p.id].map { KeyPartnerNote(node: $0, standing: p.row.standing, sentence: p.sentence, citations: p.citations) }
      }
    } else if graph.nodeCount <= options.keyPartnerNodeLimit {
      options.progress?("key partners", 0, 0)
      let groups = keyPartnerGroups
      let report = try context.cached("key partners (projection)", parameters: "top=\(options.keyPartners)") {
        try network.keyPartners(
          projection: loaded.projected.projection, options: KeyPartnerOptions(groupBy: groups, top: max(0, options.keyPartners)))
      }
      keyPartners = report.partners.compactMap { p in
        index[p.id].map { KeyPartnerNote(node: $0, standing: p.standing, sentence: p.sentence) }
      }
    } else {
      keyPartners = []
      self.notes.append(
        "Key partners left out: the graph has \(graph.nodeCount) nodes, more than \(options.keyPartnerNodeLimit); "
          + "`coopgraph partners` explains them (slowly: a what-if removal per partner).")
    }
  }

  /// The measure with this key.
  public func measure(_ key: String) -> Measure? { measures.first { $0.key == key } }

  /// Node indices ordered by a measure, most important first (highest value, or lowest when
  /// ``Measure/higherIsBetter`` is false), by ``RankOrder``: values equal to 12 significant
  /// digits by id, undefined (NaN) values last. Empty when there is no such measure.
  public func ranking(of key: String) -> [Int] {
    guard let m = measure(key) else { return [] }
    return RankOrder.order(scores: m.values, ids: nodes.map(\.id), lowerIsBetter: !m.higherIsBetter).map(\.index)
  }

  /// The rank (1 = most important) of every node for a measure, in node order, by
  /// ``RankOrder``: equal values share the better rank ("1224"); NaN gets `nil`.
  public func ranks(of key: String) -> [Int?] {
    guard let m = measure(key) else { return [] }
    var out = [Int?](repeating: nil, count: nodes.count)
    for (v, rank) in RankOrder.order(scores: m.values, ids: nodes.map(\.id), lowerIsBetter: !m.higherIsBetter)
    where !m.values[v].isNaN {
      out[v] = rank
    }
    return out
  }
}
