"""``fuyuan reference show|set|import|export`` as real subprocesses on a fresh install, on the laptop and with
``--hub`` on the intermediate court's regional set."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_cli import Fuyuan


@pytest.mark.slow
def test_show_set_export_import_on_a_fresh_install_and_at_the_hub(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    shown = {row["key"]: row for row in fuyuan.json("reference", "show")}
    assert (shown["linkage.cluster.min_cases"]["value"], shown["linkage.cluster.min_cases"]["inferred"]) == ("10", True)
    human = fuyuan("reference", "show", "类案预警阈值")
    assert human.returncode == 0 and "类案预警阈值" in human.stdout and "推定" in human.stdout

    bad = fuyuan("reference", "set", "类案预警阈值", "1")
    assert bad.returncode == 2 and "类案预警阈值：1件 超出允许范围 2–1000件" in bad.stderr
    unknown = fuyuan("reference", "set", "阈值", "3")
    assert unknown.returncode == 2 and "`fuyuan reference show`" in unknown.stderr
    done = fuyuan("reference", "set", "类案预警阈值", "8", "--note", "松中院通知")
    assert done.returncode == 0 and "类案预警阈值 10 → 8" in done.stdout

    sheet = tmp_path / "参考数据.csv"
    assert fuyuan.json("reference", "export", "--out", str(sheet))["rows"] == len(shown)
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][2], rows[2][2] = "7", "一年"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    refused = fuyuan("reference", "import", str(sheet))
    assert refused.returncode == 2 and "第 3 行「值」列：类案预警时间窗「一年」不是整数" in refused.stderr
    assert fuyuan.json("reference", "show", "linkage.cluster.min_cases")[0]["value"] == "8"  # nothing half-done

    assert fuyuan("hub", "init").returncode == 0
    at_hub = fuyuan("reference", "set", "linkage.cluster.min_cases", "9", "--hub")
    assert at_hub.returncode == 0 and "中院" in at_hub.stdout and "10 → 9" in at_hub.stdout
    assert fuyuan.json("reference", "show", "linkage.cluster.min_cases", "--hub")[0]["value"] == "9"
    assert fuyuan.json("reference", "show", "linkage.cluster.min_cases")[0]["value"] == "8"  # the laptop's own
