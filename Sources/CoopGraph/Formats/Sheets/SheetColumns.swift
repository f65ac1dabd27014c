/// Which column of a spreadsheet holds which field of a record.
///
/// Headers are matched without regard to case, spaces, `_` and `-` (`Tie ID`, `tie_id` and
/// `TieId` are one name), against the names CoopGraph writes and the names of the tools people
/// come from: Kumu (`Label`, `Type`, `From`, `To`), Gephi (`Id`, `Label`, `Source`, `Target`,
/// `Weight`, `Type` as Directed/Undirected), Flourish (`source`, `target`, `value`). The table is
/// in `docs/formats.md`. `--columns kind=Type,name=Organisation` names a column for a field
/// explicitly, over the table. A column that is no field is kept as an attribute.
public struct SheetColumns: Sendable, Equatable {
  /// The fields of an entity row.
  public enum EntityField: String, CaseIterable, Sendable {
    case id, name, kind, parent, country, region, sector, website, aliases, joined, left
  }

  /// The fields of a tie row.
  public enum TieField: String, CaseIterable, Sendable {
    /// The tie's id; rows sharing one are one multi-party tie.
    case id
    /// A key that only groups rows into one tie (CoopGraph's `tie_group`), giving no id.
    case group
    /// The first party (Gephi `Source`, Kumu `From`).
    case from
    /// The second party (Gephi `Target`, Kumu `To`).
    case to
    /// Every party, separated by `|` (Kumu's way of listing several).
    case parties
    case kind, label, date, strength
    /// The sentence or address the tie comes from (`source` in the native format; `Source`
    /// in a sheet is the first party, as in Gephi).
    case evidence
    case directed
  }

  /// Header names (normalized) of each entity field.
  static let entityNames: [EntityField: [String]] = [
    .id: ["id", "key", "identifier", "entityid", "nodeid", "code"],
    .name: ["name", "label", "organization", "organisation", "fullname", "entity", "node", "title"],
    .kind: ["kind", "type", "category", "entitytype", "elementtype", "nodetype"],
    .parent: ["parent", "partof", "parentid", "belongsto"],
    .country: ["country", "nation"],
    .region: ["region", "province", "state"],
    .sector: ["sector", "industry", "field"],
    .website: ["website", "url", "web", "homepage", "link"],
    .aliases: ["aliases", "alias", "shortname", "abbreviation", "acronym"],
    .joined: ["joined", "since", "membersince", "start"],
    .left: ["left", "until", "end"],
  ]

  /// Header names (normalized) of each tie field.
  static let tieNames: [TieField: [String]] = [
    .id: ["tieid", "id", "agreementid", "connectionid"],
    .group: ["tiegroup", "group"],
    .from: ["source", "from", "a", "partya", "party1", "origin"],
    .to: ["target", "to", "b", "partyb", "party2", "destination"],
    .parties: ["parties", "members", "participants", "partners"],
    .kind: ["kind", "type", "category", "tietype", "connectiontype", "relation", "relationship"],
    .label: ["label", "name", "title", "agreement", "description"],
    .date: ["date", "when", "year", "period", "dates"],
    .strength: ["strength", "weight", "value", "amount"],
    .evidence: ["provenance", "evidence", "quote", "sourcesentence", "citation", "reference", "ref"],
    .directed: ["directed", "direction"],
  ]

  /// Explicit choices: field name (`kind`, `name`, …) to header as written.
  public var overrides: [String: String]

  public init(overrides: [String: String] = [:]) { self.overrides = overrides }

  /// Parses `--columns kind=Type,name=Organisation`.
  /// - Throws: ``ColumnMappingError`` for a pair without `=` or a field that is neither an
  ///   entity nor a tie field.
  public static func parse(_ text: String) throws -> SheetColumns {
    var overrides: [String: String] = [:]
    for pair in text.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw ColumnMappingError("--columns takes field=Column pairs separated by commas, found '\(pair)'")
      }
      let field = parts[0].lowercased()
      let known = Set(EntityField.allCases.map(\.rawValue) + TieField.allCases.map(\.rawValue))
      guard known.contains(field) else {
        throw ColumnMappingError(
          "--columns: unknown field '\(parts[0])'; fields are \(known.sorted().joined(separator: ", "))")
      }
      overrides[field] = parts[1]
    }
    return SheetColumns(overrides: overrides)
  }

  /// A header name as matching sees it: lower case, without the spaces, `_`, `-` and `.`
  /// between its words. A trailing `_` stays: it marks an attribute written under the name
  /// of a column (`type_`, see ``CSVFormat``).
  static func normalized(_ header: String) -> String {
    let trimmed = header.trimmingCharacters(in: .whitespaces).lowercased()
    let trailing = trimmed.hasSuffix("_") ? "_" : ""
    return String(trimmed.filter { !($0 == " " || $0 == "_" || $0 == "-" || $0 == "." || $0 == "\t") }) + trailing
  }

  /// The column of each field in `header`: an override first (when this table has that
  /// column), then the first name of the table that a header has (each column serves one
  /// field at most).
  func assign<Field: RawRepresentable & Hashable>(
    _ header: [String], names: [Field: [String]], order: [Field]
  ) -> [Field: Int] where Field.RawValue == String {
    let keys = header.map(SheetColumns.normalized)
    var taken = Set<Int>()
    var out: [Field: Int] = [:]
    for field in order {
      if let wanted = overrides[field.rawValue] {
        if let c = header.firstIndex(where: { SheetColumns.normalized($0) == SheetColumns.normalized(wanted) }) {
          out[field] = c
          taken.insert(c)
        }
      }
    }
    for field in order where out[field] == nil {
      for name in names[field] ?? [] {
        if let c = keys.indices.first(where: { keys[$0] == name && !taken.contains($0) }) {
          out[field] = c
          taken.insert(c)
          break
        }
      }
    }
    return out
  }

  /// The overrides whose column no table has, for an error.
  func missingOverrides(_ headers: [[String]]) -> [(field: String, column: String)] {
    let keys = Set(headers.joined().map(SheetColumns.normalized))
    return overrides.sorted { $0.key < $1.key }.compactMap { field, wanted in
      keys.contains(SheetColumns.normalized(wanted)) ? nil : (field, wanted)
    }
  }
}

/// A `--columns` mapping that cannot be read.
public struct ColumnMappingError: Error, Equatable, CustomStringConvertible, CategorizedError {
  public var description: String
  public init(_ description: String) { self.description = description }
  public var category: ErrorCategory { .usage }
}
