"""Similar-case early warning (类案预警): one 案由 from one township or against one organ within a window.

A case is grouped by its official 案由 cut to the level in force (the setting ``linkage.cluster.cause_level``, the
third level by default); an administrative case by its 行政行为 type (the administrative catalogue's second level,
whatever the setting). A migrated case whose 案由 is missing or still marked for review is grouped by its old
category instead, and the warning says so. The group's key (``SimilarCluster.category``) is the 案由 reference
(``civil_2020:4.10.135``) or, for that fallback, the old category's value (``land_transfer``): never both in one key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import (
    cause_of,
    cause_ref,
    cause_ref_at_level,
    is_administrative_cause,
    legacy_category_for,
    resolve_cause,
)
from fuyuan_desktop.domain.causes import ADMINISTRATIVE_2020, CIVIL_2020
from fuyuan_desktop.domain.enums import DisputeCategory, PartyKind, PartyRole
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.domain.linkage import person_key
from fuyuan_desktop.reports.stats import cause_at_level
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import CaseParty, Dispute, Party, Place
from fuyuan_desktop.store.places import PLACE_SCOPES, place_group_key, registry

SCOPE_LABELS = {"township": "同一乡镇（街道、园区）", "village": "同一村（社区）", "county": "同一县（市、区）",
                "park": "同一园区", "agency": "同一行政机关"}
# The administrative catalogue's second level is the 行政行为 type (行政处罚, 行政协议 …): its cases group there.
ADMIN_CAUSE_LEVEL = 2
FALLBACK_NOTE = "其案由未定或待复核，暂按原纠纷类型归类"


@dataclass(frozen=True)
class SimilarCluster:
    """A group that reached the threshold: ``key`` is the registry place's unique label (长山镇新立村, 伯都乡,
    吉林宁江经济开发区（园区）) or the agency's name; ``code`` the registry code the group is counted by.
    ``category`` is the grouping key: a 案由 reference cut to the level, or an old category's value (the fallback
    for cases whose 案由 is missing or marked for review); ``category_label`` names it."""

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
    code: str = ""

    @property
    def by_legacy_category(self) -> bool:
        """Grouped by the old category: its cases' 案由 is missing or marked for review."""
        return is_legacy_key(self.category)

    @property
    def table_label(self) -> str:
        """The label as a ledger or table column shows it: the fallback marked."""
        return f"{self.category_label}（原纠纷类型）" if self.by_legacy_category else self.category_label

    @property
    def text(self) -> str:
        months = round(self.window_days / 30.4)
        where = f"涉{self.key}" if self.scope == "agency" else self.key
        note = f"；{FALLBACK_NOTE}" if self.by_legacy_category else ""
        return (f"{where}近{months}个月发生{self.category_label}{self.count}件"
                f"（{_cn(self.first_on)}至{_cn(self.last_on)}），达到类案预警标准（{self.threshold}件）{note}")


def is_legacy_key(key: str) -> bool:
    """A cluster key that is an old category's value, not a 案由 reference (which always has a colon)."""
    return ":" not in key


def cluster_group(session: Session, level: int) -> ColumnElement[str]:
    """The grouping key of each dispute, in SQL: its 案由 cut to ``level`` (an administrative one to its 行政行为
    type), or its old category where the 案由 is missing, marked for review, or not of the two catalogues."""
    cause = col(Dispute.cause)
    administrative = cause.startswith(f"{ADMINISTRATIVE_2020}:")
    fallback = or_(cause == "", col(Dispute.cause_review) != "",
                   ~or_(cause.startswith(f"{CIVIL_2020}:"), administrative))
    return case((fallback, col(Dispute.category)),
                (administrative, cause_at_level(session, cause, ADMIN_CAUSE_LEVEL)),
                else_=cause_at_level(session, cause, level))


def cluster_label(key: str) -> str:
    """The name of a grouping key: the 案由's official name (土地承包经营权合同纠纷), or the old category's label."""
    if is_legacy_key(key):
        try:
            return DisputeCategory.of(key).label
        except ValueError:
            return key
    found = cause_of(key)
    return found.name if found is not None else key


def cluster_key_of(text: str, level: int | None = None) -> str:
    """The grouping key a user names: a stored 案由 reference or an old category's code as they are, else a 案由's
    name or code (``土地承包经营权合同纠纷``, ``4.10.135``) as its reference, cut to ``level`` when given (a fourth-level
    name finds its third-level cluster; an administrative one its 行政行为 type); ``ValidationError`` otherwise."""
    wanted = text.strip()
    if ":" in wanted or wanted in {c.value for c in DisputeCategory}:
        return wanted
    found = resolve_cause(wanted, field="category", label="类案案由")
    if level is None:
        return cause_ref(found)
    return cause_ref_at_level(cause_ref(found), ADMIN_CAUSE_LEVEL if is_administrative_cause(found) else level)


def answering_keys(key: str) -> tuple[str, ...]:
    """The track keys a recommendation drafted from this cluster may carry: the key itself and, for a 案由 key,
    the old category it bridges to (recommendations drafted before clusters were grouped by 案由)."""
    found = None if is_legacy_key(key) else cause_of(key)
    if found is None:
        return (key,)
    return (key, legacy_category_for(found).value)


def _cn(day: date) -> str:
    """2025年2月1日: dates in running Chinese text, as on paper (docs/domain.md §8.3)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _labels(session: Session, codes: set[str]) -> dict[str, str]:
    """Unique labels for registry codes (a 6-digit county code too); other keys (legacy names) label themselves."""
    book = registry(session)
    out: dict[str, str] = {}
    for code in codes:
        found = book.get(code)
        out[code] = found.display_name if found is not None and found.level != "city" else code
    return out


def similar_clusters(ctx: Workspace, *, min_cases: int | None = None, window_days: int | None = None,
                     scopes: tuple[str, ...] | None = None, start: date | None = None,
                     end: date | None = None, cause_level: int | None = None) -> list[SimilarCluster]:
    """Every (scope, 案由, place-or-organ) group with at least the threshold of disputes in the window.

    The window is the rule's days up to today; a report for a period passes ``start`` and ``end`` and the
    window is that period instead (the 2025 white paper counts disputes registered in 2025 only).
    """
    from fuyuan_desktop.services.causes import use_catalogues

    use_catalogues(ctx)  # an added 案由 groups under its parent, and is named, as the store's catalogue says
    rules = linkage_rules(ctx)
    threshold = rules.cluster_min_cases if min_cases is None else min_cases
    days = rules.cluster_window_days if window_days is None else window_days
    level = rules.cluster_cause_level if cause_level is None else cause_level
    if level not in (1, 2, 3, 4):
        raise ValidationError("类案预警案由级别", "应为 1 至 4 级")
    if threshold < 2:
        raise ValidationError("类案预警件数", "至少 2 件")
    until = end or ctx.today()
    since = start if start is not None else until - timedelta(days=days)
    if start is not None:
        days = (until - since).days
    count = func.count(func.distinct(col(Dispute.id)))
    first, last = func.min(col(Dispute.registered_on)), func.max(col(Dispute.registered_on))
    live = (col(Dispute.registered_on) >= since, col(Dispute.registered_on) <= until, ~col(Dispute.deleted))
    out: list[SimilarCluster] = []
    with ctx.db.read() as session:
        group = cluster_group(session, level)
        for scope in PLACE_SCOPES:
            if scope not in (scopes or rules.cluster_scopes):
                continue
            key = place_group_key(scope)
            rows = session.execute(
                select(group, key, func.max(col(Place.county_code)), count, first, last)
                .join(Place, col(Place.id) == col(Dispute.place_id))
                .where(*live, key.is_not(None))
                .group_by(group, key)
                .having(count >= threshold)
            ).all()
            labels = _labels(session, {str(r[1]) for r in rows})
            out += [replace(_cluster(scope, category, labels[str(code)], county, n, a, b, threshold, days),
                            code=str(code)) for category, code, county, n, a, b in rows]
        if "agency" in (scopes or rules.cluster_scopes):
            # Few parties are organs: find them first, so the query walks their case links, not a year of cases.
            organs = list(session.scalars(select(col(Party.id)).where(col(Party.kind) == PartyKind.AGENCY.value)))
            # Grouped by the organ's name however it was typed (width, spaces): two spellings are one organ.
            organ_rows = session.execute(
                select(group, col(Party.name), col(Dispute.id), col(Dispute.registered_on))
                .select_from(CaseParty)
                .join(Party, col(Party.id) == col(CaseParty.party_id))
                .join(Dispute, col(Dispute.id) == col(CaseParty.dispute_id))
                .where(col(CaseParty.party_id).in_(organs), col(CaseParty.role) == PartyRole.RESPONDENT.value,
                       ~col(CaseParty.deleted), *live)
            ).all() if organs else []
            groups: dict[tuple[str, str], tuple[str, dict[str, date]]] = {}
            for category, name, dispute_id, on in organ_rows:
                _shown, seen = groups.setdefault((str(category), person_key(str(name))), (str(name), {}))
                seen[str(dispute_id)] = on
            out += [_cluster("agency", category, shown, "", len(seen), min(seen.values()), max(seen.values()),
                             threshold, days)
                    for (category, _key), (shown, seen) in groups.items() if len(seen) >= threshold]
    return sorted(out, key=lambda c: (-c.count, c.scope, c.category, c.key))


def _cluster(scope: str, category: str, key: str, county: str, n: int, first: date, last: date,
             threshold: int, days: int) -> SimilarCluster:
    category = str(category)
    return SimilarCluster(scope, category, cluster_label(category), str(key), str(county or ""), int(n), first, last, threshold, days)


def cluster_case_ids(ctx: Workspace, scope: str, category: str, key: str, *,
                     window_days: int | None = None) -> list[str]:
    """The disputes of one cluster (``category`` its grouping key, at the 案由 level in force), newest first."""
    rules = linkage_rules(ctx)
    days = rules.cluster_window_days if window_days is None else window_days
    since = ctx.today() - timedelta(days=days)
    order = (col(Dispute.registered_on).desc(), col(Dispute.id))
    with ctx.db.read() as session:
        live = (cluster_group(session, rules.cluster_cause_level) == category, col(Dispute.registered_on) >= since,
                col(Dispute.registered_on) <= ctx.today(), ~col(Dispute.deleted))
        if scope in PLACE_SCOPES:
            group = place_group_key(scope)
            keys = [code for code, label in _labels(session, _codes_of(session, group)).items() if key in (label, code)]
            ids = session.scalars(select(col(Dispute.id)).join(Place, col(Place.id) == col(Dispute.place_id))
                                  .where(*live, group.in_(keys or [key])).order_by(*order)).all()
        elif scope == "agency":
            found = session.execute(
                select(col(Dispute.id), col(Party.name))
                .join(CaseParty, col(CaseParty.dispute_id) == col(Dispute.id))
                .join(Party, col(Party.id) == col(CaseParty.party_id))
                .where(*live, col(Party.kind) == PartyKind.AGENCY.value,
                       col(CaseParty.role) == PartyRole.RESPONDENT.value, ~col(CaseParty.deleted))
                .order_by(*order)).all()
            wanted = person_key(key)  # the organ however its name was typed, as similar_clusters groups it
            ids = list(dict.fromkeys(str(i) for i, name in found if person_key(str(name)) == wanted))
        else:
            raise ValidationError("预警范围", f"应为 {'、'.join(PLACE_SCOPES)} 或 agency")
    if not ids:
        raise NotFoundError(f"没有找到「{key}」的{cluster_label(category)}类案")
    return list(ids)


def _codes_of(session: Session, group: ColumnElement[str]) -> set[str]:
    return {str(v) for v in session.scalars(select(group).where(group.is_not(None)).distinct())}
