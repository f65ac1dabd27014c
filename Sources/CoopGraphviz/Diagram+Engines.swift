import CoopGraph

extension Diagram {
  /// Adapts a built diagram to the engine that lays it out.
  ///
  /// - `fdp` with cluster boxes: `splines=compound`, so that lines route around boxes as well
  ///   as nodes (below 500 entities, where lines are curved at all).
  /// - `dot`: ranks run left to right (`rankdir=LR`), and a line to a node with one line (a
  ///   pendant partner, a placeholder) or from a tie box to its parties gets a minimum length of
  ///   1, 2 or 3 ranks in turn, as Graphviz's `unflatten -l 3` staggers leaves: otherwise every
  ///   party of a large meeting and every school's unnamed partners share one rank, and the
  ///   alliance came out 5270 × 716 points, a strip seven times wider than high (1535 × 2603
  ///   points now).
  /// - Every engine that moves nodes apart (fdp, neato, sfdp, circo, twopi) already has
  ///   `overlap=vpsc` from ``build(_:projection:only:style:)``: Graphviz 2.43's default
  ///   (`prism`) gives other positions from one run to the next with fdp; with VPSC no two node
  ///   boxes overlap. fdp also orders objects by memory address, so ``Renderer`` lays it out in
  ///   memory whose addresses follow creation order: the same DOT gives the same bytes in every
  ///   run and every time in one process, as neato and dot do (docs/diagrams.md).
  ///
  /// - Complexity: O(nodes + edges).
  public static func prepare(_ graph: inout DOTGraph, for engine: LayoutEngine) {
    switch engine {
    case .fdp:
      if !graph.subgraphs.isEmpty && graph.attributes["splines"] == "true" { graph.attributes["splines"] = "compound" }
    case .dot:
      graph.attributes["rankdir"] = "LR"
      stagger(&graph, ranks: 3)
    case .neato, .sfdp, .circo, .twopi, .osage, .patchwork:
      break
    }
  }

  /// Gives lines to leaves and from tie boxes minimum lengths 1, 2, …, `ranks` in turn.
  static func stagger(_ graph: inout DOTGraph, ranks: Int) {
    var degree: [String: Int] = [:]
    for e in graph.edges {
      degree[e.tail, default: 0] += 1
      degree[e.head, default: 0] += 1
    }
    let hubs = Set(graph.nodes.filter { $0.attributes["tie_kind"] != nil }.map(\.id))
    var leafTurn = 0
    var hubTurn: [String: Int] = [:]
    for i in graph.edges.indices {
      let e = graph.edges[i]
      let turn: Int
      if degree[e.tail] == 1 || degree[e.head] == 1 {
        turn = leafTurn
        leafTurn += 1
      } else if let hub = hubs.contains(e.tail) ? e.tail : hubs.contains(e.head) ? e.head : nil {
        turn = hubTurn[hub, default: 0]
        hubTurn[hub] = turn + 1
      } else {
        continue
      }
      if turn % ranks > 0 { graph.edges[i].attributes["minlen"] = .text(String(1 + turn % ranks)) }
    }
  }
}
