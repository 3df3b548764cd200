"""The code passes the project's linter and formatter (ruff, configured in pyproject.toml).

Unused imports, shadowed names and unused loop variables are the small defects a review
misses and a reader trips over; ruff finds them in well under a second, so CI keeps the
tree clean rather than a reviewer. One format everywhere keeps diffs about behaviour.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    ruff = pytest.importorskip("ruff", reason="ruff comes with the test extras (pip install -e '.[test]')")
    del ruff  # only its presence matters: the module runs as `python -m ruff`
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "streams", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_ruff_finds_nothing():
    done = _ruff("check", "--output-format", "concise")
    assert done.returncode == 0, done.stdout + done.stderr


def test_code_is_ruff_formatted():
    done = _ruff("format", "--check")
    assert done.returncode == 0, "run `ruff format streams tests bench`:\n" + done.stdout + done.stderr
