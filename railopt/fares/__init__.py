"""Fares and charges: date-versioned tables and the rules that apply them."""

from railopt.fares.charges import Charge, express_charges
from railopt.fares.jr import BaseFare, base_fare, child_fare
from railopt.fares.quote import FareQuote, fare, price_route, quote

__all__ = ["BaseFare", "Charge", "FareQuote", "base_fare", "child_fare", "express_charges", "fare", "price_route", "quote"]
