import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct Ego: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Draw one entity's neighbourhood: everything within --radius hops, the entity emphasized.",
    discussion: "Hops are counted in the projected graph (the projection options apply), ties in either direction."
  )

  @OptionGroup var input: InputOptions

  @Argument(help: "The entity: its id, or its name or an alias when that is unique.")
  var entity: String

  @Option(name: .long, help: "The largest hop distance drawn.")
  var radius: Int = 1

  @Option(name: .shortAndLong, help: ArgumentHelp("The output file: .svg, .png, .pdf, .dot/.gv or .json.", valueName: "file"))
  var output: String

  @OptionGroup(title: "Projection") var projection: ProjectionOptions
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
    guard let distances = Diagram.neighbourhood(of: center, radius: radius, in: loaded.projected, network: network) else {
      throw ValidationError("'\(center)' is not a node of the projected graph (check --nodes and --collapse-parts)")
    }
    let graph = try diagram.graph(loaded, projection: projection.projection(directed: input.directed), only: Set(distances.keys)) { style in
      style.emphasized = [center]
      style.distances = distances
      if style.title == nil {
        style.title = "\(network[center]?.name ?? center): \(radius) hop\(radius == 1 ? "" : "s")"
      }
    }
    try diagram.render(graph, to: output)
  }
}
