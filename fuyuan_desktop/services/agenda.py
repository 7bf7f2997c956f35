"""The workbench agenda: sessions by court day, deadlines coming due, overdue cases and similar-case clusters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlmodel import col

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import DisputeStatus, SessionStatus, TaskStatus
from fuyuan_desktop.services.cases import CaseFilter, count_cases, summaries
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Dispute, FollowUp, MediationSession

# Cases whose 30-day mediation clock runs (the same states the case list's "只看超期" filter uses).
OPEN_STATES = (DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value)
MEDIATION_DEADLINE = "调解期限"


@dataclass(frozen=True)
class AgendaSession:
    """One sitting on the agenda; ``starts_at`` is in China Standard Time. ``status`` is the label shown,
    ``status_code`` the ``SessionStatus`` value."""

    id: str
    dispute_id: str
    number: str
    category: str
    parties: str
    starts_at: datetime
    place: str
    status: str
    status_code: str


@dataclass(frozen=True)
class Deadline:
    """Something due on a case: the end of the mediation period or a follow-up visit."""

    dispute_id: str
    number: str
    kind: str
    due_on: date
    days_left: int
    parties: str
    note: str = ""
    presumed: bool = False  # the due date rests on a year without an imported official calendar (推定)

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Deadlines:
    """Deadlines due within the horizon (overdue first); ``total`` counts them all, ``items`` may be cut."""

    items: list[Deadline]
    total: int
    overdue: int


def _session_status(code: str) -> str:
    try:
        return SessionStatus.of(code).label
    except ValueError:
        return code


def _utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Court days [start, end) as a UTC interval (the store keeps UTC)."""
    return (
        datetime.combine(start, time(), COURT_TZ).astimezone(UTC),
        datetime.combine(end, time(), COURT_TZ).astimezone(UTC),
    )


def sessions_between(ctx: Workspace, start: date, end: date, *, limit: int = 2000) -> list[AgendaSession]:
    """Sessions on court days ``start`` up to (not including) ``end``, in time order."""
    low, high = _utc_bounds(start, end)
    with ctx.db.read() as session:
        rows = session.execute(
            select(MediationSession)
            .where(
                col(MediationSession.scheduled_at) >= low,
                col(MediationSession.scheduled_at) < high,
                ~col(MediationSession.deleted),
            )
            .order_by(col(MediationSession.scheduled_at), col(MediationSession.id))
            .limit(limit)
        ).scalars().all()
    cases = {s.id: s for s in summaries(ctx, list(dict.fromkeys(r.dispute_id for r in rows)))}
    out = []
    for row in rows:
        case = cases.get(row.dispute_id)
        if case is None:  # a tombstoned case keeps its sittings out of the agenda
            continue
        out.append(AgendaSession(
            id=row.id,
            dispute_id=row.dispute_id,
            number=case.number,
            category=case.category,
            parties=case.parties,
            starts_at=row.scheduled_at.astimezone(COURT_TZ),
            place=row.place_text,
            status=_session_status(row.status),
            status_code=row.status,
        ))
    return out


def sessions_on(ctx: Workspace, day: date) -> list[AgendaSession]:
    """The sittings of one court day (China Standard Time)."""
    return sessions_between(ctx, day, day + timedelta(days=1))


def session_days(ctx: Workspace, start: date, end: date) -> dict[date, int]:
    """How many sittings each court day in [start, end) has (cancelled ones left out), for calendar marks."""
    low, high = _utc_bounds(start, end)
    stamp = col(MediationSession.scheduled_at)
    with ctx.db.read() as session:
        # Sittings start at a few fixed times a day, so counting per start time returns few rows.
        rows = session.execute(
            select(stamp, func.count())
            .where(
                stamp >= low,
                stamp < high,
                col(MediationSession.status) != SessionStatus.CANCELLED.value,
                ~col(MediationSession.deleted),
            )
            .group_by(stamp)
        ).all()
    days: Counter[date] = Counter()
    for when, n in rows:
        days[when.astimezone(COURT_TZ).date()] += int(n)
    return dict(days)


def open_deadlines(ctx: Workspace, within_days: int = 7, *, limit: int = 200) -> Deadlines:
    """Mediation periods of open cases and pending follow-ups due within ``within_days``, and all overdue ones."""
    today = ctx.today()
    horizon = today + timedelta(days=within_days)
    with ctx.db.read() as session:
        rows = session.execute(
            select(col(Dispute.id), col(Dispute.due_on))
            .where(
                col(Dispute.status).in_(OPEN_STATES),
                col(Dispute.due_on).is_not(None),
                col(Dispute.due_on) <= horizon,
                col(Dispute.suspended_on).is_(None),  # 中止: the period stands still, nothing falls due
                ~col(Dispute.deleted),
            )
            .order_by(col(Dispute.due_on), col(Dispute.id))
        ).all()
        # The same rows as followups.due_follow_ups, read here because that module pulls in intake and its
        # pinyin dictionaries (+55 MB, +0.2 s), which the workbench does not otherwise need at start.
        follow_ups = session.execute(
            select(col(FollowUp.due_on), col(FollowUp.kind), col(FollowUp.dispute_id), col(FollowUp.note))
            .where(
                col(FollowUp.status) == TaskStatus.PENDING.value,
                col(FollowUp.due_on) <= horizon,
                ~col(FollowUp.deleted),
            )
        ).all()
    found: list[tuple[date, str, str, str]] = [
        (due, MEDIATION_DEADLINE, case_id, "") for case_id, due in rows if due is not None
    ]
    found += [(due, kind, case_id, note) for due, kind, case_id, note in follow_ups]
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    shown = found[:limit]
    cases = {s.id: s for s in summaries(ctx, list(dict.fromkeys(item[2] for item in shown)))}
    calendar = ctx.reference.calendar
    items = []
    for due, kind, case_id, note in shown:
        case = cases.get(case_id)
        if case is None:  # a tombstoned case
            continue
        items.append(Deadline(
            dispute_id=case_id,
            number=case.number,
            kind=kind,
            due_on=due,
            days_left=(due - today).days,
            parties=case.parties,
            note=note,
            presumed=kind == MEDIATION_DEADLINE and calendar.presumed(due),
        ))
    return Deadlines(items, len(found), sum(1 for item in found if item[0] < today))


def overdue_count(ctx: Workspace) -> int:
    """Open cases past their mediation deadline."""
    return count_cases(ctx, CaseFilter(overdue=True))
