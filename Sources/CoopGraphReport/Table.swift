import CoopGraph
import Foundation

/// A table with aligned columns, for terminal output.
public struct Table: Sendable {
  public enum Alignment: Sendable { case left, right }
  public var header: [String]
  public var alignments: [Alignment]
  public var showHeader: Bool
  public var rows: [[String]] = []

  public init(_ header: [String], alignments: [Alignment]? = nil, header showHeader: Bool = true) {
    self.header = header
    self.alignments = alignments ?? header.map { _ in .left }
    self.showHeader = showHeader
  }

  public func adding(_ more: [[String]]) -> Table {
    var t = self
    t.rows += more
    return t
  }

  /// Width in terminal columns: East Asian wide characters take two.
  public static func width(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { w, u in
      let v = u.value
      let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
      let zero = (0x0300...0x036F).contains(v) || v == 0x200B || v == 0x200D
      return w + (zero ? 0 : wide ? 2 : 1)
    }
  }

  public func render() -> String {
    let all = ((showHeader ? [header] : []) + rows).map { $0.map(VisibleText.of) }
    var widths = [Int](repeating: 0, count: header.count)
    for r in all { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], Table.width(c)) } }
    var out = ""
    for r in all {
      var line = ""
      for (i, c) in r.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - Table.width(c))
        if i > 0 { line += "  " }
        line += alignments[i] == .right ? pad + c : (i == r.count - 1 ? c : c + pad)
      }
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled; a cell a
/// spreadsheet would run as a formula (`=…`, `@…`, `+…`, `-…` but a number) starts with `'`
/// (`CSVFormula`).
public enum CSV {
  public static func field(_ cell: String) -> String {
    let s = CSVFormula.neutralized(cell)
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  public static func render(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }
}

/// Line wrapping for terminal text.
public enum TextWrap {
  /// Wraps text at spaces to `width` columns; continuation lines start with `indent`. Keeps
  /// "z = 3.9" on one line.
  public static func text(_ text: String, width: Int, indent: String) -> String {
    var lines: [String] = []
    var line = ""
    var words: [String] = []
    for word in text.split(separator: " ").map(String.init) {
      if let last = words.last, word == "=" || last.hasSuffix(" =") {
        words[words.count - 1] = last + " " + word
      } else {
        words.append(word)
      }
    }
    for word in words {
      if !line.isEmpty && Table.width(line) + 1 + Table.width(word) > width - indent.count {
        lines.append(line)
        line = word
      } else {
        line += line.isEmpty ? word : " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n" + indent)
  }

  /// `lead` followed by the items joined with ", " (or spaces when `separator` is " "), wrapped
  /// at `width` columns; continuation lines start with `indent`. Ends with a newline.
  public static func items(_ items: [String], lead: String, indent: String, width: Int = 100, separator: String = ",") -> String {
    var out = ""
    var line = lead
    var fresh = true
    for (i, item) in items.enumerated() {
      let piece = item + (i < items.count - 1 && separator == "," ? "," : "")
      if !fresh && Table.width(line) + 1 + Table.width(piece) > width {
        out += line + "\n"
        line = indent + piece
      } else {
        line += (fresh ? "" : " ") + piece
      }
      fresh = false
    }
    return out + line + "\n"
  }
}
