"""Mediation agreements: draft, check for completeness, finalise (then immutable), correct by a new version."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory, DisputeStatus, PartyKind
from fuyuan_desktop.domain.errors import ImmutableDocumentError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import check_text, parse_amount_fen
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.store.models import Agreement, AgreementClause, CaseParty, Dispute, FollowUp, Party
from fuyuan_desktop.store.types import utcnow


@dataclass
class ClauseInput:
    obligor: str
    text: str
    performance_method: str = ""
    deadline: date | None = None
    amount: str | None = None


@dataclass
class AgreementInput:
    kind: str
    facts: str
    clauses: list[ClauseInput]
    responsibilities: str = ""
    breach_terms: str = ""
    confirmation_clause: bool = True


@dataclass(frozen=True)
class AgreementView:
    id: str
    dispute_id: str
    kind: str
    version: int
    status: str
    supersedes_id: str | None
    facts: str
    responsibilities: str
    breach_terms: str
    confirmation_clause: bool
    content_sha256: str
    clauses: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _clean(ctx: ServiceContext, data: AgreementInput) -> tuple[AgreementKind, list[AgreementClause], dict[str, str]]:
    errors: list[ValidationError] = []
    try:
        kind = AgreementKind.parse(data.kind)
    except KeyError:
        errors.append(ValidationError("协议类型", f"「{data.kind}」无效；可选：{'、'.join(AgreementKind.labels())}"))
        kind = AgreementKind.INVITED
    texts: dict[str, str] = {}
    for key, label, required in (
        ("facts", "纠纷主要事实、争议事项", True),
        ("responsibilities", "各方责任", False),
        ("breach_terms", "违约责任", False),
    ):
        value, err = check_text(getattr(data, key), label, required=required, limit=20000)
        texts[key] = value
        if err:
            errors.append(err)
    clauses: list[AgreementClause] = []
    for i, clause in enumerate(data.clauses, start=1):
        text, err = check_text(clause.text, f"第{i}条 协议内容", required=True, limit=5000)
        errors += [err] if err else []
        obligor, err = check_text(clause.obligor, f"第{i}条 义务人", required=False, limit=100)
        errors += [err] if err else []
        method, err = check_text(clause.performance_method, f"第{i}条 履行方式", required=False, limit=200)
        errors += [err] if err else []
        amount = None
        try:
            amount = parse_amount_fen(clause.amount, f"第{i}条 金额")
        except ValidationError as exc:
            errors.append(exc)
        clauses.append(
            AgreementClause(
                agreement_id="",
                position=i,
                obligor=obligor,
                text=text,
                performance_method=method,
                deadline=clause.deadline,
                amount_fen=amount,
            )
        )
    if errors:
        raise InputErrors(errors)
    return kind, clauses, texts


def completeness_problems(session: Session, agreement: Agreement, clauses: list[AgreementClause]) -> list[str]:
    """What stops this agreement from being final (DOMAIN.md §7): each clause needs obligor, method, deadline."""
    problems: list[str] = []
    if not agreement.facts.strip():
        problems.append("缺少纠纷主要事实、争议事项")
    if not clauses:
        problems.append("协议至少需要一条条款")
    for c in clauses:
        if not c.obligor:
            problems.append(f"第{c.position}条缺少义务人（由谁履行）")
        if not c.performance_method:
            problems.append(f"第{c.position}条缺少履行方式")
        if c.deadline is None:
            problems.append(f"第{c.position}条缺少履行期限")
    parties = session.execute(
        select(col(CaseParty.role), Party)
        .join(Party, col(Party.id) == col(CaseParty.party_id))
        .where(col(CaseParty.dispute_id) == agreement.dispute_id, ~col(CaseParty.deleted))
    ).all()
    for role, party in parties:
        if role == "agent":
            continue
        if party.kind == PartyKind.PERSON.value and not party.id_number:
            problems.append(f"当事人「{party.name}」缺少身份证号码")
        if (
            party.kind != PartyKind.PERSON.value
            and not party.credit_code
            and party.kind == PartyKind.ORGANIZATION.value
        ):
            problems.append(f"当事人「{party.name}」缺少统一社会信用代码")
        if not party.address:
            problems.append(f"当事人「{party.name}」缺少住址/住所")
    return problems


def _warnings(dispute: Dispute, agreement: Agreement) -> list[str]:
    category = DisputeCategory.of(dispute.category)
    out = []
    if category.is_family_status and agreement.confirmation_clause:
        out.append("婚姻家庭等身份关系纠纷不能申请司法确认（民诉法解释第三百五十五条）；已取消司法确认条款")
    return out


def clause_content(c: AgreementClause) -> dict[str, object]:
    """A clause as the views and the verification hash see it."""
    return {
        "position": c.position,
        "obligor": c.obligor,
        "text": c.text,
        "performance_method": c.performance_method,
        "deadline": c.deadline.isoformat() if c.deadline else None,
        "amount_fen": c.amount_fen,
    }


def _view(session: Session, agreement: Agreement, warnings: list[str] | None = None) -> AgreementView:
    clauses = session.scalars(
        select(AgreementClause)
        .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
        .order_by(col(AgreementClause.position))
    ).all()
    return AgreementView(
        agreement.id,
        agreement.dispute_id,
        AgreementKind.of(agreement.kind).label,
        agreement.version,
        AgreementStatus.of(agreement.status).label,
        agreement.supersedes_id,
        agreement.facts,
        agreement.responsibilities,
        agreement.breach_terms,
        agreement.confirmation_clause,
        agreement.content_sha256,
        [clause_content(c) for c in clauses],
        warnings or [],
    )


def draft_agreement(ctx: ServiceContext, case_ref: str, data: AgreementInput) -> AgreementView:
    """Start a draft (version 1, or the next version when a final one already exists)."""
    require(ctx, "agreement.draft")
    kind, clauses, texts = _clean(ctx, data)
    with ctx.db.write(ctx.actor, "起草调解协议") as session:
        dispute = session.get(Dispute, resolve_case_id(session, case_ref))
        assert dispute is not None
        if session.scalars(
            select(Agreement).where(
                col(Agreement.dispute_id) == dispute.id, col(Agreement.status) == AgreementStatus.DRAFT.value
            )
        ).first():
            raise ValidationError("调解协议", "本案已有一份草稿，请修改该草稿")
        version = (
            session.scalar(select(func.max(col(Agreement.version))).where(col(Agreement.dispute_id) == dispute.id)) or 0
        ) + 1
        agreement = Agreement(
            dispute_id=dispute.id,
            kind=kind.value,
            version=version,
            confirmation_clause=data.confirmation_clause,
            facts=texts["facts"],
            responsibilities=texts["responsibilities"],
            breach_terms=texts["breach_terms"],
        )
        warnings = _warnings(dispute, agreement)
        if warnings:
            agreement.confirmation_clause = False
        session.add(agreement)
        session.flush()
        for clause in clauses:
            clause.agreement_id = agreement.id
            session.add(clause)
        session.flush()
        return _view(session, agreement, warnings)


def update_draft(ctx: ServiceContext, agreement_id: str, data: AgreementInput) -> AgreementView:
    """Replace a draft's text and clauses; a final agreement refuses with ``ImmutableDocumentError``."""
    require(ctx, "agreement.draft")
    kind, clauses, texts = _clean(ctx, data)
    with ctx.db.write(ctx.actor, "修改调解协议草稿") as session:
        agreement = _get(session, agreement_id)
        _require_draft(agreement)
        agreement.kind = kind.value
        agreement.confirmation_clause = data.confirmation_clause
        for key, value in texts.items():
            setattr(agreement, key, value)
        dispute = session.get(Dispute, agreement.dispute_id)
        assert dispute is not None
        warnings = _warnings(dispute, agreement)
        if warnings:
            agreement.confirmation_clause = False
        old = session.scalars(select(AgreementClause).where(col(AgreementClause.agreement_id) == agreement.id)).all()
        by_position = {c.position: c for c in old}
        for clause in clauses:
            existing = by_position.pop(clause.position, None)
            if existing is None:
                clause.agreement_id = agreement.id
                session.add(clause)
                continue
            existing.deleted = False
            for key in ("obligor", "text", "performance_method", "deadline", "amount_fen"):
                setattr(existing, key, getattr(clause, key))
        for leftover in by_position.values():
            leftover.deleted = True
        session.flush()
        view = _view(session, agreement, warnings)
        view.clauses[:] = [c for c in view.clauses if int(str(c["position"])) <= len(clauses)]
        return view


def _get(session: Session, agreement_id: str) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(f"找不到调解协议 {agreement_id}")
    return agreement


def _require_draft(agreement: Agreement) -> None:
    if agreement.status != AgreementStatus.DRAFT.value:
        raise ImmutableDocumentError(
            f"第 {agreement.version} 版调解协议{AgreementStatus.of(agreement.status).label}，不能修改；"
            "如需更正，请“创建更正版本”。"
        )


def canonical_content(session: Session, agreement: Agreement) -> dict[str, object]:
    """The content that the verification hash covers (the agreement as the parties sign it)."""
    clauses = session.scalars(
        select(AgreementClause)
        .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
        .order_by(col(AgreementClause.position))
    ).all()
    parties = session.execute(
        select(col(CaseParty.role), col(CaseParty.position), Party)
        .join(Party, col(Party.id) == col(CaseParty.party_id))
        .where(col(CaseParty.dispute_id) == agreement.dispute_id, ~col(CaseParty.deleted))
        .order_by(col(CaseParty.position))
    ).all()
    return {
        "agreement_id": agreement.id,
        "dispute_id": agreement.dispute_id,
        "kind": agreement.kind,
        "version": agreement.version,
        "supersedes_id": agreement.supersedes_id,
        "facts": agreement.facts,
        "responsibilities": agreement.responsibilities,
        "breach_terms": agreement.breach_terms,
        "confirmation_clause": agreement.confirmation_clause,
        "parties": [
            {
                "role": role,
                "name": p.name,
                "id_number": p.id_number,
                "credit_code": p.credit_code,
                "address": p.address,
                "representative": p.representative,
            }
            for role, _pos, p in parties
        ],
        "clauses": [clause_content(c) for c in clauses],
    }


def content_hash(content: dict[str, object]) -> str:
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def finalize_agreement(ctx: ServiceContext, agreement_id: str) -> AgreementView:
    """Make a draft final: checked for completeness, hashed, then immutable; a 回访 is scheduled."""
    require(ctx, "agreement.finalize")
    with ctx.db.write(ctx.actor, "调解协议定稿") as session:
        agreement = _get(session, agreement_id)
        _require_draft(agreement)
        clauses = list(
            session.scalars(
                select(AgreementClause)
                .where(col(AgreementClause.agreement_id) == agreement.id, ~col(AgreementClause.deleted))
                .order_by(col(AgreementClause.position))
            )
        )
        problems = completeness_problems(session, agreement, clauses)
        if problems:
            raise InputErrors([ValidationError("调解协议不完整", p) for p in problems])
        # Hash first: canonical_content() queries (autoflush), and once the final status is flushed the
        # store's immutability guard refuses any further change to the row, the hash included.
        sha256 = content_hash(canonical_content(session, agreement))
        agreement.status = AgreementStatus.FINAL.value
        agreement.finalized_at = utcnow()
        agreement.finalized_by = ctx.actor
        agreement.content_sha256 = sha256
        if agreement.supersedes_id:
            previous = _get(session, agreement.supersedes_id)
            previous.status = AgreementStatus.SUPERSEDED.value
        dispute = session.get(Dispute, agreement.dispute_id)
        assert dispute is not None
        if dispute.status == DisputeStatus.MEDIATING.value:
            dispute.status = DisputeStatus.AGREED.value
            dispute.outcome = "agreement"
            dispute.closed_on = ctx.today()
        deadlines = [c.deadline for c in clauses if c.deadline]
        if deadlines:
            session.add(
                FollowUp(
                    dispute_id=dispute.id,
                    due_on=min(deadlines) + timedelta(days=1),
                    note=f"第 {agreement.version} 版协议首个履行期限届满，回访履行情况",
                )
            )
        session.flush()
        return _view(session, agreement)


def correct_agreement(ctx: ServiceContext, agreement_id: str) -> AgreementView:
    """Start a corrected version of a final agreement: a new draft that supersedes it when finalised."""
    require(ctx, "agreement.correct")
    with ctx.db.write(ctx.actor, "创建更正版本") as session:
        old = _get(session, agreement_id)
        if old.status != AgreementStatus.FINAL.value:
            raise ValidationError("更正", "只有已定稿的协议才需要创建更正版本；草稿可直接修改")
        pending = session.scalars(
            select(Agreement).where(
                col(Agreement.dispute_id) == old.dispute_id, col(Agreement.status) == AgreementStatus.DRAFT.value
            )
        ).first()
        if pending is not None:
            raise ValidationError("更正", f"本案已有第 {pending.version} 版草稿，请修改该草稿")
        version = (
            session.scalar(select(func.max(col(Agreement.version))).where(col(Agreement.dispute_id) == old.dispute_id))
            or 0
        ) + 1
        new = Agreement(
            dispute_id=old.dispute_id,
            kind=old.kind,
            version=version,
            supersedes_id=old.id,
            facts=old.facts,
            responsibilities=old.responsibilities,
            breach_terms=old.breach_terms,
            confirmation_clause=old.confirmation_clause,
        )
        session.add(new)
        session.flush()
        for c in session.scalars(
            select(AgreementClause).where(col(AgreementClause.agreement_id) == old.id, ~col(AgreementClause.deleted))
        ):
            session.add(
                AgreementClause(
                    agreement_id=new.id,
                    position=c.position,
                    obligor=c.obligor,
                    text=c.text,
                    performance_method=c.performance_method,
                    deadline=c.deadline,
                    amount_fen=c.amount_fen,
                )
            )
        session.flush()
        return _view(session, new)


def agreements_of(ctx: ServiceContext, case_ref: str) -> list[AgreementView]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        return [
            _view(session, a)
            for a in session.scalars(
                select(Agreement).where(col(Agreement.dispute_id) == dispute_id).order_by(col(Agreement.version))
            )
        ]


def agreement_as_dict(view: AgreementView) -> dict[str, object]:
    return asdict(view)


def agreement_problems(ctx: ServiceContext, case_ref: str, data: AgreementInput) -> list[str]:
    """Everything that would stop ``data`` from being saved or finalised, checked without writing.

    The composer calls this as the user types: input errors first (as saving reports them), then what
    finalising would refuse (``completeness_problems``), the parties' own data included.
    """
    problems: list[str] = []
    try:
        _clean(ctx, data)
    except InputErrors as exc:
        problems.extend(str(error) for error in exc.errors)
    # Transient rows, never added to a session: completeness_problems only reads their fields.
    clauses = [
        AgreementClause(
            agreement_id="",
            position=i,
            obligor=c.obligor.strip(),
            text=c.text.strip(),
            performance_method=c.performance_method.strip(),
            deadline=c.deadline,
        )
        for i, c in enumerate(data.clauses, start=1)
    ]
    with ctx.db.read() as session:
        agreement = Agreement(dispute_id=resolve_case_id(session, case_ref), kind="", facts=data.facts.strip())
        for problem in completeness_problems(session, agreement, clauses):
            if problem == "缺少纠纷主要事实、争议事项" and any(p.startswith("纠纷主要事实") for p in problems):
                continue  # already reported as a missing required field
            problems.append(problem)
    return problems
