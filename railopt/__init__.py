"""railopt: exact Japanese rail fares from a network model, and what to buy for an itinerary.

Examples
--------
>>> import railopt
>>> net = railopt.load_network()
>>> q = railopt.fare(net, "Kyoto", "Himeji")
>>> q.total_yen == q.components["base"]
True
"""

from typing import TYPE_CHECKING

# Names are imported on first use (PEP 562), so that `import railopt.network` does not pay for
# pandas, OR-Tools and pydantic, which only the optimiser and the catalogue need.
_HOME = {
    "railopt.errors": ("DataError", "DateNotCoveredError", "FareRuleError", "NoRouteError", "RailoptError",
                       "UnknownNameError", "UnknownStationError"),
    "railopt.fares": ("FareQuote", "base_fare", "fare", "price_route", "quote"),
    "railopt.network": ("Network", "Route", "Segment", "find_place", "load_network"),
    "railopt.optimiser": ("Plan", "Trip", "TripError", "load_trip", "rank", "solve"),
    "railopt.products": ("Product", "Traveller", "catalogue", "cover"),
}
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'railopt' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from railopt.errors import (
        DataError, DateNotCoveredError, FareRuleError, NoRouteError, RailoptError, UnknownNameError,
        UnknownStationError,
    )
    from railopt.fares import FareQuote, base_fare, fare, price_route, quote
    from railopt.network import Network, Route, Segment, find_place, load_network
    from railopt.optimiser import Plan, Trip, TripError, load_trip, rank, solve
    from railopt.products import Product, Traveller, catalogue, cover

__version__ = "0.1.0"

__all__ = [  # noqa: F822 (resolved by __getattr__)
    "DataError", "DateNotCoveredError", "FareQuote", "FareRuleError", "Network", "NoRouteError", "RailoptError",
    "Route", "Segment", "UnknownNameError", "UnknownStationError", "base_fare", "fare", "find_place",
    "load_network", "price_route", "quote", "Plan", "Product", "Traveller", "Trip", "TripError", "catalogue",
    "cover", "load_trip", "rank", "solve",
]
