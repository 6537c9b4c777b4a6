"""Routes across operators on the real network: place names that are transfer groups, and alternatives
that are not k copies of one operator's route (issue 3)."""

from datetime import date

import pytest

from railopt.fares.quote import pick_alternatives, quote
from railopt.network import find_place

DAY = date(2026, 5, 12)


def operators_offered(net, origin, destination, day=DAY, k=3):
    offered = set()
    for q in quote(net, origin, destination, day, k=k):
        families = {"JR" if s.operator.startswith("JR") else s.operator for s in q.route.segments if not s.is_walk}
        offered |= families
    return offered


def test_kyoto_to_nara_offers_jr_and_kintetsu(net):
    assert {"JR", "Kintetsu"} <= operators_offered(net, "Kyoto", "Nara")


def test_kyoto_to_nara_alternatives_shown_include_both(net):
    shown = pick_alternatives(quote(net, "Kyoto", "Nara", DAY), 3)
    assert {"JR West", "Kintetsu"} <= {s.operator for q in shown for s in q.route.segments}


def test_namba_to_kansai_airport_offers_nankai_and_jr(net):
    # before and after JR West's 2025-04-01 revision (the Kansai Airport Line additional fare is priced on both)
    assert {"JR", "Nankai"} <= operators_offered(net, "Namba", "Kansai Airport", date(2024, 6, 1))
    assert {"JR", "Nankai"} <= operators_offered(net, "Namba", "Kansai Airport", date(2026, 5, 12))


def test_tennoji_to_hamadera_offers_the_hankai_tram(net):
    # Hankai Tramway (flat fare) runs Tennoji-ekimae - Hamadera-ekimae; Nankai and JR run nearby
    assert "Hankai Tramway" in operators_offered(net, "Tennoji", "Hamadera-ekimae", date(2026, 5, 12))


def test_osaka_to_sannomiya_offers_jr_hankyu_and_hanshin(net):
    assert {"JR", "Hankyu", "Hanshin"} <= operators_offered(net, "Osaka", "Sannomiya")


def test_osaka_to_kobe_offers_jr_hankyu_and_hanshin(net):
    assert {"JR", "Hankyu", "Hanshin"} <= operators_offered(net, "Osaka", "Kobe")


@pytest.mark.parametrize("name, members", [
    ("Osaka", {"jr-osaka", "jr-kitashinchi", "hankyu-osaka-umeda", "hanshin-osaka-umeda", "osakametro-umeda",
               "osakametro-higashi-umeda", "osakametro-nishi-umeda"}),
    ("Umeda", {"jr-osaka", "hankyu-osaka-umeda", "osakametro-umeda"}),
    ("Namba", {"jr-namba", "nankai-namba", "kintetsu-osaka-namba", "hanshin-osaka-namba", "osakametro-namba"}),
    ("Tennoji", {"jr-tennoji", "kintetsu-osaka-abenobashi"}),
    ("Kyoto", {"jr-kyoto", "kintetsu-kyoto", "kyotosubway-kyoto"}),
    ("Kawaramachi", {"hankyu-kyoto-kawaramachi", "keihan-gion-shijo"}),
    ("Gion-Shijo", {"hankyu-kyoto-kawaramachi", "keihan-gion-shijo"}),
    ("Sannomiya", {"jr-sannomiya", "hankyu-kobe-sannomiya", "hanshin-kobe-sannomiya", "kobesubway-sannomiya", "portliner-sannomiya"}),
    ("Tsuruhashi", {"jr-tsuruhashi", "kintetsu-tsuruhashi", "osakametro-tsuruhashi"}),
    ("Kyobashi", {"jr-kyobashi", "keihan-kyobashi", "osakametro-kyobashi"}),
    ("Nara", {"jr-nara", "kintetsu-nara"}),
    ("Kansai Airport", {"jr-kansai-airport", "nankai-kansai-airport"}),
])
def test_place_names_resolve_to_transfer_groups(net, name, members):
    assert members <= set(find_place(net, name).stations)


def test_a_group_answers_with_its_jr_station_first(net):
    assert find_place(net, "Osaka").stations[0] == "jr-osaka"
    assert find_place(net, "Kyoto").stations[0] == "jr-kyoto"


def test_jr_answers_are_unchanged_where_jr_is_the_one_operator_route(net):
    # https://kansai-sanpo.com (JR Kyoto-Osaka 580 from 2025-04-01, as in test_jr_published_fares)
    best = quote(net, "Kyoto", "Osaka", DAY)[0]
    assert best.total_yen == 580 and {s.operator for s in best.route.segments} == {"JR West"}


def test_every_transfer_joins_two_stations_with_whole_minutes(net):
    assert net.transfers and all(isinstance(t.minutes, int) and t.minutes >= 0 for t in net.transfers)


def test_amanohashidate_is_reached_from_osaka_over_jr_and_kyoto_tango_railway(net):
    # the Fukuchiyama Line reaches Fukuchiyama, where the Kyoto Tango Railway starts
    best = quote(net, "Osaka", "Amanohashidate", DAY)[0]
    assert best.route.destination == "ktr-amanohashidate"
    assert {"JR West", "Kyoto Tango Railway"} <= {s.operator for s in best.route.segments}


def test_alternatives_shown_include_the_fastest_the_cheapest_and_the_fewest_transfers(net):
    quotes = quote(net, "Kyoto", "Nara", DAY)
    shown = pick_alternatives(quotes, 3)
    assert min(q.route.minutes for q in quotes) in {q.route.minutes for q in shown}
    assert min(q.total_yen for q in quotes) in {q.total_yen for q in shown}
    assert min(q.route.transfers for q in quotes) in {q.route.transfers for q in shown}
