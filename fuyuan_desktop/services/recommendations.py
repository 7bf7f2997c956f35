"""Judicial recommendations (司法建议书): drafted, edited, signed (numbered then), served, printed.

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
from fuyuan_desktop.domain.case_numbers import case_reference
from fuyuan_desktop.domain.deadlines import recommendation_reply_due
from fuyuan_desktop.domain.enums import DisputeCategory
from fuyuan_desktop.domain.errors import InputErrors, NotFoundError, ValidationError
from fuyuan_desktop.services.cases import resolve_case_id
from fuyuan_desktop.services.courts import court_full_name
from fuyuan_desktop.services.intake import check_text
from fuyuan_desktop.services.linkage.clusters import cluster_label
from fuyuan_desktop.services.linkage.common import not_after_today, resolve_court
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.printing import Paper, PrintedDocument, issue, load_dispute, template_for
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import RecommendationTrack
from fuyuan_desktop.store.models import Counter, Court, Dispute, GeneratedDocument, Recommendation, ServiceRecord

MAX_REPLY_MONTHS = 12
STATUS_LABELS = {"draft": "草稿", "issued": "已签发", "sent": "已送达", "replied": "已反馈"}
DRAFT_NUMBER = "（签发时编号）"  # what a draft paper prints where the number goes


@dataclass(frozen=True)
class RecommendationText:
    """What the drafter writes; editable while the recommendation is a draft, frozen once it is signed."""

    recipient: str
    problems: str
    suggestions: str
    background: str = ""
    copy_to: str = ""
    reply_months: int = 2
    title: str = ""
    contact: str = ""
    attachments_note: str = ""


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
    status_code: str = "draft"
    signed_on: date | None = None
    origin: str = "case"  # case | cluster | judgment
    judgment_number: str = ""
    served_to: str = ""
    background: str = ""
    problems: str = ""
    suggestions: str = ""
    contact: str = ""
    attachments_note: str = ""
    reopened: bool = False  # a cluster's live draft handed back instead of a second draft

    @property
    def is_draft(self) -> bool:
        return self.status_code == "draft"

    @property
    def shown_number(self) -> str:
        return self.number or DRAFT_NUMBER

    @property
    def text(self) -> RecommendationText:
        return RecommendationText(self.recipient, self.problems, self.suggestions, self.background, self.copy_to,
                                  self.reply_months, self.subject, self.contact, self.attachments_note)


def recommendation_prefixes(ctx: Workspace) -> dict[str, Any]:
    """The number format (shipped file, or the court's override row) and the per-court prefixes in force (the
    setting ``recommendations.prefixes``, which an administrator or the hub may change)."""
    data = raw_reference(ctx.db).get("recommendation_prefixes") or resources.read_json(
        "reference", "recommendation_prefixes.json"
    )
    config = dict(data) if isinstance(data, dict) else {}
    config["prefixes"] = dict(ctx.reference.settings.value("recommendations.prefixes"))
    return config


def recommendation_number(fmt: str, prefix: str, year: int, seq: int) -> str:
    """``宁法建〔2026〕3号`` from the configured format."""
    return fmt.format(prefix=prefix, year=year, seq=seq)


def _next_number(session: Session, ctx: Workspace, court: Court, year: int) -> str:
    """The court's next number of ``year``: taken at 签发 only, so an abandoned draft never leaves a gap."""
    config = recommendation_prefixes(ctx)
    prefix = config.get("prefixes", {}).get(court.code)
    if not prefix:
        raise ValidationError(
            "司法建议书编号", f"没有为{court.name}（{court.code}）配置地名简称；请管理员在设置的参考数据“司法建议书编号地名简称”中补充"
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


def _track_of(session: Session, rec_id: str) -> RecommendationTrack | None:
    return session.scalars(select(RecommendationTrack).where(col(RecommendationTrack.recommendation_id) == rec_id)
                           ).first()


def _view(session: Session, row: Recommendation, warnings: tuple[str, ...] = (), *,
          reopened: bool = False) -> RecommendationView:
    court_name = court_full_name(session, row.court_id)
    dispute = session.get(Dispute, row.dispute_id) if row.dispute_id else None
    track = _track_of(session, row.id)
    return RecommendationView(
        id=row.id,
        number=row.number,
        subject=row.title,
        court=court_name,
        case_number=(dispute.official_number or dispute.provisional_number) if dispute else "",
        recipient=row.recipient,
        copy_to=row.copy_to,
        reply_months=row.reply_months,
        status=STATUS_LABELS.get(row.status, row.status),
        sent_on=row.sent_on,
        reply_due=row.reply_due,
        warnings=warnings,
        status_code=row.status,
        signed_on=row.signed_on,
        origin=track.origin if track is not None else "case",
        judgment_number=track.judgment_number if track is not None else "",
        served_to=track.served_to if track is not None else "",
        background=row.background,
        problems=row.problems,
        suggestions=row.suggestions,
        contact=row.contact,
        attachments_note=row.attachments_note,
        reopened=reopened,
    )


def _subject(title: str, default: str) -> str:
    """Accept 「关于…的司法建议书」 as typed, keeping only the subject in between."""
    subject = title.strip().removeprefix("关于").removesuffix("司法建议书").removesuffix("的")
    return subject or default


def _checked(ctx: Workspace, text: RecommendationText) -> tuple[dict[str, str], tuple[str, ...]]:
    """The trimmed texts, every bad field at once; the warning when the reply period is longer than usual."""
    errors: list[ValidationError] = []
    texts: dict[str, str] = {}
    for key, value, label, required, limit in (
        ("recipient", text.recipient, "被建议单位", True, 200),
        ("problems", text.problems, "发现的问题", True, 20000),
        ("suggestions", text.suggestions, "建议", True, 20000),
        ("background", text.background, "背景", False, 20000),
        ("copy_to", text.copy_to, "抄送单位", False, 300),
        ("title", text.title, "标题", False, 200),
        ("contact", text.contact, "联系人", False, 200),
        ("attachments_note", text.attachments_note, "附件", False, 500),
    ):
        texts[key], err = check_text(value, label, required=required, limit=limit, key=key)
        errors += [err] if err else []
    if not 1 <= text.reply_months <= MAX_REPLY_MONTHS:
        errors.append(ValidationError("反馈期限", f"应为 1–{MAX_REPLY_MONTHS} 个月，收到 {text.reply_months}",
                                      field="reply_months"))
    if errors:
        raise InputErrors(errors)
    usual = ctx.reference.deadline_rules.recommendation_reply_months
    warnings = (
        (f"反馈期限一般不超过 {usual} 个月；定为 {text.reply_months} 个月请在审委会审议时说明理由",)
        if text.reply_months > usual
        else ()
    )
    return texts, warnings


def _apply(row: Recommendation, texts: dict[str, str], reply_months: int, default_subject: str) -> None:
    row.title = _subject(texts["title"], default_subject)
    row.recipient, row.copy_to = texts["recipient"], texts["copy_to"]
    row.background, row.problems, row.suggestions = texts["background"], texts["problems"], texts["suggestions"]
    row.reply_months, row.contact, row.attachments_note = reply_months, texts["contact"], texts["attachments_note"]


def draft_recommendation(
    ctx: Workspace,
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
    judgment_number: str = "",
) -> RecommendationView:
    """Draft a recommendation arising from a case, or from an administrative judgment (``judgment_number``, no
    case of this store needed). A draft has no number: it is numbered at 签发 (``issue_recommendation``)."""
    require(ctx, "recommendation.draft")
    text = RecommendationText(recipient, problems, suggestions, background, copy_to, reply_months, title, contact,
                              attachments_note)
    texts, warnings = _checked(ctx, text)
    judgment, err = check_text(judgment_number, "行政判决案号", required=False, limit=40, key="judgment_number")
    if err:
        raise err
    if not case_ref.strip() and not judgment:
        raise ValidationError("来源案件", "请选择来源案件，或写明行政判决的案号", field="case")
    template = template_for(ctx, "recommendation")
    with ctx.db.write(ctx.actor, "起草司法建议书（草稿）") as session:
        if case_ref.strip():
            dispute: Dispute | None = load_dispute(session, resolve_case_id(session, case_ref))
            assert dispute is not None
            court = session.get(Court, dispute.court_id)
            category = DisputeCategory.of(dispute.category).label
        else:
            dispute, court, category = None, resolve_court(session, None), "行政争议"
        if court is None:
            raise NotFoundError("案件没有所属法院")
        default = template.text("default_subject", category=category)
        row = Recommendation(court_id=court.id, dispute_id=dispute.id if dispute else None, number="",
                             recipient=texts["recipient"], status="draft")
        _apply(row, texts, reply_months, default)
        session.add(row)
        session.flush()
        if judgment:
            session.add(RecommendationTrack(recommendation_id=row.id, origin="judgment", judgment_number=judgment))
            session.flush()
        return _view(session, row, warnings)


def _find(session: Session, ref: str) -> Recommendation:
    ref = case_reference(ref, field="司法建议书")
    row = session.get(Recommendation, ref) or session.scalars(
        select(Recommendation).where(col(Recommendation.number) == ref, col(Recommendation.number) != "")).first()
    if row is None or row.deleted:
        raise NotFoundError(f"找不到司法建议书 {ref}")
    return row


def _still_draft(row: Recommendation, what: str) -> None:
    if row.status != "draft":
        raise ValidationError("司法建议书", f"{row.number} 已签发，内容已冻结，不能{what}", code="frozen")


def edit_recommendation(ctx: Workspace, ref: str, text: RecommendationText) -> RecommendationView:
    """Change a draft's text (every field at once); a signed recommendation is frozen."""
    require(ctx, "recommendation.draft")
    texts, warnings = _checked(ctx, text)
    template = template_for(ctx, "recommendation")
    with ctx.db.write(ctx.actor, "修改司法建议书草稿") as session:
        row = _find(session, ref)
        _still_draft(row, "修改")
        dispute = session.get(Dispute, row.dispute_id) if row.dispute_id else None
        category = DisputeCategory.of(dispute.category).label if dispute else "行政争议"
        _apply(row, texts, text.reply_months, template.text("default_subject", category=category))
        session.flush()
        return _view(session, row, warnings)


def issue_recommendation(ctx: Workspace, ref: str, signed_on: date) -> RecommendationView:
    """签发: the president signed the draft on ``signed_on``; the court's next number of that year is taken now."""
    require(ctx, "recommendation.issue")
    not_after_today(ctx, signed_on, "签发日期")
    with ctx.db.write(ctx.actor, "签发司法建议书") as session:
        row = _find(session, ref)
        _still_draft(row, "再次签发")
        court = session.get(Court, row.court_id)
        if court is None:
            raise NotFoundError("司法建议书没有所属法院")
        row.number = _next_number(session, ctx, court, signed_on.year)
        row.signed_on, row.status = signed_on, "issued"
        session.flush()
        return _view(session, row)


def abandon_recommendation(ctx: Workspace, ref: str, reason: str) -> RecommendationView:
    """Throw a draft away (with the reason, audited); it never had a number, so none is lost."""
    require(ctx, "recommendation.draft")
    why, err = check_text(reason, "放弃理由", required=True, limit=40, key="reason")  # kept in the audit action
    if err:
        raise err
    with ctx.db.write(ctx.actor, f"放弃司法建议书草稿：{why}") as session:
        row = _find(session, ref)
        _still_draft(row, "放弃")
        row.deleted = True
        session.flush()
        return _view(session, row)


def recommendation(ctx: Workspace, ref: str) -> RecommendationView:
    with ctx.db.read() as session:
        return _view(session, _find(session, ref))


def apply_served(ctx: Workspace, session: Session, row: Recommendation, sent_on: date, organ: str) -> None:
    """The one place a recommendation's 送达 date is written: the reply is due that many months after it (rolled
    to a working day), a signed recommendation becomes 已送达. Called by ``mark_sent`` and, for a printed
    recommendation, by the record of its service (services/service_records.py), whose earliest date it then holds."""
    if row.status == "draft":
        raise ValidationError("送达日期", "尚未签发：草稿不能送达；请先登记签发", code="not_issued")
    if row.signed_on is not None and sent_on < row.signed_on:
        raise ValidationError("送达日期", f"早于签发日期 {row.signed_on.isoformat()}", field="on")
    rules = replace(ctx.reference.deadline_rules, recommendation_reply_months=row.reply_months)
    row.sent_on = sent_on
    row.reply_due = recommendation_reply_due(sent_on, ctx.reference.calendar, rules)
    if row.status in ("issued", "sent"):
        row.status = "sent"
    track = _track_of(session, row.id)
    if track is None:
        track = RecommendationTrack(recommendation_id=row.id)
        session.add(track)
    track.served_to = organ or row.recipient


def mark_sent(ctx: Workspace, rec_id: str, sent_on: date, served_to: str = "") -> RecommendationView:
    """送达: the date and the organ served (default the recipient); the reply is due that many months later
    (rolled to a working day). Only a signed recommendation can be served. Once its printed paper's service is
    recorded (送达记录), that record is the 送达 date: this is refused then (one truth, not two)."""
    require(ctx, "recommendation.sent")
    if sent_on > ctx.today():
        raise ValidationError("送达日期", f"{sent_on.isoformat()} 晚于今天", field="on")
    organ, err = check_text(served_to, "受送达单位", required=False, limit=200, key="served_to")
    if err:
        raise err
    with ctx.db.write(ctx.actor, "司法建议书送达") as session:
        row = _find(session, rec_id)
        recorded = _service_records(session, row.id)
        if recorded:
            first = recorded[0]
            raise ValidationError(
                "送达日期",
                f"已登记送达记录（{first.served_on.isoformat()} 送达{first.recipient}），送达日期以送达记录为准；"
                "记录有误的，请在案件的文书页更正送达记录", code="service_recorded")
        apply_served(ctx, session, row, sent_on, organ)
        session.flush()
        return _view(session, row)


def _service_records(session: Session, rec_id: str) -> list[ServiceRecord]:
    """The recorded services of the recommendation's printed papers, earliest first."""
    return list(session.scalars(
        select(ServiceRecord)
        .join(GeneratedDocument, col(GeneratedDocument.id) == col(ServiceRecord.document_id))
        .where(col(GeneratedDocument.kind) == "recommendation", col(GeneratedDocument.source_id) == rec_id,
               ~col(ServiceRecord.deleted))
        .order_by(col(ServiceRecord.served_on), col(ServiceRecord.created_at))
    ))


def sync_served(ctx: Workspace, session: Session, rec_id: str) -> str:
    """After a service of the recommendation's paper was recorded: its 送达 date becomes the earliest recorded one
    (the reply period runs from the first service). Returns a warning when that changed a date entered before."""
    row = session.get(Recommendation, rec_id)
    recorded = _service_records(session, rec_id)
    if row is None or not recorded:
        return ""
    first = recorded[0]
    before = row.sent_on
    apply_served(ctx, session, row, first.served_on, first.recipient)
    if before is not None and before != first.served_on:
        return f"司法建议书原登记的送达日期 {before.isoformat()} 已按送达记录改为 {first.served_on.isoformat()}，反馈期限随之重算"
    return ""


def _of_case(session: Session, dispute_id: str) -> list[Recommendation]:
    return list(
        session.scalars(
            select(Recommendation)
            .where(col(Recommendation.dispute_id) == dispute_id, ~col(Recommendation.deleted))
            .order_by(col(Recommendation.created_at), col(Recommendation.id))
        )
    )


def recommendations_of(ctx: Workspace, case_ref: str) -> list[RecommendationView]:
    with ctx.db.read() as session:
        dispute_id = resolve_case_id(session, case_ref)
        return [_view(session, row) for row in _of_case(session, dispute_id)]


def recommendation_doc(session: Session, row: Recommendation, dispute: Dispute | None) -> RecommendationDoc:
    track = _track_of(session, row.id)
    if track is not None and track.origin == "cluster":
        category = cluster_label(track.cluster_category) if track.cluster_category else ""
        source = f"{track.cluster_key}{track.cluster_count}件{category}类案"
    elif track is not None and track.origin == "judgment":
        source = f"{track.judgment_number}行政案件"
    elif dispute is not None:
        category = DisputeCategory.of(dispute.category).label
        source = f"{dispute.official_number}{category}一案" if dispute.official_number else f"一起{category}诉前调解案件"
    else:
        source = ""
    return RecommendationDoc(
        court_name=court_full_name(session, row.court_id),
        number=row.number or DRAFT_NUMBER,
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


def _paper(ctx: Workspace, session: Session, row: Recommendation, dispute: Dispute | None) -> Paper:
    """A draft prints with the 草稿 watermark and no verification code (``final=False``); a signed one is archived."""
    template = template_for(ctx, "recommendation")
    doc = recommendation_doc(session, row, dispute)
    draft = row.status == "draft"
    warnings = ("草稿：未经签发，不具效力；签发后才编号",) if draft else ()
    return Paper(
        kind="recommendation",
        dispute_id=dispute.id if dispute is not None else "",
        source_id=row.id,
        data=doc,
        title=template.text("title", court_name=doc.court_name, subject=doc.subject),
        build=lambda fonts, styles: build_recommendation(doc, fonts, styles, template),
        final=not draft,
        warnings=warnings,
    )


def print_recommendation(
    ctx: Workspace, case_ref: str, *, version: int | None = None, out: Path | None = None
) -> PrintedDocument:
    """Print a 司法建议书 of the case (``version`` = the Nth recommendation of the case, default the latest)."""
    with ctx.db.read() as session:
        dispute = load_dispute(session, resolve_case_id(session, case_ref))
        rows = _of_case(session, dispute.id)
        if not rows:
            raise NotFoundError("本案还没有司法建议书；请先起草", code="no_recommendation")
        if version is not None and not 1 <= version <= len(rows):
            raise NotFoundError(f"本案有 {len(rows)} 份司法建议书：请打印第 1–{len(rows)} 份", code="no_such_recommendation")
        row = rows[(version or len(rows)) - 1]
        paper = _paper(ctx, session, row, dispute)
    return issue(ctx, paper, out=out)


def print_recommendation_of(ctx: Workspace, ref: str, *, out: Path | None = None) -> PrintedDocument:
    """Print one 司法建议书 by its ID or number: a draft with the 草稿 watermark, a signed one for real.

    A signed letter that came from an administrative judgment has no case here to archive it under: it prints
    only as a preview (``final=False``) and says so.
    """
    with ctx.db.read() as session:
        row = _find(session, ref)
        dispute = load_dispute(session, row.dispute_id) if row.dispute_id else None
        paper = _paper(ctx, session, row, dispute)
    if dispute is None and paper.final:
        paper = replace(paper, final=False, warnings=(
            "来自行政判决的司法建议书没有本系统的案件可以归档：此为预览，正式文本请以院内签发件为准",))
    return issue(ctx, paper, out=out)
