import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML element read by Foundation's `XMLParser`, with the line and column where its start tag
/// ends (as the parser reports it). GraphML and GEXF read their files into these.
final class XMLElementNode {
  /// The local name (without namespace prefix).
  let name: String
  let namespace: String?
  /// Attributes by qualified name as written (`id`, `attr.name`, `yfiles.type`).
  let attributes: [String: String]
  var children: [XMLElementNode] = []
  /// The text directly inside the element (not inside its children).
  var text = ""
  let location: SourceLocation

  init(name: String, namespace: String?, attributes: [String: String], location: SourceLocation) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.location = location
  }

  subscript(attribute: String) -> String? { attributes[attribute] }

  /// The direct children with this local name.
  func children(_ name: String) -> [XMLElementNode] { children.filter { $0.name == name } }
  func child(_ name: String) -> XMLElementNode? { children.first { $0.name == name } }

  /// All text inside the element and its descendants, in document order.
  var allText: String {
    children.isEmpty ? text : text + children.map(\.allText).joined()
  }
}

enum XMLTree {
  /// Parses an XML file into elements.
  /// - Throws: ``InputError`` with the parser's line, column and message for malformed XML.
  static func parse(_ data: Data, file: String) throws -> XMLElementNode {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let problem = XMLSafety.textProblem(in: bytes) {
      throw InputError(at: SourceLocation(file: file, line: problem.line, column: problem.column), problem.message)
    }
    try XMLSafety.refuseEntityDeclarations(in: data, file: file)
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let builder = TreeBuilder(file: file, parser: parser)
    parser.delegate = builder
    let ok = parser.parse()
    guard ok, let root = builder.root, builder.errorLocation == nil, builder.stack.isEmpty else {
      let line = max(1, builder.errorLocation?.line ?? parser.lineNumber)
      let column = max(1, builder.errorLocation?.column ?? parser.columnNumber)
      let code = builder.errorCode ?? (parser.parserError as NSError?)?.code ?? 0
      let message: String
      if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
        message = "the file is empty; expected an XML document"
      } else if let m = builder.message {
        message = m
      } else {
        message = "malformed XML: \(XMLSafety.describe(code))"
      }
      throw InputError(at: SourceLocation(file: file, line: line, column: column), message)
    }
    return root
  }

  private final class TreeBuilder: NSObject, XMLParserDelegate {
    let file: String
    unowned let parser: XMLParser
    var root: XMLElementNode?
    var stack: [XMLElementNode] = []
    var message: String?

    init(file: String, parser: XMLParser) {
      self.file = file
      self.parser = parser
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let e = XMLElementNode(
        name: elementName, namespace: namespaceURI, attributes: attributeDict,
        location: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber))
      if let parent = stack.last {
        parent.children.append(e)
      } else if root == nil {
        root = e
      }
      stack.append(e)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
      _ = stack.popLast()
    }

    /// libxml2 reports the position of the error here; after `parse()` returns it may have moved on.
    var errorLocation: (line: Int, column: Int)?
    var errorCode: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      if errorLocation == nil {
        errorLocation = (parser.lineNumber, parser.columnNumber)
        errorCode = (parseError as NSError).code
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }

    /// Called for an entity neither XML nor the document defines (none is ever fetched).
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
      if message == nil {
        message = XMLSafety.undefinedEntityMessage(name)
        errorLocation = (parser.lineNumber, parser.columnNumber)
      }
      parser.abortParsing()
      return nil
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
    }
  }
}

/// Text escaping and number formatting for the XML writers.
enum XMLText {
  /// The warnings both XML writers give: ties whose direction differs from the graph's (kept as
  /// a `directed` attribute, which `reader` ignores when drawing), and characters XML cannot hold.
  static func writeWarnings(directed: Bool, mixed: Bool, invalid: Int, reader: String) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    if mixed {
      let kind = directed ? "directed" : "undirected"
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "directed and undirected ties together: the graph is \(kind) and each tie with the other direction has the attribute directed=\(!directed); \(reader) those ties \(kind)"
        ))
    }
    if invalid > 0 {
      warnings.append(
        Diagnostic(.warning, at: nil, "\(invalid) control character\(invalid == 1 ? "" : "s") XML cannot hold written as U+FFFD"))
    }
    return warnings
  }

  /// Escapes text for element content or a double-quoted attribute. Characters XML 1.0 cannot
  /// hold (control characters other than tab and line breaks) become U+FFFD and are counted.
  static func escape(_ s: String, attribute: Bool = true, invalid: inout Int) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += attribute ? "&quot;" : "\""
      case "\n": out += attribute ? "&#10;" : "\n"
      case "\r": out += "&#13;"
      case "\t": out += attribute ? "&#9;" : "\t"
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
          invalid += 1
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }
}
