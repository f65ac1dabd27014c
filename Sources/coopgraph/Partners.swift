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

  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

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
      switch format {
      case .table: print(PartnersText.table(report, title: network.title), terminator: "")
      case .json: print(report.json().serialized())
      case .csv: print(CSV.render(PartnersText.rows(report)), terminator: "")
      }
      return
    }
    let report = try context.timed("key partners (projection)") {
      try network.keyPartners(projection: loaded.projected.projection, options: options)
    }
    switch format {
    case .table:
      var out = "Key partners"
      if let title = network.title { out += " of \(title)" }
      out += "\nProjection: \(report.projection)"
      if let g = report.groupBy { out += "; brokerage between groups by \(g)" }
      out += "\n"
      if report.partners.isEmpty { out += "\nNo entity of the kinds asked for is a node of this projection.\n" }
      for p in report.partners {
        out += "\n\(p.standing). " + TextWrap.text(p.sentence, width: 96, indent: String(repeating: " ", count: "\(p.standing). ".count)) + "\n"
      }
      print(out, terminator: "")
    case .json: print(report.json().serialized())
    case .csv:
      let measureNames = options.measures.map(\.name)
      var rows: [[String]] = [["standing", "id", "name", "kind", "group"] + measureNames + ["disconnected_pairs", "sentence"]]
      for p in report.partners {
        rows.append(
          ["\(p.standing)", p.id, p.name, p.kind.rawValue, p.group ?? ""] + p.measures.map { formatNumber($0.value) }
            + ["\(p.removal.disconnectedPairs)", p.sentence])
      }
      print(CSV.render(rows), terminator: "")
    }
  }
}
