"""Bulk loading: stamped rows, the party search index rebuilt and its triggers restored, one audit event."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import audit_length, person
from sqlalchemy import select

from fuyuan_desktop.domain.case_numbers import number_search_key
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.bulk import BulkWriter, bulk_load
from fuyuan_desktop.store.models import AuditEvent, CaseParty, Dispute, Party, Tribunal

STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def test_bulk_load_is_searchable_stamped_and_audited_once(ctx: Workspace, register) -> None:
    with ctx.db.read() as session:
        tribunal = session.scalars(select(Tribunal).where(Tribunal.short_name == "开发区")).one()
    chain = audit_length(ctx.db)

    def fill(writer: BulkWriter) -> None:
        parties, disputes, links = [], [], []
        for i, mark in enumerate(STEMS):
            name = f"松原市{mark}字号建筑工程有限公司"
            full, initials = name_keys(name)
            parties.append({"id": f"{i:032x}", "kind": "organization", "name": name, "name_pinyin": full,
                            "name_initials": initials})
            number = f"临-开发区-2025-BULK-{i + 1:04d}"
            disputes.append({"id": f"{i + 1000:032x}", "provisional_number": number,
                             "provisional_key": number_search_key(number), "court_id": tribunal.court_id,
                             "tribunal_id": tribunal.id, "category": "labor", "source": "court_referral",
                             "registered_on": date(2025, 3, 1)})
            links.append({"dispute_id": f"{i + 1000:032x}", "party_id": f"{i:032x}", "role": "respondent"})
        writer.insert(Party, parties)
        writer.insert(Dispute, disputes)
        writer.insert(CaseParty, links)

    counts = bulk_load(ctx.db, ctx.actor, "批量导入", fill)

    assert counts == {"party": 20, "dispute": 20, "caseparty": 20}
    # The trigram index was rebuilt over the loaded names.
    assert [c.number for c in search_cases(ctx, "庚字号")] == ["临-开发区-2025-BULK-0007"]
    assert len(search_cases(ctx, "字号建筑")) == 20
    # Rows carry the sync columns, and the status default applied.
    with ctx.db.read() as session:
        row = session.get(Dispute, f"{1007:032x}")
    assert row is not None
    assert (row.origin_device, row.status, row.deleted) == (ctx.db.device_id, "registered", False)
    assert row.hlc and row.created_at.tzinfo is not None
    # One audit event for the whole load, and the chain still verifies.
    assert audit_length(ctx.db) == chain + 1
    with ctx.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert event is not None and (event.entity, event.actor) == ("bulk", ctx.actor)
    assert json.loads(event.after_json) == {"rows": counts}
    assert verify_audit(ctx).ok

    # The triggers are back: a party added afterwards is found by the trigram path too.
    register(person("欧阳娜娜", seq=1), person("李四", "被申请人", seq=2))
    assert [c.parties for c in search_cases(ctx, "阳娜娜")] == ["欧阳娜娜、李四"]


def test_failed_bulk_load_leaves_nothing_behind(ctx: Workspace) -> None:
    chain = audit_length(ctx.db)

    def fill(writer: BulkWriter) -> None:
        writer.insert(Party, [{"kind": "person", "name": "半途而废"}])
        raise RuntimeError("断电")

    with pytest.raises(RuntimeError, match="断电"):
        bulk_load(ctx.db, ctx.actor, "批量导入", fill)
    with ctx.db.read() as session:
        assert session.scalars(select(Party).where(Party.name == "半途而废")).first() is None
    assert audit_length(ctx.db) == chain
    # The search triggers survived the rollback.
    with ctx.db.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"party_fts_ai", "party_fts_ad", "party_fts_au"} <= triggers


def test_a_bulk_load_has_a_large_page_cache_for_its_transaction_only(ctx: Workspace) -> None:
    """Rows on random keys of many indexes: the load gets 128 MB of page cache, and the pooled connection
    goes back to the store's own setting afterwards (also when the load fails)."""
    from fuyuan_desktop.store.bulk import BULK_CACHE_KIB

    def cache_size() -> int:
        with ctx.db.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())

    before = cache_size()
    assert before != -BULK_CACHE_KIB
    seen: list[int] = []

    def fill(writer: BulkWriter) -> None:
        seen.append(int(writer.conn.exec_driver_sql("PRAGMA cache_size").scalar_one()))

    bulk_load(ctx.db, "测试", "批量", fill)
    assert seen == [-BULK_CACHE_KIB]
    assert cache_size() == before

    def failing(writer: BulkWriter) -> None:
        raise RuntimeError("停电")

    with pytest.raises(RuntimeError):
        bulk_load(ctx.db, "测试", "批量", failing)
    assert cache_size() == before
