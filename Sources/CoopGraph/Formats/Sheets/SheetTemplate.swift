/// A starter record as spreadsheet tables: every column the reader knows, a row of each
/// entity kind, ties of each kind, and a multi-party tie written both ways (a `parties` cell
/// with `|`, and rows sharing a tie id). It reads back without a problem (a test checks it),
/// so a secretariat can overwrite the rows and keep the columns.
public enum SheetTemplate {
  /// The entities table.
  public static let entities: [[String]] = [
    ["id", "name", "kind", "parent", "country", "region", "sector", "website", "aliases", "joined", "left"],
    ["example-alliance", "Example Industry-Education Alliance", "alliance", "", "", "", "education", "", "", "2023", ""],
    ["example-university", "Example University of Technology", "institution", "", "CN", "Jiangsu", "higher education", "https://www.example.edu", "EUT", "2023-05", ""],
    ["example-school", "School of Automation", "institution", "example-university", "CN", "", "", "", "", "", ""],
    ["example-company", "Example Training Company Ltd.", "enterprise", "", "KZ", "", "vocational training", "", "", "2024", ""],
    ["example-ministry", "Example Ministry of Education", "government", "", "KZ", "", "", "", "", "", ""],
    ["example-council", "Example Expert Council", "group", "", "", "", "", "", "", "", ""],
    ["example-person", "A. Example", "person", "", "KZ", "", "", "", "", "", ""],
  ]

  /// The ties table.
  public static let ties: [[String]] = [
    ["tie_id", "kind", "source", "target", "parties", "label", "date", "strength", "evidence", "directed"],
    ["", "membership", "example-university", "example-alliance", "", "Member", "2023-05", "", "", ""],
    ["", "membership", "example-company", "example-alliance", "", "Member", "2024", "", "", ""],
    ["framework-2025", "agreement", "", "", "example-university|example-company|example-ministry", "Framework agreement on joint training", "2025-12-09", "2", "The three parties signed a framework agreement.", ""],
    ["", "role", "example-person", "example-ministry", "", "Director", "2022/2026", "", "", ""],
    ["", "exchange", "example-school", "example-company", "", "Student internships", "2025-03/2025-06", "", "", ""],
    ["meeting-2025", "event", "example-university", "example-company", "", "Annual meeting", "2025-12-09", "", "", ""],
    ["meeting-2025", "event", "example-council", "example-person", "", "Annual meeting", "2025-12-09", "", "", ""],
    ["", "cooperation", "example-council", "example-alliance", "", "Advisory support", "", "", "", ""],
  ]

  /// The kinds table: kinds the record adds to the built-in ones (none in the template; add
  /// rows such as `laboratory,entity,` or `supervision,tie,true`).
  public static let kinds: [[String]] = [["kind", "of", "directed"]]

  /// What each column means and the kinds allowed, for a notes sheet or a README beside the
  /// CSV files.
  public static var notes: [[String]] {
    var rows: [[String]] = [["table", "column", "meaning"]]
    rows += [
      ["entities", "id", "Unique id: letters, digits, '-', '_', '.'"],
      ["entities", "name", "The name shown in tables and diagrams (default: the id)"],
      ["entities", "kind", "One of: " + EntityKind.builtIn.map(\.rawValue).joined(separator: ", ") + " (or a kind of the kinds table)"],
      ["entities", "parent", "The id of the organization it is part of (a school's university)"],
      ["entities", "country, region, sector, website", "Text"],
      ["entities", "aliases", "Other names, separated by '|'"],
      ["entities", "joined, left", "Dates: YYYY, YYYY-MM or YYYY-MM-DD"],
      ["ties", "tie_id", "Optional; rows sharing a tie id are one tie with all their parties"],
      ["ties", "kind", "One of: " + TieKind.builtIn.map(\.rawValue).joined(separator: ", ") + " (or a kind of the kinds table)"],
      ["ties", "source, target", "Two parties, by id (or by a unique name)"],
      ["ties", "parties", "Instead of source and target: every party, separated by '|'"],
      ["ties", "label, evidence", "What the tie is, and the sentence or address it comes from"],
      ["ties", "date", "YYYY, YYYY-MM, YYYY-MM-DD, or a range START/END such as 2023/2025-06"],
      ["ties", "strength", "A number greater than 0 (default 1)"],
      ["ties", "directed", "true or false (default: by kind; membership and role are directed)"],
      ["kinds", "kind, of, directed", "A kind the record adds: its name, entity or tie, and for a tie kind whether it is directed"],
    ]
    return rows
  }
}
