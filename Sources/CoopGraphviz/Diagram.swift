import CoopGraph
import Foundation

/// A cooperation network drawn as a styled ``DOTGraph``.
///
/// Entities become nodes (shape by kind, fill by ``DiagramStyle/colorBy``, size by a measure,
/// a tooltip with the entity's details, a link to its website). A two-party tie becomes an
/// edge (colour and line style by kind, width by strength, an arrow when it is directed); a tie
/// with more parties becomes a small box labelled with the tie, joined to each party, so that
/// a 20-party meeting is one box and 20 lines rather than 190 lines. Part-of becomes nested
/// cluster boxes (or dashed edges when parts are not clustered). A legend explains shapes,
/// colours, sizes and lines.
///
/// The nodes carry `kind`, `country` and `parent`, the edges `kind`, `strength` and `date`,
/// and tie boxes `tie_kind`, so that ``DOTImport`` reads a written diagram back as the network.
public enum Diagram {
  /// The diagram of `network` as DOT structure.
  ///
  /// - Parameters:
  ///   - network: the record.
  ///   - projection: which entity kinds and tie kinds are drawn, whether parts are folded into
  ///     their whole (`partOf: .collapse`), shown as clusters or edges (`.ties`) or not at all
  ///     (`.ignore`), whether people are replaced by the ties they make between organizations
  ///     (`bridgeThroughPeople`) and which entities are left out. Multi-party handling and
  ///     weighting do not apply: a diagram shows ties as recorded.
  ///   - only: draw only these entities (an ego neighbourhood); `nil` for all.
  ///   - style: how it looks.
  /// - Returns: a graph that ``DOTWriter`` writes deterministically.
  /// - Complexity: O(entities × depth of part-of + Σ parties of ties + entities log entities).
  public static func build(
    _ network: Network, projection: Projection = .default, only: Set<String>? = nil, style: DiagramStyle = DiagramStyle()
  ) -> DOTGraph {
    var builder = Builder(network: network, projection: projection, only: only, style: style)
    return builder.build()
  }

  /// The entities within `radius` hops of `center` in the projected graph (ties in either
  /// direction), with their distances: the neighbourhood an ego diagram draws.
  ///
  /// - Returns: `nil` when `center` is not a node of the projection.
  /// - Complexity: O(nodes + arcs).
  public static func neighbourhood(of center: String, radius: Int, in projected: ProjectedNetwork, network: Network)
    -> [String: Int]?
  {
    let graph = projected.graph.isDirected ? projected.graph.undirected() : projected.graph
    var nodeOfEntity: [String: Int] = [:]
    for (node, e) in projected.entityIndices.enumerated() {
      if let e { nodeOfEntity[network.entities[e].id] = node }
    }
    guard let source = nodeOfEntity[center] else { return nil }
    let distances = graph.hopDistances(from: source)
    var out: [String: Int] = [:]
    for (node, d) in distances.enumerated() where d >= 0 && Int(d) <= radius {
      if let e = projected.entityIndices[node] { out[network.entities[e].id] = Int(d) }
    }
    return out
  }
}

private struct Builder {
  let network: Network
  let projection: Projection
  let only: Set<String>?
  let style: DiagramStyle
  var index: Network

  /// For each entity, the entity that stands for it in the drawing, or -1.
  var representative: [Int] = []
  /// Drawn entities, in file order.
  var drawn: [Int] = []
  var isDrawn: [Bool] = []
  /// Entities boxed as a part-of cluster (they have drawn parts).
  var hasDrawnParts: [Bool] = []
  /// For each tooltip measure, the values of the drawn entities sorted from highest, so that a
  /// rank is a binary search (a filter per node made `dot` quadratic: 5 minutes at 50k nodes).
  var tooltipRankTables: [[Double]] = []
  /// The measures tooltips give with ranks: partners (when nodes are sized by them), then
  /// ``DiagramStyle/tooltipMeasures``.
  var tooltipMeasures: [(name: String, values: [String: Double])] = []
  /// Node sizes: the partner counts or ``DiagramStyle/nodeSizes``.
  var sizes: [String: Double]?
  /// Short labels by entity id (``DiagramStyle/Labels/short``).
  var shortLabels: [String: String] = [:]
  var clusterParents: Bool { style.clusterBy.contains(.parent) && projection.partOf != .collapse && projection.partOf != .ignore }

  init(network: Network, projection: Projection, only: Set<String>?, style: DiagramStyle) {
    self.network = network
    self.projection = projection
    self.only = only
    self.style = style
    var index = network
    index.buildIndex()
    self.index = index
  }

  mutating func build() -> DOTGraph {
    selectEntities()
    var graph = DOTGraph(name: "coopgraph", directed: false)
    graph.attributes = graphAttributes()
    graph.nodeDefaults = [
      "fontname": .text(style.fontName), "fontsize": points(style.fontSize), "style": "filled", "fillcolor": "#FFFFFF",
      "color": "#333333", "margin": "0.12,0.06",
    ]
    graph.edgeDefaults = [
      "fontname": .text(style.fontName), "fontsize": points(style.smallFontSize), "color": "#555555", "arrowsize": "0.7",
    ]

    let drawnTies = ties(existing: Set(drawn.map { network.entities[$0].id }))
    if style.sizeByPartners {
      var counts: [String: Double] = [:]
      for i in drawn {
        let id = network.entities[i].id
        counts[id] = Double(drawnTies.partners[id]?.count ?? 0)
      }
      sizes = counts
      tooltipMeasures = [("partners", counts)]
    } else {
      sizes = style.nodeSizes
    }
    tooltipMeasures += style.tooltipMeasures
    if style.labels == .short { shortLabels = DiagramStyle.shortLabels(drawn.map { network.entities[$0] }) }
    let colors = nodeColors()
    let sizeRange = self.sizeRange()
    tooltipRankTables = tooltipMeasures.map { measure in
      drawn.map { (i: Int) -> Double in
        let x = measure.values[network.entities[i].id] ?? -.infinity
        return x.isNaN ? -.infinity : x
      }.sorted(by: >)
    }
    for i in drawn { graph.nodes.append(node(i, color: colors.byEntity[i], sizeRange: sizeRange)) }
    graph.nodes += drawnTies.hubs
    graph.edges = drawnTies.edges
    let kindsUsed = drawnTies.kinds
    graph.subgraphs = clusters()
    if style.legend, let legend = legend(colors: colors, sizeRange: sizeRange, tieKinds: kindsUsed) {
      graph.attributes["label"] = .html(legend)
    }
    Builder.renameUnwritableNodes(&graph)
    return graph
  }

  /// Gives a node whose id DOT cannot spell (one starting with `%`, which cgraph keeps for
  /// anonymous nodes, or an odd run of backslashes with unbalanced `<` `>`) the name
  /// `coopgraph-node-N`, with the id in the attribute `coopgraph_id` that ``DOTImport`` reads
  /// back, so that every record that validates can be drawn.
  static func renameUnwritableNodes(_ graph: inout DOTGraph) {
    var rename: [String: String] = [:]
    var taken = Set(graph.nodes.map(\.id))
    var counter = 0
    for i in graph.nodes.indices where (try? DOTWriter.identifier(graph.nodes[i].id)) == nil {
      var name: String
      repeat {
        counter += 1
        name = "coopgraph-node-\(counter)"
      } while taken.contains(name)
      taken.insert(name)
      rename[graph.nodes[i].id] = name
      graph.nodes[i].attributes["coopgraph_id"] = DOTWriter.dataValue(graph.nodes[i].id)
      graph.nodes[i].id = name
    }
    graph.renameEdgeEnds(rename)
  }

  // MARK: Entities

  mutating func selectEntities() {
    let n = network.entities.count
    var included = [Bool](repeating: false, count: n)
    for (i, e) in network.entities.enumerated() {
      let kindOK = projection.nodeKinds?.contains(e.kind) ?? true
      let personOK = !(projection.bridgeThroughPeople && e.kind == .person)
      included[i] = kindOK && personOK && !projection.excludedEntities.contains(e.id) && (only?.contains(e.id) ?? true)
    }
    representative = [Int](repeating: -1, count: n)
    for i in 0..<n where included[i] {
      var r = i
      if projection.partOf == .collapse {
        for a in index.ancestors(of: network.entities[i].id) {
          if let ai = index.index(of: a), included[ai] { r = ai }
        }
      }
      representative[i] = r
    }
    isDrawn = (0..<n).map { representative[$0] == $0 }
    drawn = (0..<n).filter { isDrawn[$0] }
    hasDrawnParts = [Bool](repeating: false, count: n)
    for i in drawn {
      if let p = drawnParent(of: i) { hasDrawnParts[p] = true }
    }
  }

  /// The nearest drawn ancestor of a drawn entity.
  func drawnParent(of i: Int) -> Int? {
    for a in index.ancestors(of: network.entities[i].id) {
      if let ai = index.index(of: a), isDrawn[ai] { return ai }
    }
    return nil
  }

  /// The top-most drawn ancestor of an entity (itself when it has none).
  func partOfRoot(_ i: Int) -> Int {
    var r = i
    for a in index.ancestors(of: network.entities[i].id) {
      if let ai = index.index(of: a), isDrawn[ai] { r = ai }
    }
    return r
  }

  struct Colors {
    var byEntity: [Int: String] = [:]
    var legend: [(value: String, color: String, count: Int)] = []
    var title = ""
  }

  func category(of i: Int, _ by: DiagramStyle.ColorBy) -> String? {
    let e = network.entities[i]
    switch by {
    case .none: return nil
    case .kind: return e.kind.rawValue
    case .attribute(let key): return e.value(of: key)
    case .groups: return style.groups[e.id]
    }
  }

  func nodeColors() -> Colors {
    var colors = Colors()
    switch style.colorBy {
    case .none: return colors
    case .kind: colors.title = "kind"
    case .attribute(let key): colors.title = key
    case .groups: colors.title = style.groupName
    }
    let named = drawn.filter { !isPlaceholder($0) }
    let values = named.compactMap { category(of: $0, style.colorBy) }
    colors.legend = style.palette.assign(values)
    var colorOf: [String: String] = [:]
    for entry in colors.legend { colorOf[entry.value] = entry.color }
    for i in named {
      if let v = category(of: i, style.colorBy), let c = colorOf[v] { colors.byEntity[i] = c }
    }
    return colors
  }

  /// Whether an entity stands for partners the record does not name (`unnamed: true`).
  func isPlaceholder(_ i: Int) -> Bool { OrganizationView.isUnnamed(network.entities[i]) }

  /// The label size of placeholders: below the smallest sized label.
  var placeholderFontSize: Double { (style.fontSizes.lowerBound * 0.8).rounded() }

  func sizeRange() -> ClosedRange<Double>? {
    guard let sizes else { return nil }
    let values = drawn.filter { !isPlaceholder($0) }.compactMap { sizes[network.entities[$0].id] }.filter(\.isFinite)
    guard let lo = values.min(), let hi = values.max() else { return nil }
    return lo...hi
  }

  func node(_ i: Int, color: String?, sizeRange: ClosedRange<Double>?) -> DOTNode {
    let e = network.entities[i]
    var a: DOTAttributes = ["label": .text(DOTWriter.escString(label(e)))]
    let shape = style.shape(of: e.kind, userKinds: network.userEntityKinds)
    a["shape"] = .text(shape.shape)
    if shape.rounded { a["style"] = "rounded,filled" }
    if let color { a["fillcolor"] = .text(color) }
    if isPlaceholder(i) {
      // Small and muted: a stand-in for partners the record does not name.
      a["fontsize"] = .text(formatNumber(placeholderFontSize))
      a["style"] = .text(shape.rounded ? "rounded,filled,dashed" : "filled,dashed")
      a["fillcolor"] = .text(Self.placeholderFill)
      a["color"] = "#AAAAAA"
      a["fontcolor"] = "#666666"
    } else if let sizeRange, let v = sizes?[e.id] {
      a["fontsize"] = .text(formatNumber(rounded(style.fontSize(for: v, range: sizeRange))))
    }
    if style.emphasized.contains(e.id) {
      a["penwidth"] = "3"
      a["peripheries"] = "2"
      a["fontname"] = .text(style.fontName + " bold")
    }
    a["tooltip"] = .text(DOTWriter.escString(tooltip(i)))
    // Only http, https and mailto become links, percent-encoded (see SafeLink); any other
    // website stays text in the tooltip.
    if let site = e.website, let link = SafeLink.url(site) {
      a["URL"] = .text(DOTWriter.escString(link))
      a["target"] = "_blank"
    }
    // Facts for readers of the DOT (DOTImport reads them back), written as they are.
    a["kind"] = DOTWriter.dataValue(e.kind.rawValue)
    if let c = e.country { a["country"] = DOTWriter.dataValue(c) }
    if let p = e.parent { a["parent"] = DOTWriter.dataValue(p) }
    return DOTNode(e.id, a)
  }

  static let placeholderFill = "#EEEEEE"

  /// A node's label: its name, short form or id (``DiagramStyle/labels``), wrapped.
  func label(_ e: Entity) -> String {
    switch style.labels {
    case .name: return style.wrap(e.name)
    case .short: return style.wrap(shortLabels[e.id] ?? e.name)
    case .id: return e.id
    }
  }

  func tooltip(_ i: Int) -> String {
    let e = network.entities[i]
    var lines = [e.name]
    var facts = [e.kind.rawValue]
    if let c = e.country { facts.append(c) }
    if let r = e.region { facts.append(r) }
    if let s = e.sector { facts.append(s) }
    lines.append(facts.joined(separator: " · "))
    if let p = e.parent { lines.append("part of " + (index[p]?.name ?? p)) }
    if !e.aliases.isEmpty { lines.append("also: " + e.aliases.joined(separator: ", ")) }
    if let site = e.website { lines.append(site) }
    if let d = style.distances[e.id] { lines.append(d == 0 ? "centre" : "\(d) hop\(d == 1 ? "" : "s") from the centre") }
    if let g = style.groups[e.id] { lines.append("\(style.groupName) \(g)") }
    for (m, measure) in tooltipMeasures.enumerated() {
      guard let v = measure.values[e.id] else { continue }
      let rank = 1 + Builder.countGreater(than: v, inDescending: tooltipRankTables[m])
      lines.append("\(measure.name) \(formatNumber(rounded(v, places: 4))) (rank \(rank) of \(drawn.count))")
    }
    return lines.joined(separator: "\n")
  }

  /// How many values of a descending array are greater than `v` (binary search).
  static func countGreater(than v: Double, inDescending values: [Double]) -> Int {
    var lo = 0
    var hi = values.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if values[mid] > v { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  // MARK: Ties

  /// The drawn ties: tie boxes, lines, the tie kinds drawn, and each drawn entity's partners
  /// (the drawn entities it shares a drawn tie with; part-of is no partnership).
  struct DrawnTies {
    var hubs: [DOTNode] = []
    var edges: [DOTEdge] = []
    var kinds: [TieKind] = []
    var partners: [String: Set<String>] = [:]
  }

  func ties(existing: Set<String>) -> DrawnTies {
    var hubs: [DOTNode] = []
    var edges: [DOTEdge] = []
    var kindsUsed: [TieKind] = []
    var partners: [String: Set<String>] = [:]
    func partnered(_ ids: [String]) {
      for x in ids { for y in ids where y != x { partners[x, default: []].insert(y) } }
    }
    func use(_ k: TieKind) { if !kindsUsed.contains(k) { kindsUsed.append(k) } }
    let tieKindOK = { (k: TieKind) in projection.tieKinds?.contains(k) ?? true }
    let strengths = network.ties.filter { tieKindOK($0.kind) }.map(\.strength).filter(\.isFinite)
    let strengthRange = (strengths.min() ?? 1)...(strengths.max() ?? 1)
    var usedIds = existing

    for (t, tie) in network.ties.enumerated() where tieKindOK(tie.kind) {
      if projection.bridgeThroughPeople && tie.kind == .role { continue }
      var parties: [String] = []
      for p in tie.parties {
        guard let e = index.index(of: p), representative[e] >= 0 else { continue }
        let id = network.entities[representative[e]].id
        if !parties.contains(id) { parties.append(id) }
      }
      guard parties.count >= 2 else { continue }
      use(tie.kind)
      partnered(parties)
      let directed = network.isDirected(tie)
      let line = style.line(of: tie.kind, userKinds: network.userTieKinds.map(\.kind))
      var a: DOTAttributes = ["color": .text(line.color)]
      if line.style != "solid" { a["style"] = .text(line.style) }
      let width = style.penWidth(for: tie.strength, range: strengthRange)
      a["penwidth"] = .text(formatNumber(rounded(width)))
      a["tooltip"] = .text(DOTWriter.escString(tieTooltip(tie)))
      a["kind"] = DOTWriter.dataValue(tie.kind.rawValue)
      if tie.strength != 1 { a["strength"] = .text(formatNumber(tie.strength)) }
      if let d = tie.date { a["date"] = DOTWriter.dataValue(d.description) }
      if let l = tie.label { a["tie_label"] = DOTWriter.dataValue(l) }
      if let id = tie.id { a["tie_id"] = DOTWriter.dataValue(id) }

      if parties.count > style.hubThreshold {
        var hubId = "tie:" + (tie.id ?? String(t + 1))
        while usedIds.contains(hubId) { hubId += "'" }
        usedIds.insert(hubId)
        var h: DOTAttributes = [
          "label": .text(DOTWriter.escString(style.wrap(tieCaption(tie)))), "shape": "box", "style": "rounded,dashed,filled",
          "fillcolor": "#FFFFFF", "color": .text(line.color), "fontsize": points(style.smallFontSize), "margin": "0.06,0.03",
          "tooltip": .text(DOTWriter.escString(tieTooltip(tie))),
        ]
        h["tie_kind"] = DOTWriter.dataValue(tie.kind.rawValue)
        if directed { h["directed"] = "true" }
        hubs.append(DOTNode(hubId, h))
        for (j, p) in parties.enumerated() {
          var ea = a
          if directed { ea["dir"] = "forward" }
          edges.append(directed && j == 0 ? DOTEdge(p, hubId, ea) : DOTEdge(hubId, p, ea))
        }
      } else {
        if directed { a["dir"] = "forward" }
        if style.edgeLabels == .all, let label = tie.label { a["label"] = .text(DOTWriter.escString(style.wrap(label))) }
        for q in parties.dropFirst() {
          edges.append(DOTEdge(parties[0], q, a))
          if !directed { break }
        }
        if !directed && parties.count > 2 {
          // A small multi-party tie below the hub threshold: every other pair.
          for x in 1..<parties.count { for y in (x + 1)..<parties.count { edges.append(DOTEdge(parties[x], parties[y], a)) } }
        }
      }
    }

    // Part-of as edges when parts are not boxed.
    if projection.partOf == .ties && !clusterParents && tieKindOK(.partOf) {
      let line = style.line(of: .partOf)
      for i in drawn {
        guard let p = drawnParent(of: i) else { continue }
        use(.partOf)
        edges.append(
          DOTEdge(
            network.entities[i].id, network.entities[p].id,
            ["color": .text(line.color), "style": .text(line.style), "dir": "forward", "kind": .text(TieKind.partOf.rawValue)]))
      }
    }

    // Organizations joined through the people who hold roles in both.
    if projection.bridgeThroughPeople && tieKindOK(.role) && tieKindOK(Projection.sharedPerson) {
      var orgsOfPerson: [Int: [String]] = [:]
      var order: [Int] = []
      for tie in network.ties where tie.kind == .role {
        guard let first = tie.parties.first, let pi = index.index(of: first), network.entities[pi].kind == .person,
          !projection.excludedEntities.contains(network.entities[pi].id)
        else { continue }
        if orgsOfPerson[pi] == nil { order.append(pi) }
        for p in tie.parties.dropFirst() {
          guard let e = index.index(of: p), representative[e] >= 0 else { continue }
          let id = network.entities[representative[e]].id
          if !(orgsOfPerson[pi, default: []].contains(id)) { orgsOfPerson[pi, default: []].append(id) }
        }
      }
      let line = style.line(of: Projection.sharedPerson)
      for person in order {
        let orgs = orgsOfPerson[person] ?? []
        guard orgs.count >= 2 else { continue }
        use(Projection.sharedPerson)
        partnered(orgs)
        let name = network.entities[person].name
        for x in 0..<orgs.count {
          for y in (x + 1)..<orgs.count {
            edges.append(
              DOTEdge(
                orgs[x], orgs[y],
                [
                  "color": .text(line.color), "style": .text(line.style), "kind": .text(Projection.sharedPerson.rawValue),
                  "tooltip": .text(DOTWriter.escString("shared person: " + name)),
                ]))
          }
        }
      }
    }
    return DrawnTies(hubs: hubs, edges: edges, kinds: kindsUsed, partners: partners)
  }

  func tieCaption(_ tie: Tie) -> String {
    var caption = tie.label ?? tie.kind.rawValue
    if let d = tie.date { caption += " (\(d))" }
    return caption
  }

  func tieTooltip(_ tie: Tie) -> String {
    var lines = [tie.label ?? tie.kind.rawValue, tie.kind.rawValue + (tie.date.map { ", \($0)" } ?? "")]
    let names = tie.parties.map { index[$0]?.name ?? $0 }
    lines.append(names.joined(separator: "; "))
    if tie.strength != 1 { lines.append("strength \(formatNumber(tie.strength))") }
    return lines.joined(separator: "\n")
  }

  // MARK: Clusters

  final class Cluster {
    let key: String
    let label: String
    let level: DiagramStyle.ClusterBy
    var nodes: [String] = []
    var children: [Cluster] = []
    init(key: String, label: String, level: DiagramStyle.ClusterBy) {
      self.key = key
      self.label = label
      self.level = level
    }
  }

  /// The cluster path of a drawn entity, outermost first: (key, label, level).
  func clusterPath(_ i: Int) -> [(String, String, DiagramStyle.ClusterBy)] {
    var path: [(String, String, DiagramStyle.ClusterBy)] = []
    let nestsParts = clusterParents
    // Attribute and group levels take the value of the entity's part-of root, so that a
    // university and its schools stay in one box.
    let source = nestsParts ? partOfRoot(i) : i
    for level in style.clusterBy {
      switch level {
      case .parent:
        guard nestsParts else { continue }
        var chain = index.ancestors(of: network.entities[i].id).compactMap { index.index(of: $0) }.filter { isDrawn[$0] }
        chain.reverse()
        if hasDrawnParts[i] { chain.append(i) }
        for a in chain {
          path.append(("parent\u{0}" + network.entities[a].id, network.entities[a].name, .parent))
        }
      case .attribute(let key):
        if let v = network.entities[source].value(of: key) { path.append(("\(key)\u{0}\(v)", "\(key): \(v)", level)) }
      case .groups:
        if let g = style.groups[network.entities[source].id] {
          path.append(("\u{0}group\u{0}\(g)", "\(style.groupName) \(g)", level))
        }
      }
    }
    return path
  }

  func clusters() -> [DOTSubgraph] {
    guard !style.clusterBy.isEmpty else { return [] }
    let root = Cluster(key: "", label: "", level: .parent)
    var byKey: [String: Cluster] = [:]
    for i in drawn {
      var current = root
      var pathKey = ""
      for (key, label, level) in clusterPath(i) {
        pathKey += "\u{1}" + key
        if let c = byKey[pathKey] {
          current = c
        } else {
          let c = Cluster(key: key, label: label, level: level)
          byKey[pathKey] = c
          current.children.append(c)
          current = c
        }
      }
      if current !== root { current.nodes.append(network.entities[i].id) }
    }
    var counter = 0
    func subgraph(_ c: Cluster, depth: Int) -> DOTSubgraph {
      counter += 1
      var a: DOTAttributes = [:]
      switch c.level {
      case .parent:
        // The whole is a node inside its box and names it; a label would say it twice. The
        // empty label keeps the box from inheriting the graph's (the legend).
        a["label"] = ""
        a["tooltip"] = .text(DOTWriter.escString(c.label + " and its parts"))
        a["style"] = "rounded"
        a["color"] = "#777777"
      case .attribute, .groups:
        a["label"] = .text(DOTWriter.escString(style.wrap(c.label)))
        a["fontsize"] = points(style.fontSize)
        a["labelloc"] = "t"
        a["labeljust"] = "l"
        a["style"] = "rounded,filled"
        a["color"] = "#BBBBBB"
        a["fillcolor"] = depth % 2 == 0 ? "#F7F7F7" : "#FFFFFF"
      }
      let name = "cluster_\(counter)"
      let children = c.children.map { subgraph($0, depth: depth + 1) }
      return DOTSubgraph(name, attributes: a, nodes: c.nodes, subgraphs: children)
    }
    return root.children.map { subgraph($0, depth: 0) }
  }

  // MARK: Graph attributes and legend

  func graphAttributes() -> DOTAttributes {
    let large = drawn.count > 500
    var a: DOTAttributes = [
      "fontname": .text(style.fontName), "fontsize": points(style.fontSize), "outputorder": "edgesfirst", "pad": "0.3",
      "nodesep": "0.3", "ranksep": "0.6", "overlap": "vpsc", "sep": "+6", "newrank": "true",
    ]
    a["splines"] = large ? "line" : "true"
    if let page = style.page {
      a["size"] = .text(formatNumber(rounded(page.size.width, places: 3)) + "," + formatNumber(rounded(page.size.height, places: 3)))
      if page.fill { a["ratio"] = "fill" }
    }
    if let dpi = style.dpi { a["dpi"] = .text(formatNumber(rounded(dpi))) }
    a["labelloc"] = "b"
    a["labeljust"] = "l"
    return a
  }

  func legend(colors: Colors, sizeRange: ClosedRange<Double>?, tieKinds: [TieKind]) -> String? {
    func esc(_ s: String) -> String { DOTWriter.htmlEscape(s) }
    var sections: [String] = []
    // Shapes: the kinds drawn.
    var kinds: [EntityKind] = []
    for i in drawn where !kinds.contains(network.entities[i].kind) { kinds.append(network.entities[i].kind) }
    kinds.sort { (network.entityKinds.firstIndex(of: $0) ?? .max, $0) < (network.entityKinds.firstIndex(of: $1) ?? .max, $1) }
    if !kinds.isEmpty {
      var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Shape: kind</B></TD></TR>"
      for k in kinds {
        let shape = style.shape(of: k, userKinds: network.userEntityKinds)
        let name = shape.rounded ? "rounded box" : Self.shapeNames[shape.shape] ?? shape.shape
        rows += "<TR><TD ALIGN=\"LEFT\">\(esc(k.rawValue))</TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#555555\">\(esc(name))</FONT></TD></TR>"
      }
      sections.append(rows)
    }
    if !colors.legend.isEmpty {
      var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Colour: \(esc(colors.title))</B></TD></TR>"
      var other = 0
      for entry in colors.legend {
        if entry.color == style.palette.other && colors.legend.count > style.palette.colors.count {
          other += entry.count
          continue
        }
        let label = colors.title == style.groupName ? "\(style.groupName) \(entry.value)" : entry.value
        rows += "<TR><TD BGCOLOR=\"\(entry.color)\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">\(esc(label)) (\(entry.count))</TD></TR>"
      }
      if other > 0 {
        rows += "<TR><TD BGCOLOR=\"\(style.palette.other)\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">other (\(other))</TD></TR>"
      }
      let placeholders = drawn.filter(isPlaceholder).count
      let missing = drawn.count - placeholders - colors.legend.reduce(0) { $0 + $1.count }
      if missing > 0 {
        rows += "<TR><TD BGCOLOR=\"#FFFFFF\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">no \(esc(colors.title)) (\(missing))</TD></TR>"
      }
      if placeholders > 0 {
        rows += "<TR><TD BGCOLOR=\"\(Self.placeholderFill)\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"#666666\">unnamed partners (\(placeholders))</FONT></TD></TR>"
      }
      sections.append(rows)
    }
    if let sizeRange {
      let lo = formatNumber(rounded(sizeRange.lowerBound, places: 3)), hi = formatNumber(rounded(sizeRange.upperBound, places: 3))
      let name = style.sizeByPartners ? "partners" : style.sizeMeasure
      var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Size: \(esc(name)) \(lo)–\(hi)</B></TD></TR>"
      rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(formatNumber(style.fontSizes.lowerBound))\">Aa</FONT></TD><TD ALIGN=\"LEFT\">\(lo)</TD></TR>"
      rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"\(formatNumber(style.fontSizes.upperBound))\">Aa</FONT></TD><TD ALIGN=\"LEFT\">\(hi)</TD></TR>"
      sections.append(rows)
    }
    if !tieKinds.isEmpty {
      var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Line: tie kind</B></TD></TR>"
      let userTies = network.userTieKinds.map(\.kind)
      for k in tieKinds {
        let line = style.line(of: k, userKinds: userTies)
        rows += "<TR><TD ALIGN=\"LEFT\">\(Self.lineSample(color: line.color, style: line.style))</TD><TD ALIGN=\"LEFT\">\(esc(k.rawValue))</TD></TR>"
      }
      if network.ties.contains(where: { $0.parties.count > style.hubThreshold }) {
        rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT COLOR=\"#555555\">dashed box: a tie of 3+ parties</FONT></TD></TR>"
      }
      sections.append(rows)
    }
    if !style.emphasized.isEmpty {
      sections.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Double border: centre</B></TD></TR>")
    }
    guard !sections.isEmpty else { return nil }
    let title = style.title ?? network.title
    var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"0\">"
    if let title { html += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(sections.count)\"><B>\(esc(title))</B></TD></TR>" }
    html += "<TR>"
    for s in sections {
      let rows = style.shortLegend ? Self.pairedItems(s) : s
      html += "<TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">\(rows)</TABLE></TD>"
    }
    html += "</TR></TABLE>"
    return html
  }

  /// A legend section with two items a row (four cells) when it has more than three, so that
  /// the legend is half as tall (``DiagramStyle/shortLegend``); its heading and notes span the
  /// row.
  static func pairedItems(_ section: String) -> String {
    let rows = topLevelRows(section)
    let items = rows.filter { !$0.contains("COLSPAN") }
    guard items.count > 3 else { return section }
    var out = ""
    var pending: String? = nil
    for row in rows {
      if row.contains("COLSPAN") {
        if let p = pending { out += p + "</TR>" }
        pending = nil
        out += row.replacingOccurrences(of: "COLSPAN=\"2\"", with: "COLSPAN=\"4\"") + "</TR>"
      } else if let p = pending {
        out += p + row.dropFirst("<TR>".count) + "</TR>"
        pending = nil
      } else {
        pending = row
      }
    }
    if let p = pending { out += p + "</TR>" }
    return out
  }

  /// The rows of an HTML table's body, each without its closing `</TR>`, leaving the rows of
  /// tables nested in its cells (a line sample) inside their row.
  static func topLevelRows(_ html: String) -> [String] {
    var rows: [String] = []
    var depth = 0
    var start = html.startIndex
    var i = html.startIndex
    while i < html.endIndex {
      let rest = html[i...]
      if rest.hasPrefix("<TABLE") {
        depth += 1
      } else if rest.hasPrefix("</TABLE>") {
        depth -= 1
      } else if depth == 0 && rest.hasPrefix("</TR>") {
        rows.append(String(html[start..<i]))
        i = html.index(i, offsetBy: 5)
        start = i
        continue
      }
      i = html.index(after: i)
    }
    return rows
  }

  /// A legend's sample of a line: a bar 3 pt thick and about 38 pt long, whole (solid), in
  /// four dashes (dashed) or in eight dots (dotted), drawn with filled table cells because an
  /// HTML label cannot draw a line.
  static func lineSample(color: String, style: String) -> String {
    let (count, width, gap): (Int, Int, Int) =
      switch style {
      case "dashed": (4, 7, 3)
      case "dotted": (8, 3, 2)
      default: (1, 38, 0)
      }
    var cells = ""
    for _ in 0..<count {
      cells += "<TD BGCOLOR=\"\(color)\" WIDTH=\"\(width)\" HEIGHT=\"3\" FIXEDSIZE=\"TRUE\"></TD>"
    }
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"\(gap)\" CELLPADDING=\"0\"><TR>\(cells)</TR></TABLE>"
  }

  static let shapeNames = [
    "box": "box", "hexagon": "hexagon", "house": "house", "doubleoctagon": "double octagon", "ellipse": "ellipse",
    "octagon": "octagon", "parallelogram": "parallelogram", "cylinder": "cylinder", "component": "component",
    "note": "note", "tab": "tab", "folder": "folder", "box3d": "3-D box", "trapezium": "trapezium", "invhouse": "inverted house",
  ]
}

/// A font size as an attribute value, rounded to a tenth of a point.
func points(_ size: Double) -> DOTValue { .text(formatNumber(rounded(size, places: 1))) }

/// `x` rounded to `places` decimals, for attribute values that should not carry noise.
func rounded(_ x: Double, places: Int = 2) -> Double {
  let p = pow(10, Double(places))
  return (x * p).rounded() / p
}
