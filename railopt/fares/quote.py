"""Fare queries: from two place names to a priced route, choosing the cheapest sensible one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from railopt.errors import NoRouteError, RailoptError, UnknownNameError
from railopt.fares.charges import Charge, express_charges, ride_charges
from railopt.fares.jr import BaseFare, base_fare
from railopt.fares.private import (
    combine_units,
    private_base_fare,
    private_charges,
    private_rides,
    same_fare_point,
)
from railopt.network.lookup import Place, find_place, normalise
from railopt.network.model import Network
from railopt.network.routing import Route, Segment, route_alternatives

SEATS = ("non-reserved", "reserved", "green")
ORDINARY = ("local", "rapid", "special-rapid")
TRAIN_TYPES = ("local", "rapid", "limited-express", "shinkansen")


@dataclass(frozen=True)
class FareQuote:
    """A priced route: base fare, charges, and every rule applied.

    ``components`` splits the total into ``base`` (the fare), ``express`` (limited-express or
    Shinkansen charge for the chosen seat, with any Nozomi surcharge and seasonal change),
    ``green`` and ``other``.
    """

    origin: str
    destination: str
    date: dt.date
    child: bool
    seat: str
    route: Route
    fares: tuple[BaseFare, ...]
    charges: tuple[Charge, ...]
    rules: tuple[str, ...] = field(default=())

    @property
    def components(self) -> dict[str, int]:
        out = {"base": sum(f.yen for f in self.fares), "express": 0, "green": 0, "other": 0}
        for c in self.charges:
            out[c.component] += c.yen
        return out

    @property
    def total_yen(self) -> int:
        return sum(self.components.values())

    @property
    def operating_km(self) -> float:
        return round(sum(f.operating_km for f in self.fares), 1)

    @property
    def fare_km(self) -> float:
        return round(sum(f.fare_km for f in self.fares), 1)

    def to_dict(self, network: Network) -> dict[str, Any]:
        name = lambda s: network.stations[s].name_en  # noqa: E731
        return {
            "from": name(self.origin),
            "to": name(self.destination),
            "date": self.date.isoformat(),
            "category": "child" if self.child else "adult",
            "seat": self.seat,
            "total_yen": self.total_yen,
            "components": self.components,
            "route": [
                {"operator": s.operator, "line": network.lines[s.line].name if s.line in network.lines else s.line,
                 "service": s.service_name, "train_type": s.train_type, "from": name(s.origin),
                 "to": name(s.destination), "km": s.km, "minutes": s.minutes}
                for s in self.route.segments
            ],
            "minutes": self.route.minutes,
            "operating_km": self.operating_km,
            "fare_km": self.fare_km,
            "charges": [{"component": c.component, "yen": c.yen, "description": c.description} for c in self.charges],
            "rules": list(self.rules),
        }


def fare_system(operator: str) -> str:
    """The fare rules an operator's trains are priced by: all JR companies share one (JR)."""
    return "JR" if operator.startswith("JR") else operator


def fare_units(route: Route, day: dt.date) -> list[list[Segment]]:
    """The route split into runs priced as one journey each: one fare system, no walk in between, except a
    walk between two stations of one fare point (e.g. Osaka Metro's Umeda and Higashi-Umeda) on ``day``."""
    units: list[list[Segment]] = []
    for s in route.segments:
        if s.is_walk:
            if not (units and units[-1] and same_fare_point(units[-1][-1].operator, s.origin, s.destination, day)):
                units.append([])
            continue
        if units and units[-1] and fare_system(units[-1][-1].operator) == fare_system(s.operator):
            units[-1].append(s)
        else:
            units.append([s])
    return [u for u in units if u]


def unit_base_fare(network: Network, unit: list[Segment], day: dt.date, *, child: bool = False) -> BaseFare:
    """The base fare of one fare unit by its operator's rules."""
    if unit[0].operator.startswith("JR"):
        return base_fare(network, unit, day, child=child)
    return private_base_fare(network, unit, day, child=child)


def unit_fare(network: Network, unit: list[Segment], day: dt.date, *, child: bool = False) -> int:
    """The base fare in yen of one fare unit (see :func:`unit_base_fare`)."""
    return unit_base_fare(network, unit, day, child=child).yen


def unit_charges(network: Network, unit: list[Segment], day: dt.date, *, seat: str = "non-reserved",
                 child: bool = False) -> list[tuple[list[Segment], list[Charge]]]:
    """Each charged ride of one fare unit with its charges: JR rides by the JR rules, private rides
    (consecutive segments of one limited-express service) by their operator's charge tables."""
    if unit[0].operator.startswith("JR"):
        return ride_charges(network, unit, day, seat=seat, child=child)
    return [(ride, private_charges(network, ride, day, seat=seat, child=child)) for ride in private_rides(unit)]


def price_route(network: Network, route: Route, day: dt.date, *, seat: str = "non-reserved",
                child: bool = False) -> FareQuote:
    """Price ``route`` on ``day``: each fare unit by its operator's rules, plus charges."""
    units = fare_units(route, day)
    fares = combine_units(network, units, [unit_base_fare(network, u, day, child=child) for u in units], day, child=child)
    rules: list[str] = [r for f in fares for r in f.rules]
    # JR charges over the JR rides (non-JR segments are ignored there), each private operator's over its units
    charges = express_charges(network, list(route.segments), day, seat=seat, child=child)
    for unit in units:
        if not fare_system(unit[0].operator) == "JR":
            charges += private_charges(network, unit, day, seat=seat, child=child)
    for c in charges:
        rules.extend(c.rules)
    return FareQuote(route.origin, route.destination, day, child, seat, route, tuple(fares), tuple(charges), tuple(rules))


def _train_filters(train: str | None) -> tuple[Callable[[dict], bool] | None, Callable[[dict], bool] | None]:
    """(allow, require) edge predicates for a ``--train`` value."""
    if train is None:
        return None, None
    key = normalise(train)
    if key == "local":
        return (lambda d: d["train_type"] in ORDINARY or d["train_type"] == "walk"), None
    if key == "rapid":
        return (lambda d: d["train_type"] in ORDINARY or d["train_type"] == "walk"), (lambda d: d["train_type"] in ("rapid", "special-rapid"))
    if key in ("limitedexpress", "express", "ltdexp"):
        return None, (lambda d: d["train_type"] == "limited-express")
    if key == "shinkansen":
        return None, (lambda d: d["train_type"] == "shinkansen")
    return None, (lambda d: normalise(d["service"]) == key or normalise(d["service_name"]) == key)


PRIVATE = ("private", "nonjr", "privaterailways", "privaterailway", "shitetsu")


def operator_names(network: Network) -> dict[str, str]:
    """Every way railopt accepts of writing each operator (normalised) -> the operator's display name:
    its name, without "Municipal"/"Electric Railway", its first word where no other operator shares it,
    and the prefix of its line ids ("osakametro", "kitakyu", "portliner")."""
    ops = sorted({line.operator for line in network.lines.values()})
    names: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for op in ops:
        firsts.setdefault(normalise(op.split()[0]), []).append(op)
    for op in ops:
        for variant in (op, op.replace("Municipal ", ""), op.replace(" Electric Railway", "").replace(" Railway", "")):
            names[normalise(variant)] = op
    for first, owners in firsts.items():
        if len(owners) == 1:
            names.setdefault(first, owners[0])
    for line in network.lines.values():
        names.setdefault(normalise(line.id.split("-", 1)[0]), line.operator)
    return names


def _operator_filter(operator: str | None, network: Network | None = None) -> Callable[[dict], bool] | None:
    """An edge predicate for ``--operator``: JR (any JR company), private (any other), or one operator
    written case-, space- and punctuation-insensitively, with short forms ("Kyoto Subway", "Osaka Metro")."""
    if operator is None:
        return None
    key = normalise(operator)
    if key in ("jr", "jrwest", "jrcentral", "japanrailways"):
        return lambda d: d["operator"].startswith("JR") or d["train_type"] == "walk"
    if key in PRIVATE:
        return lambda d: not d["operator"].startswith("JR")
    name = operator_names(network).get(key) if network is not None else None
    if name is not None:
        return lambda d: d["operator"] == name or d["train_type"] == "walk"
    return lambda d: normalise(d["operator"]) == key or d["train_type"] == "walk"


def known_train_names(network: Network) -> set[str]:
    names = {"local", "rapid", "limitedexpress", "express", "ltdexp", "shinkansen"}
    for s in network.services:
        names.add(normalise(s.id))
        names.add(normalise(s.name))
    return names


def routes(network: Network, origin: Place, destination: Place, *, k: int = 3, train: str | None = None,
           operator: str | None = None, via: Place | None = None) -> list[Route]:
    """Different routes between two places under the ``train``/``operator`` restrictions."""
    if train is not None and normalise(train) not in known_train_names(network):
        raise UnknownNameError(f"unknown train {train!r}; use local, rapid, limited-express, shinkansen or a service name such as nozomi, hikari, haruka")
    allow_train, require = _train_filters(train)
    allow_operator = _operator_filter(operator, network)
    if operator is not None and not any(allow_operator(d) for _, _, d in network.graph.edges(data=True) if d["train_type"] != "walk"):  # type: ignore[misc]
        ops = sorted({line.operator for line in network.lines.values()})
        raise UnknownNameError(f"unknown operator {operator!r}; known operators: {', '.join(ops)}")
    checks = [c for c in (allow_train, allow_operator) if c is not None]
    allow = (lambda d: all(c(d) for c in checks)) if checks else None
    if via is None:
        found = route_alternatives(network, origin.stations, destination.stations, k, allow=allow, require=require)
        if operator is None:
            # alternatives across operators: also the best JR-only and private-only routes, so that neither
            # family drops out of the candidates when the other is faster or shorter
            for family in ("jr", "private"):
                only = _operator_filter(family, network)
                assert only is not None
                allow_family = (lambda d, only=only: only(d) and (allow is None or allow(d)))
                try:
                    found += route_alternatives(network, origin.stations, destination.stations, k if family == "jr" else 1,
                                                allow=allow_family, require=require)
                except NoRouteError:
                    continue
        unique: dict[tuple, Route] = {}
        for r in found:
            unique.setdefault(r.signature, r)
        fastest = min(r.minutes for r in unique.values())
        return [r for r in unique.values() if r.minutes <= 2 * fastest + 30]  # the same "sensible" bound as route_alternatives
    first = route_alternatives(network, origin.stations, via.stations, 1, allow=allow, require=None)[0]
    second = route_alternatives(network, [first.destination], destination.stations, k, allow=allow, require=require)
    return [Route(first.segments + r.segments) for r in second]


def quote(network: Network, origin: str, destination: str, day: dt.date | None = None, *,
          train: str | None = None, seat: str = "non-reserved", child: bool = False,
          via: str | None = None, operator: str | None = None, k: int = 3) -> list[FareQuote]:
    """Priced alternatives from ``origin`` to ``destination``: routes on one fare system first (JR, or one
    private operator), then routes that change operator; cheapest first within each, then fastest (with
    ``train``: fewest changes, then fastest, then cheapest).

    Examples
    --------
    >>> from railopt.network import load_network
    >>> best = quote(load_network(), "Kyoto", "Himeji")[0]
    >>> best.total_yen > 0
    True
    """
    if seat not in SEATS:
        raise UnknownNameError(f"unknown seat {seat!r}; use one of {', '.join(SEATS)}")
    day = day or dt.date.today()
    a, b = find_place(network, origin), find_place(network, destination)
    v = find_place(network, via) if via else None
    if set(a.stations) & set(b.stations):
        raise NoRouteError(f"{origin!r} and {destination!r} are the same place")
    options = routes(network, a, b, k=k, train=train, operator=operator, via=v)
    priced: list[FareQuote] = []
    errors: list[RailoptError] = []
    for r in options:
        try:
            priced.append(price_route(network, r, day, seat=seat, child=child))
        except RailoptError as exc:  # e.g. a charge railopt has no source for: offer the other routes
            errors.append(exc)
    if not priced:
        raise errors[0]
    # a journey on one fare system (JR, or one private operator) before one that changes operators on foot,
    # then cheapest, then fastest: a cheaper zigzag across three operators is offered by `route`, not by `fare`.
    # Asked for a train, the route with fewest changes, then the fastest, comes first: the cheapest would ride
    # that train for one stop only.
    if train is None:
        priced.sort(key=lambda q: (_mixes_operators(q.route), q.total_yen, q.route.minutes))
    else:
        priced.sort(key=lambda q: (_mixes_operators(q.route), q.route.transfers, q.route.minutes, q.total_yen))
    return priced


def _mixes_operators(route: Route) -> bool:
    return len({fare_system(s.operator) for s in route.segments if not s.is_walk}) > 1


def fare(network: Network, origin: str, destination: str, day: dt.date | None = None, **options: Any) -> FareQuote:
    """The cheapest sensible priced route (see :func:`quote`)."""
    return quote(network, origin, destination, day, **options)[0]


def pick_alternatives(quotes: list[FareQuote], k: int) -> list[FareQuote]:
    """Up to ``k`` quotes: the fastest and the cheapest, then the cheapest of each family of operators (JR
    only, private only, mixed) not shown yet, then one with the fewest transfers unless one shown has as
    few, then the rest by travel time."""
    fastest = lambda q: (q.route.minutes, q.total_yen)  # noqa: E731
    cheapest = lambda q: (q.total_yen, q.route.minutes)  # noqa: E731
    chosen: list[FareQuote] = []

    def add(q: FareQuote) -> None:
        if q not in chosen:
            chosen.append(q)

    add(min(quotes, key=fastest))
    add(min(quotes, key=cheapest))
    for family in dict.fromkeys(_family(q.route) for q in sorted(quotes, key=cheapest)):
        if family not in {_family(q.route) for q in chosen}:
            add(min((q for q in quotes if _family(q.route) == family), key=cheapest))
    fewest = min(quotes, key=lambda q: (q.route.transfers, q.route.minutes))
    if all(q.route.transfers > fewest.route.transfers for q in chosen):
        add(fewest)
    for q in sorted(quotes, key=fastest):
        add(q)
    return chosen[:k]


def _family(route: Route) -> str:
    systems = {fare_system(s.operator) == "JR" for s in route.segments if not s.is_walk}
    return "mixed" if len(systems) > 1 else ("JR" if systems == {True} else "private")
