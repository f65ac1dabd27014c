/// The community methods, one call for each, as `coopgraph communities` offers them.
public enum CommunityMethod: String, CaseIterable, Sendable {
  case leiden, louvain
  case labelPropagation = "label-propagation"

  /// When the method stops, as `--progress` states it before the run: Leiden after
  /// `iterations` iterations, or (`nil`) when an iteration changes nothing or gains less than
  /// 1e-6, at most ``Graph/leidenMaximumIterations``.
  public func stoppingRule(iterations: Int?) -> String {
    switch self {
    case .leiden:
      return iterations.map { "\($0) iterations" }
        ?? "until an iteration changes nothing or gains less than 1e-6, at most \(Graph.leidenMaximumIterations) iterations"
    case .louvain: return "until a pass moves no node"
    case .labelPropagation: return "until no label changes"
    }
  }
}

/// What a community method reports while it runs.
public enum CommunityProgress: Sendable {
  /// Leiden finished `iteration` (1, 2, …) at `quality`, of at most `limit` iterations.
  case leidenIteration(Int, quality: Double, limit: Int)
  /// Louvain finished `level` with `communities` communities.
  case louvainLevel(Int, communities: Int)
}

/// A partition found by one of the ``CommunityMethod``s, with its quality and the parameters
/// that produced it (names as in JSON output).
public struct CommunityDetection: Sendable {
  public var method: CommunityMethod
  /// The quality function optimized (modularity for every method but Leiden with CPM).
  public var objective: LeidenObjective
  public var parameters: [(String, JSONValue)]
  /// The value of ``objective``.
  public var quality: Double
  public var modularity: Double
  public var partition: Partition
}

extension Graph {
  /// Communities by `method`, seeded:
  /// ``leiden(objective:resolution:iterations:randomness:initial:using:threads:progress:)``,
  /// ``louvain(resolution:using:threads:progress:)`` or ``labelPropagation(using:)``.
  /// `objective` and `iterations` apply to Leiden only; `resolution` to Leiden and Louvain;
  /// `threads` (parallel local moving, see ``ParallelLocalMoving``) and `progress` to both.
  ///
  /// - Throws: ``CommunityError`` for parameters out of range.
  public func detectCommunities(
    method: CommunityMethod, resolution: Double = 1, objective: LeidenObjective = .modularity,
    iterations: Int? = nil, seed: UInt64 = 1, threads: Int = 1,
    progress: (@Sendable (CommunityProgress) -> Void)? = nil
  ) throws -> CommunityDetection {
    var rng = SplitMix64(seed: seed)
    switch method {
    case .leiden:
      let limit: Int = iterations ?? Graph.leidenMaximumIterations
      var perIteration: (@Sendable (Int, Double) -> Void)? = nil
      if let progress {
        perIteration = { (done: Int, quality: Double) in
          progress(CommunityProgress.leidenIteration(done, quality: quality, limit: limit))
        }
      }
      let r = try leiden(
        objective: objective, resolution: resolution, iterations: iterations, using: &rng, threads: threads,
        progress: perIteration)
      let parameters: [(String, JSONValue)] = [
        ("quality", .string(objective.rawValue)), ("resolution", .number(resolution)),
        ("seed", .number(Double(seed))), ("iterations", .number(Double(r.iterations))),
      ]
      return CommunityDetection(
        method: method, objective: objective, parameters: parameters, quality: r.quality, modularity: r.modularity,
        partition: r.partition)
    case .louvain:
      var perLevel: (@Sendable (Int, Int) -> Void)? = nil
      if let progress {
        perLevel = { (level: Int, k: Int) in progress(CommunityProgress.louvainLevel(level, communities: k)) }
      }
      let r = try louvain(resolution: resolution, using: &rng, threads: threads, progress: perLevel)
      let parameters: [(String, JSONValue)] = [
        ("quality", .string("modularity")), ("resolution", .number(resolution)),
        ("seed", .number(Double(seed))), ("levels", .number(Double(r.levels.count))),
      ]
      return CommunityDetection(
        method: method, objective: .modularity, parameters: parameters, quality: r.modularity,
        modularity: r.modularity, partition: r.partition)
    case .labelPropagation:
      let r = labelPropagation(using: &rng)
      let modularity = try self.modularity(of: r.partition)
      let parameters: [(String, JSONValue)] = [
        ("quality", .string("modularity")), ("seed", .number(Double(seed))),
        ("sweeps", .number(Double(r.sweeps))), ("converged", .bool(r.converged)),
      ]
      return CommunityDetection(
        method: method, objective: .modularity, parameters: parameters, quality: modularity, modularity: modularity,
        partition: r.partition)
    }
  }
}
