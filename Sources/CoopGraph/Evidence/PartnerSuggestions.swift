/// A new partnership worth approaching, between two organizations of an ``OrganizationView``
/// that share no tie of weight (they may have met at a large event), with what makes it
/// plausible.
public struct PartnerSuggestion: Sendable, Equatable {
  /// The two units; with a `for` unit, `a` is that unit.
  public var a: Int
  public var b: Int
  /// The link-prediction score on ``OrganizationView/tiedGraph``.
  public var score: Double
  /// Organizations both are tied to (units), by name.
  public var commonPartners: [Int]
  /// Ties of the record both take part in (indices into ``OrganizationView/ties``): below the
  /// tie threshold, such as a large meeting both attended.
  public var sharedTies: [Int]
  /// Their Newman pair evidence today (below ``OrganizationView/Options/tieThreshold``).
  public var pairEvidence: Double
}

extension OrganizationView {
  /// Pairs of organizations (top-level, named) that are not tied (``tiedGraph``), scored by
  /// `method` on the tied graph; pairs scoring 0 are not suggested.
  ///
  /// Order: score, then the evidence the pair already shares (a pair that already met comes
  /// first), then the evidence of the two together, then names. Rows equal on all of these are
  /// listed by name.
  ///
  /// - Parameters:
  ///   - involving: only pairs with this unit (it is `a`).
  ///   - across: only pairs whose ends differ in this field (both known).
  public func suggestPartners(
    method: LinkPredictionMethod, involving: Int? = nil, across: String? = nil, top: Int = 10
  ) -> [PartnerSuggestion] {
    var filter = LinkFilter(excludeExisting: true)
    filter.allowed = units.indices.map { !isSubUnit($0) }
    if let involving { filter.involving = [involving] }
    if let across {
      let values = units.map { network.entities[$0].value(of: across) }
      let (groups, names) = Network.groupNumbers(values)
      let unknown = names.firstIndex(of: Network.unknownGroup)
      filter.acrossGroups = groups.map { $0 == unknown ? -1 : Int32($0) }
    }
    let raw = tiedGraph.suggestLinks(method: method, filter: filter, top: nil)
    let names = units.map { network.entities[$0].name }
    let activity = units.indices.map { OrganizationStanding.rounded(evidence(of: $0)) }
    var out: [PartnerSuggestion] = raw.map { s in
      var (a, b) = (s.a, s.b)
      if let involving, b == involving { swap(&a, &b) }
      // What the pair already shares: the ties both take part in, and their Newman evidence.
      let shared = Set(tiesOf[a]).intersection(tiesOf[b]).sorted()
      let evidence = shared.reduce(0.0) { $0 + ties[$1].weight / Double(ties[$1].size - 1) }
      let na = Set(tiedGraph.neighbors(of: a).map(Int.init)), nb = Set(tiedGraph.neighbors(of: b).map(Int.init))
      return PartnerSuggestion(
        a: a, b: b, score: OrganizationStanding.rounded(s.score),
        commonPartners: na.intersection(nb).sorted { names[$0] < names[$1] }, sharedTies: shared,
        pairEvidence: OrganizationStanding.rounded(evidence))
    }
    out.sort { x, y in
      if x.score != y.score { return x.score > y.score }
      if x.pairEvidence != y.pairEvidence { return x.pairEvidence > y.pairEvidence }
      let ex = activity[x.a] + activity[x.b], ey = activity[y.a] + activity[y.b]
      if ex != ey { return ex > ey }
      return (names[x.a], names[x.b]) < (names[y.a], names[y.b])
    }
    return Array(out.prefix(Swift.max(0, top)))
  }
}
