/// A table with aligned columns, for terminal output.
struct Table {
  enum Alignment { case left, right }
  var header: [String]
  var alignments: [Alignment]
  var showHeader: Bool
  var rows: [[String]] = []

  init(_ header: [String], alignments: [Alignment]? = nil, header showHeader: Bool = true) {
    self.header = header
    self.alignments = alignments ?? header.map { _ in .left }
    self.showHeader = showHeader
  }

  func adding(_ more: [[String]]) -> Table {
    var t = self
    t.rows += more
    return t
  }

  /// Width in terminal columns: East Asian wide characters take two.
  static func width(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { w, u in
      let v = u.value
      let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
      let zero = (0x0300...0x036F).contains(v) || v == 0x200B || v == 0x200D
      return w + (zero ? 0 : wide ? 2 : 1)
    }
  }

  func render() -> String {
    let all = (showHeader ? [header] : []) + rows
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

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.
enum CSV {
  static func field(_ s: String) -> String {
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  static func render(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }
}

import Foundation
