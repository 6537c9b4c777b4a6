"""Route search time over random station pairs across operators (median, 95th percentile), the same
with pricing (``quote``), and the whole network's load time.

Run: python benchmarks/bench_routing.py [--pairs N] [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# run from a checkout without installing: the repository root holds the railopt package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_times(repeats: int = 3) -> tuple[float, float]:
    code = "import time; t=time.perf_counter(); import railopt; railopt.load_network(); print(time.perf_counter()-t)"
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, RAILOPT_CACHE=cache, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
        run = lambda: float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)  # noqa: E731
        cold = run()
        warm = statistics.median(run() for _ in range(repeats))
    return cold, warm


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    from railopt.errors import RailoptError
    from railopt.fares.quote import quote, routes
    from railopt.network import load_network
    from railopt.network.lookup import Place

    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()
    cold, warm = load_times()
    print(f"network load: cold {cold:.3f} s (validate every file, build the graph), warm {warm:.3f} s (median of 3, new process each)")
    net = load_network()
    ops: dict[str, list[str]] = {}
    for line in net.lines.values():
        for sid in line.stations():
            ops.setdefault(line.operator, []).append(sid)
    rng = random.Random(args.seed)
    names = sorted(ops)
    pairs = []
    while len(pairs) < args.pairs:  # a random operator for each end, then a random station of it: every operator is sampled
        a, b = rng.choice(ops[rng.choice(names)]), rng.choice(ops[rng.choice(names)])
        if a != b:
            pairs.append((a, b))
    route_ms, quote_ms, failed = [], [], 0
    day = dt.date(2026, 5, 12)
    for a, b in pairs:
        start = time.perf_counter()
        try:
            routes(net, Place(a, a, (a,)), Place(b, b, (b,)), k=3)
        except RailoptError:
            failed += 1
        route_ms.append((time.perf_counter() - start) * 1000)
    for a, b in pairs[: max(1, args.pairs // 5)]:
        start = time.perf_counter()
        try:
            quote(net, a, b, day)
        except RailoptError:
            pass
        quote_ms.append((time.perf_counter() - start) * 1000)
    print(f"network: {len(net.stations)} stations, {len(net.lines)} lines, {len(names)} operators, {net.graph.number_of_edges()} edges")
    print(f"route search ({len(pairs)} random pairs across operators, k=3 with the JR-only and private-only searches): "
          f"median {statistics.median(route_ms):.1f} ms, p95 {percentile(route_ms, 95):.1f} ms ({failed} without a route)")
    print(f"route search + pricing (quote, first {len(quote_ms)} pairs): median {statistics.median(quote_ms):.1f} ms, "
          f"p95 {percentile(quote_ms, 95):.1f} ms")


if __name__ == "__main__":
    main()
