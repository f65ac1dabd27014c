/// An organization, a sub-unit or a person in a cooperation ``Network``.
public struct Entity: Hashable, Sendable, Identifiable {
  /// A stable identifier (a slug such as `njit-school-of-automation`), unique in the network.
  public var id: String
  /// The display name.
  public var name: String
  public var kind: EntityKind
  /// The entity this one is part of (a school's university, a department's ministry), by id.
  public var parent: String?
  /// ISO 3166-1 alpha-2 country code, e.g. `CN`, `KZ`.
  public var country: String?
  public var region: String?
  public var sector: String?
  public var website: String?
  /// Other names: abbreviations, names in other languages.
  public var aliases: [String]
  /// Everything else the record says about the entity.
  public var attributes: Attributes

  public init(
    id: String, name: String? = nil, kind: EntityKind, parent: String? = nil, country: String? = nil,
    region: String? = nil, sector: String? = nil, website: String? = nil, aliases: [String] = [],
    attributes: Attributes = [:]
  ) {
    self.id = id
    self.name = name ?? id
    self.kind = kind
    self.parent = parent
    self.country = country
    self.region = region
    self.sector = sector
    self.website = website
    self.aliases = aliases
    self.attributes = attributes
  }

  /// The value of a field or attribute by name (`country`, `kind`, `sector`, any attribute key),
  /// as text. Used for grouping and colouring by attribute.
  public func value(of key: String) -> String? {
    switch key {
    case "id": return id
    case "name": return name
    case "kind": return kind.rawValue
    case "parent": return parent
    case "country": return country
    case "region": return region
    case "sector": return sector
    case "website": return website
    default: return attributes[key]?.description
    }
  }
}
