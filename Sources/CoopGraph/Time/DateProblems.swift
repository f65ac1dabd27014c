extension PartialDate {
  /// Why `text` is not a partial date, in words a user can act on; `nil` when it is one.
  ///
  /// `Dec 2025`: "not an ISO 8601 date" (the format is `2025-12`); `2025-13`: "there is no
  /// month 13 (months are 01 to 12)"; `2025-02-30`: "2025-02 has 28 days".
  public static func problem(in text: String) -> String? {
    if PartialDate(text) != nil { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let digitsOnly = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    let shapeOK = (1...3).contains(parts.count) && parts[0].count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
    guard digitsOnly, shapeOK, let year = Int(parts[0]) else { return "not an ISO 8601 date" }
    let month = Int(parts[1]) ?? 0
    if !(1...12).contains(month) { return "there is no month \(parts[1]) (months are 01 to 12)" }
    let days = PartialDate.daysIn(month: month, year: year)
    return "\(parts[0])-\(parts[1]) has \(days) days"
  }
}

extension DateRange {
  /// Why `text` is not a date or a range `START/END`, or `nil` when it is one.
  public static func problem(in text: String) -> String? {
    if DateRange(text) != nil { return nil }
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed }
    guard (1...2).contains(parts.count) else { return "a range has one '/'" }
    for p in parts {
      if let why = PartialDate.problem(in: p) {
        return parts.count == 2 ? "'\(p)' in the range: \(why)" : why
      }
    }
    return "the range ends (\(parts[1])) before it starts (\(parts[0]))"
  }
}
