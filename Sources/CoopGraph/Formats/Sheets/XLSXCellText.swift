import Foundation

/// How a workbook cell's stored value becomes the text a ``SheetTable`` holds: numbers in their
/// shortest form, date serial numbers as ISO dates, and Excel's `_xHHHH_` escapes decoded.
enum XLSXCellText {
  // MARK: Numbers

  /// A number as text: integers without `.0` (`42`, not `42.0`), other numbers in the shortest
  /// form that reads back as the same `Double` (`0.1`, `2.5e-07`). `-0` prints as `0`.
  static func number(_ x: Double) -> String {
    if x == 0 { return "0" }
    // Integers that a Double holds exactly (|x| ≤ 2^53) print as integers.
    if x == x.rounded(.towardZero), abs(x) <= 9_007_199_254_740_992 {
      let n: Int64 = Int64(x)
      return String(n)
    }
    return x.description
  }

  /// Parses the text of a `<v>` element as a number.
  static func parseNumber(_ text: String) -> Double? {
    if let x = Double(text) { return x.isFinite ? x : nil }
    let t: String = trimmed(text)
    guard !t.isEmpty, let x = Double(t), x.isFinite else { return nil }
    return x
  }

  /// `text` without spaces, tabs and line breaks at either end.
  static func trimmed(_ text: String) -> String {
    let u = text.utf8
    guard let first = u.first, let last = u.last else { return text }
    if first > 0x20 && last > 0x20 { return text }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  // MARK: Dates

  /// What a number format shows: a number, a date (with or without a time of day), or a time of
  /// day alone.
  enum FormatKind: Equatable {
    case number
    case date
    case time
  }

  /// The kind of the built-in number format `id`: 14–17 and 22 are dates (22 with a time),
  /// 18–21 and 45–47 times; 27–36 and 50–58 are the dates and times that East Asian versions
  /// of Excel define for those ids (their format codes are not stored in the file).
  static func builtInKind(_ id: Int) -> FormatKind {
    switch id {
    case 14...17, 22: return .date
    case 18...21, 45...47: return .time
    case 32...35, 55, 56: return .time
    case 27...31, 36, 50...54, 57, 58: return .date
    default: return .number
    }
  }

  /// The kind of a custom format code: a date when it has a year, month or day code (`y`, `m`,
  /// `d`) outside quotes, brackets and escapes; a time when it has only hours, minutes or seconds
  /// (`h`, `m`, `s`). `[h]:mm` (elapsed time) counts as a time, `[Red]0.00` as a number.
  static func formatKind(_ code: String) -> FormatKind {
    let letters: [Character] = codeLetters(code)
    if letters.contains("y") || letters.contains("d") { return .date }
    // Runs of one letter: "h","m","m","s" → h, m, s. An `m` right after an hour or right before
    // seconds is minutes; any other `m` is a month.
    var runs: [Character] = []
    for ch in letters where runs.last != ch { runs.append(ch) }
    for (i, ch) in runs.enumerated() where ch == "m" {
      let afterHour: Bool = i > 0 && runs[i - 1] == "h"
      let beforeSeconds: Bool = i + 1 < runs.count && runs[i + 1] == "s"
      if !afterHour && !beforeSeconds { return .date }
    }
    if !runs.isEmpty || hasElapsedTime(code) { return .time }
    return .number
  }

  /// The date and time letters (`y m d h s`, lowercased) of a format code, in order, leaving out
  /// quoted text, bracketed codes (`[Red]`, `[$-409]`), escaped characters (`\d`) and the
  /// characters after `_` and `*` (padding and fill).
  private static func codeLetters(_ code: String) -> [Character] {
    var letters: [Character] = []
    var inQuotes = false
    var inBrackets = false
    var skip = false
    // AM/PM and A/P hold letters that are not codes.
    let lower: String = code.lowercased().replacingOccurrences(of: "am/pm", with: "")
      .replacingOccurrences(of: "a/p", with: "")
    for ch in lower {
      if skip {
        skip = false
        continue
      }
      if inQuotes {
        if ch == "\"" { inQuotes = false }
        continue
      }
      if inBrackets {
        if ch == "]" { inBrackets = false }
        continue
      }
      switch ch {
      case "\"": inQuotes = true
      case "[": inBrackets = true
      case "\\", "_", "*": skip = true
      case "y", "m", "d", "h", "s": letters.append(ch)
      default: break
      }
    }
    return letters
  }

  /// Whether a format code has an elapsed-time code: `[h]`, `[mm]` or `[ss]`.
  private static func hasElapsedTime(_ code: String) -> Bool {
    let lower: String = code.lowercased()
    for unit in ["[h", "[m", "[s"] where lower.contains(unit) {
      // `[h]`, `[hh]`, …: the bracket holds only that letter.
      let parts = lower.components(separatedBy: unit)
      for part in parts.dropFirst() {
        let inside = part.prefix { $0 != "]" }
        if inside.allSatisfy({ $0 == unit.last }) { return true }
      }
    }
    return false
  }

  /// A date serial number as ISO 8601 text: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` when it has a time
  /// of day (`:SS` added when the seconds are not zero), `HH:MM` for a time alone. `nil` when
  /// the serial is outside the dates Excel shows (negative, or after 9999-12-31).
  ///
  /// In the 1900 date system serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that
  /// did not exist but that Excel counts (as Lotus 1-2-3 did), so later serials are one day
  /// ahead of a plain count; in the 1904 system (`date1904="1"`) serial 0 is 1904-01-01.
  static func date(serial: Double, kind: FormatKind, date1904: Bool) -> String? {
    guard serial >= 0, serial < 2_958_466 else { return nil }
    // Whole seconds, rounded; a time that rounds up to midnight moves to the next day.
    let totalSeconds: Int64 = Int64((serial * 86_400).rounded())
    let day: Int64 = totalSeconds / 86_400
    let secondOfDay: Int64 = totalSeconds % 86_400
    let time: String = clock(secondOfDay)
    if kind == .time && day == 0 { return time }
    let ymd: String
    if date1904 {
      ymd = civil(daysSinceEpoch: day + daysFrom1970(1904, 1, 1))
    } else if day == 60 {
      ymd = "1900-02-29"
    } else if day == 0 {
      // Excel shows serial 0 as 1900-01-00; the day before 1900-01-01 is the closest real date.
      ymd = "1899-12-31"
    } else {
      let offset: Int64 = day < 60 ? day - 1 : day - 2
      ymd = civil(daysSinceEpoch: offset + daysFrom1970(1900, 1, 1))
    }
    return secondOfDay == 0 ? ymd : ymd + "T" + time
  }

  /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero.
  private static func clock(_ secondOfDay: Int64) -> String {
    let h: Int64 = secondOfDay / 3600
    let m: Int64 = (secondOfDay % 3600) / 60
    let s: Int64 = secondOfDay % 60
    let hm: String = pad2(h) + ":" + pad2(m)
    return s == 0 ? hm : hm + ":" + pad2(s)
  }

  private static func pad2(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
  /// `days_from_civil`).
  static func daysFrom1970(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y: Int64 = month <= 2 ? year - 1 : year
    let era: Int64 = (y >= 0 ? y : y - 399) / 400
    let yoe: Int64 = y - era * 400
    let mp: Int64 = (month + 9) % 12
    let doy: Int64 = (153 * mp + 2) / 5 + day - 1
    let doe: Int64 = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `YYYY-MM-DD` for a count of days from 1970-01-01 (H. Hinnant's `civil_from_days`).
  static func civil(daysSinceEpoch: Int64) -> String {
    let z: Int64 = daysSinceEpoch + 719_468
    let era: Int64 = (z >= 0 ? z : z - 146_096) / 146_097
    let doe: Int64 = z - era * 146_097
    let yoe: Int64 = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy: Int64 = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp: Int64 = (5 * doy + 2) / 153
    let d: Int64 = doy - (153 * mp + 2) / 5 + 1
    let m: Int64 = mp < 10 ? mp + 3 : mp - 9
    let y: Int64 = yoe + era * 400 + (m <= 2 ? 1 : 0)
    var year: String = String(y)
    while year.count < 4 { year = "0" + year }
    return year + "-" + pad2(m) + "-" + pad2(d)
  }

  /// A cell of type `d` (an ISO 8601 date stored as text): `YYYY-MM-DD` when it is midnight,
  /// `YYYY-MM-DDTHH:MM[:SS]` otherwise; other text is kept as written.
  static func isoDate(_ text: String) -> String {
    let t: String = text.trimmingCharacters(in: .whitespaces)
    let chars: [Character] = Array(t)
    guard chars.count >= 10, chars[4] == "-", chars[7] == "-" else { return t }
    let date: String = String(chars[0..<10])
    guard chars.count > 10, chars[10] == "T" || chars[10] == " " else { return date }
    let rest: [Character] = Array(chars[11...])
    guard rest.count >= 5, rest[2] == ":" else { return t }
    let hm: String = String(rest[0..<5])
    var seconds: String = ""
    if rest.count >= 8, rest[5] == ":" { seconds = String(rest[6..<8]) }
    if hm == "00:00" && (seconds.isEmpty || seconds == "00") { return date }
    if seconds.isEmpty || seconds == "00" { return date + "T" + hm }
    return date + "T" + hm + ":" + seconds
  }

  // MARK: Escapes

  /// Decodes Excel's escapes for characters XML cannot hold: `_x000D_` is a carriage return,
  /// `_x005F_` a literal underscore (so `_x005F_x0041_` is the text `_x0041_`).
  static func unescape(_ s: String) -> String {
    guard s.contains("_x") else { return s }
    let u: [Unicode.Scalar] = Array(s.unicodeScalars)
    var out: String.UnicodeScalarView = String.UnicodeScalarView()
    var i: Int = 0
    while i < u.count {
      if u[i] == "_", i + 6 < u.count, u[i + 1] == "x", u[i + 6] == "_",
        let code = hexValue(u[(i + 2)..<(i + 6)]), let scalar = Unicode.Scalar(code)
      {
        out.append(scalar)
        i += 7
      } else {
        out.append(u[i])
        i += 1
      }
    }
    return String(out)
  }

  /// Escapes text so that ``unescape(_:)`` gives it back: an underscore that starts something
  /// looking like an escape (`_x0041_`) is written `_x005F_`.
  static func escapeUnderscores(_ s: String) -> String {
    guard s.contains("_x") else { return s }
    let u: [Unicode.Scalar] = Array(s.unicodeScalars)
    var out: String.UnicodeScalarView = String.UnicodeScalarView()
    for i in u.indices {
      if u[i] == "_", i + 6 < u.count, u[i + 1] == "x", u[i + 6] == "_", hexValue(u[(i + 2)..<(i + 6)]) != nil {
        out.append(contentsOf: "_x005F_".unicodeScalars)
      } else {
        out.append(u[i])
      }
    }
    return String(out)
  }

  private static func hexValue(_ digits: ArraySlice<Unicode.Scalar>) -> UInt32? {
    var v: UInt32 = 0
    for d in digits {
      let h: UInt32
      switch d {
      case "0"..."9": h = d.value - 48
      case "a"..."f": h = d.value - 97 + 10
      case "A"..."F": h = d.value - 65 + 10
      default: return nil
      }
      v = v * 16 + h
    }
    return v
  }
}
