#!/usr/bin/env python3
"""Writes .bench/graphs/gnm10m.txt: a uniform random graph with 2,000,000 nodes and 10,000,000
distinct edges (no self-loops; numpy seed 10), one `u v` line per edge with labels 0..n-1, the
10M-edge workload of the memory measurements in BENCHMARKS.md and docs/scale.md."""

import os

import numpy as np

N, M, SEED = 2_000_000, 10_000_000, 10
OUT = os.path.join(os.path.dirname(__file__), "..", ".bench", "graphs", "gnm10m.txt")


def main():
    rng = np.random.default_rng(SEED)
    keys = np.empty(0, dtype=np.int64)
    while keys.size < M:
        u = rng.integers(0, N, size=M, dtype=np.int64)
        v = rng.integers(0, N, size=M, dtype=np.int64)
        lo, hi = np.minimum(u, v), np.maximum(u, v)
        k = lo[lo != hi] * N + hi[lo != hi]
        keys = np.unique(np.concatenate([keys, k]))
    keys = np.sort(rng.permutation(keys)[:M])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    np.savetxt(OUT, np.stack([keys // N, keys % N], axis=1), fmt="%d")


if __name__ == "__main__":
    main()
