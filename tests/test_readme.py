"""The README's tour: every command it shows runs and exits 0 (run from the repository root)."""

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from railopt.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def tour_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A short tour\n+```sh\n(.*?)```", text, re.S)
    assert block, "README.md has no '## A short tour' shell block"
    lines = [line.split("  #")[0].strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line.startswith("railopt ")]


def test_the_tour_shows_every_command():
    shown = {shlex.split(c)[1] for c in tour_commands()}
    assert {"solve", "rank", "passes", "fare", "route", "stations", "network"} <= shown


@pytest.mark.parametrize("command", tour_commands())
def test_tour_command_runs(command, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, shlex.split(command)[1:])
    assert result.exit_code == 0, f"{command}\n{result.output}"
    assert result.output.strip()
