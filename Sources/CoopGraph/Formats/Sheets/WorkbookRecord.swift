/// A cooperation record in an Excel workbook: its sheets read by ``XLSXWorkbook`` and turned
/// into a network by ``SheetRecord``, as CSV tables are.
public enum WorkbookRecord {
  /// Sheet names (compared without regard to case) that hold each table.
  static let entityNames: Set<String> = ["entities", "entity", "nodes", "elements", "organizations", "organisations"]
  static let tieNames: Set<String> = ["ties", "tie", "edges", "connections", "links", "cooperation"]
  static let kindNames: Set<String> = ["kinds"]

  /// Reads the workbook at `path`: the sheets named entities and ties (or nodes and edges,
  /// Kumu's elements and connections), else the first sheet as entities and the second as
  /// ties (a single sheet as ties when it has source/target or parties columns); a `kinds`
  /// sheet when there is one.
  /// - Throws: ``InputError`` with every problem, each at its sheet and cell.
  public static func read(path: String, columns: SheetColumns = SheetColumns()) throws -> InterchangeRead {
    let sheets = try XLSXWorkbook.read(path: path)
    func named(_ names: Set<String>) -> SheetTable? { sheets.first { names.contains(($0.sheet ?? "").lowercased()) } }
    var entities = named(entityNames)
    var ties = named(tieNames)
    let kinds = named(kindNames)
    if entities == nil && ties == nil {
      let data = sheets.filter { !kindNames.contains(($0.sheet ?? "").lowercased()) && !$0.header.isEmpty }
      if data.count >= 2 {
        entities = data[0]
        ties = data[1]
      } else if let only = data.first {
        let header = only.header.map(\.text)
        let t = columns.assign(header, names: SheetColumns.tieNames, order: SheetColumns.TieField.allCases)
        if t[.parties] != nil || (t[.from] != nil && t[.to] != nil) { ties = only } else { entities = only }
      }
    }
    guard entities != nil || ties != nil else {
      throw InputError(at: SourceLocation(file: path, line: 1), "the workbook has no sheet with a header row; expected sheets 'entities' and 'ties'")
    }
    return try SheetRecord.read(entities: entities, ties: ties, kinds: kinds, columns: columns)
  }

  /// The sheets of a network as ``XLSXWorkbook/write(sheets:to:)`` writes them: entities, ties
  /// and, when the record declares kinds, kinds.
  public static func sheets(_ network: Network) -> (sheets: [(name: String, rows: [[String]])], warnings: [Diagnostic]) {
    let t = CSVFormat.tables(network)
    var sheets: [(name: String, rows: [[String]])] = [("entities", t.nodes), ("ties", t.edges)]
    if let kinds = CSVFormat.kindsTable(network) { sheets.append(("kinds", kinds)) }
    return (sheets, t.warnings.map { d in
      var d = d
      d.message = d.message.replacingOccurrences(of: "CSV", with: "A workbook")
      return d
    })
  }
}
