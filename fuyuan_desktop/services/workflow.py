"""Moving a case through its lifecycle: assign mediators, accept, extend, close with an outcome, return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import CaseNumber, check_for_case, number_search_key, parse_case_number
from fuyuan_desktop.domain.deadlines import mediation_deadline, suspended_days
from fuyuan_desktop.domain.enums import DisputeStatus, Outcome, ParticipantRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.pinyin import name_keys
from fuyuan_desktop.domain.workflow import ALLOWED, check_transition, status_after_outcome
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.db import SYSTEM_ACTOR
from fuyuan_desktop.store.models import CaseParty, Dispute, DisputeMediator, Mediator

# The way from where a case stands to where the work says it is, when it is more than one step.
_WAYS: dict[tuple[DisputeStatus, DisputeStatus], tuple[DisputeStatus, ...]] = {
    (DisputeStatus.ASSIGNED, DisputeStatus.AGREED): (DisputeStatus.MEDIATING, DisputeStatus.AGREED),
}


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


def follow_the_work(ctx: Workspace, session: Session, dispute: Dispute, target: DisputeStatus, trigger: str) -> str:
    """Move the case to ``target`` because of the work just done (inside the caller's write): the first 笔录 makes
    it 调解中, a finalized agreement 已达成协议. Each step is audited as the system, naming the trigger and who did
    the work. Returns the sentence to show (empty when the case is already there or the rules allow no such move,
    e.g. a case with no mediator assigned yet)."""
    current = DisputeStatus.of(dispute.status)
    if current is target:
        return ""
    way = _WAYS.get((current, target), (target,))
    here = current
    for step in way:
        if step not in ALLOWED[here]:
            return ""
        here = step
    if target not in RUNNING:
        _end_suspension(ctx, dispute, ctx.today())
    for step in way:
        before = dispute.status
        dispute.status = step.value
        ctx.db.audit(session, entity="dispute", entity_id=dispute.id, dispute_id=dispute.id,
                     before={"status": before},
                     after={"status": step.value, "trigger": trigger, "by": ctx.actor},
                     action=f"自动转为「{step.label}」", actor=SYSTEM_ACTOR)
    return f"案件状态已自动由「{current.label}」转为「{target.label}」（{trigger}）"


def _result(dispute: Dispute) -> StatusChange:
    return StatusChange(
        dispute.id,
        dispute.official_number or dispute.provisional_number,
        DisputeStatus.of(dispute.status).label,
        dispute.due_on,
    )


def add_mediator(
    ctx: Workspace,
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
    from fuyuan_desktop.services.organisations import registered_id

    with ctx.db.write(ctx.actor, "添加调解员") as session:
        mediator = Mediator(
            name=clean,
            role=parsed.value,
            organization=organization,
            # Typed exactly as registered, the organisation is linked (papers print the registry's name).
            organisation_id=registered_id(session, organization),
            roster_number=roster_number,
            phone=phone,
            tribunal_id=tribunal_id,
        )
        session.add(mediator)
        return mediator.id


@dataclass(frozen=True)
class MediatorView:
    """A mediator on the roster; ``role`` is the label shown, ``role_code`` the ``ParticipantRole`` value."""

    id: str
    name: str
    role: str
    organization: str
    roster_number: str
    role_code: str = ""


def list_mediators(ctx: Workspace) -> list[MediatorView]:
    with ctx.db.read() as session:
        rows = session.scalars(
            select(Mediator).where(col(Mediator.active), ~col(Mediator.deleted)).order_by(col(Mediator.name))
        ).all()
    return [MediatorView(m.id, m.name, ParticipantRole.of(m.role).label, m.organization, m.roster_number, m.role) for m in rows]


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
    ctx: Workspace, case_ref: str, mediators: list[str], *, accepted_on: date | None = None
) -> StatusChange:
    """Assign mediators (first one leads). With ``accepted_on`` the 30-day clock starts that day."""
    require(ctx, "case.assign")
    if not mediators:
        raise ValidationError("调解员", "至少指派一名调解员")
    today = ctx.today()
    if accepted_on and accepted_on > today:
        raise ValidationError("接受委派日期", f"{accepted_on.isoformat()} 晚于今天")
    with ctx.db.write(ctx.actor, "指派调解员") as session:
        dispute = _load(session, case_ref)
        if dispute.status == DisputeStatus.REGISTERED.value:
            _move(dispute, DisputeStatus.ASSIGNED)
        elif dispute.status not in (DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value):
            check_transition(DisputeStatus.of(dispute.status), DisputeStatus.ASSIGNED)
        rows = session.scalars(select(DisputeMediator).where(col(DisputeMediator.dispute_id) == dispute.id)).all()
        existing = {r.mediator_id for r in rows if not r.deleted}
        removed = {r.mediator_id: r for r in rows if r.deleted}  # taken off the case earlier: put back, not doubled
        for position, name in enumerate(mediators):
            mediator = find_mediator(session, name)
            if mediator.id not in existing and mediator.id in removed:
                row = removed[mediator.id]
                row.deleted, row.is_lead, row.assigned_on = False, position == 0 and not existing, today
                existing.add(mediator.id)
            elif mediator.id not in existing:
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
            dispute.due_on = _due(ctx, dispute)
        return _result(dispute)


def start_mediation(ctx: Workspace, case_ref: str) -> StatusChange:
    require(ctx, "case.status")
    with ctx.db.write(ctx.actor, "开始调解") as session:
        dispute = _load(session, case_ref)
        _move(dispute, DisputeStatus.MEDIATING)
        return _result(dispute)


# Who must consent to an extension: the parties themselves, not their agents (docs/domain.md §5.4).
CONSENT_ROLES = ("applicant", "respondent", "third_party")
EXTENSION_LIMIT = 365


def extend_mediation(ctx: Workspace, case_ref: str, days: int, *, consenting_party_ids: list[str]) -> StatusChange:
    """Extend the mediation period; allowed only with every party's recorded consent, while the period runs
    (accepted, 已指派调解员 or 调解中; a period that has run out may still be extended), docs/domain.md §5.4."""
    require(ctx, "case.status")
    if days <= 0 or days > EXTENSION_LIMIT:
        raise ValidationError("延长天数", f"应为 1 到 {EXTENSION_LIMIT} 之间的整数", field="days", code="out_of_range")
    with ctx.db.write(ctx.actor, "延长调解期限") as session:
        dispute = _load(session, case_ref)
        current = DisputeStatus.of(dispute.status)
        if current not in RUNNING:
            raise ValidationError("延长调解期限", f"案件状态为「{current.label}」，调解期限不在进行中，不能延长",
                                  code="not_running")
        if dispute.accepted_on is None:
            raise ValidationError("延长调解期限", "调解员尚未接受委派，调解期限还未起算", code="not_started")
        parties = set(
            session.scalars(
                select(col(CaseParty.party_id)).where(
                    col(CaseParty.dispute_id) == dispute.id,
                    col(CaseParty.role).in_(CONSENT_ROLES),
                    ~col(CaseParty.deleted),
                )
            )
        )
        missing = parties - set(consenting_party_ids)
        if missing:
            raise ValidationError("各方同意", f"延长调解期限须经全部当事人同意，尚有 {len(missing)} 方未记录同意",
                                  code="consent_missing")
        dispute.extension_days += days
        dispute.due_on = _due(ctx, dispute)
        return _result(dispute)


def extended_due(ctx: Workspace, case_ref: str, days: int) -> date | None:
    """The due date the case would have after extending it by ``days`` (nothing written); None before acceptance."""
    with ctx.db.read() as session:
        dispute = _load(session, case_ref)
        if dispute.accepted_on is None:
            return None
        ref = ctx.reference
        return mediation_deadline(dispute.accepted_on, ref.calendar, ref.deadline_rules,
                                  extension_days=dispute.extension_days + max(days, 0),
                                  paused_days=dispute.paused_days)


# The statuses in which the mediation period runs, and so may be suspended (中止).
RUNNING = (DisputeStatus.ASSIGNED, DisputeStatus.MEDIATING)
REASON_LIMIT = 200


def _due(ctx: Workspace, dispute: Dispute) -> date:
    """The due date from acceptance: 30 days, plus the agreed extensions, plus the days the period stood still."""
    assert dispute.accepted_on is not None
    ref = ctx.reference
    return mediation_deadline(dispute.accepted_on, ref.calendar, ref.deadline_rules,
                              extension_days=dispute.extension_days, paused_days=dispute.paused_days)


@dataclass(frozen=True)
class Suspension:
    """Where a case's mediation period stands after 中止 or 恢复."""

    id: str
    number: str
    suspended_on: date | None  # set while suspended
    reason: str
    days: int  # this suspension's days (on resume), else 0
    paused_days: int  # all days the period has stood still so far
    due_on: date | None


def _suspension(dispute: Dispute, days: int = 0) -> Suspension:
    return Suspension(dispute.id, dispute.official_number or dispute.provisional_number, dispute.suspended_on,
                      dispute.suspension_reason, days, dispute.paused_days, dispute.due_on)


def suspend_mediation(ctx: Workspace, case_ref: str, reason: str, *, on: date | None = None) -> Suspension:
    """中止: the mediation period stands still from ``on`` (default today) for a stated reason — a party ill, an
    appraisal awaited, a party unreachable (deadlines.json ``suspension``, inferred). No consent is needed, unlike
    :func:`extend_mediation`; the period must be running (accepted, 已指派调解员 or 调解中, not yet run out)."""
    require(ctx, "case.status")
    why, problem = check_text(reason, "中止原因", required=True, limit=REASON_LIMIT, key="reason")
    if problem is not None:
        raise problem
    when = on or ctx.today()
    if when > ctx.today():
        raise ValidationError("中止日期", f"{when.isoformat()} 晚于今天", field="on", code="future_date")
    with ctx.db.write(ctx.actor, "中止调解") as session:
        dispute = _load(session, case_ref)
        current = DisputeStatus.of(dispute.status)
        if current not in RUNNING:
            raise ValidationError("中止调解", f"案件状态为「{current.label}」，调解期限不在进行中，不能中止",
                                  code="not_running")
        if dispute.suspended_on is not None:
            raise ValidationError("中止调解", f"本案已于 {dispute.suspended_on.isoformat()} 中止（{dispute.suspension_reason}），"
                                  "请先恢复", code="already_suspended")
        if dispute.accepted_on is None or dispute.due_on is None:
            raise ValidationError("中止调解", "调解员尚未接受委派，调解期限还未起算，无需中止", code="not_started")
        if when < dispute.accepted_on:
            raise ValidationError("中止日期", f"{when.isoformat()} 早于接受委派日期 {dispute.accepted_on.isoformat()}",
                                  field="on", code="before_acceptance")
        if when > dispute.due_on:
            raise ValidationError("中止日期", f"调解期限已于 {dispute.due_on.isoformat()} 届满，不能再中止；"
                                  "经各方当事人同意可以延长", field="on", code="period_over")
        dispute.suspended_on = when
        dispute.suspension_reason = why
        return _suspension(dispute)


def _end_suspension(ctx: Workspace, dispute: Dispute, on: date) -> None:
    """A suspended case that ends (closed, terminated, agreed…) is no longer suspended: the days up to ``on`` count
    as stood still, so a mediation reopened later does not show a stale 已中止."""
    if dispute.suspended_on is None:
        return
    dispute.paused_days += suspended_days(dispute.suspended_on, max(on, dispute.suspended_on))
    dispute.suspended_on = None
    dispute.suspension_reason = ""
    if dispute.accepted_on is not None:
        dispute.due_on = _due(ctx, dispute)


def resume_mediation(ctx: Workspace, case_ref: str, *, on: date | None = None) -> Suspension:
    """恢复: the period runs again from ``on`` (default today); the days it stood still (``on`` − the day of
    suspension, :func:`~fuyuan_desktop.domain.deadlines.suspended_days`) move the due date, rolled to a working day."""
    require(ctx, "case.status")
    when = on or ctx.today()
    if when > ctx.today():
        raise ValidationError("恢复日期", f"{when.isoformat()} 晚于今天", field="on", code="future_date")
    with ctx.db.write(ctx.actor, "恢复调解") as session:
        dispute = _load(session, case_ref)
        if dispute.suspended_on is None:
            raise ValidationError("恢复调解", "本案调解没有中止，无需恢复", code="not_suspended")
        if when < dispute.suspended_on:
            raise ValidationError("恢复日期", f"{when.isoformat()} 早于中止日期 {dispute.suspended_on.isoformat()}",
                                  field="on", code="before_suspension")
        days = suspended_days(dispute.suspended_on, when)
        dispute.paused_days += days
        dispute.suspended_on = None
        dispute.suspension_reason = ""
        if dispute.accepted_on is not None:
            dispute.due_on = _due(ctx, dispute)
        return _suspension(dispute, days)


def close_case(
    ctx: Workspace, case_ref: str, outcome: str, *, note: str = "", closed_on: date | None = None
) -> StatusChange:
    """End the mediation with an outcome; the status follows from it (协议 → 已达成协议, 不成 → 终结)."""
    require(ctx, "case.close")
    try:
        parsed = Outcome.parse(outcome)
    except KeyError:
        raise ValidationError("调解结果", f"「{outcome}」无效；可选：{'、'.join(Outcome.labels())}", field="outcome",
                              code="invalid_choice") from None
    clean_note, err = check_text(note, "说明", required=False, limit=500, key="note")
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
            raise ValidationError("调解结果", "案件尚未进入调解，不能以“达成调解协议”结束；请先开始调解", field="outcome",
                                  code="not_mediating")
        if current is DisputeStatus.ASSIGNED and parsed is not Outcome.AGREEMENT:
            target = DisputeStatus.TERMINATED
        else:
            target = status_after_outcome(parsed)
        if current is DisputeStatus.MEDIATING and target is DisputeStatus.CLOSED:
            _move(dispute, DisputeStatus.AGREED)
            current = DisputeStatus.AGREED
        _move(dispute, target)
        _end_suspension(ctx, dispute, when)
        dispute.outcome = parsed.value
        dispute.outcome_note = clean_note
        dispute.closed_on = when
        return _result(dispute)


def set_status(ctx: Workspace, case_ref: str, status: str, *, note: str = "") -> StatusChange:
    """A plain lifecycle move (e.g. 退回, 转立案, 结案), checked against the allowed transitions."""
    require(ctx, "case.status")
    try:
        target = DisputeStatus.parse(status)
    except KeyError:
        raise ValidationError("状态", f"「{status}」无效；可选：{'、'.join(DisputeStatus.labels())}") from None
    with ctx.db.write(ctx.actor, f"变更状态：{target.label}") as session:
        dispute = _load(session, case_ref)
        _move(dispute, target)
        if target not in RUNNING:
            _end_suspension(ctx, dispute, ctx.today())
        if note:
            dispute.outcome_note = note[:500]
        if target in (DisputeStatus.CLOSED, DisputeStatus.RETURNED, DisputeStatus.DOCKETED) and not dispute.closed_on:
            dispute.closed_on = ctx.today()
        return _result(dispute)


def _fits_the_case(session: Session, ctx: Workspace, dispute: Dispute, number: CaseNumber) -> None:
    """The number's 法院代字 is the case's court's, and its 类型代字 one the case's kind may carry."""
    from fuyuan_desktop.documents.templates import case_kind, case_kind_of
    from fuyuan_desktop.domain.enums import DisputeCategory
    from fuyuan_desktop.store.models import Court

    court = session.get(Court, dispute.court_id) if dispute.court_id else None
    if court is None:
        return
    kind = case_kind_of(administrative=DisputeCategory.of(dispute.category).is_administrative,
                        mediation_kind=dispute.mediation_kind)
    check_for_case(number, court_code=court.code, court_name=court.name, kind=kind, kind_label=case_kind(kind).label,
                   reference=ctx.reference.case_numbers)


def _number_is_free(session: Session, dispute: Dispute, text: str) -> None:
    clash = session.scalars(select(Dispute).where(col(Dispute.official_key) == number_search_key(text))).first()
    if clash is not None and clash.id != dispute.id:
        raise ValidationError("正式案号", f"{text} 已用于案件 {clash.provisional_number}")


def set_official_number(ctx: Workspace, case_ref: str, number: str) -> StatusChange:
    """Record the official 案号 the court assigned; the provisional number stays as the link back. The number must
    be the case's own court's, with a type code its kind of case may carry; once recorded, only an administrator
    corrects it (:func:`correct_official_number`)."""
    require(ctx, "case.official_number")
    parsed = parse_case_number(number, reference=ctx.reference.case_numbers, today=ctx.today(), field="正式案号")
    text = str(parsed)
    with ctx.db.write(ctx.actor, "登记正式案号") as session:
        dispute = _load(session, case_ref)
        if dispute.official_number and dispute.official_number != text:
            raise ValidationError("正式案号", f"本案已有正式案号 {dispute.official_number}，不能改为 {text}；"
                                              "确属登记错误的，由管理员更正（写明原因）")
        _fits_the_case(session, ctx, dispute, parsed)
        _number_is_free(session, dispute, text)
        dispute.official_number = text
        dispute.official_key = number_search_key(text)
        return _result(dispute)


def correct_official_number(ctx: Workspace, case_ref: str, number: str, *, reason: str) -> StatusChange:
    """An administrator corrects a wrongly recorded official 案号 (a typing error, a number the court re-issued).

    The same checks as :func:`set_official_number`; the reason is required and kept in the audit entry with the old
    and the new number; the change syncs like any other. Papers already signed keep the number they were signed with
    (they are frozen) and show the corrected one beside it."""
    require(ctx, "case.official_number.correct")
    why, problem = check_text(reason, "更正原因", required=True, limit=500)
    if problem is not None:
        raise problem
    parsed = parse_case_number(number, reference=ctx.reference.case_numbers, today=ctx.today(), field="正式案号")
    text = str(parsed)
    with ctx.db.write(ctx.actor, "更正正式案号") as session:
        dispute = _load(session, case_ref)
        if not dispute.official_number:
            raise ValidationError("正式案号", "本案还没有正式案号：请用“登记正式案号”，无需更正")
        if dispute.official_number == text:
            raise ValidationError("正式案号", f"本案的正式案号已是 {text}，无需更正")
        _fits_the_case(session, ctx, dispute, parsed)
        _number_is_free(session, dispute, text)
        before = dispute.official_number
        dispute.official_number = text
        dispute.official_key = number_search_key(text)
        ctx.db.audit(session, entity="dispute", entity_id=dispute.id, dispute_id=dispute.id, action="更正正式案号",
                     before={"official_number": before},
                     after={"official_number": text, "reason": why, "correction": True})
        return _result(dispute)


def mediators_of(ctx: Workspace, case_ref: str) -> list[MediatorView]:
    """The people assigned to a case (lead first), as the recorder and the documents name them."""
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        rows = session.execute(
            select(Mediator, col(DisputeMediator.is_lead))
            .join(DisputeMediator, col(DisputeMediator.mediator_id) == col(Mediator.id))
            .where(col(DisputeMediator.dispute_id) == dispute_id, ~col(DisputeMediator.deleted))
            .order_by(col(DisputeMediator.is_lead).desc(), col(Mediator.name))
        ).all()
    return [MediatorView(m.id, m.name, ParticipantRole.of(m.role).label, m.organization, m.roster_number, m.role)
            for m, _lead in rows]


def allowed_moves(ctx: Workspace, case_ref: str) -> list[tuple[str, str]]:
    """The statuses a case may move to next, as (code, label), in lifecycle order."""
    with ctx.db.read() as session:
        current = DisputeStatus.of(_load(session, case_ref).status)
    return [(s.value, s.label) for s in DisputeStatus if s in ALLOWED[current]]


def mediation_period_days(ctx: Workspace) -> int:
    """The mediation period in days (deadline reference data: 30 unless the court sends another length)."""
    return ctx.reference.deadline_rules.mediation_days
