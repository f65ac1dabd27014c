/// A place in an input file: 1-based line and column (column counted in Unicode scalars;
/// 0 when only the line is known). In a workbook the place is a cell of a sheet: `line` is its
/// row, `column` its column number, and ``cell`` names it as spreadsheets do (`ties!C14`).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  /// The sheet and cell reference (`ties!C14`, or `ties!14` for a whole row) in a workbook.
  public var cell: String?

  public init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// A cell of a workbook's sheet: row and column 1-based (column 0 for the whole row).
  public init(file: String, sheet: String, row: Int, column: Int = 0) {
    self.file = file
    self.line = row
    self.column = column
    self.cell = "\(sheet)!" + (column > 0 ? SourceLocation.columnName(column) : "") + "\(row)"
  }

  /// `file:line:column`, `file:line` when the column is unknown, `file:sheet!C14` in a workbook.
  public var description: String {
    if let cell { return "\(file):\(cell)" }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }

  /// A column's letters as spreadsheets name it: 1 → A, 26 → Z, 27 → AA.
  public static func columnName(_ column: Int) -> String {
    var n = column
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(Character(UnicodeScalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }

  /// The sheet of a workbook cell (`ties` of `ties!C14`), "" elsewhere.
  var sheet: String { cell.map { String($0.prefix { $0 != "!" }) } ?? "" }

  /// File order: by file, sheet (workbooks), line (row), column.
  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.sheet, a.line, a.column) < (b.file, b.sheet, b.line, b.column)
  }
}

/// One problem found in an input file.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }
  public var severity: Severity
  public var location: SourceLocation?
  public var message: String

  public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String) {
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: message`, the form compilers use and editors jump to.
  public var description: String {
    if let location { return "\(location): \(severity.rawValue): \(message)" }
    return "\(severity.rawValue): \(message)"
  }
}

/// An input file that could not be read as a network: every problem found, in file order.
public struct InputError: Error, CustomStringConvertible, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// One line: the first problem, and how many more there are with the command that lists
  /// them all (`coopgraph validate FILE`); the whole ``description`` when there is one.
  public var summary: String {
    guard diagnostics.count > 1, let first = diagnostics.first else { return description }
    let more = diagnostics.count - 1
    let validate = first.location.map { "'coopgraph validate \($0.file)'" } ?? "'coopgraph validate'"
    return "\(first) (and \(more) more \(more == 1 ? "problem" : "problems"); \(validate) lists them all)"
  }
  public init(at location: SourceLocation?, _ message: String) {
    self.diagnostics = [Diagnostic(at: location, message)]
  }

  /// One line per problem.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
