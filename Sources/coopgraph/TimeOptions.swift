import ArgumentParser
import CoopGraph

extension UndatedPolicy: ExpressibleByArgument {}

/// The window of the record's history a command analyses or draws (see `docs/time.md`).
struct TimeOptions: ParsableArguments {
  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "The network as of a date: entities present and ties active on some day of it (2025, 2025-12, 2025-12-09).",
      valueName: "date"))
  var asOf: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The network of a window: entities present and ties active on some day from FROM to TO (FROM/TO or FROM..TO).",
      valueName: "from/to"))
  var between: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Ties without a date: include (active in every period; counted in a note) or exclude.", valueName: "policy"))
  var undated: UndatedPolicy = .include

  func validate() throws {
    if asOf != nil && between != nil { throw ValidationError("give --as-of or --between, not both") }
    do { _ = try filter() } catch let error as TimeError { throw ValidationError(error.message) }
  }

  /// The filter the options ask for; `nil` for the whole record with undated ties included.
  func filter() throws -> TimeFilter? {
    if let asOf { return try TimeFilter.asOf(asOf, undated: undated) }
    if let between { return try TimeFilter.between(between, undated: undated) }
    if undated == .exclude { return TimeFilter(window: .always, undated: .exclude, label: "all dates") }
    return nil
  }
}
