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

  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table

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
    let projected = loaded.projected
    let g = loaded.graph
    var filter = LinkFilter(excludeExisting: !includeExisting)
    let entityOf: [Entity?] = projected.entityIndices.map { $0.map { network.entities[$0] } }
    if let forEntity {
      guard let v = g.ids.indices.first(where: { g.ids[$0] == forEntity && entityOf[$0] != nil }) else {
        throw ValidationError("--for: entity '\(forEntity)' is not a node of this projection")
      }
      filter.involving = [v]
    }
    if let across {
      let (groups, names) = network.groups(of: projected, by: across)
      guard names.contains(where: { $0 != Network.unknownGroup }) else {
        throw ValidationError("--across: no entity has a value for '\(across)'")
      }
      let unknown = names.firstIndex(of: Network.unknownGroup)
      filter.acrossGroups = groups.map { $0 == unknown ? -1 : Int32($0) }
    }
    var allowed = entityOf.map { $0 != nil }
    if let kinds {
      let wanted = Set(kinds.split(separator: ",").map { EntityKind(String($0).trimmingCharacters(in: .whitespaces)) })
      let known = Set(network.entityKinds)
      if let bad = wanted.sorted().first(where: { !known.contains($0) }) {
        throw ValidationError("--kinds: unknown entity kind '\(bad)'; kinds in this network: \(network.entityKinds.map(\.rawValue).joined(separator: ", "))")
      }
      allowed = entityOf.map { e in e.map { wanted.contains($0.kind) } ?? false }
    }
    filter.allowed = allowed
    var suggestions = g.suggestLinks(method: method, filter: filter, top: top)
    // With --for, the entity asked about is always `a`.
    if let v = filter.involving?.first {
      suggestions = suggestions.map { s in s.b == v ? LinkSuggestion(a: s.b, b: s.a, score: s.score) : s }
    }
    let names = entityOf.map { $0?.name ?? "" }
    switch format {
    case .table:
      var out = "Suggested partners by \(method.rawValue)"
      var scope: [String] = []
      if let forEntity { scope.append("for \(forEntity)") }
      if let across { scope.append("across \(across)") }
      if let kinds { scope.append("kinds \(kinds)") }
      if !scope.isEmpty { out += " (" + scope.joined(separator: ", ") + ")" }
      out += "\n\n"
      var t = Table(["Rank", "A", "B", "Score"], alignments: [.right, .left, .left, .right])
      t.rows = suggestions.enumerated().map { i, s in
        ["\(i + 1)", label(g.ids[s.a], names[s.a]), label(g.ids[s.b], names[s.b]), PartnerScores.format(s.score)]
      }
      if suggestions.isEmpty { out += "No pair scores above 0.\n" } else { out += t.render() }
      print(out, terminator: "")
    case .json:
      let json = JSONValue.object([
        ("method", .string(method.rawValue)),
        (
          "suggestions",
          .array(suggestions.map { .object([("a", .string(g.ids[$0.a])), ("b", .string(g.ids[$0.b])), ("score", .number($0.score))]) })
        ),
      ])
      print(json.serialized())
    case .csv:
      var rows: [[String]] = [["a", "b", "score"]]
      rows += suggestions.map { [g.ids[$0.a], g.ids[$0.b], formatNumber($0.score)] }
      print(CSV.render(rows), terminator: "")
    }
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
    func name(_ u: Int) -> String { view.entity(ofUnit: u).name }
    func why(_ s: PartnerSuggestion) -> String {
      var parts: [String] = []
      if !s.commonPartners.isEmpty { parts.append("both tied to " + s.commonPartners.map(name).joined(separator: ", ")) }
      if !s.sharedTies.isEmpty {
        let labels = s.sharedTies.map { t -> String in
          let tie = network.ties[view.ties[t].tie]
          return "the \(tie.kind.rawValue) “\(tie.label ?? view.tieID(view.ties[t].tie))”"
        }
        parts.append("both party to " + labels.joined(separator: ", "))
      }
      return parts.joined(separator: "; ")
    }
    switch format {
    case .table:
      var out = "Suggested partners among organizations by \(method.rawValue)"
      var scope: [String] = []
      if let forEntity { scope.append("for \(network[forEntity]?.name ?? forEntity)") }
      if let across { scope.append("across \(across)") }
      if !scope.isEmpty { out += " (" + scope.joined(separator: ", ") + ")" }
      out += "\nPairs with no tie of weight yet (pair evidence below \(PartnerScores.format(options.tieThreshold))); "
      out += "equal scores: the pair that shares more evidence first, then the more active pair, then by name\n"
      if suggestions.isEmpty { out += "\nNo pair scores above 0.\n" }
      for (i, s) in suggestions.enumerated() {
        out += "\n\(i + 1). " + TextWrap.text("\(name(s.a)) and \(name(s.b)): score \(PartnerScores.format(s.score)); \(why(s)).", width: 96, indent: "   ") + "\n"
      }
      print(out, terminator: "")
    case .json:
      let rows: [JSONValue] = suggestions.map { s in
        let fields: [(String, JSONValue)] = [
          ("a", .string(view.entity(ofUnit: s.a).id)), ("b", .string(view.entity(ofUnit: s.b).id)), ("score", .number(s.score)),
          ("commonPartners", .array(s.commonPartners.map { .string(view.entity(ofUnit: $0).id) })),
          ("sharedTies", .array(s.sharedTies.map { .string(view.tieID(view.ties[$0].tie)) })),
          ("pairEvidence", .number(s.pairEvidence)),
        ]
        return .object(fields)
      }
      print(JSONValue.object([("method", .string(method.rawValue)), ("view", .string("organizations")), ("suggestions", .array(rows))]).serialized())
    case .csv:
      var rows: [[String]] = [["a", "b", "score", "common_partners", "shared_ties"]]
      rows += suggestions.map { s in
        [view.entity(ofUnit: s.a).id, view.entity(ofUnit: s.b).id, formatNumber(s.score),
         s.commonPartners.map { view.entity(ofUnit: $0).id }.joined(separator: " "),
         s.sharedTies.map { view.tieID(view.ties[$0].tie) }.joined(separator: " ")]
      }
      print(CSV.render(rows), terminator: "")
    }
  }

  func label(_ id: String, _ name: String) -> String {
    name.isEmpty || name == id ? id : "\(id) (\(name))"
  }
}
