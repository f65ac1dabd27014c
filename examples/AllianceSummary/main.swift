// AllianceSummary: what a cooperation record holds, in one screen.
//
//     swift run AllianceSummary [FILE]
//
// Loads a CoopGraph network file (default: graphs/jiangsu-central-asia-alliance.yaml) and
// prints its entities by kind and country, its ties by kind, every tie that binds more than
// two parties with those parties, and the size of the default projection (every entity a
// node, multi-party ties as cliques, repeated ties summed, part-of kept as ties).
//
// Exit status: 0 on success, 2 on wrong usage, 3 when the file is not a valid network (every
// problem is reported with its line and column), 1 on any other error.

import CoopGraph
import Foundation

let usage = "usage: AllianceSummary [FILE]   (default: graphs/jiangsu-central-asia-alliance.yaml)\n"
let arguments = CommandLine.arguments.dropFirst()
if arguments.contains(where: { $0 == "-h" || $0 == "--help" }) { print(usage, terminator: ""); exit(0) }
guard arguments.count <= 1 else { FileHandle.standardError.write(Data(usage.utf8)); exit(2) }
let path = arguments.first ?? "graphs/jiangsu-central-asia-alliance.yaml"

/// Left-aligned first column, right-aligned counts.
func table(_ rows: [(String, String)], indent: String = "  ") -> String {
  let width = rows.map(\.0.count).max() ?? 0
  let countWidth = rows.map(\.1.count).max() ?? 0
  return rows.map { row in
    indent + row.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
      + String(repeating: " ", count: countWidth - row.1.count) + row.1
  }.joined(separator: "\n") + "\n"
}

func summary(of network: Network) throws -> String {
  var out = ""
  if let title = network.title { out += title + "\n" }
  out += "File: \(path)\n\n"

  // Entities by kind, and within each kind by country.
  out += "Entities: \(network.entities.count)\n"
  var rows: [(String, String)] = []
  for kind in network.entityKinds {
    let ofKind = network.entities.filter { $0.kind == kind }
    guard !ofKind.isEmpty else { continue }
    let countries = Dictionary(grouping: ofKind, by: { $0.country ?? "unknown" }).mapValues(\.count)
    let byCountry = countries.keys.sorted().map { "\($0) \(countries[$0] ?? 0)" }.joined(separator: ", ")
    rows.append(("\(kind.rawValue) (\(byCountry))", "\(ofKind.count)"))
  }
  out += table(rows)

  // Ties by kind.
  out += "\nTies: \(network.ties.count)\n"
  rows = network.tieKinds.compactMap { kind in
    let n = network.ties.filter { $0.kind == kind }.count
    return n > 0 ? (kind.rawValue, "\(n)") : nil
  }
  out += table(rows)

  // Ties that bind more than two parties.
  let multiParty = network.ties.filter { $0.parties.count > 2 }
  out += "\nMulti-party ties: \(multiParty.count)\n"
  for tie in multiParty {
    let title = tie.label ?? tie.id ?? "(no label)"
    let date = tie.date.map { ", \($0)" } ?? ""
    out += "  \(tie.kind.rawValue)\(date): \(title) — \(tie.parties.count) parties\n"
    for party in tie.parties {
      out += "    - \(network[party]?.name ?? party)\n"
    }
  }

  // The default projection.
  let graph = try network.graph()
  let (components, _) = graph.weakComponents()
  out += "\nDefault projection (\(Projection.default.summary))\n"
  out += table([
    ("nodes", "\(graph.nodeCount)"), ("edges", "\(graph.edgeCount)"), ("components", "\(components)"),
    ("weighted", graph.isWeighted ? "yes" : "no"),
  ])
  return out
}

do {
  let network = try NetworkFile.readNetwork(path: path)
  print(try summary(of: network), terminator: "")
} catch {
  // An invalid file names file, line and column itself; anything else says who failed.
  let invalid = error is InputError
  FileHandle.standardError.write(Data(((invalid ? "" : "AllianceSummary: ") + "\(error)\n").utf8))
  exit(invalid ? 3 : 1)
}
