"""Every linkage warning for the 工作台 and ``fuyuan report warnings``: clusters, flags, replies and items due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.clusters import SimilarCluster, similar_clusters
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.linkage.community import open_items
from fuyuan_desktop.services.linkage.hearings import agency_flags
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


def _cluster_warning(c: SimilarCluster) -> LinkageWarning:
    return LinkageWarning("cluster", KIND_LABELS["cluster"], c.text + "；可据此起草司法建议书",
                          {"scope": c.scope, "category": c.category, "category_label": c.category_label, "key": c.key,
                           "count": str(c.count)})


def linkage_warnings(ctx: ServiceContext) -> list[LinkageWarning]:
    """Clusters first, then agencies flagged, recommendation replies, meeting items (overdue before due)."""
    rules = linkage_rules(ctx)
    today = ctx.today()
    out = [_cluster_warning(c) for c in similar_clusters(ctx)]
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
                                  f"{rec.number}（{rec.recipient}）应于 {rec.reply_due.isoformat()} 前反馈，{when}",
                                  {"recommendation": rec.id, "number": rec.number}))
    for item in open_items(ctx):
        kind = "meeting_overdue" if item.days_left < 0 else "meeting_due"
        when = f"已逾期 {-item.days_left} 日" if item.days_left < 0 else f"{item.days_left} 日后到期"
        out.append(LinkageWarning(kind, KIND_LABELS[kind],
                                  f"{item.meeting}：{item.text}（{item.owner}，{item.due_on.isoformat()}，{when}）",
                                  {"item": item.id}))
    return out
