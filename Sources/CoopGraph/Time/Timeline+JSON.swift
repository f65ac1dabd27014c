extension Timeline {
  /// The timeline as JSON (documented in `docs/time.md`): `title`, `by`, `windowMonths`,
  /// `cumulative`, `undated`, `undatedTies`, and `periods`, each with `period`, `from`, `to`
  /// (the days the snapshot holds; `null` for an open start), `entities`, `entitiesByKind`,
  /// `ties`, `tiesByKind`, `joined` and `left` (ids), `nodes`, `edges`, `density`,
  /// `components`, `largestComponent` and `top` [{`id`, `name`, `standing`, `score`}].
  public func json() -> JSONValue {
    var periods: [JSONValue] = []
    for s in snapshots {
      let entityKinds: [(String, JSONValue)] = s.entitiesByKind.map { ($0.kind.rawValue, .number(Double($0.count))) }
      let tieKinds: [(String, JSONValue)] = s.tiesByKind.map { ($0.kind.rawValue, .number(Double($0.count))) }
      let top: [JSONValue] = self.top(s).map { t in
        .object([
          ("id", .string(t.id)), ("name", .string(t.name)), ("standing", .number(Double(t.standing))),
          ("score", .number(t.score)),
        ])
      }
      let fields: [(String, JSONValue)] = [
        ("period", .string(s.period.description)),
        ("from", s.window.start.map { .string($0.description) } ?? .null),
        ("to", s.window.end.map { .string($0.description) } ?? .null),
        ("entities", .number(Double(s.entities))),
        ("entitiesByKind", .object(entityKinds)),
        ("ties", .number(Double(s.ties))),
        ("tiesByKind", .object(tieKinds)),
        ("joined", .array(s.joined.map(JSONValue.string))),
        ("left", .array(s.left.map(JSONValue.string))),
        ("nodes", .number(Double(s.nodes))),
        ("edges", .number(Double(s.edges))),
        ("density", .number(s.density)),
        ("components", .number(Double(s.components))),
        ("largestComponent", .number(Double(s.largestComponent))),
        ("top", .array(top)),
      ]
      periods.append(.object(fields))
    }
    return .object([
      ("title", title.map(JSONValue.string) ?? .null),
      ("by", .string(options.by.rawValue)),
      ("windowMonths", options.windowMonths.map { .number(Double($0)) } ?? .null),
      ("cumulative", .bool(options.cumulative)),
      ("undated", .string(options.undated.rawValue)),
      ("undatedTies", .number(Double(undatedTies))),
      ("periods", .array(periods)),
    ])
  }
}
