// KeyPartners: who holds the alliance together, and why, in plain sentences.
//
//     swift run KeyPartners [FILE] [--top N] [--group-by KEY] [--bipartite]
//
// Loads a CoopGraph network file (default: graphs/jiangsu-central-asia-alliance.yaml), ranks
// the entities that can be partners (every kind but people; unnamed counterparties left out)
// by their mean rank over degree, tie strength, betweenness, effective size and constraint, and
// prints for each of the top N (default 5) a sentence built from the numbers: which measures place it
// high, which groups (default: countries) it bridges and in which Gould–Fernandez brokerage
// role, and what its removal would cost. --bipartite reads multi-party ties (the 21-party
// exchange meeting) as tie nodes instead of cliques.
//
// Exit status: 0 on success, 2 on wrong usage, 3 when the file is not a valid network, 1 on
// any other error.

import CoopGraph
import Foundation

let usage = "usage: KeyPartners [FILE] [--top N] [--group-by KEY] [--bipartite]\n"
var path = "graphs/jiangsu-central-asia-alliance.yaml"
var options = KeyPartnerOptions()
var projection = Projection.default
var arguments = Array(CommandLine.arguments.dropFirst())[...]
var sawFile = false

func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(status)
}

while let arg = arguments.popFirst() {
  switch arg {
  case "-h", "--help":
    print(usage, terminator: "")
    exit(0)
  case "--top":
    guard let n = arguments.popFirst().flatMap({ Int($0) }), n >= 1 else { fail("--top expects a number ≥ 1\n" + usage, status: 2) }
    options.top = n
  case "--group-by":
    guard let key = arguments.popFirst() else { fail("--group-by expects a key\n" + usage, status: 2) }
    options.groupBy = key
  case "--bipartite":
    projection.multiParty = .bipartite
  default:
    if arg.hasPrefix("-") || sawFile { fail("unexpected argument '\(arg)'\n" + usage, status: 2) }
    path = arg
    sawFile = true
  }
}

do {
  let network = try NetworkFile.readNetwork(path: path)
  let report = try network.keyPartners(projection: projection, options: options)
  print("Key partners of \(network.title ?? path)")
  print("Projection: \(report.projection)")
  if let key = report.groupBy { print("Brokerage between groups by \(key)") }
  for partner in report.partners {
    print("")
    print("\(partner.standing). \(partner.sentence)")
  }
} catch let error as InputError {
  fail(error.description, status: 3)
} catch {
  fail("error: \(error)", status: 1)
}
