"""JR charges (料金): limited-express charges (特急料金) for conventional lines and the Shinkansen,
reserved-seat seasonal adjustments (指定席の季節別料金), and Green car charges (グリーン料金).

Each limited-express or Shinkansen ride (consecutive segments on such trains) is charged as one
ride from where it is boarded to where it is left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from railopt.errors import DateNotCoveredError, FareRuleError
from railopt.fares.data import JRFareData, jr_fare_data, pair_price
from railopt.fares.jr import area_hops, child_fare, hops_of_segment, whole_km
from railopt.network.model import Network
from railopt.network.routing import Segment

NOZOMI_CLASS = ("nozomi", "mizuho")
SEASONAL = {"off-peak": -200, "regular": 0, "peak": 200, "busiest": 400}  # see fares/jr/charges/rules.md


@dataclass(frozen=True)
class Charge:
    """One charge on one ride: ``component`` is ``express``, ``green`` or ``other``."""

    component: str
    yen: int
    description: str
    rules: tuple[str, ...] = ()


def season(data: JRFareData, day: dt.date, company: str = "JR West") -> str:
    """The reserved-seat season (閑散期/通常期/繁忙期/最繁忙期) of ``day``: a date the calendar lists, or
    "regular" for an unlisted date inside a span the calendar covers completely."""
    if not any(a <= day <= b for a, b in data.seasons_covered):
        spans = ", ".join(f"{a} to {b}" for a, b in data.seasons_covered)
        raise DateNotCoveredError(
            f"railopt's reserved-seat season calendar covers {spans}, not {day}; "
            "use --seat non-reserved, or add the season dates to fares/jr/charges/seasons.csv")
    for start, end, name, who in data.seasons:
        if who == company and start <= day <= end:
            return name
    return "regular"


def reserved_only(data: JRFareData, service: str, day: dt.date) -> bool:
    """Whether ``service`` runs with reserved seats only (全車指定席) on ``day``."""
    return any(v.covers(day) for v in data.reserved_only.get(service, ()))


def _rides(segments: list[Segment]) -> list[list[Segment]]:
    rides: list[list[Segment]] = []
    previous: Segment | None = None
    for s in segments:
        chargeable = s.operator.startswith("JR") and s.train_type in ("limited-express", "shinkansen")  # JR charges only
        if chargeable:
            joins = (previous is not None and previous.train_type == s.train_type
                     and (s.train_type == "shinkansen" or previous.service == s.service))
            if joins and rides:
                rides[-1].append(s)
            else:
                rides.append([s])
        previous = s if chargeable else None
    return rides


def _seat_price(data: JRFareData, day: dt.date, seat: str, non_reserved: int | None, reserved: int | None,
                what: str, rules: list[str], service: str = "") -> int:
    """The express charge for ``seat``: non-reserved as is; reserved and Green (reserved less 530 yen,
    グリーン車利用時の特急料金) with the season's adjustment (指定席の季節別料金)."""
    if seat == "non-reserved" and non_reserved is not None:
        rules.append("non-reserved seat (自由席)")
        return non_reserved
    if reserved is None:
        raise FareRuleError(f"railopt has no sourced reserved charge for {what} on {day}")
    if seat == "non-reserved":
        rules.append(f"{what}: no non-reserved seats, reserved charge")
    for validity, calendar in data.other_calendar.get(service, ()):
        if validity.covers(day):
            raise DateNotCoveredError(f"the reserved seats of {what} follow the {calendar} season calendar from "
                                      f"{validity.describe()}, which railopt does not have (fares/jr/charges/calendar-by-train.csv)")
    name = season(data, day)
    adjust = f"{name} season ({SEASONAL[name]:+d} yen)"
    if seat == "green":
        rules.append(f"Green car: the reserved charge less 530 yen (グリーン車利用時の特急料金), {adjust}")
        return reserved - 530 + SEASONAL[name]
    rules.append(f"reserved seat, {adjust}")
    return reserved + SEASONAL[name]


def _shinkansen(network: Network, data: JRFareData, ride: list[Segment], day: dt.date, seat: str,
                child: bool) -> list[Charge]:
    a, b = ride[0].origin, ride[-1].destination
    names = {network.stations[a].name_en, network.stations[b].name_en}
    price = pair_price(data.shinkansen, a, b, day, f"Shinkansen charge {' – '.join(sorted(names))}")
    if price is None:
        raise FareRuleError(f"railopt has no Shinkansen charge for {' – '.join(sorted(names))}")
    non_reserved, hikari, nozomi = price.values
    uses_nozomi = any(s.service in NOZOMI_CLASS for s in ride)
    kind = "Nozomi/Mizuho" if uses_nozomi else "Hikari/Kodama/Sakura"
    route = f"{network.stations[a].name_en}–{network.stations[b].name_en}"
    rules = [f"Shinkansen limited-express charge (新幹線特急料金) {route}, {price.validity.describe()}"]
    if seat == "non-reserved" and non_reserved is None:
        raise FareRuleError(f"railopt has no sourced non-reserved Shinkansen charge for {route} on {day}")
    yen = _seat_price(data, day, seat, non_reserved, nozomi if uses_nozomi else hikari, f"the {kind} {route}", rules)
    charges = [Charge("express", child_fare(yen) if child else yen, f"Shinkansen {route} ({seat}, {kind})", tuple(rules))]
    if seat == "green":
        charges.append(_green(data, ride, day))
    return charges


def _green(data: JRFareData, ride: list[Segment], day: dt.date) -> Charge:
    km10 = round(sum(s.km for s in ride) * 10)
    yen = data.bands["green"].on(day).lookup(whole_km(km10))
    return Charge("green", yen, f"Green car charge, {whole_km(km10)} km",
                  (f"Green car charge (グリーン料金) at {whole_km(km10)} km; children pay the same",))


def _limited_express(network: Network, data: JRFareData, ride: list[Segment], day: dt.date, seat: str,
                     child: bool) -> list[Charge]:
    service = ride[0].service
    name = ride[0].service_name
    a, b = ride[0].origin, ride[-1].destination
    route = f"{network.stations[a].name_en}–{network.stations[b].name_en}"
    rules: list[str] = []
    section = pair_price(data.sections.get(service, []), a, b, day, f"{name} charge {route}")
    if section is not None:
        non_reserved, reserved = section.values
        rules.append(f"{name} section charge {route} ({section.validity.describe()})")
    else:
        km10 = round(sum(s.km for s in ride) * 10)
        table = "limited-express-a"
        b_area = area_hops(network, data, "limited-express-b", day)
        if b_area is not None and all((h.line, h.a, h.b) in b_area for s in ride for h in hops_of_segment(network, s)):
            table = "limited-express-b"  # B only when the whole ride is inside B sections
        non_reserved = data.bands[table].on(day).lookup(whole_km(km10), 0)
        reserved = data.bands[table].on(day).lookup(whole_km(km10), 1)
        letter = table[-1].upper()
        rules.append(f"conventional limited-express charge table {letter} ({letter}特急料金) at {whole_km(km10)} km")
    if reserved_only(data, service, day):
        non_reserved = None
    yen = _seat_price(data, day, seat, non_reserved, reserved, f"{name} {route}", rules, service)
    charges = [Charge("express", child_fare(yen) if child else yen, f"{name} {route} ({seat})", tuple(rules))]
    if seat == "green":
        charges.append(_green(data, ride, day))
    return charges


def ride_charges(network: Network, segments: list[Segment], day: dt.date, *, seat: str = "non-reserved",
                 child: bool = False, data: JRFareData | None = None) -> list[tuple[list[Segment], list[Charge]]]:
    """Each limited-express or Shinkansen ride in ``segments`` with its charges."""
    data = data or jr_fare_data()
    out: list[tuple[list[Segment], list[Charge]]] = []
    for ride in _rides(segments):
        if ride[0].train_type == "shinkansen":
            out.append((ride, _shinkansen(network, data, ride, day, seat, child)))
        else:
            out.append((ride, _limited_express(network, data, ride, day, seat, child)))
    return out


def express_charges(network: Network, segments: list[Segment], day: dt.date, *, seat: str = "non-reserved",
                    child: bool = False, data: JRFareData | None = None) -> list[Charge]:
    """The charges for the limited expresses and Shinkansen ridden in ``segments``."""
    return [c for _, charges in ride_charges(network, segments, day, seat=seat, child=child, data=data) for c in charges]
