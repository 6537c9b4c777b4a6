"""Every error railopt raises on bad input or bad data.

Each class also inherits the matching builtin so callers can catch either.
The CLI prints ``Error: <message>`` for any :class:`RailoptError` and exits non-zero.
"""

from __future__ import annotations


class RailoptError(Exception):
    """Base class of every error railopt raises deliberately."""


class DataError(RailoptError, ValueError):
    """A data file under networks/ or fares/ is malformed; the message names file, row and column."""

    def __init__(self, path: str, message: str, row: int | None = None, column: str | None = None):
        where = path
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")
        self.path, self.row, self.column = path, row, column


class UnknownStationError(RailoptError, LookupError):
    """A station name that matches nothing; the message suggests the nearest names."""

    def __init__(self, query: str, suggestions: list[str]):
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"unknown station {query!r}{hint} (try `railopt stations {query}`)")
        self.query, self.suggestions = query, suggestions


class UnknownNameError(RailoptError, LookupError):
    """An operator, train or seat name that matches nothing."""


class NoRouteError(RailoptError, LookupError):
    """No route joins two stations under the given restrictions."""


class DateNotCoveredError(RailoptError, ValueError):
    """No fare table or charge table is in force on the requested date."""


class FareRuleError(RailoptError, ValueError):
    """A journey that a fare rule cannot price (e.g. a charge asked for a train that has none)."""
