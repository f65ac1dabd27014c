import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A streaming reader of one XML part of a workbook with Foundation's `XMLParser`: subclasses
/// handle elements (by local name) as they come, so that a large worksheet is never held as a
/// tree. External entities are never resolved, and a part with a document type declaration
/// (which no workbook part has) is refused before parsing, which rules out entity expansion.
class XLSXPartParser: NSObject, XMLParserDelegate {
  /// The workbook's path, the part's name (`xl/worksheets/sheet1.xml`) and what it is for
  /// messages (`sheet 'ties'`).
  let file: String
  let part: String
  let what: String?
  /// An error a subclass found; parsing stops at the first.
  var failure: InputError?
  /// The local name of the root element, once parsing has started.
  private(set) var root: String?
  private(set) var parser: XMLParser?
  private var errorLocation: (line: Int, column: Int)?
  private var errorCode: Int?

  init(file: String, part: String, what: String? = nil) {
    self.file = file
    self.part = part
    self.what = what
  }

  /// Parses `data`, calling the subclass's handlers.
  /// - Throws: the subclass's ``failure``, or ``InputError`` for malformed XML naming the part
  ///   and the line.
  func run(_ data: Data) throws {
    if let line = XLSXPartParser.doctypeLine(data) {
      throw malformed(
        line: line, column: 1, "a document type declaration (<!DOCTYPE>), which workbook parts never have")
    }
    // From a stream, which the parser reads in chunks: given all of a part larger than 10 MB at
    // once, libxml2 stops with "Huge input lookup".
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = self
    self.parser = parser
    let ok: Bool = parser.parse()
    self.parser = nil
    if let failure { throw failure }
    guard ok, errorLocation == nil else {
      let line: Int = max(1, errorLocation?.line ?? parser.lineNumber)
      let column: Int = max(1, errorLocation?.column ?? parser.columnNumber)
      let code: Int = errorCode ?? (parser.parserError as NSError?)?.code ?? 0
      if data.isEmpty { throw malformed(line: 1, column: 1, "the part is empty") }
      throw malformed(line: line, column: column, XMLSafety.describe(code))
    }
  }

  /// Stops parsing with `error`.
  func fail(_ error: InputError) {
    // After malformed XML the parser recovers and goes on; the XML error is the one to report.
    if failure == nil && errorLocation == nil { failure = error }
    parser?.abortParsing()
  }

  /// `book.xlsx: part xl/worksheets/sheet1.xml (sheet 'ties') is not well-formed XML: line 3,
  /// column 5: reason`.
  func malformed(line: Int, column: Int, _ reason: String) -> InputError {
    let name: String = what.map { "\(part) (\($0))" } ?? part
    return InputError(
      at: nil, "\(file): part \(name) is not well-formed XML: line \(line), column \(column): \(reason)")
  }

  /// The line of a `<!DOCTYPE` before the root element, if there is one.
  static func doctypeLine(_ data: Data) -> Int? {
    // A part in UTF-16 (which the packaging conventions allow) is scanned as UTF-8.
    let head: [UInt8] = Array(data.prefix(2))
    if head.count == 2 && (head[0] == 0 || head[1] == 0 || head == [0xFF, 0xFE] || head == [0xFE, 0xFF]) {
      let bigEndian: Bool = head[0] == 0 || head == [0xFE, 0xFF]
      let text: String? = String(data: data, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian)
      guard let text else { return nil }  // the parser reports the encoding error
      return doctypeLine(Data(text.utf8))
    }
    let bang: [UInt8] = Array("<!DOCTYPE".utf8)
    var line: Int = 1
    var i: Int = data.startIndex
    let end: Int = data.endIndex
    while i < end {
      let b: UInt8 = data[i]
      if b == 0x0A { line += 1 }
      if b == 0x3C, i + 1 < end {
        let next: UInt8 = data[i + 1]
        let isName: Bool =
          (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next == 0x5F || next >= 0x80
        if isName { return nil }  // the root element starts: no declaration before it
        if next == 0x21, i + bang.count <= end, data[i..<(i + bang.count)].elementsEqual(bang) { return line }
      }
      i += 1
    }
    return nil
  }

  // MARK: For subclasses

  func start(_ name: String, _ attributes: [String: String]) {}
  func end(_ name: String) {}
  func text(_ string: String) {}

  /// An attribute by local name, whatever its namespace prefix (`r:id` is `id`).
  static func attribute(_ attributes: [String: String], _ local: String) -> String? {
    if let v = attributes[local] { return v }
    let suffix: String = ":" + local
    for (k, v) in attributes where k.hasSuffix(suffix) { return v }
    return nil
  }

  // MARK: XMLParserDelegate

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    let name: String = XLSXPartParser.localName(elementName)
    if root == nil { root = name }
    start(name, attributeDict)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    end(XLSXPartParser.localName(elementName))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text(string)
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    text(String(decoding: CDATABlock, as: UTF8.self))
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if errorLocation == nil {
      errorLocation = (parser.lineNumber, parser.columnNumber)
      errorCode = (parseError as NSError).code
    }
  }

  private static func localName(_ name: String) -> String {
    guard name.utf8.contains(0x3A), let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }
}
