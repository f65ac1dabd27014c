import CoopGraph

/// Writes a ``DOTGraph`` as DOT text.
///
/// The output is deterministic (the same graph gives the same bytes) and every identifier and
/// value is quoted, so that names with quotes, backslashes, newlines, `:` (which DOT would
/// otherwise read as a port), keywords (`node`, `graph`, ...) or any script read back as
/// written. Nodes are written before subgraphs and edges, so cgraph creates them in the order
/// of ``DOTGraph/nodes``.
///
/// Quoted DOT strings follow cgraph's scanner: `\"` is a quote, `\\` stays two backslashes,
/// a backslash before a line break joins lines, any other backslash stays. A string whose run
/// of backslashes before a quote, a line break or its end is odd cannot be quoted (nor a line
/// break alone between quotes and backslashes, which the scanner drops); such an identifier is
/// written in the HTML-like form `<...>` when its angle brackets balance. An identifier that
/// starts with `%` (cgraph's prefix for anonymous objects) cannot be written at all; a diagram
/// names such a node otherwise (see `Diagram`).
public enum DOTWriter {
  /// The DOT text of `graph`.
  ///
  /// - Throws: ``GraphvizError/unrepresentableIdentifier(_:)`` for an identifier or value DOT
  ///   cannot spell, or an HTML-like value whose `<` `>` do not balance.
  /// - Complexity: O(size of the output).
  public static func write(_ graph: DOTGraph) throws -> String {
    var out = ""
    if graph.strict { out += "strict " }
    out += graph.directed ? "digraph" : "graph"
    if !graph.name.isEmpty { out += " " + (try identifier(graph.name)) }
    out += " {\n"
    if !graph.attributes.isEmpty { out += "  graph " + (try attributeList(graph.attributes)) + ";\n" }
    if !graph.nodeDefaults.isEmpty { out += "  node " + (try attributeList(graph.nodeDefaults)) + ";\n" }
    if !graph.edgeDefaults.isEmpty { out += "  edge " + (try attributeList(graph.edgeDefaults)) + ";\n" }
    for node in graph.nodes {
      out += "  " + (try identifier(node.id))
      if !node.attributes.isEmpty { out += " " + (try attributeList(node.attributes)) }
      out += ";\n"
    }
    for subgraph in graph.subgraphs { try write(subgraph, indent: "  ", into: &out) }
    let op = graph.directed ? " -> " : " -- "
    for edge in graph.edges {
      out += "  " + (try identifier(edge.tail)) + op + (try identifier(edge.head))
      if !edge.attributes.isEmpty { out += " " + (try attributeList(edge.attributes)) }
      out += ";\n"
    }
    out += "}\n"
    return out
  }

  static func write(_ subgraph: DOTSubgraph, indent: String, into out: inout String) throws {
    out += indent + "subgraph " + (try identifier(subgraph.name)) + " {\n"
    let inner = indent + "  "
    for (key, value) in subgraph.attributes {
      out += inner + (try attributeName(key)) + "=" + (try self.value(value)) + ";\n"
    }
    for id in subgraph.nodes { out += inner + (try identifier(id)) + ";\n" }
    for child in subgraph.subgraphs { try write(child, indent: inner, into: &out) }
    out += indent + "}\n"
  }

  static func attributeList(_ attributes: DOTAttributes) throws -> String {
    var parts: [String] = []
    for (key, value) in attributes { parts.append((try attributeName(key)) + "=" + (try self.value(value))) }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  /// An attribute name: bare when it is a plain DOT identifier (`fillcolor`), quoted otherwise.
  static func attributeName(_ name: String) throws -> String {
    let plain = name.unicodeScalars.first.map { $0 == "_" || ($0.isASCII && $0.properties.isAlphabetic) } ?? false
      && name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
      && !keywords.contains(name.lowercased())
    return plain ? name : try identifier(name)
  }

  static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

  /// An attribute value in DOT: a quoted string, or `<...>` for an HTML-like value.
  public static func value(_ value: DOTValue) throws -> String {
    switch value {
    case .text(let s):
      guard canQuote(s) else { throw GraphvizError.unrepresentableIdentifier(s) }
      return quote(s)
    case .html(let s):
      guard anglesBalance(s) else { throw GraphvizError.unrepresentableIdentifier("<" + s + ">") }
      return "<" + s + ">"
    }
  }

  /// A plain data attribute (`kind`, `country`, `tie_label`, ...: no Graphviz meaning, read back
  /// by ``DOTImport``) that cgraph reads back as exactly `text`: quoted when it can be, else in
  /// the HTML-like form `<...>` (cgraph keeps its text as written), or `nil` when neither can
  /// hold it (an odd run of backslashes before a quote or the end, with unbalanced `<` `>`).
  /// Text for people (labels, tooltips) goes through ``escString(_:)`` instead, which can
  /// always be quoted.
  public static func dataValue(_ text: String) -> DOTValue? {
    guard !text.unicodeScalars.contains("\0") else { return nil }
    if canQuote(text) { return .text(text) }
    if anglesBalance(text) { return .html(text) }
    return nil
  }

  /// An identifier (or text value) in DOT, quoted so that cgraph reads back exactly `text`.
  ///
  /// - Throws: ``GraphvizError/unrepresentableIdentifier(_:)`` when neither a quoted string
  ///   nor the HTML-like form can hold `text` (see the type's documentation).
  public static func identifier(_ text: String) throws -> String {
    // cgraph keeps names that start with '%' for anonymous objects and renames them.
    if text.hasPrefix("%") { throw GraphvizError.unrepresentableIdentifier(text) }
    if canQuote(text) { return quote(text) }
    if anglesBalance(text) { return "<" + text + ">" }
    throw GraphvizError.unrepresentableIdentifier(text)
  }

  static func quote(_ text: String) -> String {
    "\"" + escapingScalars(text) { $0 == "\"" ? "\\\"" : nil } + "\""
  }

  /// Whether cgraph reads `text` back from ``quote(_:)`` exactly: every run of backslashes
  /// that a quote, a line break or the end follows is even, and no line break stands alone
  /// between two of the scanner's tokens (the start, a quote, a backslash or the end on both
  /// sides): cgraph's scanner drops such a line break (`"\n\"x"` reads as `"x`).
  static func canQuote(_ text: String) -> Bool {
    var run = 0
    let scalars = Array(text.unicodeScalars)
    for (i, c) in scalars.enumerated() {
      if c == "\\" {
        run += 1
        continue
      }
      if (c == "\"" || c == "\n") && run % 2 == 1 { return false }
      if c == "\n" {
        let before = i == 0 || scalars[i - 1] == "\"" || scalars[i - 1] == "\\"
        let after = i == scalars.count - 1 || scalars[i + 1] == "\"" || scalars[i + 1] == "\\"
        if before && after { return false }
      }
      run = 0
    }
    return run % 2 == 0
  }

  /// Whether `<` and `>` nest properly, as cgraph's HTML-string scanner requires.
  static func anglesBalance(_ text: String) -> Bool {
    var depth = 0
    for c in text.unicodeScalars {
      if c == "<" { depth += 1 } else if c == ">" {
        depth -= 1
        if depth < 0 { return false }
      }
    }
    return depth == 0
  }

  /// Text as the value of a Graphviz *escString* attribute (`label`, `xlabel`, `tooltip`,
  /// `URL`, ...), so that Graphviz shows exactly `text`: backslashes doubled (so `\N` or `\n`
  /// in a name is not taken for an escape), line breaks as `\n` (centred lines), carriage
  /// returns dropped.
  public static func escString(_ text: String) -> String {
    escapingScalars(text) { c in
      switch c {
      case "\\": return "\\\\"
      case "\n": return "\\n"
      case "\r": return ""
      default: return nil
      }
    }
  }

  /// Text for the inside of an HTML-like label: `&`, `<`, `>`, `"` as entities, line breaks as
  /// `<BR/>`.
  public static func htmlEscape(_ text: String) -> String {
    escapingScalars(text) { c in
      switch c {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return "&quot;"
      case "\n": return "<BR/>"
      case "\r": return ""
      default: return nil
      }
    }
  }
}
