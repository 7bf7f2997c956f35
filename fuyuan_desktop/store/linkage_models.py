"""The tables of the 府院联动 work: the centre's ledger, agency heads in court, training, relief, villages, projects."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field

from fuyuan_desktop.store.synced import SyncedRow


def _text() -> Column[str]:
    return Column(Text, nullable=False, default="")


class AdminCase(SyncedRow, table=True):
    """A dispute against an agency at the 行政争议协调化解中心: the organ, triage (分流), limitation inputs."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, unique=True)
    agency: str = Field(max_length=200, index=True)
    agency_level: str = Field(default="", max_length=24)
    agency_head: str = Field(default="", max_length=64)
    field: str = Field(default="", max_length=24)
    act_type: str = Field(default="", max_length=24)
    procedure_state: str = Field(default="not_filed", max_length=24)
    intake_source: str = Field(default="walk_in", max_length=24)
    knew_on: date | None = None
    reconsideration_decision_on: date | None = None
    real_property: bool = Field(default=False)
    informed_of_right: bool = Field(default=True)
    content_type: str = Field(default="", max_length=16)
    group_case: bool = Field(default=False)
    people_count: int = Field(default=1)
    triage: str = Field(default="", max_length=24)
    triage_reason: str = Field(default="", max_length=500)
    triaged_on: date | None = None
    head_participated: bool = Field(default=False)
    amount_paid_fen: int | None = Field(default=None, sa_type=BigInteger)
    later_case_number: str = Field(default="", max_length=40)


class Hearing(SyncedRow, table=True):
    """One court hearing of an administrative case and who appeared for the defendant agency (负责人出庭应诉)."""

    __table_args__ = (Index("ix_hearing_agency_hearing_on", "agency", "hearing_on"),)

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    dispute_id: str | None = Field(default=None, foreign_key="dispute.id", max_length=32, index=True)
    case_number: str = Field(max_length=40, index=True)
    agency: str = Field(max_length=200)
    agency_level: str = Field(default="", max_length=24)
    county_code: str = Field(default="", max_length=6)
    instance: str = Field(default="first", max_length=8)
    mandatory: bool = Field(default=False)
    hearing_on: date = Field(index=True)
    notice_served_on: date | None = None
    identity_submitted: bool = Field(default=False)
    appearance: str = Field(default="", max_length=16)
    appearer: str = Field(default="", max_length=64)
    appearer_post: str = Field(default="", max_length=64)
    absence_reason: str = Field(default="", max_length=24)
    absence_proof: bool = Field(default=False)
    left_early: bool = Field(default=False)
    refused_to_explain: bool = Field(default=False)
    spoke_on_resolution: bool = Field(default=False)
    recommendation_id: str | None = Field(default=None, foreign_key="recommendation.id", max_length=32)
    note: str = Field(default="", max_length=500)


class TrainingEvent(SyncedRow, table=True):
    """以庭代训: a hearing observed by agency staff and deputies, with the discussion after it."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    held_on: date = Field(index=True)
    case_number: str = Field(default="", max_length=40)
    cause: str = Field(default="", max_length=100)
    agency: str = Field(default="", max_length=200)
    head_appeared: bool = Field(default=False)
    observer_orgs: str = Field(default="", max_length=1000)
    attendees: int = Field(default=0)
    deputies: int = Field(default=0)
    lecturer: str = Field(default="", max_length=64)
    discussion: str = Field(default="", sa_column=_text())
    feedback: str = Field(default="", sa_column=_text())


class ReliefCase(SyncedRow, table=True):
    """司法救助: an application, its review and decision, and the one payment a case may receive."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    dispute_id: str | None = Field(default=None, foreign_key="dispute.id", max_length=32, index=True)
    case_number: str = Field(max_length=40, index=True)
    relief_number: str = Field(default="", max_length=40)
    applicant: str = Field(max_length=100)
    county_code: str = Field(default="", max_length=6)
    reason: str = Field(default="", max_length=1000)
    applied_on: date
    status: str = Field(default="applied", max_length=16)
    requested_fen: int | None = Field(default=None, sa_type=BigInteger)
    amount_fen: int | None = Field(default=None, sa_type=BigInteger)
    decided_on: date | None = None
    paid_on: date | None = None
    review_note: str = Field(default="", max_length=1000)


class ReliefFundEntry(SyncedRow, table=True):
    """A line of the charity-fund ledger (救助基金): money in from a source, or out to a use."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    entry_on: date = Field(index=True)
    direction: str = Field(max_length=4)  # in | out
    counterpart: str = Field(max_length=200)
    amount_fen: int = Field(sa_type=BigInteger)
    relief_id: str | None = Field(default=None, foreign_key="reliefcase.id", max_length=32)
    note: str = Field(default="", max_length=500)


class Village(SyncedRow, table=True):
    """无讼村屯 / 无讼社区: a village or community under creation, achieved or revoked."""

    place_id: str | None = Field(default=None, foreign_key="place.id", max_length=32, unique=True)
    name: str = Field(max_length=64)
    township: str = Field(default="", max_length=64)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32, index=True)
    population: int = Field(default=0)
    households: int = Field(default=0)
    grid_workers: int = Field(default=0)
    mediators: int = Field(default=0)
    assessors: int = Field(default=0)
    status: str = Field(default="creating", max_length=16)
    cycle_start: int
    achieved_on: date | None = None
    revoked_on: date | None = None
    # 已达标 set by hand although no year up to the 达标 date is judged 达标 against the criteria: why (人工认定).
    status_reason: str = Field(default="", max_length=500)
    evaluator: str = Field(default="", max_length=64)
    note: str = Field(default="", max_length=500)


class VillageYear(SyncedRow, table=True):
    """The figures of one village for one year that the disputes table does not hold (lawsuits, petitions)."""

    __table_args__ = (UniqueConstraint("village_id", "year"),)

    village_id: str = Field(foreign_key="village.id", max_length=32, index=True)
    year: int
    lawsuits: int = Field(default=0)
    petitions: int = Field(default=0)
    group_incidents: int = Field(default=0)
    education_events: int = Field(default=0)
    # 人工认定 of the year's 达标 against the criteria (linkage.villages.*): "" (as computed), achieved or
    # not_achieved, with the reason, which is required.
    override: str = Field(default="", max_length=16)
    override_reason: str = Field(default="", max_length=500)


class RiskProject(SyncedRow, table=True):
    """A major project's social-stability risk assessment with the court's litigation-risk opinion."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    name: str = Field(max_length=200)
    unit: str = Field(default="", max_length=200)
    park: str = Field(default="", max_length=100)
    investment_fen: int | None = Field(default=None, sa_type=BigInteger)
    people: int = Field(default=0)
    risk_level: str = Field(max_length=8)  # high | medium | low
    cases_studied: int = Field(default=0)
    risk_points: str = Field(default="", sa_column=_text())
    court_opinion: str = Field(default="", sa_column=_text())
    measures: str = Field(default="", sa_column=_text())
    assessed_on: date
    recommendation_id: str | None = Field(default=None, foreign_key="recommendation.id", max_length=32)


class JointMeeting(SyncedRow, table=True):
    """联席会议: date, participants, topics and decisions."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    held_on: date = Field(index=True)
    title: str = Field(max_length=200)
    participants: str = Field(default="", max_length=1000)
    topics: str = Field(default="", sa_column=_text())
    decisions: str = Field(default="", sa_column=_text())


class MeetingItem(SyncedRow, table=True):
    """A follow-up item of a joint meeting: who owns it and by when."""

    meeting_id: str = Field(foreign_key="jointmeeting.id", max_length=32, index=True)
    text: str = Field(max_length=1000)
    owner: str = Field(max_length=100)
    due_on: date = Field(index=True)
    done_on: date | None = None
    result: str = Field(default="", max_length=1000)


class SmeCase(SyncedRow, table=True):
    """A case in the SME green channel (涉企绿色通道): the enterprise party and when it was flagged."""

    dispute_id: str = Field(foreign_key="dispute.id", max_length=32, unique=True)
    enterprise: str = Field(max_length=200)
    flagged_on: date
    note: str = Field(default="", max_length=500)


class RecommendationTrack(SyncedRow, table=True):
    """What a 司法建议书 came from (a case, a cluster, a hearing, a project) and its follow-up result."""

    recommendation_id: str = Field(foreign_key="recommendation.id", max_length=32, unique=True)
    origin: str = Field(default="case", max_length=16)
    cluster_category: str = Field(default="", max_length=32)
    cluster_scope: str = Field(default="", max_length=16)
    cluster_key: str = Field(default="", max_length=200)
    cluster_count: int = Field(default=0)
    follow_up: str = Field(default="", max_length=1000)
    followed_on: date | None = None
    served_to: str = Field(default="", max_length=200)
    judgment_number: str = Field(default="", max_length=40)
    follow_log: str = Field(default="", sa_column=_text())


class JointTraining(SyncedRow, table=True):
    """同堂培训: judges and agency staff trained in the same room (not a hearing observed: that is 以庭代训).

    ``agencies`` holds the participating agencies as JSON, ``[{"agency": …, "people": n, "heads": k}]`` (heads: how
    many of them are the agency's 负责人 or deputies); ``attendees`` and ``heads`` are their sums, kept for counting.
    """

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    tribunal_id: str | None = Field(default=None, foreign_key="tribunal.id", max_length=32, index=True)
    held_on: date = Field(index=True)
    place: str = Field(max_length=200)
    topic: str = Field(max_length=200)
    lecturers: str = Field(default="", max_length=500)
    agencies: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    attendees: int = Field(default=0)
    heads: int = Field(default=0)
    materials: str = Field(default="", sa_column=_text())
    note: str = Field(default="", max_length=1000)


class OralRecommendation(SyncedRow, table=True):
    """口头建议: a recommendation a judge gave an agency by word of mouth (at a hearing, a joint meeting, a visit), its
    response and whether it was adopted. The written, numbered 司法建议书 is ``Recommendation``."""

    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    given_on: date = Field(index=True)
    agency: str = Field(max_length=200, index=True)
    judge: str = Field(max_length=64)
    occasion: str = Field(max_length=16)
    case_number: str = Field(default="", max_length=40)
    dispute_id: str | None = Field(default=None, foreign_key="dispute.id", max_length=32, index=True)
    content: str = Field(default="", sa_column=_text())
    response: str = Field(default="", sa_column=_text())
    responded_on: date | None = None
    adoption: str = Field(default="", max_length=16)


class WhitePaperNarrative(SyncedRow, table=True):
    """A court's own words for one narrative section (前言, 主要做法 …) of one year's 行政审判白皮书.

    ``court_id`` is "" for the white paper of every court in the store. No unique key: two devices may each write
    the same (year, court, section); the row with the latest HLC is the one printed (services/linkage/white_paper_text).
    """

    year: int = Field(index=True)
    court_id: str = Field(default="", max_length=32)
    section: str = Field(max_length=32)
    text: str = Field(default="", sa_column=_text())


class LitigationTotals(SyncedRow, table=True):
    """One court's administrative litigation totals for one year, imported from its case-management export
    (收案, 结案, 判决败诉, 撤诉); the white paper and ``report stats`` print them with their source."""

    year: int = Field(index=True)
    court_id: str = Field(foreign_key="court.id", max_length=32, index=True)
    received: int = Field(default=0)
    closed: int = Field(default=0)
    lost: int = Field(default=0)
    withdrawn: int = Field(default=0)
    source: str = Field(default="", max_length=200)


LINKAGE_TABLES: tuple[type[SyncedRow], ...] = (
    AdminCase,
    Hearing,
    TrainingEvent,
    ReliefCase,
    ReliefFundEntry,
    Village,
    VillageYear,
    RiskProject,
    JointMeeting,
    MeetingItem,
    SmeCase,
    RecommendationTrack,
    JointTraining,
    OralRecommendation,
    WhitePaperNarrative,
    LitigationTotals,
)
