/// Two records compared: two files, or two periods of one (`coopgraph compare`;
/// `docs/time.md`).
///
/// - **Entities** match by id.
/// - **Ties** match by id when they have one (in two periods of one file every tie has one: its
///   own, or `tie-N`, its place in the record), otherwise by kind, the set of parties and the
///   label; repeated ties with one key match as many times as both sides have them.
/// - **Standing**: the organizations ranked on the organization view of both records, by
///   places gained (a riser) or lost (a faller), then by change of score.
/// - **Communities**: Leiden's communities of each projected graph, restricted to the nodes
///   both graphs have, matched by ``CommunityMatching``.
/// - **Pairs**: the node pairs of each projected graph, for the diff diagram: added (only in
///   the second), removed (only in the first), kept.
public struct NetworkComparison: Sendable {
  /// Ties of one kind: how many were added, removed and kept.
  public struct KindChange: Sendable, Equatable {
    public var kind: TieKind
    public var added: Int
    public var removed: Int
    public var kept: Int
  }

  /// An organization ranked in both.
  public struct StandingChange: Sendable, Equatable {
    public var id: String
    public var name: String
    public var before: Int
    public var after: Int
    public var scoreBefore: Double
    public var scoreAfter: Double
    /// Places gained: positive when it rose.
    public var places: Int { before - after }
  }

  /// A node pair of the projected graphs and whether it is in the first, the second or both.
  public struct Pair: Sendable, Equatable {
    public enum Change: String, Sendable { case added, removed, kept }
    public var a: String
    public var b: String
    public var change: Change
  }

  public var before: String
  public var after: String
  /// Entities only in the second record, in its order; only in the first, in its order.
  public var addedEntities: [Entity]
  public var removedEntities: [Entity]
  public var keptEntities: Int
  /// Ties only in the second record, in its order; only in the first, in its order.
  public var addedTies: [Tie]
  public var removedTies: [Tie]
  public var keptTies: Int
  /// Per tie kind of either record, in the first record's order of kinds.
  public var tiesByKind: [KindChange]
  /// Organizations ranked on both organization views: risers first, then unchanged, then
  /// fallers.
  public var standings: [StandingChange]
  /// The communities of each graph restricted to the nodes both have, as entity ids, in
  /// ``CommunityMatching``'s numbering.
  public var communitiesBefore: [[String]]
  public var communitiesAfter: [[String]]
  /// `nil` when the graphs share no node.
  public var matching: CommunityMatching?
  public var pairs: [Pair]
  /// The entities of both, for the diagram: every entity of the first, then the added ones.
  public var entities: [Entity]

  /// Those that rose, most first.
  public var risers: [StandingChange] { standings.filter { $0.places > 0 } }
  /// Those that fell, most first.
  public var fallers: [StandingChange] { standings.filter { $0.places < 0 }.reversed() }

  /// Whether nothing differs: no entity or tie added or removed, no standing moved, the same
  /// communities.
  public var isUnchanged: Bool {
    addedEntities.isEmpty && removedEntities.isEmpty && addedTies.isEmpty && removedTies.isEmpty
      && standings.allSatisfy { $0.places == 0 && $0.scoreBefore == $0.scoreAfter }
      && (matching?.nmi ?? 1) == 1 && communitiesBefore.count == communitiesAfter.count
  }

  /// Compares two analysis contexts (each a record and its projection).
  ///
  /// - Parameters:
  ///   - labels: how outputs name the two (file names, or periods).
  ///   - view: the organization view the standings come from; `nil` for no standings.
  ///   - resolution, seed: for Leiden, as `coopgraph communities`.
  /// - Throws: ``CommunityError`` for a bad resolution, ``TieWeightError`` for bad weights.
  public init(
    _ first: AnalysisContext, _ second: AnalysisContext, labels: (String, String),
    view: OrganizationView.Options?, resolution: Double = 1, seed: UInt64 = 1
  ) throws {
    let a = first.network
    let b = second.network
    before = labels.0
    after = labels.1
    let idsA = Set(a.entities.map(\.id))
    let idsB = Set(b.entities.map(\.id))
    addedEntities = b.entities.filter { !idsA.contains($0.id) }
    removedEntities = a.entities.filter { !idsB.contains($0.id) }
    keptEntities = a.entities.count - removedEntities.count
    entities = a.entities + addedEntities

    // Ties, as multisets of keys.
    var remaining: [String: Int] = [:]
    for t in b.ties { remaining[NetworkComparison.key(t), default: 0] += 1 }
    var removed: [Tie] = []
    var kept = 0
    var keptKinds: [TieKind: Int] = [:]
    for t in a.ties {
      let k = NetworkComparison.key(t)
      if let n = remaining[k], n > 0 {
        remaining[k] = n - 1
        kept += 1
        keptKinds[t.kind, default: 0] += 1
      } else {
        removed.append(t)
      }
    }
    var added: [Tie] = []
    var unmatched: [String: Int] = [:]
    for t in a.ties { unmatched[NetworkComparison.key(t), default: 0] += 1 }
    for t in b.ties {
      let k = NetworkComparison.key(t)
      if let n = unmatched[k], n > 0 {
        unmatched[k] = n - 1
      } else {
        added.append(t)
      }
    }
    addedTies = added
    removedTies = removed
    keptTies = kept
    var kinds: [TieKind] = []
    for k in a.tieKinds + b.tieKinds where !kinds.contains(k) { kinds.append(k) }
    tiesByKind = kinds.compactMap { k in
      let change = KindChange(
        kind: k, added: added.filter { $0.kind == k }.count, removed: removed.filter { $0.kind == k }.count,
        kept: keptKinds[k] ?? 0)
      return change.added + change.removed + change.kept == 0 ? nil : change
    }

    // Standings on the organization view.
    var changes: [StandingChange] = []
    if let view, OrganizationView.applies(to: a), OrganizationView.applies(to: b) {
      let all = Int(Int32.max)
      // As `coopgraph partners`: each view leaves out what its projection leaves out, and
      // brokerage is across countries when the record has them.
      var viewA = view
      viewA.adopt(first.projected.projection, network: a)
      var viewB = view
      viewB.adopt(second.projected.projection, network: b)
      let groupA: String? = a.entities.contains { $0.country != nil } ? "country" : nil
      let groupB: String? = b.entities.contains { $0.country != nil } ? "country" : nil
      let ra = try first.organizationPartners(options: viewA, groupBy: groupA, top: all)
      let rb = try second.organizationPartners(options: viewB, groupBy: groupB, top: all)
      var afterByID: [String: OrganizationPartnersReport.Partner] = [:]
      for p in rb.partners { afterByID[p.id] = p }
      for p in ra.partners {
        guard let q = afterByID[p.id] else { continue }
        changes.append(
          StandingChange(
            id: p.id, name: q.name, before: p.row.standing, after: q.row.standing, scoreBefore: p.row.score,
            scoreAfter: q.row.score))
      }
      changes.sort { x, y in
        if x.places != y.places { return x.places > y.places }
        let dx = x.scoreAfter - x.scoreBefore
        let dy = y.scoreAfter - y.scoreBefore
        if dx != dy { return dx > dy }
        return x.after < y.after
      }
    }
    standings = changes

    // Communities on the nodes both graphs have.
    let ga = first.graph
    let gb = second.graph
    var indexB: [String: Int] = [:]
    for (v, id) in gb.ids.enumerated() { indexB[id] = v }
    var common: [(Int, Int)] = []
    for (v, id) in ga.ids.enumerated() {
      if let w = indexB[id] { common.append((v, w)) }
    }
    if common.isEmpty || ga.nodeCount == 0 || gb.nodeCount == 0 {
      matching = nil
      communitiesBefore = []
      communitiesAfter = []
    } else {
      let ca = try first.communities(resolution: resolution, seed: seed).partition
      let cb = try second.communities(resolution: resolution, seed: seed).partition
      let pa = Partition(labels: common.map { Int(ca.membership[$0.0]) })
      let pb = Partition(labels: common.map { Int(cb.membership[$0.1]) })
      matching = try CommunityMatching(pa, pb)
      let names: [String] = common.map { ga.ids[$0.0] }
      communitiesBefore = pa.communities.map { $0.map { names[$0] } }
      communitiesAfter = pb.communities.map { $0.map { names[$0] } }
    }

    // Node pairs of the two graphs.
    var pairsA: Set<String> = []
    var list: [Pair] = []
    func pairKey(_ x: String, _ y: String) -> String { x < y ? x + "\u{1F}" + y : y + "\u{1F}" + x }
    for v in 0..<ga.nodeCount {
      for w in ga.neighbors(of: v) where Int(w) > v {
        pairsA.insert(pairKey(ga.ids[v], ga.ids[Int(w)]))
      }
    }
    var pairsB: Set<String> = []
    for v in 0..<gb.nodeCount {
      for w in gb.neighbors(of: v) where Int(w) > v {
        let k = pairKey(gb.ids[v], gb.ids[Int(w)])
        pairsB.insert(k)
        list.append(Pair(a: gb.ids[v], b: gb.ids[Int(w)], change: pairsA.contains(k) ? .kept : .added))
      }
    }
    for v in 0..<ga.nodeCount {
      for w in ga.neighbors(of: v) where Int(w) > v {
        if !pairsB.contains(pairKey(ga.ids[v], ga.ids[Int(w)])) {
          list.append(Pair(a: ga.ids[v], b: ga.ids[Int(w)], change: .removed))
        }
      }
    }
    pairs = list
  }

  /// The key ties match by: `id:` and the id, or `kind|parties (sorted)|label`.
  public static func key(_ t: Tie) -> String {
    if let id = t.id { return "id:" + id }
    return t.kind.rawValue + "\u{1F}" + t.parties.sorted().joined(separator: ",") + "\u{1F}" + (t.label ?? "")
  }
}
