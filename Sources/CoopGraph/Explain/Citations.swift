/// A tie of the record cited as a reason: what it is, with whom, through whom, and the
/// sentence of the record it comes from.
public struct Citation: Sendable, Equatable {
  /// The ids of the ties cited together (ties of one kind, label and source that a partner
  /// takes part in through several of its sub-units are one citation).
  public var tieIDs: [String]
  public var kind: TieKind
  /// What the record calls it: the tie's `type` attribute ("designation", "framework
  /// agreement") or its kind.
  public var noun: String
  public var label: String?
  public var date: String?
  /// The other organizations, by name, in record order.
  public var with: [String]
  /// Parties marked `unnamed: true`.
  public var unnamedPartners: Int
  /// How the partner takes part when not directly: "its School of Automation", "Zhu Songqing
  /// (Member of the University Council and Vice President)".
  public var through: [String]
  /// The tie's `source`, verbatim.
  public var source: String?
  /// The evidence weight of the cited ties together.
  public var weight: Double

  /// "the framework agreement “…” (2025-12-09) with A, B and C".
  public var text: String {
    var s = tieIDs.count == 1 ? "the \(noun)" : "\(tieIDs.count) \(Citation.plural(noun))"
    if let label { s += " “\(label)”" }
    if let date { s += " (\(date))" }
    if !through.isEmpty {
      s += ", through " + Citation.list(Array(through.prefix(3)) + (through.count > 3 ? ["\(through.count - 3) more"] : []))
      s += ","
    }
    var partners: [String] = with.count > 4 ? ["\(with.count) other organizations"] : with
    if unnamedPartners > 0 { partners.append(unnamedPartners == 1 ? "an unnamed partner" : "unnamed partners") }
    if !partners.isEmpty { s += " with " + Citation.list(partners) }
    return s
  }

  /// Each citation as one line for people: its text, capitalized, and its source quoted; a
  /// source already quoted for an earlier citation of the list is not quoted again.
  public static func lines(_ citations: [Citation]) -> [String] {
    var quoted = Set<String>()
    return citations.map { c in
      var line = c.text.prefix(1).uppercased() + c.text.dropFirst()
      if let s = c.source {
        line += quoted.insert(s).inserted ? ": “\(s)”" : " (the sentence quoted above)"
      }
      return line
    }
  }

  /// The English plural of a tie noun: "agreements", "businesses", "ties of kind x" never.
  public static func plural(_ noun: String) -> String {
    if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("ch") || noun.hasSuffix("sh") { return noun + "es" }
    if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
    return noun + "s"
  }

  static func list(_ items: [String]) -> String { KeyPartnerSentence.list(items) }
}

extension OrganizationView {
  /// The id of a tie as reasons cite it: its `id`, or `tie-N` (1-based record position).
  public func tieID(_ t: Int) -> String { network.tieID(at: t) }

  /// The ties that unit `u` takes part in, as citations, heaviest kind first (then record
  /// order).
  /// Ties of one kind, label and source that it takes part in only through sub-units are cited
  /// together.
  public func citations(of u: Int) -> [Citation] {
    let entities = network.entities
    struct Key: Hashable {
      var kind: TieKind
      var label: String?
      var source: String?
    }
    var out: [Citation] = []
    var grouped: [Key: Int] = [:]
    for ti in tiesOf[u] {
      let ot = ties[ti]
      let tie = network.ties[ot.tie]
      guard let position = ot.units.firstIndex(of: u) else { continue }
      let how = ot.participation[position]
      var through: [String] = []
      for p in how {
        switch p {
        case .direct: break
        case .subUnit(let e): through.append("its \(entities[e].name)")
        case .person(let e, let r):
          let role = network.ties[r]
          if OrganizationView.isUnnamed(entities[e]) {
            through.append("its \(role.label ?? "representative")")
            continue
          }
          var title = role.label ?? "role"
          if let org = role.parties.compactMap({ network.index(of: $0) }).first(where: { entities[$0].kind != .person }),
            org != units[u]
          {
            title += ", \(entities[org].name)"
          }
          through.append("\(entities[e].name) (\(title))")
        }
      }
      let viaSubUnitsOnly = !how.contains(.direct) && how.allSatisfy { if case .subUnit = $0 { return true } else { return false } }
      let others = ot.units.filter { $0 != u }.map { entities[units[$0]].name }
      let key = Key(kind: tie.kind, label: tie.label, source: tie.source)
      if viaSubUnitsOnly, let g = grouped[key] {
        out[g].tieIDs.append(tieID(ot.tie))
        out[g].through += through.filter { !out[g].through.contains($0) }
        out[g].with += others.filter { !out[g].with.contains($0) }
        out[g].unnamedPartners += ot.unnamedParties.count
        out[g].weight += ot.weight
        continue
      }
      if viaSubUnitsOnly { grouped[key] = out.count }
      out.append(
        Citation(
          tieIDs: [tieID(ot.tie)], kind: tie.kind, noun: tie.attributes["type"]?.description ?? tie.kind.rawValue,
          label: tie.label, date: tie.date?.description, with: others,
          unnamedPartners: ot.unnamedParties.count, through: through, source: tie.source, weight: ot.weight))
    }
    func perTie(_ c: Citation) -> Double { c.weight / Double(max(1, c.tieIDs.count)) }
    return out.enumerated().sorted { a, b in
      perTie(a.element) != perTie(b.element) ? perTie(a.element) > perTie(b.element) : a.offset < b.offset
    }.map(\.element)
  }
}
