/// Brandes' all-sources driver for node and edge betweenness.

/// Where Brandes' dependencies are summed: per node or per arc. A type, not a flag, so that
/// the driver is compiled once for each with the choice fixed (the hot search then records
/// successors or arcs without a test per arc).
protocol BrandesAccumulation {
  static var perArc: Bool { get }
}

/// Dependencies summed per node (node betweenness).
enum NodeDependencies: BrandesAccumulation {
  static var perArc: Bool { false }
}

/// Dependencies summed per arc (edge betweenness).
enum ArcDependencies: BrandesAccumulation {
  static var perArc: Bool { true }
}

extension Graph {
  /// Brandes' dependency sums over every source, into one value per node or per arc
  /// (`Target`): a shortest-path search from each source (Dijkstra on lengths 1/strength when
  /// `weighted`; otherwise a breadth-first search that records its shortest-path DAG), then
  /// the accumulation back along it. Deterministic for any thread count (``SourceBlocks``).
  ///
  /// With `sources`, only searches from those nodes run; with `targets` (one weight per node,
  /// 1 or 0), only paths ending at a node of weight 1 count (node dependencies only):
  /// networkx `betweenness_centrality_subset`.
  func brandesSums<Target: BrandesAccumulation>(
    _: Target.Type, width: Int, weighted: Bool, endpoints: Bool, threads: Int,
    sources: [Int]? = nil, targets: [Double]? = nil, progress: (@Sendable (Int, Int) -> Void)?
  ) -> [Double] {
    let n = nodeCount
    let arcs = arcCount
    let sourceList = sources
    let targetWeights = targets ?? []
    let hasTargets = targets != nil
    return withCSRView(weighted: weighted) { view in
      SourceBlocks.sum(
        sourceCount: sourceList?.count ?? n, width: width, threads: threads, progress: progress,
        makeScratch: { SearchScratch(nodeCount: n, weighted: weighted, dagCapacity: weighted ? 0 : arcs) },
        body: { i, scratch, out in
          let s = sourceList?[i] ?? i
          targetWeights.withUnsafeBufferPointer { weights in
            let t: UnsafeBufferPointer<Double>? = hasTargets ? weights : nil
            if weighted {
              let reached = scratch.countPathsDijkstra(view, from: s)
              if Target.perArc {
                scratch.dijkstraAccumulateArcs(view, reached: reached, into: out)
              } else {
                scratch.dijkstraAccumulateNodes(
                  view, source: s, reached: reached, endpoints: endpoints, targets: t, into: out)
              }
              scratch.resetDijkstra(reached)
            } else {
              let reached = scratch.dagBFS(view, from: s, recordArcs: Target.perArc)
              if Target.perArc {
                scratch.dagAccumulateArcs(view, reached: reached, into: out)
              } else {
                scratch.dagAccumulateNodes(source: s, reached: reached, endpoints: endpoints, targets: t, into: out)
              }
            }
          }
        })
    }
  }
}
