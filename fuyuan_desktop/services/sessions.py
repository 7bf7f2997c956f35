"""Mediation sessions: scheduling, attendance and the record (笔录), saved as revisions that never overwrite."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.enums import DisputeStatus, ParticipantRole, PartyRole, SessionStatus
from fuyuan_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workflow import follow_the_work
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Attendance, Dispute, MediationSession, RecordRevision
from fuyuan_desktop.store.types import utcnow

MAX_RECORD = 2_000_000


@dataclass(frozen=True)
class RecordSaved:
    session_id: str
    revision: int
    chars: int
    saved_at: datetime
    status_note: str = ""  # the case's automatic status change (the first 笔录 → 调解中), to show


def schedule_session(ctx: Workspace, case_ref: str, when: datetime, *, place: str = "") -> str:
    require(ctx, "record.write")
    if when.tzinfo is None:
        raise ValidationError("调解时间", "缺少时区")
    clean_place, err = check_text(place, "调解地点", required=False, limit=200)
    if err:
        raise err
    with ctx.db.write(ctx.actor, "安排调解") as session:
        dispute = session.get(Dispute, resolve_case_id(session, case_ref))
        assert dispute is not None
        if dispute.status in (DisputeStatus.CLOSED.value, DisputeStatus.RETURNED.value, DisputeStatus.DOCKETED.value):
            raise ValidationError("安排调解", f"案件状态为「{DisputeStatus.of(dispute.status).label}」，不能再安排调解")
        row = MediationSession(dispute_id=dispute.id, scheduled_at=when, place_text=clean_place or dispute.place_text)
        session.add(row)
        return row.id


def save_record(ctx: Workspace, session_id: str, text: str, *, base_revision: int | None = None) -> RecordSaved:
    """Save the record text as a new revision. Earlier revisions stay; a stale base is refused, not overwritten.

    ``base_revision`` is the revision the editor started from; if someone else saved since, the save is
    refused with ``ConflictError`` so neither text is lost (the caller keeps its text and shows both).
    """
    require(ctx, "record.write")
    if len(text) > MAX_RECORD:
        raise ValidationError("笔录", f"过长：{len(text)} 个字符，最多 {MAX_RECORD} 个")
    if "\x00" in text:
        raise ValidationError("笔录", "含有空字符（\\0），无法保存")
    with ctx.db.write(ctx.actor, "保存笔录") as session:
        row = session.get(MediationSession, session_id)
        if row is None:
            raise NotFoundError(f"找不到调解场次 {session_id}")
        if base_revision is not None and base_revision != row.record_revision:
            raise ConflictError(
                f"笔录已在别处保存为第 {row.record_revision} 版（你编辑的是第 {base_revision} 版）；"
                "你这次的文字尚未保存，请保留它并与最新版本合并后再保存（两版都不会被覆盖）"
            )
        if text == row.record_text:
            return RecordSaved(row.id, row.record_revision, len(text), row.record_saved_at or utcnow())
        row.record_revision += 1
        row.record_text = text
        row.record_saved_at = utcnow()
        session.add(RecordRevision(session_id=row.id, revision=row.record_revision, text=text, saved_by=ctx.actor))
        note = ""
        dispute = session.get(Dispute, row.dispute_id)
        if dispute is not None and text.strip():
            note = follow_the_work(ctx, session, dispute, DisputeStatus.MEDIATING, "保存了第一份调解笔录")
        return RecordSaved(row.id, row.record_revision, len(text), row.record_saved_at, note)


def record_revisions(ctx: Workspace, session_id: str) -> list[tuple[int, datetime, str]]:
    with ctx.db.read() as session:
        return [
            (r.revision, r.created_at, r.text)
            for r in session.scalars(
                select(RecordRevision)
                .where(col(RecordRevision.session_id) == session_id)
                .order_by(col(RecordRevision.revision))
            )
        ]


def check_in(
    ctx: Workspace,
    session_id: str,
    name: str,
    role: str,
    *,
    present: bool = True,
    party_id: str | None = None,
    mediator_id: str | None = None,
) -> str:
    """Record one attendee (party, mediator, agency head, deputy…) for a session."""
    require(ctx, "record.write")
    clean, err = check_text(name, "参加人姓名", required=True, limit=100)
    if err:
        raise err
    valid = {r.value for r in ParticipantRole} | {r.value for r in PartyRole}
    try:
        code = role if role in valid else (ParticipantRole.parse(role).value)
    except KeyError:
        try:
            code = PartyRole.parse(role).value
        except KeyError:
            raise ValidationError("参加人身份", f"「{role}」无效") from None
    with ctx.db.write(ctx.actor, "签到") as session:
        if session.get(MediationSession, session_id) is None:
            raise NotFoundError(f"找不到调解场次 {session_id}")
        row = Attendance(
            session_id=session_id,
            name=clean,
            role=code,
            present=present,
            party_id=party_id,
            mediator_id=mediator_id,
            checked_in_at=utcnow() if present else None,
        )
        session.add(row)
        return row.id


def mark_held(ctx: Workspace, session_id: str) -> None:
    require(ctx, "record.write")
    with ctx.db.write(ctx.actor, "调解已进行") as session:
        row = session.get(MediationSession, session_id)
        if row is None:
            raise NotFoundError(f"找不到调解场次 {session_id}")
        row.status = SessionStatus.HELD.value


@dataclass(frozen=True)
class RecordState:
    """What the recorder opens with: the session's current record text and the revision it is."""

    session_id: str
    dispute_id: str
    scheduled_at: datetime
    place: str
    status: str
    text: str
    revision: int
    saved_at: datetime | None


def record_of(ctx: Workspace, session_id: str) -> RecordState:
    with ctx.db.read() as session:
        row = session.get(MediationSession, session_id)
        if row is None:
            raise NotFoundError(f"找不到调解场次 {session_id}")
        return RecordState(
            row.id,
            row.dispute_id,
            row.scheduled_at,
            row.place_text,
            SessionStatus.of(row.status).label,
            row.record_text,
            row.record_revision,
            row.record_saved_at,
        )


@dataclass(frozen=True)
class AttendanceView:
    id: str
    name: str
    role: str
    present: bool
    party_id: str | None
    mediator_id: str | None
    checked_in_at: datetime | None


def attendance_of(ctx: Workspace, session_id: str) -> list[AttendanceView]:
    """Who was checked in (or marked absent) for a session, in check-in order."""
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Attendance)
            .where(col(Attendance.session_id) == session_id, ~col(Attendance.deleted))
            .order_by(col(Attendance.created_at))
        ).all()
    return [AttendanceView(r.id, r.name, r.role, r.present, r.party_id, r.mediator_id, r.checked_in_at) for r in rows]
