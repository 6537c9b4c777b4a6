"""CLI for the main job: solve, rank, passes — output shape and one-line errors."""

import json
from pathlib import Path

from click.testing import CliRunner

from railopt.cli import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_solve_example_json_totals_add_up():
    r = run("solve", str(EXAMPLES / "osaka-day-trips.toml"), "--format", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.output)
    assert d["status"] == "OPTIMAL"
    assert d["total_yen"] == sum(p["price_yen"] for p in d["purchases"]) + sum(leg["cost_yen"] for leg in d["legs"])
    assert d["savings_yen"] == d["baseline_yen"] - d["total_yen"] >= 0
    assert sum(day["cost_yen"] for day in d["days"]) == sum(leg["cost_yen"] for leg in d["legs"])


def test_every_example_solves():
    for path in sorted(EXAMPLES.glob("*.toml")):
        r = run("solve", str(path), "--format", "csv")
        assert r.exit_code == 0, (path, r.output)
        assert r.output.splitlines()[0] == "day,date,from,to,times,minutes,route,paid_by,cost_yen"


def test_solve_reports_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "trip.toml"
    bad.write_text('start = 2026-05-12\n[[day]]\nlegs = ["Kyoto => Nara"]\n')
    r = run("solve", str(bad))
    assert r.exit_code == 1
    assert r.output == f"Error: {bad}, line 3, key day[0].legs[0]: 'Kyoto => Nara' is not \"A -> B\"\n"


def test_passes_json_fields_and_eligibility():
    r = run("passes", "--date", "2026-05-12", "--eligible-for", "resident", "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    kap = [x for x in rows if x["id"] == "jr-kansai-area-pass" and x["variant"] == "2-day"][0]
    assert {"id", "name", "variant", "days", "adult_yen", "child_yen", "price_per_day_yen", "valid_from", "valid_to",
            "eligible", "source"} <= set(kap)
    assert (kap["adult_yen"], kap["price_per_day_yen"], kap["eligible"]) == (4800, 2400, False)


def test_passes_show_explains_coverage_and_terms():
    r = run("passes", "show", "japan-rail-pass")
    assert r.exit_code == 0, r.output
    assert "nozomi" in r.output and "10% fee" in r.output and "3 months" in r.output


def test_passes_show_unknown_product_suggests():
    r = run("passes", "show", "jr-kansai-pass")
    assert r.exit_code == 1
    assert "unknown product 'jr-kansai-pass'; did you mean" in r.output


def test_rank_json_lists_products():
    r = run("rank", str(EXAMPLES / "osaka-day-trips.toml"), "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    savings = [row["net_saving_yen"] for row in rows]
    assert savings == sorted(savings, reverse=True) and len(rows) > 5
    # a product in the best plan saves money; one outside it needs its break-even of extra travel
    assert all(row["net_saving_yen"] >= 0 for row in rows if row["in_best_plan"])
    assert all(row["break_even_yen"] == max(0, -row["net_saving_yen"]) for row in rows)
