/// A cooperation tie: an agreement, a membership, a role, an exchange, an event.
///
/// A tie binds **two or more** parties: a four-party framework agreement is one tie with four
/// parties, not six pairwise ties. How a tie becomes edges is decided by a ``Projection``.
public struct Tie: Hashable, Sendable {
  /// An optional identifier, unique among ties when given.
  public var id: String?
  public var kind: TieKind
  /// Entity ids. For a directed tie the first party is the source and the others are targets.
  public var parties: [String]
  /// Whether the tie is directed; `nil` means the kind's default (``TieKind/isDirectedByDefault``).
  public var directed: Bool?
  /// A label or title: "Standing Council Member", "Vice President".
  public var label: String?
  public var date: DateRange?
  /// How strong the tie is; more cooperation means stronger. Finite and > 0; default 1.
  public var strength: Double
  /// Where the tie comes from: the sentence of the record, or a URL.
  public var source: String?
  public var attributes: Attributes

  public init(
    id: String? = nil, kind: TieKind, parties: [String], directed: Bool? = nil, label: String? = nil,
    date: DateRange? = nil, strength: Double = 1, source: String? = nil, attributes: Attributes = [:]
  ) {
    self.id = id
    self.kind = kind
    self.parties = parties
    self.directed = directed
    self.label = label
    self.date = date
    self.strength = strength
    self.source = source
    self.attributes = attributes
  }

  /// Whether the tie is directed, taking the kind's default (or the network's declared kind) into account.
  public func isDirected(kindDirected: Bool) -> Bool { directed ?? kindDirected }
}
