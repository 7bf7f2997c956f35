"""Every linkage warning for the 工作台 and ``fuyuan report warnings``: clusters, flags, replies and items due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.services.linkage.clusters import SimilarCluster, answering_keys, similar_clusters
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.linkage.community import open_items
from fuyuan_desktop.services.linkage.hearings import agency_flags
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.linkage_models import RecommendationTrack
from fuyuan_desktop.store.models import Recommendation

KIND_LABELS = {
    "cluster": "类案预警",
    "agency_flag": "负责人多次未出庭",
    "recommendation_overdue": "司法建议逾期未反馈",
    "recommendation_due": "司法建议反馈将到期",
    "meeting_overdue": "联席会议事项逾期",
    "meeting_due": "联席会议事项将到期",
}


@dataclass(frozen=True)
class LinkageWarning:
    """One warning: ``kind`` (a KIND_LABELS key), the sentence to show, and what it points at."""

    kind: str
    label: str
    text: str
    ref: dict[str, str] = field(default_factory=dict)


def _cluster_warning(c: SimilarCluster, drafted: bool) -> LinkageWarning:
    advice = "；已有司法建议书草稿，可继续修改、签发" if drafted else "；可据此起草司法建议书"
    return LinkageWarning("cluster", KIND_LABELS["cluster"], c.text + advice,
                          {"scope": c.scope, "category": c.category, "category_label": c.category_label, "key": c.key,
                           "count": str(c.count), "drafted": "1" if drafted else "",
                           "legacy": "1" if c.by_legacy_category else ""})


def _cluster_recommendations(session: Session) -> dict[tuple[str, str, str], list[tuple[str, date]]]:
    """(scope, category, key) → the status and date (signed, else drafted) of each live recommendation from it.
    ``category`` is the cluster key the track was drafted with (a 案由 reference, or an old category before 案由)."""
    rows = session.execute(
        select(col(RecommendationTrack.cluster_scope), col(RecommendationTrack.cluster_category),
               col(RecommendationTrack.cluster_key), col(Recommendation.status), col(Recommendation.signed_on),
               col(Recommendation.created_at))
        .join(Recommendation, col(Recommendation.id) == col(RecommendationTrack.recommendation_id))
        .where(col(RecommendationTrack.origin) == "cluster", ~col(Recommendation.deleted))).all()
    out: dict[tuple[str, str, str], list[tuple[str, date]]] = {}
    for scope, category, key, status, signed, created in rows:
        out.setdefault((str(scope), str(category), str(key)), []).append((str(status), signed or created.date()))
    return out


def linkage_warnings(ctx: Workspace) -> list[LinkageWarning]:
    """Clusters first, then agencies flagged, recommendation replies, meeting items (overdue before due)."""
    rules = linkage_rules(ctx)
    today = ctx.today()
    with ctx.db.read() as session:
        drafted = _cluster_recommendations(session)
    out = []
    for c in similar_clusters(ctx):
        # The recommendation drafted from this cluster; one drafted before clusters went by 案由 carries the old
        # category the 案由 bridges to, and still answers it.
        made = [m for k in answering_keys(c.category) for m in drafted.get((c.scope, k, c.key), [])]
        # A recommendation signed since the cluster's first case answers the warning; a draft does not yet.
        if any(status != "draft" and on >= c.first_on for status, on in made):
            continue
        out.append(_cluster_warning(c, any(status == "draft" for status, _on in made)))
    for flag in agency_flags(ctx):
        out.append(LinkageWarning(
            "agency_flag", KIND_LABELS["agency_flag"],
            f"{flag.agency}一年内 {flag.failures} 件案件负责人未依法出庭应诉（{'；'.join(flag.reasons)}），"
            "应向监察机关、上一级行政机关提出司法建议",
            {"agency": flag.agency, "cases": "、".join(flag.cases)}))
    soon = today + timedelta(days=rules.recommendation_due_soon_days)
    with ctx.db.read() as session:
        pending = list(session.scalars(
            select(Recommendation).where(col(Recommendation.reply_on).is_(None), col(Recommendation.reply_due) <= soon,
                                         ~col(Recommendation.deleted))
            .order_by(col(Recommendation.reply_due), col(Recommendation.number))))
    for rec in pending:
        assert rec.reply_due is not None
        late = rec.reply_due < today
        kind = "recommendation_overdue" if late else "recommendation_due"
        when = f"已逾期 {(today - rec.reply_due).days} 日" if late else f"{(rec.reply_due - today).days} 日后到期"
        out.append(LinkageWarning(kind, KIND_LABELS[kind],
                                  f"{rec.number or '司法建议书'}（{rec.recipient}）应于 {rec.reply_due.isoformat()} 前反馈，{when}",
                                  {"recommendation": rec.id, "number": rec.number}))
    for item in open_items(ctx):
        kind = "meeting_overdue" if item.days_left < 0 else "meeting_due"
        when = f"已逾期 {-item.days_left} 日" if item.days_left < 0 else f"{item.days_left} 日后到期"
        out.append(LinkageWarning(kind, KIND_LABELS[kind],
                                  f"{item.meeting}：{item.text}（{item.owner}，{item.due_on.isoformat()}，{when}）",
                                  {"item": item.id}))
    return out
