import Foundation
import Testing

@testable import CoopGraph

/// Excel workbooks: the workbooks openpyxl and LibreOffice write read cell by cell as their
/// writers' scripts say (`scripts/fixtures/sheets.py`), what ``XLSXWorkbook`` writes reads back
/// as written, and files that are not workbooks fail with a message that says what they are.
@Suite struct XLSXTests {
  /// The cells a reader must give, as `Tests/Fixtures/sheets/NAME.expected.json` lists them.
  struct Expected: Decodable {
    struct Cell: Decodable {
      var ref: String
      var text: String
    }
    struct Row: Decodable {
      var row: Int
      var cells: [Cell?]
    }
    struct Sheet: Decodable {
      var name: String
      var header: [Cell]
      var rows: [Row]
    }
    var sheets: [Sheet]
  }

  static func expected(_ name: String) throws -> Expected {
    let url = URL(fileURLWithPath: TestData.fixture("sheets/\(name).expected.json"))
    return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
  }

  // MARK: Workbooks written by other programs

  @Test(arguments: ["openpyxl", "openpyxl-1904", "libreoffice", "cell-types"])
  func readsEveryCellWithItsPlace(_ name: String) throws {
    let path: String = TestData.fixture("sheets/\(name).xlsx")
    let expected: Expected = try Self.expected(name)
    let tables: [SheetTable] = try XLSXWorkbook.read(path: path)
    #expect(tables.map(\.sheet) == expected.sheets.map(\.name))
    for (table, sheet) in zip(tables, expected.sheets) {
      #expect(table.file == path)
      let headerTexts: [String] = table.header.map(\.text)
      #expect(headerTexts == sheet.header.map(\.text), "\(name) \(sheet.name)")
      let headerRefs: [String?] = table.header.map(\.location.cell)
      #expect(headerRefs == sheet.header.map { "\(sheet.name)!\($0.ref)" }, "\(name) \(sheet.name)")
      #expect(table.header.allSatisfy { $0.location.file == path })
      let firstHeaderRow: Int = sheet.header.first.map { Int($0.ref.drop { $0.isLetter }) ?? 0 } ?? 1
      #expect(table.headerLocation.cell == "\(sheet.name)!\(firstHeaderRow)")
      #expect(table.rows.count == sheet.rows.count, "\(name) \(sheet.name)")
      #expect(table.rowLocations.map(\.cell) == sheet.rows.map { "\(sheet.name)!\($0.row)" })
      for (row, want) in zip(table.rows, sheet.rows) {
        #expect(row.count == want.cells.count, "\(name) \(sheet.name) row \(want.row)")
        for (cell, wantCell) in zip(row, want.cells) {
          #expect(cell?.text == wantCell?.text, "\(name) \(sheet.name)!\(wantCell?.ref ?? "row \(want.row)")")
          let wantRef: String? = wantCell.map { "\(sheet.name)!\($0.ref)" }
          #expect(cell?.location.cell == wantRef)
        }
      }
    }
  }

  @Test func locationsPrintAsSpreadsheetsNameCells() throws {
    let path: String = TestData.fixture("sheets/openpyxl.xlsx")
    let ties: SheetTable = try #require(try XLSXWorkbook.read(path: path).last)
    let label: SheetTable.Cell = try #require(ties.rows[0][6])
    #expect(label.location.description == "\(path):ties!G3")
    #expect(Diagnostic(at: label.location, "x").description == "\(path):ties!G3: error: x")
    #expect(ties.name == "\(path) sheet 'ties'")
  }

  // MARK: Cell values

  @Test func numbersPrintShortest() {
    #expect(XLSXCellText.number(42) == "42")
    #expect(XLSXCellText.number(-7) == "-7")
    #expect(XLSXCellText.number(-0.0) == "0")
    #expect(XLSXCellText.number(0.1) == "0.1")
    #expect(XLSXCellText.number(15000.5) == "15000.5")
    #expect(XLSXCellText.number(1.0 / 3.0) == "0.3333333333333333")
    #expect(XLSXCellText.number(9_007_199_254_740_992) == "9007199254740992")
    #expect(XLSXCellText.number(0.30000000000000004) == "0.30000000000000004")
  }

  @Test func dateSerialsIn1900And1904Systems() {
    func d(_ serial: Double, _ kind: XLSXCellText.FormatKind = .date, date1904: Bool = false) -> String? {
      XLSXCellText.date(serial: serial, kind: kind, date1904: date1904)
    }
    #expect(d(1) == "1900-01-01")
    #expect(d(59) == "1900-02-28")
    #expect(d(60) == "1900-02-29")  // the day Excel counts that never was
    #expect(d(61) == "1900-03-01")
    #expect(d(36_526) == "2000-01-01")
    #expect(d(45_366.395_833_333_3) == "2024-03-15T09:30")
    #expect(d(45_232.739_699_074_07) == "2023-11-02T17:45:10")
    #expect(d(2_958_465) == "9999-12-31")
    #expect(d(2_958_466) == nil)
    #expect(d(-1) == nil)
    #expect(d(0.5, .time) == "12:00")
    #expect(d(0.999_999_99, .time) == "1900-01-01")  // rounds up to the next midnight
    #expect(d(0, date1904: true) == "1904-01-01")
    #expect(d(35_503, date1904: true) == "2001-03-15")
  }

  @Test func formatCodesThatShowDates() {
    let dates: [String] = [
      "yyyy-mm-dd", "d\" \"mmmm\" \"yyyy", "dd/mm/yyyy", "[$-409]mmmm d, yyyy;@", "yyyy\\-mm\\-dd\\ hh:mm", "mmm-yy",
      "m/d/yy h:mm AM/PM",
    ]
    let times: [String] = ["h:mm", "hh:mm:ss", "[h]:mm:ss", "mm:ss", "h:mm AM/PM", "[h]"]
    let numbers: [String] = [
      "General", "0.00", "#,##0", "0.00E+00", "\"days\" 0", "[Red]0.00", "0_m", "\\d0", "@",
      "\"TRUE\";\"TRUE\";\"FALSE\"",
    ]
    for code in dates { #expect(XLSXCellText.formatKind(code) == .date, "\(code)") }
    for code in times { #expect(XLSXCellText.formatKind(code) == .time, "\(code)") }
    for code in numbers { #expect(XLSXCellText.formatKind(code) == .number, "\(code)") }
    #expect(XLSXCellText.builtInKind(14) == .date)
    #expect(XLSXCellText.builtInKind(22) == .date)
    #expect(XLSXCellText.builtInKind(20) == .time)
    #expect(XLSXCellText.builtInKind(47) == .time)
    #expect(XLSXCellText.builtInKind(2) == .number)
  }

  @Test func excelEscapesDecodeAndEncode() {
    #expect(XLSXCellText.unescape("a_x000D_b") == "a\rb")
    #expect(XLSXCellText.unescape("_x005F_x0041_") == "_x0041_")
    #expect(XLSXCellText.unescape("snake_case_x") == "snake_case_x")
    #expect(XLSXCellText.escapeUnderscores("_x0041_") == "_x005F_x0041_")
    #expect(XLSXCellText.unescape(XLSXCellText.escapeUnderscores("a_x00e9_b_xyz_")) == "a_x00e9_b_xyz_")
  }

  // MARK: Writing

  static let awkward: [String] = [
    "\"quoted\"", "it's", "<&>", "a < b && c > d", "line\nbreak", "crlf\r\nline", "\ttab", "  spaces  ",
    "合作伙伴", "協力 🤝🏽 emoji", "🇨🇭", "_x0041_", "=SUM(A1:A2)", "007", "1.50", "1e5", "+1", "-0", "TRUE",
    "2024-03-15", "Ünïcødé", "&amp;", "]]>", "'quote",
  ]

  @Test func writtenWorkbooksReadBackAsWritten() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("round.xlsx").path
    var ties: [[String]] = [["source", "target", "label", "strength"]]
    for (i, s) in Self.awkward.enumerated() {
      ties.append(["n\(i)", "n\(i + 1)", s, i % 2 == 0 ? "\(i)" : "0.\(i)5"])
    }
    let entities: [[String]] = [
      ["id", "name", "kind"], ["n0", "Zero", "ngo"], ["n1", "", "ngo"], ["n2", "Two", ""],
    ]
    try XLSXWorkbook.write(sheets: [("entities", entities), ("ties", ties)], to: path)
    let tables: [SheetTable] = try XLSXWorkbook.read(path: path)
    #expect(tables.map(\.sheet) == ["entities", "ties"])
    for (table, rows) in zip(tables, [entities, ties]) {
      let sheet: String = table.sheet ?? ""
      #expect(table.header.map(\.text) == rows[0])
      #expect(table.rows.count == rows.count - 1)
      for (r, row) in table.rows.enumerated() {
        let want: [String] = rows[r + 1]
        let got: [String] = row.map { $0?.text ?? "" }
        #expect(got == want)
        #expect(table.rowLocations[r].cell == "\(sheet)!\(r + 2)")
        for (c, cell) in row.enumerated() {
          guard let cell else { continue }
          #expect(cell.location.cell == "\(sheet)!\(SourceLocation.columnName(c + 1))\(r + 2)")
        }
      }
    }
  }

  /// Pieces random cells are made of: markup, escapes, line breaks, numbers, wide characters,
  /// and the control characters XML cannot hold.
  static let pieces: [String] = [
    "a", "Z", " ", "  ", "\t", "\n", "\r\n", "\"", "'", "<", ">", "&", "&amp;", "]]>", "_x0041_", "_x", "_",
    "0", "7", "-", ".", "5", "e", "合作", "é", "🤝🏽", "🇨🇭", "\u{01}", "\u{1F}", "\u{FFFE}", "=", "#N/A", "TRUE",
  ]

  static func randomCell(_ rng: inout SplitMix64) -> String {
    let count: Int = Int.random(in: 0...4, using: &rng)
    var s: String = ""
    for _ in 0..<count { s += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
    return s
  }

  /// What a cell reads back as: the text with the characters XML cannot hold as U+FFFD.
  static func readBack(_ s: String) -> String {
    var out: String.UnicodeScalarView = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      let allowed: Bool = u.value >= 0x20 || u == "\t" || u == "\n" || u == "\r"
      out.append(allowed && u.value != 0xFFFE && u.value != 0xFFFF ? u : "\u{FFFD}")
    }
    return String(out)
  }

  @Test(arguments: 0..<20)
  func randomSheetsReadBackAsWritten(seed: Int) throws {
    var rng = SplitMix64(seed: UInt64(seed))
    let width: Int = Int.random(in: 1...6, using: &rng)
    let height: Int = Int.random(in: 1...30, using: &rng)
    // Every header cell and every row's first cell hold text, so no column or row is empty.
    var rows: [[String]] = [(0..<width).map { "h\($0)" }]
    for r in 0..<height {
      var row: [String] = ["r\(r)"]
      for _ in 1..<width { row.append(Self.randomCell(&rng)) }
      rows.append(row)
    }
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("random.xlsx").path
    try XLSXWorkbook.write(sheets: [("random \(seed)", rows)], to: path)
    let table: SheetTable = try #require(try XLSXWorkbook.read(path: path).first)
    #expect(table.header.map(\.text) == rows[0])
    #expect(table.rows.count == height)
    for (r, row) in table.rows.enumerated() {
      let want: [String] = rows[r + 1].map(Self.readBack)
      #expect(row.map { $0?.text ?? "" } == want, "seed \(seed) row \(r + 2)")
    }
  }

  @Test func charactersXMLCannotHoldBecomeReplacementCharacters() throws {
    let data: Data = try XLSXWorkbook.data(sheets: [("s", [["h"], ["a\u{01}b\u{1F}c"], ["\u{FFFE}"]])])
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("control.xlsx").path
    try data.write(to: URL(fileURLWithPath: path))
    let table: SheetTable = try #require(try XLSXWorkbook.read(path: path).first)
    #expect(table.rows.map { $0[0]?.text } == ["a\u{FFFD}b\u{FFFD}c", "\u{FFFD}"])
  }

  @Test func plainNumbersAreWrittenAsNumbersAndTheHeaderBold() throws {
    let xml: String = try XLSXWriter.worksheet(name: "s", rows: [["id", "42"], ["-3.5", "007"], ["1.50", "x<y"]])
    #expect(xml.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">id</t></is></c>"))
    #expect(xml.contains("<c r=\"B1\" s=\"1\"><v>42</v></c>"))
    #expect(xml.contains("<c r=\"A2\"><v>-3.5</v></c>"))
    #expect(xml.contains("<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">007</t></is></c>"))
    #expect(xml.contains("<c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">1.50</t></is></c>"))
    #expect(xml.contains("<t xml:space=\"preserve\">x&lt;y</t>"))
    #expect(xml.contains("<dimension ref=\"A1:B3\"/>"))
    let numbers: [String] = ["0", "42", "-3.5", "0.25", "123456789"]
    let texts: [String] = ["007", "1.50", "-0", "1e5", "+1", "1.", ".5", "12345678901234567890", "0x10", " 1", "NaN"]
    for n in numbers { #expect(XLSXWriter.isPlainNumber(n), "\(n)") }
    for t in texts { #expect(!XLSXWriter.isPlainNumber(t), "\(t)") }
  }

  @Test func writingIsDeterministic() throws {
    let sheets: [(name: String, rows: [[String]])] = [("a", [["x", "y"], ["1", "two"]])]
    #expect(try XLSXWorkbook.data(sheets: sheets) == XLSXWorkbook.data(sheets: sheets))
  }

  @Test func emptySheetsAndEmptyWorkbooks() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("empty.xlsx").path
    try XLSXWorkbook.write(sheets: [("empty", [])], to: path)
    let table: SheetTable = try #require(try XLSXWorkbook.read(path: path).first)
    #expect(table.header.isEmpty && table.rows.isEmpty)
    #expect(table.headerLocation.cell == "empty!1")
    #expect(throws: InputError.self) { try XLSXWorkbook.data(sheets: []) }
  }

  @Test(arguments: [
    ("", "sheet name '' cannot be used in Excel: it is empty"),
    ("a/b", "sheet name 'a/b' cannot be used in Excel: it has '/'"),
    ("[x]", "sheet name '[x]' cannot be used in Excel: it has '['"),
    ("'q", "sheet name ''q' cannot be used in Excel: it starts or ends with an apostrophe"),
    (
      String(repeating: "x", count: 32),
      "sheet name '\(String(repeating: "x", count: 32))' cannot be used in Excel: it is longer than 31 characters"
    ),
    ("History", "sheet name 'History' cannot be used in Excel: Excel keeps the name 'History' for itself"),
  ])
  func sheetNamesExcelRefuses(_ name: String, _ message: String) throws {
    let error = try #require(throws: InputError.self) { try XLSXWorkbook.data(sheets: [(name, [["a"]])]) }
    #expect(error.description == "error: \(message)")
  }

  @Test func sheetNamesDifferingOnlyInCase() throws {
    let error = try #require(throws: InputError.self) {
      try XLSXWorkbook.data(sheets: [("Ties", [["a"]]), ("ties", [["b"]])])
    }
    #expect(
      error.description == "error: two sheets are named 'ties' (Excel ignores case); each sheet needs its own name")
  }

  @Test func cellsLongerThanExcelHolds() throws {
    let long: String = String(repeating: "a", count: 32_768)
    let error = try #require(throws: InputError.self) { try XLSXWorkbook.data(sheets: [("s", [["h"], ["", long]])]) }
    #expect(
      error.description
        == "error: sheet 's' cell B2: the text is 32768 characters long; an Excel cell holds at most 32,767")
  }

  @Test func writingReplacesAFileOnlyWhenComplete() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("keep.xlsx").path
    try XLSXWorkbook.write(sheets: [("s", [["old"]])], to: path)
    #expect(throws: InputError.self) { try XLSXWorkbook.write(sheets: [("a/b", [["new"]])], to: path) }
    let table: SheetTable = try #require(try XLSXWorkbook.read(path: path).first)
    #expect(table.header.map(\.text) == ["old"])
    let leftovers: [String] = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(leftovers == ["keep.xlsx"])
  }

  // MARK: Errors

  static func message(_ path: String, partLimit: UInt64 = XLSXPackage.maxPartSize) throws -> String {
    let error = try #require(throws: InputError.self) { try XLSXWorkbook.read(path: path, partLimit: partLimit) }
    return error.description
  }

  @Test func aTextFileRenamedXLSX() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("ties.xlsx").path
    try "source,target\nngo-1,ngo-2\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      try Self.message(path)
        == "error: \(path): not an Excel workbook (.xlsx): the file is text, not a ZIP archive (if it holds comma-separated values, name it .csv); save it as .xlsx"
    )
  }

  @Test func anEmptyFileAndAMissingOne() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("empty.xlsx").path
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    #expect(
      try Self.message(path) == "error: \(path): not an Excel workbook (.xlsx): the file is empty; save it as .xlsx")
    let missing: String = dir.appendingPathComponent("missing.xlsx").path
    #expect(try Self.message(missing) == "error: \(missing): no such file")
    #expect(try Self.message(dir.path) == "error: \(dir.path): is a directory")
  }

  @Test func aTruncatedWorkbook() throws {
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("cut.xlsx").path
    let whole: Data = try Data(contentsOf: URL(fileURLWithPath: TestData.fixture("sheets/openpyxl.xlsx")))
    try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
    #expect(
      try Self.message(path)
        == "error: \(path): not an Excel workbook (.xlsx): the ZIP archive is damaged or incomplete (its ZIP directory is missing, as in a truncated file); save it as .xlsx"
    )
  }

  @Test func aPartLargerThanTheLimit() throws {
    let path: String = TestData.fixture("sheets/openpyxl.xlsx")
    let message: String = try Self.message(path, partLimit: 1000)
    #expect(
      message
        == "error: \(path): part xl/styles.xml is larger than 1000 bytes decompressed (3 KiB); a workbook this large is not supported"
    )
  }

  @Test func aWorksheetLargerThan10MB() throws {
    // libxml2 refuses more than 10 MB given at once; the parts are read in chunks.
    var rows: [[String]] = [["source", "target", "label"]]
    for i in 0..<60_000 { rows.append(["ngo-\(i)", "ngo-\(i + 1)", "partnership number \(i)"]) }
    let dir: URL = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path: String = dir.appendingPathComponent("large.xlsx").path
    try XLSXWorkbook.write(sheets: [("ties", rows)], to: path)
    let part: Data? = try XLSXPackage(path: path).data("xl/worksheets/sheet1.xml")
    #expect((part?.count ?? 0) > 10_000_000)
    let table: SheetTable = try #require(try XLSXWorkbook.read(path: path).first)
    #expect(table.rows.count == 60_000)
    #expect(table.rows.last?.map { $0?.text } == ["ngo-59999", "ngo-60000", "partnership number 59999"])
    #expect(table.rowLocations.last?.cell == "ties!60001")
  }

  static let malformed: [(file: String, message: String)] = [
    (
      "no-workbook.xlsx",
      "error: PATH: not an Excel workbook (.xlsx): the ZIP archive has no xl/workbook.xml; save it as .xlsx"
    ),
    (
      "bad-xml.xlsx",
      "error: PATH: part xl/worksheets/sheet1.xml (sheet 'ties') is not well-formed XML: line 6, column 52: closing tag does not match the open element"
    ),
    (
      "bad-reference.xlsx",
      "PATH:ties!14: error: cell reference 'C1X4' cannot be read; expected a column and a row such as C14"
    ),
    ("too-many-rows.xlsx", "error: PATH: sheet 'ties': row 1048577 is beyond row 1,048,576, the last a sheet can have"),
    (
      "missing-sheet.xlsx",
      "error: PATH: the workbook has no part xl/worksheets/sheet1.xml (sheet 'ties'); save it again from Excel or LibreOffice"
    ),
    (
      "missing-shared-string.xlsx",
      "PATH:ties!B2: error: the cell refers to shared string 3, but the workbook has only 2"
    ),
    (
      "doctype.xlsx",
      "error: PATH: part xl/worksheets/sheet1.xml (sheet 'ties') is not well-formed XML: line 2, column 1: a document type declaration (<!DOCTYPE>), which workbook parts never have"
    ),
    (
      "legacy.xls",
      "error: PATH: this is an Excel 97–2003 workbook (.xls), not .xlsx; open it in Excel and save it as Excel Workbook (.xlsx), or convert it with `soffice --headless --convert-to xlsx legacy.xls`"
    ),
    (
      "damaged.xlsx",
      "error: PATH: part xl/worksheets/sheet1.xml is damaged (checksum mismatch); save the workbook again from Excel or LibreOffice"
    ),
    ("word.xlsx", "error: PATH: not an Excel workbook (.xlsx): it is a Word document (.docx); save it as .xlsx"),
    (
      "opendocument.xlsx",
      "error: PATH: not an Excel workbook (.xlsx): it is an OpenDocument spreadsheet (.ods); save it as .xlsx"
    ),
    (
      "encrypted.xlsx",
      "error: PATH: the workbook is protected with a password (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it) and save it as .xlsx"
    ),
  ]

  @Test(arguments: malformed.map(\.file))
  func refusesWithAClearMessage(_ file: String) throws {
    let c = try #require(Self.malformed.first { $0.file == file })
    let path: String = TestData.fixture("sheets/malformed/\(file)")
    let message: String = try Self.message(path)
    #expect(message == c.message.replacingOccurrences(of: "PATH", with: path), "\(message)")
  }

  @Test func documentTypeDeclarationsInUTF8AndUTF16() throws {
    let xml: String = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<x>&a;</x>"
    #expect(XLSXPartParser.doctypeLine(Data(xml.utf8)) == 2)
    let le: Data = try #require(xml.data(using: .utf16LittleEndian))
    let be: Data = try #require(xml.data(using: .utf16BigEndian))
    #expect(XLSXPartParser.doctypeLine(Data([0xFF, 0xFE]) + le) == 2)
    #expect(XLSXPartParser.doctypeLine(le) == 2)
    #expect(XLSXPartParser.doctypeLine(be) == 2)
    // A declaration inside the root element's content is not a DOCTYPE (and is malformed XML).
    #expect(XLSXPartParser.doctypeLine(Data("<x><!DOCTYPE y></x>".utf8)) == nil)
    #expect(XLSXPartParser.doctypeLine(Data("<?xml version=\"1.0\"?><!-- c --><x/>".utf8)) == nil)
  }

  @Test func cellReferences() {
    #expect(XLSXSheetParser.parseReference("C14") == .cell(column: 3, row: 14))
    #expect(XLSXSheetParser.parseReference("$AB$2") == .cell(column: 28, row: 2))
    #expect(XLSXSheetParser.parseReference("xfd1048576") == .cell(column: 16_384, row: 1_048_576))
    #expect(XLSXSheetParser.parseReference("XFE1") == .tooManyColumns)
    #expect(XLSXSheetParser.parseReference("A1048577") == .tooManyRows)
    for bad in ["", "14", "C", "C1X4", "A0", "A-1", "Ä1"] {
      #expect(XLSXSheetParser.parseReference(bad) == .invalid, "\(bad)")
    }
  }
}
