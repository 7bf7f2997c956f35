"""履行 per instalment (issue 17): two instalments give two 履行 items and two 回访, each completed with its result,
and the case's 自动履行率 follows from them. Real store, entered through the services."""

from __future__ import annotations

from datetime import date

import pytest

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.followups import case_performance, complete_follow_up, due_follow_ups
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace

# today is 2026-11-20 (conftest)


@pytest.fixture
def agreed(ctx: Workspace, register) -> str:
    add_mediator(ctx, "王调解", "特邀调解员", organization="宁江区人民调解委员会")
    number = register(registered_on=date(2026, 9, 1)).number
    assign_mediators(ctx, number, ["王调解"], accepted_on=date(2026, 9, 2))
    start_mediation(ctx, number)
    draft = draft_agreement(ctx, number, AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="被申请人家中水管破裂，致申请人房屋受损。",
        clauses=[ClauseInput(obligor="李四", text="李四分两期赔偿张三维修费，第一期", performance_method="银行转账",
                             deadline=date(2026, 10, 31), amount="2000"),
                 ClauseInput(obligor="李四", text="第二期", performance_method="银行转账",
                             deadline=date(2026, 12, 31), amount="1000")],
        breach_terms="逾期未履行的，按日加付万分之五违约金。"))
    finalize_agreement(ctx, draft.id)
    return number


@pytest.mark.slow
def test_two_instalments_two_items_two_visits_and_the_rate(ctx: Workspace, agreed: str) -> None:
    perf = case_performance(ctx, agreed)
    assert [(i.position, i.deadline, i.amount_fen, i.status, i.visit_due) for i in perf.items] == [
        (1, date(2026, 10, 31), 200_000, "逾期未回访", date(2026, 11, 1)),
        (2, date(2026, 12, 31), 100_000, "待履行", date(2027, 1, 1))]
    assert (perf.due, perf.full, perf.rate) == (1, 0, 0.0)  # the first instalment is due and not yet known
    q4 = statistics(ctx, date(2026, 10, 1), date(2026, 12, 31))
    assert (q4.performance_due, q4.performance_full) == (1, 0)
    first, second = perf.items
    assert [f.id for f in due_follow_ups(ctx)] == [first.follow_up_id]  # the overdue visit is on the 工作台

    with pytest.raises(ValidationError, match="履行情况"):
        complete_follow_up(ctx, first.follow_up_id, result="已电话回访")
    with pytest.raises(ValidationError, match="超过本条应履行"):
        complete_follow_up(ctx, first.follow_up_id, result="已回访", performance="部分履行", paid="2500")
    complete_follow_up(ctx, first.follow_up_id, result="申请人确认收到 1,500 元", performance="部分履行", paid="1500")
    perf = case_performance(ctx, agreed)
    assert [(i.status, i.paid_fen, i.visit_status) for i in perf.items] == [
        ("部分履行", 150_000, "已完成"), ("待履行", None, "待办")]
    assert (perf.due, perf.full, perf.rate) == (1, 0, 0.0)
    assert due_follow_ups(ctx) == []  # completed: it no longer piles up

    # The second instalment is paid early and its visit completed: 1 of 2 clauses performed in full.
    complete_follow_up(ctx, second.follow_up_id, result="已提前付清", performance="全部履行")
    perf = case_performance(ctx, agreed)
    assert [(i.status, i.paid_fen) for i in perf.items] == [("部分履行", 150_000), ("全部履行", 100_000)]
    assert (perf.due, perf.full, perf.rate) == (2, 1, 0.5)
    q4 = statistics(ctx, date(2026, 10, 1), date(2026, 12, 31))
    assert (q4.performance_due, q4.performance_full, q4.performance_rate) == (2, 1, 0.5)
    assert statistics(ctx, date(2026, 12, 1), date(2026, 12, 31)).performance_rate == 1.0  # the period's clauses only


def test_the_cli_lists_items_and_completes_a_visit(ctx: Workspace, agreed: str, capsys: pytest.CaptureFixture[str]) -> None:
    from fuyuan_desktop.cli import main

    data = ["--data-dir", str(ctx.paths.root)]
    assert main(["case", "performance", agreed, *data]) == 0
    out = capsys.readouterr().out
    # The command runs on the real clock, so assert only what does not depend on the day.
    assert "2026-10-31" in out and "2026-12-31" in out and "自动履行率" in out
    first = case_performance(ctx, agreed).items[0].follow_up_id
    assert main(["case", "visit-done", first, "--result", "已付清", "--performance", "全部履行", *data]) == 0
    assert main(["case", "visit-done", first, "--result", "再次", "--performance", "全部履行", *data]) == 2
    assert "已是「已完成」" in capsys.readouterr().err
    assert case_performance(ctx, agreed).rate == 1.0  # pinned today: the second instalment is not yet due
    assert main(["case", "performance", agreed, *data]) == 0
    assert "全部履行" in capsys.readouterr().out
