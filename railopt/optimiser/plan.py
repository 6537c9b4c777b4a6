"""A solved plan: what to buy, how each leg is paid, what it costs; and its independent re-pricing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from railopt.network.model import Network
from railopt.optimiser.options import Option, Payment
from railopt.optimiser.trip import Leg


@dataclass(frozen=True)
class Purchase:
    """One product bought for one fare category, used from ``first_day`` to ``last_day``."""

    product: str
    name: str
    variant: str
    category: str
    quantity: int
    first_day: dt.date
    last_day: dt.date
    days_used: int
    price_yen: int  # for the quantity
    unit_price_yen: int
    start: int = 0  # day index of the first day of validity
    days: tuple[int, ...] = ()  # day indexes it is valid on


@dataclass(frozen=True)
class Choice:
    """How one leg is travelled: the route option and, per fare unit, each category's payment."""

    leg: Leg
    option: Option
    payments: tuple[dict[str, Payment], ...]  # per unit: category -> payment


@dataclass
class Plan:
    status: str
    total_yen: int  # everything the party pays: products plus fares
    baseline_yen: int  # the best plan that buys no pass or day ticket
    purchases: list[Purchase]
    choices: list[Choice]
    categories: dict[str, int]
    days: tuple[dt.date, ...]
    objective: float = 0.0  # money + value of time
    solve_seconds: float = 0.0
    model_size: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def savings_yen(self) -> int:
        return self.baseline_yen - self.total_yen

    def leg_cost(self, choice: Choice) -> int:
        return sum(p.yen * self.categories[c] for unit in choice.payments for c, p in unit.items()) * choice.leg.times

    def day_costs(self) -> list[int]:
        costs = [0] * len(self.days)
        for ch in self.choices:
            costs[ch.leg.day] += self.leg_cost(ch)
        return costs

    def to_dict(self, network: Network) -> dict[str, Any]:
        name = lambda s: network.stations[s].name_en  # noqa: E731
        legs = []
        for ch in self.choices:
            segments = []
            for unit, pay in zip(ch.option.units, ch.payments):
                cost = sum(p.yen * self.categories[c] for c, p in pay.items()) * ch.leg.times
                first_category = next(iter(pay))
                for i, s in enumerate(unit.segments):
                    if s.is_walk:
                        continue
                    seg = {
                        "operator": s.operator,
                        "line": network.lines[s.line].name if s.line in network.lines else s.line,
                        "train": s.service_name, "from": name(s.origin), "to": name(s.destination),
                        "paid_by": pay[first_category].by, "cost_yen": cost if i == 0 else 0,
                    }
                    if len({p.by for p in pay.values()}) > 1:
                        seg["paid_by_category"] = {c: p.by for c, p in pay.items()}
                    segments.append(seg)
            legs.append({
                "day": ch.leg.day + 1, "date": ch.leg.date.isoformat(), "from": name(ch.option.route.origin),
                "to": name(ch.option.route.destination), "times": ch.leg.times, "minutes": ch.option.minutes,
                "cost_yen": self.leg_cost(ch), "segments": segments,
            })
        return {
            "status": self.status,
            "total_yen": self.total_yen,
            "baseline_yen": self.baseline_yen,
            "savings_yen": self.savings_yen,
            "party": self.categories,
            "purchases": [
                {"product": p.product, "name": p.name, "variant": p.variant, "category": p.category,
                 "quantity": p.quantity, "first_day": p.first_day.isoformat(), "last_day": p.last_day.isoformat(),
                 "days_used": p.days_used, "price_yen": p.price_yen}
                for p in self.purchases
            ],
            "legs": legs,
            "days": [{"day": i + 1, "date": d.isoformat(), "cost_yen": c} for i, (d, c) in enumerate(zip(self.days, self.day_costs()))],
            "solve_seconds": round(self.solve_seconds, 3),
            "model_size": self.model_size,
            "notes": self.notes,
        }

    COLUMNS = ("day", "date", "from", "to", "times", "minutes", "route", "paid_by", "cost_yen")

    def to_frame(self, network: Network) -> pd.DataFrame:
        """One row per leg: day, date, from, to, times, minutes, route, paid_by, cost_yen."""
        rows = []
        for leg in self.to_dict(network)["legs"]:
            rows.append({
                "day": leg["day"], "date": leg["date"], "from": leg["from"], "to": leg["to"], "times": leg["times"],
                "minutes": leg["minutes"],
                "route": " / ".join(f"{s['train']} {s['from']}–{s['to']}" for s in leg["segments"]),
                "paid_by": ", ".join(dict.fromkeys(s["paid_by"] for s in leg["segments"])),
                "cost_yen": leg["cost_yen"],
            })
        return pd.DataFrame(rows, columns=list(self.COLUMNS))

