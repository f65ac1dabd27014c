/// A kind named by a string: the built-in ones are constants, a file may declare others.
/// Kinds compare and print as their names.
public protocol OpenKind: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
where RawValue == String {
  init(rawValue: String)
}

extension OpenKind {
  public init(_ rawValue: String) { self.init(rawValue: rawValue) }
  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The kind of an entity in a cooperation ``Network``.
///
/// The built-in kinds cover what cooperation records name; a network file may declare its own
/// kinds under `kinds: entities:` and then use them like the built-in ones.
public struct EntityKind: OpenKind {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Universities, their schools and departments, research institutes, colleges.
  public static let institution = EntityKind("institution")
  /// Companies and publishers.
  public static let enterprise = EntityKind("enterprise")
  /// Ministries, their departments, agencies, provincial governments.
  public static let government = EntityKind("government")
  /// Alliances, associations, councils, consortia.
  public static let alliance = EntityKind("alliance")
  /// A named person.
  public static let person = EntityKind("person")
  /// Any other collective: an expert group, a delegation, unnamed counterparties.
  public static let group = EntityKind("group")

  /// The built-in kinds, in the order they are listed in documentation and summaries.
  public static let builtIn: [EntityKind] = [.institution, .enterprise, .government, .alliance, .person, .group]

}

/// The kind of a ``Tie``. A kind says whether ties of that kind are directed by default.
public struct TieKind: OpenKind {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A signed agreement, memorandum or contract between two or more parties.
  public static let agreement = TieKind("agreement")
  /// Membership of an organization in an alliance (directed: member → alliance).
  public static let membership = TieKind("membership")
  /// A person's role or title at an organization (directed: person → organization).
  public static let role = TieKind("role")
  /// An exchange of students, staff or goods.
  public static let exchange = TieKind("exchange")
  /// A meeting or other event binding its participants.
  public static let event = TieKind("event")
  /// Any other cooperation: a designation, a joint project, a certificate.
  public static let cooperation = TieKind("cooperation")
  /// Part-of, derived from entities' `parent` (directed: part → whole). Never written in `ties:`.
  public static let partOf = TieKind("part-of")

  /// The built-in kinds that may appear in a file's `ties:`.
  public static let builtIn: [TieKind] = [.agreement, .membership, .role, .exchange, .event, .cooperation]

  /// Whether ties of the built-in kind are directed when the tie does not say.
  public var isDirectedByDefault: Bool {
    self == .membership || self == .role || self == .partOf
  }

}
