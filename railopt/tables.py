"""Reading railopt's data tables: a provenance header, then CSV, checked against a schema.

Every table under ``networks/`` and ``fares/`` looks like::

    # source: https://...
    # as_of: 2026-11-21
    # licence: ...
    station,km,fare_km
    jr-kyoto,513.6,

The schema of each kind of file lives next to the code that uses it (``railopt.network.schema``,
``railopt.fares.schema``); this module only knows how to apply one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from railopt.errors import DataError

PROVENANCE_KEYS = ("source", "as_of", "licence")


def data_root() -> Path:
    """The folder holding ``networks/`` and ``fares/``: inside the installed wheel, or the repository."""
    packaged = Path(str(resources.files("railopt"))) / "_data"
    if (packaged / "networks").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def _parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _parse_bool(text: str) -> bool:
    if text.lower() in ("yes", "true", "1"):
        return True
    if text.lower() in ("no", "false", "0"):
        return False
    raise ValueError("expected yes or no")


PARSERS: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "date": _parse_date,
    "bool": _parse_bool,
}


@dataclass(frozen=True)
class Column:
    """One column: its name, its kind (a key of ``PARSERS``), and whether it may be blank."""

    name: str
    kind: str = "str"
    required: bool = True


@dataclass(frozen=True)
class Schema:
    """What one kind of data file must hold: header keys and typed columns."""

    name: str
    columns: tuple[Column, ...]
    header: tuple[Column, ...] = ()
    allow_extra_columns: bool = False


@dataclass(frozen=True)
class Table:
    """A parsed data file: its header (provenance and metadata) and typed rows.

    ``lines[i]`` is the file line number of ``rows[i]``, for error messages.
    """

    path: Path
    meta: dict[str, Any]
    rows: list[dict[str, Any]]
    lines: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        return display_path(self.path)

    def error(self, index: int, message: str, column: str | None = None) -> DataError:
        """A :class:`DataError` pointing at row ``index`` of this table."""
        return DataError(self.name, message, row=self.lines[index], column=column)


def display_path(path: Path) -> str:
    """A path relative to the data root when possible (``networks/kansai/lines/jr-nara.csv``)."""
    try:
        return str(path.relative_to(data_root()))
    except ValueError:
        return str(path)


def read_table(path: Path, schema: Schema) -> Table:
    """Read ``path`` and check it against ``schema``; raise :class:`DataError` naming file, row, column."""
    name = display_path(path)
    text = path.read_text(encoding="utf-8")
    meta: dict[str, Any] = {}
    body_start = 0
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.startswith("#"):
            body_start = number - 1
            break
        key, sep, value = line[1:].partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    else:
        body_start = len(lines)
    for key in PROVENANCE_KEYS:
        if not meta.get(key):
            raise DataError(name, f"the header has no '# {key}:' line (every table names its source, as-of date and licence)")
    for column in schema.header:
        raw = meta.get(column.name, "")
        if raw == "":
            if column.required:
                raise DataError(name, f"the header has no '# {column.name}:' line")
            meta[column.name] = None
            continue
        try:
            meta[column.name] = PARSERS[column.kind](raw)
        except ValueError as exc:
            raise DataError(name, f"header '{column.name}' = {raw!r} is not a valid {column.kind} ({exc})") from None
    reader = csv.reader(io.StringIO("\n".join(lines[body_start:])))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(name, "no CSV header row after the comment lines") from None
    header = [h.strip() for h in header]
    known = {c.name for c in schema.columns}
    missing = [c.name for c in schema.columns if c.required and c.name not in header]
    if missing:
        raise DataError(name, f"missing column(s) {', '.join(missing)}; expected {', '.join(c.name for c in schema.columns)}", row=body_start + 1)
    extra = [h for h in header if h not in known]
    if extra and not schema.allow_extra_columns:
        raise DataError(name, f"unexpected column(s) {', '.join(extra)}", row=body_start + 1)
    rows: list[dict[str, Any]] = []
    row_lines: list[int] = []
    for offset, record in enumerate(reader, start=body_start + 2):
        if not record or all(not cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise DataError(name, f"{len(record)} cells, header has {len(header)}", row=offset)
        raw_row = {h: cell.strip() for h, cell in zip(header, record)}
        for column in schema.columns:
            raw_row.setdefault(column.name, "")
        row: dict[str, Any] = {}
        for column in schema.columns:
            raw = raw_row[column.name]
            if raw == "":
                if column.required:
                    raise DataError(name, "is blank", row=offset, column=column.name)
                row[column.name] = None
                continue
            try:
                row[column.name] = PARSERS[column.kind](raw)
            except ValueError:
                raise DataError(name, f"{raw!r} is not a valid {column.kind}", row=offset, column=column.name) from None
        for h in extra:
            row[h] = raw_row[h] or None
        rows.append(row)
        row_lines.append(offset)
    return Table(path=path, meta=meta, rows=rows, lines=row_lines)
