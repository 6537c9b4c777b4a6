"""Network load time (cold: no cache; warm: from the on-disk cache in a new process) and
JR fares for every ordered pair of JR stations (pairs per second after load).

Run: python benchmarks/bench_network.py [--pairs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# run from a checkout without installing: the repository root holds the railopt package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

def load_times(repeats: int = 5) -> tuple[float, float]:
    code = "import time; t=time.perf_counter(); import railopt; railopt.load_network(); print(time.perf_counter()-t)"
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, RAILOPT_CACHE=cache)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
        cold = float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
        warm = [float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)
                for _ in range(repeats)]
    return cold, statistics.median(warm)


def pair_fares(limit: int | None) -> tuple[int, float, int]:
    from railopt.fares.jr import ticket_fare
    from railopt.network import load_network

    net = load_network()
    day = dt.date(2026, 5, 12)
    # JR fares: the stations on JR lines (the private railways have their own fare engine)
    ids = sorted({s for line in net.lines.values() if line.operator.startswith("JR") for s in line.stations()})
    pairs = [(a, b) for a in ids for b in ids if a != b]
    if limit:
        pairs = pairs[:limit]
    errors = 0
    start = time.perf_counter()
    for a, b in pairs:
        try:
            ticket_fare(net, a, b, day)
        except Exception:
            errors += 1
    elapsed = time.perf_counter() - start
    return len(pairs), elapsed, errors


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=None, help="only the first N pairs")
    args = parser.parse_args()
    cold, warm = load_times()
    print(f"network load: cold {cold:.3f} s, warm {warm:.3f} s (median of 5, new process each)")
    n, elapsed, errors = pair_fares(args.pairs)
    print(f"fares: {n} ordered pairs in {elapsed:.2f} s = {n / elapsed:,.0f} pairs/s ({errors} errors)")


if __name__ == "__main__":
    main()
