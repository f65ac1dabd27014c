import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a starter spreadsheet: every column, the allowed kinds, an example multi-party tie.",
    discussion: """
      Writes DIR/entities.csv, DIR/ties.csv, DIR/kinds.csv and DIR/README.csv (what each column \
      means); with --xlsx one workbook DIR/record.xlsx with the sheets entities, ties, kinds and \
      notes. Overwrite the example rows and read the result with `coopgraph validate \
      DIR/entities.csv --ties-file DIR/ties.csv` (or `DIR/record.xlsx`).
      """
  )

  @Argument(help: "The folder to write into (created if missing).")
  var folder: String

  @Flag(name: .long, help: "Write one Excel workbook instead of CSV files.")
  var xlsx = false

  func run() throws {
    for path in try SheetTemplate.write(toFolder: folder, workbook: xlsx) { print("wrote \(path)") }
  }
}
