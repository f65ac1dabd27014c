import Foundation

/// Files for the tools that take a network beyond one machine: Spark's GraphFrames and
/// Neo4j's bulk importer. See docs/scale.md.
///
/// Both keep the record's multi-party ties: a tie of two parties is one edge between them; a
/// tie of three or more parties becomes a vertex of its own (kind `tie`) with one membership
/// edge from each party, as ``Projection/MultiParty/bipartite`` projects it (so a four-party
/// agreement stays one agreement, not six pairs).
public enum HandOffFormat: String, CaseIterable, Sendable {
  /// `vertices.csv` (`id`, then the attributes) and `edges.csv` (`src`, `dst`, …), the
  /// columns `GraphFrame(vertices, edges)` expects (GraphFrames user guide, "Creating
  /// GraphFrames").
  case graphFrames = "graphframes"
  /// `nodes.csv` (`id:ID`, …, `:LABEL`) and `relationships.csv` (`:START_ID`, `:END_ID`,
  /// `:TYPE`, …), the headers of `neo4j-admin database import full` (Neo4j Operations Manual,
  /// "Import: CSV header format").
  case neo4jImport = "neo4j-import"

  /// The files written, in order.
  public var fileNames: [String] {
    switch self {
    case .graphFrames: return ["vertices.csv", "edges.csv"]
    case .neo4jImport: return ["nodes.csv", "relationships.csv"]
    }
  }
}

/// What ``HandOff/write(_:format:to:)`` wrote.
public struct HandOffSummary: Sendable, Equatable {
  /// The paths of the two files, vertices first.
  public var files: [String]
  /// Entity vertices and tie vertices (multi-party ties).
  public var entityVertices: Int
  public var tieVertices: Int
  /// Edges of two-party ties, and membership edges from parties to tie vertices.
  public var tieEdges: Int
  public var membershipEdges: Int
}

public enum HandOff {
  /// The id of the vertex that stands for tie number `index` (its own id when it has one).
  static func tieVertexID(_ tie: Tie, index: Int) -> String { tie.id ?? "tie-\(index + 1)" }

  /// The two files of `format` for `network`, as (file name, text).
  ///
  /// GraphFrames: `vertices.csv` with `id,type,kind,name,country,parent` (`type` is `entity`
  /// or `tie`) and `edges.csv` with `src,dst,relationship,kind,strength,label,date`
  /// (`relationship` is `tie` for a two-party tie, `member` for a party's edge to a tie
  /// vertex; a directed tie runs from its first party).
  ///
  /// Neo4j: `nodes.csv` with `id:ID,name,kind,country,parent,:LABEL` (labels `Entity` or `Tie`
  /// and the kind, e.g. `Entity;institution`) and `relationships.csv` with
  /// `:START_ID,:END_ID,:TYPE,kind,strength:double,label,date` (type `TIE` or `MEMBER_OF`).
  public static func encode(_ network: Network, format: HandOffFormat) -> (
    files: [(String, String)], summary: HandOffSummary
  ) {
    var vertices: [[String]] = []
    var edges: [[String]] = []
    var tieVertices = 0, tieEdges = 0, membershipEdges = 0
    let neo4j = format == .neo4jImport
    for e in network.entities {
      let fields = [e.id, e.name, e.kind.rawValue, e.country ?? "", e.parent ?? ""]
      if neo4j {
        vertices.append(fields + ["Entity;\(e.kind.rawValue)"])
      } else {
        vertices.append([e.id, "entity", e.kind.rawValue, e.name, e.country ?? "", e.parent ?? ""])
      }
    }
    for (index, tie) in network.ties.enumerated() {
      let strength = number(tie.strength)
      let date = tie.date?.description ?? ""
      let label = tie.label ?? ""
      if tie.parties.count == 2 {
        tieEdges += 1
        let (a, b) = (tie.parties[0], tie.parties[1])
        edges.append(
          neo4j
            ? [a, b, "TIE", tie.kind.rawValue, strength, label, date]
            : [a, b, "tie", tie.kind.rawValue, strength, label, date])
        continue
      }
      tieVertices += 1
      let id = tieVertexID(tie, index: index)
      if neo4j {
        vertices.append([id, label, tie.kind.rawValue, "", "", "Tie;\(tie.kind.rawValue)"])
      } else {
        vertices.append([id, "tie", tie.kind.rawValue, label, "", ""])
      }
      for party in tie.parties {
        membershipEdges += 1
        edges.append(
          neo4j
            ? [party, id, "MEMBER_OF", tie.kind.rawValue, strength, label, date]
            : [party, id, "member", tie.kind.rawValue, strength, label, date])
      }
    }
    let vertexHeader =
      neo4j
      ? ["id:ID", "name", "kind", "country", "parent", ":LABEL"] : ["id", "type", "kind", "name", "country", "parent"]
    let edgeHeader =
      neo4j
      ? [":START_ID", ":END_ID", ":TYPE", "kind", "strength:double", "label", "date"]
      : ["src", "dst", "relationship", "kind", "strength", "label", "date"]
    let names = format.fileNames
    let summary = HandOffSummary(
      files: names, entityVertices: network.entities.count, tieVertices: tieVertices, tieEdges: tieEdges,
      membershipEdges: membershipEdges)
    return ([(names[0], csv(vertexHeader, vertices)), (names[1], csv(edgeHeader, edges))], summary)
  }

  /// Writes the two files of `format` into `directory` (created if missing).
  /// - Throws: the file system's errors.
  @discardableResult
  public static func write(_ network: Network, format: HandOffFormat, to directory: String) throws -> HandOffSummary {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let (files, summary) = encode(network, format: format)
    var out = summary
    out.files = []
    for (name, text) in files {
      let path = (directory as NSString).appendingPathComponent(name)
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      out.files.append(path)
    }
    return out
  }

  /// A strength as plain decimal text (`1`, `0.5`).
  static func number(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }

  /// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ header: [String], _ rows: [[String]]) -> String {
    var out = header.map(field).joined(separator: ",") + "\n"
    for row in rows { out += row.map(field).joined(separator: ",") + "\n" }
    return out
  }

  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
