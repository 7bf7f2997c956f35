"""The agenda reads behind the 工作台 and 日程 pages: court days in China time, deadlines, clusters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from conftest import TODAY, person

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.agenda import (
    MEDIATION_DEADLINE,
    open_deadlines,
    overdue_count,
    session_days,
    sessions_between,
    sessions_on,
)
from fuyuan_desktop.services.followups import add_follow_up
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.setup import device_info, set_device_tribunal
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace


def test_a_court_day_runs_midnight_to_midnight_china_time(ctx: Workspace,
                                                          register: Callable[..., IntakeResult]) -> None:
    case = register()
    # 00:30 on the 25th in Songyuan is still the 24th in UTC: it belongs to the 25th.
    late = schedule_session(ctx, case.number, datetime(2026, 11, 24, 23, 30, tzinfo=COURT_TZ))
    early = schedule_session(ctx, case.number, datetime(2026, 11, 25, 0, 30, tzinfo=COURT_TZ))
    assert datetime(2026, 11, 25, 0, 30, tzinfo=COURT_TZ).astimezone(UTC).day == 24
    assert [s.id for s in sessions_on(ctx, date(2026, 11, 24))] == [late]
    on_25 = sessions_on(ctx, date(2026, 11, 25))
    assert [s.id for s in on_25] == [early]
    assert on_25[0].starts_at.hour == 0 and on_25[0].number == case.number and "张三" in on_25[0].parties
    assert session_days(ctx, date(2026, 11, 1), date(2026, 12, 1)) == {date(2026, 11, 24): 1, date(2026, 11, 25): 1}
    assert len(sessions_between(ctx, date(2026, 11, 23), date(2026, 11, 30))) == 2


def test_deadlines_list_overdue_first_then_due_soon_with_follow_ups(ctx: Workspace,
                                                                   register: Callable[..., IntakeResult]) -> None:
    add_mediator(ctx, "刘堃", "特邀调解员")
    late = register(person("甲", seq=1), person("乙", "被申请人", seq=2))
    soon = register(person("丙", seq=3), person("丁", "被申请人", seq=4))
    later = register(person("戊", seq=5), person("己", "被申请人", seq=6))
    late_due = assign_mediators(ctx, late.number, ["刘堃"], accepted_on=TODAY - timedelta(days=60)).due_on
    soon_due = assign_mediators(ctx, soon.number, ["刘堃"], accepted_on=TODAY - timedelta(days=27)).due_on
    later_due = assign_mediators(ctx, later.number, ["刘堃"], accepted_on=TODAY).due_on
    assert late_due and soon_due and later_due
    assert late_due < TODAY <= soon_due <= TODAY + timedelta(days=7) < later_due
    add_follow_up(ctx, later.number, TODAY + timedelta(days=2))
    found = open_deadlines(ctx, 7)
    assert [(d.dispute_id, d.kind) for d in found.items] == [
        (late.id, MEDIATION_DEADLINE),
        *sorted([(soon.id, MEDIATION_DEADLINE), (later.id, "履行回访")],
                key=lambda pair: soon_due if pair[0] == soon.id else TODAY + timedelta(days=2)),
    ]
    assert found.total == 3 and found.overdue == 1 and found.items[0].overdue
    assert found.items[0].days_left == (late_due - TODAY).days < 0
    assert "甲" in found.items[0].parties
    assert overdue_count(ctx) == 1
    assert open_deadlines(ctx, 7, limit=1).items[0].dispute_id == late.id


def test_the_device_can_be_moved_to_another_tribunal(ctx: Workspace) -> None:
    assert device_info(ctx).tribunal.endswith("开发区人民法庭")
    moved = set_device_tribunal(ctx, "长山")
    assert moved.court == "前郭尔罗斯蒙古族自治县人民法院" and "长山" in moved.tribunal
    assert device_info(ctx) == moved
