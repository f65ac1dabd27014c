import Foundation

/// Readers of the small parts that describe a workbook: relationships, `xl/workbook.xml` (the
/// sheets in order and the date system), `xl/styles.xml` (which cell styles show dates) and
/// `xl/sharedStrings.xml`.
enum XLSXWorkbookParts {
  /// One relationship of a `.rels` part: its id, type (the last path component of the type URI:
  /// `worksheet`, `sharedStrings`, `officeDocument`) and target part name, resolved.
  struct Relationship {
    var id: String
    var type: String
    var target: String
  }

  /// Reads a relationships part; targets are resolved against `base` (the folder of the part
  /// they belong to, `xl/`), external targets left out.
  static func relationships(_ data: Data, file: String, part: String, base: String) throws -> [Relationship] {
    let p = RelationshipsParser(file: file, part: part)
    try p.run(data)
    return p.relationships.map { r in
      Relationship(id: r.id, type: r.type, target: resolve(r.target, base: base))
    }
  }

  /// `worksheets/sheet1.xml` against `xl/` is `xl/worksheets/sheet1.xml`; `/xl/x.xml` is
  /// absolute; `..` goes up.
  static func resolve(_ target: String, base: String) -> String {
    let t: String = target.replacingOccurrences(of: "\\", with: "/")
    var parts: [Substring] = []
    let joined: String = t.hasPrefix("/") ? t : base + t
    for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
      if piece == "." { continue }
      if piece == ".." {
        _ = parts.popLast()
        continue
      }
      parts.append(piece)
    }
    return parts.joined(separator: "/")
  }

  private final class RelationshipsParser: XLSXPartParser {
    var relationships: [(id: String, type: String, target: String)] = []

    override func start(_ name: String, _ attributes: [String: String]) {
      guard name == "Relationship" else { return }
      if attributes["TargetMode"] == "External" { return }
      guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
      let shortType: String = type.split(separator: "/").last.map(String.init) ?? type
      relationships.append((id, shortType, target))
    }
  }

  // MARK: xl/workbook.xml

  /// A sheet as the workbook lists it: its name and the relationship id of its part.
  struct SheetEntry {
    var name: String
    var relationshipID: String
  }

  /// The sheets in workbook order and whether dates count from 1904; `nil` when the part is not
  /// a workbook (its root is not `<workbook>`, as in a Word or PowerPoint document's main part).
  static func workbook(_ data: Data, file: String, part: String) throws -> (sheets: [SheetEntry], date1904: Bool)? {
    let p = WorkbookParser(file: file, part: part)
    try p.run(data)
    guard p.root == "workbook" else { return nil }
    return (p.sheets, p.date1904)
  }

  private final class WorkbookParser: XLSXPartParser {
    var sheets: [SheetEntry] = []
    var date1904 = false

    override func start(_ name: String, _ attributes: [String: String]) {
      switch name {
      case "workbookPr":
        let v: String = attributes["date1904"]?.lowercased() ?? ""
        date1904 = v == "1" || v == "true"
      case "sheet":
        let name: String = attributes["name"] ?? "Sheet\(sheets.count + 1)"
        let id: String = XLSXPartParser.attribute(attributes, "id") ?? ""
        sheets.append(SheetEntry(name: name, relationshipID: id))
      default: break
      }
    }
  }

  // MARK: xl/styles.xml

  /// For each cell style index (a cell's `s`), what its number format shows.
  static func styles(_ data: Data, file: String, part: String) throws -> [XLSXCellText.FormatKind] {
    let p = StylesParser(file: file, part: part)
    try p.run(data)
    return p.cellFormatIDs.map { id in
      if let code = p.customFormats[id] { return XLSXCellText.formatKind(code) }
      return XLSXCellText.builtInKind(id)
    }
  }

  private final class StylesParser: XLSXPartParser {
    var customFormats: [Int: String] = [:]
    var cellFormatIDs: [Int] = []
    private var inCellXfs = false
    private var depth = 0

    override func start(_ name: String, _ attributes: [String: String]) {
      switch name {
      case "numFmt":
        if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
          customFormats[id] = code
        }
      case "cellXfs":
        inCellXfs = true
        depth = 0
      case "xf" where inCellXfs:
        depth += 1
        if depth == 1 { cellFormatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0) }
      default:
        if inCellXfs { depth += 1 }
      }
    }

    override func end(_ name: String) {
      if name == "cellXfs" {
        inCellXfs = false
      } else if inCellXfs {
        depth -= 1
      }
    }
  }

  // MARK: xl/sharedStrings.xml

  /// The shared strings in order; a rich-text string is its runs joined, phonetic guides
  /// (`<rPh>`, furigana) left out.
  static func sharedStrings(_ data: Data, file: String, part: String) throws -> [String] {
    let p = SharedStringsParser(file: file, part: part)
    try p.run(data)
    return p.strings
  }

  private final class SharedStringsParser: XLSXPartParser {
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phonetic = 0

    override func start(_ name: String, _ attributes: [String: String]) {
      switch name {
      case "si":
        inItem = true
        current = ""
      case "t" where inItem && phonetic == 0: inText = true
      case "rPh": phonetic += 1
      default: break
      }
    }

    override func end(_ name: String) {
      switch name {
      case "si":
        strings.append(XLSXCellText.unescape(current))
        inItem = false
      case "t": inText = false
      case "rPh": phonetic -= 1
      default: break
      }
    }

    override func text(_ string: String) {
      if inText { current += string }
    }
  }
}
