/// The links CoopGraph lets into its outputs (the diagram's node links, in SVG, PDF and the
/// report): only `http`, `https` and `mailto` URLs become links; anything else (`javascript:`,
/// `data:`, `file:`, a relative path) stays text in the tooltip.
public enum SafeLink {
  /// The schemes that may become links.
  public static let schemes: Set<String> = ["http", "https", "mailto"]

  /// `text` as a link that is safe to write into DOT, SVG, HTML and PDF, or `nil` when it is not
  /// an `http`, `https` or `mailto` URL.
  ///
  /// Surrounding white space is dropped and the scheme is lower-cased. Every byte outside the
  /// URL characters of RFC 3986 that need no quoting in markup is percent-encoded: quotes,
  /// apostrophes, `<`, `>`, backslashes, parentheses, spaces, control characters and non-ASCII
  /// text (as UTF-8); a `%` not followed by two hex digits becomes `%25`. The result holds only
  /// `A-Z a-z 0-9 - . _ ~ : / ? # [ ] @ ! $ & * + , ; = %`, so it cannot end an attribute, open a
  /// tag or carry a backslash escape. An `http(s)` URL needs a host (`https://` alone is text).
  ///
  /// - Complexity: O(length of `text`).
  public static func url(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace()
    guard let colon = trimmed.firstIndex(of: ":") else { return nil }
    let scheme = trimmed[..<colon].lowercased()
    guard schemes.contains(scheme) else { return nil }
    let rest = Array(trimmed[trimmed.index(after: colon)...].utf8)
    if scheme != "mailto" {
      guard rest.count > 2, rest[0] == 0x2F, rest[1] == 0x2F, rest[2] != 0x2F else { return nil }
    } else {
      guard !rest.isEmpty else { return nil }
    }
    var out = scheme + ":"
    var i = 0
    while i < rest.count {
      let b = rest[i]
      if b == 0x25 {
        let hex = i + 2 < rest.count && isHex(rest[i + 1]) && isHex(rest[i + 2])
        out += hex ? "%" : "%25"
      } else if isKept(b) {
        out.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        out += percent(b)
      }
      i += 1
    }
    return out
  }

  static func isHex(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
  }

  /// Unreserved and reserved characters of RFC 3986 other than `'`, `(` and `)`.
  static func isKept(_ b: UInt8) -> Bool {
    if (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) { return true }
    switch b {
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"),
      UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "*"),
      UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
      return true
    default:
      return false
    }
  }

  static func percent(_ b: UInt8) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
    return "%" + String(digits[Int(b >> 4)]) + String(digits[Int(b & 0x0F)])
  }
}

/// Text safe to show in a terminal or to put in XML: control characters, which could move the
/// cursor, recolour the terminal (ESC) or make XML malformed (U+0001), become visible stand-ins.
public enum VisibleText {
  /// `text` with C0 controls other than tab and line feed shown as the Control Pictures of
  /// Unicode (U+0001 as U+2401 "␁", ESC as U+241B "␛"), DEL as U+2421 "␡" and C1 controls
  /// (U+0080 to U+009F) as U+FFFD.
  ///
  /// - Complexity: O(length of `text`); returns `text` itself when it has no control character.
  public static func of(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    return escapingScalars(text) { u in
      guard isControl(u) else { return nil }
      if u.value < 0x20, let picture = Unicode.Scalar(0x2400 + u.value) { return String(picture) }
      if u.value == 0x7F { return "\u{2421}" }
      return "\u{FFFD}"
    }
  }

  /// Whether the scalar is a control character ``of(_:)`` replaces.
  public static func isControl(_ u: Unicode.Scalar) -> Bool {
    (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> Substring {
    var s = Substring(self)
    while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = s.dropFirst() }
    while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = s.dropLast() }
    return s
  }
}
