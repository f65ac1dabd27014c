import Foundation

/// One run's analysis context: the loaded record and its projected graph, the thread count,
/// and a cache of what has been computed, so that everything a run needs — the analysis, the
/// key partners, the diagram's sizes and colours, the report — asks here and each measure is
/// computed at most once.
///
/// The cache is keyed by step and parameters (`betweenness` with
/// `weighted=false, normalized=true, endpoints=false`; `communities` with the resolution and
/// seed). Each computation is timed; ``timings`` lists the steps actually computed, in order,
/// which is what `--timings` prints.
///
/// Thread-safe: the cache is ``Locked``, and a computation runs holding its (recursive) lock,
/// so that it may ask for another (the key partners ask for the organization view) and two
/// threads asking for one measure compute it once.
public final class AnalysisContext: Sendable {
  /// A computed step and its wall time.
  public struct Timing: Sendable, Equatable {
    public var step: String
    /// The parameters that distinguish it in the cache ("" when none).
    public var parameters: String
    public var seconds: Double
  }

  public let loaded: NetworkFile.Loaded
  /// Threads for every parallel step.
  public let threads: Int

  public var network: Network { loaded.network }
  public var graph: Graph { loaded.graph }
  public var projected: ProjectedNetwork { loaded.projected }

  private struct State {
    var cache: [String: any Sendable] = [:]
    var timings: [Timing] = []
  }
  private let state = Locked(State())

  public init(_ loaded: NetworkFile.Loaded, threads: Int = Parallelism.available) {
    self.loaded = loaded
    self.threads = max(1, threads)
  }

  /// The steps computed so far, in the order they finished.
  public var timings: [Timing] { state.withLock { $0.timings } }

  /// The steps as `--timings` prints them: one line a step, `timing: STEP [PARAMETERS]: S s`.
  public var timingLines: String {
    timings.map { t in
      "timing: \(t.step)" + (t.parameters.isEmpty ? "" : " [\(t.parameters)]") + String(format: ": %.3f s\n", t.seconds)
    }.joined()
  }

  /// Records a step done outside the context (loading, projecting, rendering).
  public func record(_ step: String, parameters: String = "", seconds: Double) {
    state.withLock { $0.timings.append(Timing(step: step, parameters: parameters, seconds: seconds)) }
  }

  /// Times `body` and records it as `step`.
  public func timed<T>(_ step: String, parameters: String = "", _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    record(step, parameters: parameters, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    return value
  }

  /// The value of `step` with `parameters`: computed (and timed) the first time, from the
  /// cache afterwards.
  public func cached<T: Sendable>(_ step: String, parameters: String = "", _ compute: () throws -> T) rethrows -> T {
    let key = step + "\u{1F}" + parameters
    return try state.critical {
      if let hit = state.withLock({ $0.cache[key] }) as? T { return hit }
      let value = try timed(step, parameters: parameters, compute)
      state.withLock { $0.cache[key] = value }
      return value
    }
  }

  /// A centrality measure of the projected graph (``CentralityMeasure/compute(_:on:options:)``),
  /// with the context's threads; the progress callback is not part of the key.
  public func measure(_ m: CentralityMeasure, options: CentralityOptions = CentralityOptions()) throws -> [Double] {
    var o = options
    o.threads = threads
    let parameters = o.parameters(for: m, graph: graph)
      .map { "\($0.name)=\($0.value.serialized(pretty: false).replacingOccurrences(of: "\"", with: ""))" }
      .joined(separator: ", ")
    return try cached(m.name, parameters: parameters) { try CentralityMeasure.compute(m, on: graph, options: o) }
  }

  /// Leiden communities (modularity) of the projected graph.
  public func communities(resolution: Double, seed: UInt64) throws -> LeidenResult {
    try cached("communities", parameters: "leiden, resolution=\(resolution), seed=\(seed)") {
      var rng = SplitMix64(seed: seed)
      return try graph.leiden(resolution: resolution, using: &rng)
    }
  }

  /// Burt's structural holes of the projected graph (unweighted, as networkx's defaults).
  public func structuralHoles() -> StructuralHoles {
    cached("structural holes", parameters: "weighted=false") { graph.structuralHoles() }
  }

  /// Gould–Fernandez brokerage with every node in one group (total brokerage).
  public func brokerage() -> Brokerage {
    cached("brokerage", parameters: "one group") { graph.brokerage(groups: [Int](repeating: 0, count: graph.nodeCount)) }
  }

  /// The key partners on the organization view.
  public func organizationPartners(
    options: OrganizationView.Options, groupBy: String?, top: Int
  ) throws -> OrganizationPartnersReport {
    try cached("key partners (organization view)", parameters: "\(options.summary), groups=\(groupBy ?? "none"), top=\(top)") {
      try network.organizationPartners(options: options, groupBy: groupBy, top: top, threads: threads)
    }
  }

  /// The record period by period (``Network/timeline(_:threads:)``), with the context's threads.
  public func timeline(_ options: Timeline.Options) throws -> Timeline {
    let view = options.organizationView?.summary ?? "none"
    let range = options.range?.description ?? "all"
    let parameters =
      "\(options.summary), undated=\(options.undated.rawValue), range=\(range), \(options.projection.summary), view=\(view), top=\(options.top)"
    return try cached("timeline", parameters: parameters) { try network.timeline(options, threads: threads) }
  }

  /// The whole record by year, as the report shows it (its Timeline section), on this run's
  /// projection and organization view; `nil` for a record cut to a window of time
  /// (`--as-of`, `--between`) or an edge list, which has no dates.
  public func reportTimeline(view: OrganizationView.Options?) throws -> Timeline? {
    guard loaded.time == nil, !loaded.isPlainGraph else { return nil }
    var options = Timeline.Options()
    options.projection = projected.projection
    options.organizationView = view
    return try timeline(options)
  }
}
