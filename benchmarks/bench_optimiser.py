"""Optimiser benchmark: a 21-day trip with 120 legs and the whole catalogue; model size and solve time
(median of 5), plus `railopt solve` end to end on the README's example.

Run: python benchmarks/bench_optimiser.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

# run from a checkout without installing: the repository root holds the railopt package
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from railopt.network import load_network  # noqa: E402
from railopt.optimiser import build_menu, parse_trip, solve_menu  # noqa: E402

PLACES = ["Kyoto", "Osaka", "Shin-Osaka", "Himeji", "Nara", "Kobe", "Uji", "Inari", "Sannomiya", "Akashi", "Otsu",
          "Tennoji", "Saga-Arashiyama", "Universal City", "Kakogawa", "Kusatsu"]


def big_trip(seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = ["start = 2026-05-04", "[party]", "adults = 2", "children = 1"]
    legs_total = 0
    for day in range(21):
        n = 120 // 21 + (1 if day < 120 % 21 else 0)
        here = "Kyoto" if day < 10 else "Osaka"
        legs = []
        for _ in range(n):
            there = rng.choice([p for p in PLACES if p != here])
            legs.append(f'"{here} -> {there}"')
            here = there
        legs_total += len(legs)
        lines += ["[[day]]", f"legs = [{', '.join(legs)}]"]
    assert legs_total == 120
    return "\n".join(lines) + "\n"


def main() -> None:
    net = load_network()
    trip = parse_trip(big_trip(), "benchmark")
    t0 = time.perf_counter()
    menu = build_menu(net, trip)
    build = time.perf_counter() - t0
    times = []
    plan = None
    for _ in range(5):
        t = time.perf_counter()
        plan = solve_menu(net, menu, time_limit=60)
        times.append(time.perf_counter() - t)
    assert plan is not None
    options = sum(len(lm.options) for lm in menu.legs)
    print(f"21 days, {len(menu.legs)} legs, {options} route options, {len(menu.offers)} product variants on offer")
    print(f"menu (routes + prices + coverage): {build:.2f} s")
    print(f"model: {plan.model_size['variables']} variables, {plan.model_size['constraints']} constraints; status {plan.status}")
    print(f"solve (incl. independent re-pricing): median {statistics.median(times):.2f} s over 5 (min {min(times):.2f}, max {max(times):.2f})")
    print(f"plan {plan.total_yen} yen vs pay-as-you-go {plan.baseline_yen} yen")
    example = Path(__file__).resolve().parent.parent / "examples" / "family.toml"
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "railopt.cli", "solve", str(example)], check=True, capture_output=True)
        runs.append(time.perf_counter() - t)
    print(f"`railopt solve examples/family.toml` end to end: median {statistics.median(runs):.2f} s over 3")


if __name__ == "__main__":
    main()
