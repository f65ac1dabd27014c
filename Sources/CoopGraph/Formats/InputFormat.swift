/// The file formats CoopGraph reads, chosen by file extension.
public enum InputFormat: String, Sendable, CaseIterable {
  case yaml
  case json
  case edgeList = "edgelist"
  /// Graphviz DOT (`.gv`, `.dot`), read by the command line through `CoopGraphviz.DOTImport`
  /// (this module does not link Graphviz).
  case dot

  /// The format a path's extension names, or `nil` when the extension is not known.
  public init?(path: String) {
    let lower = path.lowercased()
    guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
    switch lower[lower.index(after: dot)...] {
    case "yaml", "yml": self = .yaml
    case "json": self = .json
    case "edges", "edgelist", "tsv", "txt", "el": self = .edgeList
    case "gv", "dot": self = .dot
    default: return nil
    }
  }
}
