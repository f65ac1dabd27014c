import ArgumentParser
import CoopGraph
import CoopGraphReport

/// The input file and how to read it.
struct InputOptions: ParsableArguments {
  @Argument(help: "The network file: .yaml/.yml/.json (native), .csv (nodes/edges pair), .graphml, .gexf, .net (Pajek), .nodelink.json, .edges/.tsv/.txt (edge list), or .gv/.dot (Graphviz).")
  var file: String

  @Flag(name: .long, help: "Treat the network as directed (edge lists: 'u v' is an arc; native: directed ties keep their direction).")
  var directed = false

  @Option(
    name: .customLong("ties-file"),
    help: ArgumentHelp("Spreadsheets: the ties table, when FILE is the entities table of a pair with other names.", valueName: "file"))
  var tiesFile: String?

  @Option(
    name: .customLong("entities-file"),
    help: ArgumentHelp("Spreadsheets: the entities table, when FILE is the ties table.", valueName: "file"))
  var entitiesFile: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Spreadsheets: the column of a field, e.g. kind=Type,name=Organisation (docs/formats.md lists the fields).", valueName: "field=Column,…"))
  var columns: String?

  /// How a spreadsheet is read.
  func sheets() throws -> SheetOptions {
    SheetOptions(entities: entitiesFile, ties: tiesFile, columns: try columns.map(SheetColumns.parse) ?? SheetColumns())
  }

  func validate() throws {
    if tiesFile != nil && entitiesFile != nil {
      throw ValidationError("give FILE and one of --ties-file or --entities-file (FILE is the other table)")
    }
    do { _ = try sheets() } catch let error as ColumnMappingError { throw ValidationError(error.description) }
    do { try InputFormat.check(path: file) } catch let error as UsageError { throw ValidationError(error.message) }
  }
}

/// How a native network becomes a graph (see `Projection`).
struct ProjectionOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Entity kinds that become nodes, comma-separated (default: all).", valueName: "kinds"))
  var nodes: String?

  @Option(name: .long, help: ArgumentHelp("Tie kinds that become edges, comma-separated; 'part-of' too (default: all).", valueName: "kinds"))
  var ties: String?

  @Option(name: .long, help: "How a tie with more than two parties becomes edges: clique or bipartite.")
  var multiParty: Projection.MultiParty = .clique

  @Option(name: .long, help: "How repeated ties between two nodes combine: strength (sum) or count.")
  var combine: Projection.Combine = .strength

  @Flag(name: .long, help: "Weigh each edge of a k-party tie by 1/(k-1) (Newman 2001).")
  var newmanWeights = false

  @Option(name: .long, help: "Part-of (parent): ties, collapse (fold parts into their top-most parent) or ignore.")
  var partOf: Projection.PartOf = .ties

  @Flag(name: .long, help: "Same as --part-of collapse.")
  var collapseParts = false

  @Flag(name: .long, help: "Leave people out and link organizations through the people who hold roles in both.")
  var bridgePeople = false

  @Option(name: .long, help: ArgumentHelp("Entities to leave out, by id, comma-separated.", valueName: "ids"))
  var exclude: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Leave out entities whose field or attribute has this value, e.g. unnamed=true (repeatable).", valueName: "key=value"))
  var excludeWhere: [String] = []

  @OptionGroup var time: TimeOptions

  func validate() throws {
    for pair in excludeWhere where !pair.contains("=") {
      throw ValidationError("--exclude-where takes key=value, found '\(pair)'")
    }
  }

  func projection(directed: Bool) -> Projection {
    func split(_ s: String?) -> [String]? { s.map { commaList([$0]) } }
    return Projection(
      nodeKinds: split(nodes).map { names in Set(names.map { EntityKind($0) }) },
      tieKinds: split(ties).map { names in Set(names.map { TieKind($0) }) },
      multiParty: multiParty,
      combine: combine,
      cliqueWeighting: newmanWeights ? .newman : .none,
      partOf: collapseParts ? .collapse : partOf,
      bridgeThroughPeople: bridgePeople,
      directed: directed,
      excludedEntities: Set(split(exclude) ?? []),
      excludedWhere: Dictionary(
        excludeWhere.map { pair in
          let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
          return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { _, last in last }))
  }
}

extension OutputFormat: ExpressibleByArgument {}

extension BetweennessSampler: ExpressibleByArgument {}
extension Projection.MultiParty: ExpressibleByArgument {}
extension Projection.Combine: ExpressibleByArgument {}
extension Projection.PartOf: ExpressibleByArgument {}

import Foundation

extension OrganizationView.PairWeighting: ExpressibleByArgument {}
extension OrganizationView.SubUnits: ExpressibleByArgument {}

/// Which view the key-partner question is answered on, and how the organization view weighs
/// the record (see `docs/partners.md`).
struct OrganizationViewOptions: ParsableArguments {
  enum View: String, ExpressibleByArgument, CaseIterable {
    case organizations, projection
  }

  @Option(
    name: .long,
    help: "organizations: the evidence-weighted organization view (default where the record names organizations); projection: the graph the projection options make.")
  var view: View = .organizations

  @Option(
    name: .long,
    help: ArgumentHelp("Evidence weight of a tie kind, e.g. event=0.5 (repeatable; over the file's 'weights:').", valueName: "kind=weight"))
  var tieWeight: [String] = []

  @Option(name: .long, help: "How a tie's evidence is shared among its parties' pairs: newman (weight/(k-1)), clique (full weight) or bipartite.")
  var pairWeighting: OrganizationView.PairWeighting = .newman

  @Option(name: .long, help: "Sub-units (entities with a parent): fold (count for their top-most parent) or keep (nodes of their own).")
  var subUnits: OrganizationView.SubUnits = .fold

  func validate() throws {
    do { _ = try TieWeights.parseOverrides(tieWeight) } catch { throw ValidationError("--tie-weight: \(error)") }
  }

  /// The view's options, or `nil` when the projection is asked for or the record names no
  /// organizations.
  func options(for network: Network) throws -> OrganizationView.Options? {
    guard view == .organizations, OrganizationView.applies(to: network) else { return nil }
    return OrganizationView.Options(
      weighting: pairWeighting, subUnits: subUnits, weightOverrides: try TieWeights.parseOverrides(tieWeight))
  }

  /// The view's options on the record `loaded` holds, leaving out what its projection leaves
  /// out (`--exclude`, `--nodes`; see `OrganizationView.Options.adopt`).
  func options(for loaded: NetworkFile.Loaded) throws -> OrganizationView.Options? {
    guard var options = try options(for: loaded.network) else { return nil }
    options.adopt(loaded.projected.projection, network: loaded.network)
    return options
  }
}

/// `--resolution`: the resolution γ of Leiden and Louvain, validated.
struct ResolutionOption: ParsableArguments {
  @Option(name: .long, help: "Resolution γ ≥ 0 of the communities: larger gives smaller groups.")
  var resolution: Double = 1.0

  func validate() throws {
    guard resolution.isFinite && resolution >= 0 else {
      throw ValidationError("--resolution must be a finite number ≥ 0, not \(resolution)")
    }
  }
}

/// `--format`: how a command that prints data prints it (see `Presentation`).
struct FormatOption: ParsableArguments {
  @Option(name: .long, help: "Output format: table, json or csv.")
  var format: OutputFormat = .table
}

/// Loads the input and prints what `present` makes of it in `format`.
func printLoaded<P: Presentation>(
  _ input: InputOptions, _ projection: ProjectionOptions, _ format: OutputFormat,
  _ present: (NetworkFile.Loaded) throws -> P
) throws {
  let loaded = try loadInput(input, projection)
  print(try present(loaded).render(format), terminator: "")
}

/// The one check of every count option (`--top`, `--threads`, `--s`, ...): at least 1, said the
/// same way by every command. `nil` (the option not given) passes.
func requireAtLeastOne(_ value: Int?, _ option: String) throws {
  if let value, value < 1 { throw ValidationError("\(option) must be at least 1, found \(value)") }
}

/// The items of options given as comma-separated lists, repeated or not ("a, b", "c"): blanks
/// trimmed, empty items dropped, in order.
func commaList(_ values: [String]) -> [String] {
  values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
}

/// Entity kinds named on the command line, as a comma-separated list.
func entityKinds(_ text: String) -> Set<EntityKind> { Set(commaList([text]).map { EntityKind($0) }) }
