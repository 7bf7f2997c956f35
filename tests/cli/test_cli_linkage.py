"""``fuyuan report``, ``fuyuan export`` and ``fuyuan linkage`` as real subprocesses on a demo store."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_cli import Fuyuan


@pytest.fixture(scope="module")
def fuyuan(tmp_path_factory: pytest.TempPathFactory) -> Fuyuan:
    root = tmp_path_factory.mktemp("cli_linkage") / "data"
    done = Fuyuan(root)("demo", "--disputes", "400")  # the demo workspace: every court's linkage records
    assert done.returncode == 0, done.stderr
    return Fuyuan(root / "demo")  # what the global --demo flag points at


@pytest.mark.slow
def test_report_warnings_and_stats(fuyuan: Fuyuan) -> None:
    warnings = fuyuan.json("report", "warnings")
    # the demo's clusters (伯都乡 land transfer …) are answered by its issued 司法建议, so none warns any more
    # (tests/services/test_reference_settings.py and the sync test check that clusters do warn)
    assert all(w["kind"] != "cluster" or w["ref"]["key"] != "伯都乡" for w in warnings) and warnings
    human = fuyuan("report", "warnings")
    assert human.returncode == 0 and "【" in human.stdout
    stats = fuyuan.json("report", "stats")
    assert stats["headline"]["villages_achieved"] == 66 and stats["headline"]["recommendations_issued"] == 7
    court = fuyuan.json("report", "stats", "--court", "吉0702", "--from", "2020-01-01")
    assert 0 < court["disputes"] < stats["disputes"]
    bad = fuyuan("report", "stats", "--court", "吉9999")
    assert bad.returncode == 2 and "找不到法院" in bad.stderr
    rates = fuyuan.json("report", "appearance", "--by", "year")
    assert rates["rates"] and all(r["rate"] == 1.0 for r in rates["rates"])


@pytest.mark.slow
def test_export_ledgers_and_white_paper(fuyuan: Fuyuan, tmp_path: Path) -> None:
    kinds = fuyuan.json("export", "ledger", "--list")
    assert {"admin", "hearings", "recommendations", "villages"} <= {k["kind"] for k in kinds}
    out = tmp_path / "villages.xlsx"
    done = fuyuan.json("export", "ledger", "villages", "--out", str(out))
    assert done["rows"] == 80 and load_workbook(out).active is not None
    missing = fuyuan("export", "ledger", "admin")
    assert missing.returncode == 2 and "--out" in missing.stderr
    pdf = tmp_path / "wp.pdf"
    paper = fuyuan.json("report", "white-paper", "--year", str(date.today().year), "--out", str(pdf))
    assert paper["pages"] >= 3 and pdf.stat().st_size == paper["size"]
    assert fuyuan("report", "white-paper", "--year", "1800", "--out", str(pdf)).returncode == 2


@pytest.mark.slow
def test_linkage_records_without_the_gui(fuyuan: Fuyuan) -> None:
    today = date.today()
    hearing = fuyuan.json("linkage", "hearing", "add", "（2026）吉0702行初999号", "--agency", "宁江区测试局",
                          "--on", (today - timedelta(days=1)).isoformat(),
                          "--notice-served", (today - timedelta(days=2)).isoformat())
    assert any("不足 3 日" in w for w in hearing["warnings"])
    done = fuyuan("linkage", "hearing", "appearance", hearing["id"], "无人出庭")
    assert done.returncode == 0 and "司法建议" in done.stdout
    training = fuyuan("linkage", "training", "add", "--on", today.isoformat(), "--orgs", "甲局、乙局", "--attendees", "9")
    assert training.returncode == 0, training.stderr
    meeting = fuyuan("linkage", "meeting", "add", "--on", today.isoformat(), "--title", "联席会议",
                     "--item", f"整改|甲局|{(today + timedelta(days=2)).isoformat()}")
    assert meeting.returncode == 0, meeting.stderr
    assert fuyuan("linkage", "meeting", "add", "--on", today.isoformat(), "--title", "x", "--item", "bad").returncode == 2
    relief = fuyuan.json("linkage", "relief", "apply", "（2026）吉0702民初1号", "--applicant", "王某",
                         "--on", today.isoformat())
    too_much = fuyuan("linkage", "relief", "decide", relief["id"], "--amount", "999999", "--on", today.isoformat())
    assert too_much.returncode == 2 and "超过上限" in too_much.stderr
    assert fuyuan("linkage", "project", "add", "新项目", "--risk", "中风险", "--on", today.isoformat(),
                  "--cases", "2").returncode == 0
    assert fuyuan("linkage", "village", "sheet").returncode == 0
