"""The trip file (``trip.toml``): days, legs, party, traveller and preferences.

The format is a contract documented in the README ("The trip file"). Every error names the file,
the line and the key, and what is expected, e.g.::

    trip.toml, line 14, key day[2].legs[0]: 'Kyoto Nara' is not 'A -> B'; write "Kyoto -> Nara"
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from railopt.errors import RailoptError
from railopt.products.eligibility import Traveller


class TripError(RailoptError, ValueError):
    """A malformed trip file; the message names file, line and key."""


SEATS = ("non-reserved", "reserved", "green")
TRAINS = ("any", "no-shinkansen", "no-limited-express")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LegSpec(_Model):
    from_: str = Field(alias="from")
    to: str
    via: str | None = None
    train: str | None = None
    operator: str | None = None
    seat: Literal["non-reserved", "reserved", "green"] | None = None
    times: int = Field(default=1, ge=1, le=20)


class DaySpec(_Model):
    date: dt.date | None = None
    legs: list[str | LegSpec] = []


class PartySpec(_Model):
    adults: int = Field(default=1, ge=0, le=50)
    children: int = Field(default=0, ge=0, le=50)
    infants: int = Field(default=0, ge=0, le=50)


class TravellerSpec(_Model):
    entry_status: Literal["temporary-visitor", "resident", "other"] = "temporary-visitor"
    nationality: str = "XX"
    years_abroad: int = Field(default=0, ge=0)
    permanent_resident_abroad: bool = False
    married_to_non_japanese_abroad: bool = False

    @field_validator("nationality")
    @classmethod
    def _iso(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z]{2}", v):
            raise ValueError("nationality must be a two-letter ISO 3166 code such as GB or JP")
        return v.upper()


class PreferencesSpec(_Model):
    seat: Literal["non-reserved", "reserved", "green"] = "non-reserved"
    trains: Literal["any", "no-shinkansen", "no-limited-express"] = "any"
    value_of_time: int = Field(default=0, ge=0)
    owned: list[str] = []
    exclude: list[str] = []
    only: list[str] = []


class TripSpec(_Model):
    title: str = ""
    start: dt.date
    party: PartySpec = PartySpec()
    traveller: TravellerSpec = TravellerSpec()
    preferences: PreferencesSpec = PreferencesSpec()
    day: list[DaySpec] = Field(min_length=1)


@dataclass(frozen=True)
class Leg:
    """One leg of the trip: the whole party travels from ``origin`` to ``destination`` ``times`` times."""

    day: int  # 0-based day index
    date: dt.date
    origin: str
    destination: str
    via: str | None = None
    train: str | None = None
    operator: str | None = None
    seat: str = "non-reserved"
    times: int = 1
    key: str = ""  # where it was written: "day[1].legs[0]"


@dataclass(frozen=True)
class Trip:
    """A validated trip: consecutive days from ``start`` (rest days included) and their legs."""

    start: dt.date
    days: tuple[dt.date, ...]
    legs: tuple[Leg, ...]
    adults: int = 1
    children: int = 0
    infants: int = 0
    traveller: Traveller = field(default_factory=Traveller)
    trains: str = "any"
    value_of_time: int = 0
    owned: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    title: str = ""
    source: str = "<trip>"

    @property
    def fare_paying_children(self) -> int:
        """Children plus the infants beyond two per adult (JR: up to two under-6s travel free with each
        fare-paying adult; railopt applies the same rule on every operator)."""
        return self.children + max(0, self.infants - 2 * self.adults)

    @property
    def party_size(self) -> int:
        return self.adults + self.children + self.infants


def _line_of(text: str, loc: tuple[Any, ...]) -> int:
    """The line of ``text`` where the key at ``loc`` (a pydantic location) is written, best effort."""
    lines = text.splitlines()
    start = 0
    table = None
    rest = list(loc)
    if rest and rest[0] == "day":
        index = rest[1] if len(rest) > 1 and isinstance(rest[1], int) else 0
        headers = [i for i, ln in enumerate(lines) if re.match(r"\s*\[\[day\]\]", ln)]
        if index < len(headers):
            start = headers[index]
        rest = rest[2:]
        table = "day"
    elif rest and rest[0] in ("party", "traveller", "preferences"):
        for i, ln in enumerate(lines):
            if re.match(rf"\s*\[{rest[0]}\]", ln):
                start = i
                break
        table = rest[0]
        rest = rest[1:]
    key = next((k for k in rest if isinstance(k, str) and k not in ("str", "LegSpec")), None)
    if key is None:
        return start + 1
    key = "from" if key == "from_" else key
    for i in range(start, len(lines)):
        if i > start and table and re.match(r"\s*\[\[?[a-z]", lines[i]):
            break  # the next table header: the key is not written in this table
        if re.search(rf"(^|[\s{{,]){re.escape(key)}\s*=", lines[i]):
            return i + 1
    return start + 1


def _key_name(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("str", "LegSpec"):
            continue
        else:
            part = "from" if part == "from_" else part
            out += ("." if out else "") + str(part)
    return out


def _error(where: str, text: str, loc: tuple[Any, ...], message: str) -> TripError:
    return TripError(f"{where}, line {_line_of(text, loc)}, key {_key_name(loc)}: {message}")


LEG_ARROW = re.compile(r"^\s*(.+?)\s*(?:->|→)\s*(.+?)\s*$")


def parse_trip(text: str, source: str = "<trip>") -> Trip:
    """Validate trip-file text and return a :class:`Trip`; raise :class:`TripError` naming line and key.

    Examples
    --------
    >>> t = parse_trip('start = 2026-05-12\\n[[day]]\\nlegs = ["Kyoto -> Nara"]\\n')
    >>> (t.legs[0].origin, t.legs[0].destination, t.legs[0].date)
    ('Kyoto', 'Nara', datetime.date(2026, 5, 12))
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TripError(f"{source}: not valid TOML: {exc}") from None
    try:
        spec = TripSpec.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        # a leg written as a table: report what is wrong in the table, not that it is not a string
        tables = [e for e in errors if "LegSpec" in e["loc"]]
        err = tables[0] if tables and not isinstance(errors[0].get("input"), str) else errors[0]
        loc = tuple(err["loc"])
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = f"unknown key; {_allowed(loc)}"
        elif err["type"] == "missing":
            msg = "is required"
        if loc and loc[0] == "day" and "legs" in loc and err["type"] in ("string_type", "model_type", "dict_type"):
            msg = 'a leg is "A -> B" or a table { from = "A", to = "B" }'
            loc = tuple(p for p in loc if p not in ("str", "LegSpec"))
        raise _error(source, text, loc, msg) from None
    days: list[dt.date] = []
    legs: list[Leg] = []
    pref = spec.preferences
    for i, day in enumerate(spec.day):
        expected = spec.start if not days else days[-1] + dt.timedelta(days=1)
        date = day.date or expected
        if day.date is not None and date < expected:
            raise _error(source, text, ("day", i, "date"), f"{date} must follow the day before ({expected - dt.timedelta(days=1)})")
        if i == 0 and day.date is not None and day.date != spec.start:
            raise _error(source, text, ("day", 0, "date"), f"the first day's date {day.date} must equal start ({spec.start})")
        while days and days[-1] + dt.timedelta(days=1) < date:  # skipped days are rest days
            days.append(days[-1] + dt.timedelta(days=1))
        days.append(date)
        for j, item in enumerate(day.legs):
            key = f"day[{i}].legs[{j}]"
            if isinstance(item, str):
                m = LEG_ARROW.match(item)
                if not m:
                    raise _error(source, text, ("day", i, "legs", j), f"{item!r} is not \"A -> B\"")
                legs.append(Leg(len(days) - 1, date, m.group(1), m.group(2), seat=pref.seat, key=key))
            else:
                legs.append(Leg(len(days) - 1, date, item.from_, item.to, item.via, item.train, item.operator,
                                item.seat or pref.seat, item.times, key))
    p = spec.party
    if p.adults + p.children == 0:
        raise _error(source, text, ("party", "adults"), "the party needs at least one adult or child")
    t = spec.traveller
    return Trip(
        start=spec.start, days=tuple(days), legs=tuple(legs), adults=p.adults, children=p.children,
        infants=p.infants,
        traveller=Traveller(t.entry_status, t.nationality, t.years_abroad, t.permanent_resident_abroad,
                            t.married_to_non_japanese_abroad),
        trains=pref.trains, value_of_time=pref.value_of_time, owned=tuple(pref.owned), exclude=tuple(pref.exclude),
        only=tuple(pref.only), title=spec.title, source=source,
    )


def _allowed(loc: tuple[Any, ...]) -> str:
    models: dict[str, type[BaseModel]] = {"party": PartySpec, "traveller": TravellerSpec, "preferences": PreferencesSpec}
    if loc and loc[0] in models:
        return "expected one of " + ", ".join(models[str(loc[0])].model_fields)
    if loc and loc[0] == "day":
        if "legs" in loc:
            return "expected one of from, to, via, train, operator, seat, times"
        return "expected date or legs"
    return "expected one of " + ", ".join(TripSpec.model_fields)


def load_trip(path: str | Path) -> Trip:
    """Read and validate a trip file (see :func:`parse_trip`)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise TripError(f"{p}: cannot read the trip file ({exc.strerror})") from None
    return parse_trip(text, str(p))
