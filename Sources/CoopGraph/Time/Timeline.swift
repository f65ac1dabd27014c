import Foundation

/// The record period by period: who is there, which ties are active, how the graph and the key
/// partners change (`coopgraph timeline`; `docs/time.md`).
public struct Timeline: Sendable {
  /// How the periods are cut and what each snapshot holds.
  public struct Options: Sendable {
    public var by: PeriodUnit = .year
    /// A sliding window of this many months ending with each period, instead of the period.
    public var windowMonths: Int? = nil
    /// Each snapshot holds everything active from the start of the record to the period's end.
    public var cumulative = false
    public var undated: UndatedPolicy = .include
    /// Only the periods that overlap these days (`--between`); `nil` for every period from the
    /// record's first date to its last.
    public var range: DaySpan? = nil
    /// How each snapshot becomes a graph (density, components).
    public var projection: Projection = .default
    /// The organization view the top partners are ranked on; `nil` when the record names no
    /// organizations (no standings then).
    public var organizationView: OrganizationView.Options? = .init()
    /// Top partners listed per period.
    public var top = 3

    public init() {}

    /// `by year`, `by year, 2-year window`, `by year, cumulative`.
    public var summary: String {
      var s = "by \(by.rawValue)"
      if cumulative { s += ", cumulative" }
      if let w = windowMonths { s += ", \(Timeline.Options.describeWindow(w)) window" }
      return s
    }

    static func describeWindow(_ months: Int) -> String {
      if months % 12 == 0 { return "\(months / 12)-year" }
      if months % 3 == 0 { return "\(months / 3)-quarter" }
      return "\(months)-month"
    }
  }

  /// A partner and its standing on the organization view of one snapshot.
  public struct Standing: Sendable, Equatable {
    public var id: String
    public var name: String
    /// 1-based; indistinguishable partners share one.
    public var standing: Int
    public var score: Double
  }

  /// One period.
  public struct Snapshot: Sendable {
    public var period: Period
    /// The days the snapshot holds: the period, the window ending with it, or everything up to
    /// its end.
    public var window: DaySpan
    public var entities: Int
    public var entitiesByKind: [(kind: EntityKind, count: Int)]
    public var ties: Int
    public var tiesByKind: [(kind: TieKind, count: Int)]
    /// Partners (entities other than people) present now and not in the previous snapshot, by
    /// id in record order; in the first snapshot, every partner present.
    public var joined: [String]
    /// Partners present in the previous snapshot and not now.
    public var left: [String]
    public var nodes: Int
    public var edges: Int
    public var density: Double
    public var components: Int
    public var largestComponent: Int
    /// Every candidate of the organization view, in standing order (``Options/top`` of them
    /// are the top partners).
    public var standings: [Standing]
    /// The snapshot's record (for diagrams and tests).
    public var slice: TimeSlice
  }

  public var options: Options
  public var title: String?
  /// Ties of the record without a date.
  public var undatedTies: Int
  public var snapshots: [Snapshot]

  /// The top partners of a snapshot.
  public func top(_ s: Snapshot) -> [Standing] { Array(s.standings.prefix(options.top)) }

  /// Whether the record spans more than one period (the report shows a timeline then).
  public var hasSeveralPeriods: Bool { snapshots.count > 1 }

  /// Names of partners by id, over every snapshot.
  public var names: [String: String] {
    var out: [String: String] = [:]
    for s in snapshots {
      for e in s.slice.network.entities where out[e.id] == nil { out[e.id] = e.name }
    }
    return out
  }
}

extension Network {
  /// The record period by period (rules of ``Activity``; one ``AnalysisContext`` per snapshot,
  /// whose organization-view partners give the standings).
  ///
  /// Periods run from the one holding the record's first date to the one holding its last
  /// (``Activity/dateRange(of:)``), cut to ``Timeline/Options/range``; a record without dates
  /// has no periods.
  /// - Throws: ``ProjectionError`` for a bad projection, ``TieWeightError`` for bad weights.
  /// - Complexity: one slice, projection and organization-view ranking per period.
  public func timeline(_ options: Timeline.Options, threads: Int = Parallelism.available) throws -> Timeline {
    let activity = Activity(self, undated: options.undated)
    var periods: [Period] = []
    if let (first, last) = Activity.dateRange(of: self) {
      var from = first
      var to = last
      if let r = options.range {
        if let s = r.start { from = Swift.max(from, s) }
        if let e = r.end { to = Swift.min(to, e) }
      }
      if from <= to {
        var p = Period(options.by, containing: from)
        let end = Period(options.by, containing: to)
        while p <= end {
          periods.append(p)
          p = p.next
        }
      }
    }
    var order: [String: Int] = [:]
    for (i, e) in entities.enumerated() { order[e.id] = i }
    var snapshots: [Timeline.Snapshot] = []
    var previous: Set<String> = []
    for period in periods {
      let window: DaySpan
      if options.cumulative {
        window = DaySpan(nil, period.lastDay)
      } else if let months = options.windowMonths {
        window = DaySpan(period.windowStart(months: months), period.lastDay)
      } else {
        window = period.span
      }
      let filter = TimeFilter(window: window, undated: options.undated, label: period.description)
      let slice = self.slice(filter, activity: activity)
      let snapshot = try Network.snapshot(
        period, slice, previous: previous, order: order, options: options, threads: threads)
      previous = Set(snapshot.slice.network.entities.filter { $0.kind != .person }.map(\.id))
      snapshots.append(snapshot)
    }
    return Timeline(options: options, title: title, undatedTies: activity.undatedTies.count, snapshots: snapshots)
  }

  static func snapshot(
    _ period: Period, _ slice: TimeSlice, previous: Set<String>, order: [String: Int], options: Timeline.Options,
    threads: Int
  ) throws -> Timeline.Snapshot {
    let n = slice.network
    let projected = try n.project(options.projection)
    var loaded = NetworkFile.Loaded(path: period.description, format: .yaml, network: n, projected: projected)
    loaded.time = slice
    let context = AnalysisContext(loaded, threads: threads)
    let g = context.graph
    let (count, membership) = g.weakComponents()
    var sizes = [Int](repeating: 0, count: count)
    for m in membership { sizes[Int(m)] += 1 }
    let partners: [String] = n.entities.filter { $0.kind != .person }.map(\.id)
    let now = Set(partners)
    var standings: [Timeline.Standing] = []
    if var view = options.organizationView, OrganizationView.applies(to: n) {
      // As `coopgraph partners` and `analyze`: the view leaves out what the projection leaves
      // out, and brokerage is across countries when the record has them.
      view.adopt(projected.projection, network: n)
      let groupBy: String? = n.entities.contains { $0.country != nil } ? "country" : nil
      let report = try context.organizationPartners(options: view, groupBy: groupBy, top: Int(Int32.max))
      standings = report.partners.map { p in
        Timeline.Standing(id: p.id, name: p.name, standing: p.row.standing, score: p.row.score)
      }
    }
    return Timeline.Snapshot(
      period: period, window: slice.filter.window, entities: n.entities.count,
      entitiesByKind: Network.countKinds(n.entities.map(\.kind), order: n.entityKinds),
      ties: n.ties.count, tiesByKind: Network.countKinds(n.ties.map(\.kind), order: n.tieKinds),
      joined: partners.filter { !previous.contains($0) },
      left: previous.subtracting(now).sorted { (order[$0] ?? 0) < (order[$1] ?? 0) },
      nodes: g.nodeCount, edges: g.edgeCount, density: g.density, components: count,
      largestComponent: sizes.max() ?? 0, standings: standings, slice: slice)
  }

  static func countKinds<K: Hashable>(_ kinds: [K], order: [K]) -> [(kind: K, count: Int)] {
    var counts: [K: Int] = [:]
    for k in kinds { counts[k, default: 0] += 1 }
    return order.compactMap { k in counts[k].map { (k, $0) } }
  }
}
