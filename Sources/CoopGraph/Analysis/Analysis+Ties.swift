extension Analysis {
  /// A tie of the record as the report shows it: what it is, which nodes take part, when it is
  /// active and the sentence of the source it comes from.
  public struct RecordTie: Sendable, Hashable {
    /// Its place in the record's `ties` (0-based).
    public var index: Int
    public var id: String?
    public var kind: String
    public var label: String?
    /// The nodes of its parties, in the record's order, each once (a part folded into its whole
    /// counts as the whole); parties that are not nodes are left out.
    public var parties: [Int]
    /// Whether the tie is directed (its own `directed`, else its kind's default).
    public var directed: Bool
    /// Whether the projection counts the tie (its kind is among those projected).
    public var projected: Bool
    /// The date or the start of its range, as written (`2021-03`).
    public var date: String?
    /// The end of its date range, as written.
    public var end: String?
    public var strength: Double
    /// The sentence of the record the tie is taken from (`source`).
    public var source: String?
    /// The days the tie is active on (``Activity/tieDays``), or `nil` when the record has no dates.
    public var active: [DaySpan]?
  }

  /// The record's ties with their parties as nodes, and the aliases, parent and presence of
  /// every node (`nodes` is updated in place). Presence and activity follow the rules of
  /// `docs/time.md` (``Activity``, undated ties included) and are only given when the record has
  /// dates.
  ///
  /// - Complexity: O(entities × depth of part-of + Σ parties of ties), plus ``Activity``'s cost
  ///   for a dated record.
  static func describeTies(
    _ loaded: NetworkFile.Loaded, nodes: inout [Node]
  ) -> (ties: [RecordTie], dateRange: (first: Day, last: Day)?) {
    var network = loaded.network
    network.buildIndex()
    let projected = loaded.projected
    var nodeOfEntity = [Int](repeating: -1, count: network.entities.count)
    for v in nodes.indices where v < projected.entityIndices.count {
      if let e = projected.entityIndices[v] { nodeOfEntity[e] = v }
    }
    /// The node that stands for entity `e`: its own, else its nearest ancestor's.
    func node(of e: Int) -> Int? {
      if nodeOfEntity[e] >= 0 { return nodeOfEntity[e] }
      for a in network.ancestors(of: network.entities[e].id) {
        if let ai = network.index(of: a), nodeOfEntity[ai] >= 0 { return nodeOfEntity[ai] }
      }
      return nil
    }
    let range = Activity.dateRange(of: network)
    let activity = range == nil ? nil : Activity(network, undated: .include)
    for v in nodes.indices where v < projected.entityIndices.count {
      if let e = projected.entityIndices[v] {
        let entity = network.entities[e]
        nodes[v].aliases = entity.aliases
        for a in network.ancestors(of: entity.id) {
          if let ai = network.index(of: a), nodeOfEntity[ai] >= 0 {
            nodes[v].parent = nodeOfEntity[ai]
            break
          }
        }
        nodes[v].present = activity.map { $0.presence[e].spans }
      } else if v < projected.tieIndices.count, let t = projected.tieIndices[v] {
        nodes[v].present = activity.map { $0.tieDays[t].spans }
      }
    }
    let kinds = projected.projection.tieKinds
    let ties = network.ties.enumerated().map { t, tie in
      var parties: [Int] = []
      for p in tie.parties {
        if let e = network.index(of: p), let v = node(of: e), !parties.contains(v) { parties.append(v) }
      }
      return RecordTie(
        index: t, id: tie.id, kind: tie.kind.rawValue, label: tie.label, parties: parties,
        directed: network.isDirected(tie), projected: kinds?.contains(tie.kind) ?? true,
        date: tie.date?.start.description, end: tie.date?.end?.description, strength: tie.strength,
        source: tie.source, active: activity.map { $0.tieDays[t].spans })
    }
    return (ties, range)
  }
}
