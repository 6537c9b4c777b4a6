"""Journey planning on the network graph: fastest, fewest-transfer and shortest routes, and alternatives.

Graph functions take the network first and a ``weight``: an edge attribute name or a callable
``(u, v, data) -> cost | None``; ``None`` hides the edge (as in networkx's weighted paths).
A state of the search is a station plus the train ridden into it, so staying on a train costs
nothing extra and every boarding costs ``board_penalty`` minutes.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from railopt.errors import NoRouteError
from railopt.network.model import Network

Weight = str | Callable[[str, str, dict[str, Any]], float | None]


@dataclass(frozen=True)
class Segment:
    """One ride on one train (or one walk) from ``origin`` to ``destination``."""

    operator: str
    line: str
    statutory_line: str
    line_class: str
    service: str
    service_name: str
    train_type: str
    stops: tuple[str, ...]
    km: float
    fare_km: float
    minutes: float
    ride: str = ""  # the graph key of the train ridden: a through train keeps it across lines

    @property
    def origin(self) -> str:
        return self.stops[0]

    @property
    def destination(self) -> str:
        return self.stops[-1]

    @property
    def is_walk(self) -> bool:
        return self.train_type == "walk"


@dataclass(frozen=True)
class Route:
    """A journey: its segments in order."""

    segments: tuple[Segment, ...]

    @property
    def origin(self) -> str:
        return self.segments[0].origin

    @property
    def destination(self) -> str:
        return self.segments[-1].destination

    @property
    def minutes(self) -> float:
        return round(sum(s.minutes for s in self.segments), 1)

    @property
    def km(self) -> float:
        return round(sum(s.km for s in self.segments), 1)

    @property
    def transfers(self) -> int:
        rides = [s.ride for s in self.segments if not s.is_walk]
        return sum(1 for a, b in zip(rides, rides[1:]) if a != b)

    @property
    def signature(self) -> tuple[tuple[str, str, str, str], ...]:
        return tuple((s.line, s.service, s.origin, s.destination) for s in self.segments)

    def stations(self) -> list[str]:
        out = [self.segments[0].origin]
        for s in self.segments:
            out.extend(s.stops[1:])
        return out


def _ride(key: str, data: dict[str, Any]) -> str:
    """What identifies one train: a named or rapid service keeps its id where it runs through from one
    line to the next (special rapids Tokaido→Sanyo, Haruka); a local is one train per line."""
    return key if data["train_type"] in ("local", "walk") else data["service"]


def _adjacency(network: Network) -> dict[str, list[tuple[str, str, dict[str, Any], str, bool]]]:
    """station -> [(next station, edge key, edge data, ride, is walk)], built once per network: the search
    reads plain lists instead of asking networkx for each station's edges."""
    cache = network.cache
    if "adjacency" not in cache:
        adjacency: dict[str, list[tuple[str, str, dict[str, Any], str, bool]]] = {}
        for u, v, key, data in network.graph.edges(keys=True, data=True):
            adjacency.setdefault(u, []).append((v, key, data, _ride(key, data), data["train_type"] == "walk"))
        cache["adjacency"] = adjacency
    return cache["adjacency"]


def shortest_route(
    network: Network,
    origins: Iterable[str],
    destinations: Iterable[str],
    weight: Weight = "minutes",
    *,
    board_penalty: float = 5.0,
    require: Callable[[dict[str, Any]], bool] | None = None,
) -> Route:
    """The route of least total ``weight`` (+ ``board_penalty`` per boarding) from any origin to any destination.

    ``require``, if given, is a predicate over edge data: the route must ride at least one edge
    for which it holds (e.g. "is a Shinkansen").
    """
    adjacency = _adjacency(network)
    targets = set(destinations)
    counter = itertools.count()
    # state: (station, ride key or "", requirement met)
    start_states = [(o, "", require is None) for o in origins]
    dist: dict[tuple[str, str, bool], float] = {}
    parent: dict[tuple[str, str, bool], tuple[tuple[str, str, bool], str, str] | None] = {}
    heap: list[tuple[float, int, tuple[str, str, bool]]] = []
    for s in start_states:
        dist[s] = 0.0
        parent[s] = None
        heapq.heappush(heap, (0.0, next(counter), s))
    found: tuple[str, str, bool] | None = None
    while heap:
        d, _, state = heapq.heappop(heap)
        if d > dist.get(state, float("inf")):
            continue
        station, ride, met = state
        if station in targets and met:
            found = state
            break
        for nxt, key, data, this_ride, walk in adjacency.get(station, ()):
            cost = weight(station, nxt, data) if callable(weight) else data.get(weight)
            if cost is None:
                continue
            if this_ride != ride:
                if ride == "transfer" and key == "transfer":
                    continue
                if not walk:
                    cost += board_penalty
            new = (nxt, this_ride, met or (require is not None and require(data)))
            nd = d + cost
            if nd < dist.get(new, float("inf")):
                dist[new] = nd
                parent[new] = (state, key, nxt)
                heapq.heappush(heap, (nd, next(counter), new))
    if found is None:
        raise NoRouteError("no route under these restrictions")
    steps: list[tuple[str, str, str]] = []
    state = found
    while parent[state] is not None:
        prev, key, nxt = parent[state]  # type: ignore[misc]
        steps.append((prev[0], nxt, key))
        state = prev
    steps.reverse()
    return _route_from_steps(network, steps)


def _route_from_steps(network: Network, steps: list[tuple[str, str, str]]) -> Route:
    graph = network.graph
    segments: list[Segment] = []
    run: list[tuple[str, str, str]] = []

    def close() -> None:
        if not run:
            return
        datas = [graph.edges[u, v, k] for u, v, k in run]
        ride = _ride(run[0][2], datas[0])
        first = datas[0]
        segments.append(Segment(
            operator=first["operator"], line=first["line"], statutory_line=first["statutory_line"],
            line_class=first["line_class"], service=first["service"], service_name=first["service_name"],
            train_type=first["train_type"], stops=tuple([run[0][0]] + [v for _, v, _ in run]),
            km=round(sum(d["km"] for d in datas), 1), fare_km=round(sum(d["fare_km"] for d in datas), 1),
            minutes=round(sum(d["minutes"] for d in datas), 1), ride=ride,
        ))
        run.clear()

    for step in steps:
        if run and (run[-1][2] != step[2] or step[2] == "transfer"
                    or graph.edges[run[-1]]["line"] != graph.edges[step]["line"]):
            close()
        run.append(step)
    close()
    return Route(tuple(segments))


def route_alternatives(
    network: Network,
    origins: Iterable[str],
    destinations: Iterable[str],
    k: int = 3,
    *,
    allow: Callable[[dict[str, Any]], bool] | None = None,
    require: Callable[[dict[str, Any]], bool] | None = None,
) -> list[Route]:
    """Up to ``k`` different routes: fastest, fewest transfers, least distance on ordinary trains, then
    alternatives found by penalising the edges already used (not k copies of one route).

    ``allow`` hides edges for which it is false; ``require`` must hold on at least one ridden edge.
    """
    origins, destinations = list(origins), list(destinations)
    ok = allow or (lambda d: True)

    def minutes(u: str, v: str, d: dict[str, Any]) -> float | None:
        return d["minutes"] if ok(d) else None

    def ordinary_km(u: str, v: str, d: dict[str, Any]) -> float | None:
        if not ok(d):
            return None
        if d["train_type"] in ("limited-express", "shinkansen") and require is None:
            return None
        return d["km"] + 0.01 * d["minutes"]

    candidates: list[Route] = []
    searches: list[tuple[Weight, float]] = [(minutes, 5.0), (minutes, 60.0), (ordinary_km, 0.5)]
    for weight, penalty in searches:
        try:
            candidates.append(shortest_route(network, origins, destinations, weight, board_penalty=penalty, require=require))
        except NoRouteError:
            continue
    if not candidates:
        raise NoRouteError("no route under these restrictions")
    penalties: dict[tuple[str, str], float] = {}
    for _ in range(k * 2):
        if len({r.signature for r in candidates}) >= k + 1:
            break
        for r in candidates:
            for s in r.segments:
                penalties[(s.line, s.service)] = penalties.get((s.line, s.service), 1.0) * 1.6

        def penalised(u: str, v: str, d: dict[str, Any]) -> float | None:
            base = minutes(u, v, d)
            return None if base is None else base * penalties.get((d["line"], d["service"]), 1.0)

        try:
            candidates.append(shortest_route(network, origins, destinations, penalised, board_penalty=5.0, require=require))
        except NoRouteError:
            break
    unique: dict[tuple, Route] = {}
    for r in candidates:
        unique.setdefault(r.signature, r)
    # a route that passes a station twice is never sensible (it can appear when a train is required)
    simple = [r for r in unique.values() if len(set(r.stations())) == len(r.stations())] or list(unique.values())
    fastest = min(r.minutes for r in simple)
    sensible = [r for r in simple if r.minutes <= 2 * fastest + 30]
    return sensible
