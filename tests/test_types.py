"""The library type-checks (STYLE.md: type hints everywhere, checked in the test command)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest



def test_mypy_passes_on_the_library():
    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed (it comes with the test extras)")
    source = Path(__file__).resolve().parent.parent / "railopt"  # the checkout's source, not site-packages
    if not source.is_dir():
        pytest.skip("the railopt source tree is not next to the tests")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports", "--python-version", "3.11", "railopt"],
                          capture_output=True, text=True, cwd=source.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr
