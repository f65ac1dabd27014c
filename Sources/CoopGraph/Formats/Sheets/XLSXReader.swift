import Foundation

/// Excel workbooks (`.xlsx`, Office Open XML, ECMA-376): read each worksheet as a
/// ``SheetTable``, and write sheets of text cells as a workbook.
///
/// An `.xlsx` file is a ZIP archive (read and written with ZIPFoundation) of XML parts (read
/// with Foundation's `XMLParser`, never resolving external entities).
public enum XLSXWorkbook {
  /// Reads every worksheet of the workbook at `path`, in workbook order (chart sheets are left
  /// out), each as a ``SheetTable`` named after the sheet.
  ///
  /// Cells read as the spreadsheet shows them, without formatting:
  /// - text (shared, inline, rich-text runs joined, formula results) as written;
  /// - booleans as `TRUE` and `FALSE`; errors as Excel shows them (`#N/A`);
  /// - numbers as integers without `.0` (`42`), other numbers in the shortest form that reads
  ///   back as the same value (`0.1`);
  /// - numbers whose style shows a date (built-in formats 14–22 and 45–47, the East Asian
  ///   built-in date formats 27–36 and 50–58, and custom formats with `y`, `m`, `d`, `h` or `s`
  ///   outside quotes and brackets) as ISO dates: `2024-03-15`, `2024-03-15T09:30` when there is
  ///   a time of day (`:SS` added when the seconds are not zero), `09:30` for a time alone.
  ///   Serials count in the 1900 date system, with Excel's 1900-02-29, or in the 1904 system
  ///   when the workbook says so. Formula cells give their last computed value.
  ///
  /// The first row with a non-empty cell is the header; a merged header cell repeats its text
  /// in every column it spans. Rows with no non-empty cell are left out (every row keeps its
  /// place in ``SheetTable/rowLocations``), and so are empty columns at the left and right of
  /// the used range; a header cell without text has empty text. Merged cells below the header
  /// keep their value in their first cell only, as Excel stores them.
  ///
  /// - Parameter path: The workbook's path, used in every message.
  /// - Returns: One table per worksheet; an empty sheet has an empty header and no rows.
  /// - Throws: ``InputError`` naming the file and, where there is one, the sheet and cell
  ///   (`book.xlsx:ties!C14: error: …`): a file that is not an `.xlsx` workbook (an `.xls`, a
  ///   password-protected workbook, text), a missing or malformed part, a cell reference that
  ///   cannot be read, a sheet past Excel's 1,048,576 rows or 16,384 columns, or a part larger
  ///   than 512 MiB decompressed.
  /// - Complexity: O(*n*) time and memory in the size of the decompressed parts.
  public static func read(path: String) throws -> [SheetTable] {
    try read(path: path, partLimit: XLSXPackage.maxPartSize)
  }

  /// ``read(path:)`` with another limit on the decompressed size of a part (for tests).
  static func read(path: String, partLimit: UInt64) throws -> [SheetTable] {
    let package = try XLSXPackage(path: path, partLimit: partLimit)
    let workbookPart: String = try officeDocument(package)
    guard package.has(workbookPart) else {
      throw XLSXPackage.notAWorkbook(path, package.whatElse())
    }
    let workbookData: Data = try package.required(workbookPart, for: "the list of sheets")
    guard let workbook = try XLSXWorkbookParts.workbook(workbookData, file: path, part: workbookPart) else {
      throw XLSXPackage.notAWorkbook(path, package.whatElse())
    }
    let folder: String = XLSXReader.folder(of: workbookPart)
    let relsPart: String = folder + "_rels/" + XLSXReader.fileName(of: workbookPart) + ".rels"
    let relsData: Data = try package.required(relsPart, for: "where the workbook's sheets are")
    let rels = try XLSXWorkbookParts.relationships(relsData, file: path, part: relsPart, base: folder)

    let stringsPart: String = rels.first { $0.type == "sharedStrings" }?.target ?? folder + "sharedStrings.xml"
    var strings: [String]? = nil
    if let data = try package.data(stringsPart) {
      strings = try XLSXWorkbookParts.sharedStrings(data, file: path, part: stringsPart)
    }
    let stylesPart: String = rels.first { $0.type == "styles" }?.target ?? folder + "styles.xml"
    var styles: [XLSXCellText.FormatKind] = []
    if let data = try package.data(stylesPart) {
      styles = try XLSXWorkbookParts.styles(data, file: path, part: stylesPart)
    }
    let context = XLSXSheetParser.Context(
      sharedStrings: strings, sharedStringsPart: stringsPart, styles: styles, date1904: workbook.date1904)

    var tables: [SheetTable] = []
    for entry in workbook.sheets {
      guard let rel = rels.first(where: { $0.id == entry.relationshipID }) else {
        throw InputError(
          at: nil,
          "\(path): sheet '\(entry.name)' refers to relationship '\(entry.relationshipID)', which \(relsPart) does not have"
        )
      }
      guard rel.type == "worksheet" else { continue }  // chart, dialog and macro sheets
      let data: Data = try package.required(rel.target, for: "sheet '\(entry.name)'")
      let parser = XLSXSheetParser(file: path, part: rel.target, sheet: entry.name, context: context)
      try parser.run(data)
      tables.append(XLSXReader.table(parser, file: path))
    }
    return tables
  }

  /// The workbook part the package's relationships name (`xl/workbook.xml` by default).
  private static func officeDocument(_ package: XLSXPackage) throws -> String {
    let fallback: String = "xl/workbook.xml"
    guard let data = try package.data("_rels/.rels") else {
      if package.has(fallback) { return fallback }
      throw XLSXPackage.notAWorkbook(package.path, package.whatElse())
    }
    let rels = try XLSXWorkbookParts.relationships(data, file: package.path, part: "_rels/.rels", base: "")
    return rels.first { $0.type == "officeDocument" }?.target ?? fallback
  }
}

/// Turning the cells of a sheet into a ``SheetTable``.
enum XLSXReader {
  static func folder(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  static func fileName(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return part }
    return String(part[part.index(after: slash)...])
  }

  /// The table of a parsed sheet: header, rows in sheet order, merged header cells repeated.
  static func table(_ sheet: XLSXSheetParser, file: String) -> SheetTable {
    let name: String = sheet.sheet
    let count: Int = sheet.cellRows.count
    guard count > 0 else {
      let start = SourceLocation(file: file, sheet: name, row: 1)
      return SheetTable(file: file, sheet: name, header: [], rows: [], rowLocations: [], headerLocation: start)
    }
    // Cells in row order, then column order (files keep that order; sort only when they don't).
    var order: [Int] = Array(0..<count)
    if !isSorted(sheet) {
      order.sort { (a: Int, b: Int) -> Bool in
        let ra: Int = sheet.cellRows[a]
        let rb: Int = sheet.cellRows[b]
        return ra != rb ? ra < rb : sheet.cellColumns[a] < sheet.cellColumns[b]
      }
    }
    let headerRow: Int = sheet.cellRows[order[0]]
    var firstColumn: Int = Int.max
    var lastColumn: Int = 0
    for i in 0..<count {
      firstColumn = min(firstColumn, sheet.cellColumns[i])
      lastColumn = max(lastColumn, sheet.cellColumns[i])
    }
    // Header merges widen the used range.
    let headerMerges: [XLSXSheetParser.Range] = sheet.merges.filter {
      $0.firstRow <= headerRow && headerRow <= $0.lastRow
    }
    for m in headerMerges where m.firstRow == headerRow {
      lastColumn = max(lastColumn, m.lastColumn)
    }
    let width: Int = lastColumn - firstColumn + 1

    var header: [SheetTable.Cell] = []
    header.reserveCapacity(width)
    for c in firstColumn...lastColumn {
      header.append(SheetTable.Cell("", at: SourceLocation(file: file, sheet: name, row: headerRow, column: c)))
    }
    var rows: [[SheetTable.Cell?]] = []
    var rowLocations: [SourceLocation] = []
    var current: Int = headerRow
    var k: Int = 0
    while k < count {
      let i: Int = order[k]
      let r: Int = sheet.cellRows[i]
      let c: Int = sheet.cellColumns[i]
      let location = SourceLocation(file: file, sheet: name, row: r, column: c)
      let cell = SheetTable.Cell(sheet.cellTexts[i], at: location)
      if r == headerRow {
        header[c - firstColumn] = cell
      } else {
        if r != current || rows.isEmpty {
          rows.append([SheetTable.Cell?](repeating: nil, count: width))
          rowLocations.append(SourceLocation(file: file, sheet: name, row: r))
          current = r
        }
        rows[rows.count - 1][c - firstColumn] = cell
      }
      k += 1
    }
    // A merged header cell's text in every column it spans.
    for m in headerMerges {
      let source: Int = m.firstColumn - firstColumn
      guard m.firstRow == headerRow, source >= 0, source < width else { continue }
      let text: String = header[source].text
      guard !text.isEmpty else { continue }
      var c: Int = m.firstColumn + 1
      while c <= m.lastColumn {
        if c - firstColumn < width, header[c - firstColumn].text.isEmpty {
          header[c - firstColumn].text = text
        }
        c += 1
      }
    }
    let headerLocation = SourceLocation(file: file, sheet: name, row: headerRow)
    return SheetTable(
      file: file, sheet: name, header: header, rows: rows, rowLocations: rowLocations, headerLocation: headerLocation)
  }

  private static func isSorted(_ sheet: XLSXSheetParser) -> Bool {
    var i: Int = 1
    while i < sheet.cellRows.count {
      let r0: Int = sheet.cellRows[i - 1]
      let r1: Int = sheet.cellRows[i]
      if r1 < r0 || (r1 == r0 && sheet.cellColumns[i] <= sheet.cellColumns[i - 1]) { return false }
      i += 1
    }
    return true
  }
}
