"""Does a product cover a journey on a day, and what is left to pay?

A fare unit (a run of rides priced as one journey by one operator's rules) is checked hop by hop
(station to adjacent station) against the product's areas. The parts outside the area are priced
as journeys of their own from the area's boundary station (the rule of every Kansai pass: "pay the
fare from the boundary"). Limited-express and Shinkansen charges are covered only for a ride wholly
inside the area on a train whose charge the product includes, in a seat it includes; otherwise the
ride's charge is paid. A service the product excludes (Nozomi/Mizuho for the Japan Rail Pass) is
paid in full, or with the product's add-on ticket where one is sold for that section.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from railopt.errors import FareRuleError
from railopt.fares.jr import Hop, hops_of_segment
from railopt.fares.quote import unit_charges, unit_fare
from railopt.network.model import Network
from railopt.network.routing import Segment
from railopt.products.catalogue import Area, Product, catalogue


@dataclass(frozen=True)
class Cover:
    """What ``product`` does for one fare unit: the components it covers and the residual to pay."""

    product: str
    covered: tuple[str, ...]  # "fare", "express", "green" (what it pays for, at least in part)
    residual_yen: int
    residual: tuple[str, ...]  # what the residual is made of, one line each

    @property
    def useful(self) -> bool:
        return bool(self.covered)


def _operator_matches(area: Area, operator: str) -> bool:
    if area.operator == "JR":
        return operator.startswith("JR")
    return area.operator == operator


def _hop_in_area(network: Network, area: Area, hop: Hop, operator: str) -> bool:
    if not _operator_matches(area, operator):
        return False
    if area.lines and hop.line not in area.lines:
        return False
    if area.between is not None:
        line = network.lines[hop.line]
        if not all(s in line.stations() for s in area.between):
            return False
        lo, hi = sorted(line.position(s).km10 for s in area.between)
        return all(lo <= line.position(s).km10 <= hi for s in (hop.a, hop.b))
    return True


def in_area(network: Network, product: Product, segment: Segment) -> list[bool]:
    """For each hop of ``segment``: is its fare covered by ``product``?"""
    cache = network.cache.setdefault("in_area", {})
    key = (product.coverage, segment.line, segment.stops, segment.service, segment.train_type, segment.operator)
    if key not in cache:
        cov = product.coverage
        hops = hops_of_segment(network, segment) if segment.line in network.lines else []
        if cov is None or segment.service in cov.exclude_services or segment.train_type in cov.exclude_train_types:
            cache[key] = (False,) * len(hops)
        else:
            cache[key] = tuple(any(_hop_in_area(network, a, h, segment.operator) for a in cov.areas) for h in hops)
    return list(cache[key])


def _piece(segment: Segment, hops: list[Hop]) -> Segment:
    """The part of ``segment`` over ``hops`` (consecutive), as a segment of its own."""
    km = round(sum(h.km10 for h in hops) / 10, 1)
    share = km / segment.km if segment.km else 1.0
    return replace(segment, stops=(hops[0].a, hops[-1].b), km=km,
                   fare_km=round(sum(h.fare_km10 for h in hops) / 10, 1), minutes=round(segment.minutes * share, 1))


def _uncovered_runs(network: Network, product: Product, unit: list[Segment]) -> tuple[list[list[Segment]], bool]:
    """The unit's parts outside the product's area (each a journey of its own), and whether any part is inside."""
    runs: list[list[Segment]] = []
    current: list[Segment] = []
    any_inside = False
    for segment in unit:
        hops = hops_of_segment(network, segment)
        flags = in_area(network, product, segment)
        start = 0
        while start < len(hops):
            end = start
            while end < len(hops) and flags[end] == flags[start]:
                end += 1
            if flags[start]:
                any_inside = True
                if current:
                    runs.append(current)
                    current = []
            else:
                current.append(_piece(segment, hops[start:end]))
            start = end
    if current:
        runs.append(current)
    return runs, any_inside


def _add_on_price(network: Network, product: Product, ride: list[Segment], day: dt.date, child: bool) -> int | None:
    """The price of the product's add-on ticket for ``ride`` (cheapest section that contains it), if sold."""
    cov = product.coverage
    if cov is None or cov.add_on is None:
        return None
    add_on = catalogue().get(cov.add_on)
    if add_on is None:
        return None
    a, b = ride[0].origin, ride[-1].destination
    line = network.lines.get(ride[0].line)
    best: int | None = None
    for v in add_on.variants:
        if v.section is None or line is None or not all(s in line.stations() for s in v.section):
            continue
        lo, hi = sorted(line.position(s).km10 for s in v.section)
        if not all(s in line.stations() and lo <= line.position(s).km10 <= hi for s in (a, b)):
            continue
        row = v.price(day)
        yen = row.yen("child" if child else "adult") if row else None
        if yen is not None and (best is None or yen < best):
            best = yen
    return best


def one_way_variant(product: Product, unit: list[Segment]) -> str | None:
    """The variant of a one-way ticket valid for the journey ``unit`` (its section, either way), if any."""
    ends = {unit[0].origin, unit[-1].destination}
    for v in product.variants:
        if v.section is None:
            continue
        near, far = v.section
        if near in ends and ends - {near} and (ends - {near}) <= set(v.zone or (far,)):
            return v.id
    return None


def cover(network: Network, product: Product, unit: list[Segment], day: dt.date, *, seat: str = "non-reserved",
          child: bool = False) -> Cover:
    """What ``product`` covers of the fare unit ``unit`` on ``day``, and the residual to pay.

    Examples
    --------
    >>> from railopt.network import load_network
    >>> from railopt.fares.quote import quote
    >>> net = load_network()
    >>> ride = list(quote(net, "Kyoto", "Osaka", dt.date(2026, 5, 12))[0].route.segments)
    >>> cover(net, catalogue()["jr-kansai-area-pass"], ride, dt.date(2026, 5, 12)).residual_yen
    0
    """
    if product.coverage is None:
        return Cover(product.id, (), 0, ())
    if product.kind == "one-way" and one_way_variant(product, unit) is None:
        return Cover(product.id, (), 0, ())
    cov = product.coverage
    covered: set[str] = set()
    residual = 0
    lines: list[str] = []
    name = lambda s: network.stations[s].name_en  # noqa: E731
    # rides of excluded services: the add-on ticket, or fare and charge in full
    excluded = [s for s in unit if s.service in cov.exclude_services]
    add_on_rides: set[int] = set()
    if excluded:
        for ride, charges in unit_charges(network, unit, day, seat=seat, child=child):
            if ride[0].service in cov.exclude_services:
                price = _add_on_price(network, product, ride, day, child)
                if price is not None:
                    add_on_rides.update(id(s) for s in ride)
                    residual += price
                    lines.append(f"{cov.add_on} {name(ride[0].origin)}–{name(ride[-1].destination)}: {price} yen")
                    covered.update(("fare", "express"))
    rest = [s for s in unit if id(s) not in add_on_rides]
    runs, inside = _uncovered_runs(network, product, rest) if rest else ([], False)
    if inside:
        covered.add("fare")
    for run in runs:
        yen = unit_fare(network, run, day, child=child)
        residual += yen
        lines.append(f"fare {name(run[0].origin)}–{name(run[-1].destination)} beyond the area: {yen} yen")
    for ride, charges in unit_charges(network, rest, day, seat=seat, child=child):
        whole = all(all(in_area(network, product, s)) for s in ride)
        kind_ok = ride[0].train_type in cov.charges or ride[0].service in cov.charges
        for c in charges:
            seat_ok = seat in cov.seats if c.component == "express" else "green" in cov.seats
            if whole and kind_ok and seat_ok:
                covered.add(c.component)
                continue
            residual += c.yen
            lines.append(f"{c.description}: {c.yen} yen")
    return Cover(product.id, tuple(sorted(covered)), residual, tuple(lines))


def covers(network: Network, product: Product, unit: list[Segment], day: dt.date, **options: object) -> Cover | None:
    """:func:`cover`, or None when the product covers nothing of the unit (or cannot be priced)."""
    try:
        c = cover(network, product, unit, day, **options)  # type: ignore[arg-type]
    except FareRuleError:
        return None
    return c if c.useful else None
