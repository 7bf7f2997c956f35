"""The audit chain as the user sees it: verify the whole chain, read one case's history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.store.audit import ChainReport, verify_chain
from fuyuan_desktop.store.models import AuditEvent


def verify_audit(ctx: ServiceContext) -> ChainReport:
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


def case_history(ctx: ServiceContext, case_ref: str) -> list[HistoryEntry]:
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
