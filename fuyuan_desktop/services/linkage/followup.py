"""Judicial recommendations after drafting: from a cluster, reply received, adoption, follow-up, excellent mark, alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import Adoption
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.clusters import SCOPE_LABELS, cluster_case_ids, similar_clusters
from fuyuan_desktop.services.linkage.common import check_text, label_of, not_after_today
from fuyuan_desktop.services.recommendations import STATUS_LABELS, RecommendationView, draft_recommendation
from fuyuan_desktop.store.linkage_models import RecommendationTrack
from fuyuan_desktop.store.models import Court, Dispute, Recommendation


@dataclass(frozen=True)
class RecommendationRow:
    """A recommendation as the follow-up ledger shows it."""

    id: str
    number: str
    court: str
    subject: str
    recipient: str
    origin: str
    source: str
    status: str
    sent_on: date | None
    reply_due: date | None
    reply_on: date | None
    replied_in_time: bool | None
    adoption: str
    follow_up: str
    excellent: bool
    overdue: bool


def _find(session: Session, ref: str) -> Recommendation:
    row = session.get(Recommendation, ref) or session.scalars(
        select(Recommendation).where(col(Recommendation.number) == ref.strip())).first()
    if row is None or row.deleted:
        raise NotFoundError(f"找不到司法建议书 {ref}")
    return row


def _track(session: Session, rec_id: str) -> RecommendationTrack:
    track = session.scalars(select(RecommendationTrack).where(col(RecommendationTrack.recommendation_id) == rec_id)
                            ).first()
    if track is None:
        track = RecommendationTrack(recommendation_id=rec_id)
        session.add(track)
    return track


def draft_from_cluster(ctx: ServiceContext, scope: str, category: str, key: str, recipient: str, *,
                       problems: str = "", suggestions: str = "", copy_to: str = "",
                       reply_months: int = 2) -> RecommendationView:
    """Draft a 司法建议书 from a similar-case cluster; it is filed under the cluster's latest case and tracked."""
    found = [c for c in similar_clusters(ctx, scopes=(scope,)) if c.category == category and c.key == key]
    if not found:
        raise NotFoundError(f"「{key}」的该类纠纷未达到类案预警标准，不能按类案起草")
    cluster = found[0]
    ids = cluster_case_ids(ctx, scope, category, key)
    default_problems = (f"我院在诉前调解工作中发现，{cluster.text}。此类纠纷集中发生，反映出相关领域管理中存在共性问题。")
    default_suggestions = "一、开展专项排查，规范相关合同和审批程序；二、加强政策宣传和法律指导；三、建立纠纷预警和多元化解机制。"
    view = draft_recommendation(ctx, ids[0], recipient, problems or default_problems,
                                suggestions or default_suggestions, copy_to=copy_to, reply_months=reply_months,
                                title=f"关于{key}{cluster.category_label}类案问题的司法建议书")
    with ctx.db.write(ctx.actor, "司法建议书来源：类案") as session:
        track = _track(session, view.id)
        track.origin, track.cluster_scope, track.cluster_category = "cluster", scope, category
        track.cluster_key, track.cluster_count = key, cluster.count
    return view


def record_reply(ctx: ServiceContext, ref: str, reply_on: date, text: str, adoption: str) -> RecommendationRow:
    """登记反馈: date, content and 采纳情况 (采纳 / 部分采纳 / 未采纳)."""
    not_after_today(ctx, reply_on, "反馈日期")
    body, err = check_text(text, "反馈内容", required=True, limit=20000)
    if err:
        raise err
    try:
        adopted = Adoption.parse(adoption).value
    except KeyError:
        raise ValidationError("采纳情况", f"应为 {'、'.join(Adoption.labels())} 之一") from None
    with ctx.db.write(ctx.actor, "登记司法建议书反馈") as session:
        row = _find(session, ref)
        if row.sent_on is None:
            raise ValidationError("反馈日期", "尚未登记送达；先登记送达日期")
        if reply_on < row.sent_on:
            raise ValidationError("反馈日期", f"早于送达日期 {row.sent_on.isoformat()}")
        row.reply_on, row.reply_text, row.adoption, row.status = reply_on, body, adopted, "replied"
        session.flush()
        return _row(ctx, session, row)


def record_follow_up(ctx: ServiceContext, ref: str, result: str, on: date | None = None) -> RecommendationRow:
    """跟踪落实: what the recipient actually did, checked by the court."""
    text, err = check_text(result, "落实情况", required=True, limit=1000)
    if err:
        raise err
    day = on or ctx.today()
    not_after_today(ctx, day, "跟踪日期")
    with ctx.db.write(ctx.actor, "司法建议书跟踪落实") as session:
        row = _find(session, ref)
        track = _track(session, row.id)
        track.follow_up, track.followed_on = text, day
        session.flush()
        return _row(ctx, session, row)


def mark_excellent(ctx: ServiceContext, ref: str, excellent: bool = True) -> RecommendationRow:
    """The 优秀司法建议 mark."""
    with ctx.db.write(ctx.actor, "标记优秀司法建议") as session:
        row = _find(session, ref)
        row.excellent = excellent
        session.flush()
        return _row(ctx, session, row)


def _row(ctx: ServiceContext, session: Session, row: Recommendation, track: RecommendationTrack | None = None,
         court: str | None = None, case_number: str | None = None) -> RecommendationRow:
    if track is None:
        track = session.scalars(select(RecommendationTrack)
                                .where(col(RecommendationTrack.recommendation_id) == row.id)).first()
    if court is None:
        court_row = session.get(Court, row.court_id)
        court = court_row.name if court_row else ""
    if case_number is None:
        dispute = session.get(Dispute, row.dispute_id) if row.dispute_id else None
        case_number = (dispute.official_number or dispute.provisional_number) if dispute else ""
    if track is not None and track.origin == "cluster":
        origin = "类案"
        source = f"{SCOPE_LABELS.get(track.cluster_scope, '')}：{track.cluster_key} {track.cluster_count} 件"
    else:
        origin, source = "个案", case_number
    today = ctx.today()
    return RecommendationRow(
        id=row.id, number=row.number, court=court, subject=row.title, recipient=row.recipient, origin=origin,
        source=source, status=STATUS_LABELS.get(row.status, row.status), sent_on=row.sent_on, reply_due=row.reply_due,
        reply_on=row.reply_on,
        replied_in_time=None if row.reply_on is None or row.reply_due is None else row.reply_on <= row.reply_due,
        adoption=label_of(Adoption, row.adoption) if row.adoption else "",
        follow_up=track.follow_up if track is not None else "", excellent=row.excellent,
        overdue=row.reply_on is None and row.reply_due is not None and row.reply_due < today,
    )


def recommendation_ledger(ctx: ServiceContext, start: date | None = None, end: date | None = None,
                          court_id: str | None = None) -> list[RecommendationRow]:
    """Every recommendation (issued in [start, end] by creation date), in number order."""
    with ctx.db.read() as session:
        query = select(Recommendation).where(~col(Recommendation.deleted))
        if court_id:
            query = query.where(col(Recommendation.court_id) == court_id)
        rows = list(session.scalars(query.order_by(col(Recommendation.created_at), col(Recommendation.id))))
        out = []
        for row in rows:
            day = row.sent_on or row.created_at.date()
            if (start is None or day >= start) and (end is None or day <= end):
                out.append(_row(ctx, session, row))
        return out
