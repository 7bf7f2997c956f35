"""Statutory deadlines of mediation, judicial confirmation and administrative disputes (docs/domain.md §6).

Arithmetic follows CPL art 85 (民事诉讼法 2023; the Administrative Litigation Law art 102 refers
to it): the start day is not counted, and a period whose last day is not a working day ends on
the next working day. Month periods end on the corresponding day of the final month, or on its
last day when there is none.
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any, Literal

from fuyuan_desktop.domain.calendar import HolidayCalendar

DeadlineStatus = Literal["overdue", "due_soon", "ok"]


@dataclass(frozen=True)
class DeadlineRules:
    """Period lengths, configurable because rules change and some are not yet confirmed locally.

    Defaults and sources (docs/domain.md §6.3): mediation 30 days (S4 art 24; S5 art 27); judicial
    confirmation application 30 days (CPL art 205); judicial-recommendation reply 2 months (S8
    art 8); agency-head notice 3 days before the hearing (S9 art 5); administrative suit 6 months,
    15 days after reconsideration, caps 5/20 years (ALL arts 45–46); reconsideration 60 days
    (Administrative Reconsideration Law art 20); not informed of the right to sue: 1-year cap
    (ALL-I art 64); agency's duty to act 2 months (ALL art 47); enforcement 2 years (CPL art 250).
    """

    mediation_days: int = 30
    judicial_confirmation_days: int = 30
    judicial_confirmation_warn_days: int = 5  # warn when this many days or fewer remain (a setting, not law)
    recommendation_reply_months: int = 2
    agency_head_notice_days: int = 3
    admin_suit_months: int = 6
    admin_suit_after_reconsideration_days: int = 15
    admin_reconsideration_days: int = 60
    admin_suit_cap_years: int = 5
    admin_suit_cap_real_property_years: int = 20
    admin_unaware_of_right_cap_years: int = 1
    admin_inaction_agency_months: int = 2
    enforcement_years: int = 2

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeadlineRules:
        """Build from ``deadlines.json``: ``{"rules": {"mediation_days": {"value": 30, "source": ...}}}``.

        Plain ``{"mediation_days": 30}`` works too. Unknown names are an error, so a typo in
        reference data cannot silently fall back to a default.
        """
        source = data.get("rules", data)
        known = {f.name for f in fields(cls)}
        values: dict[str, int] = {}
        for name, entry in source.items():
            if name not in known:
                raise ValueError(f"unknown deadline rule {name!r}")
            value = entry["value"] if isinstance(entry, Mapping) else entry
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"deadline rule {name!r} needs a non-negative integer, got {value!r}")
            values[name] = value
        return cls(**values)


@dataclass(frozen=True)
class Deadline:
    """A labelled due date, e.g. ``Deadline("司法确认申请期限", date(2025, 10, 9))``."""

    label: str
    due: date

    def days_left(self, today: date) -> int:
        return days_left(self.due, today)

    def status(self, today: date, *, due_soon_days: int = 7) -> DeadlineStatus:
        return deadline_status(self.due, today, due_soon_days=due_soon_days)


def days_left(due: date, today: date) -> int:
    """Days from ``today`` to ``due``: 0 on the due date itself, negative once overdue."""
    return (due - today).days


def deadline_status(due: date, today: date, *, due_soon_days: int = 7) -> DeadlineStatus:
    """``overdue`` after the due date, ``due_soon`` within ``due_soon_days`` (D-7 by default,
    docs/domain.md §6.5), otherwise ``ok``."""
    left = days_left(due, today)
    if left < 0:
        return "overdue"
    if left <= due_soon_days:
        return "due_soon"
    return "ok"


def _check_non_negative(n: int) -> None:
    if n < 0:
        raise ValueError(f"a period cannot be negative: {n}")


def add_days(start: date, n: int, cal: HolidayCalendar) -> date:
    """End of an ``n``-day period from ``start`` (not counted), rolled to a working day (CPL art 85)."""
    _check_non_negative(n)
    return cal.next_workday_on_or_after(start + timedelta(days=n))


def _shift_months(start: date, n: int) -> date:
    month_index = start.month - 1 + n
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, month_calendar.monthrange(year, month)[1]))


def add_months(start: date, n: int, cal: HolidayCalendar) -> date:
    """End of an ``n``-month period: the corresponding day (clamped to month end), rolled forward."""
    _check_non_negative(n)
    return cal.next_workday_on_or_after(_shift_months(start, n))


def add_working_days(start: date, n: int, cal: HolidayCalendar) -> date:
    """The ``n``-th working day after ``start`` (start not counted), as the online mediation rules
    count their 2- and 3-working-day steps (S4 arts 10, 12, 15). ``n == 0`` returns ``start``."""
    _check_non_negative(n)
    day = start
    while n > 0:
        day += timedelta(days=1)
        if cal.is_workday(day):
            n -= 1
    return day


def mediation_deadline(
    accepted_on: date,
    cal: HolidayCalendar,
    rules: DeadlineRules,
    extension_days: int = 0,
    paused_days: int = 0,
) -> date:
    """End of pre-filing mediation (S4 art 24; S5 art 27): 30 days from the mediator's acceptance,
    plus any extension all parties agreed to, plus days spent on pre-filing appraisal, which do
    not count toward the period (S4 art 26)."""
    _check_non_negative(extension_days)
    _check_non_negative(paused_days)
    return add_days(accepted_on, rules.mediation_days + extension_days + paused_days, cal)


def suspended_days(suspended_on: date, resumed_on: date) -> int:
    """Days a suspended (中止) mediation period did not run: from the day of suspension up to the day it resumes,
    that day not included — suspended on the 10th and resumed on the 15th, the period stands still 5 days and the
    due date moves 5 days (then rolled to a working day as any period end, :func:`add_days`).

    **Inferred** (deadlines.json ``suspension``): no rule on 诉前调解 says how a suspension is counted; this follows
    S4 art 26, whose appraisal days "do not count toward the period", counted as CPL art 85 counts a period."""
    if resumed_on < suspended_on:
        raise ValueError(f"resumed {resumed_on} before the suspension of {suspended_on}")
    return (resumed_on - suspended_on).days


def judicial_confirmation_deadline(effective_on: date, cal: HolidayCalendar, rules: DeadlineRules) -> date:
    """Last day to apply for judicial confirmation: 30 days after the agreement takes effect
    (CPL art 205; People's Mediation Law art 33)."""
    return add_days(effective_on, rules.judicial_confirmation_days, cal)


def recommendation_reply_due(sent_on: date, cal: HolidayCalendar, rules: DeadlineRules) -> date:
    """Reply due for a judicial recommendation: generally 2 months (S8 art 8). The period runs from
    receipt, so pass the date of service when it is known."""
    return add_months(sent_on, rules.recommendation_reply_months, cal)


def agency_head_notice_ok(served_on: date, hearing_on: date, rules: DeadlineRules) -> bool:
    """Whether the notice for an agency head to appear was served at least 3 days before the
    hearing (S9 art 5): served on the 1st is enough for a hearing on the 4th."""
    return (hearing_on - served_on).days >= rules.agency_head_notice_days


def enforcement_deadline(performance_ends_on: date, cal: HolidayCalendar, rules: DeadlineRules) -> date:
    """Last day to apply for enforcement: 2 years from the last day of the performance period
    (CPL art 250)."""
    return add_months(performance_ends_on, 12 * rules.enforcement_years, cal)


def administrative_limitations(
    knew_on: date | None,
    act_on: date,
    reconsideration_decision_on: date | None,
    real_property: bool,
    informed_of_right: bool,
    cal: HolidayCalendar,
    rules: DeadlineRules,
) -> list[tuple[str, date]]:
    """Limitation dates to show at intake of an administrative dispute, earliest first (docs/domain.md §6.4).

    - After reconsideration: suit within 15 days of receiving the decision (ALL art 45); pass the
      date of receipt as ``reconsideration_decision_on``.
    - Otherwise: suit within 6 months of knowing of the act (ALL art 46), or, when the agency did
      not tell the party of the right and period to sue, at most 1 year from knowing of the act
      (ALL-I art 64); reconsideration within 60 days of knowing (ARL art 20).
    - Always: the absolute cap from the act, 5 years or 20 for real property (ALL art 46).

    When ``knew_on`` is unknown the act date stands in for it, which gives the earliest — the
    safe — dates; the labels say so. Caps are not rolled forward to a working day [inferred]:
    they are outer limits, and the earlier date is the safe one to show. Whether centre mediation
    suspends any of these periods is not established (docs/domain.md §13 question 8).
    """
    result: list[tuple[str, date]] = []
    if reconsideration_decision_on is not None:
        days = rules.admin_suit_after_reconsideration_days
        result.append((f"起诉期限（收到复议决定书之日起{days}日）", add_days(reconsideration_decision_on, days, cal)))
    else:
        base = knew_on if knew_on is not None else act_on
        since = "知道行政行为之日起" if knew_on is not None else "知道日期不详，按行政行为作出之日起推算"
        if informed_of_right:
            months = rules.admin_suit_months
            result.append((f"起诉期限（{since}{months}个月）", add_months(base, months, cal)))
        else:
            years = rules.admin_unaware_of_right_cap_years
            result.append((f"起诉期限（未告知起诉期限，{since}最长{years}年）", add_months(base, 12 * years, cal)))
        days = rules.admin_reconsideration_days
        result.append((f"行政复议申请期限（{since}{days}日）", add_days(base, days, cal)))
    cap_years = rules.admin_suit_cap_real_property_years if real_property else rules.admin_suit_cap_years
    subject = "因不动产提起诉讼，" if real_property else ""
    result.append((f"最长起诉期限（{subject}行政行为作出之日起{cap_years}年）", _shift_months(act_on, 12 * cap_years)))
    return sorted(result, key=lambda item: item[1])


def inaction_limitations(applied_on: date, cal: HolidayCalendar, rules: DeadlineRules) -> list[tuple[str, date]]:
    """Dates for a claim that an agency failed to perform a duty: the agency has 2 months from the
    application (ALL art 47); the suit is due 6 months after that period ends (ALL-I art 66)."""
    agency_due = add_months(applied_on, rules.admin_inaction_agency_months, cal)
    months = rules.admin_suit_months
    return [
        (f"行政机关履行期限（申请之日起{rules.admin_inaction_agency_months}个月）", agency_due),
        (f"起诉期限（履行期限届满之日起{months}个月）", add_months(agency_due, months, cal)),
    ]
