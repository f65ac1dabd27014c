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

/// Each measure, the heading it is shown under, and what it means for a partner.
let lenses: [(measure: CentralityMeasure, heading: String, meaning: String)] = [
  (.degree, "Most direct partners", "A partner with many direct ties is the alliance's most visible member: news and requests reach it first."),
  (.strength, "Most cooperation carried", "Strength adds up every agreement, exchange and event: the partners that do the most joint work."),
  (.betweenness, "Brokers between groups", "A partner on many shortest paths connects members who would otherwise not meet; losing it splits the alliance."),
  (.closeness, "Quickest reach", "A partner close to everyone can spread an initiative through the alliance in the fewest steps."),
  (.eigenvector, "Best connected to the well connected", "A partner tied to influential partners gains influence itself, even with few ties."),
  (.pagerank, "Standing earned from others' standing", "PageRank weighs each tie by the strength of cooperation and the standing of the partner at its other end."),
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
    // Equal scores (to 12 digits) share a rank and are listed by id, as every CoopGraph table.
    let order = RankOrder.order(scores: scores, ids: graph.ids, lowerIsBetter: false)
    print("\(lens.heading) (\(lens.measure.name))")
    print("  \(lens.meaning)")
    let shown = order.prefix(top).filter { scores[$0.index] > 0 }
    for (v, rank) in shown {
      let name = loaded.projected.entityIndices[v].map { loaded.network.entities[$0].name } ?? graph.ids[v]
      print("  \(rank). \(name)  \(String(format: "%.4f", scores[v]))")
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
