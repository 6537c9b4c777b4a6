"""Laws the fare engine must keep, checked with Hypothesis."""

import datetime as dt

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

import railopt
from railopt.errors import FareRuleError
from railopt.fares.data import jr_fare_data
from railopt.fares.jr import ticket_fare

NET = railopt.load_network()
STATIONS = sorted(NET.stations)
DAYS = st.sampled_from([dt.date(2021, 6, 1), dt.date(2024, 6, 1), dt.date(2026, 5, 12)])


@settings(max_examples=150, deadline=None)
@given(a=st.sampled_from(STATIONS), b=st.sampled_from(STATIONS), day=DAYS)
def test_fare_a_to_b_equals_b_to_a(a, b, day):
    if a == b:
        return
    try:
        there = ticket_fare(NET, a, b, day)
    except FareRuleError:
        return  # a journey railopt refuses to price (unsourced 換算キロ or surcharge) is refused both ways
    assert ticket_fare(NET, b, a, day).yen == there.yen


@settings(max_examples=60, deadline=None)
@given(table=st.sampled_from(["trunk", "local", "osaka-densha-tokutei"]), day=DAYS, km=st.integers(1, 600))
def test_fare_never_falls_as_km_grow(table, day, km):
    data = jr_fare_data()
    versions = data.bands[table]
    if not any(v.covers(day) for v, _ in versions.items):
        return
    bands = versions.on(day)
    present = [k for k in (km, km + 1) if any(lo <= k <= hi for lo, hi, _ in bands.rows)]
    if len(present) == 2:
        assert bands.lookup(km + 1) >= bands.lookup(km)


def test_every_station_is_reachable_from_osaka():
    reachable = nx.descendants(NET.graph, "jr-osaka") | {"jr-osaka"}
    assert reachable == set(NET.stations)


PRIVATE = sorted({(line.operator, s) for line in NET.lines.values() if not line.operator.startswith("JR")
                  for s in line.stations()})


@settings(max_examples=80, deadline=None)
@given(pick=st.sampled_from(PRIVATE), other=st.integers(0, 10_000), day=DAYS)
def test_private_fare_a_to_b_equals_b_to_a(pick, other, day):
    """A private railway's fare on its own network is the same both ways (shortest-route band, pair or zone fare)."""
    from railopt.errors import RailoptError
    from railopt.fares.quote import quote
    operator, a = pick
    same = [s for op, s in PRIVATE if op == operator and s != a]
    if not same:
        return
    b = same[other % len(same)]
    try:
        there = quote(NET, a, b, day, operator=operator)[0]
    except RailoptError:
        return  # a date or journey railopt has no table for is refused, never guessed
    assert quote(NET, b, a, day, operator=operator)[0].total_yen == there.total_yen
