import Foundation

/// Reads one worksheet part (`xl/worksheets/sheet1.xml`) as it streams: each non-empty cell's
/// row, column and text, and the merged ranges.
final class XLSXSheetParser: XLSXPartParser {
  /// Excel's limits: 1,048,576 rows and 16,384 columns (A to XFD).
  static let maxRows: Int = 1_048_576
  static let maxColumns: Int = 16_384

  /// What the cells need from the rest of the workbook.
  struct Context {
    var sharedStrings: [String]?
    var sharedStringsPart: String
    var styles: [XLSXCellText.FormatKind]
    var date1904: Bool
  }

  /// A merged range, 1-based and inclusive.
  struct Range: Equatable {
    var firstRow: Int
    var firstColumn: Int
    var lastRow: Int
    var lastColumn: Int
  }

  let sheet: String
  let context: Context
  /// The non-empty cells in file order, as three arrays in lock step.
  private(set) var cellRows: [Int] = []
  private(set) var cellColumns: [Int] = []
  private(set) var cellTexts: [String] = []
  private(set) var merges: [Range] = []

  // The element being read.
  private var row = 0
  private var column = 0
  private var inCell = false
  private var cellRow = 0
  private var cellColumn = 0
  private var cellType = "n"
  private var cellStyle = 0
  private var value = ""
  private var inValue = false
  private var inline = ""
  private var inInline = false
  private var inInlineText = false
  private var phonetic = 0
  private var hasInline = false

  init(file: String, part: String, sheet: String, context: Context) {
    self.sheet = sheet
    self.context = context
    super.init(file: file, part: part, what: "sheet '\(sheet)'")
  }

  override func start(_ name: String, _ attributes: [String: String]) {
    switch name {
    case "row": startRow(attributes)
    case "c": startCell(attributes)
    case "v" where inCell: inValue = true
    case "is" where inCell:
      inInline = true
      hasInline = true
    case "t" where inInline && phonetic == 0: inInlineText = true
    case "rPh": phonetic += 1
    case "mergeCell": addMerge(attributes["ref"] ?? "")
    default: break
    }
  }

  override func end(_ name: String) {
    switch name {
    case "c" where inCell: endCell()
    case "v": inValue = false
    case "is": inInline = false
    case "t": inInlineText = false
    case "rPh": phonetic -= 1
    default: break
    }
  }

  override func text(_ string: String) {
    if inValue {
      value += string
    } else if inInlineText {
      inline += string
    }
  }

  // MARK: Rows and cells

  private func startRow(_ attributes: [String: String]) {
    column = 0
    guard let r = attributes["r"] else {
      row += 1
      return
    }
    guard let n = Int(r) ?? Int(XLSXCellText.trimmed(r)), n >= 1 else {
      fail(
        InputError(
          at: nil,
          "\(file): sheet '\(sheet)': row number '\(r)' cannot be read (\(part) line \(parser?.lineNumber ?? 0))"))
      return
    }
    guard n <= XLSXSheetParser.maxRows else {
      fail(
        InputError(at: nil, "\(file): sheet '\(sheet)': row \(n) is beyond row 1,048,576, the last a sheet can have"))
      return
    }
    row = n
  }

  private func startCell(_ attributes: [String: String]) {
    inCell = true
    value = ""
    inline = ""
    hasInline = false
    cellType = attributes["t"] ?? "n"
    cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
    if let ref = attributes["r"] {
      switch XLSXSheetParser.parseReference(ref) {
      case .cell(let c, let r):
        cellColumn = c
        cellRow = r
        row = r  // a following row without a number is the next one
      case .invalid:
        failAtRow("cell reference '\(ref)' cannot be read; expected a column and a row such as C14")
        return
      case .tooManyColumns:
        failAtRow("cell reference '\(ref)' is beyond column XFD, the last of the 16,384 columns a sheet can have")
        return
      case .tooManyRows:
        failAtRow("cell reference '\(ref)' is beyond row 1,048,576, the last a sheet can have")
        return
      }
    } else {
      cellRow = max(row, 1)
      cellColumn = column + 1
      guard cellColumn <= XLSXSheetParser.maxColumns else {
        failAtRow("the row has more than 16,384 cells, the most a sheet can have")
        return
      }
    }
    column = cellColumn
  }

  private func failAtRow(_ message: String) {
    fail(InputError(at: SourceLocation(file: file, sheet: sheet, row: max(row, 1)), message))
  }

  private func failAtCell(_ message: String) {
    fail(InputError(at: SourceLocation(file: file, sheet: sheet, row: cellRow, column: cellColumn), message))
  }

  private func endCell() {
    inCell = false
    guard let text = cellText(), !text.isEmpty else { return }
    cellRows.append(cellRow)
    cellColumns.append(cellColumn)
    cellTexts.append(text)
  }

  /// The cell's text by its type: shared string, inline string, formula string, boolean,
  /// error, ISO date, or number (a date when its style shows one).
  private func cellText() -> String? {
    switch cellType {
    case "s":
      return sharedString()
    case "inlineStr":
      return XLSXCellText.unescape(inline)
    case "str":
      return XLSXCellText.unescape(value)
    case "b":
      let v: String = XLSXCellText.trimmed(value).lowercased()
      if v == "1" || v == "true" { return "TRUE" }
      if v == "0" || v == "false" { return "FALSE" }
      return value
    case "e":
      return value
    case "d":
      return XLSXCellText.isoDate(value)
    default:
      if value.isEmpty { return hasInline ? XLSXCellText.unescape(inline) : nil }
      guard let x = XLSXCellText.parseNumber(value) else {
        failAtCell("the cell's value '\(value)' is not a number, as its type says")
        return nil
      }
      let kind: XLSXCellText.FormatKind =
        cellStyle >= 0 && cellStyle < context.styles.count ? context.styles[cellStyle] : .number
      if kind != .number, let date = XLSXCellText.date(serial: x, kind: kind, date1904: context.date1904) {
        return date
      }
      return XLSXCellText.number(x)
    }
  }

  private func sharedString() -> String? {
    let v: String = XLSXCellText.trimmed(value)
    guard !v.isEmpty else { return nil }
    guard let index = Int(v), index >= 0 else {
      failAtCell("the cell's shared string number '\(v)' cannot be read")
      return nil
    }
    guard let strings = context.sharedStrings else {
      failAtCell("the cell refers to shared string \(index) but the workbook has no part \(context.sharedStringsPart)")
      return nil
    }
    guard index < strings.count else {
      failAtCell("the cell refers to shared string \(index), but the workbook has only \(strings.count)")
      return nil
    }
    return strings[index]
  }

  // MARK: Merged cells

  private func addMerge(_ ref: String) {
    let ends: [Substring] = ref.split(separator: ":", omittingEmptySubsequences: false)
    let first: Reference = XLSXSheetParser.parseReference(String(ends.first ?? ""))
    let last: Reference = ends.count == 2 ? XLSXSheetParser.parseReference(String(ends[1])) : first
    guard ends.count <= 2, case .cell(let c1, let r1) = first, case .cell(let c2, let r2) = last else {
      fail(
        InputError(
          at: nil, "\(file): sheet '\(sheet)': merged range '\(ref)' cannot be read; expected a range such as A1:B1"))
      return
    }
    merges.append(Range(firstRow: min(r1, r2), firstColumn: min(c1, c2), lastRow: max(r1, r2), lastColumn: max(c1, c2)))
  }

  // MARK: Cell references

  enum Reference: Equatable {
    case cell(column: Int, row: Int)
    case invalid
    case tooManyColumns
    case tooManyRows
  }

  /// `C14` → column 3, row 14 (`$C$14` too, letters in either case).
  static func parseReference(_ ref: String) -> Reference {
    var column: Int = 0
    var row: Int = 0
    var letters: Int = 0
    var digits: Int = 0
    for u in ref.utf8 {
      switch u {
      case 0x24:  // '$'
        continue
      case 0x41...0x5A, 0x61...0x7A:
        guard digits == 0 else { return .invalid }
        letters += 1
        let v: Int = Int(u & 0xDF) - 64
        column = column * 26 + v
        if column > maxColumns { return .tooManyColumns }
      case 0x30...0x39:
        guard letters > 0 else { return .invalid }
        digits += 1
        row = row * 10 + Int(u - 0x30)
        if row > maxRows { return .tooManyRows }
      default:
        return .invalid
      }
    }
    guard letters > 0, digits > 0, row >= 1 else { return .invalid }
    return .cell(column: column, row: row)
  }
}
