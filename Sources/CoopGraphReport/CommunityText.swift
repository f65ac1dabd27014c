import CoopGraph
import Foundation

/// What `communities` reports: the groups, numbered by size (largest first), their quality
/// and modularity.
public struct CommunityReport: Presentation {
  public var detection: CommunityDetection
  public var ids: [String]

  public init(_ detection: CommunityDetection, ids: [String]) {
    self.detection = detection
    self.ids = ids
  }

  var method: CommunityMethod { detection.method }
  var objective: LeidenObjective { detection.objective }
  var parameters: [(String, JSONValue)] { detection.parameters }
  var quality: Double { detection.quality }
  var modularity: Double { detection.modularity }
  var partition: Partition { detection.partition }

  static func number(_ x: Double) -> JSONValue { x.isFinite ? .number(x) : .null }

  static func fixed(_ x: Double) -> String { x.isFinite ? String(format: "%.4f", x) : "undefined" }

  public func table() -> String {
    let groups = partition.communities
    var out = "\(groups.count) communities by \(method.rawValue)"
    if objective == .cpm { out += ", CPM quality \(Self.fixed(quality))" }
    out += ", modularity \(Self.fixed(modularity))\n\n"
    var t = Table(["Community", "Size", "Members"], alignments: [.right, .right, .left])
    for (c, members) in groups.enumerated() {
      t.rows.append(["\(c)", "\(members.count)", members.map { ids[$0] }.joined(separator: ", ")])
    }
    out += t.render()
    return out
  }

  public func json() -> JSONValue {
    .object([
      ("method", .string(method.rawValue)),
      ("parameters", .object(parameters)),
      ("quality", Self.number(quality)),
      ("modularity", Self.number(modularity)),
      (
        "communities",
        .array(
          partition.communities.enumerated().map { c, members in
            .object([("id", .number(Double(c))), ("members", .array(members.map { .string(ids[$0]) }))])
          })
      ),
    ])
  }

  public func csv() -> String {
    var rows: [[String]] = [["node", "community"]]
    for (v, c) in partition.membership.enumerated() { rows.append([ids[v], "\(c)"]) }
    return CSV.render(rows)
  }
}
