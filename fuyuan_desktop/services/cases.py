"""Reading cases: the list with filters and SQL-side sorting, one case in full, and search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import number_search_key
from fuyuan_desktop.domain.enums import (
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    MediationKind,
    Outcome,
    ParticipantRole,
    PartyKind,
    PartyRole,
)
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.identifiers import mask_id_number, mask_phone
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.store import search as store_search
from fuyuan_desktop.store.models import (
    CaseParty,
    Dispute,
    DisputeMediator,
    FollowUp,
    MediationSession,
    Mediator,
    Party,
    Place,
    Tribunal,
)


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list (personal data masked)."""

    id: str
    number: str
    provisional_number: str
    official_number: str | None
    category: str
    status: str
    tribunal: str
    place: str
    parties: str
    registered_on: date
    due_on: date | None
    score: int = 0


@dataclass(frozen=True)
class PartyView:
    id: str
    role: str
    kind: str
    name: str
    id_number: str
    phone: str
    address: str
    credit_code: str
    representative: str
    representative_title: str


@dataclass(frozen=True)
class SessionView:
    id: str
    scheduled_at: datetime
    status: str
    place: str
    record_revision: int
    record_chars: int


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    source: str
    mediation_kind: str
    dispute_summary: str
    claims: str
    amount_fen: int | None
    outcome: str | None
    outcome_note: str
    accepted_on: date | None
    closed_on: date | None
    parties: list[PartyView] = field(default_factory=list)
    mediators: list[str] = field(default_factory=list)
    sessions: list[SessionView] = field(default_factory=list)
    follow_ups: list[tuple[date, str, str]] = field(default_factory=list)
    disputed_act: str = ""


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    category: str | None = None
    tribunal: str | None = None
    place: str | None = None
    mediator: str | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    overdue: bool = False


SORTABLE = {
    "registered_on": col(Dispute.registered_on),
    "number": col(Dispute.provisional_number),
    "status": col(Dispute.status),
    "category": col(Dispute.category),
    "due_on": col(Dispute.due_on),
}


def _label(
    enum: type[DisputeCategory]
    | type[DisputeStatus]
    | type[DisputeSource]
    | type[MediationKind]
    | type[Outcome]
    | type[PartyRole]
    | type[PartyKind]
    | type[ParticipantRole],
    value: str | None,
) -> str:
    if value is None:
        return ""
    try:
        return enum.of(value).label
    except ValueError:
        return value


def apply_filter(stmt: Select[tuple[str]], flt: CaseFilter, today: date) -> Select[tuple[str]]:
    """Add the WHERE clauses of a case filter (display names or codes accepted)."""
    if flt.status:
        try:
            stmt = stmt.where(col(Dispute.status) == DisputeStatus.parse(flt.status).value)
        except KeyError:
            raise ValidationError(
                "--status", f"「{flt.status}」无效；可选：{'、'.join(DisputeStatus.labels())}"
            ) from None
    if flt.category:
        try:
            stmt = stmt.where(col(Dispute.category) == DisputeCategory.parse(flt.category).value)
        except KeyError:
            raise ValidationError("--category", f"「{flt.category}」不是纠纷类型") from None
    if flt.tribunal:
        stmt = stmt.where(
            col(Dispute.tribunal_id).in_(
                select(col(Tribunal.id)).where(
                    or_(
                        col(Tribunal.short_name) == flt.tribunal,
                        col(Tribunal.name) == flt.tribunal,
                        col(Tribunal.id) == flt.tribunal,
                    )
                )
            )
        )
    if flt.place:
        stmt = stmt.where(
            or_(
                col(Dispute.place_id).in_(select(col(Place.id)).where(col(Place.name).contains(flt.place))),
                col(Dispute.place_text).contains(flt.place),
            )
        )
    if flt.mediator:
        stmt = stmt.where(
            col(Dispute.id).in_(
                select(col(DisputeMediator.dispute_id))
                .join(Mediator, col(Mediator.id) == col(DisputeMediator.mediator_id))
                .where(col(Mediator.name) == flt.mediator)
            )
        )
    if flt.registered_from:
        stmt = stmt.where(col(Dispute.registered_on) >= flt.registered_from)
    if flt.registered_to:
        stmt = stmt.where(col(Dispute.registered_on) <= flt.registered_to)
    if flt.overdue:
        open_states = [DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value]
        stmt = stmt.where(col(Dispute.due_on) < today, col(Dispute.status).in_(open_states))
    return stmt.where(~col(Dispute.deleted))


def case_ids(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[str]:
    """Ids of the cases matching ``flt``, sorted in SQL (the GUI's list model pages over these)."""
    column = SORTABLE.get(sort)
    if column is None:
        raise ValidationError("--sort", f"无法按「{sort}」排序；可选：{'、'.join(SORTABLE)}")
    stmt = apply_filter(select(col(Dispute.id)), flt or CaseFilter(), ctx.today())
    order = column.desc() if descending else column.asc()
    stmt = stmt.order_by(order, col(Dispute.id).desc() if descending else col(Dispute.id).asc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ctx.db.read() as session:
        return list(session.scalars(stmt))


def count_cases(ctx: ServiceContext, flt: CaseFilter | None = None) -> int:
    stmt = apply_filter(select(func.count(col(Dispute.id))), flt or CaseFilter(), ctx.today())
    with ctx.db.read() as session:
        return int(session.scalar(stmt) or 0)


def summaries(ctx: ServiceContext, ids: list[str], scores: dict[str, int] | None = None) -> list[CaseSummary]:
    """List rows for ``ids``, in the same order, fetched in one round of queries."""
    if not ids:
        return []
    with ctx.db.read() as session:
        return _summaries(session, ids, scores or {})


def _summaries(session: Session, ids: list[str], scores: dict[str, int]) -> list[CaseSummary]:
    rows = session.execute(
        select(Dispute, col(Tribunal.short_name), col(Place.name))
        .join(Tribunal, col(Tribunal.id) == col(Dispute.tribunal_id), isouter=True)
        .join(Place, col(Place.id) == col(Dispute.place_id), isouter=True)
        .where(col(Dispute.id).in_(ids))
    ).all()
    names: dict[str, list[str]] = {}
    for dispute_id, role, name in session.execute(
        select(col(CaseParty.dispute_id), col(CaseParty.role), col(Party.name))
        .join(Party, col(Party.id) == col(CaseParty.party_id))
        .where(col(CaseParty.dispute_id).in_(ids), ~col(CaseParty.deleted))
        .order_by(col(CaseParty.dispute_id), col(CaseParty.position))
    ):
        if role in (PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value):
            names.setdefault(dispute_id, []).append(name)
    by_id: dict[str, CaseSummary] = {}
    for dispute, tribunal, place in rows:
        by_id[dispute.id] = CaseSummary(
            id=dispute.id,
            number=dispute.official_number or dispute.provisional_number,
            provisional_number=dispute.provisional_number,
            official_number=dispute.official_number,
            category=_label(DisputeCategory, dispute.category),
            status=_label(DisputeStatus, dispute.status),
            tribunal=tribunal or "",
            place=place or dispute.place_text,
            parties="、".join(names.get(dispute.id, [])),
            registered_on=dispute.registered_on,
            due_on=dispute.due_on,
            score=scores.get(dispute.id, 0),
        )
    return [by_id[i] for i in ids if i in by_id]


def list_cases(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "registered_on",
    descending: bool = True,
) -> list[CaseSummary]:
    return summaries(ctx, case_ids(ctx, flt, sort=sort, descending=descending, limit=limit, offset=offset))


def search_cases(ctx: ServiceContext, query: str, *, limit: int = 50) -> list[CaseSummary]:
    """Ranked search by name, ID number (or its tail), phone, case number, place or pinyin initials."""
    with ctx.db.read() as session:
        hits = store_search.search_disputes(session, query, limit=limit)
        return _summaries(session, [h.dispute_id for h in hits], {h.dispute_id: h.score for h in hits})


def resolve_case_id(session: Session, ref: str) -> str:
    """A case id from its id, provisional number or official number (any bracket style)."""
    ref = ref.strip()
    by_id = session.get(Dispute, ref)
    if by_id is not None and not by_id.deleted:
        return ref
    key = number_search_key(ref)
    found = session.scalars(
        select(col(Dispute.id)).where(
            or_(col(Dispute.provisional_key) == key, col(Dispute.official_key) == key), ~col(Dispute.deleted)
        )
    ).first()
    if found is None:
        raise NotFoundError(f"找不到案件「{ref}」（可用案件编号、正式案号或内部 ID）")
    return found


def get_case(ctx: ServiceContext, ref: str, *, unmasked: bool = False) -> CaseDetail:
    """One case with parties, mediators, sessions and follow-ups. Personal data masked unless asked."""
    if unmasked:
        require(ctx, "case.unmask")
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, ref)
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        summary = _summaries(session, [dispute_id], {})[0]
        parties = []
        for cp, party in session.execute(
            select(CaseParty, Party)
            .join(Party, col(Party.id) == col(CaseParty.party_id))
            .where(col(CaseParty.dispute_id) == dispute_id, ~col(CaseParty.deleted))
            .order_by(col(CaseParty.position))
        ):
            parties.append(
                PartyView(
                    id=party.id,
                    role=_label(PartyRole, cp.role),
                    kind=_label(PartyKind, party.kind),
                    name=party.name,
                    id_number=party.id_number
                    if unmasked
                    else mask_id_number(party.id_number)
                    if party.id_number
                    else "",
                    phone=party.phone if unmasked else mask_phone(party.phone) if party.phone else "",
                    address=party.address,
                    credit_code=party.credit_code,
                    representative=party.representative,
                    representative_title=party.representative_title,
                )
            )
        mediators = [
            f"{m.name}（{m.organization or _label(ParticipantRole, m.role)}）"
            for m in session.scalars(
                select(Mediator)
                .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
                .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
            )
        ]
        sessions = [
            SessionView(s.id, s.scheduled_at, s.status, s.place_text, s.record_revision, len(s.record_text))
            for s in session.scalars(
                select(MediationSession)
                .where(col(MediationSession.dispute_id) == dispute_id)
                .order_by(col(MediationSession.scheduled_at))
            )
        ]
        follow_ups = [
            (f.due_on, f.kind, f.status)
            for f in session.scalars(
                select(FollowUp).where(col(FollowUp.dispute_id) == dispute_id).order_by(col(FollowUp.due_on))
            )
        ]
    if unmasked:
        ctx.db.record_event(
            ctx.actor, "查看未遮蔽的个人信息", entity="dispute", entity_id=dispute_id, dispute_id=dispute_id
        )
    return CaseDetail(
        summary=summary,
        source=_label(DisputeSource, dispute.source),
        mediation_kind=_label(MediationKind, dispute.mediation_kind),
        dispute_summary=dispute.summary,
        claims=dispute.claims,
        amount_fen=dispute.amount_fen,
        outcome=_label(Outcome, dispute.outcome) or None,
        outcome_note=dispute.outcome_note,
        accepted_on=dispute.accepted_on,
        closed_on=dispute.closed_on,
        parties=parties,
        mediators=mediators,
        sessions=sessions,
        follow_ups=follow_ups,
        disputed_act="，".join(x for x in (dispute.act_name, dispute.act_number, dispute.act_date.isoformat() if dispute.act_date else "") if x),
    )
