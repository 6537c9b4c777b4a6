"""The JR fare engine: base fares (運賃) of JR West on a date, with every rule it applied named.

Rules, each with its Japanese term:

- trunk-line fare table (幹線の運賃表) and local-line fare table (地方交通線の運賃表), indexed by whole km
  (fractions of a km are rounded up, 1km未満の端数は1kmに切り上げ);
- mixed journeys by fare-calculation km (運賃計算キロ = 幹線の営業キロ + 地方交通線の換算キロ), except that
  a mixed journey of 10 km or less of operating km uses the local-line table by operating km;
- Shinkansen and the parallel conventional line are one line for fares (新幹線と在来線の同一線扱い);
- the Osaka suburban area (大都市近郊区間): a journey inside it is priced by its shortest route;
- JR West's Osaka train-specific section (電車特定区間) table, and the Osaka Loop Line table
  (大阪環状線内) that ended on 2025-03-31, for journeys wholly inside those areas;
- specific-section fares (特定区間運賃) between named stations;
- city zones (特定都区市内): over 200 km from a zone's central station, the fare runs from that station;
- the barrier-free fee (鉄道駅バリアフリー料金, from 2023-04-01): 10 yen added to the adult fare of a journey
  wholly inside its area, before the child fare is halved;
- child fares (小児運賃): half the adult fare, fractions under 10 yen dropped.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from dataclasses import dataclass

from railopt.errors import FareRuleError
from railopt.fares.data import Bands, JRFareData, Section, jr_fare_data, pair_price
from railopt.network.model import Network
from railopt.network.routing import Segment

SUBURBAN = "osaka-suburban"  # 大都市近郊区間 (大阪近郊区間)
DENSHA = "osaka-densha-tokutei"  # 電車特定区間
LOOP = "osaka-loop"  # 大阪環状線内
BARRIER_FREE = "barrier-free"  # 鉄道駅バリアフリー料金の対象エリア
BARRIER_FREE_YEN = 10
SHIN_OSAKA, OSAKA, HIMEJI = "jr-shin-osaka", "jr-osaka", "jr-himeji"


def _beyond_himeji(network: Network) -> frozenset[str]:
    """Himeji and the stations west of it (the 第88条 exception's reach), on the Sanyo Line and Shinkansen."""
    cached = network.cache.get("beyond-himeji")
    if cached is None:
        found: set[str] = set()
        for line in network.lines.values():
            if line.statutory_line == "山陽線" and HIMEJI in line.stations():
                ids = line.stations()
                found.update(ids[ids.index(HIMEJI):])
        cached = network.cache["beyond-himeji"] = frozenset(found)
    return cached


def child_fare(adult_yen: int) -> int:
    """Child fare (小児運賃): half the adult fare with fractions under 10 yen dropped (10円未満切り捨て)."""
    return adult_yen // 2 // 10 * 10


def whole_km(km10: int) -> int:
    """Fare km rounded up to a whole kilometre (1km未満の端数は切り上げ), at least 1."""
    return max(1, math.ceil(km10 / 10))


@dataclass(frozen=True)
class Hop:
    """One station-to-station step of a fare route on one line."""

    line: str
    a: str
    b: str
    km10: int
    fare_km10: int
    line_class: str


@dataclass(frozen=True)
class BaseFare:
    """A base fare (運賃) and how it was found."""

    adult_yen: int
    yen: int
    operating_km: float
    fare_km: float
    origin: str
    destination: str
    fare_route: tuple[Hop, ...]
    rules: tuple[str, ...]


# --- the track graph: consecutive stations of every JR line -------------------------------------


def _track(network: Network) -> dict[str, list[Hop]]:
    if "jr-track" in network.cache:
        return network.cache["jr-track"]
    adjacency: dict[str, list[Hop]] = {}
    for line in network.lines.values():
        if not line.operator.startswith("JR"):
            continue
        for s1, s2 in zip(line.stops, line.stops[1:]):
            km10 = s2.km10 - s1.km10
            fare10 = s2.fare_km10 - s1.fare_km10 if s1.fare_km10 is not None and s2.fare_km10 is not None else km10
            for x, y in ((s1.station, s2.station), (s2.station, s1.station)):
                adjacency.setdefault(x, []).append(Hop(line.id, x, y, km10, fare10, line.line_class))
    network.cache["jr-track"] = adjacency
    return adjacency


def _is_shinkansen_line(network: Network, line_id: str) -> bool:
    return "shinkansen" in line_id


def hops_of_segment(network: Network, segment: Segment) -> list[Hop]:
    """The segment as hops between adjacent stations of its line (the stations a train passes count); a walk has none."""
    if segment.is_walk:
        return []
    cache = network.cache.setdefault("hops", {})
    key = (segment.line, segment.stops)
    if key not in cache:
        line = network.lines[segment.line]
        hops = []
        for a, b in zip(segment.stops, segment.stops[1:]):
            path = line.path(a, b)
            for x, y in zip(path, path[1:]):
                km10, fare10 = line.distance10(x, y)
                hops.append(Hop(line.id, x, y, km10, fare10, line.line_class))
        cache[key] = tuple(hops)
    return list(cache[key])


def _tree(network: Network, origin: str, allowed: frozenset[tuple[str, str, str]] | None,
          skip_shinkansen: bool) -> dict[str, Hop]:
    """Shortest-path tree by fare km (運賃計算キロ) from ``origin``: station -> the hop that reaches it.

    Routes of equal fare km are told apart by operating km, so that A to B and B to A take the same route
    (a local-line route and a mixed one can tie in fare km and still differ in fare)."""
    cache = network.cache.setdefault("jr-trees", {})
    key = (origin, id(allowed) if allowed is not None else None, skip_shinkansen)
    if key in cache:
        return cache[key]
    track = _track(network)
    far = (1 << 60, 0)
    dist = {origin: (0, 0)}
    prev: dict[str, Hop] = {}
    heap = [((0, 0), origin)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for hop in track.get(u, ()):
            if skip_shinkansen and _is_shinkansen_line(network, hop.line):
                continue
            if allowed is not None and (hop.line, hop.a, hop.b) not in allowed:
                continue
            nd = (d[0] + hop.fare_km10, d[1] + hop.km10)
            if nd < dist.get(hop.b, far):
                dist[hop.b] = nd
                prev[hop.b] = hop
                heapq.heappush(heap, (nd, hop.b))
    cache[key] = prev
    return prev


def _shortest(network: Network, origin: str, target: str, allowed: frozenset[tuple[str, str, str]] | None,
              skip_shinkansen: bool = True) -> list[Hop] | None:
    """Shortest path by fare km (運賃計算キロ) on the JR track graph, optionally only on ``allowed`` hops."""
    if origin == target:
        return []
    prev = _tree(network, origin, allowed, skip_shinkansen)
    if target not in prev:
        return None
    path = []
    node = target
    while node != origin:
        hop = prev[node]
        path.append(hop)
        node = hop.a
    path.reverse()
    return path


# --- areas -------------------------------------------------------------------------------------


def _area_hops(network: Network, sections: tuple[Section, ...]) -> frozenset[tuple[str, str, str]]:
    """Every (line, a, b) hop inside an area given as line sections."""
    inside: set[tuple[str, str, str]] = set()
    for section in sections:
        line = network.lines.get(section.line)
        if line is None:
            continue
        ids = [s.station for s in line.stops]
        if line.loop and section.origin == section.destination:
            span = ids
        else:
            try:
                i, j = sorted((ids.index(section.origin), ids.index(section.destination)))
            except ValueError:
                continue
            span = ids[i : j + 1]
        for a, b in zip(span, span[1:]):
            inside.add((line.id, a, b))
            inside.add((line.id, b, a))
    return frozenset(inside)


def area_hops(network: Network, data: JRFareData, area: str, day: dt.date) -> frozenset[tuple[str, str, str]] | None:
    """The hops of ``area`` in force on ``day``, or None if railopt has no version of it for that day."""
    versions = data.areas.get(area)
    if versions is None:
        return None
    for validity, sections in versions.items:
        if validity.covers(day):
            cache = network.cache.setdefault("areas", {})
            key = (area, validity.valid_from, id(data))
            if key not in cache:
                cache[key] = _area_hops(network, sections)
            return cache[key]
    return None


def _section_hops(network: Network, section: Section) -> frozenset[tuple[str, str, str]]:
    cache = network.cache.setdefault("sections", {})
    key = id(section)
    if key not in cache:
        cache[key] = (section, _area_hops(network, (section,)))  # the section is kept so its id stays unique
    return cache[key][1]


def _keys(hops: list[Hop]) -> frozenset[tuple[str, str, str]]:
    return frozenset((h.line, h.a, h.b) for h in hops)


def _inside(keys: frozenset[tuple[str, str, str]], area: frozenset[tuple[str, str, str]] | None) -> bool:
    """Whether every hop (as ``_keys``) lies in ``area``."""
    return area is not None and keys <= area


# --- the fare --------------------------------------------------------------------------------


def _conventional(network: Network, segments: list[Segment]) -> list[Hop]:
    """The ridden route as hops, Shinkansen replaced by the parallel conventional line where it exists."""
    hops: list[Hop] = []
    for segment in segments:
        if not _is_shinkansen_line(network, segment.line):
            hops.extend(hops_of_segment(network, segment))
            continue
        stops, i = segment.stops, 0
        while i < len(stops) - 1:
            # the longest run of stops with a parallel line of equal km: a Shinkansen-only station such as
            # Shin-Kobe inside the run does not break it (Shin-Osaka–Nishi-Akashi is the Tokaido/Sanyo Line)
            for j in range(len(stops) - 1, i, -1):
                shinkansen = hops_of_segment(network, Segment(**{**segment.__dict__, "stops": stops[i:j + 1]}))
                parallel = _shortest(network, stops[i], stops[j], None)
                if parallel is not None and sum(h.km10 for h in parallel) == sum(h.km10 for h in shinkansen):
                    hops.extend(parallel)
                    break
                if j == i + 1:
                    hops.extend(shinkansen)
            i = j
    return hops


def _by_table(network: Network, data: JRFareData, hops: list[Hop], day: dt.date, rules: list[str]) -> int:
    trunk10 = sum(h.km10 for h in hops if h.line_class == "trunk")
    local10 = sum(h.km10 for h in hops if h.line_class == "local")
    local_fare10 = sum(h.fare_km10 for h in hops if h.line_class == "local")
    trunk: Bands = data.bands["trunk"].on(day)
    local: Bands = data.bands["local"].on(day)
    if local10 == 0:
        rules.append(f"trunk-line fare table (幹線) at {whole_km(trunk10)} km")
        return trunk.lookup(whole_km(trunk10))
    if trunk10 == 0:
        rules.append(f"local-line fare table (地方交通線) at {whole_km(local10)} operating km")
        return local.lookup(whole_km(local10))
    if trunk10 + local10 <= 100:
        rules.append(f"mixed journey of 10 km or less: local-line table at {whole_km(trunk10 + local10)} operating km")
        return local.lookup(whole_km(trunk10 + local10))
    unknown = sorted({network.lines[h.line].name for h in hops if not network.lines[h.line].fare_km_known})
    if unknown:
        raise FareRuleError(f"this journey mixes trunk and local lines, and railopt has no source yet for the "
                            f"fare-calculation km (換算キロ) of the {', '.join(unknown)}")
    fare10 = trunk10 + local_fare10
    rules.append(
        f"mixed trunk/local journey: fare-calculation km (運賃計算キロ) {trunk10 / 10:.1f} + {local_fare10 / 10:.1f}"
        f" = {fare10 / 10:.1f}, trunk-line table at {whole_km(fare10)} km"
    )
    return trunk.lookup(whole_km(fare10))


def _zone_of(data: JRFareData, station: str, day: dt.date) -> tuple[str, str, frozenset[str]] | None:
    if data.city_zones is None or not any(v.covers(day) for v, _ in data.city_zones.items):
        return None
    for zone, (centre, members) in data.city_zones.on(day).items():
        if station in members:
            return zone, centre, members
    return None


def base_fare(network: Network, segments: list[Segment], day: dt.date, *, child: bool = False,
              data: JRFareData | None = None) -> BaseFare:
    """The JR base fare (運賃) for riding ``segments`` (all JR, in order) on ``day``.

    Raises :class:`~railopt.errors.DateNotCoveredError` if no fare table is in force on ``day``.
    """
    if not segments:
        raise FareRuleError("a fare needs at least one ride")
    rules: list[str] = []
    ridden = _conventional(network, segments)
    if any(_is_shinkansen_line(network, s.line) for s in segments):
        rules.append("Shinkansen priced as the parallel conventional line (新幹線と在来線の同一線扱い)")
    return _fare(network, segments[0].origin, segments[-1].destination, ridden, day, child, data or jr_fare_data(), rules)


def ticket_fare(network: Network, origin: str, destination: str, day: dt.date, *, child: bool = False,
                data: JRFareData | None = None) -> BaseFare:
    """The fare of a ticket from ``origin`` to ``destination`` by the shortest JR route (最短経路), as a
    ticket machine sells it."""
    skip = True
    hops = _shortest(network, origin, destination, None)
    if hops is None:
        skip = False
        hops = _shortest(network, origin, destination, None, skip_shinkansen=False)
    if hops is None:
        raise FareRuleError(f"no JR route joins {origin} and {destination}")
    # searched from the other end, a route of the same km may differ (Namba–Uji via Kyoto or via Kizu, both
    # 67.8 km, one inside the 電車特定区間): the ticket is the cheaper, whichever end it is bought at
    routes = _both_ways(network, origin, destination, None, hops, skip)
    fares: list[BaseFare] = []
    errors: list[FareRuleError] = []
    for route in routes:
        try:
            fares.append(_fare(network, origin, destination, route, day, child, data or jr_fare_data(), [],
                               is_shortest=True))
        except FareRuleError as exc:
            errors.append(exc)
    if not fares:
        raise errors[0]
    return min(fares, key=lambda f: f.adult_yen)


def _both_ways(network: Network, origin: str, destination: str, allowed: frozenset[tuple[str, str, str]] | None,
               hops: list[Hop], skip_shinkansen: bool = True) -> list[list[Hop]]:
    """``hops`` (the shortest route from ``origin``) and, if it differs, the shortest route found from
    ``destination``, turned round: routes of equal km can differ and so can their fares."""
    back = _shortest(network, destination, origin, allowed, skip_shinkansen=skip_shinkansen)
    if back is None or (len(back) == len(hops) and all(
            f.line == r.line and f.a == r.b for f, r in zip(hops, reversed(back)))):
        return [hops]
    return [hops, [Hop(h.line, h.b, h.a, h.km10, h.fare_km10, h.line_class) for h in reversed(back)]]


def _fare(network: Network, origin: str, destination: str, ridden: list[Hop], day: dt.date, child: bool,
          data: JRFareData, rules: list[str], *, is_shortest: bool = False) -> BaseFare:
    """The fare of ``ridden``; ``is_shortest`` says it is a shortest JR route (ticket_fare has tried both ends)."""
    data.bands["trunk"].on(day)  # a date before every fare table is refused before any other rule
    suburban = area_hops(network, data, SUBURBAN, day)
    in_suburban = _inside(_keys(ridden), suburban)
    if in_suburban and is_shortest:
        rules = [*rules, "Osaka suburban area (大都市近郊区間): the ridden route is the shortest"]
    elif in_suburban:
        shortest = _shortest(network, origin, destination, suburban)
        if shortest is not None:
            # the fare is that of the shortest route; of shortest routes of equal km, the cheapest
            routes = _both_ways(network, origin, destination, suburban, shortest)
            km = sum(h.fare_km10 for h in shortest)
            if km == sum(h.fare_km10 for h in ridden):
                routes = [ridden] + [r for r in routes if r != ridden]
            area = "Osaka suburban area (大都市近郊区間): "
            fares = [_priced(network, origin, destination, r, day, child, data,
                             [*rules, area + ("the ridden route is the shortest" if r is ridden
                                              else "priced by the shortest route")]) for r in routes]
            return min(fares, key=lambda f: f.adult_yen)  # min keeps the first of equal fares
    return _priced(network, origin, destination, ridden, day, child, data, rules)


def _priced(network: Network, origin: str, destination: str, hops: list[Hop], day: dt.date, child: bool,
            data: JRFareData, rules: list[str]) -> BaseFare:
    """The fare of ``hops`` after the suburban-area rule: city zones, exceptions, tables, additions."""
    rules = list(rules)
    # city zones (特定都区市内): over 200 km from the central station the fare runs from it
    fare_origin, fare_destination = origin, destination
    for end in ("origin", "destination"):
        station = origin if end == "origin" else destination
        zone = _zone_of(data, station, day)
        if zone is None:
            continue
        name, centre, members = zone
        other = fare_destination if end == "origin" else fare_origin
        if other in members:
            continue
        from_centre = (_shortest(network, centre, other, None)
                       or _shortest(network, centre, other, None, skip_shinkansen=False))
        if from_centre is None or sum(h.km10 for h in from_centre) <= 2000:
            continue
        if end == "origin":
            fare_origin = centre
        else:
            fare_destination = centre
        rules.append(f"city zone (特定都区市内) {name}: over 200 km from {network.stations[centre].name_en}, fare runs from there")
    # 新大阪・大阪間の特例 (旅客営業規則 第88条): Shin-Osaka to Himeji or beyond is priced from Osaka
    for end in ("origin", "destination"):
        here, other = (fare_origin, fare_destination) if end == "origin" else (fare_destination, fare_origin)
        if here == SHIN_OSAKA and other in _beyond_himeji(network):
            if end == "origin":
                fare_origin = OSAKA
            else:
                fare_destination = OSAKA
            rules.append("Shin-Osaka–Osaka exception (新大阪・大阪間の特例, 第88条): Himeji or beyond is priced from Osaka")
    if (fare_origin, fare_destination) != (origin, destination):
        hops = (_shortest(network, fare_origin, fare_destination, None)
                or _shortest(network, fare_origin, fare_destination, None, skip_shinkansen=False) or hops)
    operating10 = sum(h.km10 for h in hops)
    fare10 = sum(h.fare_km10 for h in hops)
    specific = pair_price(data.specific, fare_origin, fare_destination, day,
                          f"specific-section fare (特定区間運賃) {network.stations[fare_origin].name_en}–"
                          f"{network.stations[fare_destination].name_en}")
    loop = area_hops(network, data, LOOP, day)
    densha = area_hops(network, data, DENSHA, day)
    keys = _keys(hops)
    if specific is not None:
        adult = specific.values[0]
        assert adult is not None
        rules.append(f"specific-section fare (特定区間運賃) {network.stations[fare_origin].name_en}–"
                     f"{network.stations[fare_destination].name_en} ({specific.validity.describe()})")
    elif _inside(keys, loop):
        adult = data.bands[LOOP].on(day).lookup(whole_km(operating10))
        rules.append(f"Osaka Loop Line fare table (大阪環状線内) at {whole_km(operating10)} km")
    elif _inside(keys, densha):
        adult = data.bands[DENSHA].on(day).lookup(whole_km(operating10))
        rules.append(f"Osaka train-specific section table (電車特定区間) at {whole_km(operating10)} km")
    else:
        adult = _by_table(network, data, hops, day, rules)
    for section, amount, validity, note in data.surcharges:
        if not validity.covers(day):
            continue
        if not keys.isdisjoint(_section_hops(network, section)):
            if amount is None:
                raise FareRuleError(f"this journey uses {network.lines[section.line].name} {network.stations[section.origin].name_en}–"
                                    f"{network.stations[section.destination].name_en}, which adds a fare (加算運賃) whose current amount "
                                    "railopt has no source for yet")
            adult += amount
            rules.append(f"additional fare (加算運賃) +{amount} yen: {note}")
    barrier_free = area_hops(network, data, BARRIER_FREE, day)
    if _inside(keys, barrier_free):
        adult += BARRIER_FREE_YEN
        rules.append(f"barrier-free fee (鉄道駅バリアフリー料金) +{BARRIER_FREE_YEN} yen, included in the fare")
    yen = adult
    if child:
        yen = child_fare(adult)
        rules.append("child fare (小児運賃): half, fractions under 10 yen dropped")
    return BaseFare(adult, yen, operating10 / 10, fare10 / 10, fare_origin, fare_destination, tuple(hops), tuple(rules))
