"""railopt: exact Japanese rail fares from a network model, and what to buy for an itinerary.

Examples
--------
>>> import railopt
>>> net = railopt.load_network()
>>> q = railopt.fare(net, "Kyoto", "Himeji")
>>> q.total_yen == q.components["base"]
True
"""

from railopt.errors import (
    DataError, DateNotCoveredError, FareRuleError, NoRouteError, RailoptError, UnknownNameError, UnknownStationError,
)
from railopt.fares import FareQuote, base_fare, fare, price_route, quote
from railopt.network import Network, Route, Segment, find_place, load_network
from railopt.optimiser import Plan, Trip, TripError, load_trip, rank, solve
from railopt.products import Product, Traveller, catalogue, cover

__version__ = "0.1.0"

__all__ = [
    "DataError", "DateNotCoveredError", "FareQuote", "FareRuleError", "Network", "NoRouteError", "RailoptError",
    "Route", "Segment", "UnknownNameError", "UnknownStationError", "base_fare", "fare", "find_place",
    "load_network", "price_route", "quote", "Plan", "Product", "Traveller", "Trip", "TripError", "catalogue",
    "cover", "load_trip", "rank", "solve",
]
