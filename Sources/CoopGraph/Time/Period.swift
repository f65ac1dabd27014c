import Foundation

/// The length of the periods of a timeline.
public enum PeriodUnit: String, Sendable, CaseIterable, Hashable {
  case year, quarter, month

  /// Months in one period.
  public var months: Int {
    switch self {
    case .year: return 12
    case .quarter: return 3
    case .month: return 1
    }
  }
}

/// A calendar year, quarter or month: `2024`, `2024-Q3`, `2024-07`.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var unit: PeriodUnit
  /// The first month, counted as `year × 12 + (month − 1)`.
  public var firstMonth: Int

  /// The period of `unit` that holds `day`.
  public init(_ unit: PeriodUnit, containing day: Day) {
    let c = day.components
    let month = c.year * 12 + (c.month - 1)
    let offset = (c.month - 1) % unit.months
    self.unit = unit
    self.firstMonth = month - offset
  }

  init(unit: PeriodUnit, firstMonth: Int) {
    self.unit = unit
    self.firstMonth = firstMonth
  }

  /// The period after this one.
  public var next: Period { Period(unit: unit, firstMonth: firstMonth + unit.months) }

  public var year: Int { Period.floorDiv(firstMonth, 12) }
  /// 1-based month of the first month.
  public var month: Int { firstMonth - year * 12 + 1 }

  /// The first day.
  public var firstDay: Day { Day(year: year, month: month, day: 1) }
  /// The last day.
  public var lastDay: Day { Period(unit: unit, firstMonth: firstMonth).next.firstDay.previous }
  /// Its days.
  public var span: DaySpan { DaySpan(firstDay, lastDay) }

  /// `2024`, `2024-Q3`, `2024-07`.
  public var description: String {
    switch unit {
    case .year: return String(format4: year)
    case .quarter: return String(format4: year) + "-Q\((month - 1) / 3 + 1)"
    case .month: return String(format4: year) + "-" + String(format2: month)
    }
  }

  /// The first day of the month `months − 1` months before this period's last month: the start
  /// of a sliding window of `months` months that ends with this period.
  public func windowStart(months: Int) -> Day {
    let lastMonth = firstMonth + unit.months - 1
    let first = lastMonth - months + 1
    let y = Period.floorDiv(first, 12)
    return Day(year: y, month: first - y * 12 + 1, day: 1)
  }

  public static func < (a: Period, b: Period) -> Bool { a.firstMonth < b.firstMonth }

  static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

  /// Parses a sliding-window length: `2y`, `6m`, `3q` (years, months, quarters), as months.
  /// - Throws: ``TimeError`` for anything else.
  public static func windowMonths(_ text: String) throws -> Int {
    let t = text.trimmed.lowercased()
    guard let unit = t.last, let n = Int(t.dropLast()), n > 0 else {
      throw TimeError("--window: '\(text)' is not a length; write a number and y, q or m, e.g. 2y, 6m")
    }
    switch unit {
    case "y": return n * 12
    case "q": return n * 3
    case "m": return n
    default: throw TimeError("--window: '\(text)' is not a length; write a number and y, q or m, e.g. 2y, 6m")
    }
  }

  /// Parses a period named in full: `2024` (a year), `2024-Q3`, `2024-07`.
  /// - Throws: ``TimeError`` naming `option`.
  public static func parse(_ text: String, option: String) throws -> Period {
    let t = text.trimmed
    let upper = t.uppercased()
    if let q = upper.range(of: "-Q"), let y = Int(upper[..<q.lowerBound]), upper[..<q.lowerBound].count == 4,
      let n = Int(upper[q.upperBound...]), (1...4).contains(n)
    {
      return Period(unit: .quarter, firstMonth: y * 12 + (n - 1) * 3)
    }
    guard let d = PartialDate(t), d.day == nil else {
      let why = PartialDate.problem(in: t) ?? "a day is not a period"
      throw TimeError("\(option): unknown period '\(t)': \(why); use YYYY, YYYY-Qn or YYYY-MM")
    }
    if let m = d.month { return Period(unit: .month, firstMonth: d.year * 12 + m - 1) }
    return Period(unit: .year, firstMonth: d.year * 12)
  }
}
