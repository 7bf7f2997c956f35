"""Judicial recommendations (司法建议书): drafted from a case, numbered per court and year, sent, printed.

The number is ``{prefix}法建〔{year}〕{seq}号`` (六角括号, annex 1 of the 2023 rule); the prefix of each
court is reference data (``recommendation_prefixes.json``, inferred until the courts confirm it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.documents.data import RecommendationDoc
from fuyuan_desktop.documents.recommendation import build_recommendation
from fuyuan_desktop.domain.deadlines import recommendation_reply_due
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import Paper, PrintedDocument, issue, load_dispute, template_for
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Counter, Court, Dispute, Recommendation

MAX_REPLY_MONTHS = 12
STATUS_LABELS = {"draft": "草拟", "sent": "已送达", "replied": "已反馈"}


@dataclass(frozen=True)
class RecommendationView:
    id: str
    number: str
    subject: str
    court: str
    case_number: str
    recipient: str
    copy_to: str
    reply_months: int
    status: str
    sent_on: date | None
    reply_due: date | None
    warnings: tuple[str, ...] = ()


def recommendation_prefixes(ctx: ServiceContext) -> dict[str, Any]:
    """The number format and per-court prefixes: the court's override row, else the shipped file."""
    data = raw_reference(ctx.db).get("recommendation_prefixes") or resources.read_json(
        "reference", "recommendation_prefixes.json"
    )
    return data if isinstance(data, dict) else {}


def recommendation_number(fmt: str, prefix: str, year: int, seq: int) -> str:
    """``宁法建〔2026〕3号`` from the configured format."""
    return fmt.format(prefix=prefix, year=year, seq=seq)


def _next_number(session: Session, ctx: ServiceContext, court: Court, year: int) -> str:
    config = recommendation_prefixes(ctx)
    prefix = config.get("prefixes", {}).get(court.code)
    if not prefix:
        raise ValidationError(
            "司法建议书编号", f"没有为{court.name}（{court.code}）配置地名简称；请在参考数据 recommendation_prefixes 中补充"
        )
    fmt = str(config.get("format", "{prefix}法建〔{year}〕{seq}号"))
    counter_name = f"recommendation:{court.code}:{year}"
    counter = session.get(Counter, counter_name)
    if counter is None:
        counter = Counter(name=counter_name, value=0)
        session.add(counter)
    # Counters are per laptop; skip numbers already synced in from another device of the same court.
    while True:
        counter.value += 1
        number = recommendation_number(fmt, str(prefix), year, counter.value)
        if session.scalars(select(Recommendation).where(col(Recommendation.number) == number)).first() is None:
            return number


def _view(session: Session, row: Recommendation, warnings: tuple[str, ...] = ()) -> RecommendationView:
    court = session.get(Court, row.court_id)
    dispute = session.get(Dispute, row.dispute_id) if row.dispute_id else None
    return RecommendationView(
        id=row.id,
        number=row.number,
        subject=row.title,
        court=court.name if court else "",
        case_number=(dispute.official_number or dispute.provisional_number) if dispute else "",
        recipient=row.recipient,
        copy_to=row.copy_to,
        reply_months=row.reply_months,
        status=STATUS_LABELS.get(row.status, row.status),
        sent_on=row.sent_on,
        reply_due=row.reply_due,
        warnings=warnings,
    )


def _subject(title: str, default: str) -> str:
    """Accept 「关于…的司法建议书」 as typed, keeping only the subject in between."""
    subject = title.strip().removeprefix("关于").removesuffix("司法建议书").removesuffix("的")
    return subject or default


def draft_recommendation(
    ctx: ServiceContext,
    case_ref: str,
    recipient: str,
    problems: str,
    suggestions: str,
    background: str = "",
    copy_to: str = "",
    reply_months: int = 2,
    *,
    title: str = "",
    contact: str = "",
    attachments_note: str = "",
) -> RecommendationView:
    """Draft a recommendation arising from a case; it is numbered at once (per court, per year)."""
    require(ctx, "recommendation.issue")
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, required, limit in (
        ("recipient", recipient, "被建议单位", True, 200),
        ("problems", problems, "发现的问题", True, 20000),
        ("suggestions", suggestions, "建议", True, 20000),
        ("background", background, "背景", False, 20000),
        ("copy_to", copy_to, "抄送单位", False, 300),
        ("title", title, "标题", False, 200),
        ("contact", contact, "联系人", False, 200),
        ("attachments_note", attachments_note, "附件", False, 500),
    ):
        texts[key], err = check_text(value, label, required=required, limit=limit)
        errors += [err] if err else []
    if not 1 <= reply_months <= MAX_REPLY_MONTHS:
        errors.append(ValidationError("反馈期限", f"应为 1–{MAX_REPLY_MONTHS} 个月，收到 {reply_months}"))
    if errors:
        raise InputErrors(errors)
    usual = ctx.reference.deadline_rules.recommendation_reply_months
    warnings = (
        (f"反馈期限一般不超过 {usual} 个月；定为 {reply_months} 个月请在审委会审议时说明理由",)
        if reply_months > usual
        else ()
    )
    template = template_for(ctx, "recommendation")
    with ctx.db.write(ctx.actor, "起草司法建议书") as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        court = session.get(Court, dispute.court_id)
        if court is None:
            raise NotFoundError("案件没有所属法院")
        default = template.text("default_subject", category=DisputeCategory.of(dispute.category).label)
        row = Recommendation(
            court_id=court.id,
            dispute_id=dispute.id,
            number=_next_number(session, ctx, court, ctx.today().year),
            title=_subject(texts["title"], default),
            recipient=texts["recipient"],
            copy_to=texts["copy_to"],
            background=texts["background"],
            problems=texts["problems"],
            suggestions=texts["suggestions"],
            reply_months=reply_months,
            contact=texts["contact"],
            attachments_note=texts["attachments_note"],
        )
        session.add(row)
        session.flush()
        return _view(session, row, warnings)


def mark_sent(ctx: ServiceContext, rec_id: str, sent_on: date) -> RecommendationView:
    """Record the date of service; the reply is due that many months later (rolled to a working day)."""
    require(ctx, "recommendation.sent")
    if sent_on > ctx.today():
        raise ValidationError("送达日期", f"{sent_on.isoformat()} 晚于今天")
    ref = ctx.reference
    with ctx.db.write(ctx.actor, "司法建议书送达") as session:
        row = session.get(Recommendation, rec_id) or session.scalars(
            select(Recommendation).where(col(Recommendation.number) == rec_id)
        ).first()
        if row is None:
            raise NotFoundError(f"找不到司法建议书 {rec_id}")
        rules = replace(ref.deadline_rules, recommendation_reply_months=row.reply_months)
        row.sent_on = sent_on
        row.reply_due = recommendation_reply_due(sent_on, ref.calendar, rules)
        if row.status == "draft":
            row.status = "sent"
        session.flush()
        return _view(session, row)


def _of_case(session: Session, dispute_id: str) -> list[Recommendation]:
    return list(
        session.scalars(
            select(Recommendation)
            .where(col(Recommendation.dispute_id) == dispute_id, ~col(Recommendation.deleted))
            .order_by(col(Recommendation.created_at), col(Recommendation.id))
        )
    )


def recommendations_of(ctx: ServiceContext, case_ref: str) -> list[RecommendationView]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        return [_view(session, row) for row in _of_case(session, dispute_id)]


def recommendation_doc(session: Session, row: Recommendation, dispute: Dispute) -> RecommendationDoc:
    court = session.get(Court, row.court_id)
    category = DisputeCategory.of(dispute.category).label
    source = f"{dispute.official_number}{category}一案" if dispute.official_number else f"一起{category}诉前调解案件"
    from fuyuan_desktop.store.linkage_models import RecommendationTrack  # drafted from a cluster (services.linkage)

    track = session.scalars(select(RecommendationTrack).where(col(RecommendationTrack.recommendation_id) == row.id)
                            ).first()
    if track is not None and track.origin == "cluster":
        source = f"{track.cluster_key}{track.cluster_count}件{category}类案"
    return RecommendationDoc(
        court_name=court.name if court else "",
        number=row.number,
        subject=row.title,
        recipient=row.recipient,
        background=row.background,
        problems=row.problems,
        suggestions=row.suggestions,
        reply_months=row.reply_months,
        source=source,
        attachments_note=row.attachments_note,
        contact=row.contact,
        copy_to=row.copy_to,
        signed_on=row.signed_on,
    )


def print_recommendation(
    ctx: ServiceContext, blobs: BlobStore, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a 司法建议书 of the case (``version`` = the Nth recommendation of the case, default the latest)."""
    template = template_for(ctx, "recommendation")
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        rows = _of_case(session, dispute.id)
        if not rows:
            raise NotFoundError("本案还没有司法建议书；先用 fuyuan recommendation draft 起草")
        if version is not None and not 1 <= version <= len(rows):
            raise NotFoundError(f"本案有 {len(rows)} 份司法建议书（--version 为第几份，1–{len(rows)}）")
        row = rows[(version or len(rows)) - 1]
        doc = recommendation_doc(session, row, dispute)
    warnings = () if row.signed_on else ("司法建议书须经审判委员会讨论、院长签发；签发日期留空待填",)
    return issue(
        ctx,
        blobs,
        Paper(
            kind="recommendation",
            dispute_id=dispute.id,
            source_id=row.id,
            data=doc,
            title=template.text("title", court_name=doc.court_name, subject=doc.subject),
            build=lambda fonts, styles: build_recommendation(doc, fonts, styles, template),
            warnings=warnings,
        ),
        out=out,
    )
