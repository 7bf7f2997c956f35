"""Form drafts: what was typed into a form and not yet saved, autosaved so a crash loses at most a few seconds.

The agreement composer, the intake wizard, the 司法建议书 editor and the white paper's narrative editor write their whole state here every autosave interval while it has
changed, and offer it back (恢复草稿 / 放弃草稿) when the form is opened again. A draft lives in the store, so it is
encrypted with the store when the store is protected; it is local to this installation, never synced, and not
audited (it is a scratch copy of the form, not a record: the save, the registration or the finalising is).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import FormDraft
from fuyuan_desktop.store.types import utcnow

MAX_DRAFT_CHARS = 4_000_000
KINDS = ("agreement", "intake", "recommendation", "whitepaper")


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str
    actor: str
    payload: dict[str, Any]
    saved_at: datetime


def agreement_key(case_id: str) -> str:
    """One composer draft per case: whoever reopens the case's 协议 tab is offered it."""
    return f"agreement:{case_id}"


def intake_key(actor: str) -> str:
    """One unfinished registration per user."""
    return f"intake:{actor}"


def recommendation_key(rec_id: str) -> str:
    """One editor draft per 司法建议书 draft; ``new:{actor}`` for one not yet saved once."""
    return f"recommendation:{rec_id}"


def white_paper_key(year: int, court: str | None) -> str:
    """One draft of the white paper's narrative per year and court scope (``all``: every court in the store)."""
    return f"whitepaper:{year}:{court or 'all'}"


def save_form_draft(ctx: Workspace, key: str, payload: dict[str, Any]) -> datetime:
    """Keep ``payload`` (plain JSON data) as the draft under ``key``, replacing the previous one."""
    kind = key.split(":", 1)[0]
    if kind not in KINDS:
        raise ValidationError("草稿", f"未知的草稿种类「{kind}」")
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_DRAFT_CHARS:
        raise ValidationError("草稿", f"过长：{len(text)} 个字符，最多 {MAX_DRAFT_CHARS} 个")
    now = utcnow()
    with ctx.db.write(ctx.actor, "自动保存草稿") as session:
        row = session.get(FormDraft, key)
        if row is None:
            row = FormDraft(key=key, kind=kind, actor=ctx.actor, payload_json=text, saved_at=now)
        else:
            row.payload_json, row.actor, row.saved_at = text, ctx.actor, now
        session.add(row)
    return now


def form_draft(ctx: Workspace, key: str) -> Draft | None:
    with ctx.db.read() as session:
        row = session.get(FormDraft, key)
        if row is None:
            return None
        try:
            payload = json.loads(row.payload_json)
        except ValueError:
            return None
        return Draft(row.key, row.kind, row.actor, payload if isinstance(payload, dict) else {}, row.saved_at)


def discard_form_draft(ctx: Workspace, key: str) -> bool:
    """Drop the draft (saved for real, or thrown away by the user); true if there was one."""
    with ctx.db.write(ctx.actor, "放弃草稿") as session:
        row = session.get(FormDraft, key)
        if row is None:
            return False
        session.delete(row)
        return True
