"""Attachments (photos, scans, sign-in sheets): bytes into the blob store, a row per case."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.characters import strip_unsafe
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Attachment

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentView:
    id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    note: str


def safe_filename(name: str) -> str:
    """A stored file name that is only a name: no folders, no controls or direction tricks, never empty."""
    cleaned = strip_unsafe(name.replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    return (cleaned or "附件")[:255]


def attach_file(ctx: Workspace, case_ref: str, path: Path, *, note: str = "") -> AttachmentView:
    """Store a file's bytes by hash (deduplicated) and record it against the case."""
    require(ctx, "case.attach")
    if not path.is_file():
        raise ValidationError("附件", f"文件不存在或不是普通文件：{path}")
    if path.stat().st_size == 0:
        raise ValidationError("附件", f"{path.name} 是空文件（0 字节）：请确认扫描或拍照已保存")
    filename = safe_filename(path.name)
    note, err = check_text(note, "说明", required=False, limit=500, key="note")
    if err:
        raise err
    try:
        sha, size = ctx.blobs.put_file(path, max_bytes=MAX_ATTACHMENT_BYTES)
    except ValueError as exc:
        raise ValidationError("附件", str(exc)) from None
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with ctx.db.write(ctx.actor, "添加附件") as session:
        dispute_id = resolve_case_id(session, case_ref)
        row = Attachment(
            dispute_id=dispute_id,
            filename=filename,
            media_type=media_type,
            size=size,
            sha256=sha,
            note=note,
        )
        session.add(row)
        return AttachmentView(row.id, row.filename, row.media_type, row.size, row.sha256, row.note)


def attachments_of(ctx: Workspace, case_ref: str) -> list[AttachmentView]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.scalars(
            select(Attachment)
            .where(col(Attachment.dispute_id) == dispute_id, ~col(Attachment.deleted))
            .order_by(col(Attachment.created_at))
        ).all()
    return [AttachmentView(r.id, r.filename, r.media_type, r.size, r.sha256, r.note) for r in rows]
