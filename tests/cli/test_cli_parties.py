"""``fuyuan case guardian|agent|parties`` and ``agreement finalize --signed-on``: the CLI refuses what the
GUI refuses (the same service), naming the party and the rule, and exits 2 with nothing saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_id_number
from test_cli import Fuyuan


@pytest.mark.slow
def test_a_minor_and_a_general_agent_are_refused_until_guardian_and_special_authority(tmp_path: Path) -> None:
    fuyuan = Fuyuan(tmp_path / "data")
    intake = tmp_path / "in.json"
    intake.write_text(json.dumps({
        "category": "邻里纠纷", "summary": "孩子踢球打碎窗玻璃", "place": "伯都村",
        "parties": [
            {"role": "申请人", "kind": "person", "name": "王小明", "id_number": make_id_number(21, birth="20150301"),
             "address": "松原市宁江区伯都村"},
            {"role": "被申请人", "kind": "person", "name": "李四", "id_number": make_id_number(2),
             "address": "松原市宁江区伯都村"},
            {"role": "代理人", "kind": "person", "name": "冼律师", "represents": 1, "authority": "一般授权"},
        ]}, ensure_ascii=False), encoding="utf-8")
    number = fuyuan.json("case", "intake", "--from", str(intake))["number"]
    assert fuyuan("mediator", "add", "王秀兰", "--role", "特邀调解员").returncode == 0
    assert fuyuan("case", "assign", number, "--mediator", "王秀兰", "--accepted-on", "2026-01-05").returncode == 0
    draft = tmp_path / "a.json"
    draft.write_text(json.dumps({"kind": "invited", "facts": "踢球打碎窗玻璃", "clauses": [
        {"obligor": "李四", "text": "赔偿玻璃款", "amount": "300", "performance_method": "现金",
         "deadline": "2099-12-30"}]}, ensure_ascii=False), encoding="utf-8")
    agreement = fuyuan.json("agreement", "draft", number, "--from", str(draft))["id"]

    refused = fuyuan("agreement", "finalize", agreement)
    assert refused.returncode == 2
    assert "申请人「王小明」" in refused.stderr + refused.stdout and "法定代理人" in refused.stderr + refused.stdout
    assert "仅有一般授权" in refused.stderr + refused.stdout
    shown = fuyuan("case", "parties", number)
    assert "✗" in shown.stdout and "一般授权" in shown.stdout

    guardian = fuyuan("case", "guardian", number, "--party", "王小明", "--name", "王大明", "--relation", "父亲",
                      "--id-number", make_id_number(31, birth="19800101"))
    assert guardian.returncode == 0, guardian.stderr
    agent = fuyuan("case", "agent", number, "--agent", "冼律师", "--authority", "特别授权",
                   "--power", "进行和解", "--power", "签署调解协议")
    assert agent.returncode == 0, agent.stderr
    final = fuyuan("agreement", "finalize", agreement, "--signed-on", "2026-01-20")
    assert final.returncode == 0, final.stderr
    assert "✗" not in fuyuan("case", "parties", number, "--on", "2026-01-20").stdout
