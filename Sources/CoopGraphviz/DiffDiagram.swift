import CoopGraph
import Foundation

/// The diagram of a ``NetworkComparison``: every entity and node pair of both records, what
/// the second added drawn in green, what it removed in red and dashed, what both have muted
/// in grey. Only entities that are nodes of either projected graph are drawn.
public enum DiffDiagram {
  public static let addedColor = "#1a9850"
  public static let removedColor = "#d73027"
  public static let keptColor = "#b0b0b0"

  /// The styled graph.
  public static func graph(_ c: NetworkComparison) -> DOTGraph {
    let added = Set(c.addedEntities.map(\.id))
    let removed = Set(c.removedEntities.map(\.id))
    var inPairs: Set<String> = []
    for p in c.pairs {
      inPairs.insert(p.a)
      inPairs.insert(p.b)
    }
    var g = DOTGraph(
      name: "comparison",
      attributes: [
        "label": .text("\(c.before) → \(c.after): added in green, removed in red (dashed), kept in grey"),
        "labelloc": "t", "fontname": "Helvetica", "fontsize": "14", "overlap": "vpsc", "splines": "true",
        "outputorder": "edgesfirst", "size": "12,12",
      ],
      nodeDefaults: ["shape": "box", "style": "rounded,filled", "fontname": "Helvetica", "fontsize": "10"],
      edgeDefaults: ["penwidth": "1"])
    for e in c.entities where inPairs.contains(e.id) || added.contains(e.id) || removed.contains(e.id) {
      var a: DOTAttributes = ["label": .text(e.name), "tooltip": .text("\(e.name) (\(e.kind.rawValue))")]
      if added.contains(e.id) {
        a["color"] = .text(addedColor)
        a["fillcolor"] = "#d9f0d3"
        a["penwidth"] = "2"
      } else if removed.contains(e.id) {
        a["color"] = .text(removedColor)
        a["fillcolor"] = "#fddbc7"
        a["style"] = "rounded,filled,dashed"
        a["penwidth"] = "2"
      } else {
        a["color"] = .text(keptColor)
        a["fillcolor"] = "#f5f5f5"
        a["fontcolor"] = "#555555"
      }
      g.nodes.append(DOTNode(e.id, a))
    }
    for p in c.pairs {
      var a: DOTAttributes = [:]
      switch p.change {
      case .added:
        a["color"] = .text(addedColor)
        a["penwidth"] = "2.5"
      case .removed:
        a["color"] = .text(removedColor)
        a["style"] = "dashed"
        a["penwidth"] = "2"
      case .kept:
        a["color"] = .text(keptColor)
      }
      a["class"] = .text(p.change.rawValue)
      g.edges.append(DOTEdge(p.a, p.b, a))
    }
    return g
  }

  /// The diagram drawn by Graphviz (`neato` by default, which suits undirected networks).
  /// - Throws: ``GraphvizError``.
  public static func render(_ c: NetworkComparison, format: DiagramFormat, engine: LayoutEngine = .neato) throws
    -> RenderedDiagram
  {
    try Renderer.render(DOTWriter.write(graph(c)), format: format, engine: engine)
  }
}
