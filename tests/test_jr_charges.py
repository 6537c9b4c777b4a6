"""Limited-express and Shinkansen charges (特急料金), seats and seasons, against published values."""

import datetime as dt

import pytest

from railopt.errors import DateNotCoveredError
from railopt.fares.charges import express_charges, season
from railopt.fares.quote import price_route, routes
from railopt.network import find_place
from railopt.fares.data import jr_fare_data

B_ERA = dt.date(2022, 6, 1)  # tickets bought before 2023-04-01: JR West charge table B
REGULAR = dt.date(2023, 6, 2)  # a Friday not listed in the FY2023 calendar: 通常期
OFF_PEAK, PEAK, BUSIEST = dt.date(2023, 6, 1), dt.date(2023, 7, 15), dt.date(2023, 5, 3)
KANSAI_SANPO_HARUKA = "https://kansai-sanpo.com/haruka-shinkaisoku (table B era: non-reserved 660 / 990)"
TOMOTABI = "https://tomotabitrip.com/entry/limitedexpress-haruka-greencar-review (reserved from KIX: Tennoji 1,290; Osaka/Shin-Osaka/Kyoto 1,730)"
TAKUMICK_KODAMA = "https://takumick.com/kodama-fare (non-reserved: Kyoto-Shin-Osaka 870, Kyoto-Shin-Kobe 1,760, Kyoto-Himeji 2,530)"
PRESSNET = "https://news.railway-pressnet.com/archives/42000 (Nozomi Shin-Osaka-Okayama reserved 3,380 from 2023-04-01)"
MAIDONA = ("https://207hd.com/post-26736/ (JR West release 2022-09-02: table A up to 200 km 2,730 reserved, regular season, from "
           "2023-04-01 purchases; Kuroshio named among the trains); Shin-Osaka-Shirahama is 181.3 km (networks/kansai/lines)")
SANYO = ("https://sanyoshinkansen.com/fare-table-shinosaka (fare + non-reserved charge from Shin-Osaka, before 2023-04-01: "
         "Nishi-Akashi 2,700, Himeji 3,280, Aioi 4,510, Okayama 5,610)")

CHARGES = [
    # (from, to, train, seat, date, express yen, source)
    ("Kansai Airport", "Kyoto", "haruka", "non-reserved", B_ERA, 990, KANSAI_SANPO_HARUKA),
    ("Kansai Airport", "Shin-Osaka", "haruka", "non-reserved", B_ERA, 990, KANSAI_SANPO_HARUKA),
    ("Kansai Airport", "Tennoji", "haruka", "non-reserved", B_ERA, 660, KANSAI_SANPO_HARUKA),
    ("Kyoto", "Shin-Osaka", "haruka", "non-reserved", B_ERA, 660, KANSAI_SANPO_HARUKA),
    ("Kansai Airport", "Tennoji", "haruka", "reserved", REGULAR, 1290, TOMOTABI),
    ("Kansai Airport", "Kyoto", "haruka", "reserved", REGULAR, 1730, TOMOTABI),
    ("Kansai Airport", "Shin-Osaka", "haruka", "reserved", REGULAR, 1730, TOMOTABI),
    ("Kyoto", "Shin-Osaka", "kodama", "non-reserved", B_ERA, 870, TAKUMICK_KODAMA),
    ("Kyoto", "Shin-Kobe", "kodama", "non-reserved", B_ERA, 1760, TAKUMICK_KODAMA),
    ("Kyoto", "Himeji", "kodama", "non-reserved", B_ERA, 2530, TAKUMICK_KODAMA),
    ("Shin-Osaka", "Okayama", "nozomi", "reserved", REGULAR, 3380, PRESSNET),
    ("Shin-Osaka", "Shirahama", "kuroshio", "reserved", REGULAR, 2730, MAIDONA),
]


def charges(net, origin, destination, train, seat, day, child=False):
    """The charges of the fastest route on ``train`` (charges only: the airport fare is not sourced yet)."""
    options = routes(net, find_place(net, origin), find_place(net, destination), train=train, k=5)
    route = next(r for r in options if all(s.service == train for s in r.segments))
    return express_charges(net, list(route.segments), day, seat=seat, child=child)


def express(net, origin, destination, train, seat, day, child=False):
    return sum(c.yen for c in charges(net, origin, destination, train, seat, day, child) if c.component == "express")


@pytest.mark.parametrize("origin, destination, train, seat, day, yen, source", CHARGES,
                         ids=[f"{a}-{b}-{t}-{s}-{d}" for a, b, t, s, d, _, _ in CHARGES])
def test_published_charge(net, origin, destination, train, seat, day, yen, source):
    assert express(net, origin, destination, train, seat, day) == yen, source


def test_table_b_ended_for_tickets_from_2023_04_01(net):
    # the same Haruka ride: table B (990) before, table A (1,730 - 530 = 1,200) after
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "non-reserved", B_ERA) == 990
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "non-reserved", REGULAR) == 1200


def test_seasonal_adjustment_of_reserved_seats(net):
    base = 1730  # Haruka KIX-Kyoto reserved, regular season (TOMOTABI)
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "reserved", OFF_PEAK) == base - 200
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "reserved", PEAK) == base + 200
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "reserved", BUSIEST) == base + 400


def test_season_calendar_outside_its_coverage_is_an_error():
    with pytest.raises(DateNotCoveredError, match="season calendar covers"):
        season(jr_fare_data(), dt.date(2026, 5, 12))


def test_non_reserved_is_not_seasonal(net):
    assert express(net, "Kansai Airport", "Kyoto", "haruka", "non-reserved", BUSIEST) == 1200


def test_child_charge_is_half_rounded_down(net):
    # 1,290 / 2 = 645 -> 640 (JR child rule, https://www.jr-odekake.net/oshirase/farerevision)
    assert express(net, "Kansai Airport", "Tennoji", "haruka", "reserved", REGULAR, child=True) == 640


def test_all_reserved_train_charges_the_reserved_price(net):
    # Hamakaze runs with reserved seats only: a non-reserved request pays the reserved charge,
    # table A up to 50 km (Osaka-Kobe 33.1 km): 1,290 in the regular season (JR West table A, see fares/jr/charges)
    found = charges(net, "Osaka", "Kobe", "hamakaze", "non-reserved", REGULAR)
    assert any("no non-reserved seats" in r for c in found for r in c.rules)
    assert sum(c.yen for c in found) == 1290


def test_green_car_charge(net):
    # Green: the reserved charge less 530, plus the Green charge of 1,300 for up to 100 km
    found = charges(net, "Kansai Airport", "Kyoto", "haruka", "green", REGULAR)
    assert [(c.component, c.yen) for c in found] == [("express", 1730 - 530), ("green", 1300)]


def test_table_b_for_rides_wholly_inside_b_sections(net):
    # before 2023-04-01 a ride wholly inside the B sections (Osaka Loop, JR Kyoto Line) paid table B:
    # Haruka Tennoji-Shin-Osaka, 14.5 km, non-reserved 660 (JR West 2022-09-02 release, table B up to 50 km)
    found = charges(net, "Tennoji", "Shin-Osaka", "haruka", "non-reserved", B_ERA)
    assert any("table B" in r for c in found for r in c.rules)
    assert sum(c.yen for c in found) == 660


TOTALS = [
    # (from, to, train, date, fare + non-reserved charge, source)
    ("Shin-Osaka", "Nishi-Akashi", "kodama", B_ERA, 2700, SANYO),
    ("Shin-Osaka", "Himeji", "kodama", B_ERA, 3280, SANYO),
    ("Shin-Osaka", "Aioi", "kodama", B_ERA, 4510, SANYO),
    ("Shin-Osaka", "Okayama", "kodama", B_ERA, 5610, SANYO),
]


@pytest.mark.parametrize("origin, destination, train, day, yen, source", TOTALS,
                         ids=[f"{a}-{b}-{t}-{d}" for a, b, t, d, _, _ in TOTALS])
def test_published_shinkansen_total(net, origin, destination, train, day, yen, source):
    options = routes(net, find_place(net, origin), find_place(net, destination), train=train, k=5)
    route = next(r for r in options if all(s.service == train for s in r.segments))
    assert price_route(net, route, day).total_yen == yen, source


def test_shinkansen_through_shin_kobe_is_priced_as_the_parallel_line_in_the_densha_area(net):
    # 新幹線と在来線の同一線扱い: Shin-Osaka-Nishi-Akashi by Shinkansen (via Shin-Kobe, which has no
    # conventional platform) is the Tokaido/Sanyo Line, 59.7 km inside the 電車特定区間: 940, not the trunk 990 (SANYO)
    options = routes(net, find_place(net, "Shin-Osaka"), find_place(net, "Nishi-Akashi"), train="kodama", k=5)
    route = next(r for r in options if all(s.service == "kodama" for s in r.segments))
    q = price_route(net, route, B_ERA)
    assert q.components["base"] == 940
    assert any("電車特定区間" in r for r in q.rules)


def test_obon_2025_busiest_days_are_covered():
    # 最繁忙期 2025-08-10, 11, 13, 14, 15 (JR Central's Obon period as reported by https://www.shizuoka-life.jp/?p=10573,
    # 2025-08-02); 2025-08-12 is not listed as busiest and its class is unknown: refused, not guessed
    data = jr_fare_data()
    assert season(data, dt.date(2025, 8, 14)) == "busiest"
    with pytest.raises(DateNotCoveredError):
        season(data, dt.date(2025, 8, 12))


@pytest.mark.parametrize("origin, destination, train", [
    ("Fukuchiyama", "Kyoto", "kinosaki"), ("Fukuchiyama", "Kyoto", "hashidate"), ("Fukuchiyama", "Osaka", "kounotori"),
    ("Ayabe", "Higashi-Maizuru", "maizuru"),
])
def test_north_kinki_limited_expresses_are_all_reserved_since_2022_03_12(net, origin, destination, train):
    # くろしお, こうのとり, きのさき, はしだて, まいづる all-reserved from 2022-03-12 (mynavi 2021, fares/jr/charges/reserved-only.csv):
    # every service of these names, whichever timetable its minutes come from, pays the reserved charge
    found = charges(net, origin, destination, train, "non-reserved", REGULAR)
    assert any("no non-reserved seats" in r for c in found for r in c.rules)


def test_thunderbird_reserved_seats_follow_another_calendar_from_2024_03_16(net):
    # JR West 2023-12-15 (https://news.mynavi.jp/article/20231215-2842221): from 2024-03-16 the Thunderbird applies the
    # season dates of the Hokuriku Shinkansen (JR East's calendar), which railopt does not have: refused, not priced
    # with the JR Central/West calendar; before that day the common calendar applies
    assert express(net, "Osaka", "Kyoto", "thunderbird", "reserved", REGULAR) > 0
    with pytest.raises(DateNotCoveredError, match="JR East"):
        express(net, "Osaka", "Kyoto", "thunderbird", "reserved", dt.date(2024, 6, 3))
