"""The optimiser's menu: for each leg its route options, each option's fare units, and for each unit
what every way of paying costs (ticket/IC, or a product with its residual), per fare category.

Everything the CP-SAT model and the brute-force checker need is computed here, once, from the
fare engine and the product catalogue; the models only choose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from railopt.errors import NoRouteError, RailoptError
from railopt.fares.quote import fare_units, routes, unit_charges, unit_fare
from railopt.network.lookup import find_place
from railopt.network.model import Network
from railopt.network.routing import Route, Segment
from railopt.optimiser.trip import Leg, Trip, TripError
from railopt.products.catalogue import Product, catalogue
from railopt.products.coverage import cover, one_way_variant
from railopt.products.eligibility import eligibility

CATEGORIES = ("adult", "child")
IC = "ic"
TICKET = "ticket"


@dataclass(frozen=True)
class Payment:
    """One way to pay a fare unit: ``by`` is "ic", "ticket" or a product id; ``yen`` per person."""

    by: str
    yen: int
    variant: str = ""  # one-way tickets: the variant bought
    residual: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unit:
    """A fare unit of a route option: rides priced as one journey by one operator."""

    segments: tuple[Segment, ...]
    payments: dict[str, tuple[Payment, ...]]  # by category

    @property
    def operator(self) -> str:
        return self.segments[0].operator


@dataclass(frozen=True)
class Option:
    route: Route
    units: tuple[Unit, ...]

    @property
    def minutes(self) -> float:
        return self.route.minutes


@dataclass(frozen=True)
class LegMenu:
    leg: Leg
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Offer:
    """A product variant the traveller may buy, with where it may start and what it costs there."""

    product: Product
    variant: str
    days: int
    validity: str
    starts: dict[int, dict[str, int]]  # start day index -> category -> price
    windows: tuple[tuple[int, ...], ...] = ()  # flexible passes: the day indexes of each edition

    @property
    def key(self) -> str:
        return f"{self.product.id}/{self.variant}"


@dataclass
class Menu:
    trip: Trip
    legs: list[LegMenu]
    offers: list[Offer]
    categories: dict[str, int] = field(default_factory=dict)  # category -> people paying it
    refused: list[str] = field(default_factory=list)  # route options that could not be priced, and why


def _allowed_products(trip: Trip) -> list[Product]:
    products = catalogue()
    for pid in (*trip.owned, *trip.exclude, *trip.only):
        if pid not in products:
            raise TripError(f"{trip.source}: preferences name unknown product {pid!r}; see `railopt passes`")
    out = []
    for p in products.values():
        if p.kind in ("payment", "add-on") or p.id in trip.exclude:
            continue
        if trip.only and p.id not in trip.only and p.id not in trip.owned:
            continue
        out.append(p)
    return out


def _allowed_route(trip: Trip, route: Route) -> bool:
    kinds = {s.train_type for s in route.segments}
    if trip.trains == "no-shinkansen" and "shinkansen" in kinds:
        return False
    if trip.trains == "no-limited-express" and kinds & {"shinkansen", "limited-express"}:
        return False
    return True


def ticket_cost(network: Network, unit: list[Segment], day: dt.date, seat: str, child: bool) -> tuple[int, str]:
    """The pay-as-you-go cost of a fare unit (fare and charges) and how it is paid: IC where only a fare
    is due (Kansai IC fares equal ticket fares), a ticket where a charge is due too."""
    fare = unit_fare(network, unit, day, child=child)
    charges = sum(c.yen for _, cs in unit_charges(network, unit, day, seat=seat, child=child) for c in cs)
    return fare + charges, (TICKET if charges else IC)


def _unit(network: Network, segments: list[Segment], leg: Leg, products: list[Product], trip: Trip,
          categories: dict[str, int]) -> Unit:
    payments: dict[str, tuple[Payment, ...]] = {}
    for category in categories:
        child = category == "child"
        yen, by = ticket_cost(network, segments, leg.date, leg.seat, child)
        options = [Payment(by, yen)]
        for p in products:
            if not eligibility(p.eligibility, trip.traveller, leg.date)[0]:
                continue
            try:
                c = cover(network, p, segments, leg.date, seat=leg.seat, child=child)
            except RailoptError:
                continue
            if not c.useful or c.residual_yen >= yen:
                continue
            if p.kind == "one-way":
                variant = one_way_variant(p, segments)
                row = p.variant(variant).price(leg.date) if variant else None
                price = row.yen(category) if row else None
                if price is None or price + c.residual_yen >= yen:
                    continue
                options.append(Payment(p.id, price + c.residual_yen, variant or "", c.residual))
            else:
                options.append(Payment(p.id, c.residual_yen, "", c.residual))
        payments[category] = tuple(options)
    return Unit(tuple(segments), payments)


def _offers(trip: Trip, products: list[Product], categories: dict[str, int]) -> list[Offer]:
    out: list[Offer] = []
    for p in products:
        if p.kind not in ("pass", "day-ticket") or p.id in trip.owned:
            continue  # an owned product is valid on every day of the trip and is not bought again
        for v in p.variants:
            starts: dict[int, dict[str, int]] = {}
            windows: list[tuple[int, ...]] = []
            for s, day in enumerate(trip.days):
                if not eligibility(p.eligibility, trip.traveller, day)[0]:
                    continue
                if p.sale_windows and p.window(day) is None:
                    continue
                row = v.price(day)
                if row is None:
                    continue
                prices = {}
                for category in categories:
                    yen = row.yen(category)
                    if yen is not None:
                        prices[category] = yen
                if prices:
                    starts[s] = prices
            if not starts:
                continue
            if p.validity == "flexible":
                by_window: dict[str, list[int]] = {}
                for s in starts:
                    w = p.window(trip.days[s])
                    by_window.setdefault(w.edition if w else "", []).append(s)
                windows = [tuple(days) for days in by_window.values()]
                # a flexible pass is priced on the first day of its edition the trip reaches
                starts = {days[0]: starts[days[0]] for days in windows}
            out.append(Offer(p, v.id, v.days, p.validity, starts, tuple(windows)))
    return out


def build_menu(network: Network, trip: Trip, *, k: int = 3) -> Menu:
    """Route options and payment costs for every leg of ``trip``, and the products on offer."""
    categories = {c: n for c, n in (("adult", trip.adults), ("child", trip.fare_paying_children)) if n > 0}
    products = _allowed_products(trip)
    menu = Menu(trip, [], _offers(trip, products, categories), categories)
    found_before: dict[tuple[str, str, str | None, str | None, str | None], list[Route]] = {}  # legs repeat
    for leg in trip.legs:
        try:
            a, b = find_place(network, leg.origin), find_place(network, leg.destination)
            via = find_place(network, leg.via) if leg.via else None
        except RailoptError as exc:
            raise TripError(f"{trip.source}, key {leg.key}: {exc}") from None
        key = (leg.origin, leg.destination, leg.via, leg.train, leg.operator)
        try:
            if key not in found_before:
                found_before[key] = routes(network, a, b, k=k, train=leg.train, operator=leg.operator, via=via)
            found = found_before[key]
        except NoRouteError as exc:
            raise TripError(f"{trip.source}, key {leg.key}: {leg.origin} -> {leg.destination}: {exc}") from None
        except RailoptError as exc:
            raise TripError(f"{trip.source}, key {leg.key}: {exc}") from None
        options: list[Option] = []
        errors: list[str] = []
        for r in found:
            if not _allowed_route(trip, r):
                continue
            try:
                units = tuple(_unit(network, u, leg, products, trip, categories) for u in fare_units(r, leg.date))
            except RailoptError as exc:
                errors.append(str(exc))
                continue
            options.append(Option(r, units))
        if not options:
            why = errors[0] if errors else f"no route allowed by preferences.trains = {trip.trains!r}"
            raise TripError(f"{trip.source}, key {leg.key}: {leg.origin} -> {leg.destination} on {leg.date} cannot be priced: {why}")
        menu.refused.extend(f"{leg.key}: {e}" for e in errors)
        menu.legs.append(LegMenu(leg, _undominated(menu, leg, options)))
    return menu


def _undominated(menu: Menu, leg: Leg, options: list[Option]) -> tuple[Option, ...]:
    """The options that can be in a cheapest plan: an option whose lowest conceivable cost (every unit paid
    its cheapest way, products free) is above what the best option costs without buying anything is dropped."""
    def cost(option: Option, lowest: bool) -> int:
        money = sum(min(p.yen for p in unit.payments[c] if lowest or allowed_payment(menu, p.by, c, -1, {})) * n
                    for unit in option.units for c, n in menu.categories.items())
        return money * leg.times + time_cost(menu, option.minutes, leg.times)
    sure = [cost(o, lowest=False) for o in options]
    best = min(range(len(options)), key=lambda j: (sure[j], options[j].minutes))
    return tuple(o for j, o in enumerate(options)
                 if j == best or (low := cost(o, lowest=True)) < sure[best]
                 or (low == sure[best] and o.minutes < options[best].minutes))



def time_cost(menu: Menu, minutes: float, times: int) -> int:
    """The value of the party's travel time in yen (value_of_time per person-hour)."""
    return round(menu.trip.value_of_time * minutes / 60) * menu.trip.party_size * times


def valid_days(offer: Offer, start: int, n_days: int) -> tuple[int, ...]:
    """The trip days (indexes) a purchase of ``offer`` starting on ``start`` may be used on."""
    if offer.validity == "flexible":
        for window in offer.windows:
            if window[0] == start:
                return window
        return ()
    return tuple(d for d in range(start, start + offer.days) if d < n_days)


def is_one_way(product_id: str) -> bool:
    p = catalogue().get(product_id)
    return p is not None and p.kind == "one-way"


def allowed_payment(menu: Menu, by: str, category: str, day: int, active: dict[str, set[tuple[str, int]]]) -> bool:
    """Whether a payment ``by`` may be used on ``day`` given the products ``active`` per category."""
    return by in (IC, TICKET) or is_one_way(by) or by in menu.trip.owned or (by, day) in active.get(category, set())
