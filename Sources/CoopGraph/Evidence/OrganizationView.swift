/// The record seen as cooperation between organizations, each tie weighed by the evidence it
/// gives: the view CoopGraph answers "who are our key partners, and why?" on.
///
/// It is built from the record itself — every tie with all its parties, a hyperedge — by
/// four rules (see `docs/partners.md`):
///
/// - **People count for their organizations.** A person is no node; each tie a person is
///   party to counts for every organization the person holds a `role` tie with, and the role
///   is kept so that a reason can name it ("through its Representative"). A person with no
///   role counts for nobody here and is ranked among people (``PeopleStanding``).
/// - **Placeholders stay facts.** An entity marked `unnamed: true` is no node: a tie with one
///   still counts for its named parties ("with unnamed partners"), but the placeholder never
///   makes anyone a go-between or a cut point.
/// - **Sub-units count for their top-most ancestor** (``SubUnits/fold``, the default): a
///   school's agreements are its university's, "through its School of …". With
///   ``SubUnits/keep`` sub-units are nodes of their own, and part-of joins nothing. An entity
///   that `represents` an organization (``representsKey``: a delegation) counts for it the
///   same way, whichever the choice.
/// - **Tie kinds weigh differently** (``TieWeights``), and a tie binding k organizations (and
///   unnamed partners) gives each pair `weight / (k − 1)` (``PairWeighting/newman``).
///
/// The view keeps the ties between organizations (``ties``) and two graphs of its units:
/// ``graph`` (pair evidence as strength) and ``tiedGraph`` (the pairs whose Newman evidence
/// reaches ``Options/tieThreshold``: the pairs that count as tied when go-betweens are counted,
/// so that co-attending a 21-party meeting does not make a go-between needless).
public struct OrganizationView: Sendable {
  /// How the evidence of a tie is shared among the pairs of its parties.
  public enum PairWeighting: String, Sendable, CaseIterable, Hashable {
    /// `weight / (k − 1)` per pair (Newman 2001): the default.
    case newman
    /// The full weight per pair: the clique expansion.
    case clique
    /// Ties are nodes of their own joined to their parties (the two-mode graph): the
    /// distance through a tie node between two of its k parties is (k − 1) / weight, the
    /// inverse of the Newman pair evidence. Tie nodes are never ranked.
    case bipartite
  }

  /// What happens to sub-units (entities with a `parent`).
  public enum SubUnits: String, Sendable, CaseIterable, Hashable {
    /// A sub-unit's ties count for its top-most ancestor: the default.
    case fold
    /// Sub-units are nodes of their own and their ties count for themselves. Part-of is no
    /// tie of cooperation: it joins nothing, so a sub-unit that is its parent's only link
    /// gains no betweenness from being so.
    case keep
  }

  /// How the view is built.
  public struct Options: Hashable, Sendable {
    public var weighting: PairWeighting = .newman
    public var subUnits: SubUnits = .fold
    /// Tie weights given on the command line, over the file's and the defaults.
    public var weightOverrides: [TieKind: Double] = [:]
    /// The Newman pair evidence at which two organizations count as tied for brokerage: by
    /// default one two-party tie of weight 1 (a bilateral meeting).
    public var tieThreshold: Double = 1

    /// Whether pair evidence `w` makes a tie: at least ``tieThreshold``, within 1e-12 of it so
    /// that shares summed in another order (three ties of 1/3) still count.
    public func reachesTieThreshold(_ w: Double) -> Bool { w >= tieThreshold * (1 - 1e-12) }

    /// Entities left out entirely (what-if, `--exclude`).
    public var excluded: Set<String> = []
    /// The entity kinds that may be organizations (`--nodes`); `nil` for every kind but
    /// people. People are mapped to their organizations whatever this says.
    public var kinds: Set<EntityKind>? = nil

    public init(
      weighting: PairWeighting = .newman, subUnits: SubUnits = .fold, weightOverrides: [TieKind: Double] = [:]
    ) {
      self.weighting = weighting
      self.subUnits = subUnits
      self.weightOverrides = weightOverrides
    }

    /// Takes the entities a projection leaves out (`--exclude`, `--exclude-where`) and the
    /// kinds it keeps (`--nodes`), so that the view answers on the same record.
    public mutating func adopt(_ projection: Projection, network: Network) {
      excluded = projection.excludedEntities.union(network.entities.filter { projection.excludes($0) }.map(\.id))
      if let k = projection.nodeKinds { kinds = k }
    }

    /// The six standard modelling variants a key partner's rank is checked under: clique,
    /// bipartite and Newman weighting, each with sub-units folded and kept.
    public var variants: [Options] {
      SubUnits.allCases.flatMap { s in
        PairWeighting.allCases.map { w in
          var o = self
          o.weighting = w
          o.subUnits = s
          return o
        }
      }
    }

    /// "newman, sub-units folded".
    public var summary: String {
      "\(weighting.rawValue) pair weights, sub-units \(subUnits == .fold ? "folded into their parent" : "kept")"
    }
  }

  /// How an organization takes part in a tie.
  public enum Participation: Hashable, Sendable {
    /// It is a party itself.
    case direct
    /// Through one of its sub-units (entity index).
    case subUnit(Int)
    /// Through a person (entity index) who holds a role tie (tie index) with it.
    case person(Int, role: Int)
  }

  /// A tie of the record seen between organizations.
  public struct OrganizationTie: Sendable {
    /// Its index in ``Network/ties``.
    public var tie: Int
    public var kind: TieKind
    /// Its evidence weight: its kind's weight (``TieWeights``) times its strength (1 unless
    /// the record says more cooperation, e.g. `strength: 2` for two exchanges).
    public var weight: Double
    /// The units it binds (indices into ``units``), ascending.
    public var units: [Int]
    /// How each of ``units`` takes part, in the same order.
    public var participation: [[Participation]]
    /// Parties marked `unnamed: true`.
    public var unnamedParties: [Int]
    /// The number of parties that share its evidence: units and unnamed partners.
    public var size: Int { units.count + unnamedParties.count }
  }

  public let network: Network
  public let options: Options
  public let weights: TieWeights
  /// The nodes of the view: entity indices of the organizations (and, with
  /// ``SubUnits/keep``, sub-units), in record order.
  public let units: [Int]
  /// For each entity, its unit (itself, or its top-most ancestor when folded); `nil` for
  /// people, placeholders and excluded entities.
  public let unitOf: [Int?]
  /// For each person (entity index), the role ties (tie indices) that map it to organizations.
  public let rolesOf: [Int: [Int]]
  /// The ties that bind two units, or a unit and an unnamed partner, in record order.
  public let ties: [OrganizationTie]
  /// For each unit, the indices into ``ties`` it takes part in.
  public let tiesOf: [[Int]]
  /// Units, with pair evidence as strength (or, ``PairWeighting/bipartite``, units then one
  /// node per tie of three or more parties).
  public let graph: Graph
  /// Units; an edge where the Newman pair evidence reaches ``Options/tieThreshold``.
  public let tiedGraph: Graph
  /// The paths of betweenness: the edges of ``graph`` whose strength reaches
  /// ``Options/tieThreshold``, unweighted. Under Newman pair weights it is ``tiedGraph``; under
  /// clique weights a pair is adjacent when the full weights of its shared ties reach the
  /// threshold; under bipartite weights a tie of three or more parties joins them through its
  /// node when its half-path strength, 2w/(k − 1), does.
  public let pathGraph: Graph

  /// The attribute by which an entity says it acts for an organization (`represents:
  /// kz-ministry`, a delegation for the ministry that sent it): in this view its ties count for
  /// that organization, "through its …", as a sub-unit's count for its parent, under both
  /// ``SubUnits`` choices. An id that names no organization of the view (or one that itself
  /// represents another) leaves the entity an organization of its own.
  public static let representsKey = "represents"

  /// Whether an entity is a placeholder (`unnamed: true`).
  public static func isUnnamed(_ e: Entity) -> Bool { e.attributes["unnamed"] == .bool(true) }

  /// Whether the record names organizations, so that the view applies: some named entity is
  /// neither a person nor an untyped node of an edge list or interchange file.
  public static func applies(to network: Network) -> Bool {
    network.entities.contains { $0.kind != .person && $0.kind != Network.nodeKind && !isUnnamed($0) }
  }

  /// Builds the view.
  ///
  /// - Throws: ``TieWeightError`` for bad weight overrides; ``GraphError`` never for a valid
  ///   record.
  /// - Complexity: O(Σ k² ) over the ties' sizes k, plus O(entities).
  public init(_ network: Network, options: Options = Options()) throws {
    var network = network
    network.buildIndex()
    self.network = network
    self.options = options
    let weights = try TieWeights(for: network, overrides: options.weightOverrides)
    self.weights = weights
    let entities = network.entities
    let excluded = options.excluded

    // Units.
    var unitOfEntity = [Int?](repeating: nil, count: entities.count)
    var units: [Int] = []
    var unitIndex = [Int: Int]()
    func topAncestor(_ i: Int) -> Int {
      var current = i
      var seen: Set<Int> = [i]
      while let p = entities[current].parent, let pi = network.index(of: p), !seen.contains(pi),
        !excluded.contains(entities[pi].id)
      {
        seen.insert(pi)
        current = pi
      }
      return current
    }
    func isOrganization(_ e: Entity) -> Bool {
      e.kind != .person && !Self.isUnnamed(e) && !excluded.contains(e.id) && (options.kinds?.contains(e.kind) ?? true)
    }
    // An entity that represents an organization (a delegation its ministry sent) counts for it.
    func represented(_ i: Int) -> Int? {
      guard case .string(let id)? = entities[i].attributes[Self.representsKey], let r = network.index(of: id), r != i,
        isOrganization(entities[r]), entities[r].attributes[Self.representsKey] == nil
      else { return nil }
      return r
    }
    for (i, e) in entities.enumerated() where isOrganization(e) && represented(i) == nil {
      if options.subUnits == .keep || e.parent == nil || topAncestor(i) == i {
        unitIndex[i] = units.count
        units.append(i)
      }
    }
    for (i, e) in entities.enumerated() where isOrganization(e) {
      let standsFor = represented(i) ?? i
      unitOfEntity[i] = unitIndex[options.subUnits == .keep ? standsFor : topAncestor(standsFor)]
    }
    self.units = units
    self.unitOf = unitOfEntity

    // People's roles.
    var rolesOf: [Int: [Int]] = [:]
    for (t, tie) in network.ties.enumerated() where tie.kind == .role {
      let parties = tie.parties.compactMap { network.index(of: $0) }
      guard parties.contains(where: { unitOfEntity[$0] != nil }) else { continue }
      for p in parties where entities[p].kind == .person && !excluded.contains(entities[p].id) {
        rolesOf[p, default: []].append(t)
      }
    }
    self.rolesOf = rolesOf

    // Ties between units.
    var ties: [OrganizationTie] = []
    var tiesOf = [[Int]](repeating: [], count: units.count)
    for (t, tie) in network.ties.enumerated() {
      var participation: [Int: [Participation]] = [:]
      var unnamed: [Int] = []
      var seen = Set<Int>()
      for id in tie.parties {
        guard let p = network.index(of: id), seen.insert(p).inserted, !excluded.contains(id) else { continue }
        let e = entities[p]
        if Self.isUnnamed(e) && e.kind != .person {
          unnamed.append(p)
        } else if let u = unitOfEntity[p] {
          participation[u, default: []].append(units[u] == p ? .direct : .subUnit(p))
        } else if e.kind == .person, tie.kind != .role {
          for r in rolesOf[p] ?? [] {
            for q in network.ties[r].parties.compactMap({ network.index(of: $0) }) {
              if let u = unitOfEntity[q] { participation[u, default: []].append(.person(p, role: r)) }
            }
          }
        }
      }
      let bound = participation.keys.sorted()
      guard bound.count >= 2 || (bound.count == 1 && !unnamed.isEmpty) else { continue }
      let index = ties.count
      ties.append(
        OrganizationTie(
          tie: t, kind: tie.kind, weight: weights.weight(of: tie.kind) * tie.strength, units: bound,
          participation: bound.map { Array(Set(participation[$0] ?? [])).sorted(by: Self.participationOrder) },
          unnamedParties: unnamed))
      for u in bound { tiesOf[u].append(index) }
    }
    self.ties = ties
    self.tiesOf = tiesOf

    // Graphs: the Newman pair evidence (parallel pairs summed by the builder), the graph of
    // the asked-for weighting, and the pairs whose evidence reaches the tie threshold.
    let ids = units.map { entities[$0].id }
    var pairs = GraphBuilder(directed: false, ids: ids)
    var evidence = GraphBuilder(directed: false, ids: ids)
    for tie in ties where tie.units.count >= 2 {
      let share = tie.weight / Double(tie.size - 1)
      for (x, a) in tie.units.enumerated() {
        for b in tie.units[(x + 1)...] {
          pairs.addEdge(a, b, weight: share)
          if options.weighting == .clique { evidence.addEdge(a, b, weight: tie.weight) }
        }
      }
      if options.weighting == .bipartite {
        if tie.units.count == 2 {
          evidence.addEdge(tie.units[0], tie.units[1], weight: share)
        } else {
          // Half the path a – tie – b on each side: length (k − 1) / (2w) = 1 / strength.
          let node = evidence.addNode("tie:\(network.tieID(at: tie.tie))")
          for a in tie.units { evidence.addEdge(a, node, weight: 2 * share) }
        }
      }
    }
    let pairEvidence = try pairs.build(parallelEdges: .sum)
    var tied = GraphBuilder(directed: false, ids: ids)
    for e in pairEvidence.edges where options.reachesTieThreshold(e.weight) { tied.addEdge(e.u, e.v) }
    graph = options.weighting == .newman ? pairEvidence : try evidence.build(parallelEdges: .sum)
    tiedGraph = try tied.build(parallelEdges: .sum)
    if options.weighting == .newman {
      pathGraph = tiedGraph
    } else {
      var paths = GraphBuilder(directed: false, ids: graph.ids)
      for e in graph.edges where options.reachesTieThreshold(e.weight) { paths.addEdge(e.u, e.v) }
      pathGraph = try paths.build(parallelEdges: .sum)
    }
  }

  static func participationOrder(_ a: Participation, _ b: Participation) -> Bool {
    func key(_ p: Participation) -> (Int, Int, Int) {
      switch p {
      case .direct: return (0, 0, 0)
      case .subUnit(let e): return (1, e, 0)
      case .person(let e, let r): return (2, e, r)
      }
    }
    return key(a) < key(b)
  }

  /// The entity of a unit.
  public func entity(ofUnit u: Int) -> Entity { network.entities[units[u]] }

  /// Whether a unit is a sub-unit (has a parent), kept as a node of its own.
  public func isSubUnit(_ u: Int) -> Bool { entity(ofUnit: u).parent != nil }

  /// Weighted hyperdegree: the summed evidence weight of the ties a unit takes part in.
  public func evidence(of u: Int) -> Double { tiesOf[u].reduce(0) { $0 + ties[$1].weight } }

  /// The number of ties of each kind a unit takes part in, heaviest kind first.
  public func tieKinds(of u: Int) -> [(kind: TieKind, count: Int)] {
    var c: [TieKind: Int] = [:]
    for t in tiesOf[u] { c[ties[t].kind, default: 0] += 1 }
    return c.map { (kind: $0.key, count: $0.value) }.sorted {
      let wa = weights.weight(of: $0.kind), wb = weights.weight(of: $1.kind)
      return wa != wb ? wa > wb : $0.kind < $1.kind
    }
  }

  /// The organizations unit `u` is tied to by evidence of weight (its neighbours in
  /// ``tiedGraph``): measure 2 of ``OrganizationStanding``.
  public func tiedPartnerCount(of u: Int) -> Int { tiedGraph.neighbors(of: u).filter { Int($0) != u }.count }

  /// For each unit's entity id, its partners as the key-partner view counts them: the
  /// organizations tied to it by evidence of weight (``tiedPartnerCount(of:)``) and the unnamed
  /// partners (placeholders) of its ties whose Newman pair share reaches
  /// ``Options/tieThreshold``.
  public func partnerCounts() -> [String: Int] {
    var unnamed = [Set<Int>](repeating: [], count: units.count)
    for tie in ties where !tie.unnamedParties.isEmpty && options.reachesTieThreshold(tie.weight / Double(max(1, tie.size - 1))) {
      for u in tie.units { unnamed[u].formUnion(tie.unnamedParties) }
    }
    var out: [String: Int] = [:]
    for (u, e) in units.enumerated() { out[network.entities[e].id] = tiedPartnerCount(of: u) + unnamed[u].count }
    return out
  }
}
