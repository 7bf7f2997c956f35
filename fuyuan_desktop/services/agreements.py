"""Mediation agreements: draft, check for completeness, finalise (then immutable), correct by a new version."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.documents import snapshot
from fuyuan_desktop.domain.cause_rules import confirmation_exclusion
from fuyuan_desktop.domain.confirmation import excluded_clauses
from fuyuan_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DisputeCategory,
    DisputeStatus,
    Outcome,
    PartyKind,
    PartyRole,
)
from fuyuan_desktop.domain.errors import ImmutableDocumentError, InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.documents import agreement_doc
from fuyuan_desktop.services.intake import check_text, parse_amount_fen
from fuyuan_desktop.services.parties import law_problems
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workflow import follow_the_work
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Agreement, AgreementClause, CaseParty, Dispute, FollowUp, Party
from fuyuan_desktop.store.types import utcnow


@dataclass
class ClauseInput:
    obligor: str
    text: str
    performance_method: str = ""
    deadline: date | None = None
    amount: str | None = None
    kind: str = ""  # clause type: a code or label of reference confirmation_clause_types ("" = not chosen)


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
    """One version of a case's agreement. ``kind``/``status`` are the labels shown; ``kind_code``/``status_code``
    the ``AgreementKind``/``AgreementStatus`` values to decide by."""

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
    kind_code: str = ""
    status_code: str = ""
    status_note: str = ""  # the case's automatic status change this action made, to show in the status line


def _clean(ctx: Workspace, data: AgreementInput) -> tuple[AgreementKind, list[AgreementClause], dict[str, str]]:
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
        types = ctx.reference.clause_types
        try:
            clause_kind = types.parse(clause.kind)
        except KeyError:
            errors.append(ValidationError(f"第{i}条 条款类型", f"「{clause.kind}」无效；可选：{'、'.join(types.labels())}"))
            clause_kind = ""
        clauses.append(
            AgreementClause(
                agreement_id="",
                position=i,
                obligor=obligor,
                text=text,
                performance_method=method,
                deadline=clause.deadline,
                amount_fen=amount,
                kind=clause_kind,
            )
        )
    if errors:
        raise InputErrors(errors)
    return kind, clauses, texts


# Blanks a template or a hurried hand leaves: ____ (or ＿＿), 某某, XX (×× …). What they stand for must be written.
_BLANK = re.compile(r"[_＿]{2,}|＿")
_PLACEHOLDER = re.compile(r"某某|[XxＸｘ×]{2,}")
# 年度/年秋收/年底 … with no year before it: a template's "____年度" whose blank was deleted instead of filled.
_YEARLESS = re.compile(r"(?:^|(?<![0-9０-９〇零一二两三四五六七八九十今去明前后本当上下每该次同全半年]))年(?:度|秋收|底|末|初)")
# A clause that pays money (支付/赔偿 … 费/款/金/工资/租金) needs its amount, in the 金额 field or in the text.
_PAYS = re.compile(r"(支付|给付|赔偿|补偿|偿还|退还|补发).{0,30}(费|款|金|工资|租金|报酬|利息)")
_SUM_IN_TEXT = re.compile(r"[0-9０-９]+(\.[0-9]+)?\s*(元|万元)|[一二三四五六七八九十百千万两]+元")


def text_problems(where: str, text: str, *, years: bool = False) -> list[str]:
    """The blanks and placeholders left in one field (``where`` names it: 第2条协议内容, 违约责任 …); with
    ``years``, also a 年度/年底 with no year (a clause template's blank deleted rather than filled)."""
    problems: list[str] = []
    blank = _BLANK.search(text)
    if blank:
        problems.append(f"{where}有未填写的空白「{blank.group(0)}」，请据实填写")
    placeholder = _PLACEHOLDER.search(text)
    if placeholder:
        problems.append(f"{where}含占位词「{placeholder.group(0)}」，请写明实际内容")
    if years and not blank and _YEARLESS.search(text):
        problems.append(f"{where}写有“年度/年底”等但没有写明哪一年")
    return problems


def completeness_problems(session: Session, agreement: Agreement, clauses: list[AgreementClause]) -> list[str]:
    """What stops this agreement from being final (docs/domain.md §7.2): each clause needs obligor, method, deadline;
    no field may keep a template's blanks or placeholders, a paying clause needs a non-zero amount."""
    problems: list[str] = []
    if not agreement.facts.strip():
        problems.append("缺少纠纷主要事实、争议事项")
    for where, text in (("纠纷主要事实、争议事项", agreement.facts), ("各方责任", agreement.responsibilities),
                        ("违约责任", agreement.breach_terms)):
        problems.extend(text_problems(where, text or ""))
    if not clauses:
        problems.append("协议至少需要一条条款")
    for c in clauses:
        if not c.obligor:
            problems.append(f"第{c.position}条缺少义务人（由谁履行）")
        if not c.performance_method:
            problems.append(f"第{c.position}条缺少履行方式")
        if c.deadline is None:
            problems.append(f"第{c.position}条缺少履行期限")
        for where, text in ((f"第{c.position}条协议内容", c.text), (f"第{c.position}条义务人", c.obligor),
                            (f"第{c.position}条履行方式", c.performance_method)):
            problems.extend(text_problems(where, text or "", years=where.endswith("协议内容")))
        if c.amount_fen == 0:
            problems.append(f"第{c.position}条金额为 0 元，请填写实际金额或删去金额")
        elif c.amount_fen is None and _PAYS.search(c.text or "") and not _SUM_IN_TEXT.search(c.text or ""):
            problems.append(f"第{c.position}条写明支付款项，但没有填写金额")
    parties = session.execute(
        select(col(CaseParty.role), Party)
        .join(Party, col(Party.id) == col(CaseParty.party_id))
        .where(col(CaseParty.dispute_id) == agreement.dispute_id, ~col(CaseParty.deleted))
    ).all()
    for role, party in parties:
        if PartyRole.of(role).acts_for_another:
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
    excluded = confirmation_exclusion(dispute.cause) if dispute.cause else (
        "婚姻家庭等身份关系纠纷" if category.is_family_status else None)
    if excluded and agreement.confirmation_clause:
        out.append(f"{excluded}，不能申请司法确认（民诉法解释第三百五十五条）；已取消司法确认条款")
    return out


def _type_warnings(ctx: Workspace, agreement: Agreement, clauses: Iterable[AgreementClause]) -> list[str]:
    """Clauses whose type the law excludes from 司法确认, said while the agreement still offers it."""
    if not agreement.confirmation_clause:
        return []
    excluded = excluded_clauses(((c.position, c.kind) for c in clauses), ctx.reference.clause_types)
    return [f"{line}；本协议不能申请司法确认，请删去司法确认条款或调整条款" for line in excluded]


class Signatory(Protocol):
    """A party as a signed agreement names it: a stored ``Party``, or one a bulk intake is about to write."""

    @property
    def name(self) -> str: ...
    @property
    def id_number(self) -> str: ...
    @property
    def credit_code(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def representative(self) -> str: ...


#: The agreement's and a clause's columns that the verification hash covers.
AGREEMENT_FIELDS = (
    "id",
    "dispute_id",
    "kind",
    "version",
    "supersedes_id",
    "facts",
    "responsibilities",
    "breach_terms",
    "confirmation_clause",
)
CLAUSE_FIELDS = ("position", "obligor", "text", "performance_method", "deadline", "amount_fen")


def _fields(row: object, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


def clause_content(clause: Mapping[str, Any]) -> dict[str, object]:
    """A clause (its ``CLAUSE_FIELDS``) as the views and the verification hash see it."""
    deadline = clause["deadline"]
    return {
        "position": clause["position"],
        "obligor": clause["obligor"],
        "text": clause["text"],
        "performance_method": clause["performance_method"],
        "deadline": deadline.isoformat() if deadline else None,
        "amount_fen": clause["amount_fen"],
    }


def signed_content(
    agreement: Mapping[str, Any], parties: Iterable[tuple[str, Signatory]], clauses: Iterable[Mapping[str, Any]]
) -> dict[str, object]:
    """What the verification hash covers: the agreement as the parties sign it — its one definition.

    ``agreement`` holds the ``AGREEMENT_FIELDS``, ``parties`` are (role, party) in case order, and
    ``clauses`` hold the ``CLAUSE_FIELDS`` in clause order. ``finalize_agreement`` hashes it read back from
    the store; a bulk intake of final agreements (the demo) hashes it from the rows it writes.
    """
    return {
        "agreement_id": agreement["id"],
        "dispute_id": agreement["dispute_id"],
        "kind": agreement["kind"],
        "version": agreement["version"],
        "supersedes_id": agreement["supersedes_id"],
        "facts": agreement["facts"],
        "responsibilities": agreement["responsibilities"],
        "breach_terms": agreement["breach_terms"],
        "confirmation_clause": agreement["confirmation_clause"],
        "parties": [
            {
                "role": role,
                "name": p.name,
                "id_number": p.id_number,
                "credit_code": p.credit_code,
                "address": p.address,
                "representative": p.representative,
            }
            for role, p in parties
        ],
        "clauses": [clause_content(c) for c in clauses],
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
        [{**clause_content(_fields(c, CLAUSE_FIELDS)), "kind": c.kind} for c in clauses],
        warnings or [],
        kind_code=agreement.kind,
        status_code=agreement.status,
    )


def draft_agreement(ctx: Workspace, case_ref: str, data: AgreementInput) -> AgreementView:
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
        return _view(session, agreement, warnings + _type_warnings(ctx, agreement, clauses))


def update_draft(ctx: Workspace, agreement_id: str, data: AgreementInput) -> AgreementView:
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
            for key in ("obligor", "text", "performance_method", "deadline", "amount_fen", "kind"):
                setattr(existing, key, getattr(clause, key))
        for leftover in by_position.values():
            leftover.deleted = True
        session.flush()
        view = _view(session, agreement, warnings + _type_warnings(ctx, agreement, clauses))
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
    """The content that the verification hash covers, read from the store (see ``signed_content``)."""
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
    return signed_content(
        _fields(agreement, AGREEMENT_FIELDS),
        [(role, party) for role, _position, party in parties],
        [_fields(c, CLAUSE_FIELDS) for c in clauses],
    )


def content_hash(content: dict[str, object]) -> str:
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def finalize_agreement(ctx: Workspace, agreement_id: str, *, signed_on: date | None = None) -> AgreementView:
    """Make a draft final: checked for completeness and the law of parties on the signing date
    (``signed_on``, default today: the agreement's effective date), hashed, then immutable; a 回访 is scheduled."""
    require(ctx, "agreement.finalize")
    today = ctx.today()
    signed_on = signed_on or today
    if signed_on > today:
        raise ValidationError("签署日期", f"{signed_on.isoformat()} 晚于今天，协议尚未签署时不能定稿")
    with ctx.db.write(ctx.actor, "调解协议定稿") as session:
        agreement = _get(session, agreement_id)
        _require_draft(agreement)
        agreement.effective_on = signed_on
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
        refused = law_problems(session, agreement.dispute_id, signed_on)
        if refused:
            raise InputErrors([ValidationError("当事人签署资格", p) for p in refused])
        # Hash first: canonical_content() queries (autoflush), and once the final status is flushed the
        # store's immutability guard refuses any further change to the row, the hash included.
        sha256 = content_hash(canonical_content(session, agreement))
        # The paper exactly as signed: every reprint renders from this, whatever the case data says later.
        signed = replace(agreement_doc(session, agreement), final=True)
        agreement.signed_json = snapshot.dump(signed)
        agreement.status = AgreementStatus.FINAL.value
        agreement.finalized_at = utcnow()
        agreement.finalized_by = ctx.actor
        agreement.content_sha256 = sha256
        if agreement.supersedes_id:
            previous = _get(session, agreement.supersedes_id)
            previous.status = AgreementStatus.SUPERSEDED.value
        dispute = session.get(Dispute, agreement.dispute_id)
        assert dispute is not None
        note = follow_the_work(ctx, session, dispute, DisputeStatus.AGREED, f"第 {agreement.version} 版调解协议定稿")
        if note:
            dispute.outcome = Outcome.AGREEMENT.value
            dispute.closed_on = ctx.today()
        # One 履行回访 per clause with a deadline (each instalment), due the day after it (docs/domain.md §5.6).
        for clause in clauses:
            if clause.deadline is None:
                continue
            what = f"{clause.obligor}" + (f"支付 {clause.amount_fen / 100:,.2f} 元" if clause.amount_fen else "")
            session.add(
                FollowUp(
                    dispute_id=dispute.id,
                    clause_id=clause.id,
                    due_on=clause.deadline + timedelta(days=1),
                    note=f"第 {agreement.version} 版协议第 {clause.position} 条{('（' + what + '）') if what else ''}"
                         f"履行期限 {clause.deadline.isoformat()} 届满，回访履行情况",
                )
            )
        session.flush()
        return replace(_view(session, agreement), status_note=note)


def correct_agreement(ctx: Workspace, agreement_id: str) -> AgreementView:
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
                    kind=c.kind,
                )
            )
        session.flush()
        return _view(session, new)


def agreements_of(ctx: Workspace, case_ref: str) -> list[AgreementView]:
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


def _amount_or_none(raw: str | None) -> int | None:
    try:
        return parse_amount_fen(raw, "金额")
    except ValidationError:
        return None  # reported by _clean as the field's input error


def agreement_problems(ctx: Workspace, case_ref: str, data: AgreementInput) -> list[str]:
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
            amount_fen=_amount_or_none(c.amount),
        )
        for i, c in enumerate(data.clauses, start=1)
    ]
    with ctx.db.read() as session:
        agreement = Agreement(dispute_id=resolve_case_id(session, case_ref), kind="", facts=data.facts.strip(),
                              responsibilities=data.responsibilities, breach_terms=data.breach_terms)
        for problem in completeness_problems(session, agreement, clauses):
            if problem == "缺少纠纷主要事实、争议事项" and any(p.startswith("纠纷主要事实") for p in problems):
                continue  # already reported as a missing required field
            problems.append(problem)
        problems += law_problems(session, agreement.dispute_id, ctx.today())
    return problems
