import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct Ego: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw one entity's neighbourhood: everything within --radius hops, the entity emphasized.",
    discussion: """
      Where the record names organizations, hops are counted in the organization view (--view \
      organizations, the default): two organizations are neighbours when their pair evidence \
      reaches a bilateral tie's, so a 21-party meeting makes no one a neighbour by itself; \
      people give way to their organizations and sub-units are folded (--sub-units keep draws \
      them). With --view projection, hops are counted in the projected graph (the projection \
      options apply), ties in either direction.
      """
  )

  @OptionGroup var input: InputOptions

  @Argument(help: "The entity: its id, or its name or an alias when that is unique.")
  var entity: String

  @Option(name: .long, help: "The largest hop distance drawn.")
  var radius: Int = 1

  @Option(name: .shortAndLong, help: ArgumentHelp("The output file: .svg, .png, .pdf, .dot/.gv or .json.", valueName: "file"))
  var output: String

  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Organization view") var organizationView: OrganizationViewOptions
  @OptionGroup(title: "Diagram") var diagram: DiagramOptions

  func validate() throws {
    if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    if DiagramFormat(path: output) == nil {
      throw ValidationError("cannot tell the output format of '\(output)'; use .svg, .png, .pdf, .dot, .gv or .json")
    }
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    let network = loaded.network
    let center = try resolveEntities([entity], in: network, option: "entity")[0]
    let graph = try diagram.settings.egoGraph(
      loaded, projection: projection.projection(directed: input.directed), center: center, radius: radius,
      view: organizationView.options(for: network))
    try diagram.render(graph, to: output)
  }
}
