"""``fuyuan case confirmation show|apply|ruling`` and ``case show``: the 司法确认 period, refusal after it or for
an excluded clause type (exit 2, nothing saved), and the application tracked to its ruling — real subprocesses."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import make_id_number
from test_cli import Fuyuan

from fuyuan_desktop.domain.court_time import court_today


def _case(fuyuan: Fuyuan, tmp_path: Path, name: str, *, signed_ago: int, kinds: tuple[str, ...] = ("给付金钱",),
          seq: int = 1) -> str:
    intake = tmp_path / f"{name}.json"
    intake.write_text(json.dumps({
        "category": "邻里纠纷", "summary": "院墙之争", "place": "伯都村",
        "parties": [
            {"role": "申请人", "kind": "person", "name": f"张{name}", "id_number": make_id_number(seq),
             "address": "松原市宁江区伯都村1号"},
            {"role": "被申请人", "kind": "person", "name": f"李{name}", "id_number": make_id_number(seq + 1),
             "address": "松原市宁江区伯都村2号"},
        ]}, ensure_ascii=False), encoding="utf-8")
    number = str(fuyuan.json("case", "intake", "--from", str(intake))["number"])
    draft = tmp_path / f"{name}-a.json"
    clauses = [{"obligor": f"李{name}", "text": "赔偿修缮费" if kind == "给付金钱" else "确认院墙归张某所有",
                "amount": "300" if kind == "给付金钱" else None, "performance_method": "现金",
                "deadline": "2099-12-30", "type": kind} for kind in kinds]
    draft.write_text(json.dumps({"kind": "invited", "facts": "院墙之争", "clauses": clauses}, ensure_ascii=False),
                     encoding="utf-8")
    agreement = fuyuan.json("agreement", "draft", number, "--from", str(draft))["id"]
    signed = (court_today() - timedelta(days=signed_ago)).isoformat()
    done = fuyuan("agreement", "finalize", agreement, "--signed-on", signed)
    assert done.returncode == 0, done.stderr
    return number


@pytest.mark.slow
def test_apply_rule_and_show_round_trip(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    number = _case(fuyuan, tmp_path, "甲", signed_ago=2)
    today = court_today().isoformat()
    shown = fuyuan("case", "confirmation", "show", number)
    assert shown.returncode == 0, shown.stderr
    assert "司法确认申请期限" in shown.stdout and "尚未登记司法确认申请" in shown.stdout

    bad = fuyuan("case", "confirmation", "ruling", number, "确认有效")
    assert bad.returncode == 2 and "没有待裁定" in bad.stderr
    applied = fuyuan("case", "confirmation", "apply", number, "--on", today)
    assert applied.returncode == 0, applied.stderr
    assert f"{today} 申请，待裁定" in applied.stdout
    again = fuyuan("case", "confirmation", "apply", number)
    assert again.returncode == 2 and "不能重复登记" in again.stderr
    no_number = fuyuan("case", "confirmation", "ruling", number, "确认有效")
    assert no_number.returncode == 2 and "--number 法院案号" in no_number.stderr
    ruled = fuyuan("case", "confirmation", "ruling", number, "确认有效", "--on", today,
                   "--number", "（2026）吉0702民特15号")
    assert ruled.returncode == 0, ruled.stderr

    state = fuyuan.json("case", "confirmation", "show", number)
    assert state["agreement_version"] == 1 and state["state"] == "applied"
    [application] = state["applications"]
    assert (application["applied_on"], application["ruling"], application["court_number"]) == (
        today, "confirmed", "（2026）吉0702民特15号")
    case = fuyuan("case", "show", number)
    assert case.returncode == 0, case.stderr
    assert f"司法确认：第 1 版协议已于 {today} 申请（申请期限" in case.stdout
    assert f"司法确认申请：第 1 版协议，{today} 申请，案号 （2026）吉0702民特15号" in case.stdout
    assert "裁定确认有效" in case.stdout


@pytest.mark.slow
def test_refused_after_the_period_and_for_an_excluded_clause_type(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    late = _case(fuyuan, tmp_path, "乙", signed_ago=45)
    refused = fuyuan("case", "confirmation", "apply", late)
    assert refused.returncode == 2
    assert "届满，不能再申请司法确认" in refused.stderr
    printed = fuyuan("print", "confirmation_application", late, "--out", str(tmp_path / "late.pdf"))
    assert printed.returncode == 2 and "届满" in printed.stderr and not (tmp_path / "late.pdf").exists()
    assert "已届满" in fuyuan("case", "show", late).stdout

    title = _case(fuyuan, tmp_path, "丙", signed_ago=1, kinds=("给付金钱", "确认物权"), seq=3)
    refused = fuyuan("case", "confirmation", "apply", title)
    assert refused.returncode == 2
    assert "第2条为“确认物权”条款" in refused.stderr and "物权确权" in refused.stderr
    assert fuyuan.json("case", "confirmation", "show", title)["applications"] == []
    assert "不能申请：" in fuyuan("case", "confirmation", "show", title).stdout
