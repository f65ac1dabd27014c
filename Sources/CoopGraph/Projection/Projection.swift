/// The rules that turn a ``Network`` into an analysis ``Graph``.
///
/// A projection chooses which entities become nodes and which ties become edges, and says how
/// ties that bind more than two parties, repeated ties, part-of relations and people are
/// treated. The command line names it with options such as
/// `--nodes institution,enterprise --ties agreement,membership --collapse-parts`.
///
/// The default keeps every entity and every tie, expands multi-party ties into cliques, sums
/// the strengths of repeated ties, keeps part-of as ties and builds an undirected graph.
public struct Projection: Hashable, Sendable {
  /// How a tie with k ≥ 2 parties becomes edges.
  public enum MultiParty: String, Sendable, CaseIterable {
    /// An edge between every two parties (k(k−1)/2 edges). A directed tie gives an arc from its
    /// first party to each other party.
    case clique
    /// The tie becomes a node of its own, linked to each party (k edges): the two-mode
    /// (affiliation) network. Every tie, also a two-party one, becomes a node.
    case bipartite
  }

  /// How the ties between the same two nodes combine into one edge's strength.
  public enum Combine: String, Sendable, CaseIterable {
    /// Sum of the ties' strengths.
    case strength
    /// Number of ties.
    case count
  }

  /// How a clique-expanded tie weighs its edges.
  public enum CliqueWeighting: String, Sendable, CaseIterable {
    /// Every edge of the clique gets the tie's full contribution.
    case none
    /// Each edge gets 1/(k−1) of it, so that every party of a k-party tie gains the same total
    /// strength from it whatever k is (Newman 2001, "Scientific collaboration networks. II",
    /// Phys. Rev. E 64, 016132, doi:10.1103/PhysRevE.64.016132).
    case newman
  }

  /// What happens to part-of (an entity's `parent`).
  public enum PartOf: String, Sendable, CaseIterable {
    /// A directed `part-of` tie from the part to its parent.
    case ties
    /// Parts are folded into their top-most ancestor: a school's ties become its university's.
    case collapse
    /// Part-of is not represented.
    case ignore
  }

  /// Entity kinds that become nodes; `nil` for all.
  public var nodeKinds: Set<EntityKind>?
  /// Tie kinds that become edges (``TieKind/partOf`` included); `nil` for all.
  public var tieKinds: Set<TieKind>?
  public var multiParty: MultiParty
  public var combine: Combine
  public var cliqueWeighting: CliqueWeighting
  public var partOf: PartOf
  /// When true, people are not nodes: two organizations are linked once for every person who
  /// holds a `role` tie with both (kind `shared-person`, strength 1 per person).
  public var bridgeThroughPeople: Bool
  /// Whether the graph is directed. Ties of undirected kinds then give arcs both ways.
  public var directed: Bool
  /// Entities left out whatever their kind (what-if analysis). Their ties lose them as parties.
  public var excludedEntities: Set<String>
  /// Entities left out by a field or attribute value: an entity is left out when
  /// `entity.value(of: key) == value` for any pair (e.g. `["unnamed": "true"]`).
  public var excludedWhere: [String: String]

  public init(
    nodeKinds: Set<EntityKind>? = nil, tieKinds: Set<TieKind>? = nil, multiParty: MultiParty = .clique,
    combine: Combine = .strength, cliqueWeighting: CliqueWeighting = .none, partOf: PartOf = .ties,
    bridgeThroughPeople: Bool = false, directed: Bool = false, excludedEntities: Set<String> = [],
    excludedWhere: [String: String] = [:]
  ) {
    self.nodeKinds = nodeKinds
    self.tieKinds = tieKinds
    self.multiParty = multiParty
    self.combine = combine
    self.cliqueWeighting = cliqueWeighting
    self.partOf = partOf
    self.bridgeThroughPeople = bridgeThroughPeople
    self.directed = directed
    self.excludedEntities = excludedEntities
    self.excludedWhere = excludedWhere
  }

  /// Whether the rules leave this entity out by id or by attribute (its kind aside).
  public func excludes(_ entity: Entity) -> Bool {
    excludedEntities.contains(entity.id) || excludedWhere.contains { entity.value(of: $0.key) == $0.value }
  }

  /// The default projection (see the type's documentation).
  public static let `default` = Projection()

  /// The tie kind of the edges made by ``bridgeThroughPeople``.
  public static let sharedPerson = TieKind("shared-person")

  /// A one-line description, as the command line would spell it.
  public var summary: String {
    var parts: [String] = []
    parts.append("nodes: " + (nodeKinds.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all"))
    parts.append("ties: " + (tieKinds.map { $0.map(\.rawValue).sorted().joined(separator: ",") } ?? "all"))
    parts.append("multi-party: \(multiParty.rawValue)")
    parts.append("combine: \(combine.rawValue)")
    if cliqueWeighting != .none { parts.append("clique weighting: \(cliqueWeighting.rawValue)") }
    parts.append("part-of: \(partOf.rawValue)")
    if bridgeThroughPeople { parts.append("people bridge organizations") }
    parts.append(directed ? "directed" : "undirected")
    if !excludedEntities.isEmpty { parts.append("without: " + excludedEntities.sorted().joined(separator: ",")) }
    if !excludedWhere.isEmpty {
      parts.append("without where: " + excludedWhere.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
    }
    return parts.joined(separator: "; ")
  }
}

/// A network projected into a graph, with the way back from nodes to entities and ties.
public struct ProjectedNetwork: Sendable {
  public let graph: Graph
  public let projection: Projection
  /// For each node, its entity's index in ``Network/entities``, or `nil` for a tie node
  /// (bipartite projection).
  public let entityIndices: [Int?]
  /// For each node, the index of the tie it stands for in ``Network/ties`` (bipartite
  /// projection), or `nil` for an entity node.
  public let tieIndices: [Int?]
}

/// An error in projection rules.
public enum ProjectionError: Error, Equatable, CustomStringConvertible {
  /// The most edges a clique projection may make (all ties together): 20 million, about a
  /// gigabyte while the graph is built. A tie of k parties makes k(k−1)/2 of them.
  public static let cliqueEdgeBudget = 20_000_000

  case unknownEntityKind(String, known: [String])
  case unknownTieKind(String, known: [String])
  case unknownEntity(String)
  /// `--exclude` names no entity (by id, name or alias); the lookup says what is closest.
  case unknownExcluded(EntityLookupError)
  /// `--exclude-where` on a field or attribute no entity has.
  case unknownField(String)
  /// `--exclude-where` on a value no entity has for the field.
  case unknownValue(key: String, value: String, known: [String])
  /// The clique projection would make more than `budget` edges; `tie` is the tie that passed it
  /// and `parties` its party count.
  case cliqueTooLarge(budget: Int, tie: String, parties: Int)
  /// Written in `format`, which has no many-party ties, the record would need more than
  /// `budget` edges.
  case cliqueTooLargeToWrite(budget: Int, tie: String, parties: Int, format: String)

  public var description: String {
    switch self {
    case .cliqueTooLargeToWrite(let budget, let tie, let parties, let format):
      return
        "in \(format) a tie of more than two parties is written as the edges of its clique: the record would need more than \(budget) edges (tie '\(tie)' has \(parties) parties, \(parties) × \(parties - 1) / 2 pairs); write the native format (.yaml or .json), which keeps each tie with its parties"
    case .cliqueTooLarge(let budget, let tie, let parties):
      return
        "the clique projection would make more than \(budget) edges (tie '\(tie)' has \(parties) parties, \(parties) × \(parties - 1) / 2 pairs); use --multi-party bipartite, which makes one edge per party"

    case .unknownEntityKind(let k, let known):
      return "unknown entity kind '\(k)'; kinds in this network: \(known.joined(separator: ", "))"
    case .unknownTieKind(let k, let known):
      return "unknown tie kind '\(k)'; kinds in this network: \(known.joined(separator: ", "))"
    case .unknownEntity(let id):
      return "no entity with id '\(id)'"
    case .unknownExcluded(let lookup):
      return "--exclude: \(lookup)"
    case .unknownField(let key):
      return "--exclude-where: no entity has a value for '\(key)'"
    case .unknownValue(let key, let value, let known):
      let shown = known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : "")
      return "--exclude-where: no entity has \(key)=\(value); its values are \(shown)"
    }
  }
}
