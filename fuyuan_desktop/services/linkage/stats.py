"""The 统计 figures for a period, court and tribunal (one court's laptop, or the hub across all tribunals)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlmodel import col

from fuyuan_desktop.domain.errors import NotFoundError
from fuyuan_desktop.reports.stats import Stats, StatsFilter, compute_stats
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.common import linkage_rules, resolve_court
from fuyuan_desktop.store.models import Tribunal


def statistics(ctx: ServiceContext, start: date | None = None, end: date | None = None, *, court: str | None = None,
               tribunal: str | None = None) -> Stats:
    """Every figure of the 统计 page; no court means all courts in this store (the hub's view)."""
    rules = linkage_rules(ctx).appearance
    with ctx.db.read() as session:
        court_id = resolve_court(session, court).id if court else None
        tribunal_id = None
        if tribunal:
            found = session.scalars(select(Tribunal).where(or_(
                col(Tribunal.id) == tribunal, col(Tribunal.short_name) == tribunal, col(Tribunal.name) == tribunal))
            ).first()
            if found is None:
                raise NotFoundError(f"找不到法庭「{tribunal}」")
            tribunal_id = found.id
        return compute_stats(session, StatsFilter(start, end, court_id, tribunal_id), rules)
