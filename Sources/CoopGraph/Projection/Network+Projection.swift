extension Network {
  /// Projects the network into a graph under `projection`.
  ///
  /// Nodes come in the order of ``entities`` (then tie nodes, in the order of ``ties``, when
  /// the projection is bipartite). Each tie contributes, to each edge it makes,
  /// `c = (combine == .strength ? strength : 1) × (cliqueWeighting == .newman ? 1/(k−1) : 1)`,
  /// where k is the number of its parties that are nodes; contributions to the same edge add
  /// up. A graph whose every edge ends with strength 1 is returned unweighted.
  ///
  /// - Throws: ``ProjectionError`` for a kind or entity the network does not have.
  /// - Complexity: O(entities + Σ k²) for cliques, O(entities + Σ k) for bipartite.
  /// - Throws: ``ProjectionError/cliqueTooLarge(budget:tie:parties:)`` before a clique
  ///   projection passes ``ProjectionError/cliqueEdgeBudget`` edges.
  public func project(_ projection: Projection = .default) throws -> ProjectedNetwork {
    // Excluded entities may be named by id, name or alias (``resolveEntity(_:)``).
    var projection = projection
    projection.excludedEntities = Set(
      try projection.excludedEntities.sorted().map { id in
        do { return try resolveEntity(id) } catch let lookup as EntityLookupError {
          throw ProjectionError.unknownExcluded(lookup)
        }
      })
    try validate(projection)
    var index = self
    index.buildIndex()

    // 1. Which entity stands for each entity: itself, its top-most included ancestor when
    //    parts collapse, or nothing (-1) when it is left out.
    let n = entities.count
    var included = [Bool](repeating: false, count: n)
    for (i, e) in entities.enumerated() {
      let kindOK = projection.nodeKinds?.contains(e.kind) ?? true
      let personOK = !(projection.bridgeThroughPeople && e.kind == .person)
      included[i] = kindOK && personOK && !projection.excludes(e)
    }
    var representative = [Int](repeating: -1, count: n)
    for i in 0..<n where included[i] {
      var r = i
      if projection.partOf == .collapse {
        for a in index.ancestors(of: entities[i].id) {
          if let ai = index.index(of: a), included[ai] { r = ai }
        }
      }
      representative[i] = r
    }

    // 2. Nodes: every entity that represents itself, in file order.
    var node = [Int](repeating: -1, count: n)
    var builder = GraphBuilder(directed: projection.directed)
    var entityIndices: [Int?] = []
    var tieIndices: [Int?] = []
    for i in 0..<n where representative[i] == i {
      node[i] = builder.addNode(entities[i].id)
      entityIndices.append(i)
      tieIndices.append(nil)
    }

    let tieKindOK = { (k: TieKind) in projection.tieKinds?.contains(k) ?? true }
    func nodes(of tie: Tie) -> [Int] {
      var seen = Set<Int>()
      var out: [Int] = []
      for p in tie.parties {
        guard let e = index.index(of: p) else { continue }
        let r = representative[e]
        if r >= 0, seen.insert(node[r]).inserted { out.append(node[r]) }
      }
      return out
    }

    // 3. Ties. The clique edges are counted before they are made, against the budget.
    var cliqueEdges = 0
    for (t, tie) in ties.enumerated() where tieKindOK(tie.kind) {
      if projection.bridgeThroughPeople && tie.kind == .role { continue }
      let parties = nodes(of: tie)
      let k = parties.count
      guard k >= 2 else { continue }
      var c = projection.combine == .strength ? tie.strength : 1
      let directedTie = projection.directed && isDirected(tie)
      switch projection.multiParty {
      case .clique:
        let made = directedTie ? k - 1 : (projection.directed ? k * (k - 1) : k * (k - 1) / 2)
        cliqueEdges += made
        if cliqueEdges > ProjectionError.cliqueEdgeBudget {
          throw ProjectionError.cliqueTooLarge(
            budget: ProjectionError.cliqueEdgeBudget, tie: tie.id ?? "tie-\(t + 1)", parties: k)
        }
        if projection.cliqueWeighting == .newman { c /= Double(k - 1) }
        if directedTie {
          for q in parties.dropFirst() { builder.addEdge(parties[0], q, weight: c) }
        } else {
          for a in 0..<k {
            for b in (a + 1)..<k {
              builder.addEdge(parties[a], parties[b], weight: c)
              if projection.directed { builder.addEdge(parties[b], parties[a], weight: c) }
            }
          }
        }
      case .bipartite:
        let tieNode = builder.addNode(tie.id ?? "tie-\(t + 1)")
        entityIndices.append(nil)
        tieIndices.append(t)
        for (j, p) in parties.enumerated() {
          if directedTie {
            if j == 0 { builder.addEdge(p, tieNode, weight: c) } else { builder.addEdge(tieNode, p, weight: c) }
          } else {
            builder.addEdge(p, tieNode, weight: c)
            if projection.directed { builder.addEdge(tieNode, p, weight: c) }
          }
        }
      }
    }

    // 4. Part-of as ties.
    if projection.partOf == .ties && tieKindOK(.partOf) {
      for (i, e) in entities.enumerated() {
        guard node[i] >= 0, let p = e.parent, let pi = index.index(of: p), node[pi] >= 0 else { continue }
        builder.addEdge(node[i], node[pi], weight: 1)
      }
    }

    // 5. Organizations linked through the people who hold roles in both.
    if projection.bridgeThroughPeople && tieKindOK(.role) && tieKindOK(Projection.sharedPerson) {
      var orgsOfPerson: [Int: [Int]] = [:]
      var order: [Int] = []
      for tie in ties where tie.kind == .role {
        guard let first = tie.parties.first, let pi = index.index(of: first),
          entities[pi].kind == .person, !projection.excludes(entities[pi])
        else { continue }
        if orgsOfPerson[pi] == nil { order.append(pi) }
        for p in tie.parties.dropFirst() {
          guard let e = index.index(of: p) else { continue }
          let r = representative[e]
          if r >= 0, !(orgsOfPerson[pi, default: []].contains(node[r])) {
            orgsOfPerson[pi, default: []].append(node[r])
          }
        }
      }
      for person in order {
        let orgs = orgsOfPerson[person] ?? []
        for a in 0..<orgs.count {
          for b in (a + 1)..<orgs.count {
            builder.addEdge(orgs[a], orgs[b], weight: 1)
            if projection.directed { builder.addEdge(orgs[b], orgs[a], weight: 1) }
          }
        }
      }
    }

    var graph = try builder.build(parallelEdges: .sum)
    if let w = graph.weights, w.allSatisfy({ $0 == 1 }) { graph = graph.unweighted() }
    return ProjectedNetwork(
      graph: graph, projection: projection, entityIndices: entityIndices, tieIndices: tieIndices)
  }

  /// The graph of ``project(_:)``, without the mapping.
  public func graph(_ projection: Projection = .default) throws -> Graph {
    try project(projection).graph
  }

  func validate(_ projection: Projection) throws {
    let entityKinds = Set(self.entityKinds)
    for k in (projection.nodeKinds ?? []).sorted() where !entityKinds.contains(k) {
      throw ProjectionError.unknownEntityKind(k.rawValue, known: self.entityKinds.map(\.rawValue))
    }
    let tieKinds = self.tieKinds + [.partOf, Projection.sharedPerson]
    for k in (projection.tieKinds ?? []).sorted() where !tieKinds.contains(k) {
      throw ProjectionError.unknownTieKind(k.rawValue, known: tieKinds.map(\.rawValue))
    }
    for id in projection.excludedEntities.sorted() where self[id] == nil {
      throw ProjectionError.unknownEntity(id)
    }
  }

  /// Checks `--exclude-where` against the whole record (not a period of it): a field or
  /// attribute no entity has, or a value no entity has for it, is an error, not silence.
  /// - Throws: ``ProjectionError/unknownField(_:)``, ``ProjectionError/unknownValue(key:value:known:)``.
  public func checkExclusions(_ projection: Projection) throws {
    for (key, value) in projection.excludedWhere.sorted(by: { $0.key < $1.key }) {
      let values = Set(entities.compactMap { $0.value(of: key) })
      if values.isEmpty { throw ProjectionError.unknownField(key) }
      if !values.contains(value) { throw ProjectionError.unknownValue(key: key, value: value, known: values.sorted()) }
    }
  }
}
