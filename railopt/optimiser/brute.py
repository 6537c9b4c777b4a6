"""A brute-force solver for small menus, to check the CP-SAT model: it enumerates every set of up to
``max_purchases`` purchases per fare category (each start day; each choice of days for a flexible
pass) and, for each, pays every leg in its cheapest allowed way."""

from __future__ import annotations

import itertools

from railopt.optimiser.options import Menu, allowed_payment, time_cost, valid_days


def _instances(menu: Menu, category: str) -> list[tuple[str, int, frozenset[int]]]:
    """Every way to buy one product for ``category``: (product id, price, days it is valid on)."""
    out = []
    n_days = len(menu.trip.days)
    for offer in menu.offers:
        for s, prices in offer.starts.items():
            if category not in prices:
                continue
            days = valid_days(offer, s, n_days)
            if offer.validity == "flexible":
                for k in range(1, offer.days + 1):
                    for chosen in itertools.combinations(days, k):
                        out.append((offer.product.id, prices[category], frozenset(chosen)))
            else:
                out.append((offer.product.id, prices[category], frozenset(days)))
    return out


def brute_force(menu: Menu, max_purchases: int = 2) -> int:
    """The least objective (money + value of time) over all plans with at most ``max_purchases``
    purchases per category."""
    categories = list(menu.categories)
    per_category = []
    for c in categories:
        inst = _instances(menu, c)
        combos = [combo for k in range(max_purchases + 1) for combo in itertools.combinations(inst, k)]
        per_category.append(combos)
    best: int | None = None
    for choice in itertools.product(*per_category):
        cost = 0
        active: dict[str, set[tuple[str, int]]] = {}
        for c, combo in zip(categories, choice):
            for pid, price, days in combo:
                cost += price * menu.categories[c]
                active.setdefault(c, set()).update((pid, d) for d in days)
        for lm in menu.legs:
            leg_best = None
            for opt in lm.options:
                total = time_cost(menu, opt.minutes, lm.leg.times)
                for unit in opt.units:
                    for c in categories:
                        allowed = [p.yen for p in unit.payments[c] if allowed_payment(menu, p.by, c, lm.leg.day, active)]
                        total += min(allowed) * menu.categories[c] * lm.leg.times
                if leg_best is None or total < leg_best:
                    leg_best = total
            cost += leg_best or 0
        if best is None or cost < best:
            best = cost
    assert best is not None
    return best
