"""The optimiser: from a trip file to the cheapest plan (trip → menu → CP-SAT model → plan)."""

from railopt.optimiser.api import rank, solve
from railopt.optimiser.model import SolverError, solve_menu
from railopt.optimiser.options import Menu, build_menu
from railopt.optimiser.plan import Plan, Purchase
from railopt.optimiser.trip import Trip, TripError, load_trip, parse_trip

__all__ = ["Menu", "Plan", "Purchase", "SolverError", "Trip", "TripError", "build_menu", "load_trip", "parse_trip",
           "rank", "solve", "solve_menu"]
