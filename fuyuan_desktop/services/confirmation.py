"""司法确认: the joint application paper, the 30-day period, the clause types the law excludes, and tracking
the application (申请日, the court's 案号, the ruling) — only for a final agreement a court may confirm.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.confirmation import build_confirmation_application
from fuyuan_desktop.documents.data import ClauseBlock, ConfirmationDoc
from fuyuan_desktop.domain.cause_rules import confirmation_exclusion
from fuyuan_desktop.domain.confirmation import (
    RULINGS,
    ConfirmationWindow,
    confirmation_window,
    excluded_clauses,
    keyword_warnings,
    parse_ruling,
)
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory, ParticipantRole, PartyRole
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.organisations import UNREGISTERED, case_organisation_name
from fuyuan_desktop.services.parties import law_problems
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    issue,
    latest_document,
    load_dispute,
    mediating_organization,
    party_blocks,
    template_for,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement, AgreementClause, ConfirmationApplication, Dispute

WHAT = "司法确认申请书"


def _agreement(session: Session, dispute_id: str, version: int | None) -> Agreement:
    stmt = select(Agreement).where(col(Agreement.dispute_id) == dispute_id)
    stmt = stmt.where(col(Agreement.version) == version) if version is not None else stmt
    agreement = session.scalars(stmt.order_by(col(Agreement.version).desc())).first()
    if agreement is None:
        raise NotFoundError("本案还没有调解协议" if version is None else f"本案没有第 {version} 版调解协议")
    return agreement


def _check_final(session: Session, agreement: Agreement, version: int | None) -> None:
    """Refuse a draft or a superseded version, saying which version to use instead."""
    if agreement.status == AgreementStatus.DRAFT.value:
        earlier = session.scalars(
            select(Agreement).where(
                col(Agreement.dispute_id) == agreement.dispute_id,
                col(Agreement.status) == AgreementStatus.FINAL.value,
            )
        ).first()
        hint = f"；现行有效的是第 {earlier.version} 版，可打印第 {earlier.version} 版" if earlier else ""
        raise ValidationError(
            WHAT, f"第 {agreement.version} 版调解协议尚未定稿（草稿），不能申请司法确认；请先定稿{hint}",
            code="draft", details={"final_version": earlier.version} if earlier else None,
        )
    if agreement.status == AgreementStatus.SUPERSEDED.value:
        newer = session.scalars(
            select(Agreement)
            .where(col(Agreement.dispute_id) == agreement.dispute_id, col(Agreement.version) > agreement.version)
            .order_by(col(Agreement.version).desc())
        ).first()
        raise ValidationError(
            WHAT,
            f"第 {agreement.version} 版调解协议已被第 {newer.version if newer else '新'} 版取代，"
            "不能就已被取代的协议申请司法确认",
        )


def _mediated_by(session: Session, dispute: Dispute, agreement: Agreement, place: str) -> str:
    registered = case_organisation_name(session, dispute.id, committee=agreement.kind == AgreementKind.PEOPLE.value)
    if registered != UNREGISTERED or agreement.kind == AgreementKind.PEOPLE.value:
        return registered
    organization = mediating_organization(session, dispute.id)
    if organization:
        return organization
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    if not staff:
        return "调解组织"
    return ParticipantRole.of(staff[0].role).label + "、".join(m.name for m in staff)


def _effective_on(ctx: Workspace, agreement: Agreement) -> date:
    """The day the agreement took effect: the parties' signing; failing that, the day it was finalised."""
    if agreement.effective_on is not None:
        return agreement.effective_on
    return agreement.finalized_at.astimezone(COURT_TZ).date() if agreement.finalized_at else ctx.today()


def _window(ctx: Workspace, agreement: Agreement) -> ConfirmationWindow:
    ref = ctx.reference
    return confirmation_window(_effective_on(ctx, agreement), ctx.today(), ref.calendar, ref.deadline_rules)


def _clauses(session: Session, agreement: Agreement) -> list[AgreementClause]:
    return list(
        session.scalars(
            select(AgreementClause)
            .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
            .order_by(col(AgreementClause.position))
        )
    )


def _exclusions(ctx: Workspace, dispute: Dispute, clauses: list[AgreementClause]) -> list[str]:
    """Why the law lets no court confirm this agreement: the case's 案由, then the type chosen for each clause."""
    out = []
    category = DisputeCategory.of(dispute.category)
    excluded = confirmation_exclusion(dispute.cause) if dispute.cause else (
        f"{category.label}涉及身份关系" if category.is_family_status else None)
    if excluded:
        out.append(template_for(ctx, "confirmation_application").text("refuse_family", category=excluded))
    found = excluded_clauses(((c.position, c.kind) for c in clauses), ctx.reference.clause_types)
    out += [f"{line}，本协议不能申请司法确认" for line in found]
    return out


def _refuse(exclusions: list[str]) -> None:
    """Raise the exclusions: one as itself, several together (each named)."""
    errors = [ValidationError(WHAT, e, code="excluded") for e in exclusions]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)


def _keyword_warnings(ctx: Workspace, clauses: list[AgreementClause]) -> list[str]:
    return keyword_warnings(((c.position, c.kind, c.text) for c in clauses), ctx.reference.clause_types)


def _overdue(agreement: Agreement, window: ConfirmationWindow) -> ValidationError:
    return ValidationError(
        WHAT,
        f"第 {agreement.version} 版调解协议于 {window.effective_on.isoformat()} 生效，司法确认申请期限"
        f"（生效之日起三十日，末日遇节假日顺延）已于 {window.due.isoformat()} 届满，不能再申请司法确认；"
        "可另行起诉或重新调解",
        code="overdue",
    )


def _applications(session: Session, agreement_id: str) -> list[ConfirmationApplication]:
    return list(
        session.scalars(
            select(ConfirmationApplication)
            .where(col(ConfirmationApplication.agreement_id) == agreement_id, ~col(ConfirmationApplication.deleted))
            .order_by(col(ConfirmationApplication.applied_on), col(ConfirmationApplication.created_at))
        )
    )


def print_confirmation_application(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 司法确认申请书 for a final agreement (``version`` = the agreement's version, default latest).

    Refused for a draft or superseded agreement, for status relationships (婚姻家庭) and for clauses of a type
    the law excludes (物权、知识产权确权 …), and once the application period has run out — unless the paper was
    issued, or the application recorded, in time (a reprint then carries a warning). Warned when few days remain.
    """
    template = template_for(ctx, "confirmation_application")
    ref = ctx.reference
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        agreement = _agreement(session, dispute.id, version)
        clauses = _clauses(session, agreement)
        _refuse(_exclusions(ctx, dispute, clauses))
        _check_final(session, agreement, version)
        header = case_header(session, dispute)
        agreed_on = _effective_on(ctx, agreement)
        window = _window(ctx, agreement)
        made_in_time = latest_document(session, "confirmation_application", agreement.id) is not None or any(
            a.applied_on <= window.due for a in _applications(session, agreement.id))
        if window.state == "overdue" and not made_in_time:
            raise _overdue(agreement, window)
        if not [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]:
            raise ValidationError(WHAT, "本案没有登记调解员：司法确认须就调解组织或调解员主持达成的协议申请，请先指派调解员")
        refused = law_problems(session, dispute.id, agreed_on)
        if refused:
            raise InputErrors([ValidationError(WHAT, p) for p in refused])
        agent_label, guardian_label = PartyRole.AGENT.label, PartyRole.GUARDIAN.label
        parties = tuple(
            p if p.role == guardian_label
            else replace(p, role=template.raw("agent_role") if p.role == agent_label else template.raw("applicant_role"))
            for p in party_blocks(session, dispute.id, agreed_on)
        )
        doc = ConfirmationDoc(
            header=header,
            parties=parties,
            agreement_version=agreement.version,
            agreed_on=agreed_on,
            mediated_by=_mediated_by(session, dispute, agreement, header.place),
            people_mediation=agreement.kind == AgreementKind.PEOPLE.value,
            facts=agreement.facts,
            clauses=tuple(
                ClauseBlock(c.position, c.obligor, c.text, c.performance_method, c.deadline, c.amount_fen)
                for c in clauses
            ),
            has_agents=any(p.role == template.raw("agent_role") for p in parties),
            period_days=ref.deadline_rules.judicial_confirmation_days,
        )
    warnings: list[str] = []
    if window.state == "overdue":
        warnings.append(
            f"协议于 {agreed_on.isoformat()} 生效，司法确认申请期限已于 {window.due.isoformat()} 届满："
            "逾期，可另行起诉或重新调解"
        )
    elif window.state == "due_soon":
        warnings.append(window.text() + "，请尽快共同提交申请")
    warnings += _keyword_warnings(ctx, clauses)
    if agreement.kind == AgreementKind.ADMINISTRATIVE.value:
        warnings.append("行政争议和解协议经确认出具的是行政诉前调解书；本申请书按民事司法确认格式制作，请核对法律依据")
    if not agreement.confirmation_clause:
        warnings.append("协议未载明司法确认条款；须各方当事人同意后共同申请")
    return issue(
        ctx,
        Paper(
            kind="confirmation_application",
            dispute_id=dispute.id,
            source_id=agreement.id,
            data=doc,
            title=template.raw("title"),
            build=lambda fonts, styles: build_confirmation_application(doc, fonts, styles, template),
            warnings=tuple(warnings),
        ),
        out=out,
    )


# --- tracking the application -------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationView:
    """One recorded 司法确认 application, as the case page and ``case confirmation show`` list it."""

    id: str
    agreement_version: int
    applied_on: date
    court_number: str
    ruling: str  # "" (pending) | confirmed | rejected | withdrawn
    ruled_on: date | None
    note: str
    superseded_by: int | None  # the version that replaced the agreement it was made for

    @property
    def ruling_label(self) -> str:
        return RULINGS.get(self.ruling, "待裁定")

    @property
    def status_text(self) -> str:
        number = f"，案号 {self.court_number}" if self.court_number else ""
        text = f"第 {self.agreement_version} 版协议，{self.applied_on.isoformat()} 申请{number}"
        text += f"，{self.ruled_on.isoformat()} 裁定{self.ruling_label}" if self.ruling and self.ruled_on else "，待裁定"
        if self.superseded_by is not None:
            text += f"（该版协议已被第 {self.superseded_by} 版取代，此申请所涉协议已失效）"
        return text


@dataclass(frozen=True)
class ConfirmationState:
    """Where a case stands on 司法确认: the period of its final agreement, what bars it, what was applied for."""

    agreement_version: int | None
    effective_on: date | None
    due: date | None
    days_left: int | None
    state: str  # none | open | due_soon | overdue | excluded | applied (pending or confirmed)
    summary: str
    refusals: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    applications: list[ApplicationView] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return self.state in ("open", "due_soon") and not any(a.ruling in ("", "confirmed") and
                                                                a.superseded_by is None for a in self.applications)

    def lines(self) -> list[str]:
        """What the case page and ``case show`` print: the deadline, bars, warnings, then each application."""
        return [self.summary, *self.refusals, *self.warnings, *("司法确认申请：" + a.status_text for a in self.applications)]


def _view(session: Session, row: ConfirmationApplication) -> ApplicationView:
    agreement = session.get(Agreement, row.agreement_id)
    version = agreement.version if agreement else 0
    superseded_by = None
    if agreement is not None and agreement.status == AgreementStatus.SUPERSEDED.value:
        newer = session.scalars(
            select(Agreement).where(col(Agreement.supersedes_id) == agreement.id)
        ).first()
        superseded_by = newer.version if newer else version + 1
    return ApplicationView(row.id, version, row.applied_on, row.court_number, row.ruling, row.ruled_on, row.note,
                           superseded_by)


def _current_final(session: Session, dispute_id: str) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(col(Agreement.dispute_id) == dispute_id, col(Agreement.status) == AgreementStatus.FINAL.value)
        .order_by(col(Agreement.version).desc())
    ).first()


def confirmation_state(ctx: Workspace, case_ref: str) -> ConfirmationState:
    """The case's 司法确认 position as of today (read only)."""
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        rows = session.scalars(
            select(ConfirmationApplication)
            .where(col(ConfirmationApplication.dispute_id) == dispute.id, ~col(ConfirmationApplication.deleted))
            .order_by(col(ConfirmationApplication.applied_on), col(ConfirmationApplication.created_at))
        ).all()
        applications = [_view(session, r) for r in rows]
        agreement = _current_final(session, dispute.id)
        if agreement is None:
            return ConfirmationState(None, None, None, None, "none", "司法确认：尚无定稿的调解协议", applications=applications)
        clauses = _clauses(session, agreement)
        refusals = _exclusions(ctx, dispute, clauses)
        warnings = _keyword_warnings(ctx, clauses)
    window = _window(ctx, agreement)
    live = [a for a in applications if a.agreement_version == agreement.version and a.ruling in ("", "confirmed")]
    if refusals:
        state, summary = "excluded", f"司法确认：第 {agreement.version} 版协议不能申请司法确认"
    elif live:
        state = "applied"
        summary = (f"司法确认：第 {agreement.version} 版协议已于 {live[-1].applied_on.isoformat()} 申请"
                   f"（申请期限 {window.due.isoformat()}）")
    else:
        state, summary = window.state, window.text()
        if window.state == "due_soon":
            summary += "，请尽快共同提交申请"
    return ConfirmationState(agreement.version, window.effective_on, window.due, window.days_left, state, summary,
                             refusals, warnings, applications)


def record_application(
    ctx: Workspace, case_ref: str, *, applied_on: date, court_number: str = "", note: str = "",
    version: int | None = None,
) -> ApplicationView:
    """Record that the parties applied for 司法确认 of the final agreement (default: the one in force) on
    ``applied_on``; refused for a draft or superseded version, an excluded agreement, or after the period."""
    require(ctx, "agreement.finalize")
    if applied_on > ctx.today():
        raise ValidationError("申请日", f"{applied_on.isoformat()} 晚于今天", field="on")
    court_number, note = court_number.strip(), note.strip()
    with ctx.db.write(ctx.actor, "登记司法确认申请") as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        agreement = _agreement(session, dispute.id, version) if version is not None else _current_final(
            session, dispute.id)
        if agreement is None:
            raise ValidationError(WHAT, "本案没有已定稿的调解协议，不能申请司法确认")
        _check_final(session, agreement, version)
        _refuse(_exclusions(ctx, dispute, _clauses(session, agreement)))
        window = _window(ctx, agreement)
        if applied_on < window.effective_on:
            raise ValidationError("申请日", f"{applied_on.isoformat()} 早于协议生效日 {window.effective_on.isoformat()}",
                                  field="on")
        if applied_on > window.due:
            raise _overdue(agreement, window)
        for earlier in _applications(session, agreement.id):
            if earlier.ruling in ("", "confirmed"):
                state = "待裁定" if not earlier.ruling else "已裁定确认有效"
                raise ValidationError(WHAT, f"第 {agreement.version} 版协议已于 {earlier.applied_on.isoformat()} "
                                            f"申请司法确认（{state}），不能重复登记")
        row = ConfirmationApplication(dispute_id=dispute.id, agreement_id=agreement.id, applied_on=applied_on,
                                      court_number=court_number, note=note)
        session.add(row)
        session.flush()
        return _view(session, row)


def record_ruling(
    ctx: Workspace, case_ref: str, *, ruling: str, ruled_on: date, court_number: str | None = None
) -> ApplicationView:
    """Record the court's ruling (确认有效 / 驳回 / 撤回) on the case's pending application, with its date."""
    require(ctx, "agreement.finalize")
    try:
        code = parse_ruling(ruling)
    except KeyError:
        raise ValidationError("裁定结果", f"「{ruling}」无效；可选：{'、'.join(RULINGS.values())}",
                              field="ruling") from None
    if ruled_on > ctx.today():
        raise ValidationError("裁定日期", f"{ruled_on.isoformat()} 晚于今天", field="on")
    with ctx.db.write(ctx.actor, f"登记司法确认裁定：{RULINGS[code]}") as session:
        dispute_id = resolve_case_id(session, case_ref)
        row = session.scalars(
            select(ConfirmationApplication)
            .where(col(ConfirmationApplication.dispute_id) == dispute_id, ~col(ConfirmationApplication.deleted),
                   col(ConfirmationApplication.ruling) == "")
            .order_by(col(ConfirmationApplication.applied_on).desc())
        ).first()
        if row is None:
            raise ValidationError(WHAT, "本案没有待裁定的司法确认申请；请先登记申请")
        if ruled_on < row.applied_on:
            raise ValidationError("裁定日期", f"{ruled_on.isoformat()} 早于申请日 {row.applied_on.isoformat()}",
                                  field="on")
        number = (court_number or "").strip() or row.court_number
        if code != "withdrawn" and not number:
            raise ValidationError("法院案号", "登记确认有效或驳回的裁定须写明法院案号（如（2026）吉0702民特15号）",
                                  field="court_number")
        row.court_number, row.ruling, row.ruled_on = number, code, ruled_on
        session.flush()
        return _view(session, row)
