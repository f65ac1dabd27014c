/// A calendar date known to the year, the month or the day: `2025`, `2025-12`, `2025-12-09`.
///
/// Cooperation records often give only a year; a partial date keeps exactly what was said.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 calendar dates); nil for anything else,
  /// including impossible days such as `2025-02-30`.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
    var m: Int?
    var d: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
      m = mm
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let dd = Int(parts[2]), let mm = m,
        (1...PartialDate.daysIn(month: mm, year: y)).contains(dd)
      else { return nil }
      d = dd
    }
    self.init(year: y, month: m, day: d)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var description: String {
    var s = String(format4: year)
    if let month { s += "-" + String(format2: month) }
    if let day { s += "-" + String(format2: day) }
    return s
  }

  public static func < (a: PartialDate, b: PartialDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }
}

/// A date or a date range (`2025-12-09`, or `2024/2026` in the file).
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
  public var start: PartialDate
  public var end: PartialDate?

  public init(_ start: PartialDate, end: PartialDate? = nil) {
    self.start = start
    self.end = end
  }

  /// Parses a date, or two dates separated by `/` (ISO 8601 interval notation).
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let start = PartialDate(String(parts[0]).trimmed) else { return nil }
    var end: PartialDate?
    if parts.count == 2 {
      guard let e = PartialDate(String(parts[1]).trimmed), !(e < start) else { return nil }
      end = e
    }
    self.init(start, end: end)
  }

  public var description: String {
    end.map { "\(start)/\($0)" } ?? start.description
  }
}

extension String {
  init(format4 n: Int) {
    let s = String(n)
    self = String(repeating: "0", count: Swift.max(0, 4 - s.count)) + s
  }
  init(format2 n: Int) {
    self = n < 10 ? "0\(n)" : String(n)
  }
  var trimmed: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
