/// When each tie of a record is active and each entity present: the rules of `docs/time.md`,
/// computed once per record and undated policy, so that snapshots, timelines and dynamic GEXF
/// agree by construction.
///
/// The rules:
/// 1. An entity's **own span** runs from the first day of `joined` (or `since`) to the last day
///    of `left` (or `until`), each end open when not given (``Entity/ownSpan``).
/// 2. A tie's **date span** runs from the first day of its date (or range start) to the last
///    day of its range end; a date without an end stays active (``DateRange/activeSpan``). An
///    undated tie spans every day under ``UndatedPolicy/include`` and none under `exclude`.
/// 3. A party takes part in a tie on the days of the tie's date span inside its own span. A tie
///    is **active** on the days at least two of its parties take part.
/// 4. An entity is **present** on the days of its own span when the record says when it
///    joined; else on the days it takes part in an active tie (so never after it left); else
///    (an entity in no tie at all and with no parts) on the days of its own span under
///    `include` and none under `exclude`. An entity is also present whenever one of its parts
///    (sub-units, through `parent`) is, within its own span.
public struct Activity: Sendable {
  public let undated: UndatedPolicy
  /// Per tie, in record order: the days it is active.
  public let tieDays: [DaySet]
  /// Per entity, in record order: the days it is present.
  public let presence: [DaySet]
  /// Per entity: its own span (rule 1).
  public let ownSpans: [DaySpan]
  /// Ties without a date, by index.
  public let undatedTies: [Int]

  /// Computes the activity of every tie and the presence of every entity.
  /// - Complexity: O(Σ k² × spans) over ties of k parties, plus O(entities × depth).
  public init(_ network: Network, undated: UndatedPolicy = .include) {
    self.undated = undated
    var index = network
    index.buildIndex()
    let own: [DaySpan] = network.entities.map(\.ownSpan)
    var days: [DaySet] = []
    var undatedTies: [Int] = []
    var direct: [DaySet] = Array(repeating: DaySet(), count: network.entities.count)
    var inSomeTie: [Bool] = Array(repeating: false, count: network.entities.count)
    for e in network.entities {
      if let p = e.parent, let pi = index.index(of: p) { inSomeTie[pi] = true }
    }
    days.reserveCapacity(network.ties.count)
    for (t, tie) in network.ties.enumerated() {
      if tie.date == nil { undatedTies.append(t) }
      // The tie's date span; none for an undated tie left out.
      var base: DaySpan? = tie.date?.activeSpan
      if tie.date == nil && undated == .include { base = .always }
      let parties: [Int] = tie.parties.compactMap { index.index(of: $0) }
      for p in parties { inSomeTie[p] = true }
      let active = Activity.activeDays(base: base, parties: parties, own: own)
      days.append(active)
      for p in parties {
        direct[p].formUnion(active.intersection(own[p]))
      }
    }
    var presence: [DaySet] = []
    presence.reserveCapacity(network.entities.count)
    for (i, e) in network.entities.enumerated() {
      if e.joined != nil {
        presence.append(DaySet(own[i]))
      } else if inSomeTie[i] {
        // In a tie, or a whole with parts: present when it (or a part, below) takes part,
        // until it left.
        presence.append(direct[i])
      } else {
        presence.append(undated == .include ? DaySet(own[i]) : DaySet())
      }
    }
    // Rule 4, parts: deepest entities first, so that a chain school → faculty → university
    // carries presence all the way up.
    let depth: [Int] = network.entities.map { index.ancestors(of: $0.id).count }
    let order: [Int] = network.entities.indices.sorted { depth[$0] > depth[$1] }
    for i in order {
      guard let p = network.entities[i].parent, let pi = index.index(of: p) else { continue }
      presence[pi].formUnion(presence[i].intersection(own[pi]))
    }
    self.tieDays = days
    self.presence = presence
    self.ownSpans = own
    self.undatedTies = undatedTies
  }

  /// The days on which at least two of `parties` take part in a tie spanning `base`.
  static func activeDays(base: DaySpan?, parties: [Int], own: [DaySpan]) -> DaySet {
    guard let base, !base.isEmpty, parties.count >= 2 else { return DaySet() }
    let allUndated = parties.allSatisfy { own[$0] == .always }
    if allUndated { return DaySet(base) }
    var out = DaySet()
    for a in 0..<parties.count {
      let sa: DaySpan = base.intersection(own[parties[a]])
      if sa.isEmpty { continue }
      for b in (a + 1)..<parties.count {
        let sab: DaySpan = sa.intersection(own[parties[b]])
        if !sab.isEmpty { out.formUnion(DaySet(sab)) }
      }
    }
    return out
  }

  /// The first and last day any date of the record names (tie starts and ends, entity joined
  /// and left), or `nil` for a record without dates.
  public static func dateRange(of network: Network) -> (first: Day, last: Day)? {
    var first: Day?
    var last: Day?
    func see(_ d: PartialDate?) {
      guard let d else { return }
      first = DaySpan.earlier(first, d.firstDay)
      last = DaySpan.later(last, d.lastDay)
    }
    for t in network.ties {
      see(t.date?.start)
      see(t.date?.end)
    }
    for e in network.entities {
      see(e.joined)
      see(e.left)
    }
    guard let first, let last else { return nil }
    return (first, last)
  }
}

/// A record cut to a window of time: the entities present and the ties active in it.
public struct TimeSlice: Sendable {
  /// The entities present on some day of the window, in record order; the ties active on some
  /// day of it, each with the parties taking part then. A tie without an id is given the id it
  /// has in the whole record (`tie-N`, ``Network/tieID(at:)``), so that citations name it the
  /// same; a parent not present is replaced by its nearest present ancestor.
  public var network: Network
  public var filter: TimeFilter
  /// Index in the whole record of each tie of ``network``.
  public var tieIndices: [Int]
  /// Index in the whole record of each entity of ``network``.
  public var entityIndices: [Int]
  /// Undated ties of the whole record (included in, or left out of, every window).
  public var undatedTies: Int
  /// Ties of the whole record.
  public var recordTies: Int

  /// The note outputs print: `as of 2025: 40 of 63 ties active; 3 undated ties included`.
  public var summary: String {
    var s = "\(filter.label): \(network.ties.count) of \(recordTies) \(recordTies == 1 ? "tie" : "ties") active"
    if undatedTies > 0 {
      let verb = filter.undated == .include ? "included" : "left out"
      s += "; \(undatedTies) undated \(undatedTies == 1 ? "tie" : "ties") \(verb)"
    }
    return s
  }
}

extension Network {
  /// The record as of a date or in a window: the entities present and the ties active on some
  /// day of `filter.window` (rules of ``Activity``).
  /// - Complexity: O(``Activity`` + entities + Σ k).
  public func slice(_ filter: TimeFilter) -> TimeSlice {
    slice(filter, activity: Activity(self, undated: filter.undated))
  }

  /// ``slice(_:)`` with the activity computed once for many windows (a timeline).
  public func slice(_ filter: TimeFilter, activity: Activity) -> TimeSlice {
    var index = self
    index.buildIndex()
    let w = filter.window
    let present: [Bool] = activity.presence.map { $0.overlaps(w) }
    var out = self
    out.entities = []
    out.ties = []
    var entityIndices: [Int] = []
    for (i, e) in entities.enumerated() where present[i] {
      var kept = e
      if let p = e.parent {
        kept.parent = nil
        var chain: [String] = [p]
        chain += index.ancestors(of: p)
        for a in chain {
          if let ai = index.index(of: a), present[ai] {
            kept.parent = a
            break
          }
        }
      }
      out.entities.append(kept)
      entityIndices.append(i)
    }
    var tieIndices: [Int] = []
    for (t, tie) in ties.enumerated() where activity.tieDays[t].overlaps(w) {
      let days: DaySet = activity.tieDays[t]
      var parties: [String] = []
      for p in tie.parties {
        guard let pi = index.index(of: p), present[pi] else { continue }
        if days.intersection(activity.ownSpans[pi]).overlaps(w) { parties.append(p) }
      }
      guard parties.count >= 2 else { continue }
      var kept = tie
      kept.parties = parties
      if kept.id == nil { kept.id = tieID(at: t) }
      out.ties.append(kept)
      tieIndices.append(t)
    }
    out.buildIndex()
    return TimeSlice(
      network: out, filter: filter, tieIndices: tieIndices, entityIndices: entityIndices,
      undatedTies: activity.undatedTies.count, recordTies: ties.count)
  }
}
