// coopgraph-bench: times CoopGraph's algorithms on an edge-list file.
//
//   coopgraph-bench --workload NAME --file PATH [--threads N] [--repetitions R]
//                   [--seed S] [--budget SECONDS] [--dump PATH]
//
// The file is loaded once (timed as `load_s`), then the workload runs R times (each timed as
// `compute_s`, load excluded). The `load` workload instead loads the file R times. One JSON
// object per repetition goes to standard output, one a line, with the result digest that
// scripts/bench-peers.py compares against igraph and NetworKit. `--dump` writes the full
// result of the last repetition (one `label value` line per node) for those checks.
// Randomized workloads use seed S + rep in repetition rep.
// `--budget` stops after the repetition that brings the total compute time over SECONDS
// (at least one repetition always runs).

import CoopGraph
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct Options {
  var workload = ""
  var file = ""
  var threads = 1
  var repetitions = 3
  var seed: UInt64 = 1
  var budget = Double.infinity
  var dump: String?
  var epsilon = 0.01
  var tolerance = 1e-9
  var delta = 0.1

  static let usage = """
    usage: coopgraph-bench --workload NAME --file PATH [--threads N] [--repetitions R]
                           [--seed S] [--budget SECONDS] [--dump PATH]
                           [--epsilon E] [--delta D] [--tolerance T]
    workloads: \(Workload.allCases.map(\.rawValue).joined(separator: ", "))
    """

  init(_ args: [String]) throws {
    var i = 0
    func value(_ name: String) throws -> String {
      i += 1
      guard i < args.count else { throw UsageError("\(name) needs a value") }
      return args[i]
    }
    func number<T: LosslessStringConvertible>(_ name: String) throws -> T {
      let text = try value(name)
      guard let x = T(text) else { throw UsageError("\(name): '\(text)' is not a valid number") }
      return x
    }
    while i < args.count {
      switch args[i] {
      case "--workload": workload = try value("--workload")
      case "--file": file = try value("--file")
      case "--threads": threads = try number("--threads")
      case "--repetitions": repetitions = try number("--repetitions")
      case "--seed": seed = try number("--seed")
      case "--budget": budget = try number("--budget")
      case "--dump": dump = try value("--dump")
      case "--epsilon": epsilon = try number("--epsilon")
      case "--tolerance": tolerance = try number("--tolerance")
      case "--delta": delta = try number("--delta")
      case "-h", "--help":
        print(Options.usage)
        exit(0)
      default: throw UsageError("unknown argument '\(args[i])'")
      }
      i += 1
    }
    guard !file.isEmpty else { throw UsageError("--file is required") }
    guard threads >= 1 else { throw UsageError("--threads must be at least 1") }
    guard repetitions >= 1 else { throw UsageError("--repetitions must be at least 1") }
  }
}

struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ message: String) { description = message }
}

/// Seconds on a monotonic clock.
func now() -> Double {
  Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// The process's peak resident set size in bytes. On Linux this is `VmHWM` from
/// /proc/self/status: getrusage's `ru_maxrss` keeps the peak of the process image before
/// `exec`, so a child of a large parent (the Python driver) would report the parent's size.
/// Elsewhere, getrusage.
func maxResidentBytes() -> Int {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      if let kb { return kb * 1024 }
    }
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Int(usage.ru_maxrss) * 1024
}

/// Bytes allocated for the graph's CSR arrays (offsets, targets, weights) per stored arc.
func graphBytesPerArc(_ g: Graph) -> Double {
  let bytes = g.offsets.capacity * 4 + g.targets.capacity * 4 + (g.weights?.capacity ?? 0) * 8
  return Double(bytes) / Double(max(1, g.arcCount))
}

/// Bytes of the node-id strings (16 per `String`, plus heap storage for ids over 15 bytes)
/// per stored arc.
func idBytesPerArc(_ g: Graph) -> Double {
  var bytes = g.ids.capacity * MemoryLayout<String>.stride
  for id in g.ids where id.utf8.count > 15 { bytes += 32 + id.utf8.count }
  return Double(bytes) / Double(max(1, g.arcCount))
}

/// What one run of a workload produced: numbers for the digest and the per-node values.
struct Outcome {
  var digest: [(String, JSONValue)] = []
  /// One value per node (scores, community, core number), written by `--dump`.
  var values: [Double] = []
}

/// The ids of the `k` nodes with the largest values, ties broken by id.
func topIDs(_ g: Graph, _ values: [Double], _ k: Int) -> [JSONValue] {
  let order = g.nodes.sorted { a, b in
    values[a] != values[b] ? values[a] > values[b] : g.ids[a] < g.ids[b]
  }
  return order.prefix(k).map { .string(g.ids[$0]) }
}

func topScores(_ g: Graph, _ values: [Double], _ k: Int) -> [JSONValue] {
  values.sorted(by: >).prefix(k).map { .raw("\($0)") }
}

func centralityOutcome(_ g: Graph, _ scores: [Double], top k: Int = 10) -> Outcome {
  Outcome(
    digest: [("top", .array(topIDs(g, scores, k))), ("top_scores", .array(topScores(g, scores, k)))],
    values: scores)
}

func partitionOutcome(_ g: Graph, membership: [Int], modularity: Double) -> Outcome {
  let communities = (membership.max() ?? -1) + 1
  return Outcome(
    digest: [("communities", .number(Double(communities))), ("modularity", .raw("\(modularity)"))],
    values: membership.map(Double.init))
}

enum Workload: String, CaseIterable {
  case load
  case betweenness
  case closeness
  case approxBetweenness = "approx-betweenness"
  case pagerank
  case components
  case kcore
  case leiden
  case louvain

  /// Runs the workload once on `g`. Randomized workloads use the seed `o.seed + rep`, so the
  /// repetitions sample the algorithm's spread over seeds.
  func run(_ g: Graph, _ o: Options, rep: Int) throws -> Outcome {
    let seed = o.seed &+ UInt64(rep)
    switch self {
    case .load:
      return Outcome()
    case .betweenness:
      return centralityOutcome(g, g.betweennessCentrality(normalized: true, threads: o.threads))
    case .closeness:
      return centralityOutcome(g, g.closenessCentrality(threads: o.threads))
    case .approxBetweenness:
      var rng = SplitMix64(seed: o.seed)
      // KADABRA, as NetworKit's KadabraBetweenness it is compared with.
      let result = try g.kadabraBetweenness(
        epsilon: o.epsilon, delta: o.delta, using: &rng, threads: o.threads)
      var outcome = centralityOutcome(g, result.scores, top: 100)
      outcome.digest += [
        ("samples", .number(Double(result.samples))), ("error_bound", .raw("\(result.errorBound)")),
      ]
      return outcome
    case .pagerank:
      let scores = try g.pageRank(
        damping: 0.85, weighted: false, tolerance: pageRankTolerance(g, o),
        maxIterations: pageRankMaxIterations)
      return centralityOutcome(g, scores)
    case .components:
      let (count, membership) = g.weakComponents()
      return Outcome(
        digest: [("components", .number(Double(count)))], values: membership.map { Double($0) })
    case .kcore:
      let core = g.coreNumbers()
      return Outcome(
        digest: [("max_core", .number(Double(core.max() ?? 0)))], values: core.map { Double($0) })
    case .leiden:
      // Two iterations, as igraph's community_leiden (n_iterations=2), so both do the same work.
      var rng = SplitMix64(seed: seed)
      let result = try g.leiden(objective: .modularity, resolution: 1, iterations: 2, using: &rng, threads: o.threads)
      return partitionOutcome(
        g, membership: result.partition.membership.map { Int($0) }, modularity: result.modularity)
    case .louvain:
      var rng = SplitMix64(seed: seed)
      let result = try g.louvain(resolution: 1, using: &rng, threads: o.threads)
      return partitionOutcome(
        g, membership: result.partition.membership.map { Int($0) }, modularity: result.modularity)
    }
  }
}

let pageRankMaxIterations = 10_000

/// `pageRank` stops when Σ|x − x_last| < n · tolerance (networkx's rule); the benchmark's
/// tolerance is on Σ|x − x_last| itself (NetworKit's L1 rule), so it is divided by n.
func pageRankTolerance(_ g: Graph, _ o: Options) -> Double {
  o.tolerance / Double(max(1, g.nodeCount))
}

/// The number of power iterations `pageRank` takes on `g`: the smallest iteration limit it
/// converges within. Estimated from the residuals after 10 and 20 iterations (the error shrinks
/// geometrically), then settled by trying the limits around the estimate. Not timed.
func pageRankIterations(_ g: Graph, _ o: Options) -> Int? {
  let tol = pageRankTolerance(g, o)
  func converges(_ k: Int) -> (Bool, Double) {
    do {
      _ = try g.pageRank(damping: 0.85, weighted: false, tolerance: tol, maxIterations: k)
      return (true, 0)
    } catch CentralityError.didNotConverge(_, _, let residual, _) {
      return (false, residual)
    } catch {
      return (false, .nan)
    }
  }
  let (ok10, r10) = converges(10)
  if ok10 {
    var k = 1
    while !converges(k).0 { k += 1 }
    return k
  }
  let (ok20, r20) = converges(20)
  var k = 20
  if !ok20 && r20 > 0 && r10 > r20 {
    let rate = pow(r20 / r10, 0.1)
    let target = tol * Double(g.nodeCount)
    k = max(11, Int((20 + log(target / r20) / log(rate)).rounded()))
  } else if ok20 {
    k = 15
  }
  k = min(k, pageRankMaxIterations)
  // Walk to the boundary: converges(k) and not converges(k − 1).
  while k < pageRankMaxIterations && !converges(k).0 { k += 1 }
  while k > 1 && converges(k - 1).0 { k -= 1 }
  return converges(k).0 ? k : nil
}

func emit(_ fields: [(String, JSONValue)]) {
  print(JSONValue.object(fields).serialized(pretty: false))
  fflush(nil)
}

func dump(_ g: Graph, _ values: [Double], to path: String) throws {
  var text = ""
  text.reserveCapacity(values.count * 16)
  for v in g.nodes {
    text += g.ids[v]
    text += " "
    text += "\(values[v])\n"
  }
  try FileIO.write(Data(text.utf8), to: path)
}

func main() throws {
  let o = try Options(Array(CommandLine.arguments.dropFirst()))
  guard let workload = Workload(rawValue: o.workload) else {
    throw UsageError("unknown workload '\(o.workload)'")
  }
  var total = 0.0
  var graph: Graph?
  var pageRankPasses: Int?
  var loadSeconds = 0.0
  for rep in 0..<o.repetitions {
    var fields: [(String, JSONValue)] = [
      ("tool", .string("coopgraph")), ("workload", .string(workload.rawValue)),
      ("threads", .number(Double(o.threads))), ("rep", .number(Double(rep))),
    ]
    if workload == .load || graph == nil {
      graph = nil
      let t0 = now()
      let g = BinaryGraph.isBinaryGraph(path: o.file) ? try BinaryGraph.read(path: o.file) : try EdgeList.read(path: o.file)
      loadSeconds = now() - t0
      graph = g
      fields.append(("load_s", .raw("\(loadSeconds)")))
    } else {
      fields.append(("load_s", .raw("\(loadSeconds)")))
    }
    guard let g = graph else { break }
    let t0 = now()
    let outcome = try workload.run(g, o, rep: rep)
    let seconds = workload == .load ? loadSeconds : now() - t0
    total += seconds
    fields += [
      ("compute_s", .raw("\(seconds)")),
      ("nodes", .number(Double(g.nodeCount))), ("edges", .number(Double(g.edgeCount))),
      ("arcs", .number(Double(g.arcCount))),
      ("graph_bytes_per_arc", .raw(String(format: "%.3f", graphBytesPerArc(g)))),
      ("id_bytes_per_arc", .raw(String(format: "%.3f", idBytesPerArc(g)))),
      ("maxrss_bytes", .number(Double(maxResidentBytes()))),
    ]
    fields += outcome.digest
    if workload == .pagerank && pageRankPasses == nil { pageRankPasses = pageRankIterations(g, o) }
    if workload == .pagerank, let iterations = pageRankPasses {
      // Bytes a CSR power iteration must move at least: 4 B/arc of targets and an 8-byte rank
      // per arc, 4 B/node of offsets and 16 B/node to read and write the rank vectors.
      let bytes = Double(iterations) * (12 * Double(g.arcCount) + 20 * Double(g.nodeCount))
      fields += [
        ("iterations", .number(Double(iterations))),
        ("gb_per_s", .raw(String(format: "%.2f", bytes / seconds / 1e9))),
      ]
    }
    emit(fields)
    let last = rep == o.repetitions - 1 || total >= o.budget
    if last, let path = o.dump, !outcome.values.isEmpty { try dump(g, outcome.values, to: path) }
    if last { break }
  }
}

do {
  try main()
} catch let error as UsageError {
  FileHandle.standardError.write(Data("coopgraph-bench: \(error)\n\(Options.usage)\n".utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("coopgraph-bench: \(error)\n".utf8))
  exit(1)
}
