/// A table of text cells as a spreadsheet holds it: a header row and data rows, every cell
/// with its place in the file (a CSV line and column, or a workbook cell such as `ties!C14`).
/// CSV files and the sheets of an `.xlsx` workbook both read into one, so that one reader
/// (``SheetRecord``) turns either into a network with the same rules and the same errors.
public struct SheetTable: Sendable {
  /// One cell: its text as shown (dates and numbers as the spreadsheet formats them) and where
  /// it is.
  public struct Cell: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
      self.text = text
      self.location = location
    }
  }

  /// The file the table came from (for messages), and the sheet's name in a workbook.
  public var file: String
  public var sheet: String?
  /// The header row; a merged header cell repeats its text in every column it spans.
  public var header: [Cell]
  /// Data rows, each as long as the header (`nil` where the row has no cell).
  public var rows: [[Cell?]]
  /// Where each row starts (its line, or its row in the sheet).
  public var rowLocations: [SourceLocation]
  /// Where the header row is.
  public var headerLocation: SourceLocation

  public init(
    file: String, sheet: String? = nil, header: [Cell], rows: [[Cell?]], rowLocations: [SourceLocation],
    headerLocation: SourceLocation
  ) {
    (self.file, self.sheet, self.header) = (file, sheet, header)
    (self.rows, self.rowLocations, self.headerLocation) = (rows, rowLocations, headerLocation)
  }

  /// How messages name the table: the file, or `file.xlsx` sheet `ties`.
  public var name: String { sheet.map { "\(file) sheet '\($0)'" } ?? file }

  /// The text of row `r`, column `c`, `nil` when empty.
  func text(_ r: Int, _ c: Int?) -> String? {
    guard let c, let cell = rows[r][c] else { return nil }
    let t = cell.text.trimmingCharacters(in: .whitespaces)
    return t.isEmpty ? nil : t
  }

  /// Where row `r`, column `c` is (the row's start when the cell is missing).
  func location(_ r: Int, _ c: Int?) -> SourceLocation {
    if let c, let cell = rows[r][c] { return cell.location }
    if let c, c < header.count {
      var l = rowLocations[r]
      if l.cell != nil, let sheet {
        l = SourceLocation(file: file, sheet: sheet, row: l.line, column: header[c].location.column)
      } else if l.cell == nil {
        l.column = header[c].location.column
      }
      return l
    }
    return rowLocations[r]
  }
}
