import Foundation
import Yams

/// A network as the interchange formats see it: plain nodes and edges, each with typed
/// attributes, and attributes of the graph as a whole. GraphML, GEXF, node-link JSON, CSV and
/// Pajek read into a `FlatNetwork` and write from one; the mapping to and from ``Network`` lives
/// here once, so that every format keeps the same fields the same way.
///
/// The mapping (documented for users in `docs/formats.md`):
/// - node attributes `label` (the entity's name), `kind`, `parent`, `country`, `region`,
///   `sector`, `website`, `aliases` (a list); every other attribute is an entity attribute.
/// - edge attributes `kind`, `label`, `date`, `weight` (the tie's strength), `provenance` (the
///   tie's source sentence or URL), `tie_id` (the tie's id) and `tie_group`; every other
///   attribute is a tie attribute.
/// - a tie with k > 2 parties becomes the edges the default clique projection makes (every two
///   parties when undirected, first party to each other party when directed), all carrying
///   `tie_group` = the tie's 1-based position in the record, so that a reader puts them back
///   together.
/// - graph attributes `coopgraph` (the format version; marks a file CoopGraph wrote), `title`,
///   `description`, `source`, `coopgraph_kinds` (declared kinds as JSON).
struct FlatNetwork {
  struct Node {
    var id: String
    var attributes: Attributes = [:]
    var location: SourceLocation?
  }

  struct Edge {
    /// Two endpoints (source, target), or more for a GraphML hyperedge.
    var parties: [String]
    /// The edge's own direction, or `nil` for the graph's default.
    var directed: Bool?
    /// The id the format gives the edge itself (GraphML/GEXF `id`, CSV `Id`), if any.
    var id: String?
    var attributes: Attributes = [:]
    var location: SourceLocation?
    /// The tie of the record the edge comes from (written edges only).
    var tie: Int?
  }

  /// The direction of edges that do not say.
  var directed = false
  var attributes: Attributes = [:]
  var nodes: [Node] = []
  var edges: [Edge] = []

  static let nodeFields: Set<String> = ["label", "kind", "parent", "country", "region", "sector", "website", "aliases"]
  static let edgeFields: Set<String> = [
    "kind", "label", "date", "weight", "provenance", "tie_id", "tie_group", "directed",
  ]
  static let graphFields: Set<String> = ["coopgraph", "title", "description", "source", "coopgraph_kinds"]

  /// The warning of a format that writes each multi-party tie as separate edges and cannot
  /// say which edges form one tie, or `nil` when the record has no such tie.
  var multiPartyTiesSplitWarning: Diagnostic? {
    let groups = Set(edges.compactMap { $0.attributes["tie_group"]?.description }).count
    guard groups > 0 else { return nil }
    return Diagnostic(
      .warning, at: nil,
      "\(groups) multi-party tie\(groups == 1 ? "" : "s") written as separate edges; which edges form one tie is not kept")
  }

  /// Whether a CoopGraph writer made this file (the graph attribute `coopgraph` is present).
  var isCoopGraph: Bool { attributes["coopgraph"] != nil }
}

// MARK: - Network to flat

extension FlatNetwork {
  /// Refuses a network whose many-party ties would flatten into more than
  /// ``ProjectionError/cliqueEdgeBudget`` edges (k(k−1)/2 per undirected tie of k parties,
  /// k−1 per directed one), before anything is built.
  /// - Throws: ``ProjectionError/cliqueTooLargeToWrite(budget:tie:parties:format:)``.
  /// - Complexity: O(ties).
  static func checkCliqueBudget(_ network: Network, format: String) throws {
    var edges = 0
    for (t, tie) in network.ties.enumerated() {
      let k = tie.parties.count
      edges += network.isDirected(tie) ? k - 1 : k * (k - 1) / 2
      if edges > ProjectionError.cliqueEdgeBudget {
        throw ProjectionError.cliqueTooLargeToWrite(
          budget: ProjectionError.cliqueEdgeBudget, tie: tie.id ?? "tie-\(t + 1)", parties: k, format: format)
      }
    }
  }
}

extension FlatNetwork {
  /// Flattens a network. Warnings name what the flat form cannot say exactly (an attribute whose
  /// name is one of the mapping's own fields).
  /// - Parameter directionAsAttribute: give an edge whose direction differs from the graph's a
  ///   boolean attribute `directed` instead of ``Edge/directed``: tools that refuse mixed graphs
  ///   (networkx's GraphML and GEXF readers) then read the file, and CoopGraph still reads the
  ///   direction back.
  /// - Parameter partOfEdges: also write each entity's `parent` as an edge of kind `part-of`
  ///   (part → whole, directed), so that tools that only see edges (networkx, Gephi) analyse the
  ///   graph CoopGraph's default projection analyses; reading turns them back into parents.
  init(
    _ network: Network, directionAsAttribute: Bool = false, partOfEdges: Bool = false, warnings: inout [Diagnostic]
  ) {
    var collided: [String: Int] = [:]
    attributes["coopgraph"] = .int(NativeFormat.version)
    if let t = network.title { attributes["title"] = .string(t) }
    if let d = network.description { attributes["description"] = .string(d) }
    if let s = network.source { attributes["source"] = .string(s) }
    if !network.userEntityKinds.isEmpty || !network.userTieKinds.isEmpty {
      var kinds: [(String, JSONValue)] = []
      if !network.userEntityKinds.isEmpty {
        kinds.append(("entities", .array(network.userEntityKinds.map { .string($0.rawValue) })))
      }
      if !network.userTieKinds.isEmpty {
        kinds.append(
          (
            "ties",
            .array(
              network.userTieKinds.map {
                .object([("name", .string($0.kind.rawValue)), ("directed", .bool($0.directed))])
              })
          ))
      }
      attributes["coopgraph_kinds"] = .string(JSONValue.object(kinds).serialized(pretty: false))
    }
    for (k, v) in network.attributes {
      if FlatNetwork.graphFields.contains(k) { collided["network attribute '\(k)'", default: 0] += 1; continue }
      attributes[k] = v
    }

    let effective = network.ties.map { network.isDirected($0) }
    directed = !effective.isEmpty && effective.allSatisfy { $0 }

    nodes.reserveCapacity(network.entities.count)
    for e in network.entities {
      var a: Attributes = [:]
      a["label"] = .string(e.name)
      a["kind"] = .string(e.kind.rawValue)
      if let p = e.parent { a["parent"] = .string(p) }
      if let c = e.country { a["country"] = .string(c) }
      if let r = e.region { a["region"] = .string(r) }
      if let s = e.sector { a["sector"] = .string(s) }
      if let w = e.website { a["website"] = .string(w) }
      if !e.aliases.isEmpty { a["aliases"] = .list(e.aliases.map { .string($0) }) }
      for (k, v) in e.attributes {
        if a[k] != nil || FlatNetwork.nodeFields.contains(k) {
          collided["entity attribute '\(k)'", default: 0] += 1
          if a[k] != nil { continue }
        }
        a[k] = v
      }
      nodes.append(Node(id: e.id, attributes: a))
    }

    for (t, tie) in network.ties.enumerated() {
      var a: Attributes = [:]
      a["kind"] = .string(tie.kind.rawValue)
      if let l = tie.label { a["label"] = .string(l) }
      if let d = tie.date { a["date"] = .string(d.description) }
      a["weight"] = .double(tie.strength)
      if let s = tie.source { a["provenance"] = .string(s) }
      if let id = tie.id { a["tie_id"] = .string(id) }
      if tie.parties.count > 2 { a["tie_group"] = .int(t + 1) }
      for (k, v) in tie.attributes {
        if a[k] != nil || FlatNetwork.edgeFields.contains(k) {
          collided["tie attribute '\(k)'", default: 0] += 1
          if a[k] != nil { continue }
        }
        a[k] = v
      }
      var dir: Bool? = effective[t] == directed ? nil : effective[t]
      if directionAsAttribute, let d = dir {
        a["directed"] = .bool(d)
        dir = nil
      }
      let p = tie.parties
      if p.count <= 2 {
        edges.append(Edge(parties: p, directed: dir, attributes: a, tie: t))
      } else if effective[t] {
        for q in p.dropFirst() { edges.append(Edge(parties: [p[0], q], directed: dir, attributes: a, tie: t)) }
      } else {
        for i in 0..<p.count {
          for j in (i + 1)..<p.count { edges.append(Edge(parties: [p[i], p[j]], directed: dir, attributes: a, tie: t)) }
        }
      }
    }
    if partOfEdges {
      var count = 0
      for e in network.entities {
        guard let p = e.parent else { continue }
        var a: Attributes = ["kind": .string(TieKind.partOf.rawValue)]
        var dir: Bool? = directed ? nil : true
        if directionAsAttribute && dir != nil {
          a["directed"] = .bool(true)
          dir = nil
        }
        edges.append(Edge(parties: [e.id, p], directed: dir, attributes: a))
        count += 1
      }
      if count > 0 {
        warnings.append(
          Diagnostic(
            .warning, at: nil,
            "\(count) part-of relation\(count == 1 ? "" : "s") (an entity's parent) written as edge\(count == 1 ? "" : "s") of kind 'part-of', part → whole, so that other tools see the graph coopgraph analyses; coopgraph reads them back as parents"
          ))
      }
    }
    for (what, n) in collided.sorted(by: { $0.key < $1.key }) {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "\(what) has the name of a field of the interchange mapping; \(n == 1 ? "it" : "its \(n) values") may read back as that field or be left out"
        ))
    }
  }

  /// The attribute keys of nodes (or edges) in order of first appearance, for formats that
  /// declare their columns up front.
  static func keys(_ attributeSets: some Sequence<Attributes>) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for a in attributeSets {
      for k in a.keys where seen.insert(k).inserted { out.append(k) }
    }
    return out
  }

  /// Warnings for what a format without attributes (Pajek, edge lists) leaves out.
  func droppedAttributeWarnings(
    format: String, keptNode: Set<String>, keptEdge: Set<String>, keptGraph: Set<String> = []
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let g = FlatNetwork.keys([attributes]).filter { !keptGraph.contains($0) && $0 != "coopgraph" }
    if !g.isEmpty {
      out.append(Diagnostic(.warning, at: nil, "\(format) cannot hold network fields: \(g.joined(separator: ", "))"))
    }
    let n = FlatNetwork.keys(nodes.map(\.attributes)).filter { !keptNode.contains($0) }
    if !n.isEmpty {
      out.append(Diagnostic(.warning, at: nil, "\(format) cannot hold entity fields: \(n.joined(separator: ", "))"))
    }
    let e = FlatNetwork.keys(edges.map(\.attributes)).filter { !keptEdge.contains($0) }
    if !e.isEmpty {
      out.append(Diagnostic(.warning, at: nil, "\(format) cannot hold tie fields: \(e.joined(separator: ", "))"))
    }
    return out
  }
}

// MARK: - Flat to network

extension FlatNetwork {
  /// Builds the network the flat form describes (see the type's documentation for the mapping).
  /// - Parameter file: the name used in diagnostics.
  /// - Returns: the network and warnings for what could not be kept as a field (kept as an
  ///   attribute instead) or not at all (self-loops).
  /// - Throws: ``InputError`` for duplicate node ids and duplicate tie ids.
  func network(file: String) throws -> (Network, [Diagnostic]) {
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []
    var network = Network()
    let ours = isCoopGraph

    // Graph level.
    for (k, v) in attributes {
      switch k {
      case "coopgraph" where ours: continue
      case "title": network.title = v.description
      case "description": network.description = v.description
      case "source": network.source = v.description
      case "coopgraph_kinds":
        if case .string(let s) = v, let kinds = FlatNetwork.parseKinds(s) {
          network.userEntityKinds = kinds.entities
          network.userTieKinds = kinds.ties
        } else {
          network.attributes[k] = v
        }
      default: network.attributes[k] = v
      }
    }

    // Nodes.
    var index: [String: Int] = [:]
    index.reserveCapacity(nodes.count)
    var entities: [Entity] = []
    entities.reserveCapacity(nodes.count)
    var parents: [(entity: Int, parent: String, location: SourceLocation?)] = []
    var knownEntityKinds = Set(network.entityKinds)
    for node in nodes {
      if index[node.id] != nil {
        errors.append(
          Diagnostic(at: node.location ?? SourceLocation(file: file, line: 0), "duplicate node id '\(node.id)'"))
        continue
      }
      var e = Entity(id: node.id, kind: Network.nodeKind)
      var a = node.attributes
      if let l = a["label"] {
        e.name = l.description
        a["label"] = nil
      } else if let n = a["name"], case .string(let s) = n {
        e.name = s
        a["name"] = nil
      }
      if let k = a["kind"], case .string(let s) = k, !s.isEmpty, EntityKind(s) != EntityKind("") {
        e.kind = EntityKind(s)
        a["kind"] = nil
      }
      if let p = a["parent"], case .string(let s) = p, !s.isEmpty {
        parents.append((entities.count, s, node.location))
        a["parent"] = nil
      }
      func take(_ key: String) -> String? {
        guard let v = a[key] else { return nil }
        if case .list = v { return nil }
        a[key] = nil
        return v.description
      }
      e.country = take("country")
      e.region = take("region")
      e.sector = take("sector")
      e.website = take("website")
      if let al = a["aliases"] {
        switch al {
        case .list(let items): e.aliases = items.map(\.description)
        default: e.aliases = [al.description]
        }
        a["aliases"] = nil
      }
      e.attributes = a
      if knownEntityKinds.insert(e.kind).inserted { network.userEntityKinds.append(e.kind) }
      index[node.id] = entities.count
      entities.append(e)
    }

    // Endpoints that no node declares become nodes (networkx and Gephi do the same).
    for edge in edges {
      for p in edge.parties where index[p] == nil {
        if knownEntityKinds.insert(Network.nodeKind).inserted { network.userEntityKinds.append(Network.nodeKind) }
        index[p] = entities.count
        entities.append(Entity(id: p, kind: Network.nodeKind))
      }
    }
    for (i, p, loc) in parents {
      if index[p] == nil || p == entities[i].id {
        warnings.append(
          Diagnostic(
            .warning, at: loc,
            p == entities[i].id
              ? "node '\(p)' names itself as parent; kept as attribute 'parent'"
              : "node '\(entities[i].id)' has unknown parent '\(p)'; kept as attribute 'parent'"))
        entities[i].attributes["parent"] = .string(p)
      } else {
        entities[i].parent = p
      }
    }
    network.entities = entities

    // Edges to ties. Edges sharing a `tie_group` are one tie.
    let edgeIDsAreTieIDs: Bool = {
      guard !ours else { return false }
      var seen = Set<String>()
      for e in edges { if let id = e.id, !seen.insert(id).inserted { return false } }
      return true
    }()
    var ties: [Tie] = []
    ties.reserveCapacity(edges.count)
    var groupTie: [String: Int] = [:]
    var tieIDs: [String: SourceLocation?] = [:]
    var tieKindDirection: [TieKind: Bool] = [:]
    var directions: [Bool] = []
    var selfLoops = 0
    var firstSelfLoop: SourceLocation?
    var partOf: [(part: String, whole: String, location: SourceLocation?)] = []
    for edge in edges {
      var isDirected = edge.directed ?? directed
      var a = edge.attributes
      if case .bool(let d) = a["directed"] {
        isDirected = d
        a["directed"] = nil
      }
      var parties: [String] = []
      for p in edge.parties where !parties.contains(p) { parties.append(p) }
      if parties.count < 2 {
        selfLoops += 1
        if firstSelfLoop == nil { firstSelfLoop = edge.location }
        continue
      }
      if let g = a["tie_group"] {
        let key = g.description
        if let t = groupTie[key] {
          for p in parties where !ties[t].parties.contains(p) { ties[t].parties.append(p) }
          continue
        }
        groupTie[key] = ties.count
        a["tie_group"] = nil
      }
      if case .string(let s)? = a["kind"], TieKind(s) == .partOf, parties.count == 2, a["tie_group"] == nil {
        partOf.append((parties[0], parties[1], edge.location))
        continue
      }
      var tie = Tie(kind: .cooperation, parties: parties)
      if let k = a["kind"], case .string(let s) = k, !s.isEmpty {
        if TieKind(s) == .partOf || TieKind(s) == Projection.sharedPerson {
          warnings.append(
            Diagnostic(.warning, at: edge.location, "tie kind '\(s)' is reserved; kept as attribute 'kind'"))
        } else {
          tie.kind = TieKind(s)
          a["kind"] = nil
        }
      }
      if let l = a["label"] {
        tie.label = l.description
        a["label"] = nil
      }
      if let d = a["date"], let range = DateRange(d.description) {
        tie.date = range
        a["date"] = nil
      }
      if let w = a["weight"] {
        if let x = w.doubleValue, x.isFinite, x > 0 {
          tie.strength = x
          a["weight"] = nil
        } else {
          warnings.append(
            Diagnostic(
              .warning, at: edge.location,
              "weight '\(w)' is not a strength (a number greater than 0); kept as attribute 'weight', strength 1"))
        }
      }
      if let s = a["provenance"] {
        tie.source = s.description
        a["provenance"] = nil
      }
      if let id = a["tie_id"] {
        tie.id = id.description
        a["tie_id"] = nil
      } else if let id = edge.id {
        if edgeIDsAreTieIDs { tie.id = id } else if !ours { a["id"] = .string(id) }
      }
      if let id = tie.id {
        if let first = tieIDs[id] {
          errors.append(
            Diagnostic(
              at: edge.location ?? SourceLocation(file: file, line: 0),
              "duplicate tie id '\(id)'" + (first.map { " (first at line \($0.line))" } ?? "")))
        }
        tieIDs[id] = edge.location
      }
      tie.attributes = a
      if tieKindDirection[tie.kind] == nil { tieKindDirection[tie.kind] = isDirected }
      directions.append(isDirected)
      ties.append(tie)
    }
    // Part-of edges (as the GraphML and GEXF writers write them) are parents.
    for (part, whole, location) in partOf {
      guard let i = index[part], index[whole] != nil, part != whole else { continue }
      if let p = network.entities[i].parent, p != whole {
        warnings.append(
          Diagnostic(
            .warning, at: location,
            "a part-of edge makes '\(part)' part of '\(whole)', but its parent is '\(p)'; the parent is kept"))
      } else {
        network.entities[i].parent = whole
      }
    }
    if !errors.isEmpty { throw InputError(errors) }
    if selfLoops > 0 {
      warnings.append(
        Diagnostic(
          .warning, at: firstSelfLoop,
          "\(selfLoops) self-loop\(selfLoops == 1 ? "" : "s") left out: a tie needs two different parties"))
    }

    // Tie kinds the network does not know are declared, directed as their first tie is.
    var knownTieKinds = Set(network.tieKinds)
    for tie in ties where knownTieKinds.insert(tie.kind).inserted {
      network.userTieKinds.append((tie.kind, tieKindDirection[tie.kind] ?? false))
    }
    for t in ties.indices {
      let byDefault = network.isDirectedByDefault(ties[t].kind)
      ties[t].directed = directions[t] == byDefault ? nil : directions[t]
    }
    network.ties = ties
    network.buildIndex()
    // Parent cycles: the same check as the native format's, at the cycle's first node.
    let cycles = network.parentCycles()
    if !cycles.isEmpty {
      var locations: [String: SourceLocation] = [:]
      for node in nodes where locations[node.id] == nil { locations[node.id] = node.location }
      let problems = cycles.map { cycle in
        Diagnostic(
          at: locations[network.entities[cycle[0]].id] ?? SourceLocation(file: file, line: 1),
          "parent cycle: \(network.describeParentCycle(cycle))")
      }
      throw InputError(problems)
    }
    return (network, warnings)
  }

  static func parseKinds(_ text: String) -> (entities: [EntityKind], ties: [(kind: TieKind, directed: Bool)])? {
    guard let root = try? Yams.compose(yaml: text), case .mapping(let m) = root else { return nil }
    var entities: [EntityKind] = []
    var ties: [(kind: TieKind, directed: Bool)] = []
    for (k, v) in m {
      switch (k.string, v) {
      case ("entities", .sequence(let seq)): entities = seq.compactMap { $0.string.map { EntityKind($0) } }
      case ("ties", .sequence(let seq)):
        for item in seq {
          guard case .mapping(let fields) = item, let name = fields["name"]?.string else { return nil }
          ties.append((TieKind(name), fields["directed"]?.bool ?? false))
        }
      default: break
      }
    }
    return (entities, ties)
  }
}

// MARK: - Typed columns

/// The value type of an attribute column, for formats that declare types (GraphML, GEXF).
enum AttributeColumnType: Equatable {
  case bool, int, double, string, list

  /// The type's name in GraphML (`attr.type`; a list is a string with `attr.list`) and GEXF
  /// (`type`, where a list is `liststring`).
  func xmlName(gexf: Bool) -> String {
    switch self {
    case .bool: return "boolean"
    case .int: return "long"
    case .double: return "double"
    case .string: return "string"
    case .list: return gexf ? "liststring" : "string"
    }
  }

  /// The one type that holds every value of a column; `lossy` when some values change type
  /// (integers among doubles read back as doubles; mixed kinds become text).
  static func of(_ values: some Sequence<AttributeValue>) -> (type: AttributeColumnType, lossy: Bool) {
    var type: AttributeColumnType?
    var lossy = false
    for v in values {
      let t: AttributeColumnType
      switch v {
      case .bool: t = .bool
      case .int: t = .int
      case .double: t = .double
      case .string: t = .string
      case .list: t = .list
      }
      guard let current = type else { type = t; continue }
      if current == t { continue }
      lossy = true
      if (current == .int && t == .double) || (current == .double && t == .int) {
        type = .double
      } else {
        type = .string
      }
    }
    return (type ?? .string, lossy)
  }

  /// Text for a value written into a column of this type.
  func text(_ v: AttributeValue) -> String {
    switch (self, v) {
    case (.double, .int(let i)): return String(i)
    case (.double, .double(let d)): return formatDouble(d)
    case (.list, .list(let items)), (.string, .list(let items)):
      return JSONValue.array(items.map(JSONValue.init)).serialized(pretty: false)
    case (_, .double(let d)): return formatDouble(d)
    default: return v.description
    }
  }

  /// Reads text written in a column of this type; `nil` when it is not a value of the type.
  func value(_ text: String) -> AttributeValue? {
    switch self {
    case .string: return .string(text)
    case .int:
      let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if let i = Int(t) { return .int(i) }
      // Some writers put a fraction on integer columns ("2.0").
      if let d = Double(t), d == d.rounded(), abs(d) < 9e15 { return .int(Int(d)) }
      return nil
    case .double:
      let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
      switch t.lowercased() {
      case "inf", "infinity", "+inf": return .double(.infinity)
      case "-inf", "-infinity": return .double(-.infinity)
      case "nan": return .double(.nan)
      default: return Double(t).map { .double($0) }
      }
    case .bool:
      switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
      case "true", "1", "yes": return .bool(true)
      case "false", "0", "no": return .bool(false)
      default: return nil
      }
    case .list:
      return AttributeColumnType.list(from: text) ?? .list([.string(text)])
    }
  }

  /// A JSON array of scalars as a list value.
  static func list(from text: String) -> AttributeValue? {
    guard text.first == "[", let root = try? Yams.compose(yaml: text), case .sequence = root else { return nil }
    return AttributeValue(jsonNode: root)
  }
}

extension AttributeValue {
  /// A value from a JSON (or YAML) node: text when quoted, else a number, true/false, or a list
  /// of these; `nil` for null and objects.
  init?(jsonNode node: Yams.Node) {
    switch node {
    case .scalar(let s):
      if s.style == .singleQuoted || s.style == .doubleQuoted || s.style == .literal || s.style == .folded {
        self = .string(s.string)
        return
      }
      let t = s.string
      if t == "null" || t == "~" || t.isEmpty { return nil }
      if t == "true" { self = .bool(true); return }
      if t == "false" { self = .bool(false); return }
      if let i = Int(t) { self = .int(i); return }
      if let d = Double(t) { self = .double(d); return }
      self = .string(t)
    case .sequence(let seq):
      var items: [AttributeValue] = []
      for y in seq {
        guard let v = AttributeValue(jsonNode: y) else { return nil }
        items.append(v)
      }
      self = .list(items)
    default: return nil
    }
  }
}

extension FlatNetwork {
  /// Whether a format without record-level fields gets the network's declared kinds back by
  /// reading the kinds in use: every declared kind is used, declared in order of first use, and
  /// each declared tie kind is directed as its first tie is.
  static func kindsRecoverable(_ network: Network) -> Bool {
    var entityKinds: [EntityKind] = []
    var seen = Set(EntityKind.builtIn)
    for e in network.entities where seen.insert(e.kind).inserted { entityKinds.append(e.kind) }
    guard entityKinds == network.userEntityKinds else { return false }
    var tieKinds: [(TieKind, Bool)] = []
    var seenTies = Set(TieKind.builtIn)
    for t in network.ties where seenTies.insert(t.kind).inserted { tieKinds.append((t.kind, network.isDirected(t))) }
    let declared = network.userTieKinds
    return tieKinds.count == declared.count
      && zip(tieKinds, declared).allSatisfy { $0.0 == $1.kind && $0.1 == $1.directed }
  }
}
