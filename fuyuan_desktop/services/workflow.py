"""Moving a case through its lifecycle: assign mediators, accept, extend, close with an outcome, return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import number_search_key, parse_case_number
from fuyuan_desktop.domain.deadlines import mediation_deadline
from fuyuan_desktop.domain.enums import DisputeStatus, Outcome, ParticipantRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.domain.workflow import ALLOWED, check_transition, status_after_outcome
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.store.models import CaseParty, Dispute, DisputeMediator, Mediator


@dataclass(frozen=True)
class StatusChange:
    id: str
    number: str
    status: str
    due_on: date | None


def _load(session: Session, ref: str) -> Dispute:
    dispute = session.get(Dispute, resolve_case_id(session, ref))
    assert dispute is not None
    return dispute


def _move(dispute: Dispute, target: DisputeStatus) -> None:
    check_transition(DisputeStatus.of(dispute.status), target)
    dispute.status = target.value


def _result(dispute: Dispute) -> StatusChange:
    return StatusChange(
        dispute.id,
        dispute.official_number or dispute.provisional_number,
        DisputeStatus.of(dispute.status).label,
        dispute.due_on,
    )


def add_mediator(
    ctx: ServiceContext,
    name: str,
    role: str,
    *,
    organization: str = "",
    roster_number: str = "",
    phone: str = "",
    tribunal_id: str | None = None,
) -> str:
    """Add someone to the mediator roster and return their id."""
    require(ctx, "mediator.edit")
    clean, err = check_text(name, "姓名", required=True, limit=64)
    if err:
        raise err
    try:
        parsed = ParticipantRole.parse(role)
    except KeyError:
        raise ValidationError("角色", f"「{role}」无效；可选：{'、'.join(ParticipantRole.labels())}") from None
    with ctx.db.write(ctx.actor, "添加调解员") as session:
        mediator = Mediator(
            name=clean,
            role=parsed.value,
            organization=organization,
            roster_number=roster_number,
            phone=phone,
            tribunal_id=tribunal_id,
        )
        session.add(mediator)
        return mediator.id


@dataclass(frozen=True)
class MediatorView:
    id: str
    name: str
    role: str
    organization: str
    roster_number: str


def list_mediators(ctx: ServiceContext) -> list[MediatorView]:
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Mediator).where(col(Mediator.active), ~col(Mediator.deleted)).order_by(col(Mediator.name))
        ).all()
    return [MediatorView(m.id, m.name, ParticipantRole.of(m.role).label, m.organization, m.roster_number) for m in rows]


def find_mediator(session: Session, ref: str) -> Mediator:
    mediator = (
        session.get(Mediator, ref)
        or session.scalars(select(Mediator).where(col(Mediator.name) == ref, col(Mediator.active))).first()
    )
    if mediator is None:
        initials = name_keys(ref)[1] if ref else ""
        raise NotFoundError(f"调解员名册中没有「{ref}」{f'（拼音 {initials}）' if initials else ''}")
    return mediator


def assign_mediators(
    ctx: ServiceContext, case_ref: str, mediators: list[str], *, accepted_on: date | None = None
) -> StatusChange:
    """Assign mediators (first one leads). With ``accepted_on`` the 30-day clock starts that day."""
    require(ctx, "case.assign")
    if not mediators:
        raise ValidationError("调解员", "至少指派一名调解员")
    today = ctx.today()
    if accepted_on and accepted_on > today:
        raise ValidationError("接受委派日期", f"{accepted_on.isoformat()} 晚于今天")
    ref = ctx.reference
    with ctx.db.write(ctx.actor, "指派调解员") as session:
        dispute = _load(session, case_ref)
        if dispute.status == DisputeStatus.REGISTERED.value:
            _move(dispute, DisputeStatus.ASSIGNED)
        elif dispute.status not in (DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value):
            check_transition(DisputeStatus.of(dispute.status), DisputeStatus.ASSIGNED)
        existing = set(
            session.scalars(
                select(col(DisputeMediator.mediator_id)).where(col(DisputeMediator.dispute_id) == dispute.id)
            )
        )
        for position, name in enumerate(mediators):
            mediator = find_mediator(session, name)
            if mediator.id not in existing:
                session.add(
                    DisputeMediator(
                        dispute_id=dispute.id,
                        mediator_id=mediator.id,
                        is_lead=position == 0 and not existing,
                        assigned_on=today,
                    )
                )
                existing.add(mediator.id)
        if accepted_on:
            dispute.accepted_on = accepted_on
            dispute.due_on = mediation_deadline(
                accepted_on, ref.calendar, ref.deadline_rules, extension_days=dispute.extension_days
            )
        return _result(dispute)


def start_mediation(ctx: ServiceContext, case_ref: str) -> StatusChange:
    require(ctx, "case.status")
    with ctx.db.write(ctx.actor, "开始调解") as session:
        dispute = _load(session, case_ref)
        _move(dispute, DisputeStatus.MEDIATING)
        return _result(dispute)


def extend_mediation(ctx: ServiceContext, case_ref: str, days: int, *, consenting_party_ids: list[str]) -> StatusChange:
    """Extend the mediation period; allowed only with every party's recorded consent (DOMAIN.md §4.1)."""
    require(ctx, "case.status")
    if days <= 0 or days > 365:
        raise ValidationError("延长天数", "应为 1 到 365 之间的整数")
    ref = ctx.reference
    with ctx.db.write(ctx.actor, "延长调解期限") as session:
        dispute = _load(session, case_ref)
        if dispute.accepted_on is None:
            raise ValidationError("延长调解期限", "调解员尚未接受委派，调解期限还未起算")
        parties = set(
            session.scalars(
                select(col(CaseParty.party_id)).where(
                    col(CaseParty.dispute_id) == dispute.id,
                    col(CaseParty.role).in_(["applicant", "respondent", "third_party"]),
                )
            )
        )
        missing = parties - set(consenting_party_ids)
        if missing:
            raise ValidationError("各方同意", f"延长调解期限须经全部当事人同意，尚有 {len(missing)} 方未记录同意")
        dispute.extension_days += days
        dispute.due_on = mediation_deadline(
            dispute.accepted_on, ref.calendar, ref.deadline_rules, extension_days=dispute.extension_days
        )
        return _result(dispute)


def close_case(
    ctx: ServiceContext, case_ref: str, outcome: str, *, note: str = "", closed_on: date | None = None
) -> StatusChange:
    """End the mediation with an outcome; the status follows from it (协议 → 已达成协议, 不成 → 终结)."""
    require(ctx, "case.close")
    try:
        parsed = Outcome.parse(outcome)
    except KeyError:
        raise ValidationError("--outcome 调解结果", f"「{outcome}」无效；可选：{'、'.join(Outcome.labels())}") from None
    clean_note, err = check_text(note, "--note 说明", required=False, limit=500)
    if err:
        raise err
    when = closed_on or ctx.today()
    if when > ctx.today():
        raise ValidationError("结案日期", f"{when.isoformat()} 晚于今天")
    with ctx.db.write(ctx.actor, f"结束调解：{parsed.label}") as session:
        dispute = _load(session, case_ref)
        if when < dispute.registered_on:
            raise ValidationError("结案日期", f"{when.isoformat()} 早于登记日期 {dispute.registered_on.isoformat()}")
        current = DisputeStatus.of(dispute.status)
        if current in (DisputeStatus.REGISTERED, DisputeStatus.ASSIGNED) and parsed is Outcome.AGREEMENT:
            raise ValidationError("--outcome", "案件尚未进入调解，不能以“达成调解协议”结束；请先开始调解")
        if current is DisputeStatus.ASSIGNED and parsed is not Outcome.AGREEMENT:
            target = DisputeStatus.TERMINATED
        else:
            target = status_after_outcome(parsed)
        if current is DisputeStatus.MEDIATING and target is DisputeStatus.CLOSED:
            _move(dispute, DisputeStatus.AGREED)
            current = DisputeStatus.AGREED
        _move(dispute, target)
        dispute.outcome = parsed.value
        dispute.outcome_note = clean_note
        dispute.closed_on = when
        return _result(dispute)


def set_status(ctx: ServiceContext, case_ref: str, status: str, *, note: str = "") -> StatusChange:
    """A plain lifecycle move (e.g. 退回, 转立案, 结案), checked against the allowed transitions."""
    require(ctx, "case.status")
    try:
        target = DisputeStatus.parse(status)
    except KeyError:
        raise ValidationError("状态", f"「{status}」无效；可选：{'、'.join(DisputeStatus.labels())}") from None
    with ctx.db.write(ctx.actor, f"变更状态：{target.label}") as session:
        dispute = _load(session, case_ref)
        _move(dispute, target)
        if note:
            dispute.outcome_note = note[:500]
        if target in (DisputeStatus.CLOSED, DisputeStatus.RETURNED, DisputeStatus.DOCKETED) and not dispute.closed_on:
            dispute.closed_on = ctx.today()
        return _result(dispute)


def set_official_number(ctx: ServiceContext, case_ref: str, number: str) -> StatusChange:
    """Record the official 案号 the court assigned; the provisional number stays as the link back."""
    require(ctx, "case.official_number")
    parsed = parse_case_number(number, reference=ctx.reference.case_numbers, today=ctx.today(), field="正式案号")
    text = str(parsed)
    with ctx.db.write(ctx.actor, "登记正式案号") as session:
        dispute = _load(session, case_ref)
        if dispute.official_number and dispute.official_number != text:
            raise ValidationError("正式案号", f"本案已有正式案号 {dispute.official_number}，不能改为 {text}")
        clash = session.scalars(select(Dispute).where(col(Dispute.official_key) == number_search_key(text))).first()
        if clash is not None and clash.id != dispute.id:
            raise ValidationError("正式案号", f"{text} 已用于案件 {clash.provisional_number}")
        dispute.official_number = text
        dispute.official_key = number_search_key(text)
        return _result(dispute)


def mediators_of(ctx: ServiceContext, case_ref: str) -> list[MediatorView]:
    """The people assigned to a case (lead first), as the recorder and the documents name them."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.execute(
            select(Mediator, col(DisputeMediator.is_lead))
            .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
            .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
            .order_by(col(DisputeMediator.is_lead).desc(), col(Mediator.name))
        ).all()
    return [MediatorView(m.id, m.name, ParticipantRole.of(m.role).label, m.organization, m.roster_number)
            for m, _lead in rows]


def allowed_moves(ctx: ServiceContext, case_ref: str) -> list[tuple[str, str]]:
    """The statuses a case may move to next, as (code, label), in lifecycle order."""
    with ctx.db.read() as session:
        current = DisputeStatus.of(_load(session, case_ref).status)
    return [(s.value, s.label) for s in DisputeStatus if s in ALLOWED[current]]
