import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

extension LinkPredictionMethod: ExpressibleByArgument {}

struct Suggest: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Suggest new partners: pairs not yet tied that share many partners.",
    discussion: """
      Scores every pair of entities that are not tied (networkx link prediction; tie direction \
      and strength are ignored) and lists the best, highest score first, ties by id. Pairs \
      scoring 0 are not suggested. Methods: common-neighbors (partners in common), jaccard \
      (share of all their partners held in common), adamic-adar and resource-allocation \
      (partners in common, those with fewer partners counting more), preferential-attachment \
      (product of their numbers of partners).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(name: .long, help: "The score: \(LinkPredictionMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
  var method: LinkPredictionMethod = .adamicAdar

  @Option(name: .customLong("for"), help: ArgumentHelp("Only suggestions for this entity (id, name or alias).", valueName: "entity"))
  var forEntity: String?

  @Option(name: .long, help: ArgumentHelp("Only pairs whose two ends differ in this field or attribute (e.g. country); ends without it are left out.", valueName: "key"))
  var across: String?

  @Option(name: .long, help: ArgumentHelp("Only pairs whose two ends are of these entity kinds, comma-separated.", valueName: "kinds"))
  var kinds: String?

  @Flag(name: .long, help: "Also score pairs that are already tied.")
  var includeExisting = false

  @Flag(name: .long, help: "Suggest among every entity of the projection, people included, not among organizations.")
  var people = false

  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions

  @Option(name: .long, parsing: .unconditional, help: "How many suggestions to show.")
  var top: Int = 10

  @OptionGroup var printing: FormatOption

  func validate() throws {
    try requireAtLeastOne(top, "--top")
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    var question = SuggestionQuestion()
    question.method = method
    question.involving = try forEntity.map { try resolveEntities([$0], in: loaded.network, option: "--for")[0] }
    question.across = across
    question.kinds = kinds.map(entityKinds)
    question.includeExisting = includeExisting
    question.top = top
    question.view = people ? nil : try organizationView.options(for: loaded)
    print(try question.answer(loaded).render(printing.format), terminator: "")
  }
}
