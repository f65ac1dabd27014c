/// The file formats CoopGraph reads, chosen by file extension.
public enum InputFormat: String, Sendable, CaseIterable {
  case yaml
  case json
  case edgeList = "edgelist"
  /// Graphviz DOT (`.gv`, `.dot`), read by the command line through `CoopGraphviz.DOTImport`
  /// (this module does not link Graphviz).
  case dot
  case csv
  case graphML = "graphml"
  case gexf
  /// networkx node-link JSON. A plain `.json` file is ``json`` by extension; ``NetworkFile``
  /// reads it as node-link when its top level has `nodes` and no `coopgraph`.
  case nodeLink = "node-link"
  case pajek
  /// An Excel workbook (`.xlsx`; an old `.xls` is read as one and refused with how to save it).
  case xlsx

  /// The format a path's extension names, or `nil` when the extension is not known.
  /// `.nodelink.json` / `.node-link.json` name node-link JSON.
  public init?(path: String) {
    guard let ext = InputFormat.fileExtension(of: path) else { return nil }
    switch ext {
    case "yaml", "yml": self = .yaml
    case "json":
      let lower = path.lowercased()
      self = lower.hasSuffix(".nodelink.json") || lower.hasSuffix(".node-link.json") ? .nodeLink : .json
    case "edges", "edgelist", "tsv", "txt", "el": self = .edgeList
    case "gv", "dot": self = .dot
    case "csv": self = .csv
    case "graphml": self = .graphML
    case "gexf": self = .gexf
    case "net", "pajek": self = .pajek
    case "xlsx", "xlsm", "xls": self = .xlsx
    default: return nil
    }
  }

  /// The extension of the last component of `path`, lowercased and without the dot, or `nil`
  /// when it has none.
  public static func fileExtension(of path: String) -> String? {
    let lower = path.lowercased()
    guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
    return String(lower[lower.index(after: dot)...])
  }

  /// The extensions ``init(path:)`` knows, for messages.
  public static let knownExtensions = ".yaml, .yml, .json, .csv, .xlsx, .graphml, .gexf, .net, .edges, .tsv, .txt, .gv or .dot"

  /// Checks that `path` names a format that can be read: a known extension, or the binary graph
  /// cache (``BinaryGraph``). `option` (`--from`, `--to`) is the way out the message suggests.
  /// - Throws: ``UsageError``.
  public static func check(path: String, or option: String? = nil) throws {
    guard InputFormat(path: path) == nil && !BinaryGraph.isBinaryGraph(path: path) else { return }
    throw UsageError(
      "cannot tell the format of '\(path)' from its extension; use \(knownExtensions)" + (option.map { ", or \($0)" } ?? ""))
  }
}
