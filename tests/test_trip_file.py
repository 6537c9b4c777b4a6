"""The trip-file contract: what parses, and the one-line errors naming file, line and key."""

import datetime as dt

import pytest

from railopt.network import load_network
from railopt.optimiser import TripError, build_menu, parse_trip

GOOD = """title = "t"
start = 2026-05-12
[party]
adults = 2
children = 1
[[day]]
legs = ["Kyoto -> Nara"]
[[day]]
legs = []
[[day]]
date = 2026-05-16
legs = [{ from = "Osaka", to = "Himeji", train = "shinkansen" }, { from = "Himeji", to = "Osaka", via = "Kakogawa", times = 2 }]
"""


def test_good_trip_parses():
    t = parse_trip(GOOD, "trip.toml")
    assert t.days == tuple(dt.date(2026, 5, d) for d in (12, 13, 14, 15, 16))  # 14 and 15 are rest days
    assert [(leg.origin, leg.destination, leg.day) for leg in t.legs] == [("Kyoto", "Nara", 0), ("Osaka", "Himeji", 4), ("Himeji", "Osaka", 4)]
    assert t.legs[1].train == "shinkansen" and t.legs[2].via == "Kakogawa" and t.legs[2].times == 2
    assert (t.adults, t.children) == (2, 1)


@pytest.mark.parametrize("text,message", [
    ('start = 2026-05-12\n[[day]]\nlegs = ["Kyoto Nara"]\n',
     "trip.toml, line 3, key day[0].legs[0]: 'Kyoto Nara' is not \"A -> B\""),
    ('start = 2026-05-12\n[party]\nadults = 1\nkids = 2\n[[day]]\nlegs = []\n',
     "trip.toml, line 4, key party.kids: unknown key; expected one of adults, children, infants"),
    ('[[day]]\nlegs = []\n', "trip.toml, line 1, key start: is required"),
    ('start = 2026-05-12\n[[day]]\nlegs = []\n[[day]]\ndate = 2026-05-12\nlegs = []\n',
     "trip.toml, line 5, key day[1].date: 2026-05-12 must follow the day before (2026-05-12)"),
    ('start = 2026-05-12\n[preferences]\nseat = "first"\n[[day]]\nlegs = []\n',
     "trip.toml, line 3, key preferences.seat: Input should be 'non-reserved', 'reserved' or 'green'"),
    ('start = 2026-05-12\n[[day]]\nlegs = [{ from = "Kyoto" }]\n', "trip.toml, line 3, key day[0].legs[0].to: is required"),
    ('start = 2026-05-12\n[party]\nadults = 0\n[[day]]\nlegs = []\n', "trip.toml, line 3, key party.adults: the party needs at least one adult or child"),
    ('start = 2026-05-12\n[[day]\n', "trip.toml: not valid TOML"),
])
def test_errors_name_line_and_key(text, message):
    with pytest.raises(TripError) as err:
        parse_trip(text, "trip.toml")
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_unknown_station_in_a_leg_suggests_names():
    trip = parse_trip('start = 2026-05-12\n[[day]]\nlegs = ["Kyotto -> Nara"]\n', "trip.toml")
    with pytest.raises(TripError, match=r"trip.toml, key day\[0\].legs\[0\]: unknown station 'Kyotto'; did you mean 'Kyoto'"):
        build_menu(load_network(), trip)


def test_unknown_product_in_preferences():
    trip = parse_trip('start = 2026-05-12\n[preferences]\nowned = ["jr-pass"]\n[[day]]\nlegs = ["Kyoto -> Nara"]\n', "trip.toml")
    with pytest.raises(TripError, match="unknown product 'jr-pass'"):
        build_menu(load_network(), trip)
