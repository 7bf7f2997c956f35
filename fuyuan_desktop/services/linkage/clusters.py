"""Similar-case early warning (类案预警): one category from one township or against one organ within a window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, literal, select
from sqlmodel import col

from fuyuan_desktop.domain.enums import DisputeCategory, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.store.models import CaseParty, Dispute, Party, Place

SCOPE_LABELS = {"township": "同一乡镇（街道、园区）", "agency": "同一行政机关"}


@dataclass(frozen=True)
class SimilarCluster:
    """A group that reached the threshold: ``key`` is the township (or park) or the agency's name."""

    scope: str
    category: str
    category_label: str
    key: str
    county_code: str
    count: int
    first_on: date
    last_on: date
    threshold: int
    window_days: int

    @property
    def text(self) -> str:
        months = round(self.window_days / 30.4)
        where = self.key if self.scope == "township" else f"涉{self.key}"
        return (f"{where}近{months}个月发生{self.category_label}{self.count}件"
                f"（{self.first_on.isoformat()}至{self.last_on.isoformat()}），达到类案预警标准（{self.threshold}件）")


def _township() -> ColumnElement[str]:
    return func.coalesce(func.nullif(col(Place.township), ""), col(Place.name))


def similar_clusters(ctx: ServiceContext, *, min_cases: int | None = None, window_days: int | None = None,
                     scopes: tuple[str, ...] | None = None) -> list[SimilarCluster]:
    """Every (scope, category, place-or-organ) group with at least the threshold of disputes in the window."""
    rules = linkage_rules(ctx)
    threshold = rules.cluster_min_cases if min_cases is None else min_cases
    days = rules.cluster_window_days if window_days is None else window_days
    if threshold < 2:
        raise ValidationError("类案预警件数", "至少 2 件")
    since = ctx.today() - timedelta(days=days)
    count = func.count(func.distinct(col(Dispute.id)))
    first, last = func.min(col(Dispute.registered_on)), func.max(col(Dispute.registered_on))
    live = (col(Dispute.registered_on) >= since, col(Dispute.registered_on) <= ctx.today(), ~col(Dispute.deleted))
    out: list[SimilarCluster] = []
    with ctx.db.read() as session:
        if "township" in (scopes or rules.cluster_scopes):
            town = _township()
            rows = session.execute(
                select(col(Dispute.category), town, col(Place.county_code), count, first, last)
                .join(Place, col(Place.id) == col(Dispute.place_id))
                .where(*live)
                .group_by(col(Dispute.category), town, col(Place.county_code))
                .having(count >= threshold)
            ).all()
            out += [_cluster("township", *row, threshold, days) for row in rows]
        if "agency" in (scopes or rules.cluster_scopes):
            # Few parties are organs: find them first, so the query walks their case links, not a year of cases.
            organs = list(session.scalars(select(col(Party.id)).where(col(Party.kind) == PartyKind.AGENCY.value)))
            rows = session.execute(
                select(col(Dispute.category), col(Party.name), literal(""), count, first, last)
                .select_from(CaseParty)
                .join(Party, col(Party.id) == col(CaseParty.party_id))
                .join(Dispute, col(Dispute.id) == col(CaseParty.dispute_id))
                .where(col(CaseParty.party_id).in_(organs), col(CaseParty.role) == PartyRole.RESPONDENT.value,
                       ~col(CaseParty.deleted), *live)
                .group_by(col(Dispute.category), col(Party.name))
                .having(count >= threshold)
            ).all() if organs else []
            out += [_cluster("agency", *row, threshold, days) for row in rows]
    return sorted(out, key=lambda c: (-c.count, c.scope, c.category, c.key))


def _cluster(scope: str, category: str, key: str, county: str, n: int, first: date, last: date,
             threshold: int, days: int) -> SimilarCluster:
    try:
        label = DisputeCategory.of(category).label
    except ValueError:
        label = category
    return SimilarCluster(scope, category, label, str(key), str(county or ""), int(n), first, last, threshold, days)


def cluster_case_ids(ctx: ServiceContext, scope: str, category: str, key: str, *,
                     window_days: int | None = None) -> list[str]:
    """The disputes of one cluster, newest first."""
    days = linkage_rules(ctx).cluster_window_days if window_days is None else window_days
    since = ctx.today() - timedelta(days=days)
    live = (col(Dispute.category) == category, col(Dispute.registered_on) >= since,
            col(Dispute.registered_on) <= ctx.today(), ~col(Dispute.deleted))
    order = (col(Dispute.registered_on).desc(), col(Dispute.id))
    with ctx.db.read() as session:
        if scope == "township":
            ids = session.scalars(select(col(Dispute.id)).join(Place, col(Place.id) == col(Dispute.place_id))
                                  .where(*live, _township() == key).order_by(*order)).all()
        elif scope == "agency":
            ids = session.scalars(
                select(col(Dispute.id)).join(CaseParty, col(CaseParty.dispute_id) == col(Dispute.id))
                .join(Party, col(Party.id) == col(CaseParty.party_id))
                .where(*live, col(Party.name) == key, col(Party.kind) == PartyKind.AGENCY.value,
                       col(CaseParty.role) == PartyRole.RESPONDENT.value)
                .order_by(*order).distinct()).all()
        else:
            raise ValidationError("预警范围", "应为 township 或 agency")
    if not ids:
        raise NotFoundError(f"没有找到「{key}」的{category}类案")
    return list(ids)
