extension Analysis {
  /// The analysis as JSON, in the schema of `docs/analyze-schema.md` (keys in a fixed order;
  /// NaN as `null`). `coopgraph analyze --format json` prints it and `coopgraph report` embeds
  /// it in the page.
  ///
  /// - Parameter includeEdges: add what the report's page needs: the `edges` array, the `ties`
  ///   of the record (kind, label, parties as node indices, dates, source sentence), the
  ///   `dateRange` of a dated record and each node's `present` days (`analyze` leaves them out,
  ///   the graph itself is what `convert` writes).
  /// - Complexity: O(nodes × measures + edges).
  public func json(includeEdges: Bool = false) -> JSONValue {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }
    func int(_ x: Int) -> JSONValue { .number(Double(x)) }
    func text(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    func day(_ d: Day?) -> JSONValue { d.map { .string($0.description) } ?? .null }
    /// Day spans as `[[from, to], …]`, `null` for an open end.
    func spans(_ list: [DaySpan]) -> JSONValue { .array(list.map { .array([day($0.start), day($0.end)]) }) }
    func byKind(_ counts: [KindCount]) -> JSONValue { .object(counts.map { ($0.kind, int($0.count)) }) }

    var top: [(String, JSONValue)] = [
      ("file", .string(file)),
      ("title", title.map(JSONValue.string) ?? .null),
      ("projection", .string(projection)),
    ]
    top.append(
      (
        "counts",
        .object([
          ("entities", .object([("total", int(counts.entities)), ("byKind", byKind(counts.entitiesByKind))])),
          ("ties", .object([("total", int(counts.ties)), ("byKind", byKind(counts.tiesByKind))])),
          ("nodes", int(counts.nodes)),
          ("edges", int(counts.edges)),
          ("directed", .bool(counts.directed)),
          ("weighted", .bool(counts.weighted)),
          ("components", int(counts.components)),
          ("largestComponent", int(counts.largestComponent)),
          ("density", number(counts.density)),
        ])
      ))
    top.append(("notes", .array(notes.map(JSONValue.string))))
    top.append(
      (
        "measures",
        .array(
          measures.map { m in
            .object([
              ("key", .string(m.key)), ("title", .string(m.title)), ("summary", .string(m.summary)),
              ("integer", .bool(m.isInteger)), ("higherIsBetter", .bool(m.higherIsBetter)),
            ])
          })
      ))
    let cutPoints = Set(structure.articulationPoints)
    let allRanks = measures.map { self.ranks(of: $0.key) }
    top.append(
      (
        "nodes",
        .array(
          nodes.indices.map { v in
            let n = nodes[v]
            var fields: [(String, JSONValue)] = [
              ("id", .string(n.id)), ("name", .string(n.name)), ("kind", .string(n.kind)),
              ("country", n.country.map(JSONValue.string) ?? .null),
            ]
            if n.isTie { fields.append(("tie", .bool(true))) }
            fields.append(("aliases", .array(n.aliases.map(JSONValue.string))))
            fields.append(("parent", text(n.parent.map { nodes[$0].id })))
            if includeEdges, let present = n.present { fields.append(("present", spans(present))) }
            fields.append(("community", int(Int(communities.partition.membership[v]) + 1)))
            fields.append(("cutPoint", .bool(cutPoints.contains(v))))
            fields.append(("measures", .object(measures.map { ($0.key, number($0.values[v])) })))
            fields.append(("ranks", .object(zip(measures, allRanks).map { ($0.key, $1[v].map(int) ?? .null) })))
            return .object(fields)
          })
      ))
    top.append(
      (
        "top",
        .object(
          measures.map { m in (m.key, .array(ranking(of: m.key).prefix(self.top).map { .string(nodes[$0].id) })) })
      ))
    top.append(
      (
        "communities",
        .object([
          ("method", .string(communities.method)),
          ("resolution", number(communities.resolution)),
          ("seed", .number(Double(communities.seed))),
          ("modularity", number(communities.modularity)),
          ("count", int(communities.partition.count)),
          (
            "groups",
            .array(
              communities.partition.communities.enumerated().map { c, members in
                .object([
                  ("community", int(c + 1)), ("size", int(members.count)),
                  ("members", .array(members.map { .string(nodes[$0].id) })),
                ])
              })
          ),
        ])
      ))
    top.append(
      (
        "keyPartners",
        .object([
          ("groupBy", keyPartnerGroups.map(JSONValue.string) ?? .null),
          (
            "partners",
            .array(
              keyPartners.map { k in
                .object([
                  ("id", .string(nodes[k.node].id)), ("name", .string(nodes[k.node].name)),
                  ("standing", int(k.standing)), ("sentence", .string(k.sentence)),
                  ("ties", .array(k.citations.flatMap(\.tieIDs).map(JSONValue.string))),
                ])
              })
          ),
        ])
      ))
    if let organizations { top.append(("organizations", organizations.json())) }
    top.append(
      (
        "structure",
        .object([
          ("cutPoints", .array(structure.articulationPoints.map { .string(nodes[$0].id) })),
          ("bridges", .array(structure.bridges.map { .array([.string(nodes[$0.u].id), .string(nodes[$0.v].id)]) })),
          ("maxCore", int(structure.maxCore)),
          ("mainCore", .array(structure.mainCore.map { .string(nodes[$0].id) })),
        ])
      ))
    if includeEdges {
      top.append(
        (
          "edges",
          .array(edges.map { .array([int($0.u), int($0.v), number($0.weight)]) })
        ))
      top.append(
        (
          "dateRange",
          dateRange.map { .object([("first", day($0.first)), ("last", day($0.last))]) } ?? .null
        ))
      top.append(
        (
          "ties",
          .array(
            ties.map { t in
              var fields: [(String, JSONValue)] = [
                ("index", int(t.index)), ("id", text(t.id)), ("kind", .string(t.kind)), ("label", text(t.label)),
                ("parties", .array(t.parties.map(int))), ("directed", .bool(t.directed)),
                ("projected", .bool(t.projected)), ("date", text(t.date)), ("end", text(t.end)),
                ("strength", number(t.strength)), ("source", text(t.source)),
              ]
              if let active = t.active { fields.append(("active", spans(active))) }
              return .object(fields)
            })
        ))
    }
    return .object(top)
  }
}
