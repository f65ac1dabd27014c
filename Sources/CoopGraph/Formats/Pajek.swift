import Foundation

/// Pajek `.net` files (Batagelj & Mrvar, http://mrvar.fdv.uni-lj.si/pajek/): `*Vertices n`,
/// then `*Edges` / `*Arcs` (or `*Edgeslist` / `*Arcslist`) sections; `%` starts a comment.
///
/// Vertex labels become node ids (as networkx's `read_pajek` does) when they are unique, else
/// the vertex numbers do and labels become names. Coordinates become `x`, `y` (and `z`), a
/// shape `shape`; an edge's number is its weight and its `l "…"` its label. Pajek holds no
/// kinds or attributes: writing warns about every field it leaves out.
public enum Pajek {
  /// Reads a Pajek file.
  /// - Throws: ``InputError`` with line and column for unknown sections, vertex numbers out of
  ///   range, weights that are not numbers, and unclosed quotes.
  /// - Complexity: O(file size).
  public static func read(path: String) throws -> InterchangeRead {
    try parse(try FileIO.readText(path), file: path)
  }

  /// The most vertices `*Vertices n` may declare in a file of `fileSize` bytes: 1,000 plus 10
  /// per byte. Vertices need no line of their own, so a count is not checked against the lines
  /// that follow; this bound keeps a 20-byte `*Vertices 2000000000` from allocating gigabytes.
  public static func maxDeclaredVertices(fileSize: Int) -> Int { 1_000 + 10 * fileSize }

  /// Parses Pajek text (see ``read(path:)``).
  public static func parse(_ text: String, file: String = "<input>") throws -> InterchangeRead {
    enum Section { case none, vertices, edges, arcs, edgesList, arcsList }
    var section = Section.none
    var labels: [String?] = []
    var vertexAttributes: [Attributes] = []
    var vertexLines: [Int] = []
    var declared = -1
    var title: String?
    var edges: [(u: Int, v: Int, directed: Bool, attributes: Attributes, line: Int)] = []
    var warnings: [Diagnostic] = []
    var drawingLeftOut = false
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.last == "\r" { line = line.dropLast() }
      let tokens = try tokenize(line, file: file, line: lineNumber)
      guard let first = tokens.first else { continue }
      if first.text.hasPrefix("%") && !first.quoted { continue }
      func loc(_ t: Token) -> SourceLocation { SourceLocation(file: file, line: lineNumber, column: t.column) }
      if first.text.hasPrefix("*") && !first.quoted {
        switch first.text.lowercased() {
        case "*network":
          title = tokens.dropFirst().map(\.text).joined(separator: " ")
          section = .none
        case "*vertices":
          guard tokens.count >= 2, let n = Int(tokens[1].text), n >= 0 else {
            throw InputError(
              at: loc(tokens.count >= 2 ? tokens[1] : first), "expected '*Vertices n' with a vertex count")
          }
          // Every declared vertex becomes a node, listed or not: bound the count by the file.
          let limit = Pajek.maxDeclaredVertices(fileSize: text.utf8.count)
          guard n <= limit else {
            throw InputError(
              at: loc(tokens[1]),
              "'*Vertices \(n)' declares more vertices than a file of \(text.utf8.count) bytes can describe (at most \(limit): 1,000 plus 10 per byte)"
            )
          }
          if tokens.count >= 3 {
            warnings.append(
              Diagnostic(
                .warning, at: loc(tokens[2]), "two-mode network: the split into two sets of vertices is not kept"))
          }
          declared = n
          labels = Array(repeating: nil, count: n)
          vertexAttributes = Array(repeating: [:], count: n)
          vertexLines = Array(repeating: lineNumber, count: n)
          section = .vertices
        case "*edges": section = .edges
        case "*arcs": section = .arcs
        case "*edgeslist": section = .edgesList
        case "*arcslist": section = .arcsList
        default:
          throw InputError(
            at: loc(first),
            "unknown or unsupported section '\(first.text)'; CoopGraph reads *Network, *Vertices, *Edges, *Arcs, *Edgeslist and *Arcslist"
          )
        }
        if (section == .edges || section == .arcs || section == .edgesList || section == .arcsList) && declared < 0 {
          throw InputError(at: loc(first), "'\(first.text)' before '*Vertices n'")
        }
        continue
      }
      func vertex(_ t: Token) throws -> Int {
        guard let i = Int(t.text), i >= 1, i <= declared else {
          throw InputError(at: loc(t), "'\(t.text)' is not a vertex number between 1 and \(declared)")
        }
        return i - 1
      }
      switch section {
      case .none:
        throw InputError(at: loc(first), "data before '*Vertices n'")
      case .vertices:
        let i = try vertex(first)
        vertexLines[i] = lineNumber
        guard tokens.count >= 2 else { continue }
        labels[i] = tokens[1].text
        var rest = tokens.dropFirst(2)
        var coordinates: [Double] = []
        while let t = rest.first, !t.quoted, let d = Double(t.text), coordinates.count < 3 {
          coordinates.append(d)
          rest = rest.dropFirst()
        }
        for (k, d) in zip(["x", "y", "z"], coordinates) { vertexAttributes[i][k] = .double(d) }
        if let t = rest.first, !t.quoted, Double(t.text) == nil, t.text.first?.isLetter == true,
          ["ellipse", "box", "diamond", "triangle", "cross", "empty"].contains(t.text.lowercased())
        {
          vertexAttributes[i]["shape"] = .string(t.text)
          rest = rest.dropFirst()
        }
        if !rest.isEmpty { drawingLeftOut = true }
      case .edges, .arcs:
        guard tokens.count >= 2 else { throw InputError(at: loc(first), "expected 'from to [weight]'") }
        let u = try vertex(tokens[0]), v = try vertex(tokens[1])
        var a: Attributes = [:]
        var rest = tokens.dropFirst(2)
        if let t = rest.first, !t.quoted, t.text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
          guard let w = Double(t.text) else { throw InputError(at: loc(t), "weight '\(t.text)' is not a number") }
          a["weight"] = .double(w)
          rest = rest.dropFirst()
        }
        while let t = rest.first {
          rest = rest.dropFirst()
          if t.text == "l", let value = rest.first {
            a["label"] = .string(value.text)
            rest = rest.dropFirst()
          } else {
            drawingLeftOut = true
          }
        }
        edges.append((u, v, section == .arcs, a, lineNumber))
      case .edgesList, .arcsList:
        let u = try vertex(first)
        for t in tokens.dropFirst() {
          edges.append((u, try vertex(t), section == .arcsList, [:], lineNumber))
        }
      }
    }
    guard declared >= 0 else {
      throw InputError(
        at: SourceLocation(file: file, line: max(1, lineNumber)), "no '*Vertices n' line: not a Pajek file")
    }
    // Ids: labels when they are present and unique, else vertex numbers.
    let given = labels.compactMap { $0 }
    let unique = given.count == labels.count && Set(given).count == given.count
    if !unique && !given.isEmpty {
      warnings.append(
        Diagnostic(
          .warning, at: nil,
          "\(file): vertex labels are missing or repeated; vertex numbers are the ids and labels the names"))
    }
    var flat = FlatNetwork()
    flat.directed = !edges.isEmpty && edges.allSatisfy(\.directed)
    if let title { flat.attributes["title"] = .string(title) }
    var ids: [String] = []
    for i in 0..<declared {
      let id = unique ? labels[i] ?? String(i + 1) : String(i + 1)
      ids.append(id)
      var a = vertexAttributes[i]
      if !unique, let l = labels[i] { a["label"] = .string(l) }
      flat.nodes.append(
        FlatNetwork.Node(id: id, attributes: a, location: SourceLocation(file: file, line: vertexLines[i])))
    }
    for e in edges {
      flat.edges.append(
        FlatNetwork.Edge(
          parties: [ids[e.u], ids[e.v]], directed: e.directed == flat.directed ? nil : e.directed,
          attributes: e.attributes,
          location: SourceLocation(file: file, line: e.line)))
    }
    if drawingLeftOut {
      warnings.append(
        Diagnostic(.warning, at: nil, "\(file): Pajek drawing options (colours, sizes, patterns) left out"))
    }
    let (network, more) = try flat.network(file: file)
    return InterchangeRead(network: network, directed: flat.directed, warnings: warnings + more)
  }

  struct Token {
    var text: String
    var quoted: Bool
    var column: Int
  }

  static func tokenize(_ line: Substring, file: String, line number: Int) throws -> [Token] {
    var out: [Token] = []
    var column = 0
    var current = ""
    var start = 0
    var inQuotes = false
    var quoted = false
    var hasToken = false
    for ch in line.unicodeScalars {
      column += 1
      if inQuotes {
        if ch == "\"" {
          inQuotes = false
        } else {
          current.unicodeScalars.append(ch)
        }
        continue
      }
      if ch == " " || ch == "\t" {
        if hasToken { out.append(Token(text: current, quoted: quoted, column: start)) }
        current = ""
        hasToken = false
        quoted = false
        continue
      }
      if !hasToken {
        hasToken = true
        start = column
      }
      if ch == "\"" {
        inQuotes = true
        quoted = true
      } else {
        current.unicodeScalars.append(ch)
      }
    }
    if inQuotes {
      throw InputError(
        at: SourceLocation(file: file, line: number, column: start), "quoted label is not closed (a '\"' is missing)")
    }
    if hasToken { out.append(Token(text: current, quoted: quoted, column: start)) }
    return out
  }

  /// The network as Pajek: vertices by position, `*Edges` for undirected ties and `*Arcs` for
  /// directed ones, with the strength as weight. Multi-party ties become the edges the clique
  /// projection makes.
  /// - Returns: the text and warnings for every field Pajek cannot hold.
  /// - Complexity: O(entities + edges).
  public static func write(_ network: Network) -> InterchangeWrite {
    var warnings: [Diagnostic] = []
    let flat = FlatNetwork(network, warnings: &warnings)
    var out = ""
    if let t = network.title { out += "*Network \(t.replacingOccurrences(of: "\n", with: " "))\n" }
    out += "*Vertices \(flat.nodes.count)\n"
    var number: [String: Int] = [:]
    var quotesReplaced = 0
    for (i, n) in flat.nodes.enumerated() {
      number[n.id] = i + 1
      if n.id.contains("\"") || n.id.contains("\n") { quotesReplaced += 1 }
      let label = n.id.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "\n", with: " ")
      out += "\(i + 1) \"\(label)\"\n"
    }
    for directed in [false, true] {
      let section = flat.edges.filter { ($0.directed ?? flat.directed) == directed }
      if section.isEmpty { continue }
      out += directed ? "*Arcs\n" : "*Edges\n"
      for e in section {
        let w = e.attributes["weight"]?.doubleValue ?? 1
        out += "\(number[e.parties[0]] ?? 0) \(number[e.parties[1]] ?? 0) \(formatNumber(w))\n"
      }
    }
    var lost = flat.droppedAttributeWarnings(
      format: "Pajek", keptNode: ["label"], keptEdge: ["weight", "tie_group"], keptGraph: ["title"])
    if flat.nodes.contains(where: { $0.attributes["label"]?.description != $0.id }) {
      lost.append(
        Diagnostic(.warning, at: nil, "Pajek cannot hold entity names apart from ids; vertex labels are the ids"))
    }
    if let split = flat.multiPartyTiesSplitWarning { lost.append(split) }
    if quotesReplaced > 0 {
      lost.append(
        Diagnostic(
          .warning, at: nil,
          "\(quotesReplaced) id\(quotesReplaced == 1 ? "" : "s") with quotes or line breaks changed (Pajek labels cannot hold them)"
        ))
    }
    return InterchangeWrite(text: out, warnings: warnings + lost)
  }
}
