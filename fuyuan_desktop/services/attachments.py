"""Attachments (photos, scans, sign-in sheets): bytes into the blob store, a row per case."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.store.blobs import BlobStore
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


def attach_file(ctx: ServiceContext, blobs: BlobStore, case_ref: str, path: Path, *, note: str = "") -> AttachmentView:
    """Store a file's bytes by hash (deduplicated) and record it against the case."""
    require(ctx, "case.attach")
    if not path.is_file():
        raise ValidationError("附件", f"文件不存在或不是普通文件：{path}")
    try:
        sha, size = blobs.put_file(path, max_bytes=MAX_ATTACHMENT_BYTES)
    except ValueError as exc:
        raise ValidationError("附件", str(exc)) from None
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with ctx.db.write(ctx.actor, "添加附件") as session:
        dispute_id = resolve_case_id(session, case_ref)
        row = Attachment(
            dispute_id=dispute_id,
            filename=path.name[:255],
            media_type=media_type,
            size=size,
            sha256=sha,
            note=note[:500],
        )
        session.add(row)
        return AttachmentView(row.id, row.filename, row.media_type, row.size, row.sha256, row.note)


def attachments_of(ctx: ServiceContext, case_ref: str) -> list[AttachmentView]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.scalars(
            select(Attachment)
            .where(col(Attachment.dispute_id) == dispute_id, ~col(Attachment.deleted))
            .order_by(col(Attachment.created_at))
        ).all()
    return [AttachmentView(r.id, r.filename, r.media_type, r.size, r.sha256, r.note) for r in rows]
