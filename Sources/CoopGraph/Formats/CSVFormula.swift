/// Neutralizing CSV cells a spreadsheet would run as a formula ("CSV injection", OWASP): a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a plain number,
/// is written with a leading `'`, which spreadsheets show as text. Negative numbers (`-0.5`,
/// `-1e-3`) are left alone.
///
/// So that reading gives back exactly what was written, a cell that is only apostrophes before
/// such a start gets one more apostrophe, and ``restored(_:)`` removes one: the mapping is
/// one-to-one. `docs/formats.md` states the rule for users.
public enum CSVFormula {
  static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// The cell as it is written (see the type's documentation).
  /// - Complexity: O(length of `cell`).
  public static func neutralized(_ cell: String) -> String {
    needsQuote(cell) ? "'" + cell : cell
  }

  /// The cell as it was before ``neutralized(_:)``.
  public static func restored(_ cell: String) -> String {
    guard cell.unicodeScalars.first == "'" else { return cell }
    let rest = String(cell.unicodeScalars.dropFirst())
    return needsQuote(rest) ? rest : cell
  }

  /// Whether, after any leading apostrophes, the cell starts like a formula and is not a number.
  static func needsQuote(_ cell: String) -> Bool {
    let scalars = cell.unicodeScalars.drop { $0 == "'" }
    guard let first = scalars.first, triggers.contains(first) else { return false }
    return !isPlainNumber(Substring(scalars))
  }

  /// `[+-]digits[.digits][(e|E)[+-]digits]`, or with the digits only after the point.
  static func isPlainNumber(_ s: Substring) -> Bool {
    let b = Array(s.utf8)
    var i = 0
    func digits() -> Int {
      let start = i
      while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
      return i - start
    }
    if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
    var count = digits()
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      count += digits()
    }
    guard count > 0 else { return false }
    if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      i += 1
      if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { return false }
    }
    return i == b.count
  }
}
