"""Products: prices over time, coverage on the real network, eligibility (sources in fares/products)."""

import datetime as dt

import pytest

from railopt.errors import DataError, DateNotCoveredError
from railopt.fares.quote import quote, routes
from railopt.network import find_place
from railopt.products.catalogue import catalogue, load_family
from railopt.products.coverage import cover
from railopt.products.eligibility import Traveller, eligibility

# (product, variant, date, category, expected yen) — sources are the rows of fares/products/*.toml
PRICES = [
    # Japan Rail Pass: May 2017 prices quoted in the client's seeds (8% tax era) ...
    ("japan-rail-pass", "7-day", dt.date(2017, 5, 1), "adult", 29110),
    ("japan-rail-pass", "14-day-green", dt.date(2017, 5, 1), "adult", 62950),
    ("japan-rail-pass", "21-day", dt.date(2017, 5, 1), "child", 29670),
    # ... the 10% tax prices to 2023-09-30 ...
    ("japan-rail-pass", "7-day", dt.date(2023, 9, 30), "adult", 29650),
    ("japan-rail-pass", "21-day-green", dt.date(2023, 9, 30), "adult", 83390),
    # ... and the prices from 2023-10-01 (japanrailpass.net; Asahi 2023-10-06)
    ("japan-rail-pass", "7-day", dt.date(2023, 10, 1), "adult", 50000),
    ("japan-rail-pass", "14-day", dt.date(2026, 5, 12), "child", 40000),
    ("japan-rail-pass", "21-day-green", dt.date(2026, 5, 12), "adult", 140000),
    ("jr-kansai-area-pass", "1-day", dt.date(2026, 5, 12), "adult", 2800),
    ("jr-kansai-area-pass", "4-day", dt.date(2026, 5, 12), "child", 3500),
    ("jr-kansai-wide-area-pass", "5-day", dt.date(2026, 5, 12), "adult", 12000),
    ("jr-west-all-area-pass", "7-day", dt.date(2024, 4, 1), "adult", 26000),
    # japan-guide pass pages crawled 2025-12-21 (e2361_kansai_hiroshima, _kansai_hokuriku, _sanyo_sanin, _sanin)
    ("jr-kansai-hiroshima-area-pass", "5-day", dt.date(2026, 5, 12), "adult", 17000),
    ("jr-kansai-hokuriku-area-pass", "7-day", dt.date(2026, 5, 12), "child", 9500),
    ("jr-sanyo-sanin-area-pass", "7-day", dt.date(2026, 5, 12), "adult", 23000),
    ("jr-kansai-sanin-area-pass", "7-day", dt.date(2026, 5, 12), "adult", 18000),
    ("jr-kansai-sanin-area-pass", "7-day", dt.date(2026, 5, 12), "child", 9000),
    # Enjoy Eco Card: weekday / weekend prices, before and after the 2023-04-01 barrier-free charge
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2023, 3, 1), "adult", 800),  # Wednesday
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2023, 3, 4), "adult", 600),  # Saturday
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2026, 5, 12), "adult", 820),  # Tuesday
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2026, 5, 16), "adult", 620),  # Saturday
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2026, 5, 5), "adult", 620),  # Tuesday, Children's Day (holiday)
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2026, 5, 7), "adult", 820),  # Thursday after Golden Week
    ("osaka-metro-enjoy-eco-card", "1-day", dt.date(2026, 5, 16), "child", 310),
    # Kansai Railway Pass: the 2024-25 and 2025-26 editions
    ("kansai-railway-pass", "2-day", dt.date(2024, 5, 1), "adult", 5600),
    ("kansai-railway-pass", "3-day", dt.date(2026, 5, 12), "child", 3500),
    # KANSAI RAILWAY PASS LITE, adult only (three third-party sources citing surutto.com/kansai_rwpl, 2026-08..10)
    ("kansai-railway-pass-lite", "2-day", dt.date(2026, 11, 22), "adult", 5200),
    ("kansai-railway-pass-lite", "3-day", dt.date(2026, 5, 12), "adult", 6500),
    ("kyoto-subway-bus-1day-pass", "1-day", dt.date(2026, 5, 12), "child", 550),
    ("kintetsu-rail-pass-5day", "5-day-plus", dt.date(2026, 5, 12), "adult", 6700),
    ("haruka-one-way-ticket", "kix-kyoto", dt.date(2023, 10, 1), "adult", 2200),
]


@pytest.mark.parametrize("product,variant,day,category,expected", PRICES)
def test_price_on_date(product, variant, day, category, expected):
    assert catalogue()[product].price(day, category, variant) == expected


@pytest.mark.parametrize("product,variant,day", [
    ("japan-rail-pass", "7-day", dt.date(2013, 1, 1)),  # before the earliest sourced price
    ("jr-kansai-area-pass", "1-day", dt.date(2024, 6, 1)),  # current price not attested before 2025-12-21
    ("jr-kansai-sanin-area-pass", "7-day", dt.date(2025, 12, 20)),  # first attested 2025-12-21
    ("kyoto-subway-1day-pass", "1-day", dt.date(2026, 5, 12)),  # child price not sourced (asked below)
])
def test_unsourced_price_is_an_error(product, variant, day):
    with pytest.raises(DateNotCoveredError):
        catalogue()[product].price(day, "child" if product.startswith("kyoto") else "adult", variant)


def test_weekend_price_needs_the_holiday_calendar():
    """土休日 prices: a date beyond fares/products/holidays.csv cannot be told weekday or holiday: no price
    (the optimiser does not offer it; `railopt passes` says why)."""
    variant = next(v for v in catalogue()["osaka-metro-enjoy-eco-card"].variants if v.id == "1-day")
    assert variant.price(dt.date(2028, 1, 4)) is None
    assert "holiday calendar covers 2023-01-01 to 2027-12-31" in variant.why_unpriced(dt.date(2028, 1, 4))
    assert variant.why_unpriced(dt.date(2027, 1, 4)) == ""


def test_kansai_railway_pass_is_sold_in_editions():
    krp = catalogue()["kansai-railway-pass"]
    assert krp.window(dt.date(2024, 6, 1)).edition == "2024-25"
    assert krp.on_sale(dt.date(2026, 5, 12))
    assert not krp.on_sale(dt.date(2026, 7, 1))  # no later edition is sourced


def test_bad_catalogue_file_names_file_and_key(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('family = "x"\nas_of = 2026-01-01\nlicence = "x"\n[sources]\n[[products]]\nid = "p"\n')
    with pytest.raises(DataError, match=r"bad.toml: products.0.name: Field required"):
        load_family(bad)


def _ride(net, a, b, day, **options):
    return list(quote(net, a, b, day, **options)[0].route.segments)


DAY = dt.date(2024, 6, 1)  # a date the Kansai Airport Line additional fare and the Haruka charge are sourced for


def test_japan_rail_pass_rejects_nozomi_covers_hikari(net):
    jrp = catalogue()["japan-rail-pass"]
    hikari = cover(net, jrp, _ride(net, "Kyoto", "Shin-Osaka", DAY, train="hikari"), DAY)
    nozomi = cover(net, jrp, _ride(net, "Kyoto", "Shin-Osaka", DAY, train="nozomi"), DAY)
    assert hikari.residual_yen == 0 and "express" in hikari.covered
    assert nozomi.covered == () and nozomi.residual_yen > 0


def test_kansai_area_pass_covers_haruka_not_shinkansen(net):
    kap = catalogue()["jr-kansai-area-pass"]
    haruka = cover(net, kap, _ride(net, "Kansai Airport", "Kyoto", DAY, train="haruka"), DAY)
    assert haruka.residual_yen == 0 and set(haruka.covered) == {"fare", "express"}
    shinkansen = cover(net, kap, _ride(net, "Kyoto", "Shin-Osaka", DAY, train="shinkansen"), DAY)
    assert shinkansen.covered == () and shinkansen.residual_yen == quote(net, "Kyoto", "Shin-Osaka", DAY, train="shinkansen")[0].total_yen


def test_kansai_wide_covers_sanyo_shinkansen_not_tokaido(net):
    wide = catalogue()["jr-kansai-wide-area-pass"]
    sanyo = cover(net, wide, _ride(net, "Shin-Osaka", "Okayama", DAY, train="shinkansen"), DAY)
    assert sanyo.residual_yen == 0 and "express" in sanyo.covered
    tokaido = cover(net, wide, _ride(net, "Kyoto", "Shin-Osaka", DAY, train="shinkansen"), DAY)
    assert tokaido.covered == ()


def test_beyond_the_area_pays_from_the_boundary(net):
    # Kansai Area Pass ends at Himeji: Kyoto–Aioi pays the fare Himeji–Aioi only
    kap = catalogue()["jr-kansai-area-pass"]
    c = cover(net, kap, _ride(net, "Kyoto", "Aioi", DAY, train="local"), DAY)
    himeji_aioi = quote(net, "Himeji", "Aioi", DAY, train="local")[0].total_yen
    assert c.covered == ("fare",) and c.residual_yen == himeji_aioi


def test_mini_pass_does_not_cover_haruka_charge(net):
    mini = catalogue()["jr-kansai-mini-pass"]
    c = cover(net, mini, _ride(net, "Kyoto", "Shin-Osaka", DAY, train="haruka"), DAY)
    assert c.residual_yen > 0 and "express" not in c.covered


# eligibility: the Japan Rail Pass terms in the seeds (2017) and the rule from 2017-06-01
ELIGIBILITY = [
    ("temporary visitor may buy (seed 001 rule 1)", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(), dt.date(2026, 5, 12), True),
    ("a resident may not (seed 004: 'temporary visitor' entry status)", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(entry_status="resident"), dt.date(2026, 5, 12), False),
    ("Japanese national with permanent residence abroad, 2017 rule (seed 004)", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(nationality="JP", permanent_resident_abroad=True), dt.date(2017, 5, 1), True),
    ("the same traveller after 2017-06-01 needs 10 years abroad", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(nationality="JP", permanent_resident_abroad=True, years_abroad=3), dt.date(2017, 6, 1), False),
    ("10 consecutive years abroad qualifies from 2017-06-01", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(nationality="JP", years_abroad=10), dt.date(2026, 5, 12), True),
    ("married to a non-Japanese abroad, 2017 rule (seed 004)", ("temporary-visitor", "jrp-japanese-abroad"), Traveller(nationality="JP", married_to_non_japanese_abroad=True), dt.date(2017, 1, 10), True),
    ("a Japanese passport is not a foreign temporary visitor (JR West passes)", ("temporary-visitor",), Traveller(nationality="JP", years_abroad=20), dt.date(2026, 5, 12), False),
    ("Kansai Railway Pass: Japanese permanent resident abroad", ("temporary-visitor", "japanese-permanent-resident-abroad"), Traveller(nationality="JP", permanent_resident_abroad=True), dt.date(2026, 5, 12), True),
]


@pytest.mark.parametrize("name,rules,traveller,day,expected", ELIGIBILITY, ids=[e[0] for e in ELIGIBILITY])
def test_eligibility(name, rules, traveller, day, expected):
    ok, why = eligibility(rules, traveller, day)
    assert ok is expected
    assert (why == "") is expected


def test_kansai_railway_pass_covers_hankyu_not_jr_nor_kintetsu_charge(net):
    krp = catalogue()["kansai-railway-pass"]
    day = dt.date(2026, 5, 12)
    hankyu = cover(net, krp, _ride(net, "Osaka-umeda", "Kyoto-kawaramachi", day, operator="Hankyu"), day)
    assert hankyu.covered == ("fare",) and hankyu.residual_yen == 0
    jr = cover(net, krp, _ride(net, "Kyoto", "Osaka", day, operator="JR"), day)
    assert jr.covered == ()
    limited = [q for q in quote(net, "Kintetsu Nara", "Osaka-namba", day, operator="Kintetsu", k=6)
               if any(s.train_type == "limited-express" for s in q.route.segments)]
    if not limited:
        limited = quote(net, "Kintetsu Nara", "Osaka-namba", day, operator="Kintetsu", train="limited-express")
    q = limited[0]
    c = cover(net, krp, list(q.route.segments), day)
    assert "fare" in c.covered and c.residual_yen == q.components["express"] > 0


def test_bad_holiday_calendar_names_file_and_header(tmp_path, monkeypatch):
    import importlib

    catalogue_module = importlib.import_module("railopt.products.catalogue")
    (tmp_path / "fares" / "products").mkdir(parents=True)
    (tmp_path / "fares" / "products" / "holidays.csv").write_text(
        "# source: test\n# as_of: 2026-11-22\n# licence: test\n# covers: 2026\ndate,name_ja,name_en\n2026-01-01,元日,New Year's Day\n",
        encoding="utf-8")
    monkeypatch.setattr(catalogue_module, "data_root", lambda: tmp_path)
    catalogue_module.holidays.cache_clear()
    try:
        with pytest.raises(DataError, match=r"holidays.csv: header 'covers' must be FIRST..LAST"):
            catalogue_module.holidays()
    finally:
        catalogue_module.holidays.cache_clear()


def test_kansai_wide_covers_the_kyoto_tango_railway_to_amanohashidate(net):
    """japan-guide e3991 (2025-12-22): Kyoto to Amanohashidate, Kinosaki to Fukuchiyama then the Kyoto Tango
    Railway, is covered by the Kansai WIDE, Kansai-Hokuriku and Kansai-Hiroshima passes; not by the Kansai Area Pass."""
    ride = _ride(net, "Kyoto", "Amanohashidate", DAY, train="kinosaki")
    assert {s.operator for s in ride} - {"walk"} == {"JR West", "Kyoto Tango Railway"}
    for pid in ("jr-kansai-wide-area-pass", "jr-kansai-hokuriku-area-pass", "jr-kansai-hiroshima-area-pass"):
        assert cover(net, catalogue()[pid], ride, DAY).residual_yen == 0, pid
    assert cover(net, catalogue()["jr-kansai-area-pass"], ride, DAY).residual_yen > 0
    # the Kansai-San'in Area Pass names the Kyoto Tango Railway (japan-guide e2361_sanin); its San'in Line is the
    # way there from Kyoto; Kyoto-Osaka is not in what railopt can place inside its area
    sanin = catalogue()["jr-kansai-sanin-area-pass"]
    assert cover(net, sanin, ride, DAY).residual_yen == 0
    assert cover(net, sanin, _ride(net, "Kyoto", "Osaka", DAY, operator="JR"), DAY).residual_yen > 0


def test_kansai_area_pass_reaches_iga_ueno_by_the_kusatsu_line(net):
    """japan-guide e4353 (2025-12-22): Kyoto - Kusatsu - (Kusatsu Line) - Tsuge - (Kansai Line) - Iga-Ueno is
    covered by the Kansai Area Pass; the Kansai Line Kamo-Tsuge is named nowhere, so a ride there pays."""
    kap = catalogue()["jr-kansai-area-pass"]
    via_kusatsu = next(r for r in routes(net, find_place(net, "Kyoto"), find_place(net, "Iga-Ueno"), k=6, operator="JR")
                       if "jr-kusatsu" in {s.line for s in r.segments})
    assert cover(net, kap, list(via_kusatsu.segments), DAY).residual_yen == 0
    assert cover(net, kap, _ride(net, "Kamo", "Tsuge", DAY, operator="JR"), DAY).residual_yen > 0


def test_kansai_railway_pass_ends_at_tsubosakayama_towards_yoshino(net):
    """jg-krp (2025-12-21): towards Yoshino the pass is valid as far as Tsubosakayama; the rest is paid."""
    krp = catalogue()["kansai-railway-pass"]
    day = dt.date(2026, 5, 12)
    inside = cover(net, krp, _ride(net, "Kashiharajingu-mae", "Tsubosakayama", day, operator="Kintetsu"), day)
    assert inside.residual_yen == 0
    beyond = cover(net, krp, _ride(net, "Kashiharajingu-mae", "Yoshino", day, operator="Kintetsu"), day)
    assert beyond.residual_yen == quote(net, "Tsubosakayama", "Yoshino", day, operator="Kintetsu")[0].total_yen
    monorail = cover(net, krp, _ride(net, "Osaka Airport", "Senri-Chuo", day, operator="Osaka Monorail"), day)
    assert monorail.residual_yen == 0


def test_kansai_railway_pass_lite_leaves_out_the_kyoto_subway(net):
    """The LITE edition (from April 2026) does not cover the Kyoto Municipal Subway; it has no child price."""
    lite = catalogue()["kansai-railway-pass-lite"]
    day = dt.date(2026, 11, 22)
    assert lite.on_sale(day) and not lite.on_sale(dt.date(2026, 3, 31))
    hankyu = cover(net, lite, _ride(net, "Osaka-umeda", "Kyoto-kawaramachi", day, operator="Hankyu"), day)
    assert hankyu.residual_yen == 0
    subway = cover(net, lite, _ride(net, "Kyoto", "Karasuma Oike", day, operator="Kyoto Subway"), day)
    assert subway.covered == () and subway.residual_yen > 0
    with pytest.raises(DateNotCoveredError):
        lite.price(day, "child", "2-day")
