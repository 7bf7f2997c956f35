"""Training totals, relief (cap, one payment, fund ledger), villages (万人成讼率), meetings overdue, SME channel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from conftest import TODAY, organization, person

from fuyuan_desktop.domain.errors import ConflictError, InputErrors, ValidationError
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.community import (
    ItemInput,
    add_meeting,
    add_project,
    add_village,
    complete_item,
    flag_sme,
    open_items,
    village_sheet,
    village_year,
)
from fuyuan_desktop.services.linkage.programmes import (
    TrainingInput,
    add_training,
    apply_relief,
    decide_relief,
    fund_income,
    pay_relief,
    training_totals,
)
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case, start_mediation
from fuyuan_desktop.services.workspace import Workspace


def test_training_totals_per_year(ctx: Workspace) -> None:
    add_training(ctx, TrainingInput(date(2025, 11, 3), "宁江区自然资源局、宁江区司法局", 20, deputies=4))
    add_training(ctx, TrainingInput(date(2026, 4, 8), "宁江区自然资源局、前郭县人民政府", 35, deputies=6))
    add_training(ctx, TrainingInput(date(2026, 9, 1), "宁江区司法局，扶余市人民政府", 70))
    with pytest.raises(InputErrors) as caught:
        add_training(ctx, TrainingInput(TODAY + timedelta(days=1), "", 0, deputies=3))
    assert {e.field for e in caught.value.errors} == {"观摩单位", "观摩人数", "人大代表、政协委员人数", "日期"}
    totals = {t.year: (t.events, t.attendees, t.deputies, t.organisations) for t in training_totals(ctx)}
    assert totals == {2025: (1, 20, 4, 2), 2026: (2, 105, 6, 4)}
    s = statistics(ctx, date(2026, 1, 1), date(2026, 12, 31))
    assert (s.training_events, s.training_attendees) == (2, 105)  # 百余人次


def test_relief_cap_one_payment_per_case_and_fund(ctx: Workspace) -> None:
    first = apply_relief(ctx, "（2026）吉0702民初300号", "王秀兰", date(2026, 5, 1), requested="300000")
    assert first.cap_fen == 650000 * 36
    with pytest.raises(ConflictError, match="只救助一次"):
        apply_relief(ctx, "（2026）吉0702民初300号", "王秀兰", date(2026, 6, 1))
    with pytest.raises(ValidationError, match=r"超过上限 234,000\.00 元"):
        decide_relief(ctx, first.id, granted=True, amount="234000.01", decided_on=date(2026, 5, 20))
    granted = decide_relief(ctx, first.id, granted=True, amount="30000", decided_on=date(2026, 5, 20))
    assert (granted.status, granted.amount_fen) == ("决定救助", 3000000)
    with pytest.raises(ValidationError, match=r"余额 0\.00 元不足"):
        pay_relief(ctx, first.id, date(2026, 6, 1), from_fund=True)
    assert fund_income(ctx, date(2026, 1, 15), "松原市慈善总会捐赠", "50000") == 5000000
    paid = pay_relief(ctx, first.id, date(2026, 6, 1), from_fund=True)
    assert paid.status == "已发放"
    with pytest.raises(ConflictError, match="只有决定救助的才能发放"):
        pay_relief(ctx, first.id, date(2026, 6, 2))
    rejected = apply_relief(ctx, "（2026）吉0702民初301号", "李德福", date(2026, 7, 1))
    decide_relief(ctx, rejected.id, granted=False, amount=None, decided_on=date(2026, 7, 10))
    again = apply_relief(ctx, "（2026）吉0702民初301号", "李德福", date(2026, 8, 1))  # after a refusal: allowed
    assert again.status == "已申请"
    s = statistics(ctx)
    assert (s.relief_cases, s.relief_paid_fen, s.fund_in_fen, s.fund_out_fen) == (3, 3000000, 5000000, 3000000)


def test_village_sheet_litigation_rate_and_status(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    # Villages of the places registry (a fresh store holds them): no place is made by hand.
    with pytest.raises(ValidationError, match=r"有多处.*长山镇新立村"):
        add_village(ctx, "新立村", population=1500, cycle_start=2025)
    add_village(ctx, "伯都村", population=1500, households=500, cycle_start=2025)
    add_village(ctx, "永青村", population=2000, cycle_start=2024, status="已达标", achieved_on=date(2025, 12, 20),
                reason="2025 年经中院验收达标")
    with pytest.raises(ConflictError):
        add_village(ctx, "伯都村", population=1500, cycle_start=2025)
    with pytest.raises(ValidationError, match="达标日期"):
        add_village(ctx, "永青村", population=10, cycle_start=2024, status="已达标")
    add_mediator(ctx, "王调解", "人民调解员")
    for i, outcome in enumerate(("达成调解协议", "调解不成", None)):
        case = register(person(f"村民{i}", seq=10 + i), person(f"对方{i}", "被申请人", seq=20 + i),
                        place="宁江区伯都乡伯都村", registered_on=date(2026, 3, 1) + timedelta(days=i))
        if outcome:
            assign_mediators(ctx, case.number, ["王调解"], accepted_on=date(2026, 3, 5))
            start_mediation(ctx, case.number)
            close_case(ctx, case.number, outcome, closed_on=date(2026, 3, 20))
    village_year(ctx, "伯都村", 2026, lawsuits=3, petitions=1)
    sheet = {v.name: v for v in village_sheet(ctx, 2026)}
    xinli = sheet["伯都村"]
    assert (xinli.disputes, xinli.mediated, xinli.lawsuits, xinli.litigation_rate) == (3, 1, 3, 20.0)
    assert xinli.success_rate == pytest.approx(1 / 3)
    assert sheet["永青村"].lawsuits is None and sheet["永青村"].litigation_rate is None  # blank, not 0
    assert statistics(ctx).villages == {"creating": 1, "achieved": 1}


def test_meeting_items_overdue_reach_the_warnings(ctx: Workspace) -> None:
    meeting = add_meeting(ctx, TODAY - timedelta(days=30), "府院联动联席会议", participants="区政府、区法院", items=(
        ItemInput("清理土地流转合同", "伯都乡人民政府", TODAY - timedelta(days=3)),
        ItemInput("通报出庭应诉情况", "区司法局", TODAY + timedelta(days=4)),
        ItemInput("年度总结", "区法院", TODAY + timedelta(days=60)),
    ))
    assert meeting
    with pytest.raises(InputErrors):
        add_meeting(ctx, TODAY, "会", items=(ItemInput("", "", TODAY - timedelta(days=1)),))
    items = open_items(ctx)
    assert [(i.text, i.days_left) for i in items] == [("清理土地流转合同", -3), ("通报出庭应诉情况", 4)]
    kinds = [w.kind for w in linkage_warnings(ctx)]
    assert kinds == ["meeting_overdue", "meeting_due"]
    complete_item(ctx, items[0].id, TODAY, "已建立台账")
    assert [w.kind for w in linkage_warnings(ctx)] == ["meeting_due"]


def test_projects_and_sme_channel(ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    add_project(ctx, "棚户区改造项目", "高风险", date(2026, 5, 1), cases_studied=5)
    add_project(ctx, "物流园项目", "低风险", date(2026, 6, 1), cases_studied=7, investment="120000000")
    with pytest.raises(ValidationError):
        add_project(ctx, "x", "极高", date(2026, 6, 1))
    company = register(person("工人甲", seq=30), organization("松原某物流有限公司"), category="企业合同纠纷",
                       registered_on=TODAY - timedelta(days=12))
    plain = register(person("甲", seq=31), person("乙", "被申请人", seq=32))
    flag_sme(ctx, company.number)
    with pytest.raises(ConflictError):
        flag_sme(ctx, company.number)
    with pytest.raises(ValidationError, match="没有企业"):
        flag_sme(ctx, plain.number)
    add_mediator(ctx, "李调解", "特邀调解员")
    assign_mediators(ctx, company.number, ["李调解"], accepted_on=TODAY - timedelta(days=10))
    start_mediation(ctx, company.number)
    close_case(ctx, company.number, "达成调解协议", closed_on=TODAY - timedelta(days=4))
    s = statistics(ctx)
    assert (s.projects, s.project_cases_studied, s.projects_by_risk) == (2, 12, {"high": 1, "low": 1})
    assert (s.sme_cases, s.sme_resolved, s.sme_average_days) == (1, 1, 8.0)
