import Foundation

/// The checks every XML reader of CoopGraph makes (GraphML, GEXF, the SVG of
/// `report --diagram`) on top of libxml2's, so that a hostile file cannot expand or fetch
/// anything and every problem has a place and a plain message.
///
/// - Entity declarations (`<!ENTITY …>` in the doctype) are refused: libxml2 would expand an
///   internal one (a "billion laughs" grows without bound) or silently drop its text, and an
///   external one names a file or URL to read. No external entity or DTD is ever loaded
///   (`shouldResolveExternalEntities` is off).
/// - A reference to an entity that is not one of XML's five (`&amp;` `&lt;` `&gt;` `&quot;`
///   `&apos;`) or a character reference is an error at its line and column.
public enum XMLSafety {
  /// The first `<!ENTITY` of the document's prolog (before its root element), with its 1-based
  /// line and column and the entity's name, or `nil`.
  /// - Complexity: O(length of the prolog).
  public static func firstEntityDeclaration(in bytes: some Collection<UInt8>) -> (line: Int, column: Int, name: String)?
  {
    let b = Array(bytes.prefix(1 << 20))
    let marker = Array("<!ENTITY".utf8)
    var line = 1
    var lineStart = 0
    var i = 0
    var quote: UInt8? = nil
    while i < b.count {
      let c = b[i]
      if c == 0x0A {
        line += 1
        lineStart = i + 1
      }
      if let q = quote {
        if c == q { quote = nil }
      } else if c == 0x3C {
        if i + 1 < b.count, isNameStart(b[i + 1]) { return nil }  // the root element: the prolog ends
        if i + marker.count <= b.count, Array(b[i..<(i + marker.count)]) == marker {
          var j = i + marker.count
          while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x25 { j += 1 }
          var name: [UInt8] = []
          while j < b.count, b[j] != 0x20, b[j] != 0x09, b[j] != 0x0A, b[j] != 0x0D, b[j] != 0x3E, name.count < 200 {
            name.append(b[j])
            j += 1
          }
          let column = String(decoding: b[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
          return (line, column, String(decoding: name, as: UTF8.self))
        }
      } else if (c == 0x22 || c == 0x27) && insideMarkup(b, before: i) {
        quote = c
      }
      i += 1
    }
    return nil
  }

  static func isNameStart(_ c: UInt8) -> Bool {
    (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == 0x5F || c == 0x3A || c >= 0x80
  }

  /// Whether position `i` is inside a `<!…>` or `<?…?>` declaration (where quotes delimit
  /// literals), judged by the nearest `<` and `>` before it.
  static func insideMarkup(_ b: [UInt8], before i: Int) -> Bool {
    var j = i - 1
    while j >= 0 {
      if b[j] == 0x3E { return false }
      if b[j] == 0x3C { return true }
      j -= 1
    }
    return false
  }

  /// Invalid UTF-8 or a NUL in a document that is UTF-8 (no BOM of another encoding and no
  /// declaration of one), with its line and column: libxml2 would pass such bytes on to the
  /// parser's delegate, where Foundation's XMLParser traps on them.
  public static func textProblem(in bytes: [UInt8]) -> (line: Int, column: Int, message: String)? {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }  // UTF-16
    let head = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
    if head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
      let enc = head[..<end.lowerBound].range(of: "encoding=")
    {
      // Only a declared encoding that libxml2 transcodes byte by byte (every byte is a
      // character) is left to it; UTF-8, none, or a garbled name are checked here.
      let quote = head[enc.upperBound...].first
      if quote == "\"" || quote == "'" {
        let value = String(head[enc.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" })
        if transcodedEncodings.contains(value) || value.hasPrefix("iso-8859-") || value.hasPrefix("utf-16") {
          return nil
        }
      }
    }
    guard let problem = TextCheck.firstProblem(in: bytes) else { return nil }
    return (problem.line, problem.column, problem.message)
  }

  static let transcodedEncodings: Set<String> = [
    "latin1", "latin-1", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
    "windows-1255", "windows-1256", "windows-1257", "windows-1258", "cp1252",
  ]

  /// The message for a reference to an entity XML does not define.
  public static func undefinedEntityMessage(_ name: String) -> String {
    "undefined entity '&\(name);': XML knows only &amp; &lt; &gt; &quot; &apos; and character references such as &#38;"
  }

  /// Refuses a document that declares an entity, at the declaration.
  /// - Throws: ``InputError`` naming `file`, the line and column, and the entity.
  public static func refuseEntityDeclarations(in data: Data, file: String) throws {
    guard let declaration = firstEntityDeclaration(in: data) else { return }
    throw InputError(
      at: SourceLocation(file: file, line: declaration.line, column: declaration.column),
      entityDeclarationMessage(declaration.name))
  }

  /// The message for an entity declaration.
  public static func entityDeclarationMessage(_ name: String) -> String {
    "entity declaration '\(name)': files that declare entities are refused (they could expand without bound or read other files)"
  }

  /// What libxml2's error code means, in words.
  public static func describe(_ code: Int) -> String {
    switch code {
    case 1: return "the parser stopped on an internal error"
    case 2: return "out of memory"
    case 3, 4: return "the document is empty or does not start with an element"
    case 5: return "the document ends too early (an element is not closed) or has content after its root element"
    case 6, 7, 8: return "invalid character reference"
    case 9: return "invalid character (XML cannot hold this character)"
    case 10, 11, 12, 13: return "a character reference is not allowed here"
    case 14, 15, 16, 17: return "an entity reference is not allowed here"
    case 18, 19, 20, 21, 24, 25: return "parameter entity references are not supported"
    case 22: return "'&' must start an entity such as &amp; or &#38; (no name follows it)"
    case 23: return "'&' must start an entity such as &amp; or &#38; (';' is missing)"
    case 26, 27: return "undefined entity"
    case 28: return "unparsed entity reference"
    case 29: return "external entity reference (no external entity is read)"
    case 30: return "parameter entity reference"
    case 31, 32, 81: return "unknown or unsupported encoding; use UTF-8"
    case 33, 34: return "a quoted value is not closed"
    case 35: return "invalid namespace declaration"
    case 36, 37: return "malformed entity value"
    case 38: return "'<' is not allowed inside an attribute value (write &lt;)"
    case 39, 40, 41: return "an attribute value must be in quotes"
    case 42: return "duplicate attribute"
    case 43, 44: return "malformed literal in the doctype"
    case 45: return "a comment is not closed (missing '-->')"
    case 46, 47: return "a processing instruction is not closed (missing '?>')"
    case 50, 51, 52, 53, 54, 55, 58, 59, 60, 61, 83, 95: return "malformed doctype declaration"
    case 56, 57: return "malformed XML declaration (<?xml ...?>)"
    case 62: return "']]>' outside a CDATA section"
    case 63: return "a CDATA section is not closed (missing ']]>')"
    case 64: return "names starting with 'xml' are reserved"
    case 65, 66: return "a space is required here"
    case 67: return "a name is required here"
    case 68: return "'&' must start an entity such as &amp; or &#38; (or a name is missing here)"
    case 72: return "'<' expected"
    case 73: return "'>' expected"
    case 74: return "'</' expected"
    case 75: return "'=' expected after an attribute name"
    case 76: return "closing tag does not match the open element"
    case 77: return "unclosed tag"
    case 80: return "'--' is not allowed inside a comment"
    case 85: return "elements are not properly nested"
    case 86: return "extra content after the root element"
    case 87, 88, 90: return "malformed entity"
    case 89: return "an entity refers to itself"
    case 96, 108, 109: return "unsupported XML version"
    case 110: return "a name is too long"
    case 111: return "parsing was stopped"
    case 201...299: return "namespace error (an undeclared prefix or a malformed qualified name)"
    default: return "malformed XML (libxml2 error \(code))"
    }
  }
}
