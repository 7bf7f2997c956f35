"""The audit chain as the user sees it: verify the whole chain, read one case's history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.audit import ChainReport, verify_chain
from fuyuan_desktop.store.db import SYSTEM_ACTOR as SYSTEM_ACTOR  # the actor of automatic moves, for the 日志 tab
from fuyuan_desktop.store.models import AuditEvent
from fuyuan_desktop.sync.status import TABLE_LABELS

# What an audit entry is about, in words (the tables' own names are not for users): the synced tables, and the
# entities that are not a table of cases.
ENTITY_LABELS = {
    **TABLE_LABELS,
    "backup": "备份", "bulk": "批量写入", "bundle": "数据包", "hubdevice": "中院登记的设备", "ledger": "台账",
    "receipt": "回执", "report": "报表", "store": "数据库", "syncconflict": "同步冲突", "synckey": "同步密钥",
    "syncpeer": "中院登记", "user_account": "账户",
}


def entity_label(entity: str) -> str:
    """An audit entry's object as users read it (案件, 当事人…); an unknown one as stored."""
    return ENTITY_LABELS.get(entity, entity)


def verify_audit(ctx: Workspace) -> ChainReport:
    with ctx.db.engine.connect() as conn:
        return verify_chain(conn)


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    before: dict[str, Any]
    after: dict[str, Any]


def case_history(ctx: Workspace, case_ref: str) -> list[HistoryEntry]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.scalars(
            select(AuditEvent).where(col(AuditEvent.dispute_id) == dispute_id).order_by(col(AuditEvent.seq))
        ).all()
    return [
        HistoryEntry(
            r.seq or 0,
            r.at,
            r.actor,
            r.action,
            r.entity,
            json.loads(r.before_json) if r.before_json else {},
            json.loads(r.after_json) if r.after_json else {},
        )
        for r in rows
    ]
