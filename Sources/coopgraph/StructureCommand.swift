import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct StructureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "structure",
    abstract: "Where a network holds together and where it is fragile: components, cut points, bridges, cores.",
    discussion: """
      Components are weakly connected (directions ignored); a directed network also gets its \
      strongly connected components. Articulation points are partners whose loss splits their \
      component; bridges are ties whose loss does. The core number of a partner is the largest \
      k such that it belongs to a group in which everyone has at least k partners inside the \
      group. CSV gives one row per node.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @OptionGroup var printing: FormatOption

  func run() throws {
    try printLoaded(input, projection, printing.format) { StructureReport($0.graph) }
  }
}
