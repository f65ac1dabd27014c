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
    if top < 1 { throw ValidationError("--top must be at least 1") }
  }

  func run() throws {
    let loaded = try loadInput(input, projection)
    let network = loaded.network
    let forEntity = try forEntity.map { try resolveEntities([$0], in: network, option: "--for")[0] }
    if !people, !includeExisting, kinds == nil, var options = try organizationView.options(for: network) {
      options.adopt(loaded.projected.projection, network: loaded.network)
      try suggestOrganizations(network, options: options, forEntity: forEntity)
      return
    }
    let wanted = kinds.map { Set($0.split(separator: ",").map { EntityKind(String($0).trimmingCharacters(in: .whitespaces)) }) }
    let suggestions: [LinkSuggestion]
    do {
      suggestions = try network.suggestLinks(
        on: loaded.projected, method: method, involving: forEntity, across: across, kinds: wanted,
        includeExisting: includeExisting, top: top)
    } catch let error as LinkRequestError {
      throw ValidationError(error.description)
    }
    let g = loaded.graph
    var scope: [String] = []
    if let forEntity { scope.append("for \(forEntity)") }
    if let across { scope.append("across \(across)") }
    if let kinds { scope.append("kinds \(kinds)") }
    let shown = LinkSuggestionsPresentation(
      suggestions, method: method.rawValue, scope: scope, ids: g.ids,
      names: loaded.projected.entityIndices.map { $0.map { network.entities[$0].name } ?? "" })
    print(shown.render(printing.format), terminator: "")
  }

  /// Suggestions among organizations on the organization view, each with its reasons.
  func suggestOrganizations(_ network: Network, options: OrganizationView.Options, forEntity: String?) throws {
    let view = try OrganizationView(network, options: options)
    var involving: Int? = nil
    if let forEntity, let e = network.index(of: forEntity) {
      guard let u = view.unitOf[e] else {
        throw ValidationError("--for: '\(forEntity)' is not an organization of the record (a person or a placeholder); use --people")
      }
      involving = u
    }
    if let across, !network.entities.contains(where: { $0.value(of: across) != nil }) {
      throw ValidationError("--across: no entity has a value for '\(across)'")
    }
    let suggestions = view.suggestPartners(method: method, involving: involving, across: across, top: top)
    var scope: [String] = []
    if let forEntity { scope.append("for \(network[forEntity]?.name ?? forEntity)") }
    if let across { scope.append("across \(across)") }
    let shown = PartnerSuggestionsPresentation(
      suggestions, view: view, method: method.rawValue, scope: scope, tieThreshold: options.tieThreshold)
    print(shown.render(printing.format), terminator: "")
  }
}
