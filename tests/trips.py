"""A shared builder for itineraries in tests: trip-file text from a compact description."""

from __future__ import annotations

import datetime as dt


def trip_text(days: list[list[str]], *, start: dt.date = dt.date(2026, 5, 12), adults: int = 1, children: int = 0,
              infants: int = 0, entry_status: str = "temporary-visitor", nationality: str = "GB",
              only: list[str] | None = None, owned: list[str] | None = None, exclude: list[str] | None = None,
              value_of_time: int = 0) -> str:
    lines = [f"start = {start.isoformat()}", "[party]", f"adults = {adults}", f"children = {children}",
             f"infants = {infants}", "[traveller]", f'entry_status = "{entry_status}"', f'nationality = "{nationality}"',
             "[preferences]", f"value_of_time = {value_of_time}"]
    for key, value in (("only", only), ("owned", owned), ("exclude", exclude)):
        if value is not None:
            lines.append(f"{key} = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in value)}]")
    for legs in days:
        lines.append("[[day]]")
        lines.append("legs = [" + ", ".join(f'"{leg}"' for leg in legs) + "]")
    return "\n".join(lines) + "\n"
