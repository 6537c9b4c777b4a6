"""The data-table reader: provenance headers, typed columns, and errors that name file, row and column."""

from pathlib import Path

import pytest

from railopt.errors import DataError
from railopt.network.load import load_uncached
from railopt.tables import Column, Schema, read_table

SCHEMA = Schema("t", header=(Column("id"),), columns=(Column("station"), Column("km", "float"), Column("note", required=False)))
HEADER = "# source: test\n# as_of: 2026-11-21\n# licence: CC0\n# id: x\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_header_and_typed_rows(tmp_path):
    table = read_table(write(tmp_path, HEADER + "station,km,note\na,1.5,\nb,2.0,x\n"), SCHEMA)
    assert table.meta["id"] == "x"
    assert table.rows == [{"station": "a", "km": 1.5, "note": None}, {"station": "b", "km": 2.0, "note": "x"}]
    assert table.lines == [6, 7]


def test_missing_source_is_an_error(tmp_path):
    with pytest.raises(DataError, match="no '# source:' line"):
        read_table(write(tmp_path, "# as_of: 2026-11-21\n# licence: x\n# id: x\nstation,km,note\n"), SCHEMA)


def test_bad_number_names_row_and_column(tmp_path):
    with pytest.raises(DataError, match=r"t\.csv, row 7, column 'km': 'two' is not a valid float"):
        read_table(write(tmp_path, HEADER + "station,km,note\na,1.5,\nb,two,\n"), SCHEMA)


def test_blank_required_cell(tmp_path):
    with pytest.raises(DataError, match="row 6, column 'station': is blank"):
        read_table(write(tmp_path, HEADER + "station,km,note\n,1.5,\n"), SCHEMA)


def test_missing_column(tmp_path):
    with pytest.raises(DataError, match="missing column"):
        read_table(write(tmp_path, HEADER + "station,note\na,\n"), SCHEMA)


def _copy_fixture(tmp_path: Path) -> Path:
    src = Path(__file__).parent / "fixtures" / "mini"
    dst = tmp_path / "mini"
    for p in src.rglob("*.csv"):
        target = dst / p.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    return dst


def test_fixture_network_loads_and_interpolates_minutes(tmp_path):
    net = load_uncached(_copy_fixture(tmp_path))
    local = next(s for s in net.services if s.id == "local")
    # Beta is 4.3 of 10.0 km along a 10-minute run: minutes interpolated by km
    assert local.stops[1] == ("jr-beta", 4.3)
    assert net.graph.number_of_edges() == 6


def test_km_must_increase(tmp_path):
    folder = _copy_fixture(tmp_path)
    line = folder / "lines" / "jr-test.csv"
    line.write_text(line.read_text(encoding="utf-8").replace("jr-gamma,10.0", "jr-gamma,4.0"), encoding="utf-8")
    with pytest.raises(DataError, match=r"jr-test\.csv, row 13, column 'km': km 4\.0 does not increase"):
        load_uncached(folder)


def test_unknown_station_on_a_line(tmp_path):
    folder = _copy_fixture(tmp_path)
    line = folder / "lines" / "jr-test.csv"
    line.write_text(line.read_text(encoding="utf-8").replace("jr-gamma,10.0", "jr-delta,10.0"), encoding="utf-8")
    with pytest.raises(DataError, match="unknown station 'jr-delta'"):
        load_uncached(folder)


def test_service_stop_off_its_line(tmp_path):
    folder = _copy_fixture(tmp_path)
    (folder / "stations.csv").write_text((folder / "stations.csv").read_text(encoding="utf-8") + "jr-delta,Delta,丁,てい,35.0,135.3,,,\n", encoding="utf-8")
    services = folder / "services" / "jr-test.csv"
    services.write_text(services.read_text(encoding="utf-8").replace("rapid,rapid,Rapid,jr-gamma,8,", "rapid,rapid,Rapid,jr-delta,8,"), encoding="utf-8")
    with pytest.raises(DataError, match="station 'jr-delta' is not on line jr-test"):
        load_uncached(folder)


def test_duplicate_station_id(tmp_path):
    folder = _copy_fixture(tmp_path)
    (folder / "stations.csv").write_text((folder / "stations.csv").read_text(encoding="utf-8") + "jr-alpha,Alpha2,甲,こう,35.0,135.0,,,\n", encoding="utf-8")
    with pytest.raises(DataError, match="duplicate station id 'jr-alpha'"):
        load_uncached(folder)
