"""The optimiser's front door for scripts and notebooks: ``solve(trip)`` and ``rank(trip)``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from railopt.network import load_network
from railopt.network.model import Network
from railopt.optimiser.model import solve_menu
from railopt.optimiser.options import build_menu
from railopt.optimiser.plan import Plan
from railopt.optimiser.rank import rank as rank_menu
from railopt.optimiser.rank import rank_frame
from railopt.optimiser.trip import Trip, load_trip, parse_trip


def _trip(trip: Trip | str | Path) -> Trip:
    if isinstance(trip, Trip):
        return trip
    text = str(trip)
    if "\n" in text or "[[day]]" in text:
        return parse_trip(text)
    return load_trip(trip)


def solve(trip: Trip | str | Path, *, network: Network | None = None, time_limit: float = 20.0) -> Plan:
    """The cheapest plan for ``trip`` (a :class:`Trip`, a trip-file path, or trip-file text).

    Examples
    --------
    >>> plan = solve('start = 2026-05-12\\n[[day]]\\nlegs = ["Kyoto -> Osaka"]\\n')
    >>> plan.total_yen <= plan.baseline_yen
    True
    """
    net = network or load_network()
    return solve_menu(net, build_menu(net, _trip(trip)), time_limit=time_limit)


def rank(trip: Trip | str | Path, *, network: Network | None = None, time_limit: float = 10.0) -> pd.DataFrame:
    """Every product the traveller may buy, ranked by net saving for ``trip`` (one row each)."""
    net = network or load_network()
    return rank_frame(rank_menu(net, build_menu(net, _trip(trip)), time_limit=time_limit))
