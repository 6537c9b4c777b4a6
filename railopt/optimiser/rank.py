"""Ranking products for a trip: price, price per day, what each would cover, and its net saving."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from railopt.network.model import Network
from railopt.optimiser.model import SolverError, solve_menu
from railopt.optimiser.options import Menu
from railopt.optimiser.plan import Plan


@dataclass(frozen=True)
class Ranking:
    """One product's standing for a trip (adult prices shown; savings for the whole party)."""

    product: str
    name: str
    cheapest_variant: str
    price_yen: int
    days: int
    price_per_day_yen: int
    covered_fares_yen: int  # fares and charges it pays for in the trip, at its best start
    net_saving_yen: int  # best plan without it minus best plan that buys it (negative: it costs more)
    break_even_yen: int  # more covered travel it needs to pay off (0 if it already does)
    in_best_plan: bool

    COLUMNS = ("product", "name", "cheapest_variant", "price_yen", "days", "price_per_day_yen",
               "covered_fares_yen", "net_saving_yen", "break_even_yen", "in_best_plan")

    def to_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in self.COLUMNS}


def covered_value(plan: Plan, product: str) -> int:
    """What ``product`` pays for in ``plan``: the pay-as-you-go cost of the units it pays, less residuals."""
    total = 0
    for ch in plan.choices:
        for unit, pays in zip(ch.option.units, ch.payments):
            for c, pay in pays.items():
                if pay.by == product:
                    total += (unit.payments[c][0].yen - pay.yen) * plan.categories[c] * ch.leg.times
    return total


def rank(network: Network, menu: Menu, *, time_limit: float = 10.0) -> list[Ranking]:
    """Every product the traveller may buy for this trip, best net saving first."""
    best = solve_menu(network, menu, time_limit=time_limit)
    bought = {p.product for p in best.purchases}
    out: list[Ranking] = []
    for pid in dict.fromkeys(o.product.id for o in menu.offers):
        offers = [o for o in menu.offers if o.product.id == pid]
        cheapest = min(offers, key=lambda o: (min(p.get("adult", p.get("child", 0)) for p in o.starts.values()), o.days))
        price = min(p.get("adult", p.get("child", 0)) for p in cheapest.starts.values())
        without = best if pid not in bought else solve_menu(network, replace(menu, offers=[o for o in menu.offers if o.product.id != pid]), time_limit=time_limit)
        try:
            forced = best if pid in bought else solve_menu(network, menu, time_limit=time_limit, forced=(pid,))
        except SolverError:
            continue
        saving = round(without.objective - forced.objective)
        out.append(Ranking(pid, cheapest.product.name, cheapest.variant, price, cheapest.days,
                           round(price / cheapest.days), covered_value(forced, pid), saving, max(0, -saving),
                           pid in bought))
    out.sort(key=lambda r: (-r.net_saving_yen, r.price_yen))
    return out


def rank_frame(rows: list[Ranking]) -> pd.DataFrame:
    return pd.DataFrame([r.to_dict() for r in rows], columns=list(Ranking.COLUMNS))
