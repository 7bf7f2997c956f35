"""Printing the papers that bring parties to the table: the mediation notice and the two service forms.

One page per party (an agent is served for the party it acts for), each numbered as its own paper.
They are numbered by issue: the same data reprints the same paper, changed data (a new sitting, a
corrected address) the next version, and ``--version N`` hands out the archived original of issue N.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.data import Addressee, NoticeDoc, ServiceDoc
from fuyuan_desktop.documents.notice import build_notice
from fuyuan_desktop.documents.service_forms import build_address_confirmation, build_service_proof
from fuyuan_desktop.domain.enums import ParticipantRole, PartyRole, SessionStatus
from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.domain.identifiers import mask_id_number
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    case_parties,
    court_time,
    issue,
    load_dispute,
    mediating_organization,
    reprint_archived,
    role_label,
    sittings,
    template_for,
)
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Dispute, DisputeMediator


def addressees(session: Session, dispute_id: str) -> tuple[Addressee, ...]:
    """Every party except agents, with its agents' names; an agent is served for the party it acts for."""
    rows = case_parties(session, dispute_id)
    agents: dict[str, list[str]] = {}
    for cp, party in rows:
        if cp.role == PartyRole.AGENT.value and cp.represents_id:
            agents.setdefault(cp.represents_id, []).append(party.name)
    return tuple(
        Addressee(
            role=PartyRole.of(cp.role).label,
            kind=party.kind,
            name=party.name,
            address=party.service_address or party.address,
            phone=party.phone,
            id_masked=mask_id_number(party.id_number) if party.id_number else "",
            representative=party.representative,
            agents=tuple(agents.get(party.id, ())),
        )
        for cp, party in rows
        if cp.role != PartyRole.AGENT.value
    )


def _entrusted_to(session: Session, dispute_id: str) -> str:
    organization = mediating_organization(session, dispute_id)
    if organization:
        return organization
    staff = [m for m in case_mediators(session, dispute_id) if m.role != ParticipantRole.CLERK.value]
    if not staff:
        return ""
    return role_label(staff[0].role) + "、".join(m.name for m in staff)


def notice_doc(ctx: ServiceContext, session: Session, dispute: Dispute) -> NoticeDoc:
    header = case_header(session, dispute)
    parties = case_parties(session, dispute.id)
    today = ctx.today()
    upcoming = [
        s
        for s in sittings(session, dispute.id)
        if s.status == SessionStatus.SCHEDULED.value and court_time(s.scheduled_at).date() >= today
    ]
    nxt = upcoming[0] if upcoming else None
    assigned = session.scalars(
        select(col(DisputeMediator.assigned_on))
        .where(col(DisputeMediator.dispute_id) == dispute.id, ~col(DisputeMediator.deleted))
        .order_by(col(DisputeMediator.assigned_on))
    ).first()
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    return NoticeDoc(
        header=header,
        addressees=addressees(session, dispute.id),
        applicants=tuple(p.name for cp, p in parties if cp.role == PartyRole.APPLICANT.value),
        respondents=tuple(p.name for cp, p in parties if cp.role == PartyRole.RESPONDENT.value),
        entrusted_to=_entrusted_to(session, dispute.id),
        referred_on=assigned,
        period_days=ctx.reference.deadline_rules.mediation_days,
        due_on=dispute.due_on,
        session_at=court_time(nxt.scheduled_at) if nxt else None,
        session_place=(nxt.place_text or dispute.place_text) if nxt else "",
        contact=staff[0].name if staff else "",
        contact_phone=header.tribunal_phone or (staff[0].phone if staff else ""),
    )


def _require_addressees(doc_addressees: tuple[Addressee, ...], what: str) -> None:
    if not doc_addressees:
        raise ValidationError(what, "本案没有当事人，无法打印")


def print_notice(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 诉前调解通知书: one page to each party (applicants, respondents, third parties)."""
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        if version is not None:
            return reprint_archived(ctx, blobs, "notice", dispute.id, version, out=out)
        doc = notice_doc(ctx, session, dispute)
    _require_addressees(doc.addressees, "调解通知书")
    template = template_for(ctx, "notice")
    warnings = () if doc.session_at else ("本案没有已排期的调解，调解时间、地点留空待填",)
    return issue(
        ctx,
        blobs,
        Paper(
            kind="notice",
            dispute_id=dispute.id,
            source_id=dispute.id,
            data=doc,
            title=template.raw("title"),
            build=lambda fonts, styles: build_notice(doc, fonts, styles, template),
            warnings=warnings,
        ),
        out=out,
    )


def _print_service_form(
    ctx: ServiceContext,
    blobs: BlobStore,
    case_ref: str,
    kind: str,
    version: int | None,
    out: Path | None,
) -> PrintedDocument:
    template = template_for(ctx, kind)
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        if version is not None:
            return reprint_archived(ctx, blobs, kind, dispute.id, version, out=out)
        doc = ServiceDoc(
            header=case_header(session, dispute),
            addressees=addressees(session, dispute.id),
            documents=template.raw("documents"),
        )
    _require_addressees(doc.addressees, template.raw("name", kind))
    build = build_service_proof if kind == "service_proof" else build_address_confirmation
    return issue(
        ctx,
        blobs,
        Paper(
            kind=kind,
            dispute_id=dispute.id,
            source_id=dispute.id,
            data=doc,
            title=template.raw("name", kind),
            build=lambda fonts, styles: build(doc, fonts, styles, template),
        ),
        out=out,
    )


def print_service_proof(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a 送达回证 for each party (documents served: the template's list, court-overridable)."""
    return _print_service_form(ctx, blobs, case_ref, "service_proof", version, out)


def print_address_confirmation(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a 送达地址确认书 for each party, the known address prefilled for the party to check."""
    return _print_service_form(ctx, blobs, case_ref, "address_confirmation", version, out)
