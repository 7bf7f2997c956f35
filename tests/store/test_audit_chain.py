"""The audit chain: service changes append events with the actor; edits, deletions and swaps are caught."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import ACTOR, audit_length
from sqlalchemy import select

from fuyuan_desktop.services.audit import case_history, verify_audit
from fuyuan_desktop.services.setup import database_path
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.audit import GENESIS_HASH
from fuyuan_desktop.store.models import AuditEvent


@pytest.fixture
def busy_ctx(ctx: Workspace, register) -> Workspace:
    """A store with a few audited changes (intake, roster, assignment)."""
    result = register()
    add_mediator(ctx, "王调解", "特邀调解员")
    assign_mediators(ctx, result.number, ["王调解"], accepted_on=date(2026, 11, 2))
    return ctx


def _db_file(ctx: Workspace) -> Path:
    path = database_path(ctx)
    assert path is not None
    return path


def _tamper(ctx: Workspace, *statements: str) -> None:
    raw = sqlite3.connect(_db_file(ctx))
    try:
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    finally:
        raw.close()


def test_service_changes_append_events_with_actor_and_before_after(ctx: Workspace, register) -> None:
    start = audit_length(ctx.db)
    result = register()
    after_intake = audit_length(ctx.db)
    assert after_intake > start

    with ctx.db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.seq > start).order_by(AuditEvent.seq)).all()
    assert {e.actor for e in events} == {ACTOR}
    assert {e.action for e in events} == {"案件登记"}
    assert {"dispute", "party", "caseparty"} <= {e.entity for e in events}
    dispute_event = next(e for e in events if e.entity == "dispute")
    assert dispute_event.entity_id == result.id
    assert json.loads(dispute_event.after_json)["provisional_number"] == result.number
    assert dispute_event.before_json == ""
    # The chain links each event to its predecessor.
    assert [e.seq for e in events] == list(range(start + 1, after_intake + 1))
    for prev, event in itertools.pairwise(events):
        assert event.prev_hash == prev.hash

    add_mediator(ctx, "王调解", "特邀调解员")
    assign_mediators(ctx, result.id, ["王调解"])
    history = case_history(ctx, result.number)
    status_change = next(h for h in history if h.entity == "dispute" and h.action == "指派调解员")
    assert status_change.actor == ACTOR
    assert status_change.before["status"] == "registered"
    assert status_change.after["status"] == "assigned"


def test_first_event_starts_from_genesis_and_intact_chain_verifies(busy_ctx: Workspace) -> None:
    with busy_ctx.db.read() as session:
        first = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).first()
    assert first is not None and first.seq == 1 and first.prev_hash == GENESIS_HASH
    report = verify_audit(busy_ctx)
    assert report.ok, report.problems
    assert report.events == audit_length(busy_ctx.db) > 5


def test_edited_after_json_is_detected_and_named(busy_ctx: Workspace) -> None:
    _tamper(busy_ctx, "UPDATE auditevent SET after_json = replace(after_json, '张三', '张五') "
                      "WHERE seq = (SELECT min(seq) FROM auditevent WHERE entity = 'party')")
    with busy_ctx.db.read() as session:
        seq = session.scalar(select(AuditEvent.seq).where(AuditEvent.after_json.contains("张五")))
    assert seq is not None

    report = verify_audit(busy_ctx)

    assert not report.ok
    assert [p.seq for p in report.problems] == [seq]
    assert f"第 {seq} 号审计事件" in report.problems[0].message
    assert "修改" in report.problems[0].message


def test_deleted_event_is_detected_and_named(busy_ctx: Workspace) -> None:
    _tamper(busy_ctx, "DELETE FROM auditevent WHERE seq = 3")

    report = verify_audit(busy_ctx)

    assert not report.ok
    messages = " ".join(p.message for p in report.problems)
    assert "第 3–3 号审计事件缺失" in messages
    assert {p.seq for p in report.problems} == {4}


def test_swapped_events_are_detected_and_named(busy_ctx: Workspace) -> None:
    _tamper(busy_ctx,
            "UPDATE auditevent SET seq = -1 WHERE seq = 2",
            "UPDATE auditevent SET seq = 2 WHERE seq = 3",
            "UPDATE auditevent SET seq = 3 WHERE seq = -1")

    report = verify_audit(busy_ctx)

    assert not report.ok
    named = {p.seq for p in report.problems}
    assert {2, 3} <= named
    assert any("第 2 号审计事件" in p.message and "顺序" in p.message for p in report.problems)


def test_rehashing_a_single_event_still_breaks_the_next_link(busy_ctx: Workspace) -> None:
    # A forger who recomputes the edited event's own hash is caught by the next event's prev_hash.
    from fuyuan_desktop.store.audit import event_hash

    with busy_ctx.db.read() as session:
        row = session.get(AuditEvent, 2)
        assert row is not None
        forged = row.model_dump()
    forged["actor"] = "冒名者"
    new_hash = event_hash(forged)
    _tamper(busy_ctx, f"UPDATE auditevent SET actor = '冒名者', hash = '{new_hash}' WHERE seq = 2")

    report = verify_audit(busy_ctx)

    assert [(p.seq, "前序哈希不符" in p.message) for p in report.problems] == [(3, True)]
