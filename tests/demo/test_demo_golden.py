"""The demo pinned: the same seed on the same day writes the same rows and prints the same agreements, byte for byte.

The golden file was recorded with the demo as it was before it moved into its own package (services/demo.py and
services/linkage/demo_rows.py), and checked against that code; the package must keep producing it. Ids made
by uuid7 (the store's own rows, the 府院联动 ledgers, printed documents) are drawn from a counter here, so every
table can be compared. Regenerate only when the demo is meant to change:
FUYUAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/demo/test_demo_golden.py — and say why in the commit.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
import uuid6
from sqlalchemy import text

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.bulk_intake import TABLES
from fuyuan_desktop.services.documents import PRINTERS
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

GOLDEN = Path(__file__).parent / "golden" / "demo_seed7.json"
TODAY = date(2026, 6, 15)
WALL_CLOCK_COLUMNS = {"hlc", "created_at", "updated_at"}


def _table_hashes(ctx: Workspace, pinned: dict[str, list[str]] | None) -> dict[str, dict[str, object]]:
    """Per table the demo writes: its columns (but the wall-clock ones), the row count and a hash of the rows.

    With ``pinned`` (the golden file's columns) only those columns count, so a column added to a table later,
    holding its default, leaves the demo's rows as they were.
    """
    out: dict[str, dict[str, object]] = {}
    with ctx.db.engine.connect() as conn:
        for table in [*TABLES, "counter"]:
            present = [str(r[1]) for r in conn.execute(text(f"PRAGMA table_info('{table}')"))]
            columns = [c for c in present if c not in WALL_CLOCK_COLUMNS]
            if pinned is not None and table in pinned:
                columns = [c for c in pinned[table] if c in present]
            keep = ", ".join(f'"{c}"' for c in columns)
            rows = sorted(
                json.dumps(list(r), ensure_ascii=False, default=str)
                for r in conn.execute(text(f'SELECT {keep} FROM "{table}"'))
            )
            out[table] = {
                "columns": columns,
                "rows": len(rows),
                "sha256": hashlib.sha256("\n".join(rows).encode()).hexdigest(),
            }
    return out


def test_same_seed_same_day_same_rows_and_papers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counter = itertools.count(1)
    monkeypatch.setattr(uuid6, "uuid7", lambda: uuid.UUID(int=(0x0190_0000_0000_7000_8000 << 48) | next(counter)))
    ctx = initialize(DataPaths(tmp_path / "store"))
    ctx.today = lambda: TODAY
    summaries = [generate_demo(ctx, disputes=120, seed=7), generate_demo(ctx, disputes=40, seed=8)]
    with ctx.db.engine.connect() as conn:
        numbers = [
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT d.provisional_number FROM agreement a JOIN dispute d ON d.id = a.dispute_id "
                    "WHERE a.status = 'final' ORDER BY d.registered_on, d.provisional_number LIMIT 3"
                )
            )
        ]
    update = os.environ.get("FUYUAN_UPDATE_GOLDEN") == "1"
    pinned = None if update else {t: v["columns"] for t, v in json.loads(GOLDEN.read_text("utf-8"))["tables"].items()}
    tables = _table_hashes(ctx, pinned)
    printed: dict[str, dict[str, str]] = {}
    for number in numbers:
        out = tmp_path / f"{number}.pdf"
        doc = PRINTERS["agreement"](ctx, number, version=None, out=out)
        printed[number] = {
            "verification_code": doc.verification_code,
            "pdf_sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        }
    ctx.db.engine.dispose()
    actual = {"summaries": [repr(s) for s in summaries], "tables": tables, "printed": printed}
    if update:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual["summaries"] == expected["summaries"]
    changed = sorted(t for t in expected["tables"] if tables.get(t) != expected["tables"][t])
    assert not changed, f"the demo now writes other rows in: {', '.join(changed)}"
    assert sorted(printed) == sorted(expected["printed"])
    for number, paper in expected["printed"].items():
        assert printed[number]["verification_code"] == paper["verification_code"], number
        if sys.platform != "win32":  # Windows prints with its own 仿宋/宋体 (fonts.json), so other bytes
            assert printed[number]["pdf_sha256"] == paper["pdf_sha256"], (
                f"{number}: the printed agreement is no longer the same PDF (or reportlab or the bundled fonts changed)"
            )
