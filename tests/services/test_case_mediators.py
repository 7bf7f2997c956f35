"""A case's mediators (add, remove, replace), its sittings (moved, cancelled) and its place, changed after intake:
only mediators may mediate, every change is audited and stamped for sync, and bad input changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from conftest import audit_length, person, table_counts
from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.case_edits import (
    add_case_mediator,
    cancel_session,
    remove_case_mediator,
    replace_case_mediator,
    reschedule_session,
    session_by_number,
    set_case_mediators,
    set_case_place,
)
from fuyuan_desktop.services.cases import CaseFilter, get_case, list_cases, search_cases
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, close_case, mediators_of, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import AuditEvent, DisputeMediator, MediationSession


@pytest.fixture
def case(ctx: Workspace, register: Callable[..., IntakeResult]) -> IntakeResult:
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    add_mediator(ctx, "刘堃", "人民调解员")
    add_mediator(ctx, "赵律师", "律师调解员")
    add_mediator(ctx, "李书记", "书记员")
    return register(person("张三", seq=1), person("李四", "被申请人", seq=2), place="伯都乡新立村")


def _names(ctx: Workspace, case: IntakeResult) -> list[str]:
    return [m.name for m in mediators_of(ctx, case.id)]


def _last_event(ctx: Workspace) -> AuditEvent:
    with ctx.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(col(AuditEvent.seq).desc())).first()
    assert event is not None
    return event


def test_add_remove_replace_are_audited_and_the_first_mediator_leads(ctx: Workspace, case: IntakeResult) -> None:
    change = add_case_mediator(ctx, case.id, "王秀兰")
    assert (change.added, change.lead, change.status) == (["王秀兰"], "王秀兰", "已指派调解员")
    assert get_case(ctx, case.id).summary.status_code == "assigned"
    add_case_mediator(ctx, case.number, "刘堃")
    assert _names(ctx, case) == ["王秀兰", "刘堃"]

    events = audit_length(ctx.db)
    change = replace_case_mediator(ctx, case.id, "王秀兰", "赵律师")
    assert (change.added, change.removed, change.lead) == (["赵律师"], ["王秀兰"], "赵律师")
    assert _names(ctx, case) == ["赵律师", "刘堃"]  # the newcomer takes the leaver's place, and leads
    assert audit_length(ctx.db) > events and _last_event(ctx).action == "替换调解员"
    assert [r.number for r in list_cases(ctx, CaseFilter(mediator="赵律师"))] == [case.number]
    assert list_cases(ctx, CaseFilter(mediator="王秀兰")) == []

    change = remove_case_mediator(ctx, case.id, "赵律师")
    assert (change.removed, change.lead) == (["赵律师"], "刘堃")
    assert get_case(ctx, case.id).mediators == ["刘堃（人民调解员）"]
    with ctx.db.read() as session:  # never hard-deleted: the assignment is a tombstone, synced as such
        rows = session.scalars(select(DisputeMediator).where(col(DisputeMediator.dispute_id) == case.id)).all()
    assert sorted((r.deleted, r.is_lead) for r in rows) == [(False, True), (True, False), (True, False)]

    set_case_mediators(ctx, case.id, ["王秀兰", "刘堃"])  # put back: the same row comes alive again
    assert _names(ctx, case) == ["王秀兰", "刘堃"]
    with ctx.db.read() as session:
        assert len(session.scalars(select(DisputeMediator).where(col(DisputeMediator.dispute_id) == case.id)).all()) == 3


def test_only_mediators_may_mediate_and_bad_requests_change_nothing(ctx: Workspace, case: IntakeResult) -> None:
    add_case_mediator(ctx, case.id, "王秀兰")
    before = table_counts(ctx.db)
    with pytest.raises(ValidationError, match="「李书记」是书记员，不是调解员"):
        add_case_mediator(ctx, case.id, "李书记")
    with pytest.raises(ValidationError, match="「李书记」是书记员"):
        replace_case_mediator(ctx, case.id, "王秀兰", "李书记")
    with pytest.raises(ValidationError, match="已是本案的调解员"):
        add_case_mediator(ctx, case.id, "王秀兰")
    with pytest.raises(ValidationError, match="「刘堃」不是本案的调解员；本案调解员：王秀兰"):
        remove_case_mediator(ctx, case.id, "刘堃")
    with pytest.raises(ValidationError, match="至少要保留一名"):
        remove_case_mediator(ctx, case.id, "王秀兰")
    with pytest.raises(ValidationError, match="至少要保留一名"):
        set_case_mediators(ctx, case.id, [])
    assert table_counts(ctx.db) == before
    assert _names(ctx, case) == ["王秀兰"]


def test_mediators_are_frozen_once_the_case_has_ended(ctx: Workspace, case: IntakeResult) -> None:
    add_case_mediator(ctx, case.id, "王秀兰")
    start_mediation(ctx, case.id)
    add_case_mediator(ctx, case.id, "刘堃")  # during the mediation: allowed
    close_case(ctx, case.id, "调解不成")
    with pytest.raises(ValidationError, match="不能再更换调解员"):
        replace_case_mediator(ctx, case.id, "刘堃", "赵律师")


def _sitting(ctx: Workspace, case: IntakeResult, day: int, hour: int = 9) -> str:
    return schedule_session(ctx, case.id, datetime(2026, 11, day, hour, tzinfo=COURT_TZ), place="村委会")


def test_a_sitting_is_moved_or_cancelled_until_it_has_a_record(ctx: Workspace, case: IntakeResult) -> None:
    first, second = _sitting(ctx, case, 21), _sitting(ctx, case, 23)
    assert session_by_number(ctx, case.number, 2) == second
    reschedule_session(ctx, first, datetime(2026, 11, 25, 14, 30, tzinfo=COURT_TZ), place="伯都乡司法所")
    assert _last_event(ctx).action == "调解改期"
    assert session_by_number(ctx, case.number, 1) == second  # numbered by time: the moved one is now second
    view = next(s for s in get_case(ctx, case.id).sessions if s.id == first)
    assert (view.scheduled_at.astimezone(COURT_TZ).hour, view.place) == (14, "伯都乡司法所")
    reschedule_session(ctx, first, datetime(2026, 11, 26, 9, tzinfo=COURT_TZ), place="")  # "" = the case's place
    assert next(s for s in get_case(ctx, case.id).sessions if s.id == first).place == "伯都乡新立村"

    cancel_session(ctx, second, reason="当事人外出务工")
    assert _last_event(ctx).action == "取消调解：当事人外出务工"
    assert next(s for s in get_case(ctx, case.id).sessions if s.id == second).status == "cancelled"
    with pytest.raises(ValidationError, match="已取消，不能改期"):
        reschedule_session(ctx, second, datetime(2026, 11, 27, 9, tzinfo=COURT_TZ))

    save_record(ctx, first, "调解员：今天调解。")
    with pytest.raises(ValidationError, match="已有笔录（第 1 版），不能取消"):
        cancel_session(ctx, first)
    with pytest.raises(ValidationError, match="早于登记日期"):
        reschedule_session(ctx, _sitting(ctx, case, 28), datetime(2025, 1, 2, 9, tzinfo=COURT_TZ))
    with pytest.raises(ValidationError, match="没有第 9 次"):
        session_by_number(ctx, case.id, 9)


def test_the_place_changes_with_the_sittings_still_to_come_and_is_searchable(
        ctx: Workspace, case: IntakeResult) -> None:
    held = schedule_session(ctx, case.id, datetime(2026, 11, 19, 9, tzinfo=COURT_TZ))  # at the case's place
    save_record(ctx, held, "调解员：今天调解。")
    coming = schedule_session(ctx, case.id, datetime(2026, 11, 24, 9, tzinfo=COURT_TZ))
    elsewhere = schedule_session(ctx, case.id, datetime(2026, 11, 25, 9, tzinfo=COURT_TZ), place="乡司法所")
    with ctx.db.read() as session:
        hlc_before = session.get(MediationSession, coming).hlc  # type: ignore[union-attr]
    change = set_case_place(ctx, case.id, "新城乡和平村三组")
    assert (change.known, change.sittings_moved) == (True, 1)
    assert _last_event(ctx).action == "修改纠纷地点"
    detail = get_case(ctx, case.id)
    assert detail.summary.place == "和平村"  # the registered village it names
    places = {s.id: s.place for s in detail.sessions}
    assert places == {held: "伯都乡新立村", coming: "新城乡和平村三组", elsewhere: "乡司法所"}
    assert [c.id for c in search_cases(ctx, "和平村")] == [case.id]
    before = table_counts(ctx.db)
    with pytest.raises(ValidationError, match="纠纷地点"):
        set_case_place(ctx, case.id, "   ")
    assert table_counts(ctx.db) == before
    with ctx.db.read() as session:
        row = session.get(MediationSession, coming)
        assert row is not None and row.hlc > hlc_before  # stamped for sync
    assert set_case_place(ctx, case.id, "新城乡和平村三组").sittings_moved == 0
