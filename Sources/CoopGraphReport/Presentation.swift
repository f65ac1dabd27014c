import CoopGraph

/// The output format of a command that prints data.
public enum OutputFormat: String, CaseIterable, Sendable {
  case table, json, csv
}

/// A result that prints as an aligned text table, a JSON document or CSV rows: every
/// command's output goes through ``render(_:)``.
public protocol Presentation {
  /// The text a person reads in a terminal (ends with a newline).
  func table() -> String
  /// The JSON document.
  func json() -> JSONValue
  /// CSV rows, header first (ends with a newline).
  func csv() -> String
}

extension Presentation {
  /// The result in `format`, ending with a newline.
  public func render(_ format: OutputFormat) -> String {
    switch format {
    case .table: return table()
    case .json: return json().serialized() + "\n"
    case .csv: return csv()
    }
  }
}
