"""The packaged Kansai network: every file valid, coverage as the foundation issue asks, lookup."""

import pytest

from railopt.errors import UnknownStationError
from railopt.network import find_place, load_uncached
from railopt.network.lookup import search_stations

REQUIRED_LINES = [
    "jr-tokaido", "jr-sanyo", "jr-osaka-loop", "jr-sakurajima", "jr-tozai", "jr-katamachi", "jr-osaka-higashi",
    "jr-fukuchiyama", "jr-sanin", "jr-kosei", "jr-kusatsu", "jr-nara", "jr-kansai", "jr-sakurai", "jr-wakayama",
    "jr-hanwa", "jr-hanwa-hagoromo", "jr-kansai-airport", "jr-kisei", "jr-tokaido-shinkansen", "jr-sanyo-shinkansen",
]


def test_every_data_file_validates():
    net = load_uncached()  # raises DataError naming file/row/column on the first problem
    assert len(net.stations) >= 350
    assert set(REQUIRED_LINES) <= set(net.lines)


def test_every_file_names_its_source(net):
    for name, provenance in net.sources.items():
        assert provenance["source"] and provenance["as_of"] and provenance["licence"], name


def test_line_ends_and_lengths(net):
    # published totals: Osaka Loop 21.7 km, Sakurai Line 29.4 km, Kosei Line 74.1 km, Maibara-Kobe 143.6 km
    assert net.lines["jr-osaka-loop"].length10 == 217
    assert net.lines["jr-sakurai"].length10 == 294
    assert net.lines["jr-kosei"].length10 == 741
    assert net.lines["jr-tokaido"].length10 == 1436


def test_every_station_is_on_a_line_and_served(net):
    on_lines = {s for line in net.lines.values() for s in line.stations()}
    assert on_lines == set(net.stations)
    assert all(net.graph.out_degree(s) > 0 for s in net.stations)


def test_edges_carry_the_attributes_fares_need(net):
    for _, _, data in list(net.graph.edges(data=True))[:50]:
        for key in ("operator", "line", "statutory_line", "service", "train_type", "km", "fare_km", "minutes"):
            assert key in data


@pytest.mark.parametrize("query", ["Shin-Osaka", "shinosaka", "SHIN OSAKA", "新大阪", "しんおおさか", "JR-A46"])
def test_lookup_by_any_name(net, query):
    assert find_place(net, query).stations == ("jr-shin-osaka",)


def test_lookup_romaji_without_macrons(net):
    assert find_place(net, "Shin-Ōsaka").stations == ("jr-shin-osaka",)


def test_unknown_station_suggests_nearest_names(net):
    with pytest.raises(UnknownStationError) as err:
        find_place(net, "Himej")
    assert "Himeji" in err.value.suggestions
    assert str(err.value).startswith("unknown station 'Himej'; did you mean 'Himeji'")


def test_search_stations(net):
    assert "jr-sannomiya" in search_stations(net, "sannomiya")
