import CoopGraph

/// A failure in drawing or reading a diagram, carrying Graphviz's own messages where Graphviz
/// produced them.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// DOT text that cgraph's parser rejected. `line` is the line Graphviz names, when it names one.
  case syntax(file: String?, line: Int?, message: String)
  /// The layout engine failed on the graph.
  case layout(engine: LayoutEngine, messages: [String])
  /// The renderer failed to produce the format.
  case render(format: DiagramFormat, messages: [String])
  /// Graphviz could not start (its plugins are missing or its configuration is broken).
  case unavailable(String)
  /// The graph is larger than the engine handles in reasonable time (see ``SizeGuard``).
  case tooLarge(nodes: Int, edges: Int, engine: LayoutEngine, limit: SizeGuard)
  /// The graph is larger than any engine draws in reasonable time, or than a reader can read
  /// in one picture (see ``SizeGuard``).
  case tooLargeToDraw(nodes: Int, edges: Int, limit: SizeGuard)
  /// A DOT identifier that the DOT language cannot spell (a backslash before a quote or at the
  /// end of the text, together with unbalanced `<` `>`).
  case unrepresentableIdentifier(String)

  public var description: String {
    switch self {
    case .syntax(let file, let line, let message):
      let place = [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
      return (place.isEmpty ? "" : place + ": ") + "DOT syntax error: " + message
    case .layout(let engine, let messages):
      return "Graphviz layout with \(engine.rawValue) failed" + Self.detail(messages)
    case .render(let format, let messages):
      return "Graphviz could not render \(format.rawValue)" + Self.detail(messages)
    case .unavailable(let why):
      return "Graphviz is not usable: \(why)"
    case .tooLarge(let nodes, let edges, let engine, let limit):
      return "the graph has \(nodes) nodes and \(edges) edges, more than \(engine.rawValue) lays out in reasonable time "
        + "(limit \(limit.maxNodes) nodes, \(limit.maxEdges) edges); use --engine sfdp, or --force to run \(engine.rawValue) anyway"
    case .tooLargeToDraw(let nodes, let edges, let limit):
      return "the graph has \(nodes) nodes and \(edges) edges, more than a diagram shows "
        + "(limit \(limit.maxDrawnNodes) nodes, "
        + "\(limit.maxDrawnEdges) edges; sfdp would take minutes): draw a part of it, the neighbourhood of one entity with "
        + "'coopgraph ego FILE ENTITY', or some kinds with --nodes KIND,..., or --force to draw it all anyway"
    case .unrepresentableIdentifier(let id):
      return "the identifier \(id.debugDescription) cannot be written in DOT"
    }
  }

  static func detail(_ messages: [String]) -> String {
    messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
  }
}

extension GraphvizError: CategorizedError {
  public var category: ErrorCategory {
    switch self {
    case .syntax: return .invalidInput
    case .tooLarge, .tooLargeToDraw: return .usage
    default: return .failure
    }
  }
}
