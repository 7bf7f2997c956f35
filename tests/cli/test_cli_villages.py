"""``fuyuan linkage village`` with 达标 judged against the criteria and the 人工认定 with its reason, as the real
command (hand-computed: tests/services/test_village_criteria.py)."""

from __future__ import annotations

import pytest
from test_cli import Fuyuan, fuyuan  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow  # real processes, each a CLI start (≥ 1.5 s)


@pytest.mark.slow
def test_village_sheet_shows_the_judgement_and_the_override(fuyuan: Fuyuan) -> None:  # noqa: F811
    assert fuyuan("linkage", "village", "add", "伯都村", "--population", "1500", "--cycle-start", "2024").returncode == 0
    plain = fuyuan("linkage", "village", "add", "永青村", "--population", "900", "--cycle-start", "2024",
                   "--status", "已达标", "--achieved-on", "2025-12-20")
    assert plain.returncode == 2 and "人工认定理由" in plain.stderr
    assert fuyuan("linkage", "village", "add", "永青村", "--population", "900", "--cycle-start", "2024").returncode == 0
    assert fuyuan("linkage", "village", "year", "伯都村", "2025", "--lawsuits", "0").returncode == 0
    assert fuyuan("linkage", "village", "year", "永青村", "2025", "--lawsuits", "2", "--petitions", "1").returncode == 0

    rows = {r["name"]: r for r in fuyuan.json("linkage", "village", "sheet", "--year", "2025", "--court", "吉0702")}
    assert (rows["伯都村"]["judged"], rows["永青村"]["judged"]) == ("达标", "未达标")
    assert rows["永青村"]["unmet"] == ["新收诉讼 2 件，超过 0 件", "信访 1 件，超过 0 件"]

    refused = fuyuan("linkage", "village", "status", "永青村", "已达标", "--on", "2026-01-10")
    assert refused.returncode == 2 and "均未按达标标准判定达标" in refused.stderr
    assert fuyuan("linkage", "village", "status", "伯都村", "已达标", "--on", "2026-01-10").returncode == 0
    no_reason = fuyuan("linkage", "village", "override", "永青村", "2025", "达标")
    assert no_reason.returncode == 2 and "人工认定理由" in no_reason.stderr
    done = fuyuan("linkage", "village", "override", "永青村", "2025", "达标", "--reason", "两件诉讼均系外村人员提起")
    assert done.returncode == 0, done.stderr
    sheet = fuyuan("linkage", "village", "sheet", "--year", "2025")
    assert "永青村人工认定：达标，理由：两件诉讼均系外村人员提起" in sheet.stdout
    assert "2025年按标准" in sheet.stdout
    line = next(row for row in sheet.stdout.splitlines() if row.startswith("永青村"))
    assert "未达标" in line and line.rstrip().endswith("达标")
    assert fuyuan("audit", "verify").returncode == 0  # the override went through the audited unit of work
