/// Link prediction among the entities of a projection.

/// A suggestion request that names what the record cannot answer.
public enum LinkRequestError: Error, Equatable, CustomStringConvertible {
  /// The entity asked about is not a node of the projection.
  case notANode(String)
  /// No entity has a value for the field or attribute the pairs must differ in.
  case noValues(String)
  /// An entity kind the record does not have.
  case unknownKind(String, known: [String])

  public var description: String {
    switch self {
    case .notANode(let id): return "--for: entity '\(id)' is not a node of this projection"
    case .noValues(let key): return "--across: no entity has a value for '\(key)'"
    case .unknownKind(let kind, let known):
      return "--kinds: unknown entity kind '\(kind)'; kinds in this network: \(known.joined(separator: ", "))"
    }
  }
}

extension Network {
  /// New ties suggested among the entities of `projected` (tie nodes of a bipartite
  /// projection are never an end), by ``Graph/suggestLinks(method:filter:top:)``.
  ///
  /// - Parameters:
  ///   - involving: only pairs with this entity, which is then always end `a`.
  ///   - across: only pairs whose ends differ in this field or attribute (ends without it are
  ///     left out).
  ///   - kinds: only pairs whose ends are of these kinds.
  ///   - includeExisting: also score pairs already tied.
  /// - Throws: ``LinkRequestError``.
  public func suggestLinks(
    on projected: ProjectedNetwork, method: LinkPredictionMethod, involving: String? = nil, across: String? = nil,
    kinds: Set<EntityKind>? = nil, includeExisting: Bool = false, top: Int
  ) throws -> [LinkSuggestion] {
    let g = projected.graph
    var filter = LinkFilter(excludeExisting: !includeExisting)
    let entityOf: [Entity?] = projected.entityIndices.map { $0.map { entities[$0] } }
    if let involving {
      guard let v = g.ids.indices.first(where: { g.ids[$0] == involving && entityOf[$0] != nil }) else {
        throw LinkRequestError.notANode(involving)
      }
      filter.involving = [v]
    }
    if let across {
      let (groups, names) = self.groups(of: projected, by: across)
      guard names.contains(where: { $0 != Network.unknownGroup }) else { throw LinkRequestError.noValues(across) }
      let unknown = names.firstIndex(of: Network.unknownGroup)
      filter.acrossGroups = groups.map { $0 == unknown ? -1 : Int32($0) }
    }
    if let kinds {
      let known = Set(entityKinds)
      if let bad = kinds.sorted().first(where: { !known.contains($0) }) {
        throw LinkRequestError.unknownKind(bad.rawValue, known: entityKinds.map(\.rawValue))
      }
      filter.allowed = entityOf.map { e in e.map { kinds.contains($0.kind) } ?? false }
    } else {
      filter.allowed = entityOf.map { $0 != nil }
    }
    let suggestions = g.suggestLinks(method: method, filter: filter, top: top)
    guard let v = filter.involving?.first else { return suggestions }
    return suggestions.map { s in s.b == v ? LinkSuggestion(a: s.b, b: s.a, score: s.score) : s }
  }
}
