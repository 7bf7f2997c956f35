"""Reading cases: the list with filters and SQL-side sorting, one case in full, and search."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import case_reference, number_search_key
from fuyuan_desktop.domain.cause_refs import cause_name, cause_ref, resolve_cause
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
from fuyuan_desktop.services.causes import shown_cause_name, use_catalogues
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
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
    """One row of the case list (personal data masked). ``status`` is the label shown; ``status_code`` the
    ``DisputeStatus`` value to decide by."""

    id: str
    number: str
    provisional_number: str
    official_number: str | None
    category: str
    status: str
    status_code: str
    category_code: str
    tribunal: str
    place: str
    parties: str
    registered_on: date
    due_on: date | None
    score: int = 0
    cause: str = ""  # the official 案由's name (买卖合同纠纷)
    cause_code: str = ""  # as stored: civil_2020:4.10.84
    mediation_type: str = ""  # the 人民调解 type's name, for people mediation
    cause_review: bool = False  # the migration picked this 案由 among several: to be confirmed


@dataclass(frozen=True)
class PartyView:
    """A party of one case; ``role``/``kind`` are labels, ``role_code``/``kind_code`` the enum values."""

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
    role_code: str = ""
    kind_code: str = ""


@dataclass(frozen=True)
class SessionView:
    """One sitting of a case; ``status`` is the ``SessionStatus`` value (its label: ``SessionStatus.of(...).label``)."""

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
    follow_ups: list[tuple[date, str, str]] = field(default_factory=list)  # (due on, kind, TaskStatus value)
    disputed_act: str = ""
    mediation_kind_code: str = ""  # ``source``/``mediation_kind`` are labels; this is the MediationKind value
    suspended_on: date | None = None  # 中止: set while the mediation period stands still
    suspension_reason: str = ""
    paused_days: int = 0  # days the period has stood still (resumed suspensions)
    undisputed_facts: tuple[str, ...] = ()  # recorded at 转立案
    extension_days: int = 0  # days the period was extended with every party's consent (延长)


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    category: str | None = None
    tribunal: str | None = None
    place: str | None = None
    cause: str | None = None  # an official 案由 (reference, code or name): the cases of it and of its children
    mediator: str | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    overdue: bool = False


SORTABLE = {
    "registered_on": col(Dispute.registered_on),
    "number": col(Dispute.provisional_number),
    "status": col(Dispute.status),
    "category": col(Dispute.category),
    "cause": col(Dispute.cause),
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
                "状态", f"「{flt.status}」无效；可选：{'、'.join(DisputeStatus.labels())}", field="status",
                code="invalid_choice"
            ) from None
    if flt.category:
        try:
            stmt = stmt.where(col(Dispute.category) == DisputeCategory.parse(flt.category).value)
        except KeyError:
            raise ValidationError("纠纷类型", f"「{flt.category}」不是纠纷类型", field="category",
                                  code="invalid_choice") from None
    if flt.cause and flt.cause.strip():
        ref = cause_ref(resolve_cause(flt.cause, field="cause_filter", label="案由"))
        stmt = stmt.where(or_(col(Dispute.cause) == ref, col(Dispute.cause).startswith(ref + ".", autoescape=True)))
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
    if flt.place:  # the same match as the search box's place tier (store/search.py PLACE_MATCH)
        word = flt.place.strip()
        stmt = stmt.where(
            or_(
                col(Dispute.place_id).in_(select(col(Place.id)).where(or_(
                    col(Place.name).contains(word, autoescape=True),
                    col(Place.township).contains(word, autoescape=True)))),
                col(Dispute.place_text).contains(word, autoescape=True),
            )
        )
    if flt.mediator:
        stmt = stmt.where(
            col(Dispute.id).in_(
                select(col(DisputeMediator.dispute_id))
                .join(Mediator, col(Mediator.id) == col(DisputeMediator.mediator_id))
                .where(col(Mediator.name) == flt.mediator, ~col(DisputeMediator.deleted))
            )
        )
    if flt.registered_from:
        stmt = stmt.where(col(Dispute.registered_on) >= flt.registered_from)
    if flt.registered_to:
        stmt = stmt.where(col(Dispute.registered_on) <= flt.registered_to)
    if flt.overdue:
        open_states = [DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value]
        stmt = stmt.where(col(Dispute.due_on) < today, col(Dispute.status).in_(open_states),
                          col(Dispute.suspended_on).is_(None))  # a suspended period is not overdue
    return stmt.where(~col(Dispute.deleted))


def case_ids(
    ctx: Workspace,
    flt: CaseFilter | None = None,
    *,
    sort: str = "registered_on",
    descending: bool = True,
    limit: int | None = None,
    offset: int = 0,
) -> list[str]:
    """Ids of the cases matching ``flt``, sorted in SQL (the GUI's list model pages over these)."""
    use_catalogues(ctx)  # a 案由 filter may name one an administrator added
    column = SORTABLE.get(sort)
    if column is None:
        raise ValidationError("排序", f"无法按「{sort}」排序；可选：{'、'.join(SORTABLE)}", field="sort",
                              code="invalid_choice")
    stmt = apply_filter(select(col(Dispute.id)), flt or CaseFilter(), ctx.today())
    order = column.desc() if descending else column.asc()
    stmt = stmt.order_by(order, col(Dispute.id).desc() if descending else col(Dispute.id).asc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ctx.db.read() as session:
        return list(session.scalars(stmt))


def count_cases(ctx: Workspace, flt: CaseFilter | None = None) -> int:
    stmt = apply_filter(select(func.count(col(Dispute.id))), flt or CaseFilter(), ctx.today())
    with ctx.db.read() as session:
        return int(session.scalar(stmt) or 0)


def summaries(ctx: Workspace, ids: list[str], scores: dict[str, int] | None = None) -> list[CaseSummary]:
    """List rows for ``ids``, in the same order, fetched in one round of queries."""
    if not ids:
        return []
    use_catalogues(ctx)
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
            status_code=dispute.status,
            category_code=dispute.category,
            tribunal=tribunal or "",
            place=place or dispute.place_text,
            parties="、".join(names.get(dispute.id, [])),
            registered_on=dispute.registered_on,
            due_on=dispute.due_on,
            score=scores.get(dispute.id, 0),
            cause=shown_cause_name(dispute.cause),
            cause_code=dispute.cause,
            mediation_type=cause_name(f"people_mediation:{dispute.mediation_type}") if dispute.mediation_type else "",
            cause_review=bool(dispute.cause_review),
        )
    return [by_id[i] for i in ids if i in by_id]


def list_cases(
    ctx: Workspace,
    flt: CaseFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "registered_on",
    descending: bool = True,
) -> list[CaseSummary]:
    return summaries(ctx, case_ids(ctx, flt, sort=sort, descending=descending, limit=limit, offset=offset))


def search_cases(ctx: Workspace, query: str, *, limit: int = 50) -> list[CaseSummary]:
    """Ranked search by name, ID number (or its tail), phone, case number, place or pinyin initials.

    Control and format characters (a NUL pasted from a spreadsheet, zero-width spaces) are not part of any name
    or number: they are read as spaces, so they neither fail the query nor hide a match."""
    query = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in query)
    with ctx.db.read() as session:
        hits = store_search.search_disputes(session, query, limit=limit)
        return _summaries(session, [h.dispute_id for h in hits], {h.dispute_id: h.score for h in hits})


def resolve_case_id(session: Session, ref: str) -> str:
    """A case id from its id, provisional number or official number (any bracket style)."""
    ref = case_reference(ref)
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


def _sessions(session: Session, dispute_id: str) -> list[SessionView]:
    return [
        SessionView(s.id, s.scheduled_at, s.status, s.place_text, s.record_revision, len(s.record_text))
        for s in session.scalars(
            select(MediationSession)
            .where(col(MediationSession.dispute_id) == dispute_id)
            .order_by(col(MediationSession.scheduled_at))
        )
    ]


def case_sessions(ctx: Workspace, case_id: str) -> list[SessionView]:
    """The sittings of one case, in time order: what its sessions table shows (without reading the whole case)."""
    with ctx.db.read() as session:
        return _sessions(session, case_id)


def get_case(ctx: Workspace, ref: str, *, unmasked: bool = False) -> CaseDetail:
    """One case with parties, mediators, sessions and follow-ups. Personal data masked unless asked."""
    if unmasked:
        require(ctx, "case.unmask")
    use_catalogues(ctx)
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
                    role_code=cp.role,
                    kind_code=party.kind,
                )
            )
        mediators = [
            f"{m.name}（{m.organization or _label(ParticipantRole, m.role)}）"
            for m in session.scalars(
                select(Mediator)
                .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
                .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
                .order_by(col(DisputeMediator.is_lead).desc(), col(DisputeMediator.created_at))
            )
        ]
        sessions = _sessions(session, dispute_id)
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
        mediation_kind_code=dispute.mediation_kind,
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
        suspended_on=dispute.suspended_on,
        suspension_reason=dispute.suspension_reason,
        paused_days=dispute.paused_days,
        extension_days=dispute.extension_days,
        undisputed_facts=tuple(line for line in dispute.undisputed_facts.splitlines() if line.strip()),
    )
