import CoopGraph
import Foundation

/// Reads DOT (Graphviz) files as cooperation networks, through cgraph's own parser.
///
/// - Each node is an entity: id the node's name; name its plain-text `label` (escapes such as
///   `\n` and `\N` resolved; HTML-like labels ignored), else the id; kind its `kind` attribute
///   (a kind the network does not know is declared), else `node`; `country`, `region`, `sector`
///   and `parent` from the attributes of those names; website from `URL` or `href`. Other
///   attributes that are not Graphviz's own are kept as entity attributes; in a DOT file that
///   does not give kinds, a node's innermost cluster is kept as the attribute `cluster`.
/// - Each edge is a two-party tie: kind its `kind` attribute, else `cooperation`; strength its
///   `strength`, else its `weight`, else 1 (a finite number > 0); `label` and `date` as
///   written; directed when the graph is a digraph or the edge has `dir=forward`/`back`.
///   Edges of kind `part-of` set the part's parent instead. Self-loops are dropped with a
///   warning (a tie binds two or more distinct parties).
/// - A node with a `tie_kind` attribute (how ``Diagram`` draws a tie of three or more parties)
///   becomes that tie again, binding the nodes it is joined to.
/// - A strict graph is read as cgraph reads it: repeated edges merged.
public enum DOTImport {
  /// A network read from DOT, and what was dropped or could not be read.
  public struct Result: Sendable {
    public var network: Network
    /// Whether the file is a `digraph`.
    public var directed: Bool
    /// Graphviz's warnings and the importer's (dropped self-loops, unknown parents, bad dates).
    public var warnings: [String]
  }

  /// Registers the DOT reader with ``NetworkFile``, so that `NetworkFile.load(path:)` reads
  /// `.gv` and `.dot` files like every other format. Call once at start-up.
  public static func register() {
    NetworkFile.register(.dot) { path in
      let result = try read(path: path)
      return InterchangeRead(
        network: result.network, directed: result.directed,
        warnings: result.warnings.map { Diagnostic(.warning, at: nil, $0) })
    }
  }

  /// Reads a DOT file.
  ///
  /// - Throws: `InputError` naming the file and, for syntax errors, the line cgraph names.
  public static func read(path: String) throws -> Result {
    let text = try FileIO.readText(path)
    return try read(text: text, file: path)
  }

  /// Reads DOT text; `file` names it in messages.
  ///
  /// - Throws: `InputError`, as ``read(path:)``.
  /// - Complexity: O(text + nodes × attributes + edges × attributes).
  public static func read(text: String, file: String) throws -> Result {
    let parsed: ParsedDOT
    do {
      parsed = try Renderer.parse(text, file: file)
    } catch let GraphvizError.syntax(_, line, message) {
      throw InputError(at: line.map { SourceLocation(file: file, line: $0) } ?? SourceLocation(file: file, line: 1), message)
    }
    var result = try network(from: parsed.graph, file: file, text: text)
    result.warnings = parsed.warnings + result.warnings
    return result
  }

  /// Turns a parsed DOT graph into a network (see the type's documentation).
  ///
  /// - Throws: `InputError` for a strength that is not a finite number greater than 0.
  public static func network(from parsed: DOTGraph, file: String, text: String? = nil) throws -> Result {
    let dot = withOriginalIds(parsed)
    let documentText = text
    var warnings: [String] = []
    var network = Network()
    if case .text(let title)? = dot.attributes["label"], !title.isEmpty {
      network.title = plainText(title, node: "", graph: dot.name)
    }
    let hubIds = Set(dot.nodes.filter { $0.attributes["tie_kind"] != nil }.map(\.id))
    let declaresKinds = dot.nodes.contains { $0.attributes["kind"] != nil }
    var clusterOf: [String: String] = [:]
    if !declaresKinds {
      func visit(_ s: DOTSubgraph) {
        if s.isCluster {
          let label: String
          if case .text(let l)? = s.attributes["label"], !l.isEmpty { label = plainText(l, node: "", graph: dot.name) } else {
            label = String(s.name.dropFirst("cluster".count).drop { $0 == "_" })
          }
          for n in dot.members(of: s) { clusterOf[n] = label }  // inner clusters overwrite below
        }
        s.subgraphs.forEach(visit)
      }
      dot.subgraphs.forEach(visit)
    }

    var userEntityKinds: [EntityKind] = []
    var entities: [Entity] = []
    entities.reserveCapacity(dot.nodes.count)
    for node in dot.nodes where !hubIds.contains(node.id) {
      var entity = Entity(id: node.id, kind: Network.nodeKind)
      var attributes = Attributes()
      for (key, value) in node.attributes {
        // Data attributes may be in the HTML-like form (DOTWriter.dataValue); a label in that
        // form is markup, which is not read.
        let v = value.text
        if case .html = value, key == "label" || key == "URL" || key == "href" {
          warnings.append("\(file): node \(node.id): HTML-like \(key) is not read; the node's name is its id")
          continue
        }
        switch key {
        case "label": if !v.isEmpty { entity.name = plainText(v, node: node.id, graph: dot.name) }
        case "kind": entity.kind = EntityKind(v)
        case "country": entity.country = v
        case "region": entity.region = v
        case "sector": entity.sector = v
        case "parent": entity.parent = v
        case "URL", "href": entity.website = entity.website ?? plainText(v, node: node.id, graph: dot.name)
        default: if !graphvizAttributes.contains(key) { attributes[key] = .string(v) }
        }
      }
      if let c = clusterOf[node.id] { attributes["cluster"] = .string(c) }
      entity.attributes = attributes
      if !EntityKind.builtIn.contains(entity.kind) && !userEntityKinds.contains(entity.kind) { userEntityKinds.append(entity.kind) }
      entities.append(entity)
    }
    // Entities are built in a local array and stored once: each change through
    // `network.entities` from this module would copy the whole array (quadratic on big files).
    var entityIndex: [String: Int] = [:]
    entityIndex.reserveCapacity(entities.count)
    for (i, e) in entities.enumerated() where entityIndex[e.id] == nil { entityIndex[e.id] = i }

    var userTieKinds: [TieKind] = []
    func noteKind(_ k: TieKind) {
      if !TieKind.builtIn.contains(k) && k != .partOf && !userTieKinds.contains(k) { userTieKinds.append(k) }
    }
    func strength(_ a: DOTAttributes, _ what: String) throws -> Double {
      guard let text = (a["strength"] ?? a["weight"])?.text else { return 1 }
      guard let s = Double(text), s.isFinite, s > 0 else {
        // `what` starts with the file's name, which the location already gives.
        let plain = what.hasPrefix(file + ": ") ? String(what.dropFirst(file.count + 2)) : what
        let line = documentText.map { DOTImport.line(ofValue: text, in: $0) } ?? 1
        throw InputError(
          at: SourceLocation(file: file, line: line), "\(plain): strength '\(text)' is not a number greater than 0")
      }
      return s
    }
    func date(_ a: DOTAttributes, _ what: String) -> DateRange? {
      guard let text = a["date"]?.text else { return nil }
      guard let d = DateRange(text) else {
        warnings.append("\(what): date '\(text)' is not YYYY, YYYY-MM or YYYY-MM-DD; ignored")
        return nil
      }
      return d
    }

    // Hubs: multi-party ties.
    var hubParties: [String: [String]] = [:]
    var hubSource: [String: String] = [:]
    var hubFacts: [String: DOTAttributes] = [:]
    for edge in dot.edges {
      for end in [edge.tail, edge.head] where hubIds.contains(end) && hubFacts[end] == nil {
        hubFacts[end] = edge.attributes
      }
      if hubIds.contains(edge.head) && !hubIds.contains(edge.tail) {
        hubParties[edge.head, default: []].append(edge.tail)
        hubSource[edge.head] = hubSource[edge.head] ?? edge.tail
      } else if hubIds.contains(edge.tail) && !hubIds.contains(edge.head) {
        hubParties[edge.tail, default: []].append(edge.head)
      }
    }
    let op = dot.directed ? " -> " : " -- "
    for edge in dot.edges {
      let what = "\(file): edge \(edge.tail)\(op)\(edge.head)"
      if hubIds.contains(edge.tail) || hubIds.contains(edge.head) { continue }
      let kind = TieKind(edge.attributes["kind"]?.text ?? TieKind.cooperation.rawValue)
      if edge.tail == edge.head {
        warnings.append("\(what): a loop; a tie needs two different parties, dropped")
        continue
      }
      let dir = edge.attributes["dir"]?.text
      var (tail, head) = (edge.tail, edge.head)
      if dir == "back" { swap(&tail, &head) }
      if kind == .partOf {
        if let i = entityIndex[tail], entities[i].parent == nil { entities[i].parent = head }
        continue
      }
      noteKind(kind)
      let directed = dot.directed || dir == "forward" || dir == "back"
      var tie = Tie(kind: kind, parties: [tail, head], strength: try strength(edge.attributes, what))
      if directed != kind.isDirectedByDefault { tie.directed = directed }
      if let l = edge.attributes["tie_label"]?.text {
        tie.label = l
      } else if case .text(let l)? = edge.attributes["label"], !l.isEmpty {
        tie.label = plainText(l, node: "", graph: dot.name)
      }
      if let id = edge.attributes["tie_id"]?.text { tie.id = id }
      tie.date = date(edge.attributes, what)
      network.ties.append(tie)
    }
    for hub in dot.nodes where hubIds.contains(hub.id) {
      let what = "\(file): tie node \(hub.id)"
      let kind = TieKind(hub.attributes["tie_kind"]?.text ?? TieKind.cooperation.rawValue)
      var parties: [String] = []
      if let s = hubSource[hub.id] { parties.append(s) }
      var listed = Set(parties)
      for p in hubParties[hub.id] ?? [] where listed.insert(p).inserted { parties.append(p) }
      guard parties.count >= 2 else {
        warnings.append("\(what): joined to fewer than two nodes, dropped")
        continue
      }
      noteKind(kind)
      let directed = hub.attributes["directed"]?.text == "true"
      var tie = Tie(kind: kind, parties: directed ? parties : (hubParties[hub.id] ?? parties), strength: try strength(hub.attributes, what))
      if directed != kind.isDirectedByDefault { tie.directed = directed }
      // The tie's own facts are on its edges (and on the node).
      let facts = hubFacts[hub.id] ?? hub.attributes
      if let l = facts["tie_label"]?.text { tie.label = l }
      tie.date = date(facts, what)
      tie.strength = try strength(facts, what)
      if let id = facts["tie_id"]?.text { tie.id = id }
      network.ties.append(tie)
    }

    for i in entities.indices {
      if let p = entities[i].parent, entityIndex[p] == nil || p == entities[i].id {
        warnings.append("\(file): node \(entities[i].id): parent '\(p)' is not a node; ignored")
        entities[i].parent = nil
      }
    }
    network.entities = entities
    network.buildIndex()
    network.userEntityKinds = userEntityKinds
    network.userTieKinds = userTieKinds.map { ($0, dot.directed) }
    // Parent cycles: the check every reader makes.
    let cycles = network.parentCycles()
    if !cycles.isEmpty {
      throw InputError(
        cycles.map { cycle in
          let id = network.entities[cycle[0]].id
          return Diagnostic(
            at: SourceLocation(file: file, line: text.map { line(of: id, in: $0) } ?? 1),
            "parent cycle: \(network.describeParentCycle(cycle))")
        })
    }
    return Result(network: network, directed: dot.directed, warnings: warnings)
  }

  /// The graph with every node that carries `coopgraph_id` (a diagram's name for an id DOT
  /// cannot spell, see `Diagram`) named by that id again, in edges and subgraphs too.
  static func withOriginalIds(_ graph: DOTGraph) -> DOTGraph {
    var rename: [String: String] = [:]
    var g = graph
    for i in g.nodes.indices {
      guard let original = g.nodes[i].attributes["coopgraph_id"]?.text else { continue }
      rename[g.nodes[i].id] = original
      g.nodes[i].id = original
      g.nodes[i].attributes["coopgraph_id"] = nil
    }
    guard !rename.isEmpty else { return graph }
    g.renameEdgeEnds(rename)
    return g
  }

  /// The first line where an attribute value is written (`="value"` or `=value`); 1 when none.
  static func line(ofValue value: String, in text: String) -> Int {
    var number = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.contains("=\"" + value + "\"") || line.contains("=" + value) { return number }
      number += 1
    }
    return 1
  }

  /// The first line where `id` appears quoted, or as a word; 1 when it does not.
  static func line(of id: String, in text: String) -> Int {
    let quoted = "\"" + id + "\""
    var number = 1
    var bare: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.contains(quoted) { return number }
      let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
      if bare == nil, words.contains(Substring(id)) { bare = number }
      number += 1
    }
    return bare ?? 1
  }

  /// The text Graphviz shows for an escString value: `\n`, `\l`, `\r` line breaks become spaces
  /// (none between East Asian wide characters), `\N` the node name, `\G` the graph name, any
  /// other escaped character itself.
  static func plainText(_ value: String, node: String, graph: String) -> String {
    var out = ""
    var pendingBreak = false
    var chars = value.makeIterator()
    func append(_ s: String) {
      if pendingBreak, let last = out.unicodeScalars.last, let first = s.unicodeScalars.first {
        if !(DiagramStyle.isWide(last) && DiagramStyle.isWide(first)) && last != " " && first != " " { out += " " }
      }
      pendingBreak = false
      out += s
    }
    while let c = chars.next() {
      if c == "\\", let next = chars.next() {
        switch next {
        case "n", "l", "r": pendingBreak = !out.isEmpty
        case "N": append(node)
        case "G": append(graph)
        default: append(String(next))
        }
      } else if c == "\n" {
        pendingBreak = !out.isEmpty
      } else {
        append(String(c))
      }
    }
    return out
  }

  /// Graphviz's own attribute names (https://graphviz.org/doc/info/attrs.html), which say how
  /// to draw rather than what the entity is, and are not kept as entity attributes.
  static let graphvizAttributes: Set<String> = [
    "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb", "beautify", "bgcolor", "center", "charset",
    "class", "cluster", "clusterrank", "color", "colorscheme", "comment", "compound", "concentrate", "constraint",
    "Damping", "decorate", "defaultdist", "dim", "dimen", "dir", "diredgeconstraints", "distortion", "dpi",
    "edgehref", "edgetarget", "edgetooltip", "edgeURL", "epsilon", "esep", "fillcolor", "fixedsize", "fontcolor",
    "fontname", "fontnames", "fontpath", "fontsize", "forcelabels", "gradientangle", "group", "head_lp", "headclip",
    "headhref", "headlabel", "headport", "headtarget", "headtooltip", "headURL", "height", "href", "id", "image",
    "imagepath", "imagepos", "imagescale", "inputscale", "K", "label", "label_scheme", "labelangle",
    "labeldistance", "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref", "labeljust",
    "labelloc", "labeltarget", "labeltooltip", "labelURL", "landscape", "layer", "layerlistsep", "layers",
    "layerselect", "layersep", "layout", "len", "levels", "levelsgap", "lhead", "lheight", "linelength", "lp",
    "ltail", "lwidth", "margin", "maxiter", "mclimit", "mindist", "minlen", "mode", "model", "newrank", "nodesep",
    "nojustify", "normalize", "notranslate", "nslimit", "nslimit1", "oneblock", "ordering", "orientation",
    "outputorder", "overlap", "overlap_scaling", "overlap_shrink", "pack", "packmode", "pad", "page", "pagedir",
    "pencolor", "penwidth", "peripheries", "pin", "pos", "quadtree", "quantum", "rank", "rankdir", "ranksep",
    "ratio", "rects", "regular", "remincross", "repulsiveforce", "resolution", "root", "rotate", "rotation",
    "samehead", "sametail", "samplepoints", "scale", "searchsize", "sep", "shape", "shapefile", "showboxes",
    "sides", "size", "skew", "smoothing", "sortv", "splines", "start", "style", "stylesheet", "tail_lp",
    "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip", "tailURL", "target", "tooltip",
    "truecolor", "URL", "vertices", "viewport", "voro_margin", "weight", "width", "xdotversion", "xlabel", "xlp",
    "z", "tie_kind", "tie_label", "tie_id", "directed", "strength", "date",
  ]
}
