// AllianceDiagram: the alliance diagram for a report, coloured by community and sized by
// betweenness, drawn in process by Graphviz.
//
//     swift run AllianceDiagram [FILE] [OUTPUT-PREFIX]
//
// Loads a CoopGraph network file (default: graphs/jiangsu-central-asia-alliance.yaml), finds
// communities with Leiden (modularity, seed 1), computes betweenness (normalized, as networkx's
// betweenness_centrality), and writes OUTPUT-PREFIX.svg and OUTPUT-PREFIX.png (default prefix:
// alliance-diagram) laid out with fdp: entities shaped by kind, filled by community, sized by
// betweenness, NJIT's schools boxed inside NJIT, multi-party ties as small labelled boxes, and a
// legend. It prints the three most central entities and what was written.
//
// Exit status: 0 on success, 2 on wrong usage, 3 when the file is not a valid network, 1 on
// any other error.

import CoopGraph
import CoopGraphviz
import Foundation

let usage = "usage: AllianceDiagram [FILE] [OUTPUT-PREFIX]\n"
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.count {
case _ where arguments.contains("-h") || arguments.contains("--help"):
  print(usage, terminator: "")
  exit(0)
case 0...2: break
default:
  FileHandle.standardError.write(Data(usage.utf8))
  exit(2)
}
let (path, prefix) = (arguments.first ?? "graphs/jiangsu-central-asia-alliance.yaml", arguments.dropFirst().first ?? "alliance-diagram")

do {
  // 1. The record and its analysis graph (default projection).
  let loaded = try NetworkFile.load(path: path)
  let network = loaded.network, graph = loaded.graph
  func id(_ node: Int) -> String? { loaded.projected.entityIndices[node].map { network.entities[$0].id } }

  // 2. The analysis, as plain values by entity id.
  var rng = SplitMix64(seed: 1)
  let communities = try graph.leiden(using: &rng)
  let betweenness = try CentralityMeasure.compute(.betweenness, on: graph)
  var groups: [String: String] = [:]
  var sizes: [String: Double] = [:]
  for node in graph.nodes {
    guard let entity = id(node) else { continue }
    groups[entity] = String(communities.partition.membership[node] + 1)
    sizes[entity] = betweenness[node]
  }

  // 3. The style: fill by community, size by betweenness, part-of boxes, legend.
  var style = DiagramStyle()
  style.colorBy = .groups
  style.groups = groups
  style.nodeSizes = sizes
  style.sizeMeasure = "betweenness"
  style.tooltipMeasures = [("betweenness", sizes)]
  style.clusterBy = [.parent]

  // 4. DOT, then SVG and PNG from one library call each.
  let dot = try DOTWriter.write(Diagram.build(network, style: style))
  for format in [DiagramFormat.svg, .png] {
    let rendered = try Renderer.render(dot, format: format, engine: .fdp)
    try FileIO.write(rendered.data, to: "\(prefix).\(format.rawValue)")
    print("wrote \(prefix).\(format.rawValue) (\(rendered.data.count) bytes)")
  }

  let top = sizes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
  print("\(communities.partition.count) communities, modularity \(String(format: "%.3f", communities.modularity))")
  for (entity, value) in top {
    print(String(format: "  %.3f  %@", value, network[entity]?.name ?? entity))
  }
} catch let error as InputError {
  FileHandle.standardError.write(Data((error.description + "\n").utf8))
  exit(3)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
