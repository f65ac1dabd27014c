extension NetworkComparison {
  /// The comparison as JSON (documented in `docs/time.md`): `before`, `after`, `unchanged`,
  /// `entities` {`added`, `removed` (ids), `kept` (a count)}, `ties` {`added`, `removed`
  /// [{`id`, `kind`, `parties`, `label`, `date`}], `kept`, `byKind` [{`kind`, `added`,
  /// `removed`, `kept`}]}, `standings` [{`id`, `name`, `before`, `after`, `places`,
  /// `scoreBefore`, `scoreAfter`}], `communities` {`nmi`, `before`, `after` (member ids),
  /// `continued` [{`before`, `after`, `shared`}], `splits` [{`before`, `into`}], `merges`
  /// [{`from`, `after`}]} with communities numbered from 1, `pairs` {`added`, `removed`,
  /// `kept`} (counts).
  public func json() -> JSONValue {
    func tie(_ t: Tie) -> JSONValue {
      .object([
        ("id", t.id.map(JSONValue.string) ?? .null), ("kind", .string(t.kind.rawValue)),
        ("parties", .array(t.parties.map(JSONValue.string))), ("label", t.label.map(JSONValue.string) ?? .null),
        ("date", t.date.map { .string($0.description) } ?? .null),
      ])
    }
    func num(_ x: Int) -> JSONValue { .number(Double(x)) }
    func ids(_ xs: [String]) -> JSONValue { .array(xs.map(JSONValue.string)) }
    let byKind: [JSONValue] = tiesByKind.map { k in
      .object([
        ("kind", .string(k.kind.rawValue)), ("added", num(k.added)), ("removed", num(k.removed)), ("kept", num(k.kept)),
      ])
    }
    let standingValues: [JSONValue] = standings.map { s in
      .object([
        ("id", .string(s.id)), ("name", .string(s.name)), ("before", num(s.before)), ("after", num(s.after)),
        ("places", num(s.places)), ("scoreBefore", .number(s.scoreBefore)), ("scoreAfter", .number(s.scoreAfter)),
      ])
    }
    var communities: [(String, JSONValue)] = [
      ("nmi", matching.map { .number($0.nmi) } ?? .null),
      ("before", .array(communitiesBefore.map(ids))),
      ("after", .array(communitiesAfter.map(ids))),
    ]
    if let m = matching {
      communities.append(
        (
          "continued",
          .array(
            m.continued.map {
              .object([("before", num($0.a + 1)), ("after", num($0.b + 1)), ("shared", num($0.shared))])
            })
        ))
      communities.append(
        (
          "splits",
          .array(m.splits.map { .object([("before", num($0.a + 1)), ("into", .array($0.into.map { num($0 + 1) }))]) })
        ))
      communities.append(
        (
          "merges",
          .array(m.merges.map { .object([("from", .array($0.from.map { num($0 + 1) })), ("after", num($0.b + 1))]) })
        ))
    }
    let pairCounts: [(String, JSONValue)] = [Pair.Change.added, .removed, .kept].map { c in
      (c.rawValue, num(pairs.filter { $0.change == c }.count))
    }
    return .object([
      ("before", .string(before)), ("after", .string(after)), ("unchanged", .bool(isUnchanged)),
      (
        "entities",
        .object([
          ("added", ids(addedEntities.map(\.id))), ("removed", ids(removedEntities.map(\.id))),
          ("kept", num(keptEntities)),
        ])
      ),
      (
        "ties",
        .object([
          ("added", .array(addedTies.map(tie))), ("removed", .array(removedTies.map(tie))), ("kept", num(keptTies)),
          ("byKind", .array(byKind)),
        ])
      ),
      ("standings", .array(standingValues)),
      ("communities", .object(communities)),
      ("pairs", .object(pairCounts)),
    ])
  }
}
