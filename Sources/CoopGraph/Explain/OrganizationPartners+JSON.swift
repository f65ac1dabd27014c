extension OrganizationPartnersReport {
  /// The report as JSON (documented in `docs/partners.md`): `view` (weighting, subUnits,
  /// weights), `groupBy`, `candidates`, `partners` and `subUnits` (each `id`, `name`, `kind`,
  /// `group`, `standing`, `score`, `measures` {evidence, partners, brokerage, betweenness},
  /// `measureRanks`, `indistinguishableFrom`, `rankRange` [min, max], `robust`,
  /// `variantStandings`, `bridges`, `citations` [{`ties` (tie ids), `kind`, `label`, `date`,
  /// `with`, `unnamedPartners`, `through`, `source`, `weight`}], `sentence`), and `people`.
  public func json() -> JSONValue {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
    func strings(_ xs: [String]) -> JSONValue { .array(xs.map(JSONValue.string)) }
    func partner(_ p: Partner, variants: Bool) -> JSONValue {
      let r = p.row
      var fields: [(String, JSONValue)] = [
        ("id", .string(p.id)), ("name", .string(p.name)), ("kind", .string(p.kind.rawValue)),
        ("group", p.group.map(JSONValue.string) ?? .null), ("standing", .number(Double(r.standing))),
        ("score", number(r.score)),
        (
          "measures",
          .object([
            ("evidence", number(r.evidence)), ("partners", .number(Double(r.partners))),
            ("brokerage", .number(Double(r.brokerage))), ("betweenness", number(r.betweenness)),
          ])
        ),
        ("measureRanks", .array(p.measureRanks.map { .number(Double($0)) })),
        ("indistinguishableFrom", strings(p.indistinguishableFrom)),
      ]
      if variants {
        fields.append(("rankRange", .array([.number(Double(p.rankRange.lowerBound)), .number(Double(p.rankRange.upperBound))])))
        fields.append(("robust", .bool(p.isRobust)))
        fields.append(("variantStandings", .array(p.variantStandings.map { .number(Double($0)) })))
      }
      fields.append(("bridges", .array(p.bridges.map { .object([("groups", strings($0.groups)), ("pairs", .number(Double($0.pairs)))]) })))
      fields.append((
        "citations",
        .array(
          p.citations.map { c in
            .object([
              ("ties", strings(c.tieIDs)), ("kind", .string(c.kind.rawValue)), ("label", c.label.map(JSONValue.string) ?? .null),
              ("date", c.date.map(JSONValue.string) ?? .null), ("with", strings(c.with)),
              ("unnamedPartners", .number(Double(c.unnamedPartners))), ("through", strings(c.through)),
              ("source", c.source.map(JSONValue.string) ?? .null), ("weight", number(c.weight)),
            ])
          })
      ))
      fields.append(("sentence", .string(p.sentence)))
      return .object(fields)
    }
    return .object([
      (
        "view",
        .object([
          ("name", .string("organizations")), ("pairWeighting", .string(options.weighting.rawValue)),
          ("subUnits", .string(options.subUnits.rawValue)),
          ("weights", .object(weights.map { ($0.kind.rawValue, .number($0.weight)) })),
          ("variants", strings(variants)),
        ])
      ),
      ("groupBy", groupBy.map(JSONValue.string) ?? .null),
      ("candidates", .number(Double(candidates))),
      ("cutPoints", strings(cutPoints)),
      ("partners", .array(partners.map { partner($0, variants: true) })),
      ("subUnitCandidates", .number(Double(subUnitCandidates))),
      ("subUnits", .array(subUnits.map { partner($0, variants: false) })),
      ("alliances", .array(alliances.map { partner($0, variants: false) })),
      (
        "people",
        .array(
          people.map { p in
            .object([
              ("id", .string(p.id)), ("name", .string(p.name)), ("standing", .number(Double(p.standing))),
              ("evidence", number(p.evidence)), ("ties", .number(Double(p.ties))), ("roles", strings(p.roles)),
              ("indistinguishableFrom", strings(p.indistinguishableFrom)),
            ])
          })
      ),
    ])
  }
}
