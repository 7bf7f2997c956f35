"""The joint application for judicial confirmation: only for a final agreement the law lets a court confirm."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents.confirmation import build_confirmation_application
from fuyuan_desktop.documents.data import ClauseBlock, ConfirmationDoc
from fuyuan_desktop.domain.deadlines import judicial_confirmation_deadline
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory, ParticipantRole, PartyRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import COURT_TZ, ServiceContext
from fuyuan_desktop.services.printing import (
    Paper,
    PrintedDocument,
    case_header,
    case_mediators,
    issue,
    load_dispute,
    mediating_organization,
    party_blocks,
    template_for,
)
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Agreement, AgreementClause, Dispute

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
        hint = f"；现行有效的是第 {earlier.version} 版，可用 --version {earlier.version} 打印" if earlier else ""
        raise ValidationError(
            WHAT, f"第 {agreement.version} 版调解协议尚未定稿（草稿），不能申请司法确认；请先定稿{hint}"
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
    if agreement.kind == AgreementKind.PEOPLE.value and place:
        return f"{place}人民调解委员会"
    organization = mediating_organization(session, dispute.id)
    if organization:
        return organization
    staff = [m for m in case_mediators(session, dispute.id) if m.role != ParticipantRole.CLERK.value]
    if not staff:
        return "调解组织"
    return ParticipantRole.of(staff[0].role).label + "、".join(m.name for m in staff)


def print_confirmation_application(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print the 司法确认申请书 for a final agreement (``version`` = the agreement's version, default latest).

    Refused for a draft or superseded agreement and for status relationships (婚姻家庭); printed with a
    warning once the application period after the agreement took effect has run out.
    """
    template = template_for(ctx, "confirmation_application")
    ref = ctx.reference
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        category = DisputeCategory.of(dispute.category)
        if category.is_family_status:
            raise ValidationError(WHAT, template.text("refuse_family", category=category.label))
        agreement = _agreement(session, dispute.id, version)
        _check_final(session, agreement, version)
        clauses = session.scalars(
            select(AgreementClause)
            .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
            .order_by(col(AgreementClause.position))
        ).all()
        header = case_header(session, dispute)
        agent_label = PartyRole.AGENT.label
        parties = tuple(
            replace(p, role=template.raw("agent_role") if p.role == agent_label else template.raw("applicant_role"))
            for p in party_blocks(session, dispute.id)
        )
        agreed_on = agreement.effective_on or (
            agreement.finalized_at.astimezone(COURT_TZ).date() if agreement.finalized_at else ctx.today()
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
    due = judicial_confirmation_deadline(agreed_on, ref.calendar, ref.deadline_rules)
    if ctx.today() > due:
        warnings.append(
            f"协议于 {agreed_on.isoformat()} 生效，司法确认申请期限已于 {due.isoformat()} 届满："
            "逾期，可另行起诉或重新调解"
        )
    if agreement.kind == AgreementKind.ADMINISTRATIVE.value:
        warnings.append("行政争议和解协议经确认出具的是行政诉前调解书；本申请书按民事司法确认格式制作，请核对法律依据")
    if not agreement.confirmation_clause:
        warnings.append("协议未载明司法确认条款；须各方当事人同意后共同申请")
    return issue(
        ctx,
        blobs,
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
