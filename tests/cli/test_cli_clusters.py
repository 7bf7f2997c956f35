"""``fuyuan report warnings`` groups similar cases by 案由 at the level ``fuyuan reference set`` chooses, and
``fuyuan linkage recommendation cluster --cause`` drafts from such a cluster: real subprocesses on a fresh store."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import make_id_number
from test_cli import Fuyuan


def _intake(fuyuan: Fuyuan, tmp_path: Path, n: int, cause: str) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({
        "cause": cause, "summary": "土地流转费拖欠", "claims": "支付流转费", "place": "伯都乡",
        "registered_on": (date.today() - timedelta(days=30 + n)).isoformat(),
        "parties": [
            {"role": "申请人", "kind": "person", "name": f"农户{n}", "id_number": make_id_number(100 + n)},
            {"role": "被申请人", "kind": "person", "name": f"承包方{n}", "id_number": make_id_number(200 + n)},
        ],
    }, ensure_ascii=False), encoding="utf-8")
    done = fuyuan("case", "intake", "--from", str(path))
    assert done.returncode == 0, done.stderr


def _clusters(fuyuan: Fuyuan) -> list[dict[str, str]]:
    return [w["ref"] for w in fuyuan.json("report", "warnings") if w["kind"] == "cluster"]


@pytest.mark.slow
def test_warnings_by_cause_level_set_on_the_command_line_and_a_draft_from_the_cluster(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    assert fuyuan("init").returncode == 0
    for n in range(9):
        _intake(fuyuan, tmp_path, n, "土地经营权出租合同纠纷" if n % 2 else "土地承包经营权转让合同纠纷")
    assert _clusters(fuyuan) == []  # nine
    _intake(fuyuan, tmp_path, 9, "4.10.135.5")

    human = fuyuan("report", "warnings")
    assert human.returncode == 0, human.stderr
    assert "【类案预警】伯都乡近12个月发生土地承包经营权合同纠纷10件" in human.stdout
    assert [(r["category"], r["category_label"], r["count"]) for r in _clusters(fuyuan)] == [
        ("civil_2020:4.10.135", "土地承包经营权合同纠纷", "10")]

    shown = fuyuan.json("reference", "show", "类案预警案由级别")
    assert (shown[0]["value"], shown[0]["inferred"]) == ("3", True)
    changed = fuyuan("reference", "set", "类案预警案由级别", "4")
    assert changed.returncode == 0 and "类案预警案由级别 3 → 4" in changed.stdout
    assert _clusters(fuyuan) == []  # five and five under two fourth-level 案由
    refused = fuyuan("reference", "set", "类案预警案由级别", "0")
    assert refused.returncode == 2 and "超出允许范围 1–4级" in refused.stderr
    assert fuyuan("reference", "set", "类案预警案由级别", "3").returncode == 0

    # a fourth-level name finds its third-level cluster
    drafted = fuyuan("linkage", "recommendation", "cluster", "--cause", "土地经营权出租合同纠纷", "--key", "伯都乡",
                     "--recipient", "宁江区伯都乡人民政府")
    assert drafted.returncode == 0, drafted.stderr
    assert "已按类案起草司法建议书草稿（预防和化解伯都乡土地承包经营权合同纠纷）" in drafted.stdout
    assert [r["drafted"] for r in _clusters(fuyuan)] == ["1"]
    wrong = fuyuan("linkage", "recommendation", "cluster", "--cause", "买卖合同纠纷", "--key", "伯都乡",
                   "--recipient", "宁江区伯都乡人民政府")
    assert wrong.returncode != 0 and "买卖合同纠纷未达到类案预警标准" in wrong.stderr
