import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct WhatIf: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif",
    abstract: "What changes when partners leave: components, lost connections, distances, ranking.",
    discussion: """
      With --remove, compares the network with and without the given entities: components and \
      their sizes, pairs of the remaining entities that lose all connection, their average \
      distance (hops, over connected pairs), and how their ranking by --measure changes. \
      Where the record names organizations it also lists the cooperation lost: the ties the \
      removed entities were party to, by kind; the multi-party ties that survive with fewer \
      parties and those that fall below two; ties held through their people; and the partners \
      left with no tie. Without --remove it ranks the organizations by whose loss hurts most: \
      the evidence their leaving takes (the full weight of each tie that falls, their share of \
      each that survives), then the pairs of others it disconnects. On a plain graph it ranks \
      every entity by the pairs its removal alone would disconnect (fragility).

      Connection ignores tie direction and strength. Measures: \(CentralityMeasure.nodeMeasureNames.joined(separator: ", ")).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @Option(
    name: .long, parsing: .upToNextOption,
    help: ArgumentHelp("Entities to remove, by id, name or alias (several after one --remove, or comma-separated).", valueName: "entity"))
  var remove: [String] = []

  @Option(name: .long, help: "The measure the remaining entities are ranked by.")
  var measure: String = "degree"

  @Option(name: .long, parsing: .unconditional, help: "Show only the first N rows of a ranking.")
  var top: Int?

  @OptionGroup var printing: FormatOption

  @OptionGroup var threading: ThreadOptions

  func validate() throws {
    try requireAtLeastOne(top, "--top")
    guard let m = CentralityMeasure(name: measure), m.isNodeMeasure else {
      throw ValidationError("unknown measure '\(measure)'; measures: \(CentralityMeasure.nodeMeasureNames.joined(separator: ", "))")
    }
  }

  var removedIDs: [String] {
    var seen = Set<String>()
    return commaList(remove).filter { seen.insert($0).inserted }
  }

  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions

  func run() throws {
    let loaded = try loadInput(input, projection)
    var question = WhatIfQuestion()
    question.removing = try resolveEntities(removedIDs, in: loaded.network, option: "--remove")
    question.measure = CentralityMeasure(name: measure) ?? .degree
    question.top = top
    question.view = try organizationView.options(for: loaded)
    question.threads = threading.count
    print(try question.answer(loaded).render(printing.format), terminator: "")
  }
}
