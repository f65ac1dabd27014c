import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Partners: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "The key partners, each explained in a sentence built from the numbers.",
    discussion: """
      Ranks the entities (all kinds but people, unless --kinds says otherwise) by their mean \
      rank over several measures, then explains the top ones: which measures place each high, \
      which groups it bridges and in which Gould–Fernandez brokerage role, and what its removal \
      would cost. Measures: \(PartnerMeasure.defaults.map(\.name).joined(separator: ", ")).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions
  @OptionGroup var runOptions: RunOptions

  @Option(name: .long, help: ArgumentHelp("The field or attribute whose groups brokerage is measured between.", valueName: "key"))
  var groupBy: String = "country"

  @Flag(name: .long, help: "No brokerage between groups.")
  var noGroups = false

  @Option(name: .long, help: ArgumentHelp("Entity kinds that may be key partners, comma-separated (default: all but person).", valueName: "kinds"))
  var kinds: String?

  @Option(name: .long, parsing: .unconditional, help: "How many key partners to explain.")
  var top: Int = 5

  @OptionGroup var printing: FormatOption

  func run() throws {
    let context = try runOptions.context(input, projection)
    defer { runOptions.report(context) }
    var question = KeyPartnerQuestion()
    question.view = try organizationView.options(for: context.loaded)
    question.kinds = kinds.map(entityKinds)
    question.groupBy = noGroups ? nil : groupBy
    question.top = top
    print(try question.answer(context).render(printing.format), terminator: "")
  }

  func validate() throws { try requireAtLeastOne(top, "--top") }
}
