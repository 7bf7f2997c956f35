"""ruff and mypy run as part of the test command, so CI fails on lint or type errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "fuyuan_desktop", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    # strict on domain/ and services/ (pyproject overrides); the rest is checked at the default level
    result = _run("mypy", "fuyuan_desktop")
    assert result.returncode == 0, result.stdout + result.stderr
