import CoopGraph

/// The HTML report of an ``Analysis``: one self-contained page (inline CSS, JavaScript and SVG;
/// no network access, works offline, prints cleanly).
///
/// Sections: summary, the diagram, a sortable and filterable ranking table of every measure, the
/// communities, the key partners with a sentence each, and the structure (cut points, bridges,
/// cores). Every string from the record is escaped; the analysis is embedded as JSON in the
/// schema of `docs/analyze-schema.md` (with `edges`, `ties` and the days of a dated record) for
/// the page's script (``ReportScript``: hand-written, no library, nothing loaded).
///
/// The diagram, with scripts on:
/// - zoom and pan by its `viewBox` (wheel at the cursor, pinch, drag, buttons + − Fit, keys
///   + − 0); the first view draws every node label at least 11 px tall, Fit shows everything;
/// - a search box (id, name or alias, suggestions as you type; Enter centres and selects);
/// - filters by entity kind, country, community and tie kind, with a line that says how much
///   shows;
/// - a panel for the selected partner: kind, country, measures with ranks, the key-partner
///   sentence, parent and parts, and each of its ties with kind, label, date, the other parties
///   and the record's source sentence; the highlight keeps its neighbours and its parts;
/// - for a record dated over several months, a time slider: the network as of a month, by the
///   rules of `docs/time.md` (as `--as-of YYYY-MM`);
/// - downloads of the view as SVG or PNG (twice the size).
/// Tables fit a 1024 px window; print (A4) hides the controls and prints the whole picture;
/// with scripts off the static diagram shows.
///
/// The page is deterministic: the same analysis and diagram give the same bytes.
public enum ReportHTML {
  /// Renders the page.
  ///
  /// - Parameters:
  ///   - analysis: what the page shows.
  ///   - svg: the diagram as SVG (Graphviz output, node titles being node ids), or `nil` when
  ///     there is none (the section then says why, with `diagramNote`).
  ///   - diagramNote: a sentence shown under the diagram (e.g. the layout engine), or the
  ///     reason there is no diagram.
  ///   - generator: the program and version named in the footer.
  /// - Returns: the HTML text.
  /// - Complexity: O(size of the analysis + size of the SVG).
  ///   - timeline: the record period by period; the page has a Timeline section (the chart,
  ///     the counts and who joined and left) when it has more than one period.
  public static func render(
    _ analysis: Analysis, svg: String?, diagramNote: String? = nil, generator: String = "coopgraph",
    timeline: Timeline? = nil
  ) -> String {
    var page = ReportPage(analysis: analysis)
    if let timeline, timeline.hasSeveralPeriods { page.timeline = timeline }
    return page.render(svg: svg, diagramNote: diagramNote, generator: generator)
  }

  /// Escapes text for HTML content and attribute values (`&`, `<`, `>`, `"`, `'`); control
  /// characters become their visible stand-ins (see `VisibleText`).
  public static func escape(_ text: String) -> String {
    escapingScalars(text) { c in
      if VisibleText.isControl(c) { return VisibleText.of(String(c)) }
      switch c {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return "&quot;"
      case "'": return "&#39;"
      default: return nil
      }
    }
  }

  /// JSON text made safe inside `<script type="application/json">`: `<`, `>` and `&` become
  /// `\u003c`, `\u003e`, `\u0026` (they only occur inside JSON strings, where these escapes
  /// mean the same characters), so no `</script>` or `<!--` can end the element early.
  public static func scriptSafeJSON(_ json: String) -> String {
    escapingScalars(json) { c in
      switch c {
      case "<": return "\\u003c"
      case ">": return "\\u003e"
      case "&": return "\\u0026"
      default: return nil
      }
    }
  }

  /// Prepares Graphviz SVG for inlining in HTML: drops the XML declaration, the doctype and
  /// comments, and lets the picture scale to the page (the fixed `width`/`height` go; the
  /// `viewBox` stays).
  public static func inlineSVG(_ svg: String) -> String {
    var s = Substring(svg)
    if let start = s.range(of: "<svg") { s = s[start.lowerBound...] }
    var text = String(s)
    // Comments (Graphviz writes one per node and edge).
    while let open = text.range(of: "<!--"), let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
      text.removeSubrange(open.lowerBound..<close.upperBound)
    }
    // Drop width/height of the root element only.
    if let tagEnd = text.range(of: ">") {
      var tag = String(text[text.startIndex..<tagEnd.lowerBound])
      for attribute in ["width", "height"] {
        if let a = tag.range(of: " \(attribute)=\""), let q = tag.range(of: "\"", range: a.upperBound..<tag.endIndex) {
          tag.removeSubrange(a.lowerBound..<q.upperBound)
        }
      }
      tag = tag.replacingFirst("<svg", with: "<svg class=\"diagram\" role=\"img\"")
      text.replaceSubrange(text.startIndex..<tagEnd.lowerBound, with: tag)
    }
    // Blank lines left by removed comments.
    return text.split(separator: "\n", omittingEmptySubsequences: true).filter {
      !$0.allSatisfy { $0 == " " }
    }.joined(separator: "\n")
  }

  /// A number for a table cell: counts as integers, other values with four decimals, NaN as
  /// a dash.
  static func display(_ x: Double, count: Bool) -> String {
    if x.isNaN { return "–" }
    if count { return formatNumber(x) }
    return formatFixed(x, decimals: 4)
  }

  /// `x` with exactly `decimals` digits after the point (no Foundation formatting, so output
  /// is the same on every platform and locale).
  static func formatFixed(_ x: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    guard scaled < 1e15 else { return formatNumber(x) }
    let n = Int(scaled)
    let whole = n / Int(scale)
    var frac = String(n % Int(scale))
    while frac.count < decimals { frac = "0" + frac }
    let sign = x < 0 && n != 0 ? "-" : ""
    return decimals > 0 ? "\(sign)\(whole).\(frac)" : "\(sign)\(whole)"
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    var s = self
    s.replaceSubrange(r, with: replacement)
    return s
  }
}

/// Builds the page section by section.
struct ReportPage {
  let a: Analysis
  var out = ""
  var timeline: Timeline?

  init(analysis: Analysis) { a = analysis }

  private func e(_ s: String) -> String { ReportHTML.escape(s) }

  /// A node's name as a link that selects it in the diagram (and works as an anchor when
  /// scripts are off).
  private func nodeLink(_ v: Int) -> String {
    "<a class=\"node-link\" href=\"#node-\(e(a.nodes[v].id))\" data-node=\"\(v)\">\(e(a.nodes[v].name))</a>"
  }

  /// The colour of community `c` (a qualitative palette, repeated after twelve).
  static let palette = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#1b9e77", "#7570b3",
  ]

  private func swatch(_ c: Int) -> String {
    "<span class=\"swatch\" style=\"background:\(ReportPage.palette[c % ReportPage.palette.count])\"></span>"
  }

  private mutating func communitiesSection() {
    let c = a.communities
    let groups = c.partition.communities
    out += "<section id=\"communities\">\n<h2>Communities</h2>\n"
    out += "<p>\(groups.count) \(groups.count == 1 ? "group" : "groups") found by the Leiden algorithm (modularity "
    out += "\(c.modularity.isNaN ? "undefined" : ReportHTML.formatFixed(c.modularity, decimals: 3)), resolution "
    out +=
      "\(e(formatNumber(c.resolution))), seed \(c.seed)): partners tied more densely to each other than to the rest.</p>\n"
    let degree = a.measures.first?.values ?? []
    for (i, members) in groups.enumerated() {
      // Members by the first measure (degree), the best connected first.
      let order = members.sorted { x, y in
        let dx = degree.isEmpty ? 0 : degree[x], dy = degree.isEmpty ? 0 : degree[y]
        return dx != dy ? dx > dy : a.nodes[x].id < a.nodes[y].id
      }
      out +=
        "<h3>\(swatch(i))Community \(i + 1) <span class=\"sub\">(\(members.count) \(members.count == 1 ? "partner" : "partners"))</span></h3>\n"
      out += "<ul class=\"members\">"
      for v in order { out += "<li>\(nodeLink(v)) <span class=\"sub\">\(e(a.nodes[v].kind))</span></li>" }
      out += "</ul>\n"
    }
    out += "</section>\n"
  }

  private mutating func keyPartnersSection() {
    out += "<section id=\"key-partners\">\n<h2>Key partners</h2>\n"
    if a.keyPartners.isEmpty {
      out += "<p>No organization qualifies as a key partner.</p>\n</section>\n"
      return
    }
    if let org = a.organizations {
      out += "<p>Organizations ranked on the evidence of the record: the weight of the ties each takes part in "
      out += "(a signed agreement weighs more than attending a meeting; a k-party tie is shared among its parties), "
      out += "its partner organizations\(a.keyPartnerGroups.map { ", its brokerage across \(e($0))" } ?? "") and its weighted "
      out += "betweenness. People count for the organizations they hold roles in. View: \(e(org.options.summary)).</p>\n"
    } else {
      let labels = PartnerMeasure.defaults.map(\.label)
      let list =
        labels.count > 1 ? labels.dropLast().joined(separator: ", ") + " and " + (labels.last ?? "") : labels.joined()
      out += "<p>The organizations that rank best on average by \(e(list))"
      out += "\(a.keyPartnerGroups.map { ", with their brokerage between groups by \(e($0))" } ?? ""), "
      out += "each with the reason it matters.</p>\n"
    }
    out += "<ol class=\"partners\">\n"
    for k in a.keyPartners {
      out += "<li value=\"\(k.standing)\"><strong>\(nodeLink(k.node))</strong> — \(e(k.sentence))"
      if !k.citations.isEmpty {
        out += "\n<ul class=\"evidence\">"
        for c in k.citations {
          out += "<li>\(e(c.text.prefix(1).uppercased() + c.text.dropFirst()))"
          if let source = c.source { out += ": <q>\(e(source))</q>" }
          out += "</li>"
        }
        out += "</ul>"
      }
      out += "</li>\n"
    }
    out += "</ol>\n"
    if let people = a.organizations?.people, !people.isEmpty {
      out += "<h3>People</h3>\n<p>They count for the organizations they hold roles in and are not ranked among them.</p>\n<ol class=\"people\">\n"
      for p in people {
        out += "<li value=\"\(p.standing)\">\(e(p.name))\(p.roles.isEmpty ? "" : " — " + e(p.roles.joined(separator: "; ")))</li>\n"
      }
      out += "</ol>\n"
    }
    out += "</section>\n"
  }

  private mutating func structureSection() {
    let s = a.structure
    out += "<section id=\"structure\">\n<h2>Structure</h2>\n"
    out += "<h3>Cut points (\(s.articulationPoints.count))</h3>\n"
    if s.articulationPoints.isEmpty {
      out += "<p>None: no single partner's departure would split the network.</p>\n"
    } else {
      out +=
        "<p>Partners whose departure would split the network: some others would lose every path to the rest.</p>\n<ul class=\"members\">"
      for v in s.articulationPoints { out += "<li>\(nodeLink(v))</li>" }
      out += "</ul>\n"
    }
    out += "<h3>Bridges (\(s.bridges.count))</h3>\n"
    if s.bridges.isEmpty {
      out += "<p>None: every tie lies on a cycle, so losing any one tie leaves the network connected.</p>\n"
    } else {
      out += "<p>Ties whose loss would split the network.</p>\n<ul class=\"members\">"
      for b in s.bridges { out += "<li>\(nodeLink(b.u)) — \(nodeLink(b.v))</li>" }
      out += "</ul>\n"
    }
    out += "<h3>Main core (k = \(s.maxCore), \(s.mainCore.count) partners)</h3>\n"
    out +=
      "<p>The densest centre: every member has at least \(s.maxCore) ties to other members.</p>\n<ul class=\"members\">"
    for v in s.mainCore { out += "<li>\(nodeLink(v))</li>" }
    out += "</ul>\n</section>\n"
  }

  mutating func render(svg: String?, diagramNote: String?, generator: String) -> String {
    let title = a.title ?? "Cooperation network"
    out += """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(e(generator))">
      <title>\(e(title)) — network report</title>
      <style>
      \(ReportAssets.css)
      </style>
      </head>
      <body>
      <header class="page-header">
      <h1>\(e(title))</h1>
      <p class="meta">\(e(a.file)) · \(e(a.projection))</p>
      <nav class="toc" aria-label="Sections">
      <a href="#summary">Summary</a><a href="#diagram">Diagram</a><a href="#ranking">Ranking</a>
      <a href="#communities">Communities</a><a href="#key-partners">Key partners</a><a href="#structure">Structure</a>\(timeline == nil ? "" : "<a href=\"#timeline\">Timeline</a>")
      </nav>
      </header>
      <main>

      """
    summary()
    diagram(svg: svg, note: diagramNote)
    ranking()
    communitiesSection()
    keyPartnersSection()
    structureSection()
    if let timeline { out += ReportTimeline.section(timeline) }
    out += """
      </main>
      <footer><p>Report by \(e(generator)). Measures: \(a.measures.map { e($0.title) }.joined(separator: ", ")).</p></footer>
      <script type="application/json" id="coopgraph-data">\(ReportHTML.scriptSafeJSON(a.json(includeEdges: true).serialized(pretty: false)))</script>
      <script>
      \(ReportAssets.script)
      </script>
      </body>
      </html>

      """
    return out
  }

  private mutating func summary() {
    let c = a.counts
    out += "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n"
    func card(_ value: String, _ label: String) {
      out +=
        "<div class=\"card\"><span class=\"value\">\(e(value))</span><span class=\"label\">\(e(label))</span></div>\n"
    }
    card("\(c.entities)", "entities")
    card("\(c.ties)", "ties")
    card("\(c.nodes)", "nodes")
    card("\(c.edges)", "edges")
    card("\(c.components)", c.components == 1 ? "component" : "components")
    card(ReportHTML.formatFixed(c.density, decimals: 3), "density")
    out += "</div>\n"
    func kinds(_ caption: String, _ list: [Analysis.KindCount]) {
      guard !list.isEmpty else { return }
      let items = list.map { "\(e($0.kind)) <span class=\"num\">\($0.count)</span>" }.joined(separator: " · ")
      out += "<p class=\"kinds\"><strong>\(e(caption))</strong> \(items)</p>\n"
    }
    kinds("Entities:", c.entitiesByKind)
    kinds("Ties:", c.tiesByKind)
    out += "<p>The graph has \(c.nodes) nodes and \(c.edges) \(c.directed ? "arcs" : "edges") "
    out += "(\(c.directed ? "directed" : "undirected"), \(c.weighted ? "weighted by tie strength" : "unweighted")); "
    out += "the largest component holds \(c.largestComponent) of them.</p>\n</section>\n"
  }

  private mutating func diagram(svg: String?, note: String?) {
    out += "<section id=\"diagram\">\n<h2>Diagram</h2>\n"
    if let svg {
      out +=
        "<p class=\"hint no-print\">Hover over a partner to highlight its ties; click it for its measures, ties and sources.</p>\n"
      out += "<div class=\"diagram-layout\">\n<div class=\"diagram-main\">\n"
      out += ReportPage.diagramTools
      out += "<div class=\"diagram-frame\" id=\"diagram-frame\">\n"
      out += ReportHTML.inlineSVG(svg)
      out +=
        "\n</div>\n</div>\n<aside id=\"details\" class=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a partner in the diagram or the table.</p></aside>\n</div>\n"
      if let note { out += "<p class=\"note\">\(e(note))</p>\n" }
    } else {
      out += "<p class=\"note\">\(e(note ?? "No diagram."))</p>\n"
      out +=
        "<aside id=\"details\" class=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a partner in the table.</p></aside>\n"
    }
    out += "</section>\n"
  }

  /// The diagram's controls, hidden until the script shows them (a page without scripts has
  /// the static picture only): zoom, search, downloads, the filters (filled by the script from
  /// the data), the time slider of a dated record and the line that says what shows.
  static let diagramTools = """
    <div class="diagram-tools no-print" id="diagram-tools" hidden>
    <div class="toolbar" role="toolbar" aria-label="Diagram">
    <span class="group"><button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button><button type="button" id="zoom-out" title="Zoom out (−)" aria-label="Zoom out">−</button><button type="button" id="zoom-fit" title="Show the whole picture (0)">Fit</button></span>
    <span class="search-box"><label for="diagram-search">Find</label> <input id="diagram-search" type="search" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="search-suggestions" autocomplete="off" spellcheck="false" placeholder="partner, id or alias"><ul id="search-suggestions" class="suggestions" role="listbox" aria-label="Partners found" hidden></ul></span>
    <span class="group">Download <button type="button" id="download-svg" title="This view as SVG">SVG</button><button type="button" id="download-png" title="This view as PNG, at twice the size">PNG</button></span>
    </div>
    <details class="filters" id="filters"><summary>Filters</summary><div class="filter-groups" id="filter-groups"></div><button type="button" id="filter-reset">Show all</button></details>
    <div class="time-control" id="time-control" hidden><label for="time-slider">Date</label> <span id="time-first" class="sub"></span> <input id="time-slider" type="range"> <span id="time-last" class="sub"></span> <output id="time-label" for="time-slider"></output></div>
    <p id="view-status" class="count" aria-live="polite"></p>
    </div>

    """

  private mutating func ranking() {
    out += "<section id=\"ranking\">\n<h2>Ranking</h2>\n"
    out += "<p>Every measure for every partner. Click a column heading to sort; type to filter.</p>\n"
    out += "<dl class=\"measures\">\n"
    for m in a.measures { out += "<dt>\(e(m.title))</dt><dd>\(e(m.summary))</dd>\n" }
    out += "</dl>\n"
    for note in a.notes { out += "<p class=\"note\">\(e(note))</p>\n" }
    let kinds = Array(Set(a.nodes.map(\.kind))).sorted()
    out += "<div class=\"controls no-print\">\n"
    out +=
      "<label>Filter <input id=\"filter\" type=\"search\" placeholder=\"name, id, kind or country\" autocomplete=\"off\"></label>\n"
    out += "<label>Kind <select id=\"kind-filter\"><option value=\"\">all</option>"
    for k in kinds { out += "<option value=\"\(e(k))\">\(e(k))</option>" }
    out += "</select></label>\n<span id=\"row-count\" class=\"count\">\(a.nodes.count) partners</span>\n</div>\n"
    out += "<div class=\"table-wrap\">\n<table id=\"ranking-table\" class=\"ranking\">\n<thead><tr>"
    out += "<th scope=\"col\" data-type=\"number\" data-sort=\"rank\">#</th>"
    out += "<th scope=\"col\" data-type=\"text\">Partner</th><th scope=\"col\" data-type=\"text\">Kind</th>"
    out += "<th scope=\"col\" data-type=\"text\">Country</th>"
    out += "<th scope=\"col\" data-type=\"number\" class=\"num\">Community</th>"
    for m in a.measures {
      out +=
        "<th scope=\"col\" data-type=\"number\" data-key=\"\(e(m.key))\" title=\"\(e(m.summary))\">\(e(m.title))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    let order = a.measures.first.map { a.ranking(of: $0.key) } ?? Array(a.nodes.indices)
    for (r, v) in order.enumerated() {
      let n = a.nodes[v]
      let search = [n.name, n.id, n.kind, n.country ?? ""].joined(separator: " ").lowercased()
      out += "<tr id=\"node-\(e(n.id))\" data-node=\"\(v)\" data-kind=\"\(e(n.kind))\" data-search=\"\(e(search))\">"
      out += "<td class=\"num\" data-value=\"\(r + 1)\">\(r + 1)</td>"
      out += "<td class=\"partner\" data-value=\"\(e(n.name))\">\(nodeLink(v))</td><td>\(e(n.kind))</td><td>\(e(n.country ?? ""))</td>"
      let c = Int(a.communities.partition.membership[v])
      out += "<td class=\"num\" data-value=\"\(c + 1)\">\(swatch(c))\(c + 1)</td>"
      for m in a.measures {
        let x = m.values[v]
        let value = x.isNaN ? "" : formatNumber(x)
        out += "<td class=\"num\" data-value=\"\(value)\">\(ReportHTML.display(x, count: m.isInteger))</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n</div>\n</section>\n"
  }
}
