"""Loading JR fare and charge data from ``fares/jr/``: every table carries its validity dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, Sequence, TypeVar

from railopt.errors import DataError, DateNotCoveredError, FareRuleError
from railopt.fares import schema
from railopt.tables import Table, data_root, read_table


@dataclass(frozen=True)
class Validity:
    valid_from: dt.date
    valid_to: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def describe(self) -> str:
        return f"{self.valid_from} to {self.valid_to or 'now'}"


T = TypeVar("T")


@dataclass(frozen=True)
class Versions(Generic[T]):
    """The versions of one table over time; :meth:`on` picks the one in force, or raises."""

    what: str
    items: tuple[tuple[Validity, T], ...]

    def on(self, day: dt.date) -> T:
        for validity, item in self.items:
            if validity.covers(day):
                return item
        spans = "; ".join(v.describe() for v, _ in self.items) or "none"
        raise DateNotCoveredError(f"no {self.what} is in force on {day} (railopt has: {spans})")

    def validity_on(self, day: dt.date) -> Validity:
        for validity, _ in self.items:
            if validity.covers(day):
                return validity
        self.on(day)
        raise AssertionError  # pragma: no cover - on() raised


@dataclass(frozen=True)
class Bands:
    """A table indexed by whole kilometres: ``(km_from, km_to, values...)`` rows, inclusive."""

    name: str
    rows: tuple[tuple[int, int, tuple[int | None, ...]], ...]
    source: str

    def lookup(self, km: int, column: int = 0) -> int:
        for lo, hi, values in self.rows:
            if lo <= km <= hi:
                value = values[column]
                if value is None:
                    break
                return value
        raise FareRuleError(f"railopt has no sourced value of the {self.name} table for {km} km ({self.source})")


@dataclass(frozen=True)
class Section:
    line: str
    origin: str
    destination: str


@dataclass(frozen=True)
class PairPrice:
    origin: str
    destination: str
    values: tuple[int | None, ...]
    validity: Validity
    source: str


@dataclass
class JRFareData:
    """All JR fare and charge tables, by name, each a :class:`Versions`."""

    bands: dict[str, Versions[Bands]] = field(default_factory=dict)
    areas: dict[str, Versions[tuple[Section, ...]]] = field(default_factory=dict)
    specific: list[PairPrice] = field(default_factory=list)
    city_zones: Versions[dict[str, tuple[str, frozenset[str]]]] | None = None
    shinkansen: list[PairPrice] = field(default_factory=list)
    sections: dict[str, list[PairPrice]] = field(default_factory=dict)
    seasons: list[tuple[dt.date, dt.date, str, str]] = field(default_factory=list)
    seasons_covered: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    reserved_only: dict[str, list[Validity]] = field(default_factory=dict)
    other_calendar: dict[str, list[tuple[Validity, str]]] = field(default_factory=dict)  # service -> season calendar
    surcharges: list[tuple[Section, int | None, Validity, str]] = field(default_factory=list)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)


def _validity(meta: dict) -> Validity:
    return Validity(meta["valid_from"], meta["valid_to"])


def _csvs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def _remember(data: JRFareData, table: Table) -> Table:
    data.sources[table.name] = {k: str(table.meta[k]) for k in ("source", "as_of", "licence")}
    return table


def _add_version(store: dict, name: str, what: str, validity: Validity, item: object, table: Table) -> None:
    old = store.get(name)
    items = old.items if old else ()
    for v, _ in items:
        overlap = v.valid_from <= (validity.valid_to or dt.date.max) and validity.valid_from <= (v.valid_to or dt.date.max)
        if overlap:
            raise DataError(table.name, f"{what} {name!r} version {validity.describe()} overlaps version {v.describe()}")
    store[name] = Versions(what, tuple(sorted(items + ((validity, item),), key=lambda p: p[0].valid_from)))


def _pairs(table: Table, columns: Sequence[str]) -> list[PairPrice]:
    return [
        PairPrice(r["from"], r["to"], tuple(r[c] for c in columns), Validity(r["valid_from"], r["valid_to"]), table.name)
        for r in table.rows
    ]


def load_jr_fare_data(root: Path | None = None) -> JRFareData:
    """Read every table under ``fares/jr``."""
    base = (root or data_root()) / "fares" / "jr"
    data = JRFareData()
    for path in _csvs(base / "base") + _csvs(base / "charges" / "limited-express") + _csvs(base / "charges" / "green"):
        kind = schema.GREEN_BANDS if "green" in path.parts else schema.EXPRESS_BANDS if "limited-express" in path.parts else schema.BAND_TABLE
        table = _remember(data, read_table(path, kind))
        value_columns = [c.name for c in kind.columns if c.name.endswith("_yen")]
        rows = tuple((r["km_from"], r["km_to"], tuple(r[c] for c in value_columns)) for r in table.rows)
        name = table.meta["table"]
        _add_version(data.bands, name, f"{name} table", _validity(table.meta), Bands(name, rows, table.name), table)
    for path in _csvs(base / "areas"):
        table = _remember(data, read_table(path, schema.AREA))
        sections = tuple(Section(r["line"], r["from"], r["to"]) for r in table.rows)
        name = table.meta["area"]
        _add_version(data.areas, name, f"{name} area", _validity(table.meta), sections, table)
    if (base / "specific-fares.csv").exists():
        table = _remember(data, read_table(base / "specific-fares.csv", schema.SPECIFIC_FARES))
        data.specific = _pairs(table, ["adult_yen"])
    zones_store: dict = {}
    for path in _csvs(base / "city-zones"):
        table = _remember(data, read_table(path, schema.CITY_ZONES))
        zones: dict[str, tuple[str, set[str]]] = {}
        for r in table.rows:
            zones.setdefault(r["zone"], (r["central_station"], set()))[1].add(r["station"])
        frozen = {z: (c, frozenset(s)) for z, (c, s) in zones.items()}
        _add_version(zones_store, "city zones", "city-zone (特定都区市内) table", _validity(table.meta), frozen, table)
    data.city_zones = zones_store.get("city zones")
    if (base / "charges" / "shinkansen.csv").exists():
        table = _remember(data, read_table(base / "charges" / "shinkansen.csv", schema.SHINKANSEN))
        data.shinkansen = _pairs(table, ["non_reserved_yen", "reserved_hikari_yen", "reserved_nozomi_yen"])
    for path in _csvs(base / "charges" / "sections"):
        table = _remember(data, read_table(path, schema.SECTION_CHARGES))
        data.sections.setdefault(table.meta["service"], []).extend(_pairs(table, ["non_reserved_yen", "reserved_yen"]))
    if (base / "charges" / "seasons.csv").exists():
        table = _remember(data, read_table(base / "charges" / "seasons.csv", schema.SEASONS))
        data.seasons = [(r["date_from"], r["date_to"], r["season"], r["company"]) for r in table.rows]
        try:
            data.seasons_covered = [
                (dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip()))
                for a, b in (span.split("..") for span in table.meta["covered"].split(";"))
            ]
        except ValueError:
            raise DataError(table.name, "header 'covered' must list spans as YYYY-MM-DD..YYYY-MM-DD; ...") from None
    if (base / "surcharges.csv").exists():
        table = _remember(data, read_table(base / "surcharges.csv", schema.SURCHARGES))
        data.surcharges = [(Section(r["line"], r["from"], r["to"]), r["adult_yen"], Validity(r["valid_from"], r["valid_to"]),
                            r["note"] or "") for r in table.rows]
    if (base / "charges" / "reserved-only.csv").exists():
        table = _remember(data, read_table(base / "charges" / "reserved-only.csv", schema.RESERVED_ONLY))
        for r in table.rows:
            data.reserved_only.setdefault(r["service"], []).append(Validity(r["valid_from"], r["valid_to"]))
    if (base / "charges" / "calendar-by-train.csv").exists():
        table = _remember(data, read_table(base / "charges" / "calendar-by-train.csv", schema.CALENDAR_BY_TRAIN))
        for r in table.rows:
            data.other_calendar.setdefault(r["service"], []).append((Validity(r["valid_from"], r["valid_to"]), r["calendar"]))
    return data


@lru_cache(maxsize=1)
def jr_fare_data() -> JRFareData:
    """The packaged JR fare data, read once per process."""
    return load_jr_fare_data()


def pair_price(prices: list[PairPrice], a: str, b: str, day: dt.date, what: str) -> PairPrice | None:
    """The price between ``a`` and ``b`` (either direction) in force on ``day``; None if no such pair.

    A pair whose first known version starts after ``day`` raises :class:`DateNotCoveredError` (railopt
    does not know what applied then); a pair whose last version ended before ``day`` gives None.
    """
    matches = [p for p in prices if (p.origin == a and p.destination == b) or (p.origin == b and p.destination == a)]
    for p in matches:
        if p.validity.covers(day):
            return p
    if matches and day < min(p.validity.valid_from for p in matches):
        spans = "; ".join(p.validity.describe() for p in matches)
        raise DateNotCoveredError(f"no {what} is in force on {day} (railopt has: {spans})")
    return None
