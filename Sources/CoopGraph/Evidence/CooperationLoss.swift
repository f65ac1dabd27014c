/// What the record loses when entities leave: the ties they were party to, which multi-party
/// ties survive with fewer parties and which fall below two, the ties held through their
/// people, and the partners left with no tie to the rest.
public struct CooperationLoss: Sendable {
  /// A tie of the record that loses parties.
  public struct LostTie: Sendable, Equatable {
    /// Its index in ``Network/ties`` and its id as reasons cite it.
    public var tie: Int
    public var id: String
    public var kind: TieKind
    public var label: String?
    /// Parties before and after.
    public var partiesBefore: Int
    public var partiesAfter: Int
    /// Whether two or more parties remain.
    public var survives: Bool { partiesAfter >= 2 }
  }

  /// A tie a removed organization took part in through one of its people.
  public struct PersonTie: Sendable, Equatable {
    public var tie: Int
    public var id: String
    public var kind: TieKind
    public var label: String?
    /// The person (id) and the role that links them to the removed organization.
    public var person: String
    public var role: String
  }

  /// The removed entities' ids.
  public var removed: [String]
  /// Every tie a removed entity is a party of, in record order.
  public var ties: [LostTie]
  /// Ties of people who hold a role with a removed entity, that no removed entity is a party
  /// of itself (the role ties aside).
  public var throughPeople: [PersonTie]
  /// Entities that had a tie and are left with none of two or more parties, by id.
  public var isolated: [String]

  /// The lost ties by kind, most first (then by kind).
  public var byKind: [(kind: TieKind, count: Int)] {
    var c: [TieKind: Int] = [:]
    for t in ties { c[t.kind, default: 0] += 1 }
    return c.map { (kind: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind }
  }
  /// Ties that lose a party but keep two or more.
  public var surviving: [LostTie] { ties.filter(\.survives) }
  /// Ties left with fewer than two parties: that cooperation is gone.
  public var fallen: [LostTie] { ties.filter { !$0.survives } }
}

extension Network {
  /// The cooperation lost when `removed` (entity ids) leave the record.
  ///
  /// - Complexity: O(Σ tie sizes + the ties listed through people): each person's ties are
  ///   indexed once.
  public func cooperationLoss(removing removed: [String]) -> CooperationLoss {
    let gone = Set(removed)
    var lost: [CooperationLoss.LostTie] = []
    var remainingTies: [String: Int] = [:]
    var hadTies = Set<String>()
    // Each person's ties other than roles, in record order, and whether a removed entity is a
    // party of a tie: the ties through people are then read per person, not by scanning
    // every tie once per role.
    var tiesOfPerson: [String: [Int]] = [:]
    var touchesRemoved = [Bool](repeating: false, count: ties.count)
    for (t, tie) in ties.enumerated() {
      let parties = Array(Set(tie.parties))
      for p in parties { hadTies.insert(p) }
      let left = parties.filter { !gone.contains($0) }
      touchesRemoved[t] = left.count < parties.count
      if left.count >= 2 { for p in left { remainingTies[p, default: 0] += 1 } }
      if tie.kind != .role {
        for p in parties where self[p]?.kind == .person { tiesOfPerson[p, default: []].append(t) }
      }
      if left.count < parties.count {
        lost.append(
          .init(
            tie: t, id: tieID(at: t), kind: tie.kind, label: tie.label, partiesBefore: parties.count,
            partiesAfter: left.count))
      }
    }
    var people: [CooperationLoss.PersonTie] = []
    for (r, role) in ties.enumerated() where role.kind == .role && touchesRemoved[r] {
      for person in role.parties where self[person]?.kind == .person && !gone.contains(person) {
        for t in tiesOfPerson[person, default: []] where t != r && !touchesRemoved[t] {
          let tie = ties[t]
          people.append(
            .init(
              tie: t, id: tieID(at: t), kind: tie.kind, label: tie.label, person: person,
              role: role.label ?? "role"))
        }
      }
    }
    let isolated = entities.map(\.id).filter { hadTies.contains($0) && !gone.contains($0) && remainingTies[$0] == nil }
    return CooperationLoss(removed: removed, ties: lost, throughPeople: people, isolated: isolated)
  }
}

extension OrganizationView {
  /// The evidence a unit's leaving takes with it: the full weight of each of its ties that
  /// falls below two parties, and its share, weight / size, of each tie that survives.
  public func evidenceLost(by u: Int) -> Double {
    tiesOf[u].reduce(0) { sum, t in
      let tie = ties[t]
      return sum + (tie.size - 1 < 2 ? tie.weight : tie.weight / Double(tie.size))
    }
  }
}

/// One organization of ``OrganizationView/lossRanking()``.
public struct LossRank: Sendable {
  /// The organization (a unit of the view).
  public var unit: Int
  public var rank: Int
  /// ``OrganizationView/evidenceLost(by:)``, rounded as rankings compare values.
  public var evidenceLost: Double
  /// Pairs of other organizations its loss disconnects (``Graph/fragility(counted:)``).
  public var disconnectedPairs: Int
  /// The ties it is party to.
  public var ties: Int
}

extension OrganizationView {
  /// The top-level organizations by whose loss hurts most: the evidence of cooperation that
  /// leaves with them (``evidenceLost(by:)``), then the pairs of others it disconnects; equal
  /// on both, they share a rank and are listed by name.
  ///
  /// - Complexity: O(units + pairs) for the fragility, plus the ties of each organization.
  public func lossRanking() -> [LossRank] {
    let fragility = graph.fragility()
    var rows: [LossRank] = []
    for u in units.indices where !isSubUnit(u) {
      let pairs = u < fragility.count ? fragility[u] : 0
      rows.append(
        LossRank(
          unit: u, rank: 0, evidenceLost: RankOrder.value(evidenceLost(by: u)), disconnectedPairs: pairs,
          ties: tiesOf[u].count))
    }
    rows.sort { a, b in
      if a.evidenceLost != b.evidenceLost { return a.evidenceLost > b.evidenceLost }
      if a.disconnectedPairs != b.disconnectedPairs { return a.disconnectedPairs > b.disconnectedPairs }
      return entity(ofUnit: a.unit).name < entity(ofUnit: b.unit).name
    }
    let ranks = RankOrder.ranks(count: rows.count) { i, j in
      rows[i].evidenceLost == rows[j].evidenceLost && rows[i].disconnectedPairs == rows[j].disconnectedPairs
    }
    for i in rows.indices { rows[i].rank = ranks[i] }
    return rows
  }
}
