"""The 行政争议协调化解中心: open a dispute against an agency, show its limitation dates, triage it, keep the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import cause_or_category
from fuyuan_desktop.domain.deadlines import administrative_limitations
from fuyuan_desktop.domain.enums import DisputeCategory, Outcome, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import ConflictError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import ContentType, IntakeSource, ProcedureState, Triage, scope_warning
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.linkage.common import (
    check_text,
    label_of,
    linkage_rules,
    not_after_today,
    parse_amount_fen,
    parse_enum,
    resolve_court,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import AdminCase
from fuyuan_desktop.store.models import CaseParty, Court, Dispute, Party

CLOCK_WARNING = "协调化解期间是否中止起诉期限、复议申请期限没有明确规定：上述期限照常计算，请提醒当事人"


@dataclass(frozen=True)
class AdminCaseInput:
    agency: str = ""  # default: the agency among the respondents
    agency_level: str = ""
    agency_head: str = ""
    field: str = ""
    act_type: str = ""
    procedure_state: str = ProcedureState.NOT_FILED.label
    intake_source: str = IntakeSource.WALK_IN.label
    knew_on: date | None = None
    reconsideration_decision_on: date | None = None
    real_property: bool = False
    informed_of_right: bool = True
    content_type: str = ContentType.COMPENSATION.label
    group_case: bool = False
    people_count: int = 1


@dataclass(frozen=True)
class Limitation:
    label: str
    due_on: date
    days_left: int


@dataclass(frozen=True)
class AdminCaseView:
    id: str
    dispute_id: str
    number: str
    agency: str
    act: str
    procedure_state: str
    triage: str
    triage_reason: str
    limitations: tuple[Limitation, ...]
    warnings: tuple[str, ...]


def _limitations(ctx: Workspace, row: AdminCase, dispute: Dispute) -> tuple[Limitation, ...]:
    act_on = dispute.act_date or row.knew_on or dispute.registered_on
    ref = ctx.reference
    dates = administrative_limitations(
        row.knew_on, act_on, row.reconsideration_decision_on, row.real_property, row.informed_of_right,
        ref.calendar, ref.deadline_rules,
    )
    today = ctx.today()
    return tuple(Limitation(label, due, (due - today).days) for label, due in dates)


def _warnings(ctx: Workspace, row: AdminCase, dispute: Dispute) -> tuple[str, ...]:
    warnings = [CLOCK_WARNING]
    scope = scope_warning(row.content_type, linkage_rules(ctx).mediable_content)
    if scope:
        warnings.append(scope)
    if dispute.act_date is None:
        warnings.append("未登记被诉行政行为的作出日期：期限按知道日期或登记日期推算，可能偏晚")
    return tuple(warnings)


def _view(ctx: Workspace, row: AdminCase, dispute: Dispute) -> AdminCaseView:
    act = "　".join(x for x in (dispute.act_name, dispute.act_number,
                                dispute.act_date.isoformat() if dispute.act_date else "") if x)
    return AdminCaseView(
        id=row.id,
        dispute_id=dispute.id,
        number=dispute.official_number or dispute.provisional_number,
        agency=row.agency,
        act=act,
        procedure_state=label_of(ProcedureState, row.procedure_state),
        triage=label_of(Triage, row.triage) if row.triage else "",
        triage_reason=row.triage_reason,
        limitations=_limitations(ctx, row, dispute),
        warnings=_warnings(ctx, row, dispute),
    )


def _respondent_agency(session: Session, dispute_id: str) -> str:
    name = session.scalars(
        select(col(Party.name))
        .join(CaseParty, col(CaseParty.party_id) == col(Party.id))
        .where(col(CaseParty.dispute_id) == dispute_id, col(Party.kind) == PartyKind.AGENCY.value,
               col(CaseParty.role) == PartyRole.RESPONDENT.value)
        .order_by(col(CaseParty.position))
    ).first()
    return name or ""


def _admin_row(session: Session, ref: str) -> tuple[AdminCase, Dispute]:
    dispute_id = resolve_case_id(session, ref)
    row = session.scalars(select(AdminCase).where(col(AdminCase.dispute_id) == dispute_id)).first()
    dispute = session.get(Dispute, dispute_id)
    if row is None or dispute is None:
        raise NotFoundError(f"案件「{ref}」尚未登记到行政争议协调化解中心；请先登记", code="not_in_admin_centre")
    return row, dispute


def open_admin_case(ctx: Workspace, case_ref: str, data: AdminCaseInput) -> AdminCaseView:
    """Register an administrative dispute at the centre; its limitation dates are computed and returned."""
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, limit in (("agency", data.agency, "被申请机关", 200), ("agency_level", data.agency_level,
                                     "机关层级", 24), ("agency_head", data.agency_head, "机关负责人", 64),
                                     ("field", data.field, "领域", 24), ("act_type", data.act_type, "行为种类", 24)):
        texts[key], err = check_text(value, label, required=False, limit=limit)
        errors += [err] if err else []
    enums: dict[str, str] = {}
    for key, kind, value, label in (("procedure_state", ProcedureState, data.procedure_state, "程序状态"),
                                    ("intake_source", IntakeSource, data.intake_source, "来源"),
                                    ("content_type", ContentType, data.content_type, "调解内容")):
        try:
            enums[key] = parse_enum(kind, value, label).value
        except ValidationError as exc:
            errors.append(exc)
    for day, label in ((data.knew_on, "知道行政行为日期"), (data.reconsideration_decision_on, "收到复议决定日期")):
        try:
            not_after_today(ctx, day, label)
        except ValidationError as exc:
            errors.append(exc)
    if data.people_count < 1:
        errors.append(ValidationError("涉及人数", "至少 1 人"))
    if errors:
        raise InputErrors(errors)
    with ctx.db.write(ctx.actor, "行政争议登记到协调化解中心") as session:
        dispute_id = resolve_case_id(session, case_ref)
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        if not DisputeCategory.of(dispute.category).is_administrative:
            raise ValidationError("纠纷类型", "不是行政争议；协调化解中心只登记行政争议")
        if session.scalars(select(AdminCase).where(col(AdminCase.dispute_id) == dispute_id)).first() is not None:
            raise ConflictError("本案已登记到协调化解中心")
        agency = texts["agency"] or _respondent_agency(session, dispute_id)
        if not agency:
            raise ValidationError("被申请机关", "本案被申请人中没有行政机关，请写明机关名称")
        row = AdminCase(
            dispute_id=dispute_id, agency=agency, agency_level=texts["agency_level"],
            agency_head=texts["agency_head"], field=texts["field"], act_type=texts["act_type"],
            knew_on=data.knew_on, reconsideration_decision_on=data.reconsideration_decision_on,
            real_property=data.real_property, informed_of_right=data.informed_of_right,
            group_case=data.group_case, people_count=data.people_count,
        )
        for key, value in enums.items():
            setattr(row, key, value)
        session.add(row)
        session.flush()
        return _view(ctx, row, dispute)


def triage_admin_case(ctx: Workspace, case_ref: str, triage: str, reason: str,
                      on: date | None = None) -> AdminCaseView:
    """分流 with its reason: mediate, major-case coordination, advise reconsideration, docket, petition, not admissible."""
    decision = parse_enum(Triage, triage, "分流")
    text, err = check_text(reason, "分流理由", required=True, limit=500)
    if err:
        raise err
    day = on or ctx.today()
    not_after_today(ctx, day, "分流日期")
    with ctx.db.write(ctx.actor, "行政争议分流") as session:
        row, dispute = _admin_row(session, case_ref)
        if decision in (Triage.MEDIATE, Triage.MAJOR):
            scope = scope_warning(row.content_type, linkage_rules(ctx).mediable_content)
            if scope and "范围" not in text:
                raise ValidationError("分流理由", scope + "；如仍分流协调化解，理由中须说明范围")
        row.triage, row.triage_reason, row.triaged_on = decision.value, text, day
        session.flush()
        return _view(ctx, row, dispute)


def update_admin_outcome(ctx: Workspace, case_ref: str, *, amount_paid: str | None = None,
                         later_case_number: str | None = None, head_participated: bool | None = None) -> AdminCaseView:
    """The centre's figures after mediation: amount paid, the later lawsuit's 案号, whether the head took part."""
    fen = parse_amount_fen(amount_paid, "兑付金额")
    with ctx.db.write(ctx.actor, "行政争议化解结果") as session:
        row, dispute = _admin_row(session, case_ref)
        if amount_paid is not None:
            row.amount_paid_fen = fen
        if later_case_number is not None:
            row.later_case_number = later_case_number.strip()
        if head_participated is not None:
            row.head_participated = head_participated
        session.flush()
        return _view(ctx, row, dispute)


def admin_case(ctx: Workspace, case_ref: str) -> AdminCaseView:
    with ctx.db.read() as session:
        row, dispute = _admin_row(session, case_ref)
        return _view(ctx, row, dispute)


@dataclass(frozen=True)
class AdminLedgerRow:
    """One line of the centre's 台账."""

    number: str
    registered_on: date
    court: str
    source: str
    agency: str
    agency_level: str
    field: str
    act_type: str
    act: str
    act_number: str
    act_date: date | None
    people: int
    group_case: bool
    procedure_state: str
    triage: str
    triage_reason: str
    triaged_on: date | None
    head_participated: bool
    outcome: str
    resolved: bool
    closed_on: date | None
    days: int | None
    amount_paid_fen: int | None
    later_case_number: str
    earliest_limitation: date | None
    cause: str = ""  # the official 案由's name (the old category's label for a case without one)


def admin_ledger(ctx: Workspace, start: date | None = None, end: date | None = None,
                 court: str | None = None) -> list[AdminLedgerRow]:
    """Every case at the centre registered in [start, end] (of one court when given), oldest first."""
    query = (select(AdminCase, Dispute, Court)
             .join(Dispute, col(Dispute.id) == col(AdminCase.dispute_id))
             .join(Court, col(Court.id) == col(Dispute.court_id))
             .where(~col(AdminCase.deleted), ~col(Dispute.deleted)))
    if start is not None:
        query = query.where(col(Dispute.registered_on) >= start)
    if end is not None:
        query = query.where(col(Dispute.registered_on) <= end)
    out = []
    with ctx.db.read() as session:
        if court:
            query = query.where(col(Dispute.court_id) == resolve_court(session, court).id)
        for row, dispute, court_row in session.execute(query.order_by(col(Dispute.registered_on), col(Dispute.id))):
            resolved = dispute.outcome is not None and Outcome.of(dispute.outcome).is_success
            limits = _limitations(ctx, row, dispute)
            out.append(AdminLedgerRow(
                number=dispute.official_number or dispute.provisional_number,
                registered_on=dispute.registered_on,
                court=court_row.name,
                source=label_of(IntakeSource, row.intake_source),
                agency=row.agency, agency_level=row.agency_level, field=row.field, act_type=row.act_type,
                act=dispute.act_name, act_number=dispute.act_number, act_date=dispute.act_date,
                people=row.people_count, group_case=row.group_case,
                procedure_state=label_of(ProcedureState, row.procedure_state),
                triage=label_of(Triage, row.triage) if row.triage else "",
                triage_reason=row.triage_reason, triaged_on=row.triaged_on,
                head_participated=row.head_participated,
                outcome=label_of(Outcome, dispute.outcome) if dispute.outcome else "",
                resolved=resolved, closed_on=dispute.closed_on,
                days=(dispute.closed_on - dispute.registered_on).days if dispute.closed_on else None,
                amount_paid_fen=row.amount_paid_fen, later_case_number=row.later_case_number,
                earliest_limitation=limits[0].due_on if limits else None,
                cause=cause_or_category(dispute.cause, dispute.category),
            ))
    return out
