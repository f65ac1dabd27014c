import CoopGraph
import Foundation

extension SheetTemplate {
  /// Writes the starter record into `folder` (created if missing): `entities.csv`, `ties.csv`,
  /// `kinds.csv` and `README.csv`, or with `workbook` one `record.xlsx` with the sheets
  /// entities, ties, kinds and notes. Returns the paths written.
  /// - Throws: what creating the folder or writing throws.
  public static func write(toFolder folder: String, workbook: Bool) throws -> [String] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let base = URL(fileURLWithPath: folder)
    let tables: [(name: String, rows: [[String]])] = [
      ("entities", entities), ("ties", ties), ("kinds", kinds), (workbook ? "notes" : "README", notes),
    ]
    if workbook {
      let path = base.appendingPathComponent("record.xlsx").path
      try XLSXWorkbook.write(sheets: tables, to: path)
      return [path]
    }
    return try tables.map { table in
      let path = base.appendingPathComponent("\(table.name).csv").path
      try FileIO.write(CSV.render(table.rows), to: path)
      return path
    }
  }
}
