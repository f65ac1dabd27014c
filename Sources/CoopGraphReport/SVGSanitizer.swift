import CoopGraph
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Makes an SVG file from elsewhere safe to embed in a report (`report --diagram FILE.svg`):
/// the file is parsed as XML and written again with only the elements and attributes of an
/// allow-list, the drawing vocabulary Graphviz and drawing programs use.
///
/// What never survives: `<script>`, `<style>`, `<foreignObject>`, `<iframe>`, `<image>`,
/// `<use>` and every other element off the list (with everything inside it), event attributes
/// (`onload`, `onclick`, ...), `style` attributes, links other than `http`, `https`, `mailto`
/// and `#fragment` (see `SafeLink`), and `url(...)` references other than `url(#id)`.
/// Comments, processing instructions and the doctype are dropped; an entity declaration or an
/// undefined entity is refused (see `XMLSafety`); no external entity is ever fetched.
public enum SVGSanitizer {
  /// The sanitized SVG and what was removed (element and attribute names, sorted, once each).
  public struct Result: Sendable {
    public var svg: String
    public var removed: [String]
  }

  static let elements: Set<String> = [
    "svg", "g", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan", "title",
    "desc", "defs", "a", "linearGradient", "radialGradient", "stop", "clipPath", "marker",
  ]

  static let attributes: Set<String> = [
    "id", "class", "transform", "d", "points", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx",
    "fy",
    "dx", "dy", "width", "height", "viewBox", "preserveAspectRatio", "fill", "fill-opacity", "fill-rule", "stroke",
    "stroke-width", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
    "stroke-miterlimit", "opacity", "font-family", "font-size", "font-weight", "font-style", "font-variant",
    "text-anchor", "text-decoration", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
    "word-spacing", "xml:space", "xml:lang", "version", "xmlns", "xmlns:xlink", "offset", "stop-color", "stop-opacity",
    "gradientUnits", "gradientTransform", "spreadMethod", "clip-path", "clipPathUnits", "clip-rule", "marker-start",
    "marker-mid", "marker-end", "markerWidth", "markerHeight", "refX", "refY", "orient", "markerUnits", "visibility",
    "display", "rotate", "textLength", "lengthAdjust", "xlink:title",
  ]

  /// Attributes allowed only on `<a>`, with their values checked.
  static let linkAttributes: Set<String> = ["href", "xlink:href", "target"]
  static let targets: Set<String> = ["_blank", "_self", "_parent", "_top"]

  /// Reads and sanitizes the SVG file at `path` (`report --diagram`).
  /// - Throws: `InputError` when the file cannot be read or holds no `<svg>`, and as
  ///   ``sanitize(_:file:)``.
  public static func sanitize(file path: String) throws -> Result {
    let text = try FileIO.readText(path)
    guard text.contains("<svg") else { throw InputError(at: nil, "\(path): not an SVG file") }
    return try sanitize(text, file: path)
  }

  /// Sanitizes SVG text.
  /// - Parameter file: the name used in errors.
  /// - Throws: `InputError` at the line and column of malformed XML, of an entity declaration,
  ///   or when the root element is not `<svg>`.
  /// - Complexity: O(size of the text).
  public static func sanitize(_ text: String, file: String) throws -> Result {
    let data = Data(text.utf8)
    try XMLSafety.refuseEntityDeclarations(in: data, file: file)
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    let writer = Writer(file: file)
    parser.delegate = writer
    let ok = parser.parse()
    if let problem = writer.problem {
      throw InputError(at: SourceLocation(file: file, line: problem.line, column: problem.column), problem.message)
    }
    guard ok else {
      let line = max(1, writer.errorLocation?.line ?? parser.lineNumber)
      let column = max(1, writer.errorLocation?.column ?? parser.columnNumber)
      let code = writer.errorCode ?? (parser.parserError as NSError?)?.code ?? 0
      throw InputError(
        at: SourceLocation(file: file, line: line, column: column), "malformed SVG: \(XMLSafety.describe(code))")
    }
    guard writer.sawRoot else {
      throw InputError(
        at: SourceLocation(file: file, line: 1, column: 1), "not an SVG file: the root element is not <svg>")
    }
    return Result(svg: writer.out, removed: writer.removed.sorted())
  }

  /// Whether an attribute value may stay (links, targets and `url(...)` references checked).
  static func allows(_ name: String, _ value: String, on element: String) -> Bool {
    if linkAttributes.contains(name) {
      guard element == "a" else { return false }
      if name == "target" { return targets.contains(value) }
      return isFragment(value) || SafeLink.url(value) == value
    }
    guard attributes.contains(name) else { return false }
    let lowered = value.lowercased()
    if lowered.contains("javascript:") || lowered.contains("expression(") { return false }
    var rest = Substring(lowered)
    while let open = rest.range(of: "url(") {
      let after = rest[open.upperBound...].drop { $0 == " " || $0 == "'" || $0 == "\"" }
      guard after.first == "#" else { return false }
      rest = after
    }
    return true
  }

  /// `#id` with a plain id.
  static func isFragment(_ value: String) -> Bool {
    guard value.first == "#", value.count > 1 else { return false }
    return value.dropFirst().unicodeScalars.allSatisfy {
      ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" || $0 == "."
    }
  }

  static func escape(_ s: String, attribute: Bool) -> String {
    escapingScalars(s) { c in
      if VisibleText.isControl(c) { return VisibleText.of(String(c)) }
      switch c {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return attribute ? "&quot;" : nil
      default: return nil
      }
    }
  }

  private final class Writer: NSObject, XMLParserDelegate {
    let file: String
    var out = ""
    var removed: Set<String> = []
    /// Depth inside an element being dropped (0: writing).
    var skipping = 0
    var stack: [String] = []
    var sawRoot = false
    var problem: (line: Int, column: Int, message: String)?
    var errorLocation: (line: Int, column: Int)?
    var errorCode: Int?

    init(file: String) { self.file = file }

    func stop(_ parser: XMLParser, _ message: String) {
      if problem == nil { problem = (max(1, parser.lineNumber), max(1, parser.columnNumber), message) }
      parser.abortParsing()
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      if !sawRoot {
        sawRoot = true
        guard elementName == "svg" else {
          stop(parser, "not an SVG file: the root element is <\(elementName)>, not <svg>")
          return
        }
      }
      if skipping > 0 || !SVGSanitizer.elements.contains(elementName) {
        if skipping == 0 { removed.insert("<\(elementName)>") }
        skipping += 1
        return
      }
      stack.append(elementName)
      out += "<" + elementName
      for name in attributeDict.keys.sorted() {
        let value = attributeDict[name] ?? ""
        if SVGSanitizer.allows(name, value, on: elementName) {
          out += " \(name)=\"\(SVGSanitizer.escape(value, attribute: true))\""
        } else {
          removed.insert(name)
        }
      }
      out += ">"
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      if skipping > 0 {
        skipping -= 1
        return
      }
      if let name = stack.popLast() { out += "</\(name)>" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if skipping == 0 && !stack.isEmpty { out += SVGSanitizer.escape(string, attribute: false) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      if skipping == 0 && !stack.isEmpty {
        out += SVGSanitizer.escape(String(decoding: CDATABlock, as: UTF8.self), attribute: false)
      }
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
      stop(parser, XMLSafety.undefinedEntityMessage(name))
      return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      if errorLocation == nil {
        errorLocation = (parser.lineNumber, parser.columnNumber)
        errorCode = (parseError as NSError).code
      }
    }
  }
}
