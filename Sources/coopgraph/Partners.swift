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

  func validate() throws {
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let context = try runOptions.context(input, projection)
    defer { runOptions.report(context) }
    let loaded = context.loaded
    let network = loaded.network
    var options = KeyPartnerOptions(groupBy: noGroups ? nil : groupBy, top: top)
    if let kinds {
      let wanted = Set(kinds.split(separator: ",").map { EntityKind(String($0).trimmingCharacters(in: .whitespaces)) })
      let known = Set(network.entityKinds)
      if let bad = wanted.sorted().first(where: { !known.contains($0) }) {
        throw ValidationError("--kinds: unknown entity kind '\(bad)'; kinds in this network: \(network.entityKinds.map(\.rawValue).joined(separator: ", "))")
      }
      options.kinds = wanted
    }
    if let key = options.groupBy, !network.entities.contains(where: { $0.value(of: key) != nil }) {
      throw ValidationError("--group-by: no entity has a value for '\(key)'; use another key or --no-groups")
    }
    if let viewOptions = try organizationView.options(for: network) {
      var viewOptions = viewOptions
      viewOptions.adopt(loaded.projected.projection, network: loaded.network)
      if let k = options.kinds { viewOptions.kinds = k }
      let report = try context.organizationPartners(options: viewOptions, groupBy: options.groupBy, top: top)
      print(OrganizationPartnersPresentation(report, title: network.title).render(printing.format), terminator: "")
      return
    }
    let report = try context.timed("key partners (projection)") {
      try network.keyPartners(projection: loaded.projected.projection, options: options)
    }
    let shown = KeyPartnersPresentation(report, title: network.title, measures: options.measures.map(\.name))
    print(shown.render(printing.format), terminator: "")
  }
}
