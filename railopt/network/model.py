"""The network's domain objects: stations, lines, services, transfers, and the graph built from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterator

import networkx as nx


def tenths(km: float) -> int:
    """Kilometres as an exact whole number of 100 m (published km have one decimal)."""
    return round(km * 10)


@dataclass(frozen=True)
class Station:
    id: str
    name_en: str
    name_ja: str
    name_kana: str
    lat: float
    lon: float
    codes: tuple[str, ...] = ()
    group: str | None = None

    @property
    def operator_prefix(self) -> str:
        return self.id.split("-", 1)[0]


@dataclass(frozen=True)
class Group:
    """A transfer group: stations one can walk between, known together by a place name ("Osaka")."""

    id: str
    name_en: str
    name_ja: str
    name_kana: str | None
    stations: tuple[str, ...]


@dataclass(frozen=True)
class LineStop:
    station: str
    km10: int  # cumulative operating km (営業キロ) in tenths
    fare_km10: int | None  # cumulative fare-calculation km (換算キロ) in tenths, local lines only


@dataclass(frozen=True)
class Line:
    """A line as the operator's fare rules see it (for JR: a section of one statutory line)."""

    id: str
    name: str
    name_ja: str
    operator: str
    statutory_line: str
    line_class: str  # "trunk" (幹線) or "local" (地方交通線)
    loop: bool
    stops: tuple[LineStop, ...]
    fare_km_known: bool = True  # False for a local line whose 換算キロ railopt has no source for yet

    @cached_property
    def _index(self) -> dict[str, int]:
        """Each station's first place in ``stops`` (a loop line lists its first station again at the end)."""
        index: dict[str, int] = {}
        for i, stop in enumerate(self.stops):
            index.setdefault(stop.station, i)
        return index

    def position(self, station: str) -> LineStop:
        i = self._index.get(station)
        if i is None:
            raise KeyError(f"{station} is not on {self.id}")
        return self.stops[i]

    @property
    def length10(self) -> int:
        return self.stops[-1].km10 - self.stops[0].km10

    def distance10(self, a: str, b: str) -> tuple[int, int]:
        """Operating and fare km (tenths) between two stations of this line, the short way round on a loop."""
        pa, pb = self.position(a), self.position(b)
        km = abs(pb.km10 - pa.km10)
        if pa.fare_km10 is not None and pb.fare_km10 is not None:
            fare = abs(pb.fare_km10 - pa.fare_km10)
        else:
            fare = km
        if self.loop:
            km = min(km, self.length10 - km)
            fare = km
        return km, fare

    def path(self, a: str, b: str) -> list[str]:
        """The stations from ``a`` to ``b`` along the line, both included (the short way round on a loop)."""
        ids = self.stations()
        i, j = self._index[a], self._index[b]
        if not self.loop:
            return ids[i : j + 1] if i <= j else ids[j : i + 1][::-1]
        n = len(ids)
        forward = [ids[(i + k) % n] for k in range((j - i) % n + 1)]
        backward = [ids[(i - k) % n] for k in range((i - j) % n + 1)]
        km_forward = (self.stops[j].km10 - self.stops[i].km10) % self.length10
        return forward if km_forward <= self.length10 - km_forward else backward

    def stations(self) -> list[str]:
        ids = [s.station for s in self.stops]
        return ids[:-1] if self.loop else ids


@dataclass(frozen=True)
class Service:
    """A kind of train on one line, with its stops and cumulative minutes from its first stop."""

    line: str
    id: str
    train_type: str
    name: str
    stops: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Transfer:
    a: str
    b: str
    minutes: int


@dataclass
class Network:
    """Stations, lines, services and transfers of one network, and its graph.

    ``graph`` is a ``networkx.MultiDiGraph``: nodes are station ids; there is one edge per line,
    service and consecutive stop pair (both directions) carrying ``operator``, ``line``,
    ``statutory_line``, ``line_class``, ``service``, ``train_type``, ``km``, ``fare_km`` and
    ``minutes``, and one ``transfer`` edge each way between stations of a transfer group.
    """

    name: str
    stations: dict[str, Station]
    groups: dict[str, Group]
    lines: dict[str, Line]
    services: list[Service]
    transfers: list[Transfer]
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)
    # derived indexes (lookup keys, fare-route trees, area hop sets), built on first use by the modules that own them
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def lines_at(self, station: str) -> Iterator[Line]:
        for line in self.lines.values():
            if any(s.station == station for s in line.stops):
                yield line

    def line_between(self, a: str, b: str, preferred: str) -> Line:
        """The line a train runs on between two consecutive stops: ``preferred`` if it has both."""
        line = self.lines[preferred]
        on = line.stations()
        if a in on and b in on:
            return line
        for other in self.lines.values():
            ids = other.stations()
            if a in ids and b in ids:
                return other
        raise KeyError(f"no line joins {a} and {b}")

    def operator_of(self, station: str) -> str:
        for line in self.lines_at(station):
            return line.operator
        return "walk"


def build_graph(network: Network) -> nx.MultiDiGraph:
    """The routing multigraph described on :class:`Network`."""
    graph = nx.MultiDiGraph()
    for station in network.stations.values():
        graph.add_node(station.id, name=station.name_en, lat=station.lat, lon=station.lon)
    for service in network.services:
        for (a, ma), (b, mb) in zip(service.stops, service.stops[1:]):
            line = network.line_between(a, b, service.line)
            km10, fare10 = line.distance10(a, b)
            attrs = dict(
                operator=line.operator,
                line=line.id,
                statutory_line=line.statutory_line,
                line_class=line.line_class,
                service=service.id,
                service_name=service.name,
                train_type=service.train_type,
                km=km10 / 10,
                fare_km=fare10 / 10,
                minutes=round(mb - ma, 1),
            )
            key = f"{service.line}/{service.id}"
            graph.add_edge(a, b, key=key, **attrs)
            graph.add_edge(b, a, key=key, **attrs)
    for t in network.transfers:
        attrs = dict(operator="walk", line="transfer", statutory_line="", line_class="", service="transfer",
                     service_name="Walk", train_type="walk", km=0.0, fare_km=0.0, minutes=float(t.minutes))
        graph.add_edge(t.a, t.b, key="transfer", **attrs)
        graph.add_edge(t.b, t.a, key="transfer", **attrs)
    return graph
