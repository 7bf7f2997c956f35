"""Statistics by official 案由 at each level (issue 21 item 4), the case list filtered by a 案由 and its children.

Fixture, counted by hand from the 2020 civil catalogue (code parts = level):
  买卖合同纠纷 4.10.84 (三级) · 分期付款买卖合同纠纷 4.10.84.1 · 民间借贷纠纷 4.10.103.3 (under 借款合同纠纷)
  · 追索劳动报酬纠纷 6.17.186.5 (劳动争议、人事争议 / 劳动争议 / 劳动合同纠纷) · 行政处罚 (administrative 1.1, 二级)
  · one case whose 案由 was cleared (未定案由).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import cli_runner
import pytest
from conftest import intake_input, organization, person
from sqlmodel import col, select

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.cases import CaseFilter, list_cases
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute

CAUSES = ["买卖合同纠纷", "分期付款买卖合同纠纷", "民间借贷纠纷", "追索劳动报酬纠纷", "邻里纠纷"]

EXPECTED = {
    1: {"合同、准合同纠纷": 3, "劳动争议、人事争议": 1, "行政行为": 1, "未定案由": 1},
    2: {"合同纠纷": 3, "劳动争议": 1, "行政处罚": 1, "未定案由": 1},
    3: {"买卖合同纠纷": 2, "借款合同纠纷": 1, "劳动合同纠纷": 1, "行政处罚（二级）": 1, "未定案由": 1},
    4: {"买卖合同纠纷（三级）": 1, "分期付款买卖合同纠纷": 1, "民间借贷纠纷": 1, "追索劳动报酬纠纷": 1,
        "行政处罚（二级）": 1, "未定案由": 1},
}


@pytest.fixture
def cases(ctx: Workspace) -> dict[str, str]:
    """Register the fixture through intake on a fresh store; the 邻里纠纷 case then loses its 案由."""
    ids = {}
    for seq, cause in enumerate(CAUSES):
        ids[cause] = intake_dispute(ctx, intake_input(person(f"申请人{seq}", seq=30 + seq),
                                                      person(f"被申请人{seq}", "被申请人", seq=40 + seq),
                                                      category=cause)).id
    agency = organization("松原市宁江区自然资源局", org_body="MB123456")
    agency.kind, agency.head, agency.head_title = "agency", "刘局长", "局长"
    ids["行政处罚"] = intake_dispute(ctx, intake_input(person("周九", seq=50), agency, category="行政处罚")).id
    with ctx.db.write(ctx.actor, "测试：清除案由") as session:
        dispute = session.scalars(select(Dispute).where(col(Dispute.id) == ids["邻里纠纷"])).one()
        dispute.cause = ""
        session.add(dispute)
    return ids


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_statistics_count_by_cause_at_each_level(ctx: Workspace, cases: dict[str, str], level: int) -> None:
    stats = statistics(ctx, cause_level=level)
    assert stats.cause_level == level
    assert {c.label: c.count for c in stats.by_cause} == EXPECTED[level]
    assert sum(c.count for c in stats.by_cause) == stats.disputes == 6
    assert stats.by_cause[-1].label == "未定案由" and stats.by_cause[-1].key == ""
    if level == 2:
        assert {c.key for c in stats.by_cause} == {"civil_2020:4.10", "civil_2020:6.17", "administrative_2020:1.1", ""}


def test_a_cause_level_outside_one_to_four_is_refused(ctx: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        statistics(ctx, cause_level=5)
    assert caught.value.field == "cause_level"


def test_the_case_list_filters_by_a_cause_and_its_children(ctx: Workspace, cases: dict[str, str]) -> None:
    def found(cause: str) -> set[str]:
        return {r.id for r in list_cases(ctx, CaseFilter(cause=cause))}

    assert found("买卖合同纠纷") == {cases["买卖合同纠纷"], cases["分期付款买卖合同纠纷"]}
    assert found("分期付款买卖合同纠纷") == {cases["分期付款买卖合同纠纷"]}
    assert found("合同纠纷") == {cases["买卖合同纠纷"], cases["分期付款买卖合同纠纷"], cases["民间借贷纠纷"]}
    assert found("civil_2020:6") == {cases["追索劳动报酬纠纷"]}
    assert found("administrative_2020:1") == {cases["行政处罚"]}
    assert found("婚姻家庭纠纷") == set()
    assert len(found("")) == 6
    with pytest.raises(ValidationError) as caught:
        found("没有这种案由")
    assert caught.value.field == "cause_filter"


@pytest.mark.slow
def test_cli_report_stats_by_cause_level(ctx: Workspace, cases: dict[str, str], tmp_path: Any) -> None:
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER=ctx.actor, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")

    def fuyuan(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(ctx.paths.root), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)

    done = fuyuan("report", "stats", "--cause-level", "2", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["cause_level"] == 2
    assert {c["label"]: c["count"] for c in data["by_cause"]} == EXPECTED[2]
    human = fuyuan("report", "stats", "--cause-level", "1")
    assert human.returncode == 0, human.stderr
    assert "按一级案由（件/调解成功）：合同、准合同纠纷 3/0" in human.stdout and "未定案由 1/0" in human.stdout
    bad = fuyuan("report", "stats", "--cause-level", "5")
    assert bad.returncode == 2 and "--cause-level" in bad.stderr
    listed = fuyuan("case", "list", "--cause", "合同纠纷", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {r["id"] for r in json.loads(listed.stdout)} == {cases["买卖合同纠纷"], cases["分期付款买卖合同纠纷"],
                                                            cases["民间借贷纠纷"]}


def test_the_white_paper_and_the_admin_ledger_print_official_causes(ctx: Workspace, tmp_path: Any) -> None:
    """Each administrative case by its official 案由; a case without one by its old category's label."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from fuyuan_desktop.services.linkage.admin import AdminCaseInput, open_admin_case
    from fuyuan_desktop.services.linkage.ledgers import export_ledger
    from fuyuan_desktop.services.linkage.white_paper import print_white_paper

    numbers = []
    for seq, cause in enumerate(["行政处罚", "行政处罚", "行政许可", "行政争议（行政协议）"]):
        agency = organization("松原市宁江区市场监督管理局", org_body="MB123456")
        agency.kind, agency.head, agency.head_title = "agency", "刘局长", "局长"
        case = intake_dispute(ctx, intake_input(person(f"申请人{seq}", seq=60 + seq), agency, category=cause))
        open_admin_case(ctx, case.number, AdminCaseInput(field="市场监管", people_count=1))
        numbers.append(case)
    with ctx.db.write(ctx.actor, "测试：清除案由") as session:
        dispute = session.scalars(select(Dispute).where(col(Dispute.id) == numbers[3].id)).one()
        assert dispute.cause == "administrative_2020:1.18" and dispute.category == "admin_agreement"
        dispute.cause = ""
        session.add(dispute)

    out = tmp_path / "admin.xlsx"
    assert export_ledger(ctx, "admin", out).rows == 4
    sheet = load_workbook(out).active
    assert sheet is not None
    headings = [c.value for c in sheet[3]]
    column = headings.index("案由") + 1
    assert sorted(str(sheet.cell(r, column).value) for r in range(4, 8)) == sorted(
        ["行政处罚", "行政处罚", "行政许可", "行政争议（行政协议）"])

    paper = tmp_path / "white.pdf"
    print_white_paper(ctx, 2026, paper)
    text = "".join(page.extract_text() for page in PdfReader(paper).pages).replace("\n", "").replace(" ", "")
    assert "表3" in text and "案由分布" in text
    table = text[text.index("案由分布"):]
    for row in ("行政处罚250.00%", "行政许可125.00%", "行政争议（行政协议）125.00%"):
        assert row in table, row
