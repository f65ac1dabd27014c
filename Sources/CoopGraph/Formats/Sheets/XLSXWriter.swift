import Foundation
import ZIPFoundation

extension XLSXWorkbook {
  /// Writes sheets of text cells to `path` as an `.xlsx` workbook, atomically (the archive is
  /// built in memory, then written with ``FileIO``, by a rename): see
  /// ``data(sheets:)`` for what the workbook holds.
  ///
  /// - Parameters:
  ///   - sheets: The sheets in order, each a name and rows of cells; the first row is the header.
  ///   - path: Where to write; an existing file is replaced only once the workbook is complete.
  /// - Throws: ``InputError`` for a sheet name Excel refuses, a sheet or cell past Excel's
  ///   limits, or a file that cannot be written.
  public static func write(sheets: [(name: String, rows: [[String]])], to path: String) throws {
    let bytes: Data = try data(sheets: sheets)
    try FileIO.write(bytes, to: path)
  }

  /// A minimal `.xlsx` workbook holding `sheets`: every cell an inline string, except text that
  /// is a plain number (`42`, `-3.5`: digits with an optional sign and decimals, and written
  /// as ``read(path:)`` would print it back, so `007` and `1.50` stay text), which is written as
  /// a number. The first row of each sheet is bold. Empty cells are left out. Characters
  /// XML 1.0 cannot hold (control characters other than tab and line breaks) become U+FFFD, so
  /// that the file always opens; reading the workbook back gives every other cell as written.
  ///
  /// - Parameter sheets: The sheets in order, each a name and rows of cells.
  /// - Returns: The bytes of the `.xlsx` file.
  /// - Throws: ``InputError`` when there is no sheet, a sheet name Excel refuses (empty, over
  ///   31 characters, with one of `: \ / ? * [ ]`, starting or ending with `'`, or the same as
  ///   another's ignoring case), more than 1,048,576 rows or 16,384 columns, or a cell longer
  ///   than Excel's 32,767 characters.
  /// - Complexity: O(*n*) in the total length of the cells.
  public static func data(sheets: [(name: String, rows: [[String]])]) throws -> Data {
    guard !sheets.isEmpty else { throw InputError(at: nil, "a workbook needs at least one sheet") }
    var seen: Set<String> = []
    for sheet in sheets {
      try XLSXWriter.checkName(sheet.name)
      let key: String = sheet.name.lowercased()
      guard seen.insert(key).inserted else {
        throw InputError(
          at: nil, "two sheets are named '\(sheet.name)' (Excel ignores case); each sheet needs its own name")
      }
    }
    var parts: [(name: String, text: String)] = []
    parts.append(("[Content_Types].xml", XLSXWriter.contentTypes(sheetCount: sheets.count)))
    parts.append(("_rels/.rels", XLSXWriter.packageRelationships))
    parts.append(("xl/workbook.xml", XLSXWriter.workbook(names: sheets.map(\.name))))
    parts.append(("xl/_rels/workbook.xml.rels", XLSXWriter.workbookRelationships(sheetCount: sheets.count)))
    parts.append(("xl/styles.xml", XLSXWriter.styles))
    for (i, sheet) in sheets.enumerated() {
      let xml: String = try XLSXWriter.worksheet(name: sheet.name, rows: sheet.rows)
      parts.append(("xl/worksheets/sheet\(i + 1).xml", xml))
    }
    return try XLSXWriter.zip(parts)
  }
}

/// The parts of a written workbook.
enum XLSXWriter {
  static let header: String = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace: String = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipNamespace: String = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// A fixed time for the ZIP entries, so that the same sheets give the same bytes.
  static let timestamp: Date = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

  /// Excel's rules for sheet names.
  static func checkName(_ name: String) throws {
    let problem: String?
    if name.isEmpty {
      problem = "it is empty"
    } else if name.utf16.count > 31 {
      problem = "it is longer than 31 characters"
    } else if let bad = name.first(where: { ":\\/?*[]".contains($0) }) {
      problem = "it has '\(bad)'"
    } else if name.hasPrefix("'") || name.hasSuffix("'") {
      problem = "it starts or ends with an apostrophe"
    } else if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
      problem = "it has a control character"
    } else if name.lowercased() == "history" {
      problem = "Excel keeps the name 'History' for itself"
    } else {
      problem = nil
    }
    if let problem {
      throw InputError(at: nil, "sheet name '\(name)' cannot be used in Excel: \(problem)")
    }
  }

  static func contentTypes(sheetCount: Int) -> String {
    var s: String = header
    s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    s += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    s += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    s += "<Override PartName=\"/xl/workbook.xml\""
    s += " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    s += "<Override PartName=\"/xl/styles.xml\""
    s += " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    for i in 1...max(sheetCount, 1) {
      s += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\""
      s += " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    s += "</Types>"
    return s
  }

  static let packageRelationships: String =
    header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  static func workbook(names: [String]) -> String {
    var s: String = header
    s += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
    var invalid: Int = 0
    for (i, name) in names.enumerated() {
      let escaped: String = XMLText.escape(name, attribute: true, invalid: &invalid)
      s += "<sheet name=\"\(escaped)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
    }
    s += "</sheets></workbook>"
    return s
  }

  static func workbookRelationships(sheetCount: Int) -> String {
    var s: String = header
    s += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for i in 1...max(sheetCount, 1) {
      s += "<Relationship Id=\"rId\(i)\" Type=\"\(relationshipNamespace)/worksheet\""
      s += " Target=\"worksheets/sheet\(i).xml\"/>"
    }
    s += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
    s += "</Relationships>"
    return s
  }

  /// Two cell formats: 0 plain, 1 bold (the header).
  static let styles: String =
    header + "<styleSheet xmlns=\"\(mainNamespace)\">"
    + "<fonts count=\"2\">"
    + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    + "</fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"2\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "</cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  /// A worksheet of inline strings and numbers, the first row bold.
  static func worksheet(name: String, rows: [[String]]) throws -> String {
    guard rows.count <= XLSXSheetParser.maxRows else {
      throw InputError(at: nil, "sheet '\(name)' has \(rows.count) rows; an Excel sheet holds at most 1,048,576")
    }
    var width: Int = 0
    for row in rows { width = max(width, row.count) }
    guard width <= XLSXSheetParser.maxColumns else {
      throw InputError(at: nil, "sheet '\(name)' has \(width) columns; an Excel sheet holds at most 16,384")
    }
    var s: String = header
    s += "<worksheet xmlns=\"\(mainNamespace)\">"
    let last: String = width > 0 && !rows.isEmpty ? SourceLocation.columnName(width) + "\(rows.count)" : ""
    s += "<dimension ref=\"" + (last.isEmpty || last == "A1" ? "A1" : "A1:" + last) + "\"/>"
    var columns: [String] = []
    for c in 0..<width { columns.append(SourceLocation.columnName(c + 1)) }
    var body: String = ""
    var invalid: Int = 0
    for (r, row) in rows.enumerated() {
      let rowNumber: Int = r + 1
      let style: String = r == 0 ? " s=\"1\"" : ""
      var cells: String = ""
      for (c, text) in row.enumerated() where !text.isEmpty {
        let ref: String = columns[c] + "\(rowNumber)"
        guard text.utf16.count <= 32_767 else {
          throw InputError(
            at: nil,
            "sheet '\(name)' cell \(ref): the text is \(text.utf16.count) characters long; an Excel cell holds at most 32,767"
          )
        }
        if isPlainNumber(text) {
          cells += "<c r=\"\(ref)\"\(style)><v>\(text)</v></c>"
        } else {
          let escaped: String = XMLText.escape(
            XLSXCellText.escapeUnderscores(text), attribute: false, invalid: &invalid)
          cells += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped)</t></is></c>"
        }
      }
      if !cells.isEmpty { body += "<row r=\"\(rowNumber)\">" + cells + "</row>" }
    }
    s += body.isEmpty ? "<sheetData/>" : "<sheetData>" + body + "</sheetData>"
    s += "</worksheet>"
    return s
  }

  /// Text that is a plain decimal number and reads back from the workbook as the same text:
  /// an optional `-`, digits without a leading zero, optional decimals (`42`, `-3.5`, `0.25`).
  static func isPlainNumber(_ text: String) -> Bool {
    let u: [UInt8] = Array(text.utf8)
    guard !u.isEmpty, u.count <= 24 else { return false }
    var i: Int = 0
    if u[0] == 0x2D { i = 1 }
    var digits: Int = 0
    var dot: Bool = false
    while i < u.count {
      let b: UInt8 = u[i]
      if b >= 0x30 && b <= 0x39 {
        digits += 1
      } else if b == 0x2E && !dot && digits > 0 {
        dot = true
      } else {
        return false
      }
      i += 1
    }
    guard digits > 0, u.last != 0x2E, let x = Double(text) else { return false }
    return XLSXCellText.number(x) == text
  }

  /// The parts as a ZIP archive, deflated, in order.
  static func zip(_ parts: [(name: String, text: String)]) throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for part in parts {
        let bytes: Data = Data(part.text.utf8)
        try archive.addEntry(
          with: part.name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: timestamp,
          compressionMethod: .deflate
        ) { (position: Int64, size: Int) -> Data in
          let start: Int = Int(position)
          return bytes.subdata(in: start..<(start + size))
        }
      }
      guard let data = archive.data else { throw InputError(at: nil, "the workbook could not be built in memory") }
      return data
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(at: nil, "the workbook could not be built: \(error.localizedDescription)")
    }
  }
}
