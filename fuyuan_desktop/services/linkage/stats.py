"""The 统计 figures for a period, court and tribunal (one court's laptop, or the hub across all tribunals)."""

from __future__ import annotations

from datetime import date

from fuyuan_desktop.domain.errors import ValidationError
from fuyuan_desktop.reports.stats import CAUSE_LEVELS, GROUPINGS, StatsFilter, compute_grouped, compute_stats
from fuyuan_desktop.reports.stats import Count as Count  # the figures statistics() returns
from fuyuan_desktop.reports.stats import GroupedStats as GroupedStats
from fuyuan_desktop.reports.stats import GroupFigures as GroupFigures
from fuyuan_desktop.reports.stats import Stats as Stats
from fuyuan_desktop.services.causes import use_catalogues
from fuyuan_desktop.services.linkage.common import linkage_rules, resolve_court, resolve_tribunal
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace


def statistics(ctx: Workspace, start: date | None = None, end: date | None = None, *, court: str | None = None,
               tribunal: str | None = None, cause_level: int = 3) -> Stats:
    """Every figure of the 统计 page; no court means all courts in this store (the hub's view). The disputes are
    also counted by official 案由 at ``cause_level`` (一级 1 to 四级 4)."""
    require(ctx, "report.view")
    use_catalogues(ctx)
    if cause_level not in CAUSE_LEVELS:
        raise ValidationError("案由层级", f"{cause_level} 无效，应为 1–4（一级至四级案由）", field="cause_level",
                              code="invalid")
    rules = linkage_rules(ctx).appearance
    with ctx.db.read() as session:
        court_id = resolve_court(session, court).id if court else None
        tribunal_id = resolve_tribunal(session, tribunal).id if tribunal else None
        return compute_stats(session, StatsFilter(start, end, court_id, tribunal_id, ctx.today()), rules,
                             cause_level=cause_level)


GROUPING_LABELS = {"mediator": "调解员", "organisation": "调解组织", "method": "调解方式"}


def grouped_statistics(ctx: Workspace, by: str, start: date | None = None, end: date | None = None, *,
                       court: str | None = None, tribunal: str | None = None) -> GroupedStats:
    """The disputes of the 统计 page's period, court and tribunal by mediator, 调解组织 or 调解方式 (``by`` is
    ``mediator``, ``organisation`` or ``method``, or its Chinese name), each row with 受理, 已结, 调解成功, 调解不成,
    成功率 and 平均用时 as docs/domain.md §11.1 defines them; a case with two mediators counts once for each."""
    require(ctx, "report.view")
    use_catalogues(ctx)
    key = next((k for k, label in GROUPING_LABELS.items() if by.strip() in (k, label)), None)
    if key is None or key not in GROUPINGS:
        raise ValidationError("分组", f"「{by}」无效，可选：{'、'.join(GROUPING_LABELS.values())}", field="by",
                              code="invalid_choice")
    with ctx.db.read() as session:
        court_id = resolve_court(session, court).id if court else None
        tribunal_id = resolve_tribunal(session, tribunal).id if tribunal else None
        return compute_grouped(session, StatsFilter(start, end, court_id, tribunal_id, ctx.today()), key)
