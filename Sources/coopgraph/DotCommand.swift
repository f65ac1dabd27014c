import ArgumentParser
import CoopGraph
import CoopGraphviz
import Foundation

struct DotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dot",
    abstract: "Write the styled diagram as DOT (Graphviz's language) to stdout, without layout.",
    discussion: "The same diagram as `render`; feed it to Graphviz's own tools or edit it by hand."
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Diagram") var diagram: DiagramOptions

  func run() throws {
    let loaded = try loadInput(input, projection)
    let graph = try diagram.settings.graph(loaded, projection: projection.projection(directed: input.directed))
    print(try DOTWriter.write(graph), terminator: "")
  }
}
