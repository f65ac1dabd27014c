import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

struct Info: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Summarize a network: entities and ties by kind, and the analysis graph.",
    discussion: """
      The graph is the projection the options describe (by default every entity and tie, \
      multi-party ties as cliques, repeated ties summed, part-of kept as ties).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions

  @OptionGroup var printing: FormatOption

  func run() throws {
    try printLoaded(input, projection, printing.format) { NetworkSummary($0) }
  }
}
