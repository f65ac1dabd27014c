import CoopGraph
import Foundation

/// How a diagram is drawn: the engine, what colours, sizes and boxes the nodes, the legend,
/// the palette and the tie labels. Every command that draws (`render`, `ego`, `dot`,
/// `report`, `analyze -o`, `convert` to GEXF or DOT) reads these settings, and the diagram
/// they describe is built, laid out and written here.
public struct DiagramSettings: Sendable {
  /// Layout engine; `nil` for fdp, or sfdp above the size guard's limits.
  public var engine: LayoutEngine?
  /// Fill colour by `community`, `kind`, `country`, any attribute, `none`, or `auto` (country
  /// when there are several, else kind).
  public var colorBy = "auto"
  /// Node size by `partners` (where the record names organizations, the partners of the
  /// key-partner view, ``OrganizationView/partnerCounts()``; otherwise the number of partners
  /// each has in the drawing), a node measure, `none`, or `auto` (partners).
  public var sizeBy = "auto"
  /// Cluster boxes, outermost first, comma-separated: `parent`, `community`, `country` or
  /// any attribute; `none` for no boxes.
  public var clusterBy = "parent"
  public var legend = true
  /// A palette of ``Palette/all`` by name.
  public var palette = "tol-light"
  public var edgeLabels: DiagramStyle.EdgeLabels = .multiParty
  /// The legend's title (default: the network's title).
  public var title: String?
  /// Seed of the community detection when the diagram needs communities and no analysis
  /// gives them.
  public var seed: UInt64 = 1
  /// Lay out with a slow engine even above the size guard's limits.
  public var force = false
  /// A page, resolution, type size and selection for one use (``DiagramPreset``); `nil` for
  /// the drawing's natural size.
  public var preset: DiagramPreset?
  /// The page, over the preset's; the drawing fills it (unless the preset is `web`, whose page
  /// is an upper bound).
  public var size: PageSize?
  /// Dots per inch of a PNG, over the preset's (Graphviz's default is 96).
  public var dpi: Double?
  /// What node labels say.
  public var labels: DiagramStyle.Labels = .name
  /// Leave out people (their roles joining the organizations they link) and placeholders;
  /// `nil` for the preset's choice (only `slide` does). `--nodes` naming kinds wins over it.
  public var organizationsOnly: Bool?

  public init() {}

  /// What the legend and tooltips call the sizes of ``sizeBy`` `partners` on a record that
  /// names organizations.
  public static let partnerOrganizations = "partner organizations"

  /// Whether people and placeholders are left out.
  public var drawsOrganizationsOnly: Bool { organizationsOnly ?? preset?.organizationsOnly ?? false }

  /// The page the drawing is fitted to: ``size`` or the preset's.
  public var page: DiagramPage? {
    if let size { return DiagramPage(size: size, fill: preset?.page.fill ?? true) }
    return preset?.page
  }

  /// The style these options describe, with the analysis they need run on `loaded`, or read
  /// from `analysis` when one was made of the same file (`analyze -o`, `report`), so that the
  /// diagram shows the communities and sizes the report states and nothing is computed twice.
  /// `rules` is the drawing's projection: its part-of and exclusions decide which organizations
  /// the partner counts of ``sizeBy`` `partners` are made on.
  public func style(
    _ loaded: NetworkFile.Loaded, rules: Projection? = nil, context: AnalysisContext? = nil, analysis: Analysis? = nil
  ) throws -> DiagramStyle {
    var style = DiagramStyle()
    style.title = title
    style.legend = legend
    style.edgeLabels = edgeLabels
    style.palette = Palette.named(palette) ?? .tolLight
    style.labels = labels
    style.page = page
    style.dpi = dpi ?? preset?.dpi
    if let preset {
      style.fontSizes = preset.fontSizes
      style.fontSize = preset.fontSize
      style.shapes = preset.shapes
      style.shortLegend = preset.compactLayout
    }
    let network = loaded.network
    let wantsGroups = colorBy == "community" || clusterLevels.contains("community")
    if wantsGroups {
      style.groups = try analysis.map(DiagramAnalysis.communities) ?? DiagramAnalysis.communities(loaded, seed: seed)
    }
    switch colorBy {
    case "auto":
      let countries = Set(network.entities.compactMap(\.country))
      style.colorBy = countries.count >= 2 ? .attribute("country") : .kind
    case "none": style.colorBy = .none
    case "kind": style.colorBy = .kind
    case "community": style.colorBy = .groups
    default:
      guard network.entities.contains(where: { $0.value(of: colorBy) != nil }) else {
        throw DiagramError.invalidOption("--color-by \(colorBy): no entity has a value for '\(colorBy)'")
      }
      style.colorBy = .attribute(colorBy)
    }
    let size = sizeBy == "auto" ? "partners" : sizeBy
    if size == "partners", !loaded.isPlainGraph, OrganizationView.applies(to: network) {
      // Partners as the key-partner view counts them: a 21-party meeting makes no one a
      // partner, so it does not draw every attendee as large as the host.
      var options = OrganizationView.Options()
      options.subUnits = rules?.partOf == .collapse ? .fold : .keep
      if let rules { options.adopt(rules, network: network) }
      let counts = try OrganizationView(network, options: options).partnerCounts().mapValues(Double.init)
      style.nodeSizes = network.entities.reduce(into: [:]) { $0[$1.id] = counts[$1.id] ?? 0 }
      style.sizeMeasure = Self.partnerOrganizations
      style.tooltipMeasures = [(Self.partnerOrganizations, style.nodeSizes ?? [:])]
    } else if size == "partners" {
      style.sizeByPartners = true
      if loaded.graph.nodeCount <= 5_000 {
        for other in ["degree", "betweenness"] {
          style.tooltipMeasures.append((other, try DiagramAnalysis.measure(other, loaded, context: context)))
        }
      }
    } else if size != "none" {
      func values(_ name: String) throws -> [String: Double] {
        try DiagramAnalysis.measure(name, loaded, context: context)
      }
      let sizes = try values(size)
      style.nodeSizes = sizes
      style.sizeMeasure = size
      style.tooltipMeasures = [(size, sizes)]
      for other in ["degree", "betweenness"] where other != size && loaded.graph.nodeCount <= 5_000 {
        style.tooltipMeasures.append((other, try values(other)))
      }
    }
    for level in clusterLevels where level != "parent" && level != "community" {
      guard network.entities.contains(where: { $0.value(of: level) != nil }) else {
        throw DiagramError.invalidOption("--cluster-by \(level): no entity has a value for '\(level)'")
      }
    }
    style.clusterBy = clusterLevels.map { level in
      switch level {
      case "parent": return .parent
      case "community": return .groups
      default: return .attribute(level)
      }
    }
    return style
  }

  public var clusterLevels: [String] {
    clusterBy.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "none" }
  }

  /// The styled diagram of `loaded`, optionally limited to some entities.
  public func graph(
    _ loaded: NetworkFile.Loaded, projection: Projection, only: Set<String>? = nil, context: AnalysisContext? = nil,
    analysis: Analysis? = nil, configure: (inout DiagramStyle) -> Void = { _ in }
  ) throws -> DOTGraph {
    var rules = loaded.projected.projection
    if loaded.isPlainGraph { rules = Projection(directed: rules.directed) } else {
      rules.nodeKinds = projection.nodeKinds
      rules.tieKinds = projection.tieKinds
      rules.partOf = projection.partOf
    }
    if drawsOrganizationsOnly && !loaded.isPlainGraph && OrganizationView.applies(to: loaded.network) {
      rules.excludedEntities.formUnion(loaded.network.entities.filter(OrganizationView.isUnnamed).map(\.id))
      if rules.nodeKinds == nil { rules.bridgeThroughPeople = true }
      // A slide shows organizations as the key-partner view does: schools in their university.
      if preset?.foldsSubUnits == true && rules.partOf == .ties { rules.partOf = .collapse }
    }
    rules.excludedEntities.formUnion(loaded.network.entities.filter { rules.excludes($0) }.map(\.id))
    var style = try self.style(loaded, rules: rules, context: context, analysis: analysis)
    configure(&style)
    var graph = Diagram.build(loaded.network, projection: rules, only: only, style: style)
    let chosen = engine(for: graph)
    Diagram.prepare(&graph, for: chosen)
    if chosen == .neato && compacts(graph) {
      graph.attributes["mode"] = "ipsep"
      graph.attributes["overlap"] = "ipsep"
      graph.attributes["sep"] = "+4"
    }
    return graph
  }

  /// Whether `graph` is laid out compactly (``DiagramPreset/compactLayout``): a preset that
  /// asks for it, no cluster boxes, and a graph small enough for neato.
  func compacts(_ graph: DOTGraph) -> Bool {
    preset?.compactLayout == true && graph.subgraphs.isEmpty
      && !SizeGuard.default.exceeded(nodes: graph.nodes.count, edges: graph.edges.count)
  }

  /// `graph` laid out and rendered in `format`, and the engine that drew it: ``engine(for:)``,
  /// except that a compact layout (``compacts(_:)``) that leaves two node boxes overlapping
  /// (IPSep-CoLa's constraints can miss a polygon's corners) is given up for the spring layout
  /// it stands in for, fdp with VPSC, so that no drawing has overlapping boxes whatever the
  /// record. The resolution is kept for PNG only (Graphviz 2.43 scales SVG and PDF by dpi/72
  /// too).
  /// - Complexity: one layout; a second only for a compact layout that is given up. The check
  ///   compares O(n²) pairs of boxes of a graph of at most a few hundred nodes.
  public func drawn(_ graph: DOTGraph, format: DiagramFormat) throws -> (rendered: RenderedDiagram, engine: LayoutEngine) {
    var drawn = graph
    if format != .png { drawn.attributes["dpi"] = nil }
    let chosen = engine(for: graph)
    let dot = try DOTWriter.write(drawn)
    guard chosen == .neato, graph.attributes["mode"] == "ipsep" else {
      return (try Renderer.render(dot, format: format, engine: chosen, sizeGuard: sizeGuard), chosen)
    }
    let compact = try Renderer.render(dot, format: format, engine: chosen, sizeGuard: sizeGuard) {
      !Self.overlapping(Array($0.nodes.values))
    }
    if let compact { return (compact, chosen) }
    let spring = try DOTWriter.write(Self.springLayout(of: drawn))
    return (try Renderer.render(spring, format: format, engine: .fdp, sizeGuard: sizeGuard), .fdp)
  }

  /// Whether two of `boxes` overlap by more than half a point both ways.
  static func overlapping(_ boxes: [LayoutBox]) -> Bool {
    boxes.indices.contains { i in boxes[(i + 1)...].contains { boxes[i].overlaps($0, tolerance: 0.5) } }
  }

  /// A compact graph set back to the default spring layout: fdp, VPSC, `sep=+6`.
  static func springLayout(of graph: DOTGraph) -> DOTGraph {
    var spring = graph
    spring.attributes["mode"] = nil
    spring.attributes["overlap"] = "vpsc"
    spring.attributes["sep"] = "+6"
    Diagram.prepare(&spring, for: .fdp)
    return spring
  }

  /// The layout engine for `graph`: ``engine``, or fdp (neato for a compact layout), or sfdp
  /// for a graph above the size guard's limits (``SizeGuard/engine(nodes:edges:preferred:)``).
  public func engine(for graph: DOTGraph) -> LayoutEngine {
    engine
      ?? SizeGuard.default.engine(
        nodes: graph.nodes.count, edges: graph.edges.count, preferred: compacts(graph) ? .neato : .fdp)
  }

  /// The size guard a layout runs under: none with ``force``.
  public var sizeGuard: SizeGuard? { force ? nil : .default }

  /// Lays out and writes the diagram; the format comes from the file's extension. `note`
  /// receives what a user should know (the engine chosen for a large graph, Graphviz's
  /// warnings), one line each.
  public func render(_ graph: DOTGraph, to output: String, note: (String) -> Void) throws {
    guard let format = DiagramFormat(path: output) else {
      throw DiagramError.invalidOption("cannot tell the output format of '\(output)'")
    }
    // Decided from the counts, before the DOT is written or any layout starts.
    if !force { try SizeGuard.default.check(nodes: graph.nodes.count, edges: graph.edges.count, engine: engine(for: graph)) }
    let chosen = engine(for: graph)
    if engine == nil && chosen == .sfdp {
      note("note: \(graph.nodes.count) nodes and \(graph.edges.count) edges; laid out with sfdp (--engine fdp --force to insist)")
    }
    if graph.nodes.count > SizeGuard.default.maxNodes {
      note("laying out \(graph.nodes.count) nodes and \(graph.edges.count) edges with \(chosen.rawValue)…")
    }
    if format == .png, preset == .poster {
      note("note: a poster is best written as .pdf or .svg (vector); this PNG is \(pixels(graph)) pixels")
    }
    let rendered = try drawn(graph, format: format).rendered
    for w in rendered.warnings { note("warning: graphviz: \(w)") }
    try FileIO.write(rendered.data, to: output)
  }

  /// The most pixels a PNG of `graph` has: its page at its resolution, "4967 × 3508".
  func pixels(_ graph: DOTGraph) -> String {
    let d = dpi ?? preset?.dpi ?? 96
    guard let page else { return "as many" }
    return "at most \(Int((page.size.width * d).rounded())) × \(Int((page.size.height * d).rounded()))"
  }

  /// Where Graphviz puts each entity of `loaded` in the diagram ``render(_:to:note:)`` would
  /// draw, with its fill colour and a size of half its box's mean side (points): what a GEXF
  /// file carries so that Gephi opens the network as drawn.
  public func visuals(_ loaded: NetworkFile.Loaded, projection: Projection) throws -> [String: NodeVisual] {
    let graph = try self.graph(loaded, projection: projection)
    let dot = try DOTWriter.write(graph)
    let layout = try Renderer.layout(dot, engine: engine(for: graph), sizeGuard: sizeGuard)
    var fill: [String: String] = [:]
    for n in graph.nodes { if let c = n.attributes["fillcolor"] { fill[n.id] = c.text } }
    var visuals: [String: NodeVisual] = [:]
    for e in loaded.network.entities {
      guard let box = layout.nodes[e.id] else { continue }
      var v = NodeVisual(
        x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2,
        size: ((box.maxX - box.minX) + (box.maxY - box.minY)) / 4)
      if let c = fill[e.id].flatMap({ NodeVisual.color(hex: $0) }) { v.color = c }
      visuals[e.id] = v
    }
    return visuals
  }
}

extension DiagramSettings {
  /// The diagram of a run as SVG text, drawn as `coopgraph render` draws it (same settings,
  /// same styling), with the analysis's communities and the context's measures; styling and
  /// layout are timed in the context. `step` hears what is being drawn, `warning` each of
  /// Graphviz's warnings.
  /// A graph too large to draw (``SizeGuard/tooLargeToDraw(nodes:edges:)``, unless ``force``)
  /// gives no SVG, and a note that says why.
  ///
  /// - Returns: the SVG and a sentence on how it was drawn.
  public func svg(
    _ context: AnalysisContext, projection: Projection, analysis: Analysis? = nil, step: (String) -> Void = { _ in },
    warning: (String) -> Void = { _ in }
  ) throws -> (svg: String?, note: String) {
    let styled = try context.timed("diagram styling") {
      try self.graph(context.loaded, projection: projection, context: context, analysis: analysis)
    }
    if !force, SizeGuard.default.tooLargeToDraw(nodes: styled.nodes.count, edges: styled.edges.count) {
      let reason = GraphvizError.tooLargeToDraw(nodes: styled.nodes.count, edges: styled.edges.count, limit: .default)
      warning("no diagram: \(reason)")
      return (nil, "No diagram: \(reason).")
    }
    step("drawing the diagram (\(styled.nodes.count) nodes, \(styled.edges.count) lines, \(engine(for: styled).rawValue))")
    let (rendered, engine) = try context.timed("layout and render", parameters: "\(engine(for: styled).rawValue), svg") {
      try drawn(styled, format: .svg)
    }
    for w in rendered.warnings { warning(w) }
    let note =
      "Drawn by Graphviz \(Renderer.version) with the \(engine.rawValue) layout; coopgraph render draws the same picture as SVG, PNG or PDF."
    return (String(decoding: rendered.data, as: UTF8.self), note)
  }
}

extension DiagramSettings {
  /// The drawing a GEXF file of `network` carries (``visuals(_:projection:)`` of its default
  /// projection), or none with a warning when the network is larger than a drawing is made
  /// for (5,000 entities or 20,000 ties, unless ``force``) or the layout fails.
  public func gexfDrawing(
    _ network: Network, path: String, directed: Bool
  ) -> (visuals: [String: NodeVisual], warnings: [Diagnostic]) {
    if !force && (network.entities.count > 5_000 || network.ties.count > 20_000) {
      let why = "\(network.entities.count) entities and \(network.ties.count) ties are more than a drawing is made for (5000, 20000); --force to lay it out anyway"
      return ([:], [Diagnostic(.warning, at: nil, "no Graphviz layout in the GEXF file: " + why)])
    }
    do {
      let projection = Projection(directed: directed)
      let loaded = NetworkFile.Loaded(path: path, format: .yaml, network: network, projected: try network.project(projection))
      return (try visuals(loaded, projection: projection), [])
    } catch {
      return ([:], [Diagnostic(.warning, at: nil, "no Graphviz layout in the GEXF file: \(error)")])
    }
  }
}

/// A diagram setting that cannot be met (an unknown measure, an attribute no entity has).
///
/// A usage error (exit 2 on the command line): the request cannot be drawn as asked.
public enum DiagramError: CategorizedError, Equatable {
  case invalidOption(String)

  public var category: ErrorCategory { .usage }

  public var description: String {
    switch self {
    case .invalidOption(let s): return s
    }
  }
}

/// The analysis results a diagram is styled with, by entity id.
public enum DiagramAnalysis {
  /// A node measure by name (any node measure of `CentralityMeasure`, with its defaults:
  /// normalized, weighted by tie strength where the measure uses weights), keyed by entity id;
  /// read through the run's context when there is one, so that a measure the analysis already
  /// computed is not computed again.
  public static func measure(_ name: String, _ loaded: NetworkFile.Loaded, context: AnalysisContext? = nil) throws -> [String: Double] {
    guard let measure = CentralityMeasure(name: name), measure.isNodeMeasure else {
      let names = CentralityMeasure.allCases.filter(\.isNodeMeasure).map(\.name)
      throw DiagramError.invalidOption("--size-by \(name): unknown measure; use \(names.joined(separator: ", ")) or none")
    }
    let values = try context?.measure(measure) ?? CentralityMeasure.compute(measure, on: loaded.graph)
    return byEntity(values, loaded)
  }

  /// The analysis's communities (its `--resolution` and seed), numbered from 1, largest first.
  public static func communities(_ analysis: Analysis) -> [String: String] {
    var out: [String: String] = [:]
    for (v, c) in analysis.communities.partition.membership.enumerated() where !analysis.nodes[v].isTie {
      out[analysis.nodes[v].id] = String(c + 1)
    }
    return out
  }

  /// Leiden communities (modularity, seeded), numbered from 1, largest first.
  public static func communities(_ loaded: NetworkFile.Loaded, seed: UInt64) throws -> [String: String] {
    var rng = SplitMix64(seed: seed)
    let result = try loaded.graph.leiden(using: &rng)
    var out: [String: String] = [:]
    for (v, c) in result.partition.membership.enumerated() {
      if let e = loaded.projected.entityIndices[v] { out[loaded.network.entities[e].id] = String(c + 1) }
    }
    return out
  }

  public static func byEntity(_ values: [Double], _ loaded: NetworkFile.Loaded) -> [String: Double] {
    var out: [String: Double] = [:]
    for (v, x) in values.enumerated() {
      if let e = loaded.projected.entityIndices[v] { out[loaded.network.entities[e].id] = x }
    }
    return out
  }
}

