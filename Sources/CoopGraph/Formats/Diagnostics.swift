/// A place in an input file: 1-based line and column (column counted in Unicode scalars;
/// 0 when only the line is known).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file:line` when the column is unknown.
  public var description: String {
    column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
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
  public init(at location: SourceLocation?, _ message: String) {
    self.diagnostics = [Diagnostic(at: location, message)]
  }

  /// One line per problem.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
