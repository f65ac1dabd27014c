import ArgumentParser
import CoopGraph
import CoopGraphReport
import CoopGraphviz
import Foundation

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a network file and report every problem with its line and column.",
    discussion: "Exits 0 when the file is valid, 3 when it is not (one line per problem on stderr)."
  )

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: table (for people) or json.")
  var format: OutputFormat = .table

  func run() throws {
    // Reading checks the file; projecting it would cost a clique per many-party tie.
    DOTImport.register()
    let record = try NetworkFile.readRecord(path: input.file, directed: input.directed, sheets: input.sheets())
    for warning in record.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
    print(ValidationResult(file: input.file, network: record.network).render(format), terminator: "")
  }
}
