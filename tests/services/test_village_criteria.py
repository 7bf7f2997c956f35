"""无讼村屯 达标 judged against the criteria in the reference settings (linkage.villages.*, docs/domain.md §10.7),
with the 人工认定 that overrides a year's judgement only with a reason — against a hand-computed fixture.

Registry villages: 伯都村 and 永青村 of 宁江区伯都乡 (吉0702), 长山镇新立村 of 前郭 (吉0721). 2025:

| village       | disputes (successful) | 新收诉讼 | 信访 | 群体性事件 | by the default criteria (0, 0, 0, ≥ 90 %)          |
|---------------|-----------------------|---------|-----|-----------|---------------------------------------------------|
| 伯都村         | 2 (2) → 100 %          | 0       | 0   | 0         | 达标                                               |
| 永青村         | 1 (0) → 0 %            | 0       | 0   | 0         | 未达标: 调解成功率 0.00%，低于 90%                    |
| 长山镇新立村   | 0                     | —       | —   | —         | 无法判定 (no yearly figures)                        |

With the success floor set to 0 % (an administrator's setting) 永青村 is judged 达标.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from conftest import audit_length, person
from sqlalchemy import select

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.linkage import VillageCriteria, judge_village
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.community import (
    add_village,
    override_village,
    set_village_status,
    village_sheet,
    village_year,
)
from fuyuan_desktop.services.reference import set_setting
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent


def test_judging_one_year_against_the_criteria() -> None:
    rules = VillageCriteria()
    assert judge_village(rules, disputes=0, mediated=0, lawsuits=0, petitions=0, group_incidents=0).met is True
    assert judge_village(rules, disputes=10, mediated=9, lawsuits=0, petitions=0, group_incidents=0).met is True
    short = judge_village(rules, disputes=10, mediated=8, lawsuits=1, petitions=0, group_incidents=2)
    assert short.met is False and short.unmet == ("新收诉讼 1 件，超过 0 件", "群体性事件 2 件，超过 0 件",
                                                  "调解成功率 80.00%，低于 90%")
    missing = judge_village(rules, disputes=3, mediated=3, lawsuits=None, petitions=None, group_incidents=None)
    assert missing.met is None and missing.unmet == ("未登记年度数据",)


def _dispute(ctx: Workspace, register: Callable[..., IntakeResult], seq: int, village: str, outcome: str) -> None:
    case = register(person(f"村民{seq}", seq=seq), person(f"对方{seq}", "被申请人", seq=seq + 50),
                    place=f"宁江区伯都乡{village}", registered_on=date(2025, 3, seq))
    assign_mediators(ctx, case.number, ["王调解"], accepted_on=date(2025, 3, 20))
    start_mediation(ctx, case.number)
    close_case(ctx, case.number, outcome, closed_on=date(2025, 4, 1))


@pytest.fixture
def villages(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    add_mediator(ctx, "王调解", "人民调解员")
    add_village(ctx, "伯都村", population=1500, cycle_start=2024)
    add_village(ctx, "永青村", population=900, cycle_start=2024)
    add_village(ctx, "长山镇新立村", population=2000, cycle_start=2024)
    _dispute(ctx, register, 1, "伯都村", "达成调解协议")
    _dispute(ctx, register, 2, "伯都村", "达成调解协议")
    _dispute(ctx, register, 3, "永青村", "调解不成")
    village_year(ctx, "伯都村", 2025, lawsuits=0)
    village_year(ctx, "永青村", 2025, lawsuits=0)


@pytest.mark.slow
@pytest.mark.usefixtures("villages")
def test_the_sheet_judges_each_village_and_the_override_needs_a_reason(ctx: Workspace) -> None:
    sheet = {v.name: v for v in village_sheet(ctx, 2025)}
    assert {n: (v.disputes, v.mediated, v.judged, v.achieved) for n, v in sheet.items()} == {
        "伯都村": (2, 2, "达标", True), "永青村": (1, 0, "未达标", False), "新立村": (0, 0, "无法判定", False)}
    assert sheet["永青村"].unmet == ("调解成功率 0.00%，低于 90%",)
    assert [v.name for v in village_sheet(ctx, 2025, court="吉0702")] == ["伯都村", "永青村"]
    assert [v.name for v in village_sheet(ctx, 2025, court="吉0721")] == ["新立村"]

    # 已达标 stands on the criteria: 伯都村 was judged 达标 in 2025; 永青村 (0 % success) needs a reason.
    set_village_status(ctx, "伯都村", "已达标", date(2026, 1, 10))
    chain = audit_length(ctx.db)
    with pytest.raises(ValidationError, match="均未按达标标准判定达标") as refused:
        set_village_status(ctx, "永青村", "已达标", date(2026, 1, 10))
    assert refused.value.code == "not_achieved" and audit_length(ctx.db) == chain

    # 人工认定 of the year: a reason is required, the year's figures must be there, and it is audited.
    with pytest.raises(ValidationError, match="人工认定理由"):
        override_village(ctx, "永青村", 2025, "达标")
    with pytest.raises(ValidationError, match="年度数据尚未登记"):
        override_village(ctx, "新立村", 2025, "达标", "经中院验收")
    assert audit_length(ctx.db) == chain
    override_village(ctx, "永青村", 2025, "达标", "唯一一件纠纷系外村人员引起，经中院验收认定达标")
    with ctx.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()  # type: ignore[union-attr]
    assert event is not None and event.action == "无讼村屯人工认定" and "外村人员" in event.after_json
    yongqing = {v.name: v for v in village_sheet(ctx, 2025)}["永青村"]
    assert (yongqing.judged, yongqing.override, yongqing.achieved) == ("未达标", "人工认定：达标", True)
    assert yongqing.override_reason == "唯一一件纠纷系外村人员引起，经中院验收认定达标"
    set_village_status(ctx, "永青村", "已达标", date(2026, 1, 10))  # now backed by the year's 人工认定

    # A village marked 已达标 with no year judged 达标 keeps the reason it was marked with.
    set_village_status(ctx, "新立村", "已达标", date(2026, 1, 10), reason="2023 年已经中院验收")
    assert {v.name: v for v in village_sheet(ctx, 2025)}["新立村"].status_reason == "2023 年已经中院验收"

    # Taking the 人工认定 back restores the criteria's judgement.
    override_village(ctx, "永青村", 2025, "按标准")
    yongqing = {v.name: v for v in village_sheet(ctx, 2025)}["永青村"]
    assert (yongqing.override, yongqing.override_reason, yongqing.achieved) == ("", "", False)


@pytest.mark.slow
@pytest.mark.usefixtures("villages")
def test_the_criteria_are_reference_settings(ctx: Workspace) -> None:
    set_setting(ctx, "linkage.villages.min_success_percent", "0")
    assert {v.name: v.judged for v in village_sheet(ctx, 2025)}["永青村"] == "达标"
    set_setting(ctx, "无讼村屯达标：年度新收诉讼上限", "0")
    village_year(ctx, "伯都村", 2025, lawsuits=1)
    bodu = {v.name: v for v in village_sheet(ctx, 2025)}["伯都村"]
    assert (bodu.judged, bodu.unmet) == ("未达标", ("新收诉讼 1 件，超过 0 件",))
