"""The CP-SAT model: the cheapest mix of passes, day tickets, one-way tickets, IC and tickets.

People of one fare category (adults, children) travel together and pay the same prices, so the model
decides for one representative of each category and multiplies by the head count; route options are
shared by the whole party. Data, variables, constraints, objective, solve, report, check — in order.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from railopt.errors import RailoptError
from railopt.network.model import Network
from railopt.optimiser.options import Menu, Payment, is_one_way, ticket_cost, time_cost, valid_days
from railopt.optimiser.plan import Choice, Plan, Purchase
from railopt.products.catalogue import catalogue
from railopt.products.coverage import cover

TIE_SCALE = 100_000  # larger than any trip's total minutes plus purchases


class SolverError(RailoptError, RuntimeError):
    """CP-SAT found no plan within the time limit, or a plan failed its independent check."""






@dataclass
class _Vars:
    buy: dict[tuple[str, int, int], cp_model.IntVar]  # (category, offer index, start) -> bought
    use: dict[tuple[str, int, int, int], cp_model.IntVar]  # flexible: (category, offer, start, day) -> used
    route: dict[tuple[int, int], cp_model.IntVar]  # (leg, option) -> chosen
    pay: dict[tuple[int, int, int, str, int], cp_model.IntVar]  # (leg, option, unit, category, payment) -> chosen


Picks = list[tuple[int, list[dict[str, Payment]]]]  # per leg: (option index, payment per unit and category)


def _cheapest_leg(menu: Menu, li: int, active: frozenset[tuple[str, str]]) -> tuple[int, int, int, list[dict[str, Payment]]]:
    """(money + time, money, option index, payments) of leg ``li`` at its cheapest when the products in
    ``active`` ((category, product id) pairs valid that day) cost nothing more."""
    lm = menu.legs[li]
    best = None
    for j, opt in enumerate(lm.options):
        pays = []
        money = 0
        for unit in opt.units:
            chosen = {c: min((p for p in unit.payments[c] if _is_free(menu, p) or (c, p.by) in active), key=lambda p: p.yen)
                      for c in menu.categories}
            pays.append(chosen)
            money += sum(p.yen * menu.categories[c] for c, p in chosen.items())
        money *= lm.leg.times
        key = (money + time_cost(menu, opt.minutes, lm.leg.times), opt.minutes)
        if best is None or key < best[0]:
            best = (key, money, j, pays)
    assert best is not None
    return best[0][0], best[1], best[2], best[3]


def _is_free(menu: Menu, pay: Payment) -> bool:
    """A way to pay that needs no purchase: IC, a ticket, a one-way ticket or a product already held."""
    return pay.by in ("ic", "ticket") or is_one_way(pay.by) or pay.by in menu.trip.owned


def baseline(menu: Menu) -> tuple[int, Picks]:
    """The best plan that buys no pass or day ticket: each leg's cheapest option paid by IC/ticket, a
    one-way ticket or a product the traveller already holds. Returns (money, per leg: (option index, payments per unit))."""
    legs = [_cheapest_leg(menu, li, frozenset()) for li in range(len(menu.legs))]
    return sum(money for _, money, _, _ in legs), [(j, pays) for _, _, j, pays in legs]


def greedy(menu: Menu) -> tuple[list[tuple[str, int, int]], Picks]:
    """A good plan to start the solver from: add the purchase (category, offer, start day) that lowers the
    cost most, while one does. Passes valid on any N days of a window are left to the solver."""
    n_days = len(menu.trip.days)
    legs_on: dict[int, list[int]] = {}
    for li, lm in enumerate(menu.legs):
        legs_on.setdefault(lm.leg.day, []).append(li)
    memo: dict[tuple[int, frozenset[tuple[str, str]]], int] = {}

    def day_cost(d: int, active: frozenset[tuple[str, str]]) -> int:
        if (d, active) not in memo:
            memo[(d, active)] = sum(_cheapest_leg(menu, li, active)[0] for li in legs_on.get(d, ()))
        return memo[(d, active)]

    useful = {(c, p.by) for lm in menu.legs for opt in lm.options for unit in opt.units
              for c in menu.categories for p in unit.payments[c] if not _is_free(menu, p)}
    candidates = [(c, i, s) for c in menu.categories for i, offer in enumerate(menu.offers)
                  if offer.validity != "flexible" and (c, offer.product.id) in useful
                  for s, prices in offer.starts.items() if c in prices]
    active: dict[int, frozenset[tuple[str, str]]] = {d: frozenset() for d in range(n_days)}
    bought: list[tuple[str, int, int]] = []
    while True:
        best, best_delta = None, 0
        for c, i, s in candidates:
            offer = menu.offers[i]
            if any((c, offer.product.id) in active[d] for d in valid_days(offer, s, n_days)):
                continue
            delta = offer.starts[s][c] * menu.categories[c] + sum(
                day_cost(d, active[d] | {(c, offer.product.id)}) - day_cost(d, active[d]) for d in valid_days(offer, s, n_days))
            if delta < best_delta:
                best, best_delta = (c, i, s), delta
        if best is None:
            break
        c, i, s = best
        bought.append(best)
        for d in valid_days(menu.offers[i], s, n_days):
            active[d] = active[d] | {(c, menu.offers[i].product.id)}
    picks = [(j, pays) for li, lm in enumerate(menu.legs)
             for _, _, j, pays in [_cheapest_leg(menu, li, active[lm.leg.day])]]
    return bought, picks




def solve_menu(network: Network, menu: Menu, *, time_limit: float = 20.0, workers: int = 8,
          forced: tuple[str, ...] = ()) -> Plan:
    """Solve ``menu`` with CP-SAT; ``forced`` product ids must be bought (used by ``rank``).

    The pay-as-you-go plan is the hint; the chosen plan is re-priced by :func:`check_solution`.
    """
    started = time.perf_counter()
    n_days = len(menu.trip.days)
    categories = menu.categories
    model = cp_model.CpModel()
    v = _Vars({}, {}, {}, {})

    # --- variables: purchases (per category, offer and start day)
    active: dict[tuple[str, str, int], list[cp_model.IntVar]] = {}
    for c in categories:
        for i, offer in enumerate(menu.offers):
            for s, prices in offer.starts.items():
                if c not in prices:
                    continue
                b = model.new_bool_var(f"buy[{c},{offer.key},{s}]")
                v.buy[(c, i, s)] = b
                days = valid_days(offer, s, n_days)
                for d in days:
                    if offer.validity == "flexible":
                        used = model.new_bool_var(f"use[{c},{offer.key},{d}]")
                        v.use[(c, i, s, d)] = used
                        model.add_implication(used, b)
                        active.setdefault((c, offer.product.id, d), []).append(used)
                    else:
                        active.setdefault((c, offer.product.id, d), []).append(b)
                if offer.validity == "flexible":
                    # a flexible pass is valid on at most ``days`` days of its window
                    model.add(sum(v.use[(c, i, s, d)] for d in days) <= offer.days)

    # overlapping copies of one product never help: at most one valid per category and day
    for key, holders in active.items():
        if len(holders) > 1:
            model.add(sum(holders) <= 1)

    # --- variables: route option per leg, payment per unit and category
    for li, lm in enumerate(menu.legs):
        for j, opt in enumerate(lm.options):
            v.route[(li, j)] = model.new_bool_var(f"route[{li},{j}]")
        # each leg takes exactly one route option
        model.add_exactly_one(v.route[(li, j)] for j in range(len(lm.options)))
        for j, opt in enumerate(lm.options):
            for u, unit in enumerate(opt.units):
                for c in categories:
                    choices = []
                    for q, pay in enumerate(unit.payments[c]):
                        free = pay.by in ("ic", "ticket") or is_one_way(pay.by) or pay.by in menu.trip.owned
                        needs = None if free else active.get((c, pay.by, lm.leg.day))
                        if not free and not needs:
                            continue  # the product cannot be active that day
                        x = model.new_bool_var(f"pay[{li},{j},{u},{c},{pay.by}]")
                        v.pay[(li, j, u, c, q)] = x
                        choices.append(x)
                        if needs:
                            # a product pays only on a day it is valid (and, if flexible, used)
                            model.add(x <= sum(needs))
                    # every unit of the chosen option is paid exactly once, per category
                    model.add(sum(choices) == v.route[(li, j)])

    # --- forced products (rank): at least one purchase of each
    for pid in forced:
        bought = [b for (c, i, s), b in v.buy.items() if menu.offers[i].product.id == pid]
        if not bought:
            raise SolverError(f"{pid} cannot be bought on any day of this trip")
        model.add_bool_or(bought)

    # --- objective: money the party pays + value of time
    money_terms = []
    for (c, i, s), b in v.buy.items():
        money_terms.append(menu.offers[i].starts[s][c] * categories[c] * b)
    for (li, j, u, c, q), x in v.pay.items():
        lm = menu.legs[li]
        pay = lm.options[j].units[u].payments[c][q]
        money_terms.append(pay.yen * categories[c] * lm.leg.times * x)
    time_terms = [time_cost(menu, lm.options[j].minutes, lm.leg.times) * r for (li, j), r in v.route.items()
                  for lm in (menu.legs[li],)]
    # ties (routes of equal fare are common: JR prices the shortest route) are broken towards fewer
    # minutes and fewer purchases, below one yen: the yen objective is TIE_SCALE times coarser
    ties = [round(menu.legs[li].options[j].minutes) * menu.legs[li].leg.times * r for (li, j), r in v.route.items()]
    ties += [b for b in v.buy.values()]
    model.minimize(TIE_SCALE * (sum(money_terms) + sum(time_terms)) + sum(ties))

    # --- hint: the greedy plan (the pay-as-you-go plan when buying nothing is best)
    base_money, _ = baseline(menu)
    hint_buys, picks = greedy(menu) if not forced else ([], baseline(menu)[1])
    for (li, j), r in v.route.items():
        model.add_hint(r, 1 if picks[li][0] == j else 0)
    for (li, j, u, c, q), x in v.pay.items():
        chosen = picks[li][0] == j and menu.legs[li].options[j].units[u].payments[c][q] == picks[li][1][u][c]
        model.add_hint(x, 1 if chosen else 0)
    for buy_key, b in v.buy.items():
        model.add_hint(b, 1 if buy_key in hint_buys else 0)

    # --- solve
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise SolverError(f"no plan found ({solver.status_name(status)}); try a longer --time-limit")

    # --- report
    plan = _extract(menu, v, solver, solver.status_name(status), base_money)
    by_reason: dict[str, list[str]] = {}
    for entry in menu.refused:
        leg_key, reason = entry.split(": ", 1)
        by_reason.setdefault(reason, []).append(leg_key)
    for reason, keys in by_reason.items():
        plan.notes.append(f"{len(keys)} route option(s) left out ({', '.join(dict.fromkeys(keys))}): {reason}")
    if menu.trip.owned:
        plan.notes.append(f"already held, valid every day of the trip: {', '.join(menu.trip.owned)}")
    products = {o.product.id: o.product for o in menu.offers}
    for pid, variant, bought_on in dict.fromkeys((p.product, p.variant, p.first_day) for p in plan.purchases):
        row = products[pid].variant(variant).price(bought_on)
        if row is not None and row.stale_on(bought_on):
            plan.notes.append(f"{products[pid].name} ({variant}): price last sourced {row.attested}, possibly out of date; "
                              "check it before buying")
    plan.objective = float(int(round(solver.objective_value)) // TIE_SCALE)
    if status != cp_model.OPTIMAL:
        bound = int(solver.best_objective_bound) // TIE_SCALE
        plan.notes.append(f"not proven the cheapest within the {time_limit:g} s time limit: this plan's cost plus time value is "
                          f"¥{int(plan.objective):,}, and no plan can be below ¥{bound:,}; a longer --time-limit may find a cheaper one")
    plan.solve_seconds = time.perf_counter() - started
    proto = model.proto
    plan.model_size = {"variables": len(proto.variables), "constraints": len(proto.constraints)}
    time_value = sum(time_cost(menu, ch.option.minutes, ch.leg.times) for ch in plan.choices)
    if plan.total_yen + time_value != round(plan.objective):
        raise SolverError(f"internal error: plan total {plan.total_yen} + time {time_value} != objective {plan.objective}")
    check_solution(network, menu, plan)
    return plan


def _extract(menu: Menu, v: _Vars, solver: cp_model.CpSolver, status: str, base_money: int) -> Plan:
    categories = menu.categories
    choices = []
    for li, lm in enumerate(menu.legs):
        j = next(j for j in range(len(lm.options)) if solver.value(v.route[(li, j)]))
        pays = []
        for u, unit in enumerate(lm.options[j].units):
            chosen = {}
            for c in categories:
                q = next(q for q in range(len(unit.payments[c])) if (li, j, u, c, q) in v.pay and solver.value(v.pay[(li, j, u, c, q)]))
                chosen[c] = unit.payments[c][q]
            pays.append(chosen)
        choices.append(Choice(lm.leg, lm.options[j], tuple(pays)))
    purchases = []
    n_days = len(menu.trip.days)
    for (c, i, s), b in v.buy.items():
        if not solver.value(b):
            continue
        offer = menu.offers[i]
        days = valid_days(offer, s, n_days)
        if offer.validity == "flexible":
            days = tuple(d for d in days if solver.value(v.use[(c, i, s, d)]))
        used = {ch.leg.day for ch in choices for pay in ch.payments if pay[c].by == offer.product.id and ch.leg.day in days}
        first = days[0] if days else s
        last = days[-1] if days else s
        if offer.validity != "flexible":
            last = s + offer.days - 1
        purchases.append(Purchase(
            offer.product.id, offer.product.name, offer.variant, c, categories[c],
            menu.trip.days[first],
            menu.trip.days[first] + dt.timedelta(days=(last - first)), len(used),
            offer.starts[s][c] * categories[c], offer.starts[s][c], s, tuple(days)))
    purchases.sort(key=lambda p: (p.start, p.product, p.category))
    money = sum(p.price_yen for p in purchases) + sum(
        pay.yen * categories[c] * ch.leg.times for ch in choices for unit in ch.payments for c, pay in unit.items())
    return Plan(status, money, base_money, purchases, choices, dict(categories), menu.trip.days)


def check_solution(network: Network, menu: Menu, plan: Plan) -> None:
    """Re-price ``plan`` from the catalogue and the fare engine, independently of the model, and check
    it equals the reported total; also check every product payment falls on a day the product is valid."""
    products = catalogue()
    trip = menu.trip
    total = 0
    valid: dict[tuple[str, str], set[int]] = {}
    for p in plan.purchases:
        product = products[p.product]
        price = product.price(trip.days[p.start], p.category, p.variant)
        total += price * p.quantity
        valid.setdefault((p.product, p.category), set()).update(p.days)
    for ch in plan.choices:
        for unit, pays in zip(ch.option.units, ch.payments):
            for c, pay in pays.items():
                child = c == "child"
                segs = list(unit.segments)
                if pay.by in ("ic", "ticket"):
                    yen = ticket_cost(network, segs, ch.leg.date, ch.leg.seat, child)[0]
                else:
                    product = products[pay.by]
                    residual = cover(network, product, segs, ch.leg.date, seat=ch.leg.seat, child=child).residual_yen
                    if product.kind == "one-way":
                        row = product.variant(pay.variant).price(ch.leg.date)
                        yen = (row.yen(c) or 0) + residual if row else -1
                    else:
                        if pay.by not in trip.owned and ch.leg.day not in valid.get((pay.by, c), set()):
                            raise SolverError(f"check failed: {pay.by} used on day {ch.leg.day + 1} when it is not valid")
                        yen = residual
                if yen != pay.yen:
                    raise SolverError(f"check failed: {pay.by} for {segs[0].origin}–{segs[-1].destination} re-prices to {yen}, model had {pay.yen}")
                total += yen * plan.categories[c] * ch.leg.times
    if total != plan.total_yen:
        raise SolverError(f"check failed: the plan re-prices to {total} yen, the model reported {plan.total_yen}")
