/// A cooperation record: typed entities and typed, possibly multi-party ties.
///
/// `Network` is what a user keeps and edits (see `docs/format.md`). Algorithms do not run on it
/// directly: ``Network/project(_:)`` turns it into a compact ``Graph``.
public struct Network: Hashable, Sendable {
  /// A title for reports and diagrams.
  public var title: String?
  public var description: String?
  /// Where the record as a whole comes from.
  public var source: String?
  /// Entity kinds this network declares beyond ``EntityKind/builtIn``.
  public var userEntityKinds: [EntityKind]
  /// Tie kinds this network declares beyond ``TieKind/builtIn``, with whether each is directed.
  public var userTieKinds: [(kind: TieKind, directed: Bool)] {
    get { _userTieKinds.map { ($0.kind, $0.directed) } }
    set { _userTieKinds = newValue.map { UserTieKind(kind: $0.kind, directed: $0.directed) } }
  }
  public var entities: [Entity] {
    didSet { _index = nil }
  }
  public var ties: [Tie]
  /// Evidence weights per tie kind declared by the file's `weights:` block, overriding
  /// ``TieWeights/defaults`` for the organization view (see `docs/partners.md`).
  public var tieWeights: [TieKind: Double] = [:]
  /// Top-level keys the schema does not know, kept so that a round trip loses nothing.
  public var attributes: Attributes

  struct UserTieKind: Hashable, Sendable {
    var kind: TieKind
    var directed: Bool
  }
  var _userTieKinds: [UserTieKind]
  private var _index: [String: Int]?

  public init(
    title: String? = nil, description: String? = nil, source: String? = nil,
    entities: [Entity] = [], ties: [Tie] = [], userEntityKinds: [EntityKind] = [],
    userTieKinds: [(kind: TieKind, directed: Bool)] = [], attributes: Attributes = [:]
  ) {
    self.title = title
    self.description = description
    self.source = source
    self.entities = entities
    self.ties = ties
    self.userEntityKinds = userEntityKinds
    self._userTieKinds = userTieKinds.map { UserTieKind(kind: $0.kind, directed: $0.directed) }
    self.attributes = attributes
  }

  public static func == (a: Network, b: Network) -> Bool {
    a.title == b.title && a.description == b.description && a.source == b.source
      && a.userEntityKinds == b.userEntityKinds && a._userTieKinds == b._userTieKinds
      && a.entities == b.entities && a.ties == b.ties && a.attributes == b.attributes
      && a.tieWeights == b.tieWeights
  }

  public func hash(into h: inout Hasher) {
    h.combine(title)
    h.combine(entities)
    h.combine(ties)
  }

  /// The position of the entity with this id in ``entities``.
  public func index(of id: String) -> Int? {
    if let _index { return _index[id] }
    return entities.firstIndex { $0.id == id }
  }

  /// The entity with this id.
  public subscript(id: String) -> Entity? {
    index(of: id).map { entities[$0] }
  }

  /// Builds the id lookup once, so that ``index(of:)`` is O(1) afterwards. Later edits to
  /// ``entities`` drop it again.
  public mutating func buildIndex() {
    var map = [String: Int](minimumCapacity: entities.count)
    for (i, e) in entities.enumerated() where map[e.id] == nil { map[e.id] = i }
    _index = map
  }

  /// All entity kinds the network may use: built-in, then declared.
  public var entityKinds: [EntityKind] { EntityKind.builtIn + userEntityKinds }
  /// All tie kinds the network may use: built-in, then declared.
  public var tieKinds: [TieKind] { TieKind.builtIn + _userTieKinds.map(\.kind) }

  /// Whether ties of `kind` are directed when a tie does not say.
  public func isDirectedByDefault(_ kind: TieKind) -> Bool {
    if let user = _userTieKinds.first(where: { $0.kind == kind }) { return user.directed }
    return kind.isDirectedByDefault
  }

  /// Whether this tie is directed (its own `directed`, else its kind's default).
  public func isDirected(_ tie: Tie) -> Bool {
    tie.directed ?? isDirectedByDefault(tie.kind)
  }

  /// The chain of parents of an entity, nearest first (the entity itself not included).
  /// Stops at a cycle, which validation reports.
  public func ancestors(of id: String) -> [String] {
    var chain: [String] = []
    var seen: Set<String> = [id]
    var current = self[id]?.parent
    while let p = current, !seen.contains(p) {
      chain.append(p)
      seen.insert(p)
      current = self[p]?.parent
    }
    return chain
  }
}
