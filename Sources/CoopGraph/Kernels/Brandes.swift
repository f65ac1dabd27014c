/// Brandes' all-sources driver for node and edge betweenness.

/// Where Brandes' dependencies are summed: per node or per arc. A type, not a flag, so that
/// each accumulation is compiled on its own with the search it needs.
protocol BrandesAccumulation {
  /// The search records the arc to each successor (per arc) rather than the successor.
  static var recordsArcs: Bool { get }
  static func accumulate(
    _ scratch: SearchScratch, _ view: CSRView, source: Int, reached: Int, endpoints: Bool, weighted: Bool,
    into out: UnsafeMutableBufferPointer<Double>)
}

enum NodeDependencies: BrandesAccumulation {
  static var recordsArcs: Bool { false }
  @inline(__always)
  static func accumulate(
    _ scratch: SearchScratch, _ view: CSRView, source: Int, reached: Int, endpoints: Bool, weighted: Bool,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    if weighted {
      scratch.dijkstraAccumulateNodes(view, source: source, reached: reached, endpoints: endpoints, into: out)
    } else {
      scratch.dagAccumulateNodes(source: source, reached: reached, endpoints: endpoints, into: out)
    }
  }
}

enum ArcDependencies: BrandesAccumulation {
  static var recordsArcs: Bool { true }
  @inline(__always)
  static func accumulate(
    _ scratch: SearchScratch, _ view: CSRView, source: Int, reached: Int, endpoints: Bool, weighted: Bool,
    into out: UnsafeMutableBufferPointer<Double>
  ) {
    if weighted {
      scratch.dijkstraAccumulateArcs(view, reached: reached, into: out)
    } else {
      scratch.dagAccumulateArcs(view, reached: reached, into: out)
    }
  }
}

extension Graph {
  /// Brandes' dependency sums over every source, into one value per node or per arc
  /// (`Target`): a shortest-path search from each source (Dijkstra on lengths 1/strength when
  /// `weighted`; otherwise a breadth-first search that records its shortest-path DAG), then
  /// the accumulation back along it. Deterministic for any thread count (``SourceBlocks``).
  func brandesSums<Target: BrandesAccumulation>(
    _: Target.Type, width: Int, weighted: Bool, endpoints: Bool, threads: Int,
    progress: (@Sendable (Int, Int) -> Void)?
  ) -> [Double] {
    let n = nodeCount
    let arcs = arcCount
    return withCSRView(weighted: weighted) { view in
      SourceBlocks.sum(
        sourceCount: n, width: width, threads: threads, progress: progress,
        makeScratch: { SearchScratch(nodeCount: n, weighted: weighted, dagCapacity: weighted ? 0 : arcs) },
        body: { s, scratch, out in
          let reached =
            weighted
            ? scratch.countPathsDijkstra(view, from: s) : scratch.dagBFS(view, from: s, recordArcs: Target.recordsArcs)
          Target.accumulate(scratch, view, source: s, reached: reached, endpoints: endpoints, weighted: weighted, into: out)
          if weighted { scratch.resetDijkstra(reached) }
        })
    }
  }
}
