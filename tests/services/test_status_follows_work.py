"""Status follows the work: the first 笔录 moves a case to 调解中, a finalized agreement to 已达成协议 with
调解结果 = 达成调解协议; every automatic move is in the audit chain as the system, naming the trigger, and the
statistics count the success."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.audit import case_history, verify_audit
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.sessions import save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.db import SYSTEM_ACTOR


@pytest.fixture
def assigned(ctx: Workspace, register) -> str:
    add_mediator(ctx, "王调解", "特邀调解员", organization="宁江区人民调解委员会")
    number = register(registered_on=date(2026, 11, 2)).number
    assign_mediators(ctx, number, ["王调解"], accepted_on=date(2026, 11, 3))
    return number


def _agreement() -> AgreementInput:
    return AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="被申请人家中水管破裂，致申请人房屋受损。",
        clauses=[ClauseInput(obligor="李四", text="李四赔偿张三维修费", performance_method="银行转账",
                             deadline=date(2026, 12, 30), amount="3000")],
        breach_terms="逾期未履行的，按日加付万分之五违约金。")


def _system_moves(ctx: Workspace, number: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.after.get("status", ""), e.after.get("trigger", ""))
            for e in case_history(ctx, number) if e.actor == SYSTEM_ACTOR]


def test_the_first_record_moves_an_assigned_case_to_mediating_once(ctx: Workspace, assigned: str) -> None:
    session_id = schedule_session(ctx, assigned, datetime(2026, 11, 20, 9, 0, tzinfo=COURT_TZ))
    assert save_record(ctx, session_id, "   ").status_note == ""  # blank text is no record yet
    assert get_case(ctx, assigned).summary.status == "已指派调解员"
    saved = save_record(ctx, session_id, "申请人张三：楼上漏水。")
    assert saved.status_note == "案件状态已自动由「已指派调解员」转为「调解中」（保存了第一份调解笔录）"
    assert get_case(ctx, assigned).summary.status == "调解中"
    assert save_record(ctx, session_id, "申请人张三：楼上漏水。被申请人李四：同意修。").status_note == ""
    assert _system_moves(ctx, assigned) == [("自动转为「调解中」", "mediating", "保存了第一份调解笔录")]
    moved = next(e for e in case_history(ctx, assigned) if e.actor == SYSTEM_ACTOR)
    assert moved.before == {"status": "assigned"} and moved.after["by"] == ctx.actor
    assert verify_audit(ctx).ok


def test_finalizing_on_an_assigned_case_reaches_agreed_with_the_outcome_and_counts(
        ctx: Workspace, assigned: str) -> None:
    before = statistics(ctx)
    draft = draft_agreement(ctx, assigned, _agreement())
    final = finalize_agreement(ctx, draft.id)
    assert final.status_note == "案件状态已自动由「已指派调解员」转为「已达成协议」（第 1 版调解协议定稿）"
    case = get_case(ctx, assigned)
    assert case.summary.status == "已达成协议"
    assert case.outcome == "达成调解协议"
    # two steps, each allowed by the lifecycle and each audited as the system
    assert _system_moves(ctx, assigned) == [
        ("自动转为「调解中」", "mediating", "第 1 版调解协议定稿"),
        ("自动转为「已达成协议」", "agreed", "第 1 版调解协议定稿")]
    after = statistics(ctx)
    assert (after.closed, after.successful) == (before.closed + 1, before.successful + 1)
    assert verify_audit(ctx).ok


def test_a_case_without_a_mediator_is_not_moved(ctx: Workspace, register) -> None:
    number = register().number
    session_id = schedule_session(ctx, number, datetime(2026, 11, 20, 9, 0, tzinfo=COURT_TZ))
    assert save_record(ctx, session_id, "记录").status_note == ""
    assert get_case(ctx, number).summary.status == "已登记"
    assert _system_moves(ctx, number) == []
