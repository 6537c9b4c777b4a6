"""Loading a network from its data folder, validating it, and caching the result."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from railopt.errors import DataError
from railopt.network import schema
from railopt.network.model import Group, Line, LineStop, Network, Service, Station, Transfer, build_graph, tenths
from railopt.tables import Table, data_root, display_path, read_table

CACHE_VERSION = "2"


def network_dir(name: str | Path = "kansai") -> Path:
    """The folder of network ``name`` under ``networks/``, or ``name`` itself if it is a folder path."""
    if isinstance(name, Path):
        return name
    path = data_root() / "networks" / name
    if not path.is_dir():
        raise DataError(display_path(path), f"no network named {name!r}")
    return path


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.csv") if not any(part.startswith("_") for part in p.relative_to(folder).parts))


def _provenance(table: Table) -> dict[str, str]:
    return {k: str(table.meta[k]) for k in ("source", "as_of", "licence")}


def _load_stations(folder: Path, network: Network) -> None:
    table = read_table(folder / "stations.csv", schema.STATIONS)
    network.sources[table.name] = _provenance(table)
    for i, row in enumerate(table.rows):
        if row["id"] in network.stations:
            raise table.error(i, f"duplicate station id {row['id']!r}", "id")
        codes = tuple((row["codes"] or "").split())
        network.stations[row["id"]] = Station(
            id=row["id"], name_en=row["name_en"], name_ja=row["name_ja"], name_kana=row["name_kana"],
            lat=row["lat"], lon=row["lon"], codes=codes, group=row["group"],
        )
    groups_path = folder / "groups.csv"
    members: dict[str, list[str]] = {}
    for station in network.stations.values():
        if station.group:
            members.setdefault(station.group, []).append(station.id)
    if groups_path.exists():
        gtable = read_table(groups_path, schema.GROUPS)
        network.sources[gtable.name] = _provenance(gtable)
        for i, row in enumerate(gtable.rows):
            if row["id"] in network.groups:
                raise gtable.error(i, f"duplicate group id {row['id']!r}", "id")
            # the station named like the group comes first (find_station answers with it), then file order
            ordered = sorted(members.get(row["id"], ()), key=lambda s: network.stations[s].name_en != row["name_en"])
            network.groups[row["id"]] = Group(row["id"], row["name_en"], row["name_ja"], row["name_kana"], tuple(ordered))
    for i, row in enumerate(table.rows):
        if row["group"] and row["group"] not in network.groups:
            raise table.error(i, f"group {row['group']!r} is not in groups.csv", "group")


def _load_transfers(folder: Path, network: Network) -> None:
    path = folder / "transfers.csv"
    if not path.exists():
        return
    table = read_table(path, schema.TRANSFERS)
    network.sources[table.name] = _provenance(table)
    for i, row in enumerate(table.rows):
        for column in ("from", "to"):
            if row[column] not in network.stations:
                raise table.error(i, f"unknown station {row[column]!r}", column)
        network.transfers.append(Transfer(row["from"], row["to"], row["minutes"]))


def _load_line(path: Path, network: Network) -> None:
    table = read_table(path, schema.LINE)
    meta = table.meta
    network.sources[table.name] = _provenance(table)
    if meta["line_class"] not in schema.LINE_CLASSES:
        raise DataError(table.name, f"line_class {meta['line_class']!r} must be one of {', '.join(schema.LINE_CLASSES)}")
    if meta["id"] in network.lines:
        raise DataError(table.name, f"duplicate line id {meta['id']!r}")
    if not table.rows:
        raise DataError(table.name, "a line needs at least two stations")
    stops: list[LineStop] = []
    local = meta["line_class"] in ("local", "other")  # other (non-JR) lines may give fare km too
    # a local line whose 換算キロ are not yet sourced leaves fare_km blank on every row
    fare_km_known = local and any(row["fare_km"] is not None for row in table.rows)
    for i, row in enumerate(table.rows):
        if row["station"] not in network.stations:
            raise table.error(i, f"unknown station {row['station']!r} (add it to stations.csv)", "station")
        if stops and tenths(row["km"]) <= stops[-1].km10:
            raise table.error(i, f"km {row['km']} does not increase along the line", "km")
        if fare_km_known and row["fare_km"] is None and meta["line_class"] != "other":
            raise table.error(i, "fare_km (換算キロ) must be given on every row or on none", "fare_km")
        if not local and row["fare_km"] is not None:
            raise table.error(i, "fare_km is only for local lines (line_class: local) and non-JR lines (other)", "fare_km")
        fare = tenths(row["fare_km"]) if row["fare_km"] is not None else None
        if fare is not None and stops and stops[-1].fare_km10 is not None and fare <= stops[-1].fare_km10:
            raise table.error(i, f"fare_km {row['fare_km']} does not increase along the line", "fare_km")
        stops.append(LineStop(row["station"], tenths(row["km"]), fare))
    if len(stops) < 2:
        raise DataError(table.name, "a line needs at least two stations")
    loop = bool(meta["loop"])
    seen = [s.station for s in (stops[:-1] if loop else stops)]
    if loop and stops[-1].station != stops[0].station:
        raise table.error(len(stops) - 1, "a loop line must end at its first station", "station")
    if len(set(seen)) != len(seen):
        raise DataError(table.name, "a station appears twice on the line")
    network.lines[meta["id"]] = Line(
        id=meta["id"], name=meta["name"], name_ja=meta["name_ja"], operator=meta["operator"],
        statutory_line=meta["statutory_line"], line_class=meta["line_class"], loop=loop, stops=tuple(stops),
        # a non-JR line may leave fare_km blank where it is not sourced: fares over those rows are refused
        fare_km_known=(fare_km_known or not local) and not (fare_km_known and any(s.fare_km10 is None for s in stops)),
    )


def _interpolate(network: Network, line: Line, stops: list[tuple[str, float | None]]) -> list[tuple[str, float]]:
    """Fill blank minutes between two known ones in proportion to operating km."""
    known = [i for i, (_, m) in enumerate(stops) if m is not None]
    out = [(s, float(m)) if m is not None else (s, 0.0) for s, m in stops]
    cumulative = [0]
    for (a, _), (b, _) in zip(stops, stops[1:]):
        cumulative.append(cumulative[-1] + network.line_between(a, b, line.id).distance10(a, b)[0])
    for lo, hi in zip(known, known[1:]):
        m_lo, m_hi = out[lo][1], out[hi][1]
        span = cumulative[hi] - cumulative[lo]
        for j in range(lo + 1, hi):
            share = (cumulative[j] - cumulative[lo]) / span if span else 0
            out[j] = (stops[j][0], round(m_lo + share * (m_hi - m_lo), 1))
    return out


def _load_services(path: Path, network: Network) -> None:
    table = read_table(path, schema.SERVICES)
    network.sources[table.name] = _provenance(table)
    line_id = table.meta["line"]
    line = network.lines.get(line_id)
    if line is None:
        raise DataError(table.name, f"header 'line' names unknown line {line_id!r}")
    on_line = set(line.stations())
    lines_of: dict[str, set[str]] = {}
    for other in network.lines.values():
        for sid in other.stations():
            lines_of.setdefault(sid, set()).add(other.id)
    order: list[str] = []
    rows_by_service: dict[str, list[int]] = {}
    for i, row in enumerate(table.rows):
        if row["train_type"] not in schema.TRAIN_TYPES:
            raise table.error(i, f"{row['train_type']!r} is not one of {', '.join(schema.TRAIN_TYPES)}", "train_type")
        if row["station"] not in on_line and row["station"] not in lines_of:
            raise table.error(i, f"station {row['station']!r} is not on line {line_id} (nor on any other line)", "station")
        if row["service"] not in rows_by_service:
            order.append(row["service"])
        rows_by_service.setdefault(row["service"], []).append(i)
    for service_id in order:
        idx = rows_by_service[service_id]
        first = table.rows[idx[0]]
        if len(idx) < 2:
            raise table.error(idx[0], f"service {service_id!r} needs at least two stops", "service")
        for i in (idx[0], idx[-1]):
            if table.rows[i]["minute"] is None:
                raise table.error(i, "the first and last stop of a service need minutes", "minute")
        stops = [(table.rows[i]["station"], table.rows[i]["minute"]) for i in idx]
        # a through train may run onto another line: each consecutive pair of stops must share a line
        for i, (a, b) in zip(idx[1:], zip(stops, stops[1:])):
            if not (lines_of.get(a[0], set()) & lines_of.get(b[0], set())):
                raise table.error(i, f"stops {a[0]!r} and {b[0]!r} of service {service_id!r} are on no common line", "station")
        previous = None
        for i, (_, minute) in zip(idx, stops):
            if minute is not None:
                if previous is not None and minute <= previous:
                    raise table.error(i, f"minute {minute} does not increase along the service", "minute")
                previous = minute
        network.services.append(Service(
            line=line_id, id=service_id, train_type=first["train_type"], name=first["name"],
            stops=tuple(_interpolate(network, line, stops)),
        ))


def load_uncached(name: str | Path = "kansai") -> Network:
    """Read and validate every file of network ``name``; raise :class:`DataError` on the first problem."""
    folder = network_dir(name)
    network = Network(name=str(name), stations={}, groups={}, lines={}, services=[], transfers=[])
    _load_stations(folder, network)
    _load_transfers(folder, network)
    for path in _files(folder / "lines"):
        _load_line(path, network)
    for path in _files(folder / "services"):
        _load_services(path, network)
    network.graph = build_graph(network)
    return network


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256(CACHE_VERSION.encode())
    digest.update(Path(__file__).read_bytes())
    for path in _files(folder):
        stat = path.stat()
        digest.update(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def _cache_dir() -> Path:
    base = os.environ.get("RAILOPT_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "railopt"


_MEMORY: dict[str, Network] = {}


def load_network(name: str = "kansai", *, use_cache: bool = True) -> Network:
    """The network ``name`` (default ``"kansai"``), from a cache rebuilt whenever a data file changes.

    Examples
    --------
    >>> net = load_network()
    >>> net.stations["jr-kyoto"].name_ja
    '京都'
    """
    if not use_cache:
        return load_uncached(name)
    folder = network_dir(name)
    key = f"{name}-{_fingerprint(folder)}"
    if key in _MEMORY:
        return _MEMORY[key]
    path = _cache_dir() / f"{key}.pickle"
    network: Network | None = None
    if path.exists():
        try:
            with path.open("rb") as cached:
                network = pickle.load(cached)
        except Exception:  # a corrupt or stale cache is rebuilt, never trusted
            network = None
    if network is None:
        network = load_uncached(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
                pickle.dump(network, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, path)  # atomic: a reader never sees a half-written cache
        except OSError:
            pass  # a read-only home is fine: we just do not cache
    _MEMORY[key] = network
    return network
