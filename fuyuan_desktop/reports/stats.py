"""Statistics queries behind the 统计 page, the ledgers and the white paper: GROUP BY in the database, figures out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session
from sqlmodel import col

from fuyuan_desktop.domain.cause_refs import cause_of
from fuyuan_desktop.domain.enums import DisputeCategory, MediationKind, Outcome, ParticipantRole
from fuyuan_desktop.domain.linkage import AppearanceRules, HearingFact, Triage, appearance_rate, case_key, rate
from fuyuan_desktop.domain.organisations import UNREGISTERED, kind_label
from fuyuan_desktop.store.linkage_models import (
    AdminCase,
    Hearing,
    JointTraining,
    OralRecommendation,
    RecommendationTrack,
    ReliefCase,
    ReliefFundEntry,
    RiskProject,
    SmeCase,
    TrainingEvent,
    Village,
)
from fuyuan_desktop.store.models import (
    AgreementClause,
    Court,
    Dispute,
    DisputeMediator,
    FollowUp,
    Mediator,
    Organisation,
    Place,
    Recommendation,
    Tribunal,
)
from fuyuan_desktop.store.places import place_group_key, registry

SUCCESS = tuple(o.value for o in Outcome if o.is_success)


@dataclass(frozen=True)
class StatsFilter:
    """The period (registration date of disputes; event dates of the rest), court and tribunal to report on."""

    start: date | None = None
    end: date | None = None
    court_id: str | None = None
    tribunal_id: str | None = None
    today: date | None = None  # 自动履行率: a clause is due once its deadline has passed (or its result is in)


@dataclass(frozen=True)
class Count:
    label: str
    count: int
    success: int = 0
    key: str = ""  # what was grouped on, where the label is not it: a 案由 reference ("civil_2020:4.10")


NO_CAUSE = "未定案由"
CAUSE_LEVELS = (1, 2, 3, 4)


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
    performance_due: int = 0
    performance_full: int = 0
    notes: list[str] = field(default_factory=list)
    # The same disputes by registry village, county and park (by_place is by township, a park counting as one).
    by_village: list[Count] = field(default_factory=list)
    by_county: list[Count] = field(default_factory=list)
    by_park: list[Count] = field(default_factory=list)
    # The same disputes by official 案由 at ``cause_level`` (1–4); those without one under 未定案由.
    by_cause: list[Count] = field(default_factory=list)
    cause_level: int = 3
    # 同堂培训 (joint training of judges and agency staff) and 口头建议 (oral recommendations to agencies).
    joint_trainings: int = 0
    joint_training_attendees: int = 0
    joint_training_heads: int = 0
    oral_recommendations: int = 0
    oral_responded: int = 0
    oral_adopted: int = 0  # 采纳 or 部分采纳, as for the written recommendations
    # 出庭又出声 and the key cases' 正职出庭率 (docs/domain.md §10.2), over the same (case, 审级) pairs.
    hearings_spoke: int = 0
    key_heard: int = 0
    key_chief: int = 0

    @property
    def spoke_rate(self) -> float | None:
        """出声率: pairs where a head appeared and spoke ÷ pairs heard."""
        return rate(self.hearings_spoke, self.hearings_heard)

    @property
    def key_chief_rate(self) -> float | None:
        """重点案件正职出庭率: key-case pairs where the 正职 appeared ÷ key-case pairs heard."""
        return rate(self.key_chief, self.key_heard)

    @property
    def performance_rate(self) -> float | None:
        """自动履行率 (docs/domain.md §5.6): clauses performed in full ÷ clauses due in the period."""
        return rate(self.performance_full, self.performance_due)

    @property
    def headline(self) -> Headline:
        return Headline(self.admin_resolved, self.villages.get("achieved", 0), self.recommendations_sent,
                        self.project_cases_studied, self.appearance_rate, self.training_attendees,
                        self.largest_cluster_with_recommendation)


def hearing_facts(session: Session, rows: list[Hearing]) -> list[HearingFact]:
    """What the appearance figures need of each hearing, with 出声 and whether its case is a **key case**
    (docs/domain.md §10.2, inferred): marked 应当通知负责人出庭 (S9 art 4), or its case — the dispute it is linked
    to, or a hearing under that dispute's number or its later lawsuit's 案号 — triaged 重大案件协调 at the centre."""
    major_ids: set[str] = set()
    major_keys: set[str] = set()
    for dispute_id, official, provisional, later in session.execute(
            select(col(Dispute.id), col(Dispute.official_key), col(Dispute.provisional_key),
                   col(AdminCase.later_case_number))
            .join(AdminCase, col(AdminCase.dispute_id) == col(Dispute.id))
            .where(col(AdminCase.triage) == Triage.MAJOR.value, ~col(AdminCase.deleted), ~col(Dispute.deleted))):
        major_ids.add(str(dispute_id))
        major_keys.update(k for k in (official, provisional, case_key(later or "")) if k)
    return [HearingFact(h.case_number, h.instance, h.agency, h.hearing_on, h.appearance, h.absence_reason,
                        h.left_early, h.refused_to_explain, spoke=h.spoke_on_resolution,
                        key=h.mandatory or h.dispute_id in major_ids or case_key(h.case_number) in major_keys)
            for h in rows]


def days_between(session: Session, later: Any, earlier: Any) -> Any:
    """Whole days from ``earlier`` to ``later`` on SQLite (julianday) and PostgreSQL (date subtraction)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return later - earlier


def month_of(session: Session, day: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", day)
    return func.to_char(day, "YYYY-MM")


def cause_at_level(session: Session, ref: Any, level: int) -> Any:
    """The stored 案由 reference cut to its first ``level`` code parts, in SQL: ``civil_2020:4.10.84.1`` at level 2
    is ``civil_2020:4.10``; a reference with fewer parts stays whole (合同纠纷 at level 3), an empty one is ``""``.

    Catalogue codes are dotted paths (level = number of parts), so the cut ends before the ``level``-th dot of
    ``ref || '.'``; each step finds the next dot after the last (``0`` when there is none, so the cut stays put).
    """
    find = func.instr if session.get_bind().dialect.name == "sqlite" else func.strpos
    text = func.coalesce(ref, "") + literal(".")
    end: Any = find(text, ".")
    for _ in range(level - 1):
        end = end + find(func.substr(text, end + 1), ".")
    return func.substr(text, 1, end - 1)


def cause_label(key: str, level: int) -> str:
    """The official name of a grouped 案由 (with its level when above the one asked); 未定案由 for none."""
    if not key:
        return NO_CAUSE
    cause = cause_of(key)
    if cause is None:
        return key
    return cause.name if cause.level == level else f"{cause.name}（{'一二三四'[cause.level - 1]}级）"


def _cause_order(count: Count) -> tuple[bool, int, str, tuple[int, ...]]:
    """Most cases first, ties in catalogue order (4.10.84 before 4.10.103); 未定案由 last."""
    catalogue_id, _, code = count.key.partition(":")
    return (not count.key, -count.count, catalogue_id, tuple(int(p) for p in code.split(".") if p.isdigit()))


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


def _dispute_groups(session: Session, where: list[ColumnElement[bool]], cause_level: int = 3,
                    ) -> dict[str, list[tuple[Any, int, int, int, float]]]:
    """The disputes in the filter, read once (a CTE) and grouped by category, month, township, tribunal, plus the
    centre's and the SME channel's share: one statement, as one would write it by hand."""
    ok = case((col(Dispute.outcome).in_(SUCCESS), 1), else_=0)
    spent = case((and_(col(Dispute.outcome).in_(SUCCESS), col(Dispute.closed_on).is_not(None)),
                  days_between(session, col(Dispute.closed_on), col(Dispute.registered_on))), else_=0)
    d = select(col(Dispute.id).label("id"), col(Dispute.category).label("category"),
               col(Dispute.cause).label("cause"),
               col(Dispute.registered_on).label("registered_on"), col(Dispute.place_id).label("place_id"),
               col(Dispute.tribunal_id).label("tribunal_id"),
               case((col(Dispute.closed_on).is_not(None), 1), else_=0).label("closed"), ok.label("ok"),
               spent.label("spent")).where(*where).cte("d")
    n, closed, good, days = func.count(), func.sum(d.c.closed), func.sum(d.c.ok), func.sum(d.c.spent)
    zero = literal(0)
    month = month_of(session, d.c.registered_on)
    cause = cause_at_level(session, d.c.cause, cause_level)
    parts = [
        select(literal("category"), d.c.category, n, closed, good, days).group_by(d.c.category),
        select(literal("cause"), cause, n, closed, good, days).group_by(cause),
        select(literal("month"), month, n, zero, good, zero).group_by(month),
        select(literal("township"), place_group_key("township"), n, zero, good, zero).select_from(
            d.join(Place, col(Place.id) == d.c.place_id)).where(place_group_key("township").is_not(None))
        .group_by(place_group_key("township")),
        select(literal("village"), place_group_key("village"), n, zero, good, zero).select_from(
            d.join(Place, col(Place.id) == d.c.place_id)).where(place_group_key("village").is_not(None))
        .group_by(place_group_key("village")),
        select(literal("county"), place_group_key("county"), n, zero, good, zero).select_from(
            d.join(Place, col(Place.id) == d.c.place_id)).where(place_group_key("county").is_not(None))
        .group_by(place_group_key("county")),
        select(literal("park"), place_group_key("park"), n, zero, good, zero).select_from(
            d.join(Place, col(Place.id) == d.c.place_id)).where(place_group_key("park").is_not(None))
        .group_by(place_group_key("park")),
        select(literal("tribunal"), col(Tribunal.short_name), n, zero, good, zero).select_from(
            d.outerjoin(Tribunal, col(Tribunal.id) == d.c.tribunal_id)).group_by(col(Tribunal.short_name)),
        select(literal("admin"), literal(""), n, zero, good, zero).select_from(
            d.join(AdminCase, col(AdminCase.dispute_id) == d.c.id))
        .where(~col(AdminCase.deleted), col(AdminCase.triage) != "inadmissible"),
        select(literal("sme"), literal(""), n, zero, good, days).select_from(
            d.join(SmeCase, col(SmeCase.dispute_id) == d.c.id)).where(~col(SmeCase.deleted)),
    ]
    out: dict[str, list[tuple[Any, int, int, int, float]]] = {
        "category": [], "cause": [], "month": [], "township": [], "village": [], "county": [], "park": [], "tribunal": [],
        "admin": [], "sme": []}
    for kind, key, count, n_closed, n_ok, n_days in session.execute(union_all(*parts)):
        out[str(kind)].append((key, int(count or 0), int(n_closed or 0), int(n_ok or 0), float(n_days or 0)))
    return out


def _months(first: date, last: date) -> list[str]:
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def with_empty_months(found: dict[str, Count], flt: StatsFilter) -> list[Count]:
    """Every month of the period in order, a month without disputes as 0 (the chart must not skip it)."""
    if not found and (flt.start is None or flt.end is None):
        return []
    keys = sorted(found)
    first = flt.start or date(int(keys[0][:4]), int(keys[0][5:7]), 1)
    last = flt.end or date(int(keys[-1][:4]), int(keys[-1][5:7]), 1)
    return [found.get(m, Count(m, 0, 0)) for m in _months(first, last)]


def village_status(row: Village, on: date | None) -> str | None:
    """A village's status on a day (None: its cycle had not begun); without a day, the status recorded now.

    已达标 from ``achieved_on``, 已撤销 from ``revoked_on``; a village marked 达标 without a date counts as
    达标 only in the status now, never in a period's figures.
    """
    if on is None:
        return row.status
    if row.cycle_start > on.year:
        return None
    if row.revoked_on is not None and row.revoked_on <= on:
        return "revoked"
    if row.achieved_on is not None and row.achieved_on <= on:
        return "achieved"
    return "creating"


def villages_in_scope(session: Session, court_id: str | None, tribunal_id: str | None) -> list[Village]:
    """The villages of a court and tribunal (all when None). A village belongs to the court of its (or its place's)
    tribunal; a registry village without a tribunal, to the basic court of its county (the court whose division
    code is the place's county code)."""
    tribunal = func.coalesce(col(Village.tribunal_id), col(Place.tribunal_id))
    query = (select(Village).outerjoin(Place, col(Place.id) == col(Village.place_id))
             .outerjoin(Tribunal, col(Tribunal.id) == tribunal).where(~col(Village.deleted)))
    if tribunal_id:
        query = query.where(tribunal == tribunal_id)
    if court_id:
        county_court = (select(col(Court.id)).where(col(Court.division_code) == col(Place.county_code),
                                                    col(Court.division_code) != "").scalar_subquery())
        query = query.where(func.coalesce(col(Tribunal.court_id), county_court) == court_id)
    return list(session.scalars(query.order_by(col(Village.township), col(Village.name))))


def village_status_counts(session: Session, flt: StatsFilter) -> dict[str, int]:
    """Villages by status at the period's end, of the court and tribunal asked. A village belongs to the court of
    its (or its place's) tribunal; a registry village without a tribunal, to the basic court of its county (the
    court whose division code is the place's county code)."""
    out: dict[str, int] = {}
    for row in villages_in_scope(session, flt.court_id, flt.tribunal_id):
        status = village_status(row, flt.end)
        if status is not None:
            out[status] = out.get(status, 0) + 1
    return out


def _performance(session: Session, flt: StatsFilter) -> tuple[int, int]:
    """Clauses with a deadline in the period that are due (deadline passed, or result recorded), and those
    performed in full, of the disputes of the court and tribunal asked."""
    query = (select(col(FollowUp.performance), col(AgreementClause.deadline))
             .join(AgreementClause, col(AgreementClause.id) == col(FollowUp.clause_id))
             .join(Dispute, col(Dispute.id) == col(FollowUp.dispute_id))
             .where(~col(FollowUp.deleted), col(FollowUp.status) != "cancelled",
                    *_within(col(AgreementClause.deadline), flt)))
    if flt.court_id:
        query = query.where(col(Dispute.court_id) == flt.court_id)
    if flt.tribunal_id:
        query = query.where(col(Dispute.tribunal_id) == flt.tribunal_id)
    due = full = 0
    for performance, deadline in session.execute(query):
        if performance or flt.today is None or (deadline is not None and deadline < flt.today):
            due += 1
            full += performance == "full"
    return due, full


def compute_stats(session: Session, flt: StatsFilter, rules: AppearanceRules, *, place_limit: int = 15,
                  cause_level: int = 3) -> Stats:
    """Every figure of the 统计 page for the filter, in a handful of grouped queries; 案由 at ``cause_level``."""
    if cause_level not in CAUSE_LEVELS:
        raise ValueError(f"cause level {cause_level} is not 1-4")
    where = _disputes(flt)
    grouped = _dispute_groups(session, where, cause_level)
    by_category: list[Count] = []
    n_all = n_closed_all = n_ok_all = 0
    days_all = 0.0
    for category, n, n_closed, n_ok, n_days in grouped["category"]:
        by_category.append(Count(_label(str(category)), n, n_ok))
        n_all, n_closed_all, n_ok_all, days_all = n_all + n, n_closed_all + n_closed, n_ok_all + n_ok, days_all + n_days
    by_category.sort(key=lambda c: (-c.count, c.label))
    by_cause = sorted((Count(cause_label(str(k or ""), cause_level), n, s, str(k or ""))
                       for k, n, _c, s, _d in grouped["cause"]), key=_cause_order)
    by_month = with_empty_months({str(m): Count(str(m), n, s) for m, n, _c, s, _d in grouped["month"]}, flt)
    # Places are counted by registry code at each level and shown by their unique labels (长山镇新立村).
    book = registry(session)

    def by_level(level: str) -> list[Count]:
        def label(key: object) -> str:
            found = book.get(str(key))
            return found.display_name if found is not None and found.level != "city" else str(key)
        return sorted((Count(label(t), n, s) for t, n, _c, s, _d in grouped[level]),
                      key=lambda c: (-c.count, c.label))[:place_limit]

    by_place = by_level("township")
    by_village, by_county, by_park = by_level("village"), by_level("county"), by_level("park")
    by_tribunal = sorted((Count(str(t or "（未分配法庭）"), n, s) for t, n, _c, s, _d in grouped["tribunal"]),
                         key=lambda c: (-c.count, c.label))
    # The centre: accepted = registered there (not refused at triage); resolved = a successful outcome.
    [(_k, accepted, _c, resolved, _d)] = grouped["admin"] or [("", 0, 0, 0, 0.0)]
    [(_k, sme_n, _c, sme_ok, sme_days)] = grouped["sme"] or [("", 0, 0, 0, 0.0)]

    # A (case, 审级) pair counts in the period of its first recorded hearing (§11.5): read everything up to the end.
    hearing_q = select(Hearing).where(~col(Hearing.deleted), *_within(col(Hearing.hearing_on),
                                                                      StatsFilter(None, flt.end)))
    if flt.tribunal_id:
        hearing_q = hearing_q.join(Dispute, col(Dispute.id) == col(Hearing.dispute_id)).where(
            col(Dispute.tribunal_id) == flt.tribunal_id)
    hearing_rows = session.scalars(_court(hearing_q, col(Hearing.court_id), flt)).all()
    appear = appearance_rate(hearing_facts(session, list(hearing_rows)), rules, start=flt.start, end=flt.end)

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

    joint_q = select(func.count(), func.sum(col(JointTraining.attendees)), func.sum(col(JointTraining.heads))
                     ).where(~col(JointTraining.deleted), *_within(col(JointTraining.held_on), flt))
    if flt.tribunal_id:
        joint_q = joint_q.where(col(JointTraining.tribunal_id) == flt.tribunal_id)
    joint_n, joint_people, joint_heads = session.execute(_court(joint_q, col(JointTraining.court_id), flt)).one()
    oral_q = select(func.count(), func.sum(case((col(OralRecommendation.responded_on).is_not(None), 1), else_=0)),
                    func.sum(case((col(OralRecommendation.adoption).in_(("adopted", "partly")), 1), else_=0))
                    ).where(~col(OralRecommendation.deleted), *_within(col(OralRecommendation.given_on), flt))
    if flt.tribunal_id:
        oral_q = oral_q.join(Dispute, col(Dispute.id) == col(OralRecommendation.dispute_id)).where(
            col(Dispute.tribunal_id) == flt.tribunal_id)
    oral_n, oral_replied, oral_ok = session.execute(_court(oral_q, col(OralRecommendation.court_id), flt)).one()

    villages = village_status_counts(session, flt)

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

    due_full = _performance(session, flt)

    return Stats(
        performance_due=due_full[0], performance_full=due_full[1],
        filter=flt, disputes=n_all, closed=n_closed_all, successful=n_ok_all,
        success_rate=rate(n_ok_all, n_closed_all),
        average_days=days_all / n_ok_all if n_ok_all else None,
        by_category=by_category, by_cause=by_cause, cause_level=cause_level,
        by_month=by_month, by_place=by_place, by_tribunal=by_tribunal,
        by_village=by_village, by_county=by_county, by_park=by_park,
        admin_accepted=int(accepted), admin_resolved=int(resolved or 0),
        admin_rate=rate(int(resolved or 0), int(accepted)),
        hearings_heard=appear.heard, hearings_appeared=appear.appeared, hearings_chief=appear.chief,
        appearance_rate=appear.rate, chief_rate=appear.chief_rate,
        hearings_spoke=appear.spoke, key_heard=appear.key_heard, key_chief=appear.key_chief,
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
        joint_trainings=int(joint_n), joint_training_attendees=int(joint_people or 0),
        joint_training_heads=int(joint_heads or 0), oral_recommendations=int(oral_n),
        oral_responded=int(oral_replied or 0), oral_adopted=int(oral_ok or 0),
    )


# --- the same disputes by mediator, 调解组织 and 调解方式 (issue 17, item 5) ---------------------------------------

GROUPINGS = ("mediator", "organisation", "method")
NO_MEDIATOR = "（未指派调解员）"
NO_ORGANISATION = UNREGISTERED


@dataclass(frozen=True)
class GroupFigures:
    """One row of a grouped table: the disputes of the period that fall in the group, with the figures of §11.1.

    ``accepted`` (受理) is the disputes registered in the period; ``closed`` those with a closing date;
    ``successful`` those with a successful outcome; ``failed`` (调解不成) those closed with an outcome that is not
    one; ``success_rate`` = successful ÷ closed (None: nothing closed); ``average_days`` the mean days from
    registration to closing over the successful ones (None: none)."""

    key: str
    label: str
    detail: str  # the mediator's role, the organisation's kind; "" for a 调解方式
    accepted: int
    closed: int
    successful: int
    failed: int
    success_rate: float | None
    average_days: float | None


@dataclass(frozen=True)
class GroupedStats:
    filter: StatsFilter
    by: str
    groups: list[GroupFigures]
    total: GroupFigures  # each dispute once: equal to compute_stats' 登记纠纷, 已结, 调解成功 and 平均用时


def _figures(key: str, label: str, detail: str, n: int, closed: int, ok: int, failed: int,
             days: float) -> GroupFigures:
    return GroupFigures(key, label, detail, n, closed, ok, failed, rate(ok, closed), days / ok if ok else None)


def _mediator_scope(flt: StatsFilter) -> list[ColumnElement[bool]]:
    """The roster members a grouped table lists even without a case in the period: active, not removed, of the
    tribunal asked (or, with a court, of that court's tribunals or of none)."""
    where: list[ColumnElement[bool]] = [~col(Mediator.deleted), col(Mediator.active).is_(True)]
    if flt.tribunal_id:
        where.append(col(Mediator.tribunal_id) == flt.tribunal_id)
    elif flt.court_id:
        of_court = select(col(Tribunal.id)).where(col(Tribunal.court_id) == flt.court_id)
        where.append(or_(col(Mediator.tribunal_id).is_(None), col(Mediator.tribunal_id).in_(of_court)))
    return where


def compute_grouped(session: Session, flt: StatsFilter, by: str) -> GroupedStats:
    """The disputes of the filter by ``by`` — ``mediator`` (each assigned mediator; a case with two counts once for
    each), ``organisation`` (the registered 调解组织 of its mediators, each organisation once per case) or
    ``method`` (the case's 调解方式) — with the same definitions and filters as :func:`compute_stats`.

    Every 调解方式 is listed, and every active mediator of the roster in scope (and their organisations), with
    zeros when the period has none of their cases; cases without a mediator, or whose mediator belongs to no
    registered organisation, are listed under their own row, last."""
    if by not in GROUPINGS:
        raise ValueError(f"grouping {by!r} is not one of {GROUPINGS}")
    ok = col(Dispute.outcome).in_(SUCCESS)
    d = select(
        col(Dispute.id).label("id"), col(Dispute.mediation_kind).label("kind"),
        case((col(Dispute.closed_on).is_not(None), 1), else_=0).label("closed"),
        case((ok, 1), else_=0).label("ok"),
        case((and_(col(Dispute.outcome).is_not(None), col(Dispute.closed_on).is_not(None), ~ok), 1),
             else_=0).label("failed"),
        case((and_(ok, col(Dispute.closed_on).is_not(None)),
              days_between(session, col(Dispute.closed_on), col(Dispute.registered_on))), else_=0).label("spent"),
    ).where(*_disputes(flt)).cte("d")
    figures = (func.count(), func.sum(d.c.closed), func.sum(d.c.ok), func.sum(d.c.failed), func.sum(d.c.spent))

    def rows(query: Any) -> dict[str, tuple[int, int, int, int, float]]:
        return {str(k or ""): (int(n or 0), int(c or 0), int(s or 0), int(f or 0), float(t or 0))
                for k, n, c, s, f, t in session.execute(query)}

    [total_row] = session.execute(select(literal(""), *figures).select_from(d)).all()
    total = _figures("", "合计", "", int(total_row[1] or 0), int(total_row[2] or 0), int(total_row[3] or 0),
                     int(total_row[4] or 0), float(total_row[5] or 0))
    live = and_(col(DisputeMediator.dispute_id) == d.c.id, ~col(DisputeMediator.deleted))
    unassigned = rows(select(literal(""), *figures).select_from(d).where(
        ~select(col(DisputeMediator.id)).where(live).exists()))
    zero = (0, 0, 0, 0, 0.0)
    groups: list[GroupFigures] = []
    if by == "method":
        found = rows(select(d.c.kind, *figures).group_by(d.c.kind))
        for kind in MediationKind:
            groups.append(_figures(kind.value, kind.label, "", *found.pop(kind.value, zero)))
        for code, values in sorted(found.items()):  # a code this version does not know (a newer laptop's)
            groups.append(_figures(code, code, "", *values))
        return GroupedStats(flt, by, groups, total)

    roster = session.scalars(select(Mediator).where(*_mediator_scope(flt))).all()
    if by == "mediator":
        found = rows(select(col(DisputeMediator.mediator_id), *figures)
                     .select_from(d.join(DisputeMediator, live)).group_by(col(DisputeMediator.mediator_id)))
        ids = set(found) | {m.id for m in roster if _may_mediate(m.role)}
        people = {m.id: m for m in session.scalars(select(Mediator).where(col(Mediator.id).in_(ids)))}
        for mediator_id in ids:
            person = people.get(mediator_id)
            groups.append(_figures(mediator_id, person.name if person else mediator_id,
                                   _role_label(person.role) if person else "", *found.get(mediator_id, zero)))
        groups.sort(key=lambda g: (-g.accepted, g.label, g.detail, g.key))
        groups.append(_figures("", NO_MEDIATOR, "", *unassigned.get("", zero)))
        return GroupedStats(flt, by, groups, total)

    pairs = (select(col(DisputeMediator.dispute_id).label("dispute_id"),
                    func.coalesce(col(Mediator.organisation_id), literal("")).label("org"))
             .join(Mediator, col(Mediator.id) == col(DisputeMediator.mediator_id))
             .where(~col(DisputeMediator.deleted)).distinct().subquery("pairs"))
    found = rows(select(pairs.c.org, *figures).select_from(d.join(pairs, pairs.c.dispute_id == d.c.id))
                 .group_by(pairs.c.org))
    unregistered = found.pop("", None)
    ids = set(found) | {m.organisation_id for m in roster if m.organisation_id and _may_mediate(m.role)}
    orgs = {o.id: o for o in session.scalars(select(Organisation).where(col(Organisation.id).in_(ids)))}
    for org_id in ids:
        org = orgs.get(org_id)
        groups.append(_figures(org_id, org.name if org else org_id, kind_label(org.kind) if org else "",
                               *found.get(org_id, zero)))
    groups.sort(key=lambda g: (-g.accepted, g.label, g.key))
    groups.append(_figures("unregistered", NO_ORGANISATION, "", *(unregistered or zero)))
    groups.append(_figures("", NO_MEDIATOR, "", *unassigned.get("", zero)))
    return GroupedStats(flt, by, groups, total)


def _may_mediate(role: str) -> bool:
    try:
        return ParticipantRole.of(role).is_mediator or role == ParticipantRole.JUDGE.value
    except ValueError:
        return False


def _role_label(role: str) -> str:
    try:
        return ParticipantRole.of(role).label
    except ValueError:
        return role
