"""The command line: output formats, exact error lines and exit codes."""

import json
import subprocess
import sys

from click.testing import CliRunner

from railopt.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_fare_json_has_the_documented_keys():
    result = run("fare", "Kyoto", "Osaka", "--date", "2025-03-01", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total_yen"] == 580  # https://kansai-sanpo.com/?p=156753
    assert set(data["components"]) == {"base", "express", "green", "other"}
    assert {"operator", "line", "service", "from", "to", "km"} <= set(data["route"][0])
    assert data["operating_km"] == 42.8 and data["rules"]


def test_fare_table_output():
    result = run("fare", "Kyoto", "Himeji", "--date", "2026-05-12")
    assert result.exit_code == 0
    assert "¥" in result.output and "Himeji" in result.output


def test_unknown_station_is_one_line_error():
    result = run("fare", "Kyoto", "Himej")
    assert result.exit_code == 1
    # the nearest names include the private railways' stations (Hanshin Himejima, Sanyo Himeji) since issue 3
    assert result.output == "Error: unknown station 'Himej'; did you mean 'Himeji', 'Himejima', 'Sanyo Himeji'? (try `railopt stations Himej`)\n"


def test_date_outside_every_table():
    result = run("fare", "Kyoto", "Osaka", "--date", "2018-01-01")
    assert result.exit_code == 1
    assert result.output == "Error: no trunk table is in force on 2018-01-01 (railopt has: 2019-10-01 to now)\n"


def test_bad_date_format_via_console_script():
    # the installed entry point prints usage errors as one line too
    proc = subprocess.run([sys.executable, "-m", "railopt.cli", "fare", "Kyoto", "Osaka", "--date", "12/05/2026"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "Error: Invalid value for --date: '12/05/2026' is not a date; write it as YYYY-MM-DD, e.g. 2026-05-12"]


def test_unknown_train_name():
    result = run("fare", "Kyoto", "Osaka", "--train", "bullet")
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown train 'bullet'")


def test_route_lists_alternatives():
    result = run("route", "Kyoto", "Himeji", "--date", "2026-05-12", "-k", "2", "--format", "json")
    assert result.exit_code == 0
    options = json.loads(result.output)
    assert len(options) == 2
    assert {o["route"][0]["train_type"] for o in options} != {options[0]["route"][0]["train_type"]} or len({o["total_yen"] for o in options}) == 2


def test_network_check_and_stats():
    assert run("network", "check").exit_code == 0
    stats = run("network", "stats")
    assert stats.exit_code == 0 and "JR West: 396 stations" in stats.output


def test_stations_search():
    result = run("stations", "新大阪")
    assert result.exit_code == 0 and "Shin-Osaka" in result.output
