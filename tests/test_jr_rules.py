"""One test per JR fare rule, named after the rule (Japanese term in the docstring)."""

import datetime as dt

import pytest

import railopt
from railopt.errors import DateNotCoveredError
from railopt.fares.data import jr_fare_data
from railopt.fares.jr import base_fare, child_fare, ticket_fare, whole_km
from railopt.fares.quote import routes
from railopt.network import find_place

from conftest import AFTER_2025, BEFORE_2023, BEFORE_2025


def fare(net, a, b, day, **kw):
    return ticket_fare(net, a, b, day, **kw)


def test_km_fractions_round_up():
    """1km未満の端数は1kmに切り上げ."""
    assert whole_km(428) == 43 and whole_km(420) == 42 and whole_km(1) == 1


def test_child_fare_halves_and_drops_fractions_under_10_yen():
    """小児運賃: 半額, 10円未満の端数切り捨て."""
    assert [child_fare(y) for y in (150, 240, 510, 1460)] == [70, 120, 250, 730]


def test_trunk_table_is_used_outside_the_osaka_areas(net):
    """幹線の運賃表: Himeji-Okayama is outside every Osaka-area table (trunk 1-3000 km table)."""
    f = fare(net, "jr-himeji", "jr-okayama", AFTER_2025)
    assert any("trunk-line fare table" in r for r in f.rules)
    assert f.yen == jr_fare_data().bands["trunk"].on(AFTER_2025).lookup(whole_km(round(f.operating_km * 10)))


def test_densha_tokutei_table_only_inside_its_area(net):
    """電車特定区間: Kyoto-Yasu joined the area on 2025-04-01 (trunk 510 before, 490 after)."""
    assert any("trunk" in r for r in fare(net, "jr-kyoto", "jr-yasu", BEFORE_2025).rules)
    assert any("電車特定区間" in r for r in fare(net, "jr-kyoto", "jr-yasu", AFTER_2025).rules)


def test_osaka_loop_table_ended_on_2025_03_31(net):
    """大阪環状線内: Osaka-Tennoji 200 + fee before, the 電車特定区間 table after."""
    assert any("大阪環状線内" in r for r in fare(net, "jr-osaka", "jr-tennoji", BEFORE_2025).rules)
    assert not any("大阪環状線内" in r for r in fare(net, "jr-osaka", "jr-tennoji", AFTER_2025).rules)


def test_barrier_free_fee_from_2023_04_01_inside_its_area(net):
    """鉄道駅バリアフリー料金: +10 yen inside the area from 2023-04-01, never before."""
    before, after = fare(net, "jr-osaka", "jr-nishi-akashi", BEFORE_2023), fare(net, "jr-osaka", "jr-nishi-akashi", BEFORE_2025)
    assert not any("バリアフリー" in r for r in before.rules)
    assert any("バリアフリー" in r for r in after.rules)
    assert after.yen == before.yen + 10  # the 電車特定区間 table itself did not change in 2023


def test_barrier_free_fee_is_halved_with_the_fare_for_children(net):
    """Child fare with the fee: half of (adult fare + 10), fractions under 10 yen dropped."""
    adult = fare(net, "jr-kyoto", "jr-yasu", AFTER_2025)  # 480 + 10
    child = fare(net, "jr-kyoto", "jr-yasu", AFTER_2025, child=True)
    assert (adult.yen, child.yen) == (490, 240)


def test_specific_section_fare_beats_the_table(net):
    """特定区間運賃: Kyoto-Osaka 570 (+ fee) although 42.8 km in the table would cost more."""
    f = fare(net, "jr-kyoto", "jr-osaka", AFTER_2025)
    table = jr_fare_data().bands["osaka-densha-tokutei"].on(AFTER_2025).lookup(43)
    assert f.yen == 580 and f.yen < table + 10
    assert any("特定区間運賃" in r for r in f.rules)


def test_specific_fare_changed_on_2023_04_01(net):
    """特定区間運賃 revision of 2023-04-01: Osaka-Takatsuki 260 -> 280 (+ fee)."""
    assert fare(net, "jr-osaka", "jr-takatsuki", BEFORE_2023).yen == 260
    assert fare(net, "jr-osaka", "jr-takatsuki", BEFORE_2025).yen == 290


def test_specific_fare_with_unknown_earlier_amount_is_an_error(net):
    """Osaka-Takarazuka's specific fare is sourced only from 2023-04-01: earlier dates are refused."""
    with pytest.raises(DateNotCoveredError, match="特定区間運賃.* Osaka–Takarazuka is in force on 2021-06-01"):
        fare(net, "jr-osaka", "jr-takarazuka", BEFORE_2023)


def test_suburban_area_prices_the_shortest_route(net):
    """大都市近郊区間: a detour Osaka -> Tennoji the long way round the loop pays the short way."""
    loop = next(r for r in routes(net, find_place(net, "Kyobashi"), find_place(net, "Tennoji"), k=5)
                if all(s.line == "jr-osaka-loop" for s in r.segments))
    short = fare(net, "jr-kyobashi", "jr-tennoji", AFTER_2025)
    ridden = base_fare(net, list(loop.segments), AFTER_2025)
    assert ridden.yen == short.yen


def test_shin_osaka_osaka_exception(net):
    """新大阪・大阪間の特例 (第88条): Shin-Osaka to Himeji or beyond is priced from Osaka."""
    assert fare(net, "jr-shin-osaka", "jr-okayama", BEFORE_2025).yen == fare(net, "jr-osaka", "jr-okayama", BEFORE_2025).yen
    assert any("第88条" in r for r in fare(net, "jr-shin-osaka", "jr-himeji", BEFORE_2025).rules)


def test_city_zone_over_200_km(net):
    """特定都区市内: Yamashina is in the Kyoto city zone; to Okayama (over 200 km from Kyoto) it pays Kyoto's fare."""
    from_zone = fare(net, "jr-yamashina", "jr-okayama", AFTER_2025)
    assert from_zone.yen == fare(net, "jr-kyoto", "jr-okayama", AFTER_2025).yen
    assert any("特定都区市内" in r for r in from_zone.rules)


def test_city_zone_not_applied_within_200_km(net):
    assert not any("特定都区市内" in r for r in fare(net, "jr-yamashina", "jr-himeji", AFTER_2025).rules)


def test_shinkansen_is_the_same_line_as_the_conventional_line(net):
    """新幹線と在来線の同一線扱い: Kyoto-Shin-Osaka by Shinkansen pays the conventional fare."""
    shinkansen = next(r for r in routes(net, find_place(net, "Kyoto"), find_place(net, "Shin-Osaka"), train="shinkansen"))
    assert base_fare(net, list(shinkansen.segments), AFTER_2025).yen == fare(net, "jr-kyoto", "jr-shin-osaka", AFTER_2025).yen


def test_local_line_only_journey_uses_the_local_table(net):
    """地方交通線の運賃表: Nara-Sakurai (19.7 km on the Sakurai Line) uses the local table at 20 km."""
    f = fare(net, "jr-nara", "jr-sakurai", AFTER_2025)
    assert any("local-line fare table" in r for r in f.rules)
    assert f.yen == jr_fare_data().bands["local"].on(AFTER_2025).lookup(20)


def test_local_line_short_journey_uses_the_fixed_amounts_of_article_84(net):
    """第84条: 地方交通線 journeys of 10 km or less pay fixed amounts, 1-3 km 150 and 4-6 km 190 (10% era;
    github.com/hiroto7/shinkansen src/domain/versions/2022.ts, with JR West examples 居能-雀田 4.5 km 190)."""
    assert fare(net, "jr-nara", "jr-kyobate", AFTER_2025).yen == 150  # 1.9 km
    assert fare(net, "jr-obitoke", "jr-tenri", AFTER_2025).yen == 190  # 4.8 km


def test_mixed_trunk_and_local_journey_adds_kanzan_km(net):
    """運賃計算キロ: Kyoto-Sakurai = Nara Line + Kansai Line 営業キロ 41.7 (trunk) + Sakurai Line 換算キロ 21.7
    (Nara-Sakurai, 19.7 operating km) = 63.4 -> the trunk table at 64 km."""
    f = fare(net, "jr-kyoto", "jr-sakurai", AFTER_2025)
    assert any("41.7 + 21.7 = 63.4" in r for r in f.rules)
    assert f.yen == jr_fare_data().bands["trunk"].on(AFTER_2025).lookup(64)


def test_additional_fare_is_added_to_the_km_fare(net):
    """加算運賃 of the Kansai Airport Line (Hineno-Kansai Airport): 220 yen on top of the km fare, before and after
    the 2025-04-01 revision, which left it unchanged (takehikom.hateblo.jp/entry/2025/02/12/055708)."""
    for day in (BEFORE_2025, AFTER_2025):
        f = fare(net, "jr-osaka", "jr-kansai-airport", day)
        assert any(r.startswith("additional fare (加算運賃) +220 yen") for r in f.rules)


def test_date_before_every_table_is_an_error(net):
    with pytest.raises(DateNotCoveredError, match="no trunk table is in force on 2019-09-30"):
        fare(net, "jr-kyoto", "jr-himeji", dt.date(2019, 9, 30))


def test_fare_query_names_every_rule(net):
    q = railopt.fare(net, "Kyoto", "Himeji", AFTER_2025)
    assert q.rules and q.total_yen == sum(q.components.values())


def test_routes_of_equal_km_give_the_cheaper_fare_from_either_end(net):
    """最短経路 with a tie: Namba-Uji is 67.8 km via Kyoto (inside the 電車特定区間) and via Kizu (not); the
    ticket is the cheaper whichever end it is bought at. Takada-Kyobate ties in fare km (30.2) between the
    Sakurai Line alone (local table) and via Oji (mixed): the route with fewer operating km is taken both ways."""
    for a, b in (("jr-namba", "jr-uji"), ("jr-takada", "jr-kyobate")):
        there, back = ticket_fare(net, a, b, AFTER_2025), ticket_fare(net, b, a, AFTER_2025)
        assert there.yen == back.yen
    assert ticket_fare(net, "jr-uji", "jr-namba", AFTER_2025).yen == \
        jr_fare_data().bands["osaka-densha-tokutei"].on(AFTER_2025).lookup(68) + 10  # with the barrier-free fee


def test_suburban_area_ridden_route_of_equal_km_pays_the_cheaper_shortest_route(net):
    """大都市近郊区間 with a tie: riding Namba -> Nara -> Kizu -> Uji (67.8 km, partly outside the 電車特定区間)
    pays the fare of the equally short route via Kyoto, inside it, which is cheaper."""
    via_kizu = next(r for r in routes(net, find_place(net, "JR Namba"), find_place(net, "Uji"), k=8, operator="JR")
                    if {s.line for s in r.segments} == {"jr-kansai", "jr-nara"})
    ridden = base_fare(net, list(via_kizu.segments), AFTER_2025)
    assert ridden.operating_km == 67.8
    assert ridden.yen == ticket_fare(net, "jr-namba", "jr-uji", AFTER_2025).yen
    assert "Osaka suburban area (大都市近郊区間): priced by the shortest route" in ridden.rules


def test_maizuru_line_is_a_local_line_priced_by_kanzan_km(net):
    """地方交通線 舞鶴線 (換算キロ 29.0 to Higashi-Maizuru, MARS data via m77so/jrfare = farert): Kyoto-Higashi-Maizuru is
    76.2 + 26.4 = 102.6 operating km (ja.wikipedia まいづる: 102.6 km) and 76.2 + 29.0 = 105.2 fare-calculation km."""
    fare = ticket_fare(net, "jr-kyoto", "jr-higashi-maizuru", AFTER_2025)
    assert fare.operating_km == 102.6 and fare.fare_km == 105.2
    assert any("mixed trunk/local" in r for r in fare.rules)
