#!/usr/bin/env python3
"""Times CoopGraph against igraph and NetworKit on the same edge-list files, in one run.

    python3 scripts/bench-peers.py            # full run, prints the Markdown table
    python3 scripts/bench-peers.py --write    # ... and writes it into BENCHMARKS.md
    python3 scripts/bench-peers.py --quick    # small graphs, one repetition (smoke test)

What it does:
  1. Generates the workload graphs with fixed seeds into .bench/graphs/ (git-ignored) as plain
     `u v` edge lists, one edge a line, so every tool reads the very same file.
  2. Builds `coopgraph-bench` with `swift build -c release`.
  3. For each workload runs igraph (single-threaded), NetworKit at 1 and 2 threads and
     CoopGraph at 1 and 2 threads, each in its own process: load the file once (timed
     separately), then time the algorithm R times (load excluded) and take the median.
  4. Checks that the results agree (same top-10 ranking, modularity within 0.002 of igraph's,
     same components and core numbers) so that speed never comes from computing something
     else, and prints one table with medians and the ratio CoopGraph / best peer.

Peer results are cached in .bench/cache.json per (workload, graph, tool, threads, version,
repetitions); `--no-cache` measures them again. CoopGraph is always measured.
Each tool stops repeating once its total compute time exceeds `--budget` seconds (at least one
repetition always runs), so the slow peers (exact betweenness) are timed once.

The script also runs itself as the peer runner (`--peer igraph|networkit`), which prints
one JSON line per repetition, the same protocol as coopgraph-bench.
"""

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, ".bench")
GRAPH_DIR = os.path.join(BENCH_DIR, "graphs")
DUMP_DIR = os.path.join(BENCH_DIR, "dumps")
CACHE_PATH = os.path.join(BENCH_DIR, "cache.json")
BENCHMARKS_MD = os.path.join(ROOT, "BENCHMARKS.md")
# Bump when the peer runner changes what it measures, so cached peer results are not reused.
HARNESS_VERSION = "4"
BEGIN_MARK = "<!-- bench-peers:begin -->"
END_MARK = "<!-- bench-peers:end -->"

# ---------------------------------------------------------------------------------------------
# Workload graphs

# name -> (generator, parameters). Every generator is seeded; networkx's generators are pure
# Python on top of `random.Random(seed)`, so the files are the same on every machine.
GRAPHS = {
    "ba20k": ("ba", dict(n=20_000, m=5, seed=20_000)),
    "ba200k": ("ba", dict(n=200_000, m=5, seed=200_000)),
    "lfr20k": ("lfr", dict(n=20_000, tau1=2.5, tau2=1.5, mu=0.3, average_degree=20,
                           max_degree=100, min_community=20, max_community=500, seed=42)),
    # --quick
    "ba2k": ("ba", dict(n=2_000, m=5, seed=2_000)),
    "lfr2k": ("lfr", dict(n=2_000, tau1=2.5, tau2=1.5, mu=0.3, average_degree=20,
                          max_degree=100, min_community=20, max_community=200, seed=42)),
}


def describe_graph(name):
    kind, p = GRAPHS[name]
    if kind == "ba":
        return f"Barabási–Albert n={p['n']:,} m={p['m']} (networkx, seed {p['seed']})"
    return (f"LFR n={p['n']:,} μ={p['mu']} τ1={p['tau1']} τ2={p['tau2']} "
            f"avg deg {p['average_degree']} max deg {p['max_degree']} "
            f"communities {p['min_community']}–{p['max_community']} (networkx, seed {p['seed']})")


def graph_path(name):
    return os.path.join(GRAPH_DIR, name + ".txt")


def ensure_graph(name):
    """Writes the graph's edge list once; returns (path, nodes, edges)."""
    path = graph_path(name)
    meta_path = path + ".json"
    kind, p = GRAPHS[name]
    if os.path.exists(path) and os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        if meta.get("params") == p and meta.get("kind") == kind:
            return path, meta["nodes"], meta["edges"]
    import networkx as nx
    os.makedirs(GRAPH_DIR, exist_ok=True)
    t0 = time.time()
    if kind == "ba":
        g = nx.barabasi_albert_graph(p["n"], p["m"], seed=p["seed"])
    else:
        q = dict(p)
        n, seed = q.pop("n"), q.pop("seed")
        g = nx.LFR_benchmark_graph(n, q.pop("tau1"), q.pop("tau2"), q.pop("mu"), seed=seed, **q)
        g.remove_edges_from(list(nx.selfloop_edges(g)))
    edges = sorted((min(u, v), max(u, v)) for u, v in g.edges())
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("".join(f"{u} {v}\n" for u, v in edges))
    os.replace(tmp, path)
    meta = dict(kind=kind, params=p, nodes=g.number_of_nodes(), edges=len(edges))
    with open(meta_path, "w") as f:
        json.dump(meta, f)
    print(f"  generated {name}: {meta['nodes']:,} nodes, {meta['edges']:,} edges "
          f"in {time.time() - t0:.1f} s", file=sys.stderr)
    return path, meta["nodes"], meta["edges"]


# ---------------------------------------------------------------------------------------------
# Workloads

IG, NK, CG = "igraph", "networkit", "coopgraph"


class Workload:
    def __init__(self, name, algo, graph, quick_graph, check, targets, target_text, peers,
                 coop_threads=(1, 2), note=""):
        self.name = name            # row label
        self.algo = algo            # workload name understood by both runners
        self.graph = graph
        self.quick_graph = quick_graph
        self.check = check          # ranking | approx | partition | components | cores | load
        self.targets = targets      # [(coop threads, (peer, threads), factor)]
        self.target_text = target_text
        self.peers = peers          # [(tool, threads)]
        self.coop_threads = coop_threads
        self.note = note

    def runs(self):
        return list(self.peers) + [(CG, t) for t in self.coop_threads]


NK12 = [(NK, 1), (NK, 2)]
WORKLOADS = [
    Workload("exact betweenness", "betweenness", "ba20k", "ba2k", "ranking",
             [(1, (IG, 1), 0.5), (2, (IG, 1), 0.3)], "≤ 0.5× igraph (1t), ≤ 0.3× (2t)",
             [(IG, 1)] + NK12),
    Workload("closeness", "closeness", "ba20k", "ba2k", "ranking",
             [(1, (IG, 1), 0.5)], "≤ 0.5× igraph", [(IG, 1)] + NK12),
    Workload("approx. betweenness ε=0.01", "approx-betweenness", "ba200k", "ba20k", "approx",
             [(1, (NK, 1), 1.0), (2, (NK, 2), 1.0)], "< NetworKit KADABRA (same threads)", NK12),
    Workload("PageRank tol 1e-9", "pagerank", "ba200k", "ba20k", "ranking",
             [(1, (NK, 1), 1.0)], "≤ NetworKit 1t", [(IG, 1)] + NK12, coop_threads=(1,)),
    *[Workload("Leiden (modularity)", "leiden", big, small, "partition",
               [(1, (IG, 1), 1.0), (2, (NK, 2), 1.0)],
               "≤ igraph, 2t ≤ NetworKit 2t, Q ≥ igraph − 0.002", [(IG, 1)] + NK12)
      for big, small in (("lfr20k", "lfr2k"), ("ba200k", "ba20k"))],
    *[Workload("Louvain", "louvain", big, small, "partition",
               [(1, (IG, 1), 1.0), (2, (NK, 2), 1.0)], "≤ igraph multilevel, 2t ≤ NetworKit 2t",
               [(IG, 1)] + NK12)
      for big, small in (("lfr20k", "lfr2k"), ("ba200k", "ba20k"))],
    Workload("k-core", "kcore", "ba200k", "ba20k", "cores",
             [(1, (IG, 1), 1.0), (1, (NK, 2), 1.0)], "≤ igraph, ≤ NetworKit 2t", [(IG, 1)] + NK12,
             coop_threads=(1,)),
    Workload("components", "components", "ba200k", "ba20k", "components",
             [(1, (IG, 1), 1.0)], "≤ igraph", [(IG, 1)] + NK12, coop_threads=(1,)),
    Workload("load edge list", "load", "ba200k", "ba20k", "load",
             [(1, (IG, 1), 1.0)], "≤ igraph Read_Edgelist; ≤ 12 B/arc", [(IG, 1), (NK, 1)],
             coop_threads=(1,)),
]

APPROX_EPSILON = 0.01
APPROX_DELTA = 0.1
PAGERANK_DAMPING = 0.85
PAGERANK_TOLERANCE = 1e-9

# ---------------------------------------------------------------------------------------------
# Peer runner (runs in its own process)


def peer_main(args):
    tool, algo, threads = args.peer, args.workload, args.threads
    random.seed(args.seed)
    baseline_rss = peak_rss_bytes()
    if tool == IG:
        import igraph as ig

        def load():
            return ig.Graph.Read_Edgelist(args.file, directed=False)
        version = ig.__version__
    else:
        import networkit as nk
        nk.setNumberOfThreads(threads)
        nk.engineering.setSeed(args.seed, True)

        def load():
            return nk.graphio.EdgeListReader(" ", 0, "#", True, False).read(args.file)
        version = nk.__version__

    run = peer_algorithm(tool, algo, args)
    if run is None:
        print(json.dumps(dict(error=f"{tool} has no {algo}")))
        return
    total = 0.0
    g = None
    load_s = 0.0
    for rep in range(args.repetitions):
        # Seed S + rep in repetition rep, as coopgraph-bench.
        random.seed(args.seed + rep)
        if tool == NK:
            nk.engineering.setSeed(args.seed + rep, True)
        if algo == "load" or g is None:
            g = None
            t0 = time.perf_counter()
            g = load()
            load_s = time.perf_counter() - t0
        if tool == IG and hasattr(g, "__invalidate_cache"):
            # igraph caches structural properties (connectedness) on the graph object, and
            # connected_components() returns in a few ms from that cache on a second call.
            # Clear it, untimed, so that every repetition computes.
            getattr(g, "__invalidate_cache")()
        t0 = time.perf_counter()
        values, digest = run(g)
        compute_s = load_s if algo == "load" else time.perf_counter() - t0
        total += compute_s
        n = g.vcount() if tool == IG else g.numberOfNodes()
        m = g.ecount() if tool == IG else g.numberOfEdges()
        line = dict(tool=tool, version=version, workload=algo, threads=threads, rep=rep,
                    load_s=load_s, compute_s=compute_s, nodes=n, edges=m,
                    maxrss_bytes=peak_rss_bytes(),
                    baseline_rss_bytes=baseline_rss)
        line.update(digest)
        print(json.dumps(line), flush=True)
        last = rep == args.repetitions - 1 or total >= args.budget
        if last:
            if args.dump and values is not None:
                with open(args.dump, "w") as f:
                    f.write("".join(f"{i} {float(x)!r}\n" for i, x in enumerate(values)))
            break


def peak_rss_bytes():
    """Peak resident set size of this process: VmHWM on Linux (getrusage's ru_maxrss keeps
    the peak of the image before exec, i.e. of the parent that started us)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def peer_algorithm(tool, algo, args):
    """A function graph -> (per-node values or None, digest dict), or None if unsupported."""
    if tool == IG:
        if algo == "load":
            return lambda g: (None, {})
        if algo == "betweenness":
            return lambda g: (g.betweenness(directed=False), {})
        if algo == "closeness":
            return lambda g: (g.closeness(), {})
        if algo == "pagerank":
            # PRPACK: solves the linear system (to machine precision), no tolerance to set.
            return lambda g: (g.pagerank(damping=PAGERANK_DAMPING), {})
        if algo == "leiden":
            def leiden(g):
                c = g.community_leiden(objective_function="modularity", n_iterations=2)
                return c.membership, dict(modularity=g.modularity(c.membership),
                                          communities=len(c))
            return leiden
        if algo == "louvain":
            def louvain(g):
                c = g.community_multilevel()
                return c.membership, dict(modularity=g.modularity(c.membership),
                                          communities=len(c))
            return louvain
        if algo == "kcore":
            return lambda g: (g.coreness(), {})
        if algo == "components":
            def components(g):
                c = g.connected_components()
                return c.membership, dict(components=len(c))
            return components
        return None
    import networkit as nk
    if algo == "load":
        return lambda g: (None, {})
    if algo == "betweenness":
        return lambda g: (nk.centrality.Betweenness(g, False).run().scores(), {})
    if algo == "closeness":
        return lambda g: (nk.centrality.Closeness(
            g, True, nk.centrality.ClosenessVariant.STANDARD).run().scores(), {})
    if algo == "approx-betweenness":
        def kadabra(g):
            k = nk.centrality.KadabraBetweenness(g, APPROX_EPSILON, APPROX_DELTA).run()
            return k.scores(), {}
        return kadabra
    if algo == "pagerank":
        def pagerank(g):
            pr = nk.centrality.PageRank(g, damp=PAGERANK_DAMPING, tol=PAGERANK_TOLERANCE)
            pr.norm = nk.centrality.Norm.L1_NORM
            pr.run()
            return pr.scores(), dict(iterations=pr.numberOfIterations())
        return pagerank
    if algo in ("leiden", "louvain"):
        def community(g):
            if algo == "leiden":
                c = nk.community.ParallelLeiden(g)
            else:
                c = nk.community.PLM(g, refine=False)
            c.run()
            p = c.getPartition()
            return p.getVector(), dict(modularity=nk.community.Modularity().getQuality(p, g),
                                       communities=p.numberOfSubsets())
        return community
    if algo == "kcore":
        return lambda g: ([int(x) for x in nk.centrality.CoreDecomposition(g).run().scores()], {})
    if algo == "components":
        def components(g):
            c = nk.components.ConnectedComponents(g).run()
            return c.getPartition().getVector(), dict(components=c.numberOfComponents())
        return components
    return None


# ---------------------------------------------------------------------------------------------
# Driver


def tool_version(tool):
    if tool == IG:
        import igraph
        return igraph.__version__
    if tool == NK:
        import networkit
        return networkit.__version__
    return git_revision()


def git_revision():
    try:
        return subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build_coopgraph():
    print("building coopgraph-bench (swift build -c release) ...", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "coopgraph-bench"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "coopgraph-bench")


def run_tool(tool, threads, w, graph, path, args, bench_bin):
    """Runs one (tool, threads) on one workload; returns a result dict."""
    dump = os.path.join(DUMP_DIR, f"{w.algo}-{graph}-{tool}-{threads}.txt")
    common = ["--workload", w.algo, "--file", path, "--threads", str(threads),
              "--repetitions", str(args.repetitions), "--seed", str(args.seed),
              "--budget", str(args.budget), "--dump", dump]
    if tool == CG:
        cmd = [bench_bin] + common + ["--epsilon", str(APPROX_EPSILON),
                                      "--tolerance", str(PAGERANK_TOLERANCE)]
    else:
        cmd = [sys.executable, os.path.abspath(__file__), "--peer", tool] + common
    if os.path.exists(dump):
        os.remove(dump)
    t0 = time.time()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return dict(error=f"timed out after {args.timeout} s")
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode != 0 or not lines or "error" in lines[0]:
        message = lines[0]["error"] if lines and "error" in lines[0] else \
            (proc.stderr.strip().splitlines() or ["exit status %d" % proc.returncode])[-1]
        return dict(error=message)
    result = dict(
        compute=[x["compute_s"] for x in lines], load=[x["load_s"] for x in lines],
        median=statistics.median(x["compute_s"] for x in lines),
        load_median=statistics.median(x["load_s"] for x in lines),
        digest=lines[-1], dump=dump if os.path.exists(dump) else None,
        modularities=[x["modularity"] for x in lines if "modularity" in x],
        wall=time.time() - t0)
    return result


def load_cache():
    if not os.path.exists(CACHE_PATH):
        return {}
    with open(CACHE_PATH) as f:
        return json.load(f)


def save_cache(cache):
    tmp = CACHE_PATH + ".tmp"
    with open(tmp, "w") as f:
        json.dump(cache, f, indent=1)
    os.replace(tmp, CACHE_PATH)


def read_dump(path, n):
    import numpy as np
    values = np.full(n, np.nan)
    with open(path) as f:
        for line in f:
            label, value = line.split()
            values[int(label)] = float(value)
    return values


# ---------------------------------------------------------------------------------------------
# Agreement checks


def rank_agrees(ours, ref, k):
    """Whether our top-k order is a top-k order of `ref` (positions may swap only between
    nodes whose reference scores tie to 1e-9 relative)."""
    import numpy as np
    order_ours = sorted(range(len(ours)), key=lambda v: (-ours[v], v))[:k]
    ref_sorted = np.sort(ref)[::-1][:k]
    for i, v in enumerate(order_ours):
        if not np.isclose(ref[v], ref_sorted[i], rtol=1e-9, atol=0):
            return False
    return True


def check_results(w, graph, path, nodes, results):
    """A short text saying whether all tools agree; sets results[...]['ok']."""
    import numpy as np
    coop = [(t, r) for (tool, t), r in results.items() if tool == CG and "error" not in r]
    peers = [((tool, t), r) for (tool, t), r in results.items() if tool != CG and "error" not in r]
    if not coop:
        return "—", None
    notes = []
    ok = True
    if w.check == "load":
        for key, r in list(results.items()):
            if "error" in r:
                continue
            d = r["digest"]
            if d["nodes"] != nodes:
                ok = False
                notes.append(f"{key[0]} read {d['nodes']} nodes")
        edges = {key: r["digest"]["edges"] for key, r in results.items() if "error" not in r}
        if len(set(edges.values())) > 1:
            ok = False
            notes.append("edge counts differ: %s" % edges)
        return ("same nodes and edges" if ok else "; ".join(notes)), ok
    ref = None
    ref_key = None
    for key, r in peers:
        if r.get("dump"):
            ref, ref_key = read_dump(r["dump"], nodes), key
            break
    if w.check in ("ranking", "approx"):
        k = 100 if w.check == "approx" else 10
        for t, r in coop:
            if not r.get("dump"):
                return "no result dump", False
            ours = read_dump(r["dump"], nodes)
            for key, pr in peers:
                if not pr.get("dump"):
                    continue
                theirs = read_dump(pr["dump"], nodes)
                if w.check == "ranking":
                    if not rank_agrees(ours, theirs, 10):
                        ok = False
                        notes.append(f"CoopGraph {t}t top-10 differs from {label(key)}")
                else:
                    # NetworKit's KADABRA reports, on an undirected graph, twice the share of
                    # shortest paths through a node (checked against exact betweenness on
                    # ba20k); CoopGraph reports networkx's normalized betweenness, which is
                    # that share times n/(n − 2). Bring both to the share.
                    theirs = theirs / 2
                    ours = ours * (nodes - 2) / nodes
                    top_ours = set(np.argsort(-ours, kind="stable")[:k])
                    top_theirs = set(np.argsort(-theirs, kind="stable")[:k])
                    overlap = len(top_ours & top_theirs)
                    # Both estimates are within ε of the truth, so within 2ε of each other.
                    diff = float(np.max(np.abs(ours - theirs)))
                    notes.append(f"CoopGraph {t}t vs KADABRA {key[1]}t: top-100 overlap "
                                 f"{overlap}/100, max |Δ| {diff:.4f}")
                    if diff > 2 * APPROX_EPSILON:
                        ok = False
        if w.check == "ranking" and ok:
            text = "same top-10 as " + ", ".join(sorted({k[0] for k, pr in peers if pr.get("dump")}))
            if w.algo == "pagerank" and ref is not None:
                worst = max(float(np.max(np.abs(read_dump(r["dump"], nodes) - ref)))
                            for t, r in coop)
                text += f"; max |Δ| vs {ref_key[0]} {worst:.1e}"
                for key, r in sorted(results.items()):
                    d = r.get("digest", {})
                    if "error" in r or d.get("iterations") is None:
                        continue
                    # The same traffic model as coopgraph-bench: 12 B/arc + 20 B/node a pass.
                    arcs = 2 * d["edges"]
                    gbs = d["iterations"] * (12 * arcs + 20 * d["nodes"]) / r["median"] / 1e9
                    text += f"; {label(key)}: {d['iterations']} iterations, {gbs:.2f} GB/s"
            return text, True
        return "; ".join(notes), ok
    if w.check == "partition":
        import igraph as ig
        g = ig.Graph.Read_Edgelist(path, directed=False)
        q = {}
        for key, r in results.items():
            if "error" in r or not r.get("dump"):
                continue
            membership = [int(x) for x in read_dump(r["dump"], nodes)]
            q[key] = g.modularity(membership)
            reported = r["digest"].get("modularity")
            if reported is not None and abs(float(reported) - q[key]) > 1e-6:
                ok = False
                notes.append(f"{key[0]} {key[1]}t reports Q={float(reported):.4f}, "
                             f"igraph computes {q[key]:.4f}")
        # Compare the median modularity over the repetitions (one seed each), since a single
        # seed's result varies by more than 0.002 on graphs without strong communities.
        med = {}
        for key, r in results.items():
            qs = [float(x) for x in r.get("modularities", []) if x is not None]
            if "error" not in r and qs:
                med[key] = statistics.median(qs)
        ig_q = med.get((IG, 1))
        for t, r in coop:
            if (CG, t) not in med:
                ok = False
                notes.append("no CoopGraph partition")
            elif ig_q is not None and med[(CG, t)] < ig_q - 0.002:
                ok = False
                notes.append(f"CoopGraph {t}t Q below igraph's − 0.002")
        def qtext(key):
            qs = results[key].get("modularities", [])
            spread = f" ({min(map(float, qs)):.4f}–{max(map(float, qs)):.4f})" if len(qs) > 1 else ""
            return f"{label(key)} {med[key]:.4f}{spread}"
        text = "median Q " + ", ".join(qtext(k) for k in med)
        return ("; ".join([text] + notes)), ok
    if w.check in ("components", "cores"):
        for t, r in coop:
            ours = read_dump(r["dump"], nodes) if r.get("dump") else None
            for key, pr in peers:
                theirs = read_dump(pr["dump"], nodes) if pr.get("dump") else None
                if ours is None or theirs is None:
                    continue
                if w.check == "cores":
                    same = bool(np.array_equal(ours, theirs))
                else:
                    same = same_partition(ours, theirs)
                if not same:
                    ok = False
                    notes.append(f"CoopGraph {t}t differs from {label(key)}")
        if ok:
            d = coop[0][1]["digest"]
            if w.check == "cores":
                ours = read_dump(coop[0][1]["dump"], nodes)
                return f"same core numbers (max core {int(np.max(ours))})", True
            return f"same partition ({d.get('components')} components)", True
        return "; ".join(notes), ok
    return "", None


def same_partition(a, b):
    mapping = {}
    back = {}
    for x, y in zip(a, b):
        if mapping.setdefault(x, y) != y or back.setdefault(y, x) != x:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Table


def label(key):
    tool, t = key
    return {IG: "igraph", NK: f"NetworKit {t}t", CG: f"CoopGraph {t}t"}[tool]


def fmt_time(r):
    if r is None:
        return "—"
    if "error" in r:
        return "not run" if "deadline" in r["error"] else "n/a"
    s = r["median"]
    text = f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"
    text += "¹" if len(r["compute"]) == 1 else ""
    return text + ("†" if r.get("earlier") else "")


def evaluate(w, results):
    """(ratio to best peer, target met?)"""
    coop = [r["median"] for (tool, t), r in results.items() if tool == CG and "error" not in r]
    peer = [r["median"] for (tool, t), r in results.items() if tool != CG and "error" not in r]
    ratio = min(coop) / min(peer) if coop and peer else None
    met = True
    for threads, peer_key, factor in w.targets:
        c = results.get((CG, threads))
        p = results.get(peer_key)
        if c is None or p is None or "error" in c or "error" in p:
            return ratio, None
        if c["median"] > factor * p["median"]:
            met = False
    return ratio, met


def render(rows, args, coop_memory):
    out = []
    cols = [(IG, 1), (NK, 1), (NK, 2), (CG, 1), (CG, 2)]
    out.append("| workload | graph | " + " | ".join(label(c) for c in cols)
               + " | CoopGraph / best peer | target | met | agreement |")
    out.append("|---|---|" + "---:|" * len(cols) + "---:|---|---|---|")
    for w, graph, results, agreement, ok in rows:
        ratio, met = evaluate(w, results)
        if w.algo == "load" and coop_memory is not None and met is not None:
            met = met and coop_memory["graph_bytes_per_arc"] <= 12
        met_text = "—" if met is None else ("yes" if met else "**no**")
        if ok is False:
            met_text = "**no** (results disagree)"
        cells = [fmt_time(results.get(c)) for c in cols]
        out.append(f"| {w.name} | {graph} | " + " | ".join(cells)
                   + f" | {'—' if ratio is None else f'{ratio:.2f}'} | {w.target_text} | "
                   + f"{met_text} | {agreement} |")
    return "\n".join(out)


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    try:
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True) \
            .stdout.splitlines()[0]
    except (OSError, IndexError):
        swift = "swift (unknown version)"
    import igraph
    import networkit
    return (f"{cpu}, {os.cpu_count()} logical CPUs, {mem}; {platform.system()} "
            f"{platform.release()}; {swift}; python-igraph {igraph.__version__}, "
            f"NetworKit {networkit.__version__}, Python {platform.python_version()}")


# Workloads in the order they run: cheap ones and those with tight targets first, so that a
# run cut short by --deadline has measured them; the table keeps the order of WORKLOADS.
RUN_ORDER = ["load", "components", "kcore", "pagerank", "leiden", "closeness", "betweenness",
             "louvain", "approx-betweenness"]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small graphs and one repetition: a smoke test of the harness")
    ap.add_argument("--repetitions", type=int, default=None,
                    help="repetitions per tool (default 5, 1 with --quick)")
    ap.add_argument("--budget", type=float, default=20.0,
                    help="stop repeating a tool once its compute time exceeds this (seconds)")
    ap.add_argument("--seed", type=int, default=1, help="seed for the randomized algorithms")
    ap.add_argument("--only", default="",
                    help="comma-separated workload names (betweenness, closeness, "
                         "approx-betweenness, pagerank, leiden, louvain, kcore, components, load)")
    ap.add_argument("--tools", default="igraph,networkit,coopgraph",
                    help="comma-separated tools to run")
    ap.add_argument("--no-cache", action="store_true", help="measure the peers again")
    ap.add_argument("--no-build", action="store_true", help="use the built coopgraph-bench")
    ap.add_argument("--write", action="store_true",
                    help="write the table into BENCHMARKS.md (after every workload)")
    ap.add_argument("--deadline", type=float, default=None,
                    help="seconds after which nothing more is measured (a tool run that "
                         "took longer last time than the time left is not started); those "
                         "cells show the latest earlier measurement, marked †")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per tool run")
    # Peer-runner mode.
    ap.add_argument("--peer", choices=[IG, NK], help=argparse.SUPPRESS)
    ap.add_argument("--workload", help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--threads", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.repetitions is None:
        args.repetitions = 1 if args.quick else 5
    if args.peer:
        peer_main(args)
        return

    started = time.time()
    only = set(filter(None, args.only.split(",")))
    tools = set(args.tools.split(","))
    os.makedirs(DUMP_DIR, exist_ok=True)
    bench_bin = None
    if CG in tools:
        if args.no_build:
            bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"],
                                     cwd=ROOT, check=True, capture_output=True,
                                     text=True).stdout.strip()
            bench_bin = os.path.join(bin_dir, "coopgraph-bench")
        else:
            bench_bin = build_coopgraph()
    cache = load_cache()
    revision = git_revision()
    selected = [(i, w, w.quick_graph if args.quick else w.graph) for i, w in enumerate(WORKLOADS)
                if not only or w.algo in only]
    rows = {i: (w, graph, {}, "not run", None) for i, w, graph in selected}
    run_sequence = sorted(selected, key=lambda x: (RUN_ORDER.index(x[1].algo), x[0]))
    for i, w, graph in run_sequence:
        path, nodes, edges = ensure_graph(graph)
        results = {}
        for tool, threads in w.runs():
            if tool not in tools:
                continue
            version = tool_version(tool) if tool != CG else revision
            key = "|".join([HARNESS_VERSION, w.algo, graph, tool, str(threads), version,
                            str(args.repetitions), str(args.budget), str(args.seed)])
            fallback_key = "|".join(["latest", w.algo, graph, tool, str(threads)])
            cached = cache.get(key) if tool != CG and not args.no_cache else None
            # Past the deadline, or would be: the last measurement's wall time is the estimate.
            expected = cache.get(fallback_key, {}).get("wall", 0)
            late = (args.deadline is not None
                    and time.time() - started + expected > args.deadline)
            if cached and (cached.get("dump") is None or os.path.exists(cached["dump"])):
                r = cached
                status = "cached"
            elif late:
                r = cache.get(fallback_key)
                if r is None:
                    r = dict(error="not measured (deadline)")
                else:
                    r = dict(r, earlier=True)
                status = "past the deadline: earlier measurement" if "error" not in r else r["error"]
            else:
                r = run_tool(tool, threads, w, graph, path, args, bench_bin)
                status = "error: " + r["error"] if "error" in r else f"{r['wall']:.1f} s wall"
                if "error" not in r:
                    r["measured_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
                    r["version"] = version
                    if tool != CG:
                        cache[key] = r
                    cache[fallback_key] = r
                    save_cache(cache)
            results[(tool, threads)] = r
            print(f"  {w.algo:20s} {graph:7s} {label((tool, threads)):14s} "
                  f"{fmt_time(r):>10s}  ({status})", file=sys.stderr)
        agreement, ok = check_results(w, graph, path, nodes, results)
        rows[i] = (w, graph, results, agreement, ok)
        text = report([rows[k] for k in sorted(rows)], args)
        if args.write:
            write_benchmarks_md(text)
    text = report([rows[k] for k in sorted(rows)], args)
    print(text)
    print(f"total {time.time() - started:.0f} s", file=sys.stderr)


def report(rows, args):
    """The Markdown block: the table, load times, memory, graphs and machine."""
    load_times = {}
    coop_memory = None
    peer_memory = {}
    earlier = set()
    for w, graph, results, _, _ in rows:
        for (tool, threads), r in results.items():
            if "error" in r:
                continue
            if r.get("earlier"):
                earlier.add(r.get("measured_at", "?"))
            load_times.setdefault((graph, tool), []).append(r["load_median"])
            if w.algo == "load":
                if tool == CG:
                    coop_memory = r["digest"]
                else:
                    peer_memory[tool] = r["digest"]
    lines = [render(rows, args, coop_memory), ""]
    lines.append(f"Cells are medians of {args.repetitions} repetitions; ¹ marks a single "
                 f"repetition (that tool's first run took longer than the {args.budget:g} s "
                 "budget). — : the tool has no such algorithm, or (CoopGraph 2t) the algorithm "
                 "is single-threaded.")
    if earlier:
        lines.append("† measured in an earlier run (" + ", ".join(sorted(earlier))
                     + "), not in this one: the run would have passed its --deadline. "
                     "That machine was busier, so these cells are slower than a quiet "
                     "machine gives.")
    lines.append("")
    if load_times:
        lines.append("Load time (median, seconds), reported apart from the times above:")
        lines.append("")
        lines.append("| graph | igraph | NetworKit | CoopGraph |")
        lines.append("|---|---:|---:|---:|")
        for graph in sorted({g for g, _ in load_times}):
            cells = []
            for tool in (IG, NK, CG):
                xs = load_times.get((graph, tool))
                cells.append(f"{statistics.median(xs):.3f}" if xs else "—")
            lines.append(f"| {graph} | " + " | ".join(cells) + " |")
        lines.append("")
    if coop_memory is not None:
        lines.append(
            f"Memory (load workload, {coop_memory['edges']:,} edges = {coop_memory['arcs']:,} "
            f"arcs): CoopGraph's CSR arrays (offsets + targets) take "
            f"{float(coop_memory['graph_bytes_per_arc']):.2f} B/arc, the node-id strings "
            f"{float(coop_memory['id_bytes_per_arc']):.2f} B/arc more; peak RSS (VmHWM) of the "
            f"whole coopgraph-bench process {coop_memory['maxrss_bytes'] / 2**20:.0f} MiB.")
        for tool, d in sorted(peer_memory.items()):
            name = "igraph" if tool == IG else "NetworKit"
            lines.append(f"Peak RSS of the {name} process "
                         f"{d['maxrss_bytes'] / 2**20:.0f} MiB, "
                         f"{d['baseline_rss_bytes'] / 2**20:.0f} MiB of it the Python "
                         "interpreter and the library before loading.")
        lines.append("")
    lines.append("Graphs: " + "; ".join(
        f"{g} = {describe_graph(g)}" for g in sorted({r[1] for r in rows})) + ".")
    lines.append("")
    lines.append(f"Machine: {machine_description()}. CoopGraph {git_revision()}, "
                 f"measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.")
    return "\n".join(lines)


def write_benchmarks_md(text):
    with open(BENCHMARKS_MD) as f:
        doc = f.read()
    start = doc.index(BEGIN_MARK) + len(BEGIN_MARK)
    end = doc.index(END_MARK)
    doc = doc[:start] + "\n" + text + "\n" + doc[end:]
    tmp = BENCHMARKS_MD + ".tmp"
    with open(tmp, "w") as f:
        f.write(doc)
    os.replace(tmp, BENCHMARKS_MD)
    print(f"wrote {BENCHMARKS_MD}", file=sys.stderr)


if __name__ == "__main__":
    main()
