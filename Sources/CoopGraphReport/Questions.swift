import CoopGraph

// The questions `partners`, `suggest` and `whatif` ask, each answered on the organization view
// where the record names organizations and on the projection otherwise, as a presentation that
// prints in any `OutputFormat`. The command line only fills them in from its options.

/// Who the key partners are and why (`coopgraph partners`).
public struct KeyPartnerQuestion: Sendable {
  /// The organization view the answer is given on; `nil`: on the projection, by mean rank
  /// over ``KeyPartnerOptions/measures``.
  public var view: OrganizationView.Options?
  /// Entity kinds that may be key partners (`nil`: all but people).
  public var kinds: Set<EntityKind>?
  /// The field or attribute whose groups brokerage is measured between; `nil` for none.
  public var groupBy: String? = "country"
  /// How many key partners are explained.
  public var top = 5

  public init() {}

  /// The key partners of `context`'s record, the steps timed in `context`.
  /// - Throws: ``RequestError`` for a kind the record lacks or a `groupBy` no entity has;
  ///   errors of the measures.
  public func answer(_ context: AnalysisContext) throws -> any Presentation {
    let network = context.network
    let kinds = try self.kinds.map(network.checkedKinds)
    if let groupBy { try network.requireValues(of: groupBy, option: "--group-by", advice: "use another key or --no-groups") }
    if var view {
      if let kinds { view.kinds = kinds }
      let report = try context.organizationPartners(options: view, groupBy: groupBy, top: top)
      return OrganizationPartnersPresentation(report, title: network.title)
    }
    let options = KeyPartnerOptions(groupBy: groupBy, top: top, kinds: kinds)
    let report = try context.timed("key partners (projection)") {
      try network.keyPartners(projection: context.loaded.projected.projection, options: options)
    }
    return KeyPartnersPresentation(report, title: network.title, measures: options.measures.map(\.name))
  }
}

/// Which partners to suggest (`coopgraph suggest`): pairs not yet tied that share partners.
public struct SuggestionQuestion: Sendable {
  public var method: LinkPredictionMethod = .adamicAdar
  /// Only suggestions for this entity (an id of the record).
  public var involving: String?
  /// Only pairs whose ends differ in this field or attribute.
  public var across: String?
  /// Only pairs whose ends are of these kinds (answered on the projection).
  public var kinds: Set<EntityKind>?
  /// Also score pairs already tied (answered on the projection).
  public var includeExisting = false
  public var top = 10
  /// The organization view suggestions are made on, with their reasons; `nil`, or `kinds` or
  /// `includeExisting` given: among the entities of the projection.
  public var view: OrganizationView.Options?

  public init() {}

  /// The suggestions on `loaded`.
  /// - Throws: ``RequestError`` (an entity that is no node or no organization, a key no entity
  ///   has, an unknown kind); errors of ``OrganizationView``.
  public func answer(_ loaded: NetworkFile.Loaded) throws -> any Presentation {
    let network = loaded.network
    if let view, !includeExisting, kinds == nil {
      let organizations = try OrganizationView(network, options: view)
      var unit: Int? = nil
      if let involving, let e = network.index(of: involving) {
        guard let u = organizations.unitOf[e] else { throw RequestError.notAnOrganization(involving) }
        unit = u
      }
      if let across { try network.requireValues(of: across, option: "--across") }
      let suggestions = organizations.suggestPartners(method: method, involving: unit, across: across, top: top)
      return PartnerSuggestionsPresentation(
        suggestions, view: organizations, method: method.rawValue,
        scope: scope(for: involving.map { network[$0]?.name ?? $0 }))
    }
    let suggestions = try network.suggestLinks(
      on: loaded.projected, method: method, involving: involving, across: across, kinds: kinds,
      includeExisting: includeExisting, top: top)
    var scope = scope(for: involving)
    if let kinds { scope.append("kinds \(kinds.map(\.rawValue).sorted().joined(separator: ","))") }
    return LinkSuggestionsPresentation(
      suggestions, method: method.rawValue, scope: scope, ids: loaded.graph.ids,
      names: loaded.projected.entityIndices.map { $0.map { network.entities[$0].name } ?? "" })
  }

  /// What the suggestions are limited to, as their title says it.
  func scope(for entity: String?) -> [String] {
    (entity.map { ["for \($0)"] } ?? []) + (across.map { ["across \($0)"] } ?? [])
  }
}

/// What changes when partners leave (`coopgraph whatif`).
public struct WhatIfQuestion: Sendable {
  /// The entities removed (ids of the record); none: rank every organization (or, on a plain
  /// graph, every entity) by what its leaving would cost.
  public var removing: [String] = []
  /// The measure the remaining entities are ranked by.
  public var measure: CentralityMeasure = .degree
  /// Rows shown of each ranking; `nil` for all.
  public var top: Int?
  /// The organization view the loss ranking and the cooperation lost are told on; `nil` for
  /// the projection only.
  public var view: OrganizationView.Options?
  public var threads = Parallelism.available

  public init() {}

  /// The answer on `loaded`.
  /// - Throws: ``CentralityError`` when `measure` cannot run on the graph; errors of
  ///   ``OrganizationView``.
  public func answer(_ loaded: NetworkFile.Loaded) throws -> any Presentation {
    let network = loaded.network
    func shown<T>(_ rows: [T]) -> [T] { top.map { Array(rows.prefix($0)) } ?? rows }
    if removing.isEmpty {
      if let view {
        let organizations = try OrganizationView(network, options: view)
        return LossRankingPresentation(organizations, rows: shown(organizations.lossRanking()))
      }
      return FragilityPresentation(shown(network.fragilityRanking(loaded.projected)), network: network)
    }
    try CentralityOptions().validate(for: measure, graph: loaded.graph)
    let measure = self.measure, threads = self.threads
    let report = try network.whatIf(
      removing: removing, in: loaded.projected, score: { measure.rankingScores(on: $0, threads: threads) },
      threads: threads)
    let loss = view.map { _ in network.cooperationLoss(removing: removing) }
    return WhatIfPresentation(report, ranking: shown(report.ranking), measure: measure, loss: loss, network: network)
  }
}
