import ArgumentParser
import CoopGraph
import CoopGraphReport
import Foundation

extension PeriodUnit: ExpressibleByArgument {}

struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract:
      "The network period by period: entities, ties by kind, who joined and left, density, components, top partners.",
    discussion: """
      Each period's snapshot holds the entities present and the ties active on some day of it \
      (docs/time.md). --window 2y makes each snapshot the two years ending with its period; \
      --cumulative makes it everything from the record's start to the period's end. --between \
      limits the periods. With -o FILE.svg the chart (counts, and the standing of the top \
      partners) is written too.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup(title: "Projection") var projection: ProjectionOptions
  @OptionGroup(title: "Key partners") var view: OrganizationViewOptions

  @Option(name: .long, help: "Period length: year, quarter or month.")
  var by: PeriodUnit = .year

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Each snapshot is a sliding window of this length ending with its period: 2y, 6q, 18m.", valueName: "length"))
  var window: String?

  @Flag(name: .long, help: "Each snapshot holds everything from the record's start to the end of its period.")
  var cumulative = false

  @Option(name: .long, help: "Top partners listed per period.")
  var top = 3

  @OptionGroup var printing: FormatOption

  @Option(name: .shortAndLong, help: ArgumentHelp("Also write the chart as SVG to this file.", valueName: "file.svg"))
  var output: String?

  func validate() throws {
    if projection.time.asOf != nil {
      throw ValidationError("timeline cuts the record into periods; use --between to limit them, not --as-of")
    }
    if window != nil && cumulative { throw ValidationError("give --window or --cumulative, not both") }
    if let window {
      do { _ = try Period.windowMonths(window) } catch let e as TimeError { throw ValidationError(e.message) }
    }
    try requireAtLeastOne(top, "--top")
    if let output, !output.lowercased().hasSuffix(".svg") {
      throw ValidationError("-o writes the chart as SVG: give a .svg file, found '\(output)'")
    }
  }

  func run() throws {
    let loaded = try loadInput(input)
    var options = Timeline.Options()
    options.by = by
    options.windowMonths = try window.map { try Period.windowMonths($0) }
    options.cumulative = cumulative
    options.undated = projection.time.undated
    options.range = try projection.time.filter()?.window
    options.projection = projection.projection(directed: input.directed)
    options.organizationView = try view.options(for: loaded.network)
    options.top = top
    let timeline = try loaded.network.timeline(options)
    print(TimelinePresentation(timeline, projection: options.projection.summary).render(printing.format), terminator: "")
    if let output { try FileIO.write(TimelineChart.svg(timeline), to: output) }
  }
}
