/// Link prediction among the entities of a projection.

/// A request (of `suggest`, `partners`) that names what the record cannot answer: a usage error
/// (exit 2 on the command line), its description naming the option.
public enum RequestError: CategorizedError, Equatable {
  /// The entity asked about (`--for`) is not a node of the projection.
  case notANode(String)
  /// The entity asked about (`--for`) is a person or a placeholder, not an organization.
  case notAnOrganization(String)
  /// No entity has a value for the field or attribute (`option`: `--across`, `--group-by`);
  /// `advice` says what to do instead.
  case noValues(option: String, key: String, advice: String? = nil)
  /// An entity kind (`--kinds`) the record does not have.
  case unknownKind(String, known: [String])

  public var category: ErrorCategory { .usage }

  public var description: String {
    switch self {
    case .notANode(let id): return "--for: entity '\(id)' is not a node of this projection"
    case .notAnOrganization(let id):
      return "--for: '\(id)' is not an organization of the record (a person or a placeholder); use --people"
    case .noValues(let option, let key, let advice):
      return "\(option): no entity has a value for '\(key)'" + (advice.map { "; \($0)" } ?? "")
    case .unknownKind(let kind, let known):
      return "--kinds: unknown entity kind '\(kind)'; kinds in this network: \(known.joined(separator: ", "))"
    }
  }
}

extension Network {
  /// `kinds` checked against the record's entity kinds.
  /// - Throws: ``RequestError/unknownKind(_:known:)`` for the first kind (by name) the record lacks.
  public func checkedKinds(_ kinds: Set<EntityKind>) throws -> Set<EntityKind> {
    let known = Set(entityKinds)
    if let bad = kinds.sorted().first(where: { !known.contains($0) }) {
      throw RequestError.unknownKind(bad.rawValue, known: entityKinds.map(\.rawValue))
    }
    return kinds
  }

  /// Checks that some entity has a value for `key` (`option` names it in the error, `advice`
  /// follows it).
  /// - Throws: ``RequestError/noValues(option:key:advice:)``.
  public func requireValues(of key: String, option: String, advice: String? = nil) throws {
    guard entities.contains(where: { $0.value(of: key) != nil }) else {
      throw RequestError.noValues(option: option, key: key, advice: advice)
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
  /// - Throws: ``RequestError``.
  public func suggestLinks(
    on projected: ProjectedNetwork, method: LinkPredictionMethod, involving: String? = nil, across: String? = nil,
    kinds: Set<EntityKind>? = nil, includeExisting: Bool = false, top: Int
  ) throws -> [LinkSuggestion] {
    let g = projected.graph
    var filter = LinkFilter(excludeExisting: !includeExisting)
    let entityOf: [Entity?] = projected.entityIndices.map { $0.map { entities[$0] } }
    if let involving {
      guard let v = g.ids.indices.first(where: { g.ids[$0] == involving && entityOf[$0] != nil }) else {
        throw RequestError.notANode(involving)
      }
      filter.involving = [v]
    }
    if let across {
      let (groups, names) = self.groups(of: projected, by: across)
      guard names.contains(where: { $0 != Network.unknownGroup }) else {
        throw RequestError.noValues(option: "--across", key: across)
      }
      let unknown = names.firstIndex(of: Network.unknownGroup)
      filter.acrossGroups = groups.map { $0 == unknown ? -1 : Int32($0) }
    }
    if let kinds = try kinds.map(checkedKinds) {
      filter.allowed = entityOf.map { e in e.map { kinds.contains($0.kind) } ?? false }
    } else {
      filter.allowed = entityOf.map { $0 != nil }
    }
    let suggestions = g.suggestLinks(method: method, filter: filter, top: top)
    guard let v = filter.involving?.first else { return suggestions }
    return suggestions.map { s in s.b == v ? LinkSuggestion(a: s.b, b: s.a, score: s.score) : s }
  }
}
