"""Statistics queries behind the 统计 page, the ledgers and the white paper: GROUP BY in the database, figures out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.enums import DisputeCategory, Outcome
from fuyuan_desktop.domain.linkage import AppearanceRules, HearingFact, appearance_rate, rate
from fuyuan_desktop.store.linkage_models import (
    AdminCase,
    Hearing,
    RecommendationTrack,
    ReliefCase,
    ReliefFundEntry,
    RiskProject,
    SmeCase,
    TrainingEvent,
    Village,
)
from fuyuan_desktop.store.models import Dispute, Place, Recommendation, Tribunal

SUCCESS = tuple(o.value for o in Outcome if o.is_success)


@dataclass(frozen=True)
class StatsFilter:
    """The period (registration date of disputes; event dates of the rest), court and tribunal to report on."""

    start: date | None = None
    end: date | None = None
    court_id: str | None = None
    tribunal_id: str | None = None


@dataclass(frozen=True)
class Count:
    label: str
    count: int
    success: int = 0


@dataclass(frozen=True)
class Headline:
    """The figures the courts publish (issue 6): each read off the data, never typed in."""

    admin_resolved: int
    villages_achieved: int
    recommendations_issued: int
    project_cases_studied: int
    appearance_rate: float | None
    training_attendees: int
    largest_cluster_with_recommendation: int


@dataclass(frozen=True)
class Stats:
    filter: StatsFilter
    disputes: int
    closed: int
    successful: int
    success_rate: float | None
    average_days: float | None
    by_category: list[Count]
    by_month: list[Count]
    by_place: list[Count]
    by_tribunal: list[Count]
    admin_accepted: int
    admin_resolved: int
    admin_rate: float | None
    hearings_heard: int
    hearings_appeared: int
    hearings_chief: int
    appearance_rate: float | None
    chief_rate: float | None
    recommendations_sent: int
    recommendations_replied: int
    recommendations_in_time: int
    recommendation_reply_rate: float | None
    recommendations_adopted: int
    recommendations_excellent: int
    training_events: int
    training_attendees: int
    training_deputies: int
    villages: dict[str, int]
    projects: int
    project_cases_studied: int
    projects_by_risk: dict[str, int]
    relief_cases: int
    relief_paid_fen: int
    fund_in_fen: int
    fund_out_fen: int
    sme_cases: int
    sme_resolved: int
    sme_average_days: float | None
    largest_cluster_with_recommendation: int
    notes: list[str] = field(default_factory=list)

    @property
    def headline(self) -> Headline:
        return Headline(self.admin_resolved, self.villages.get("achieved", 0), self.recommendations_sent,
                        self.project_cases_studied, self.appearance_rate, self.training_attendees,
                        self.largest_cluster_with_recommendation)


def days_between(session: Session, later: Any, earlier: Any) -> Any:
    """Whole days from ``earlier`` to ``later`` on SQLite (julianday) and PostgreSQL (date subtraction)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return later - earlier


def month_of(session: Session, day: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", day)
    return func.to_char(day, "YYYY-MM")


def _within(column: Any, flt: StatsFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if flt.start is not None:
        out.append(column >= flt.start)
    if flt.end is not None:
        out.append(column <= flt.end)
    return out


def _disputes(flt: StatsFilter) -> list[ColumnElement[bool]]:
    where = [~col(Dispute.deleted), *_within(col(Dispute.registered_on), flt)]
    if flt.court_id:
        where.append(col(Dispute.court_id) == flt.court_id)
    if flt.tribunal_id:
        where.append(col(Dispute.tribunal_id) == flt.tribunal_id)
    return where


def _court(query: Any, column: Any, flt: StatsFilter) -> Any:
    return query.where(column == flt.court_id) if flt.court_id else query


def _label(category: str) -> str:
    try:
        return DisputeCategory.of(category).label
    except ValueError:
        return category


def _dispute_groups(session: Session, where: list[ColumnElement[bool]]) -> dict[str, list[tuple[Any, int, int, int, float]]]:
    """The disputes in the filter, read once (a CTE) and grouped by category, month, township, tribunal, plus the
    centre's and the SME channel's share: one statement, as one would write it by hand."""
    ok = case((col(Dispute.outcome).in_(SUCCESS), 1), else_=0)
    spent = case((and_(col(Dispute.outcome).in_(SUCCESS), col(Dispute.closed_on).is_not(None)),
                  days_between(session, col(Dispute.closed_on), col(Dispute.registered_on))), else_=0)
    d = select(col(Dispute.id).label("id"), col(Dispute.category).label("category"),
               col(Dispute.registered_on).label("registered_on"), col(Dispute.place_id).label("place_id"),
               col(Dispute.tribunal_id).label("tribunal_id"),
               case((col(Dispute.closed_on).is_not(None), 1), else_=0).label("closed"), ok.label("ok"),
               spent.label("spent")).where(*where).cte("d")
    n, closed, good, days = func.count(), func.sum(d.c.closed), func.sum(d.c.ok), func.sum(d.c.spent)
    zero = literal(0)
    town = func.coalesce(func.nullif(col(Place.township), ""), col(Place.name))
    month = month_of(session, d.c.registered_on)
    parts = [
        select(literal("category"), d.c.category, n, closed, good, days).group_by(d.c.category),
        select(literal("month"), month, n, zero, good, zero).group_by(month),
        select(literal("place"), town, n, zero, good, zero).select_from(
            d.join(Place, col(Place.id) == d.c.place_id)).group_by(town),
        select(literal("tribunal"), col(Tribunal.short_name), n, zero, good, zero).select_from(
            d.outerjoin(Tribunal, col(Tribunal.id) == d.c.tribunal_id)).group_by(col(Tribunal.short_name)),
        select(literal("admin"), literal(""), n, zero, good, zero).select_from(
            d.join(AdminCase, col(AdminCase.dispute_id) == d.c.id))
        .where(~col(AdminCase.deleted), col(AdminCase.triage) != "inadmissible"),
        select(literal("sme"), literal(""), n, zero, good, days).select_from(
            d.join(SmeCase, col(SmeCase.dispute_id) == d.c.id)).where(~col(SmeCase.deleted)),
    ]
    out: dict[str, list[tuple[Any, int, int, int, float]]] = {
        "category": [], "month": [], "place": [], "tribunal": [], "admin": [], "sme": []}
    for kind, key, count, n_closed, n_ok, n_days in session.execute(union_all(*parts)):
        out[str(kind)].append((key, int(count or 0), int(n_closed or 0), int(n_ok or 0), float(n_days or 0)))
    return out


def compute_stats(session: Session, flt: StatsFilter, rules: AppearanceRules, *, place_limit: int = 15) -> Stats:
    """Every figure of the 统计 page for the filter, in a handful of grouped queries."""
    where = _disputes(flt)
    grouped = _dispute_groups(session, where)
    by_category: list[Count] = []
    n_all = n_closed_all = n_ok_all = 0
    days_all = 0.0
    for category, n, n_closed, n_ok, n_days in grouped["category"]:
        by_category.append(Count(_label(str(category)), n, n_ok))
        n_all, n_closed_all, n_ok_all, days_all = n_all + n, n_closed_all + n_closed, n_ok_all + n_ok, days_all + n_days
    by_category.sort(key=lambda c: (-c.count, c.label))
    by_month = sorted((Count(str(m), n, s) for m, n, _c, s, _d in grouped["month"]), key=lambda c: c.label)
    by_place = sorted((Count(str(t), n, s) for t, n, _c, s, _d in grouped["place"]),
                      key=lambda c: (-c.count, c.label))[:place_limit]
    by_tribunal = sorted((Count(str(t or "（未分配法庭）"), n, s) for t, n, _c, s, _d in grouped["tribunal"]),
                         key=lambda c: (-c.count, c.label))
    # The centre: accepted = registered there (not refused at triage); resolved = a successful outcome.
    [(_k, accepted, _c, resolved, _d)] = grouped["admin"] or [("", 0, 0, 0, 0.0)]
    [(_k, sme_n, _c, sme_ok, sme_days)] = grouped["sme"] or [("", 0, 0, 0, 0.0)]

    hearing_q = select(Hearing).where(~col(Hearing.deleted), *_within(col(Hearing.hearing_on), flt))
    hearing_rows = session.scalars(_court(hearing_q, col(Hearing.court_id), flt)).all()
    appear = appearance_rate([HearingFact(h.case_number, h.instance, h.agency, h.hearing_on, h.appearance,
                                          h.absence_reason, h.left_early, h.refused_to_explain)
                              for h in hearing_rows], rules)

    sent_on = col(Recommendation.sent_on)
    rec_q = select(func.count(), func.sum(case((col(Recommendation.reply_on).is_not(None), 1), else_=0)),
                   func.sum(case((col(Recommendation.reply_on) <= col(Recommendation.reply_due), 1), else_=0)),
                   func.sum(case((col(Recommendation.adoption).in_(("adopted", "partly")), 1), else_=0)),
                   func.sum(case((col(Recommendation.excellent), 1), else_=0))
                   ).where(~col(Recommendation.deleted), sent_on.is_not(None), *_within(sent_on, flt))
    sent, replied, in_time, adopted, excellent = session.execute(
        _court(rec_q, col(Recommendation.court_id), flt)).one()
    cluster_q = (select(func.max(col(RecommendationTrack.cluster_count)))
                 .join(Recommendation, col(Recommendation.id) == col(RecommendationTrack.recommendation_id))
                 .where(col(RecommendationTrack.origin) == "cluster", ~col(Recommendation.deleted),
                        *_within(func.coalesce(sent_on, func.date(col(Recommendation.created_at))), flt)))
    largest_cluster = session.execute(_court(cluster_q, col(Recommendation.court_id), flt)).scalar()

    train_q = select(func.count(), func.sum(col(TrainingEvent.attendees)), func.sum(col(TrainingEvent.deputies))
                     ).where(~col(TrainingEvent.deleted), *_within(col(TrainingEvent.held_on), flt))
    events, attendees, deputies = session.execute(_court(train_q, col(TrainingEvent.court_id), flt)).one()

    village_q = select(col(Village.status), func.count()).where(~col(Village.deleted))
    if flt.tribunal_id:
        village_q = village_q.where(col(Village.tribunal_id) == flt.tribunal_id)
    if flt.end is not None:  # a village achieved after the period was not yet achieved in it
        village_q = village_q.where(col(Village.cycle_start) <= flt.end.year)
    villages = {str(s): int(n) for s, n in session.execute(village_q.group_by(col(Village.status)))}

    project_q = select(col(RiskProject.risk_level), func.count(), func.sum(col(RiskProject.cases_studied))).where(
        ~col(RiskProject.deleted), *_within(col(RiskProject.assessed_on), flt))
    by_risk: dict[str, int] = {}
    studied = 0
    for level, n, cases in session.execute(_court(project_q, col(RiskProject.court_id), flt)
                                           .group_by(col(RiskProject.risk_level))):
        by_risk[str(level)] = int(n)
        studied += int(cases or 0)

    relief_q = select(func.count(), func.sum(case((col(ReliefCase.status) == "paid", col(ReliefCase.amount_fen)),
                                                   else_=0))).where(~col(ReliefCase.deleted),
                                                                   *_within(col(ReliefCase.applied_on), flt))
    relief_n, relief_paid = session.execute(_court(relief_q, col(ReliefCase.court_id), flt)).one()
    fund_q = select(col(ReliefFundEntry.direction), func.sum(col(ReliefFundEntry.amount_fen))).where(
        ~col(ReliefFundEntry.deleted), *_within(col(ReliefFundEntry.entry_on), flt))
    fund = {str(d): int(v or 0) for d, v in session.execute(_court(fund_q, col(ReliefFundEntry.court_id), flt)
                                                            .group_by(col(ReliefFundEntry.direction)))}

    return Stats(
        filter=flt, disputes=n_all, closed=n_closed_all, successful=n_ok_all,
        success_rate=rate(n_ok_all, n_closed_all),
        average_days=days_all / n_ok_all if n_ok_all else None,
        by_category=by_category, by_month=by_month, by_place=by_place, by_tribunal=by_tribunal,
        admin_accepted=int(accepted), admin_resolved=int(resolved or 0),
        admin_rate=rate(int(resolved or 0), int(accepted)),
        hearings_heard=appear.heard, hearings_appeared=appear.appeared, hearings_chief=appear.chief,
        appearance_rate=appear.rate, chief_rate=appear.chief_rate,
        recommendations_sent=int(sent), recommendations_replied=int(replied or 0),
        recommendations_in_time=int(in_time or 0), recommendation_reply_rate=rate(int(replied or 0), int(sent)),
        recommendations_adopted=int(adopted or 0), recommendations_excellent=int(excellent or 0),
        training_events=int(events), training_attendees=int(attendees or 0), training_deputies=int(deputies or 0),
        villages=villages, projects=sum(by_risk.values()), project_cases_studied=studied, projects_by_risk=by_risk,
        relief_cases=int(relief_n), relief_paid_fen=int(relief_paid or 0),
        fund_in_fen=fund.get("in", 0), fund_out_fen=fund.get("out", 0),
        sme_cases=int(sme_n), sme_resolved=int(sme_ok or 0),
        sme_average_days=float(sme_days or 0) / int(sme_ok) if sme_ok else None,
        largest_cluster_with_recommendation=int(largest_cluster or 0),
    )
