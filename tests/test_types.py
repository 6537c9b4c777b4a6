"""The library type-checks (STYLE.md: type hints everywhere, checked in the test command)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import railopt


def test_mypy_passes_on_the_library():
    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed (it comes with the test extras)")
    package = Path(railopt.__file__).parent
    proc = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports", "--python-version", "3.11", str(package)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
