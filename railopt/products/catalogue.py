"""The product catalogue (``fares/products/*.toml``): passes, day tickets, discount tickets, IC cards.

Each file holds one product family. Every price row names its source and the dates it is valid
between; see ``fares/products/README.md`` for the format. Files are validated with pydantic when
loaded; an error names the file and the key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from railopt.errors import DataError, DateNotCoveredError, UnknownNameError
from railopt.network.lookup import normalise
from railopt.tables import Column, Schema, data_root, display_path, read_table

CATEGORIES = ("adult", "child")
KINDS = ("pass", "day-ticket", "one-way", "add-on", "payment")
STALE_AFTER_DAYS = 366  # a price last attested longer ago than this is shown as possibly out of date


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    url: str
    date: str  # the page's own date or when it was read; free text ("2025", "2023-10-06")


class Price(_Model):
    """One price of one variant, in force from ``valid_from`` to ``valid_to`` (inclusive; None = open).

    ``attested`` is the latest date a source shows this price: a price not attested within a year
    of the date asked about is flagged as possibly out of date.
    """

    valid_from: dt.date
    valid_to: dt.date | None = None
    adult: int | None = None
    child: int | None = None
    days: Literal["any", "weekday", "weekend"] = "any"  # weekend = Saturday, Sunday or public holiday
    source: str
    attested: dt.date
    note: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def yen(self, category: str) -> int | None:
        return self.adult if category == "adult" else self.child

    def stale_on(self, day: dt.date) -> bool:
        return (day - self.attested).days > STALE_AFTER_DAYS


class Variant(_Model):
    id: str
    name: str
    days: int = 1  # validity days (consecutive or flexible); 1 for a day ticket or one-way ticket
    car: Literal["ordinary", "green"] = "ordinary"
    section: tuple[str, str] | None = None  # stations (ids) of a one-way ticket or add-on, either direction
    zone: tuple[str, ...] = ()  # one-way tickets: the stations at the far end of the section's zone
    prices: tuple[Price, ...]

    def price(self, day: dt.date) -> Price | None:
        """The price in force on ``day`` (for the kind of day it is), or None if no row covers it, or if its
        weekday and weekend prices differ and the holiday calendar does not cover ``day`` (see :meth:`why_unpriced`)."""
        rows = [p for p in self.prices if p.covers(day)]
        if any(p.days != "any" for p in rows):
            if self.why_unpriced(day):
                return None
            kind = "weekend" if is_weekend(day) else "weekday"
            rows = [p for p in rows if p.days in ("any", kind)]
        return rows[-1] if rows else None

    def why_unpriced(self, day: dt.date) -> str:
        """Why a price row in force on ``day`` cannot be used ("" if none): weekday/weekend prices on a day the
        holiday calendar does not cover."""
        if any(p.days != "any" and p.covers(day) for p in self.prices):
            return calendar_gap(day)
        return ""


class Area(_Model):
    """Where a product is valid: an operator (``JR`` = any JR company), optionally only some of its
    lines, optionally only the part of one line between two stations."""

    operator: str
    lines: tuple[str, ...] = ()
    between: tuple[str, str] | None = None

    @model_validator(mode="after")
    def _one_line_for_between(self) -> "Area":
        if self.between is not None and len(self.lines) != 1:
            raise ValueError("'between' needs exactly one line in 'lines'")
        return self


class Coverage(_Model):
    """What a product covers, as rules over the network's attributes.

    A ride is covered for its fare where every hop lies in one of ``areas`` and the ride is not of an
    excluded service or train type. Its limited-express/Shinkansen charge is covered too when the
    train type or service is in ``charges``; ``seats`` says which seat the covered charge includes.
    """

    areas: tuple[Area, ...]
    exclude_services: tuple[str, ...] = ()
    exclude_train_types: tuple[str, ...] = ()
    charges: tuple[str, ...] = ()  # train types or service ids whose charges are covered
    seats: tuple[Literal["non-reserved", "reserved", "green"], ...] = ("non-reserved",)
    add_on: str | None = None  # product id that covers an excluded service for holders (Nozomi/Mizuho ticket)
    note: str = ""


class SaleWindow(_Model):
    """A period a product is sold and used in (an edition of a yearly pass)."""

    edition: str
    sale_from: dt.date
    sale_to: dt.date
    use_from: dt.date
    use_to: dt.date
    source: str


class Product(_Model):
    id: str
    name: str
    name_ja: str = ""
    issuer: str
    kind: Literal["pass", "day-ticket", "one-way", "add-on", "payment"]
    validity: Literal["consecutive", "flexible", "calendar-day", "one-way", "stored-value"]
    eligibility: tuple[str, ...] = ()  # rule ids (railopt.products.eligibility); empty = anyone
    child_ages: str = "6-11"
    description: str = ""
    coverage: Coverage | None = None
    sale_windows: tuple[SaleWindow, ...] = ()
    terms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    variants: tuple[Variant, ...]
    family: str = ""

    def variant(self, variant_id: str) -> Variant:
        for v in self.variants:
            if v.id == variant_id:
                return v
        raise UnknownNameError(f"{self.id} has no variant {variant_id!r}; variants: {', '.join(v.id for v in self.variants)}")

    def window(self, day: dt.date) -> SaleWindow | None:
        """The edition in use on ``day`` for a product sold in editions (None when it has none)."""
        for w in self.sale_windows:
            if w.use_from <= day <= w.use_to:
                return w
        return None

    def on_sale(self, day: dt.date) -> bool:
        if self.sale_windows and self.window(day) is None:
            return False
        return any(v.price(day) is not None for v in self.variants)

    def price(self, day: dt.date, category: str = "adult", variant: str | None = None) -> int:
        """The price in yen of ``variant`` (default: the first) for ``category`` on ``day``.

        Examples
        --------
        >>> jrp = catalogue()["japan-rail-pass"]
        >>> jrp.price(dt.date(2024, 5, 1), "adult", "7-day")
        50000
        """
        if category not in CATEGORIES:
            raise UnknownNameError(f"unknown category {category!r}; use adult or child")
        v = self.variant(variant) if variant else self.variants[0]
        row = v.price(day)
        if row is None:
            raise DateNotCoveredError(f"{self.id} {v.id}: no sourced price in force on {day} (see fares/products/{self.family}.toml)")
        yen = row.yen(category)
        if yen is None:
            raise DateNotCoveredError(f"{self.id} {v.id}: no sourced {category} price on {day}")
        return yen


class Family(_Model):
    family: str
    as_of: dt.date
    licence: str
    sources: dict[str, Source]
    products: tuple[Product, ...]

    @model_validator(mode="after")
    def _sources_exist(self) -> "Family":
        for p in self.products:
            for ref in p.sources:
                if ref not in self.sources:
                    raise ValueError(f"product {p.id}: unknown source {ref!r}")
            for v in p.variants:
                for row in v.prices:
                    for ref in row.source.split(";"):
                        if ref.strip() not in self.sources:
                            raise ValueError(f"product {p.id} variant {v.id}: unknown source {ref.strip()!r}")
        return self


HOLIDAYS = Schema("holidays", header=(Column("covers"),),
                  columns=(Column("date", "date"), Column("name_ja"), Column("name_en")))


@lru_cache(maxsize=1)
def holidays() -> tuple[tuple[dt.date, dt.date], dict[dt.date, str]]:
    """The span ``fares/products/holidays.csv`` covers and its holidays (date -> English name)."""
    table = read_table(data_root() / "fares" / "products" / "holidays.csv", HOLIDAYS)
    try:
        first, last = (dt.date.fromisoformat(d.strip()) for d in str(table.meta["covers"]).split(".."))
    except ValueError:
        raise DataError(table.name, f"header 'covers' must be FIRST..LAST (ISO dates), not {table.meta['covers']!r}") from None
    days = {r["date"]: r["name_en"] for r in table.rows}
    outside = [d for d in days if not first <= d <= last]
    if outside:
        raise DataError(table.name, f"holiday {outside[0]} is outside 'covers' {first}..{last}")
    return (first, last), days


def calendar_gap(day: dt.date) -> str:
    """Why ``day`` cannot be told weekday or holiday ("" if it can): it is outside the holiday calendar."""
    (first, last), _ = holidays()
    if first <= day <= last:
        return ""
    return f"railopt's holiday calendar covers {first} to {last}, not {day}: weekday/weekend prices cannot be told apart that day"


def is_weekend(day: dt.date) -> bool:
    """Saturday, Sunday or a national holiday (土休日), from the Cabinet Office list in fares/products/holidays.csv."""
    gap = calendar_gap(day)
    if gap:
        raise DateNotCoveredError(gap)
    return day.weekday() >= 5 or day in holidays()[1]


def load_family(path: Path) -> Family:
    where = display_path(path)
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(where, f"not valid TOML: {exc}") from None
    try:
        family = Family.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise DataError(where, f"{key}: {first['msg']}") from None
    products = tuple(p.model_copy(update={"family": family.family}) for p in family.products)
    return family.model_copy(update={"products": products})


def load_catalogue(root: Path | None = None) -> dict[str, Product]:
    """Every product of every family under ``fares/products/``, by id."""
    folder = (root or data_root() / "fares") / "products"
    out: dict[str, Product] = {}
    for path in sorted(folder.glob("*.toml")):
        for product in load_family(path).products:
            if product.id in out:
                raise DataError(display_path(path), f"duplicate product id {product.id!r}")
            out[product.id] = product
    return out


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Product]:
    return load_catalogue()


def sources_of(product: Product) -> dict[str, Source]:
    folder = data_root() / "fares" / "products"
    return dict(load_family(folder / f"{product.family}.toml").sources)


def find_product(query: str) -> Product:
    """A product by id or name, case- and punctuation-insensitive; unknown names suggest the nearest."""
    products = catalogue()
    key = normalise(query)
    for p in products.values():
        if key in (normalise(p.id), normalise(p.name)):
            return p
    near = difflib.get_close_matches(query.lower(), list(products), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise UnknownNameError(f"unknown product {query!r}{hint} (see `railopt passes`)")
