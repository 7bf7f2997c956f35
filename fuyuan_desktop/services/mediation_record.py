"""Printing the mediation record (调解笔录) of one sitting, versioned by the saved revision of its text."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.data import Attendee, RecordDoc
from fuyuan_desktop.documents.record import build_record
from fuyuan_desktop.domain.enums import AgreementStatus, Outcome, ParticipantRole, PartyRole, SessionStatus
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.identifiers import mask_id_number
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    case_parties,
    court_time,
    issue,
    load_dispute,
    role_label,
    sittings,
    template_for,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import (
    Agreement,
    Attendance,
    Dispute,
    GeneratedDocument,
    MediationSession,
    RecordRevision,
)

_PARTY_ROLES = {r.value for r in PartyRole}
_STAFF_ROLES = {ParticipantRole.JUDGE.value, ParticipantRole.CLERK.value}


def _choose_sitting(rows: list[MediationSession], version: int | None) -> tuple[int, MediationSession]:
    if not rows:
        raise NotFoundError("本案还没有安排调解，没有笔录可打印")
    if version is not None:
        if not 1 <= version <= len(rows):
            raise NotFoundError(f"本案只有 {len(rows)} 次调解：请打印第 1–{len(rows)} 次的笔录", code="no_such_sitting")
        return version, rows[version - 1]
    with_text = [(i, row) for i, row in enumerate(rows, start=1) if row.record_text.strip()]
    if not with_text:
        raise NotFoundError("本案各次调解都还没有保存笔录")
    held = [(i, row) for i, row in with_text if row.status == SessionStatus.HELD.value]
    return (held or with_text)[-1]


def _end_time(session: Session, sitting: MediationSession) -> datetime | None:
    """The last save of the record on the day of the sitting: when the record was closed at the table.

    A later day's correction is not the end of the sitting, so it leaves the end time blank to fill in.
    """
    start = court_time(sitting.scheduled_at)
    saves = session.scalars(
        select(col(RecordRevision.created_at)).where(
            col(RecordRevision.session_id) == sitting.id, col(RecordRevision.revision) <= sitting.record_revision
        )
    ).all()
    same_day = [court_time(t) for t in saves if start < court_time(t) < start + timedelta(hours=14)]
    same_day = [t for t in same_day if t.date() == start.date()]
    return max(same_day) if same_day else None


def _record_result(session: Session, dispute: Dispute, is_last: bool) -> tuple[str, str]:
    if not is_last:
        return "continued", ""
    agreed = session.scalars(
        select(Agreement).where(
            col(Agreement.dispute_id) == dispute.id, col(Agreement.status) != AgreementStatus.DRAFT.value
        )
    ).first()
    if agreed is not None or dispute.outcome == Outcome.AGREEMENT.value:
        return "agreement", ""
    if dispute.outcome:
        outcome = Outcome.of(dispute.outcome)
        note = outcome.label + (f"：{dispute.outcome_note}" if dispute.outcome_note else "")
        return ("settled" if outcome.is_success else "failed"), note
    return "open", ""


def record_doc(session: Session, dispute: Dispute, number: int, sitting: MediationSession) -> RecordDoc:
    """One session's record as the plain data its builder prints."""
    attendance = list(
        session.scalars(
            select(Attendance)
            .where(col(Attendance.session_id) == sitting.id, ~col(Attendance.deleted))
            .order_by(col(Attendance.created_at), col(Attendance.id))
        )
    )
    parties = case_parties(session, dispute.id)
    names = {party.id: party.name for _cp, party in parties}
    used: set[str] = set()
    lines: list[Attendee] = []
    for cp, party in parties:
        row = next(
            (
                a
                for a in attendance
                if a.id not in used and (a.party_id == party.id or (a.party_id is None and a.name == party.name))
            ),
            None,
        )
        if row is not None:
            used.add(row.id)
        present = row.present if row is not None else None
        role = PartyRole.of(cp.role).label
        masked = mask_id_number(party.id_number) if present and party.id_number else ""
        represents = names.get(cp.represents_id or "", "")
        lines.append(Attendee(role, party.name, present, masked, represents))
    for a in attendance:
        if a.id not in used and a.role in _PARTY_ROLES:
            used.add(a.id)
            lines.append(Attendee(role_label(a.role), a.name, a.present))
    # Everyone not recorded as absent signs: a party nobody checked in may still be at the table.
    signers = [f"{p.role}：{p.name}" for p in lines if p.present is not False]
    hosts = [
        f"{a.name}（{role_label(a.role)}）"
        for a in attendance
        if a.present and (a.role == ParticipantRole.JUDGE.value or a.role.endswith("_mediator"))
    ]
    staff = case_mediators(session, dispute.id)
    if not hosts:
        hosts = [f"{m.name}（{role_label(m.role)}）" for m in staff if m.role != ParticipantRole.CLERK.value]
    recorder = next((a.name for a in attendance if a.present and a.role == ParticipantRole.CLERK.value), "") or next(
        (m.name for m in staff if m.role == ParticipantRole.CLERK.value), ""
    )
    others = tuple(
        Attendee(role_label(a.role), a.name, a.present)
        for a in attendance
        if a.id not in used and a.role not in _STAFF_ROLES and not a.role.endswith("_mediator")
    )
    rows = sittings(session, dispute.id)
    result, note = _record_result(session, dispute, rows[-1].id == sitting.id)
    # The last revision printed (and so signed at the table) before this one: a later edit says it amends it.
    signed_before = session.scalars(
        select(GeneratedDocument)
        .where(
            col(GeneratedDocument.kind) == "record",
            col(GeneratedDocument.source_id) == sitting.id,
            col(GeneratedDocument.version) < sitting.record_revision,
        )
        .order_by(col(GeneratedDocument.version).desc())
    ).first()
    ends_at = _end_time(session, sitting)
    return RecordDoc(
        header=case_header(session, dispute),
        session_id=sitting.id,
        session_no=number,
        revision=sitting.record_revision,
        # To the minute, as printed: the hash covers what the paper says (a save's seconds are not on it).
        starts_at=_minute(court_time(sitting.scheduled_at)),
        ends_at=_minute(ends_at) if ends_at else None,
        place=sitting.place_text or dispute.place_text,
        hosts=tuple(hosts),
        recorder=recorder,
        parties=tuple(lines),
        others=others,
        signers=tuple(signers),
        text=sitting.record_text,
        result=result,
        result_note=note,
        amends_revision=signed_before.version if signed_before else 0,
    )


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def print_record(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a session's 调解笔录 (``version`` = which session, 第N次; default the latest with a record).

    The paper's version is the record's saved revision. A printed revision is the one signed at the table:
    it stays as printed (a reprint renders its frozen content, later facts such as the official 案号 beside
    it), and it is superseded only when a later revision is printed — marked as amending it.
    """
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        number, sitting = _choose_sitting(sittings(session, dispute.id), version)
        if not sitting.record_text.strip():
            raise ValidationError("调解笔录", f"第 {number} 次调解还没有保存笔录，无法打印")
        doc = record_doc(session, dispute, number, sitting)
    template = template_for(ctx, "record")
    return issue(
        ctx,
        Paper(
            kind="record",
            dispute_id=dispute.id,
            source_id=sitting.id,
            data=doc,
            title=f"调解笔录（第{number}次）",
            build=lambda fonts, styles: build_record(doc, fonts, styles, template),
            version=doc.revision,
            mismatch=(
                f"第 {doc.revision} 版笔录已打印存档，其后参加人或案件信息有改动；这里给出的是存档原件。"
                "如需按现有资料打印，请修改并保存笔录，生成新版本"
            ),
            keep_archived=True,
            rebuild=lambda frozen: lambda fonts, styles: build_record(frozen, fonts, styles, template),
        ),
        out=out,
    )
