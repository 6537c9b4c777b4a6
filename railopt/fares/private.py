"""The fare engine of Kansai's private railways and subways: each operator's rules as dated tables in
``fares/<operator>/`` (see fares/README.md).

A fare unit (consecutive rides on one operator, no walk between) is priced by its operator's rules:

- distance-band fares (対キロ区間制) on the shortest route over that operator's lines between the unit's
  first and last station, by operating km or by the lines' fare km (営業キロ/運賃計算キロ, e.g. Osaka
  Metro's キロ程, Nankai's Koya Line 1.8 km rule), rounded up to a whole km or compared as published;
- pair fares (特定運賃) that replace the band fare (and any additional fare) between two stations;
- additional fares (加算運賃) for riding a section: the smallest listed section that contains the part
  of the surcharged line ridden; a part that no listed section contains is refused (amount not sourced);
- child fares (小児運賃): half rounded up to 10 yen (``half-up-10``) or the table's child column;
- fare points: stations of one operator that are priced as one station (改札外乗換, e.g. Osaka Metro's Umeda,
  Higashi-Umeda and Nishi-Umeda): a walk between them does not end the fare unit, and the shortest route joins
  them at 0 km;
- through fares (連絡運賃) and transfer discounts (乗継割引) between operators, by station pair or station lists;
- limited-express and seat charges (特急料金, 座席指定料金) by km band or station pair.

Anything the tables cannot say raises :class:`~railopt.errors.FareRuleError`; a date no table covers
raises :class:`~railopt.errors.DateNotCoveredError`.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from railopt.errors import DataError, DateNotCoveredError, FareRuleError
from railopt.fares import schema
from railopt.fares.charges import Charge
from railopt.fares.data import PairPrice, Validity, Versions, pair_price
from railopt.fares.jr import BaseFare, Hop
from railopt.network.model import Network
from railopt.network.routing import Segment
from railopt.tables import Table, data_root, read_table

NOT_PRIVATE = ("jr", "products")  # folders under fares/ that are not private operators
KM_BASES = ("operating", "fare")
ROUNDINGS = ("up", "none")
CHILD_RULES = ("half-up-10", "table")


def half_up_10(adult_yen: int) -> int:
    """Child fare of most private railways: half the adult fare, rounded up to 10 yen (10円未満切り上げ)."""
    return math.ceil(adult_yen / 20) * 10


@dataclass(frozen=True)
class BandTable:
    """One version of an operator's distance-band table."""

    operator: str
    kind: str  # "bands", or e.g. "bands-otsu" for a second table of the same operator
    km_basis: str  # operating | fare
    rounding: str  # up | none
    child_rule: str  # half-up-10 | table
    applies_to: frozenset[str] | None  # line ids; None = every line of the operator
    rows: tuple[tuple[int, int, int, int | None], ...]  # km_from, km_to (inclusive), adult, child
    source: str

    def lookup(self, km10: int) -> tuple[int, int | None, int, str]:
        """(adult, child or None, band index, km as compared) for ``km10`` tenths of a km."""
        if self.rounding == "up":
            km: float = max(1, math.ceil(km10 / 10))
            shown = f"{int(km)} km"
        else:
            km = km10 / 10
            shown = f"{km:.1f} km"
        for i, (lo, hi, adult, child) in enumerate(self.rows):
            if lo <= km <= hi:
                return adult, child, i, shown
        raise FareRuleError(f"railopt has no sourced {self.operator} fare for {shown} ({self.source})")


@dataclass(frozen=True)
class Surcharge:
    line: str
    origin: str
    destination: str
    adult_yen: int
    child_yen: int | None
    first_band_yen: int | None  # the amount instead when the fare is in the table's first band
    validity: Validity
    note: str


@dataclass(frozen=True)
class Discount:
    operator_a: str  # display names
    operator_b: str
    adult_yen: int
    child_yen: int | None
    stations_a: frozenset[str]  # "*" = every station of the operator; empty = not applied (lists not sourced)
    stations_b: frozenset[str]
    validity: Validity
    note: str
    via: frozenset[str] = frozenset()  # the junction station(s) the journey must change at
    child_rule: str = ""  # "half-of-discounted-total": a child pays half the discounted adult total, rounded up to 10 yen

    def applies(self, origin: str, destination: str, junction: set[str]) -> bool:
        """Whether a journey from ``origin`` (operator_a) to ``destination`` (operator_b) changing at ``junction`` gets it."""
        def listed(station: str, stations: frozenset[str]) -> bool:
            return "*" in stations or station in stations
        return listed(origin, self.stations_a) and listed(destination, self.stations_b) and bool(junction & self.via)


@dataclass(frozen=True)
class ChargeBand:
    service: str
    km_from: int
    km_to: int
    adult_yen: int
    child_yen: int | None
    validity: Validity
    source: str


@dataclass
class OperatorFares:
    """Every fare and charge table of one operator."""

    operator: str
    folder: str
    bands: dict[str, Versions[BandTable]] = field(default_factory=dict)
    pairs: list[PairPrice] = field(default_factory=list)
    pair_files: list[Validity] = field(default_factory=list)
    surcharges: list[Surcharge] = field(default_factory=list)
    through: list[PairPrice] = field(default_factory=list)
    through_via: list[tuple[frozenset[str], Validity]] = field(default_factory=list)
    discounts: list[Discount] = field(default_factory=list)
    charge_bands: list[ChargeBand] = field(default_factory=list)
    charges_sum_connecting: bool = False  # 乗継: rides changing at one station pay one charge on the summed km
    charge_pairs: dict[str, list[PairPrice]] = field(default_factory=dict)
    fare_points: list[tuple[frozenset[str], Validity]] = field(default_factory=list)

    def fare_points_on(self, day: dt.date) -> tuple[frozenset[str], ...]:
        """The groups of stations priced as one station on ``day``."""
        return tuple(stations for stations, validity in self.fare_points if validity.covers(day))


@dataclass
class PrivateFareData:
    operators: dict[str, OperatorFares] = field(default_factory=dict)  # by display name
    folders: dict[str, str] = field(default_factory=dict)  # folder slug -> display name
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    # (file, row line, column, station id) of every station a table names, for check_private_fare_data
    stations_named: list[tuple[str, int, str, str]] = field(default_factory=list)


def _word(table: Table, key: str, allowed: tuple[str, ...]) -> str:
    value = str(table.meta[key] or "").split(" ")[0].strip().rstrip(";,")
    if value not in allowed:
        raise DataError(table.name, f"header '{key}' = {table.meta[key]!r} must start with one of {', '.join(allowed)}")
    return value


def _validity(table: Table) -> Validity:
    return Validity(table.meta["valid_from"] or dt.date.min, table.meta["valid_to"])


KINDS = {
    "bands": schema.PRIVATE_BANDS, "pairs": schema.PRIVATE_PAIRS, "surcharges": schema.PRIVATE_SURCHARGES,
    "through": schema.PRIVATE_PAIRS, "transfer-discounts": schema.PRIVATE_TRANSFER_DISCOUNTS,
    "charge-bands": schema.PRIVATE_CHARGE_BANDS, "charge-pairs": schema.PRIVATE_CHARGE_PAIRS,
    "fare-points": schema.PRIVATE_FARE_POINTS,
}


def load_private_fare_data(root: Path | None = None) -> PrivateFareData:
    """Read every table under ``fares/<operator>/`` (all folders but ``jr`` and ``products``)."""
    base = (root or data_root()) / "fares"
    data = PrivateFareData()
    tables: list[tuple[str, str, Table]] = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and p.name not in NOT_PRIVATE):
        for path in sorted(folder.glob("*.csv")):
            kind = path.stem.split("_", 1)[0]
            family = "bands" if kind.startswith("bands") else kind
            if family not in KINDS:
                raise DataError(str(path.relative_to(base.parent)), f"unknown kind of fare file {kind!r}; expected one of {', '.join(KINDS)}")
            table = read_table(path, KINDS[family])
            data.sources[table.name] = {k: str(table.meta[k]) for k in ("source", "as_of", "licence")}
            tables.append((folder.name, kind, table))
            for column in ("from", "to", "stations", "stations_a", "stations_b", "via"):
                for i, row in enumerate(table.rows):
                    for station in str(row.get(column) or "").replace("*", "").split():
                        data.stations_named.append((table.name, table.lines[i], column, station))
            data.folders.setdefault(folder.name, table.meta["operator"])
    for slug, kind, table in tables:
        name = table.meta["operator"]
        ops = data.operators.setdefault(name, OperatorFares(name, slug))
        validity = _validity(table)
        if kind.startswith("bands"):
            applies = table.meta.get("applies_to")
            # line ids named in the note (e.g. "Keihan Line (keihan-main keihan-oto ...)"); none named = every line
            lines = frozenset(re.findall(r"\b[a-z]+(?:-[a-z0-9]+)+\b", str(applies or ""))) or None
            rows = tuple((r["km_from"], r["km_to"], r["adult_yen"], r["child_yen"]) for r in table.rows)
            band = BandTable(name, kind, _word(table, "km_basis", KM_BASES), _word(table, "km_rounding", ROUNDINGS),
                             _word(table, "child", CHILD_RULES), lines, rows, table.name)
            old = ops.bands.get(kind)
            for v, _ in (old.items if old else ()):
                if v.valid_from <= (validity.valid_to or dt.date.max) and validity.valid_from <= (v.valid_to or dt.date.max):
                    raise DataError(table.name, f"{name} {kind} version {validity.describe()} overlaps version {v.describe()}")
            items = (old.items if old else ()) + ((validity, band),)
            ops.bands[kind] = Versions(f"{name} fare table", tuple(sorted(items, key=lambda p: p[0].valid_from)))
        elif kind in ("pairs", "through"):
            prices = [PairPrice(r["from"], r["to"], (r["adult_yen"], r["child_yen"]), validity, table.name) for r in table.rows]
            (ops.pairs if kind == "pairs" else ops.through).extend(prices)
            if kind == "pairs":
                ops.pair_files.append(validity)
            if kind == "through" and table.meta.get("via"):
                ops.through_via.append((frozenset(str(table.meta["via"]).split()), validity))
        elif kind == "surcharges":
            ops.surcharges += [Surcharge(r["line"], r["from"], r["to"], r["adult_yen"], r["child_yen"], r["first_band_yen"],
                                         validity, r["note"] or "") for r in table.rows]
        elif kind == "transfer-discounts":
            child_rule = str(table.meta.get("child") or "").split(" ")[0]
            if child_rule not in ("", "half-of-discounted-total"):
                raise DataError(table.name, f"header 'child' = {child_rule!r} must be half-of-discounted-total or absent")
            for r in table.rows:
                a = data.folders.get(r["operator_a"])
                b = data.folders.get(r["operator_b"])
                if a is None or b is None:
                    continue  # an operator railopt has no tables for (e.g. an intra-operator rule): not applied
                ops.discounts.append(Discount(a, b, r["adult_discount_yen"], r["child_discount_yen"],
                                              frozenset((r["stations_a"] or "").split()), frozenset((r["stations_b"] or "").split()),
                                              validity, r["note"] or "", frozenset(r["via"].split()), child_rule))
        elif kind == "charge-bands":
            connecting = str(table.meta.get("connecting") or "").split(" ")[0]
            if connecting not in ("", "sum-km"):
                raise DataError(table.name, f"header 'connecting' = {connecting!r} must be sum-km or absent")
            ops.charges_sum_connecting = ops.charges_sum_connecting or connecting == "sum-km"
            ops.charge_bands += [ChargeBand(r["service"], r["km_from"], r["km_to"], r["adult_yen"], r["child_yen"], validity, table.name)
                                 for r in table.rows]
        elif kind == "fare-points":
            ops.fare_points += [(frozenset(r["stations"].split()), validity) for r in table.rows]
        elif kind == "charge-pairs":
            for r in table.rows:
                ops.charge_pairs.setdefault(r["service"], []).append(
                    PairPrice(r["from"], r["to"], (r["adult_yen"], r["child_yen"]), validity, table.name))
    return data


def check_private_fare_data(network: Network, data: PrivateFareData) -> None:
    """Every station a private fare table names exists in ``network`` (raises DataError naming file, row, column)."""
    for name, line, column, station in data.stations_named:
        if station not in network.stations:
            raise DataError(name, f"unknown station {station!r}", row=line, column=column)


@lru_cache(maxsize=1)
def private_fare_data() -> PrivateFareData:
    """The packaged private-railway fare data, read once per process."""
    return load_private_fare_data()


# --- the operator's track: shortest route by fare km over its own lines ---------------------------------------


def _track(network: Network, operator: str) -> dict[str, list[tuple[Hop, bool]]]:
    """station -> [(hop, fare km known)] over every line of ``operator``."""
    cache = network.cache.setdefault("private-track", {})
    if operator in cache:
        return cache[operator]
    adjacency: dict[str, list[tuple[Hop, bool]]] = {}
    for line in network.lines.values():
        if line.operator != operator:
            continue
        has_fare_km = any(s.fare_km10 is not None for s in line.stops)
        for s1, s2 in zip(line.stops, line.stops[1:]):
            km10 = s2.km10 - s1.km10
            known = not has_fare_km or (s1.fare_km10 is not None and s2.fare_km10 is not None)
            fare10 = s2.fare_km10 - s1.fare_km10 if has_fare_km and known else km10  # type: ignore[operator]
            for x, y in ((s1.station, s2.station), (s2.station, s1.station)):
                adjacency.setdefault(x, []).append((Hop(line.id, x, y, km10, fare10, line.line_class), known))
    cache[operator] = adjacency
    return adjacency


def fare_route(network: Network, operator: str, origin: str, destination: str,
               points: tuple[frozenset[str], ...] = ()) -> list[tuple[Hop, bool]]:
    """The shortest route by fare km (operating km where a line gives none) on ``operator``'s lines; the
    stations of each fare point in ``points`` are joined at 0 km (the walk between them is not a hop)."""
    track = _track(network, operator)
    joined = {s: p for p in points for s in p}
    # cost: (fare km, hops of unsourced fare km): of two equally short routes, the one railopt can price
    dist: dict[str, tuple[int, int]] = {origin: (0, 0)}
    prev: dict[str, tuple[str, tuple[Hop, bool] | None]] = {}
    heap = [((0, 0), origin)]
    while heap:
        d, u = heapq.heappop(heap)
        if u == destination:
            break
        if d > dist[u]:
            continue
        steps: list[tuple[str, tuple[int, int], tuple[Hop, bool] | None]] = [
            (hop.b, (d[0] + hop.fare_km10, d[1] + (not known)), (hop, known)) for hop, known in track.get(u, ())]
        steps += [(v, d, None) for v in joined.get(u, ()) if v != u]
        for v, nd, step in steps:
            if nd < dist.get(v, (1 << 60, 0)):
                dist[v] = nd
                prev[v] = (u, step)
                heapq.heappush(heap, (nd, v))
    if destination not in dist:
        raise FareRuleError(f"no {operator} route joins {network.stations[origin].name_en} and {network.stations[destination].name_en}")
    path: list[tuple[Hop, bool]] = []
    node = destination
    while node != origin:
        node, step = prev[node]
        if step is not None:
            path.append(step)
    return path[::-1]


def _section(network: Network, s: Surcharge) -> frozenset[frozenset[str]]:
    cache = network.cache.setdefault("private-sections", {})
    key = (s.line, s.origin, s.destination)
    if key not in cache:
        line = network.lines.get(s.line)
        if line is None:
            raise FareRuleError(f"additional fare on unknown line {s.line!r}")
        ids = [x.station for x in line.stops]
        i, j = sorted((ids.index(s.origin), ids.index(s.destination)))
        cache[key] = frozenset(frozenset(p) for p in zip(ids[i:j + 1], ids[i + 1:j + 1]))
    return cache[key]


def _pair(fares: OperatorFares, a: str, b: str, day: dt.date, what: str) -> PairPrice | None:
    """The pair fare in force on ``day``. A pair missing from a pairs file in force has none that day; a pair
    known only from files that start later is unknown that day (DateNotCoveredError)."""
    matches = [p for p in fares.pairs if {p.origin, p.destination} == {a, b}]
    for p in matches:
        if p.validity.covers(day):
            return p
    if matches and not any(v.covers(day) for v in fares.pair_files):
        spans = "; ".join(p.validity.describe() for p in matches)
        raise DateNotCoveredError(f"no {what} is known on {day} (railopt has: {spans})")
    return None


def _name(network: Network, station: str) -> str:
    return network.stations[station].name_en


def operator_fares(operator: str, data: PrivateFareData | None = None) -> OperatorFares:
    data = data or private_fare_data()
    fares = data.operators.get(operator)
    if fares is None:
        raise FareRuleError(f"railopt has no fare tables for {operator} yet")
    return fares


def same_fare_point(operator: str, a: str, b: str, day: dt.date) -> bool:
    """Whether ``operator`` prices stations ``a`` and ``b`` as one station on ``day`` (a fare point)."""
    fares = private_fare_data().operators.get(operator)
    return fares is not None and any({a, b} <= p for p in fares.fare_points_on(day))


def private_base_fare(network: Network, unit: list[Segment], day: dt.date, *, child: bool = False,
                      data: PrivateFareData | None = None) -> BaseFare:
    """The base fare of one fare unit of a private railway or subway (all segments of one operator).

    Examples
    --------
    >>> import datetime
    >>> from railopt.network import load_network
    >>> from railopt.network.routing import shortest_route
    >>> net = load_network()
    >>> r = shortest_route(net, ["hankyu-osaka-umeda"], ["hankyu-kyoto-kawaramachi"])
    >>> private_base_fare(net, list(r.segments), datetime.date(2026, 5, 12)).yen
    410
    """
    if not unit:
        raise FareRuleError("a fare needs at least one ride")
    operator = unit[0].operator
    if any(s.operator != operator for s in unit):
        raise FareRuleError("a private fare unit must be of one operator")
    fares = operator_fares(operator, data)
    origin, destination = unit[0].origin, unit[-1].destination
    route = f"{_name(network, origin)}–{_name(network, destination)}"
    hops = fare_route(network, operator, origin, destination, fares.fare_points_on(day))
    lines = {h.line for h, _ in hops}
    operating10 = sum(h.km10 for h, _ in hops)
    fare10 = sum(h.fare_km10 for h, _ in hops)
    rules: list[str] = []
    tables = [v for v in fares.bands.values() if any(t.applies_to is None or lines <= t.applies_to for _, t in v.items)]
    band: BandTable | None = None
    if tables:
        band = tables[0].on(day)
    elif fares.bands and not fares.pairs:
        raise FareRuleError(f"no {operator} fare table covers a journey over {', '.join(sorted(network.lines[l].name for l in lines))}")
    pair = _pair(fares, origin, destination, day, f"{operator} pair fare (特定運賃) {route}")
    if pair is not None:
        adult, child_yen = pair.values
        assert adult is not None
        rules.append(f"{operator} pair fare (特定運賃) {route} ({pair.validity.describe()})")
        if child_yen is None and child:
            if band is None or band.child_rule != "half-up-10":
                raise FareRuleError(f"railopt has no sourced {operator} child fare for {route}")
            child_yen = half_up_10(adult)
        return BaseFare(adult, child_yen if child and child_yen is not None else adult, operating10 / 10, fare10 / 10, origin, destination,
                        tuple(h for h, _ in hops), tuple(rules + (["child fare (小児運賃) as published"] if child else [])))
    if band is None:
        if not fares.bands:
            raise FareRuleError(f"railopt has no {operator} fare for {route}")
        raise FareRuleError(f"no {operator} fare table covers a journey over {', '.join(sorted(network.lines[l].name for l in lines))}")
    if band.km_basis == "fare" and not all(known for _, known in hops):
        raise FareRuleError(f"railopt has no source for the fare km of part of {route} ({operator})")
    km10 = fare10 if band.km_basis == "fare" else operating10
    adult, band_child, index, shown = band.lookup(km10)
    basis = "fare km" if band.km_basis == "fare" else "operating km"
    rules.append(f"{operator} distance-band fare (対キロ区間制) at {shown} of {basis}, shortest {operator} route ({band.source})")
    extra_adult, extra_child, child_of_total = 0, 0, False
    ridden = {frozenset((h.a, h.b)) for h, _ in hops}
    by_line: dict[str, list[Surcharge]] = {}
    for s in fares.surcharges:
        if s.validity.covers(day):
            by_line.setdefault(s.line, []).append(s)
    for line_id, rows in by_line.items():
        union = frozenset().union(*(_section(network, s) for s in rows))
        part = ridden & union
        if not part:
            continue
        fitting = [s for s in rows if part <= _section(network, s)]
        if not fitting:
            raise FareRuleError(f"this journey rides part of the {network.lines[line_id].name} whose additional fare "
                                "(加算運賃) railopt has no source for")
        s = min(fitting, key=lambda x: len(_section(network, x)))
        amount = s.first_band_yen if s.first_band_yen is not None and index == 0 else s.adult_yen
        extra_adult += amount
        if s.child_yen is None or (s.first_band_yen is not None and index == 0):
            child_of_total = True
        else:
            extra_child += s.child_yen
        rules.append(f"additional fare (加算運賃) +{amount} yen: {_name(network, s.origin)}–{_name(network, s.destination)}")
    total = adult + extra_adult
    yen = total
    if child:
        if child_of_total:
            if band.child_rule != "half-up-10":
                raise FareRuleError(f"railopt has no sourced child amount of the {operator} additional fare")
            yen = half_up_10(total)
            rules.append("child fare (小児運賃): half of the fare with its additional fare, rounded up to 10 yen")
        else:
            if band.child_rule == "table" or band_child is not None:
                if band_child is None:
                    raise FareRuleError(f"railopt has no sourced {operator} child fare for {shown}")
                yen = band_child + extra_child
                rules.append("child fare (小児運賃) from the table")
            else:
                yen = half_up_10(adult) + extra_child
                rules.append("child fare (小児運賃): half, rounded up to 10 yen")
    return BaseFare(total, yen, operating10 / 10, fare10 / 10, origin, destination, tuple(h for h, _ in hops), tuple(rules))


# --- between operators: through fares and transfer discounts ---------------------------------------------------


def combine_units(network: Network, units: list[list[Segment]], fares: list[BaseFare], day: dt.date, *, child: bool = False,
                  data: PrivateFareData | None = None) -> list[BaseFare]:
    """Apply through fares (連絡運賃, replacing two adjacent units' fares) and transfer discounts (乗継割引)."""
    data = data or private_fare_data()
    out = list(fares)
    i = 0
    while i < len(units) - 1:
        a, b = units[i], units[i + 1]
        op_a, op_b = a[0].operator, b[0].operator
        if op_a.startswith("JR") or op_b.startswith("JR"):
            i += 1
            continue
        origin, destination = a[0].origin, b[-1].destination
        route = f"{_name(network, origin)}–{_name(network, destination)}"
        prices = [p for op in (op_a, op_b) if op in data.operators for p in data.operators[op].through]
        through = pair_price(prices, origin, destination, day, f"through fare {route}")
        if through is not None:
            adult, child_yen = through.values
            assert adult is not None
            if child and child_yen is None:
                raise FareRuleError(f"railopt has no sourced child through fare for {route}")
            rules = (f"through fare (連絡運賃) {route} ({through.validity.describe()})",)
            out[i] = BaseFare(adult, child_yen if child and child_yen is not None else adult, out[i].operating_km + out[i + 1].operating_km,
                              out[i].fare_km + out[i + 1].fare_km, origin, destination, out[i].fare_route + out[i + 1].fare_route, rules)
            out[i + 1] = BaseFare(0, 0, 0.0, 0.0, b[0].origin, destination, (), ("included in the through fare",))
            i += 2
            continue
        junction = {a[-1].destination, b[0].origin}
        for op in (op_a, op_b):
            for via, _ in data.operators[op].through_via if op in data.operators else ():
                if junction <= via:  # the through fares exist on every date; only the listed ones are known
                    raise FareRuleError(f"{op_a} and {op_b} sell through fares (連絡運賃) via {', '.join(_name(network, s) for s in sorted(via))}; "
                                        f"railopt has no source for the one for {route}")
        for op in (op_a, op_b):
            for d in data.operators[op].discounts if op in data.operators else ():
                if not d.validity.covers(day) or {d.operator_a, d.operator_b} != {op_a, op_b}:
                    continue
                ends = (origin, destination) if d.operator_a == op_a else (destination, origin)
                if d.applies(*ends, junction):
                    rule = f"transfer discount (乗継割引) −{d.adult_yen} yen {op_a}/{op_b}"
                    yen = out[i + 1].yen - d.adult_yen
                    if child and d.child_yen is not None:
                        yen, rule = out[i + 1].yen - d.child_yen, f"transfer discount (乗継割引) −{d.child_yen} yen {op_a}/{op_b}"
                    elif child and d.child_rule == "half-of-discounted-total":
                        # the child pays half of the discounted adult fare of the whole journey, rounded up to 10 yen
                        yen = half_up_10(out[i].adult_yen + out[i + 1].adult_yen - d.adult_yen) - out[i].yen
                        rule += ", child: half of the discounted adult fare"
                    elif child:
                        raise FareRuleError(f"railopt has no sourced child transfer discount for {route}")
                    out[i + 1] = BaseFare(out[i + 1].adult_yen - d.adult_yen, yen, out[i + 1].operating_km,
                                          out[i + 1].fare_km, out[i + 1].origin, out[i + 1].destination, out[i + 1].fare_route,
                                          out[i + 1].rules + (rule,))
                    break
            else:
                continue
            break
        i += 1
    return out


# --- charges -----------------------------------------------------------------------------------------


def private_rides(unit: list[Segment]) -> list[list[Segment]]:
    """The charged rides of a private fare unit: consecutive segments of one limited-express service."""
    rides: list[list[Segment]] = []
    for s in unit:
        if s.train_type != "limited-express":
            continue
        if rides and rides[-1][-1].service == s.service and rides[-1][-1].destination == s.origin:
            rides[-1].append(s)
        else:
            rides.append([s])
    return rides


def _connected(rides: list[list[Segment]]) -> list[list[list[Segment]]]:
    """Rides grouped where one ends at the station the next starts from (a change of limited express)."""
    groups: list[list[list[Segment]]] = []
    for ride in rides:
        if groups and groups[-1][-1][-1].destination == ride[0].origin:
            groups[-1].append(ride)
        else:
            groups.append([ride])
    return groups


def _band_charge(fares: OperatorFares, services: tuple[str, ...], km: int, day: dt.date, name: str,
                 *, generic: bool = True) -> tuple[int, int | None, str]:
    """(adult, child, rule) of the first of ``services`` with a km band (or the operator's generic
    ``limited-express`` band when ``generic``); raises if no sourced band covers ``km`` on ``day``."""
    rows = [c for c in fares.charge_bands if c.service in services or (generic and c.service == "limited-express")]
    if not rows:
        raise FareRuleError(f"railopt has no charge table for {name}")
    current = [c for c in rows if c.validity.covers(day)]
    if not current:
        spans = "; ".join(sorted({c.validity.describe() for c in rows}))
        raise DateNotCoveredError(f"no {name} charge table is in force on {day} (railopt has: {spans})")
    hit = [c for s in services for c in current if c.service == s and c.km_from <= km <= c.km_to] or \
          [c for c in current if c.service == "limited-express" and generic and c.km_from <= km <= c.km_to]
    if not hit:
        raise FareRuleError(f"railopt has no sourced {name} charge for {km} km")
    return hit[0].adult_yen, hit[0].child_yen, f"{name} charge at {km} km ({hit[0].source})"


def _km(rides: list[list[Segment]]) -> int:
    return max(1, math.ceil(round(sum(s.km for ride in rides for s in ride) * 10) / 10))


def private_charges(network: Network, unit: list[Segment], day: dt.date, seat: str = "non-reserved", child: bool = False,
                    data: PrivateFareData | None = None) -> list[Charge]:
    """Limited-express and seat charges (特急料金, 座席指定料金) for the charged trains ridden in ``unit``.

    A ride is consecutive segments of one charged service (``train_type`` limited-express). The charge is
    the service's station-pair charge if the operator lists pairs for it, else its km band (operating km
    of the ride). ``seat="green"`` asks for the service's premium seat (``<service>-super-seat``). A
    service with ``<service>+seat`` bands adds that charge for every seat (e.g. Kintetsu's Hinotori). Where
    the operator's charge table says ``connecting: sum-km`` (乗継), rides that change at one station pay one
    charge on their summed km.
    """
    rides = private_rides(unit)
    if not rides:
        return []
    fares = operator_fares(unit[0].operator, data)
    groups = _connected(rides) if fares.charges_sum_connecting and seat != "green" else [[r] for r in rides]
    out: list[Charge] = []
    for group in groups:
        service, name = group[0][0].service, " + ".join(dict.fromkeys(r[0].service_name for r in group))
        a, b = group[0][0].origin, group[-1][-1].destination
        route = f"{_name(network, a)}–{_name(network, b)}"
        wanted = f"{service}-super-seat" if seat == "green" else service
        pairs = fares.charge_pairs.get(wanted) if len(group) == 1 else None
        rules: list[str] = []
        if pairs:
            price = pair_price(pairs, a, b, day, f"{name} charge {route}")
            if price is None:
                raise FareRuleError(f"railopt has no {name} charge for {route}")
            adult, child_yen = price.values
            rules.append(f"{name} charge {route} by station pair ({price.validity.describe()})")
        else:
            if seat == "green" and not any(c.service == wanted for c in fares.charge_bands):
                raise FareRuleError(f"railopt has no premium-seat charge for {name}")
            services = (wanted,) if len(group) == 1 else ()
            adult, child_yen, rule = _band_charge(fares, services, _km(group), day, name, generic=seat != "green")
            rules.append(rule)
            if len(group) > 1:
                rules.append(f"change of limited express at {', '.join(_name(network, r[0].origin) for r in group[1:])}: "
                             "one charge on the summed km (乗継)")
        assert adult is not None
        for ride in group:  # a charge every seat of the train pays on top (special cars, e.g. Hinotori, Shimakaze)
            extra = f"{ride[0].service}+seat"
            if seat != "green" and any(c.service == extra for c in fares.charge_bands):
                more, more_child, rule = _band_charge(fares, (extra,), _km([ride]), day, f"{ride[0].service_name} seat",
                                                      generic=False)
                adult += more
                child_yen = None if child_yen is None or more_child is None else child_yen + more_child
                rules.append(rule)
        if child:
            if child_yen is None:
                raise FareRuleError(f"railopt has no sourced child charge for {name} {route}")
            yen = child_yen
        else:
            yen = adult
        out.append(Charge("green" if seat == "green" else "express", yen, f"{name} {route}", tuple(rules)))
    return out
