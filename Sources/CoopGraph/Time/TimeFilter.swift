import Foundation

/// What to do with ties that carry no date (and entities that neither carry dates nor take part
/// in a dated tie).
public enum UndatedPolicy: String, Sendable, CaseIterable, Hashable {
  /// Undated ties are active in every period (the default); outputs count them in a note.
  case include
  /// Undated ties are left out of every period.
  case exclude
}

/// A bad `--as-of`, `--between`, `--window` or period value, naming the option and the text.
public struct TimeError: Error, CustomStringConvertible, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// The part of a record's history to look at: the ties active on some day of ``window``.
///
/// - `--as-of D` is the window of the days D covers: `--as-of 2025-12-09` is one day,
///   `--as-of 2025` is every day of 2025 (the same as `--between 2025/2025`).
/// - `--between A/B` (or `A..B`) runs from the first day of A to the last day of B.
public struct TimeFilter: Hashable, Sendable, CustomStringConvertible {
  public var window: DaySpan
  public var undated: UndatedPolicy
  /// How outputs name the filter: `as of 2025`, `2023 to 2025-06`.
  public var label: String

  public init(window: DaySpan, undated: UndatedPolicy = .include, label: String? = nil) {
    self.window = window
    self.undated = undated
    self.label = label ?? window.description
  }

  /// The ties active on some day of `date` (`2025`, `2025-12`, `2025-12-09`).
  /// - Throws: ``TimeError`` for anything that is not a partial date.
  public static func asOf(_ text: String, undated: UndatedPolicy = .include) throws -> TimeFilter {
    let t = text.trimmed
    guard let d = PartialDate(t) else {
      throw TimeError(
        "--as-of: unknown date '\(t)': \(PartialDate.problem(in: t) ?? "not a date"); use YYYY, YYYY-MM or YYYY-MM-DD")
    }
    return TimeFilter(window: d.span, undated: undated, label: "as of \(d)")
  }

  /// The ties active on some day from `FROM` to `TO`, written `FROM/TO` or `FROM..TO`.
  /// - Throws: ``TimeError`` for a bad date, a missing end, or an end before the start.
  public static func between(_ text: String, undated: UndatedPolicy = .include) throws -> TimeFilter {
    let (from, to) = try parseRange(text, option: "--between")
    return TimeFilter(window: DaySpan(from.firstDay, to.lastDay), undated: undated, label: "\(from) to \(to)")
  }

  /// Two partial dates written `FROM/TO` or `FROM..TO`, the end not before the start.
  public static func parseRange(_ text: String, option: String) throws -> (PartialDate, PartialDate) {
    let t = text.trimmed
    let separator = t.contains("..") ? ".." : "/"
    let parts = t.components(separatedBy: separator).map { $0.trimmed }
    guard parts.count == 2 else {
      throw TimeError("\(option): '\(t)' is not a range; write FROM/TO or FROM..TO, e.g. 2023/2025-06")
    }
    var dates: [PartialDate] = []
    for p in parts {
      guard let d = PartialDate(p) else {
        throw TimeError(
          "\(option): unknown date '\(p)' in '\(t)': \(PartialDate.problem(in: p) ?? "not a date"); use YYYY, YYYY-MM or YYYY-MM-DD"
        )
      }
      dates.append(d)
    }
    if dates[1].lastDay < dates[0].firstDay {
      throw TimeError("\(option): the range '\(t)' ends (\(dates[1])) before it starts (\(dates[0]))")
    }
    return (dates[0], dates[1])
  }

  public var description: String { label }
}
