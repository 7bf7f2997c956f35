"""``fuyuan bench linkage`` end to end on a tiny store: the JSON the design promises, and the figures agree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# the checkout under test, not the copy the venv may have installed (the bench runs from a temporary folder)
SOURCE = str(Path(__file__).resolve().parents[2])

FIELDS = {"name", "unit", "value", "baseline", "baseline_value", "ratio", "target", "ok"}


@pytest.mark.slow
def test_linkage_bench_writes_both_figures(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(PYTHONPATH=SOURCE, PYTHONIOENCODING="utf-8")
    out = tmp_path / "linkage.json"
    done = subprocess.run([sys.executable, "-m", "fuyuan_desktop.cli", "bench", "linkage", "--size", "300", "--quick",
                           "--json", str(out)], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=300, check=False)
    assert done.returncode in (0, 1), done.stderr  # 1: a target missed on this machine, not this test's business
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["name"] for r in results] == ["linkage.stats_300", "linkage.white_paper_300"]
    for result in results:
        assert result.keys() >= FIELDS and result["value"] > 0 and result["baseline_value"] > 0
    assert results[0]["target"] == 2.0 and results[0]["note"] == "same figures"
