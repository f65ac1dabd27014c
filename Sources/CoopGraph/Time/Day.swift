/// A day of the proleptic Gregorian calendar, counted from 1970-01-01 (day 0).
///
/// Time filters, periods and spells compare days: a ``PartialDate`` stands for every day it
/// covers, from ``PartialDate/firstDay`` to ``PartialDate/lastDay`` (`2025` is 2025-01-01 through
/// 2025-12-31, `2025-12` is 2025-12-01 through 2025-12-31).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01; negative before it.
  public var number: Int

  public init(number: Int) { self.number = number }

  /// The day `year-month-day` (month 1...12, day 1...31; not checked against the month).
  public init(year: Int, month: Int, day: Int) {
    // Days from civil (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    number = era * 146_097 + doe - 719_468
  }

  /// The calendar year, month and day of this day.
  public var components: (year: Int, month: Int, day: Int) {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (y, m, d)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let c = components
    return String(format4: c.year) + "-" + String(format2: c.month) + "-" + String(format2: c.day)
  }

  /// The day before.
  public var previous: Day { Day(number: number - 1) }
  /// The day after.
  public var next: Day { Day(number: number + 1) }

  public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
}

extension PartialDate {
  /// The first day the date covers: `2025` → 2025-01-01, `2025-12` → 2025-12-01.
  public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

  /// The last day the date covers: `2025` → 2025-12-31, `2025-02` → 2025-02-28.
  public var lastDay: Day {
    let m = month ?? 12
    return Day(year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
  }

  /// The days the date covers, first and last included.
  public var span: DaySpan { DaySpan(firstDay, lastDay) }
}

/// A closed interval of days; either end may be open (`nil`: unbounded).
public struct DaySpan: Hashable, Sendable, CustomStringConvertible {
  /// The first day, or `nil` for "since always".
  public var start: Day?
  /// The last day (included), or `nil` for "still active".
  public var end: Day?

  public init(_ start: Day?, _ end: Day?) {
    self.start = start
    self.end = end
  }

  /// Every day.
  public static let always = DaySpan(nil, nil)

  public var isEmpty: Bool {
    guard let start, let end else { return false }
    return end < start
  }

  /// Whether `day` lies in the span.
  public func contains(_ day: Day) -> Bool {
    (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
  }

  /// Whether the two spans share a day.
  public func overlaps(_ other: DaySpan) -> Bool { !intersection(other).isEmpty }

  /// The days in both (possibly empty).
  public func intersection(_ other: DaySpan) -> DaySpan {
    let s: Day? = DaySpan.later(start, other.start)
    let e: Day? = DaySpan.earlier(end, other.end)
    return DaySpan(s, e)
  }

  static func later(_ a: Day?, _ b: Day?) -> Day? {
    guard let a else { return b }
    guard let b else { return a }
    return Swift.max(a, b)
  }

  static func earlier(_ a: Day?, _ b: Day?) -> Day? {
    guard let a else { return b }
    guard let b else { return a }
    return Swift.min(a, b)
  }

  /// `2023-01-01/2025-06-30`, `..` for an open end: `2023-01-01/..`.
  public var description: String {
    (start?.description ?? "..") + "/" + (end?.description ?? "..")
  }
}

/// A set of days as sorted, disjoint, non-adjacent closed spans: the times an entity is
/// present or a tie is active.
public struct DaySet: Hashable, Sendable, CustomStringConvertible {
  /// Sorted by start; no two overlap or touch.
  public private(set) var spans: [DaySpan]

  public init() { spans = [] }

  public init(_ span: DaySpan) { spans = span.isEmpty ? [] : [span] }

  public init<S: Sequence>(union spans: S) where S.Element == DaySpan {
    var set = DaySet()
    for s in spans { set.formUnion(DaySet(s)) }
    self = set
  }

  public static let always = DaySet(.always)

  public var isEmpty: Bool { spans.isEmpty }

  /// Whether some day of the set lies in `span`.
  public func overlaps(_ span: DaySpan) -> Bool { spans.contains { $0.overlaps(span) } }

  /// The days in this set or the other.
  public mutating func formUnion(_ other: DaySet) {
    var all: [DaySpan] = spans + other.spans
    all.sort { DaySet.startKey($0) < DaySet.startKey($1) }
    var out: [DaySpan] = []
    for s in all {
      guard var last = out.last else {
        out.append(s)
        continue
      }
      // Merge when s starts no later than the day after last ends.
      let touches: Bool
      if let lastEnd = last.end, let sStart = s.start {
        touches = sStart.number <= lastEnd.number + 1
      } else {
        touches = true
      }
      if touches {
        if let lastEnd = last.end {
          last.end = s.end.map { Swift.max($0, lastEnd) }
        }
        out[out.count - 1] = last
      } else {
        out.append(s)
      }
    }
    spans = out
  }

  /// The days in both sets.
  public func intersection(_ other: DaySet) -> DaySet {
    var out = DaySet()
    for a in spans {
      for b in other.spans {
        let i = a.intersection(b)
        if !i.isEmpty { out.spans.append(i) }
      }
    }
    out.spans.sort { DaySet.startKey($0) < DaySet.startKey($1) }
    return out
  }

  /// The days in this set and in `span`.
  public func intersection(_ span: DaySpan) -> DaySet { intersection(DaySet(span)) }

  static func startKey(_ s: DaySpan) -> Int { s.start?.number ?? Int.min }

  public var description: String { spans.map(\.description).joined(separator: ", ") }
}
