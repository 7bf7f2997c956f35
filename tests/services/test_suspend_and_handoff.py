"""中止 and 恢复 of the mediation period (issue 17): the days it stands still move the due date, rolled to a working
day; what may not be suspended or resumed; and 转立案 with the 无争议事实 recorded and printed for signature."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import audit_length
from pypdf import PdfReader

from fuyuan_desktop.domain.deadlines import suspended_days
from fuyuan_desktop.domain.errors import TransitionError, ValidationError
from fuyuan_desktop.services.agenda import open_deadlines
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.cases import CaseFilter, get_case, list_cases
from fuyuan_desktop.services.handoff import docket_case, print_handoff
from fuyuan_desktop.services.workflow import (
    add_mediator,
    assign_mediators,
    close_case,
    extend_mediation,
    resume_mediation,
    start_mediation,
    suspend_mediation,
)
from fuyuan_desktop.services.workspace import Workspace

SEPT_1 = date(2025, 9, 1)  # accepted: 30 days end on 10-01, in the National Day holiday, so due 10-09


@pytest.fixture
def mediating(ctx: Workspace, register) -> str:
    add_mediator(ctx, "王调解", "特邀调解员", organization="宁江区诉调对接中心")
    number = register(registered_on=date(2025, 8, 28)).number
    assign_mediators(ctx, number, ["王调解"], accepted_on=SEPT_1)
    start_mediation(ctx, number)
    return number


def test_days_stood_still_count_from_suspension_to_resumption() -> None:
    assert suspended_days(date(2025, 9, 10), date(2025, 9, 15)) == 5
    assert suspended_days(date(2025, 9, 10), date(2025, 9, 10)) == 0
    with pytest.raises(ValueError):
        suspended_days(date(2025, 9, 10), date(2025, 9, 9))


def test_resume_moves_the_due_date_by_the_days_suspended_rolled_to_a_working_day(ctx: Workspace, mediating: str
                                                                                  ) -> None:
    assert get_case(ctx, mediating).summary.due_on == date(2025, 10, 9)
    held = suspend_mediation(ctx, mediating, "等待鉴定（评估）结果", on=date(2025, 9, 10))
    assert held.suspended_on == date(2025, 9, 10) and held.due_on == date(2025, 10, 9)
    detail = get_case(ctx, mediating)
    assert detail.suspended_on == date(2025, 9, 10) and detail.suspension_reason == "等待鉴定（评估）结果"

    # 10 days: 9-01 + 40 = 10-11, the Saturday worked in exchange for the holiday (a working day).
    back = resume_mediation(ctx, mediating, on=date(2025, 9, 20))
    assert (back.days, back.paused_days, back.due_on) == (10, 10, date(2025, 10, 11))
    # A second suspension adds up: 3 more days, 9-01 + 43 = 10-14.
    suspend_mediation(ctx, mediating, "一方当事人患病", on=date(2025, 9, 22))
    back = resume_mediation(ctx, mediating, on=date(2025, 9, 25))
    assert (back.days, back.paused_days, back.due_on) == (3, 13, date(2025, 10, 14))
    detail = get_case(ctx, mediating)
    assert detail.suspended_on is None and detail.paused_days == 13 and detail.summary.due_on == date(2025, 10, 14)


def test_days_that_end_in_a_holiday_roll_from_the_raw_end_not_from_the_rolled_due_date(ctx: Workspace,
                                                                                       mediating: str) -> None:
    """5 days: 9-01 + 35 = 10-06, still inside the holiday, so the due date stays 10-09 (not 10-09 + 5)."""
    suspend_mediation(ctx, mediating, "一方当事人暂时无法联系", on=date(2025, 9, 10))
    assert resume_mediation(ctx, mediating, on=date(2025, 9, 15)).due_on == date(2025, 10, 9)


def test_extension_after_a_suspension_keeps_the_days_suspended(ctx: Workspace, mediating: str) -> None:
    suspend_mediation(ctx, mediating, "等待鉴定结果", on=date(2025, 9, 10))
    resume_mediation(ctx, mediating, on=date(2025, 9, 20))  # due 10-11
    parties = [p.id for p in get_case(ctx, mediating).parties]
    assert extend_mediation(ctx, mediating, 3, consenting_party_ids=parties).due_on == date(2025, 10, 14)


def test_a_closed_case_cannot_be_suspended(ctx: Workspace, mediating: str) -> None:
    close_case(ctx, mediating, "调解不成", closed_on=date(2025, 9, 30))
    chain = audit_length(ctx.db)
    with pytest.raises(ValidationError, match="「调解终结」，调解期限不在进行中，不能中止") as caught:
        suspend_mediation(ctx, mediating, "一方当事人患病", on=date(2025, 9, 30))
    assert caught.value.code == "not_running"
    assert audit_length(ctx.db) == chain


def test_resume_without_suspension_is_refused(ctx: Workspace, mediating: str) -> None:
    with pytest.raises(ValidationError, match="没有中止，无需恢复"):
        resume_mediation(ctx, mediating, on=date(2025, 9, 20))


def test_what_a_suspension_and_a_resumption_may_not_be(ctx: Workspace, mediating: str, register) -> None:
    with pytest.raises(ValidationError, match="必填"):
        suspend_mediation(ctx, mediating, "  ", on=date(2025, 9, 10))
    with pytest.raises(ValidationError, match="晚于今天"):
        suspend_mediation(ctx, mediating, "患病", on=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="早于接受委派日期"):
        suspend_mediation(ctx, mediating, "患病", on=date(2025, 8, 30))
    with pytest.raises(ValidationError, match="已于 2025-10-09 届满"):
        suspend_mediation(ctx, mediating, "患病", on=date(2025, 10, 10))
    suspend_mediation(ctx, mediating, "患病", on=date(2025, 9, 10))
    with pytest.raises(ValidationError, match="已于 2025-09-10 中止（患病），请先恢复"):
        suspend_mediation(ctx, mediating, "等待鉴定结果", on=date(2025, 9, 11))
    with pytest.raises(ValidationError, match="早于中止日期"):
        resume_mediation(ctx, mediating, on=date(2025, 9, 9))
    # Before the mediator accepted, the period has not started: nothing to suspend.
    waiting = register(registered_on=date(2025, 8, 28)).number
    assign_mediators(ctx, waiting, ["王调解"])
    with pytest.raises(ValidationError, match="还未起算"):
        suspend_mediation(ctx, waiting, "患病", on=date(2025, 9, 10))


def test_suspension_and_resumption_are_audited_with_the_reason(ctx: Workspace, mediating: str) -> None:
    suspend_mediation(ctx, mediating, "等待鉴定结果", on=date(2025, 9, 10))
    resume_mediation(ctx, mediating, on=date(2025, 9, 20))
    rows = {h.action: h for h in case_history(ctx, mediating) if h.action in ("中止调解", "恢复调解")}
    assert rows["中止调解"].after["suspension_reason"] == "等待鉴定结果"
    assert rows["中止调解"].after["suspended_on"] == "2025-09-10"
    assert rows["恢复调解"].after["paused_days"] == 10 and rows["恢复调解"].after["due_on"] == "2025-10-11"


def test_a_suspended_case_is_neither_due_nor_overdue(ctx: Workspace, mediating: str) -> None:
    """Today (2026-11-20) the 2025 due date is long past: overdue until suspended."""
    number = get_case(ctx, mediating).summary.number
    assert number in [r.number for r in list_cases(ctx, CaseFilter(overdue=True))]
    assert number in [d.number for d in open_deadlines(ctx).items]
    suspend_mediation(ctx, mediating, "等待鉴定结果", on=date(2025, 9, 10))
    assert number not in [r.number for r in list_cases(ctx, CaseFilter(overdue=True))]
    assert number not in [d.number for d in open_deadlines(ctx).items]


# --- 转立案 -----------------------------------------------------------------------------------------

FACTS = ["申请人与被申请人系楼上楼下邻居。", "2025年8月，楼上卫生间漏水，楼下顶棚受损。"]


def test_docketing_records_the_undisputed_facts(ctx: Workspace, mediating: str) -> None:
    with pytest.raises(TransitionError):
        docket_case(ctx, mediating, FACTS)  # still 调解中: first the mediation ends
    close_case(ctx, mediating, "调解不成", closed_on=date(2025, 9, 30))
    with pytest.raises(ValidationError, match="请记载调解中各方当事人均无争议的事实"):
        docket_case(ctx, mediating, ["  ", ""])
    with pytest.raises(ValidationError, match="二者只能选一"):
        docket_case(ctx, mediating, FACTS, none_agreed=True)
    with pytest.raises(ValidationError, match="最多 500"):
        docket_case(ctx, mediating, ["事" * 501])
    done = docket_case(ctx, mediating, [" 申请人与被申请人系楼上楼下邻居。 ", "", FACTS[1]])
    assert done.status == "已转立案" and done.facts == tuple(FACTS)
    detail = get_case(ctx, mediating)
    assert detail.summary.status_code == "docketed" and detail.undisputed_facts == tuple(FACTS)
    assert detail.closed_on == date(2025, 9, 30)  # the day the mediation ended stays


def test_none_agreed_is_stated_not_omitted(ctx: Workspace, mediating: str) -> None:
    close_case(ctx, mediating, "一方拒绝调解", closed_on=date(2025, 9, 30))
    assert docket_case(ctx, mediating, [], none_agreed=True).facts == ()


def _pdf_text(path: Path) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_the_record_prints_the_facts_for_the_parties_to_sign(ctx: Workspace, mediating: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="转立案并记载无争议事实后才能打印"):
        print_handoff(ctx, mediating, out=tmp_path / "early.pdf")
    close_case(ctx, mediating, "调解不成", closed_on=date(2025, 9, 30))
    docket_case(ctx, mediating, FACTS)
    printed = print_handoff(ctx, mediating, out=tmp_path / "handoff.pdf")
    assert printed.final and printed.verification_code and printed.pages == 1
    text = _pdf_text(tmp_path / "handoff.pdf")
    assert "无争议事实记载表" in text and "（调解终结及转立案）" in text
    assert "一、申请人与被申请人系楼上楼下邻居。" in text and "二、2025年8月，楼上卫生间漏水，楼下顶棚受损。" in text
    assert "调解于2025年9月30日终结（调解不成）" in text and "宁江区诉调对接中心" in text
    assert "本案依法转入立案程序" in text and "当事人签名" in text
    assert "调解员：王调解" in text
    # Reprinting the same record hands out the same paper.
    assert print_handoff(ctx, mediating, out=tmp_path / "again.pdf").verification_code == printed.verification_code


def test_closing_a_suspended_case_ends_the_suspension(ctx: Workspace, mediating: str) -> None:
    """The days up to the closing count as stood still; nothing shows 已中止 after, nor if the mediation reopens."""
    suspend_mediation(ctx, mediating, "一方当事人暂时无法联系", on=date(2025, 9, 10))
    close_case(ctx, mediating, "当事人无法联系", closed_on=date(2025, 9, 20))
    detail = get_case(ctx, mediating)
    assert detail.suspended_on is None and detail.suspension_reason == "" and detail.paused_days == 10
    assert detail.summary.status_code == "terminated"
    with pytest.raises(ValidationError, match="没有中止"):
        resume_mediation(ctx, mediating, on=date(2025, 9, 25))


def test_importing_a_years_calendar_recomputes_a_due_date_with_its_days_suspended(ctx: Workspace, register,
                                                                                   tmp_path: Path) -> None:
    """Accepted 2026-12-01, suspended 3 days: 12-01 + 33 = 2027-01-03, a Sunday, presumed due 01-04. The imported
    2027 schedule makes 01-04 a rest day: the due date moves to 01-05 — the suspension kept, not 12-31 again."""
    from fuyuan_desktop.services.calendar import import_calendar

    add_mediator(ctx, "王调解", "特邀调解员")
    number = register(registered_on=date(2026, 11, 19)).number
    ctx = Workspace(ctx.db, ctx.actor, today=lambda: date(2026, 12, 8), paths=ctx.paths)
    assign_mediators(ctx, number, ["王调解"], accepted_on=date(2026, 12, 1))
    suspend_mediation(ctx, number, "等待鉴定结果", on=date(2026, 12, 2))
    assert resume_mediation(ctx, number, on=date(2026, 12, 5)).due_on == date(2027, 1, 4)
    schedule = tmp_path / "2027.json"
    schedule.write_text('[{"date": "2027-01-01", "kind": "休", "name": "元旦"},'
                        ' {"date": "2027-01-04", "kind": "休", "name": "测试"}]', encoding="utf-8")
    moved = import_calendar(ctx, schedule)
    assert [(m.old, m.new) for m in moved.moved] == [(date(2027, 1, 4), date(2027, 1, 5))]
