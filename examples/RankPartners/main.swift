// Ranks the alliance's key partner institutions by several centrality measures and says
// what each measure means for a partner.
//
//   swift run RankPartners [graphs/jiangsu-central-asia-alliance.yaml] [--top N]
//
// The record is projected with parts folded into their parent organization (a school's ties
// count for its university) and people linking the organizations where they hold roles, so
// every node is an organization.

import CoopGraph
import Foundation

struct Lens {
  var measure: CentralityMeasure
  var heading: String
  var meaning: String
}

let lenses = [
  Lens(
    measure: .degree, heading: "Most direct partners",
    meaning: "A partner with many direct ties is the alliance's most visible member: news and requests reach it first."),
  Lens(
    measure: .strength, heading: "Most cooperation carried",
    meaning: "Strength adds up every agreement, exchange and event: the partners that do the most joint work."),
  Lens(
    measure: .betweenness, heading: "Brokers between groups",
    meaning: "A partner on many shortest paths connects members who would otherwise not meet; losing it splits the alliance."),
  Lens(
    measure: .closeness, heading: "Quickest reach",
    meaning: "A partner close to everyone can spread an initiative through the alliance in the fewest steps."),
  Lens(
    measure: .eigenvector, heading: "Best connected to the well connected",
    meaning: "A partner tied to influential partners gains influence itself, even with few ties."),
  Lens(
    measure: .pagerank, heading: "Standing earned from others' standing",
    meaning: "PageRank weighs each tie by the strength of cooperation and the standing of the partner at its other end."),
]

var arguments = Array(CommandLine.arguments.dropFirst())
var top = 5
if let i = arguments.firstIndex(of: "--top"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 {
  top = n
  arguments.removeSubrange(i...(i + 1))
}
let path = arguments.first ?? "graphs/jiangsu-central-asia-alliance.yaml"

do {
  var projection = Projection.default
  projection.partOf = .collapse
  projection.bridgeThroughPeople = true
  let loaded = try NetworkFile.load(path: path, projection: projection)
  let graph = loaded.graph
  print("\(loaded.network.title ?? path): \(graph.nodeCount) organizations, \(graph.edgeCount) ties\n")
  for lens in lenses {
    let scores = try CentralityMeasure.compute(lens.measure, on: graph)
    let order = graph.nodes.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : graph.ids[$0] < graph.ids[$1] }
    print("\(lens.heading) (\(lens.measure.name))")
    print("  \(lens.meaning)")
    let shown = order.prefix(top).filter { scores[$0] > 0 }
    for (rank, v) in shown.enumerated() {
      let name = loaded.projected.entityIndices[v].map { loaded.network.entities[$0].name } ?? graph.ids[v]
      print("  \(rank + 1). \(name)  \(String(format: "%.4f", scores[v]))")
    }
    if shown.count < min(top, order.count) {
      print("  (every other partner scores 0)")
    }
    print("")
  }
} catch {
  FileHandle.standardError.write(Data("RankPartners: \(error)\n".utf8))
  exit(1)
}
