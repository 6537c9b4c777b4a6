"""Finding stations by the names people type: English, Japanese, kana, romaji, numbering codes."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

from railopt.errors import UnknownStationError
from railopt.network.model import Network

_MACRONS = str.maketrans("āēīōūĀĒĪŌŪâêîôûÂÊÎÔÛ", "aeiouaeiouaeiouaeiou")


def normalise(name: str) -> str:
    """Fold case, macrons, width, spaces, hyphens and punctuation: "Shin-Ōsaka" -> "shinosaka"."""
    text = unicodedata.normalize("NFKC", name).translate(_MACRONS).casefold()
    return "".join(ch for ch in text if ch.isalnum())


@dataclass(frozen=True)
class Place:
    """What a name resolved to: one station, or a transfer group and the stations it holds."""

    query: str
    name: str
    stations: tuple[str, ...]
    group: str | None = None

    @property
    def is_group(self) -> bool:
        return self.group is not None


def _index(network: Network) -> dict[str, set[tuple[str, str]]]:
    """normalised key -> {("station"|"group", id)}."""
    if "lookup" in network.cache:
        return network.cache["lookup"]
    index: dict[str, set[tuple[str, str]]] = {}

    def add(key: str, kind: str, ident: str) -> None:
        if key:
            index.setdefault(normalise(key), set()).add((kind, ident))

    for s in network.stations.values():
        for key in (s.id, s.id.split("-", 1)[1], s.name_en, s.name_ja, s.name_kana, *s.codes):
            add(key, "station", s.id)
        if s.name_en.upper().startswith("JR "):
            add(s.name_en[3:], "station", s.id)
        # codes are written "JR-A31" or "A31"
        for code in s.codes:
            add(code.split("-", 1)[-1], "station", s.id)
    for g in network.groups.values():
        for key in (g.id, g.name_en, g.name_ja, g.name_kana or ""):
            add(key, "group", g.id)
    network.cache["lookup"] = index
    return index


def _display(network: Network, kind: str, ident: str) -> str:
    return network.groups[ident].name_en if kind == "group" else network.stations[ident].name_en


def find_place(network: Network, query: str) -> Place:
    """Resolve ``query`` to a station or a transfer group.

    A name shared by several stations resolves to their transfer group; if they share none and exactly
    one is a JR station, to that station (walking transfers reach the others). An unknown name raises
    :class:`~railopt.errors.UnknownStationError` suggesting the nearest names.

    Examples
    --------
    >>> from railopt.network import load_network
    >>> find_place(load_network(), "shinosaka").stations
    ('jr-shin-osaka',)
    """
    key = normalise(query)
    hits = _index(network).get(key, set())
    groups = sorted(i for k, i in hits if k == "group")
    stations = sorted(i for k, i in hits if k == "station")
    if groups:
        g = network.groups[groups[0]]
        return Place(query, g.name_en, g.stations, group=g.id)
    if len(stations) == 1:
        s = network.stations[stations[0]]
        return Place(query, s.name_en, (s.id,))
    if stations:
        shared = {network.stations[s].group for s in stations}
        if len(shared) == 1 and None not in shared:
            g = network.groups[shared.pop()]  # type: ignore[index]
            return Place(query, g.name_en, g.stations, group=g.id)
        jr = [s for s in stations if s.startswith("jr-")]
        if len(jr) == 1:  # a JR station and a same-named private one in no group: JR (walks reach the other)
            return Place(query, network.stations[jr[0]].name_en, (jr[0],))
        return Place(query, query, tuple(stations))
    raise UnknownStationError(query, suggest(network, query))


def find_station(network: Network, query: str) -> str:
    """The id of the one station ``query`` names (a group resolves to its first member)."""
    return find_place(network, query).stations[0]


def suggest(network: Network, query: str, n: int = 3) -> list[str]:
    """The display names nearest to ``query``."""
    index = _index(network)
    key = normalise(query)
    close = difflib.get_close_matches(key, list(index), n=n * 3, cutoff=0.6)
    close += [k for k in index if key and k.startswith(key)][: n * 2]
    names: list[str] = []
    for k in close:
        for kind, ident in sorted(index[k]):
            name = _display(network, kind, ident)
            if name not in names:
                names.append(name)
    return names[:n]


def search_stations(network: Network, query: str, limit: int = 20) -> list[str]:
    """Station ids whose names contain ``query`` (normalised), best first; for ``railopt stations``."""
    key = normalise(query)
    found = []
    for s in network.stations.values():
        keys = [normalise(k) for k in (s.name_en, s.name_ja, s.name_kana, s.id, *s.codes)]
        if any(key and key in k for k in keys):
            found.append(s.id)
    if not found:
        for name in suggest(network, query, n=limit):
            found += [s.id for s in network.stations.values() if s.name_en == name]
    return found[:limit]
