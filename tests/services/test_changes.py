"""Change notices: each write tells the workspace's subscribers what it changed, once, on the thread that wrote."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from conftest import person

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.changes import KIND_OF_ENTITY, Change, Notice, audit_mark
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import check_in, save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, set_status
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import SyncedRow

Register = Callable[..., IntakeResult]
WHEN = datetime(2026, 11, 21, 9, 0, tzinfo=COURT_TZ)


def _heard(ctx: Workspace) -> tuple[list[Notice], list[str]]:
    notices: list[Notice] = []
    threads: list[str] = []

    def hear(notice: Notice) -> None:
        notices.append(notice)
        threads.append(threading.current_thread().name)

    ctx.changes.subscribe(hear)
    return notices, threads


def _on_worker(fn: Callable[[], Any]) -> Any:
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(fn()), name="service-worker")
    worker.start()
    worker.join(30)
    return result[0]


def test_a_write_on_a_worker_thread_is_told_once_with_exactly_what_it_changed(ctx: Workspace,
                                                                               register: Register) -> None:
    case = register()
    session_id = schedule_session(ctx, case.id, WHEN)
    notices, threads = _heard(ctx)
    saved = _on_worker(lambda: save_record(ctx, session_id, "申请人张三：同意调解。", base_revision=0))
    assert saved.revision == 1
    # the session row and its new revision are one change: the session, of this case
    assert [n.changes for n in notices] == [frozenset({Change("session", session_id, case.id)})]
    assert threads == ["service-worker"]  # told on the thread that wrote, after the commit
    assert notices[0].action == "保存笔录" and notices[0].events == 2 and notices[0].serial == ctx.changes.serial


def test_each_kind_of_write_names_its_own_thing(ctx: Workspace, register: Register) -> None:
    case = register()
    notices, _threads = _heard(ctx)
    session_id = schedule_session(ctx, case.id, WHEN)
    check_in(ctx, session_id, "张三", "申请人")
    add_mediator(ctx, "王秀兰", "特邀调解员")
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=ctx.today())
    set_status(ctx, case.id, "mediating")
    assert [n.changes for n in notices][:2] == [
        frozenset({Change("session", session_id, case.id)}),
        frozenset({Change("session", session_id, "")}),  # an attendance row knows its session, not the case
    ]
    assert notices[2].touches("reference") and not notices[2].cases()
    assert notices[3].ids("case") == {case.id} and notices[3].cases() == {case.id}
    assert notices[4].changes == frozenset({Change("case", case.id, case.id)})
    assert [n.serial for n in notices] == list(range(notices[0].serial, notices[0].serial + 5))


def test_a_registration_names_the_case_and_its_parties(ctx: Workspace, register: Register) -> None:
    notices, _threads = _heard(ctx)
    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2))
    (notice,) = notices
    assert notice.ids("case") == {case.id} and len(notice.ids("party")) == 2
    assert {c.case_id for c in notice.of("party")} == {case.id}


def test_reading_and_unmasking_change_nothing_and_tell_nobody(ctx: Workspace, register: Register) -> None:
    case = register()
    notices, _threads = _heard(ctx)
    before = ctx.changes.local_events
    get_case(ctx, case.id)
    get_case(ctx, case.id, unmasked=True)  # audited, but no row changed
    assert notices == []
    assert ctx.changes.local_events == before + 1  # the audit event is still counted


def test_a_bulk_load_changes_every_kind_wholesale(ctx: Workspace) -> None:
    notices, _threads = _heard(ctx)
    generate_demo(ctx, disputes=5, seed=1)
    assert notices and notices[-1].wholesale("case", "session", "linkage")


def test_local_writes_account_for_every_audit_event_so_other_writers_can_be_told_apart(
        ctx: Workspace, register: Register) -> None:
    feed = ctx.changes
    mark, local = audit_mark(ctx.db), feed.local_events
    case = register()
    schedule_session(ctx, case.id, WHEN)
    assert audit_mark(ctx.db) - mark == feed.local_events - local  # only this process wrote
    other = Workspace(ctx.db.__class__(ctx.db.engine, device_id=ctx.db.device_id), "另一个窗口")
    schedule_session(other, case.id, WHEN)  # another handle on the same file: another writer
    assert audit_mark(ctx.db) - mark > feed.local_events - local


def test_unsubscribing_stops_the_notices_and_a_failing_subscriber_spoils_nothing(ctx: Workspace,
                                                                                 register: Register) -> None:
    heard: list[Notice] = []

    def broken(_notice: Notice) -> None:
        raise RuntimeError("a page that is gone")

    ctx.changes.subscribe(broken)
    stop = ctx.changes.subscribe(heard.append)
    case = register()  # the write stands despite the broken subscriber, and the others still hear it
    assert get_case(ctx, case.id).summary.number == case.number and len(heard) == 1
    stop()
    schedule_session(ctx, case.id, WHEN)
    assert len(heard) == 1


def test_another_actor_on_the_same_workspace_shares_its_feed(ctx: Workspace) -> None:
    assert ctx.as_actor("复核人").changes is ctx.changes


def test_every_synced_table_has_a_kind() -> None:
    import fuyuan_desktop.store.linkage_models  # noqa: F401  (the linkage tables are synced rows too)

    synced = {str(model.__table__.name) for model in SyncedRow.__subclasses__()}  # type: ignore[attr-defined]
    assert len(synced) > 30 and synced <= set(KIND_OF_ENTITY)


def test_an_edited_draft_names_its_agreement_and_case_and_nothing_wholesale(ctx: Workspace, register: Register) -> None:
    from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, update_draft

    case = register()
    draft = draft_agreement(ctx, case.id, AgreementInput(kind="invited", facts="漏水。", clauses=[
        ClauseInput("李四", "赔偿维修费", "银行转账", ctx.today(), "800")]))
    notices, _threads = _heard(ctx)
    update_draft(ctx, draft.id, AgreementInput(kind="invited", facts="楼上漏水。", clauses=[
        ClauseInput("李四", "赔偿维修费 900 元", "银行转账", ctx.today(), "900")]))
    (notice,) = notices
    assert notice.cases() == {case.id} and not notice.wholesale("agreement", "case")
    assert draft.id in notice.ids("agreement") and {c.case_id for c in notice.of("agreement")} == {case.id}
