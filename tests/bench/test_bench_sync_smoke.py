"""``fuyuan bench sync`` runs end to end at a tiny size and writes the JSON the design promises."""

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


@pytest.mark.postgres
@pytest.mark.slow
def test_bench_sync_quick(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(PYTHONPATH=SOURCE, PYTHONIOENCODING="utf-8")
    out = tmp_path / "sync.json"
    done = subprocess.run([sys.executable, "-m", "fuyuan_desktop.cli", "bench", "sync", "--size", "400", "--quick",
                           "--json", str(out)], capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path,
                          timeout=300, check=False)
    assert done.returncode in (0, 1), done.stderr  # 1: a target missed on this machine, not this test's business
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    names = [r["name"] for r in results]
    assert any("export" in n for n in names) and any("import" in n for n in names)
    assert any("PostgreSQL" in n for n in names) and any("peak memory" in n for n in names)
    for result in results:
        assert set(result) >= FIELDS
        if "skipped" not in result.get("note", ""):
            assert result["value"] > 0 and result["baseline_value"] > 0
    pg = next(r for r in results if "PostgreSQL" in r["name"])
    assert pg["baseline"].startswith("psycopg COPY")  # the raw limit the hub itself uses, not executemany
    if "skipped" not in pg["note"]:
        assert pg["repeats"] == 2 and pg["spread"]["base_wall_min"] <= pg["spread"]["base_wall_median"]
        assert "executemany" in pg["note"]
