"""Tests for the working-day calendar and the statutory deadlines (docs/domain.md §6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuyuan_desktop.domain.calendar import HolidayCalendar
from fuyuan_desktop.domain.deadlines import (
    Deadline,
    DeadlineRules,
    add_days,
    add_months,
    add_working_days,
    administrative_limitations,
    agency_head_notice_ok,
    days_left,
    deadline_status,
    enforcement_deadline,
    inaction_limitations,
    judicial_confirmation_deadline,
    mediation_deadline,
    recommendation_reply_due,
)
from fuyuan_desktop.resources import read_json

CAL = HolidayCalendar()
RULES = DeadlineRules()


# --- Calendar ---------------------------------------------------------------------------------


def test_official_calendar_knows_holidays_and_make_up_workdays() -> None:
    assert not CAL.is_workday(date(2025, 10, 1))  # 国庆
    assert CAL.is_workday(date(2025, 10, 11))  # Saturday, official 调休 workday
    assert not CAL.is_workday(date(2025, 10, 12))  # ordinary Sunday
    assert CAL.is_official(date(2026, 5, 1))


def test_override_beats_chinese_calendar() -> None:
    cal = HolidayCalendar({date(2025, 4, 2): False, date(2025, 10, 1): True})
    assert not cal.is_workday(date(2025, 4, 2))
    assert cal.is_workday(date(2025, 10, 1))
    assert add_days(date(2025, 3, 3), 30, cal) == date(2025, 4, 3)
    assert add_days(date(2025, 3, 3), 30, CAL) == date(2025, 4, 2)


def test_fallback_for_years_chinese_calendar_does_not_cover() -> None:
    assert not CAL.is_official(date(2027, 10, 1))
    assert not CAL.is_workday(date(2027, 1, 9))  # Saturday
    assert not CAL.is_workday(date(2027, 1, 1))  # New Year's Day, a Friday
    assert CAL.is_workday(date(2027, 1, 4))
    # 2027-10-01 is a Friday; holidays.China presumes 1–5 October off.
    assert add_days(date(2027, 9, 1), 30, CAL) == date(2027, 10, 6)
    assert add_days(date(2027, 1, 8), 1, CAL) == date(2027, 1, 11)


def test_overrides_make_a_presumed_year_official() -> None:
    data = {"overrides": [{"date": "2027-10-06", "workday": False}, {"date": "2027-10-07", "workday": False}]}
    cal = HolidayCalendar.from_dict(data)
    assert cal.is_official(date(2027, 10, 6))
    assert add_days(date(2027, 9, 1), 30, cal) == date(2027, 10, 8)


def test_bundled_overrides_file_loads() -> None:
    data = read_json("reference", "holiday_overrides.json")
    assert data["overrides"] == []
    assert "workday" in data["comment"]
    assert HolidayCalendar.from_dict(data).is_workday(date(2025, 10, 9))


@pytest.mark.parametrize(
    "row", [{"date": "2027-01-01"}, {"date": "2027-01-01", "workday": "no"}, {"date": "2027-13-01", "workday": True}]
)
def test_bad_override_rows_are_rejected(row: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        HolidayCalendar.from_dict({"overrides": [row]})


def test_corrupt_overrides_cannot_loop_forever() -> None:
    start = date(2027, 3, 1)
    cal = HolidayCalendar({start + timedelta(days=i): False for i in range(400)})
    with pytest.raises(ValueError):
        cal.next_workday_on_or_after(start)


# --- Day, month and working-day arithmetic ----------------------------------------------------


def test_thirty_days_ending_on_national_day_roll_to_the_ninth() -> None:
    assert add_days(date(2025, 9, 1), 30, CAL) == date(2025, 10, 9)


def test_period_ending_on_a_make_up_saturday_does_not_roll() -> None:
    assert add_days(date(2025, 9, 11), 30, CAL) == date(2025, 10, 11)


def test_start_day_is_not_counted() -> None:
    assert add_days(date(2025, 3, 3), 30, CAL) == date(2025, 4, 2)
    assert add_days(date(2025, 3, 3), 1, CAL) == date(2025, 3, 4)
    assert add_days(date(2025, 3, 3), 0, CAL) == date(2025, 3, 3)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),  # clamped, and 28 Feb 2026 is a 调休 Saturday
        (date(2025, 8, 31), 7, date(2026, 3, 31)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 4, 1), 6, date(2025, 10, 9)),  # 1 October rolls past the holiday
        (date(2025, 11, 15), 2, date(2026, 1, 15)),  # across the year end
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months, CAL) == expected


def test_add_working_days_skips_holidays_and_counts_make_up_days() -> None:
    # 1–8 October 2025 are off; 9, 10 and Saturday 11 October are working days.
    assert add_working_days(date(2025, 9, 30), 3, CAL) == date(2025, 10, 11)
    assert add_working_days(date(2025, 10, 10), 1, CAL) == date(2025, 10, 11)
    assert add_working_days(date(2025, 10, 10), 0, CAL) == date(2025, 10, 10)


def test_negative_periods_are_rejected() -> None:
    for func in (add_days, add_months, add_working_days):
        with pytest.raises(ValueError):
            func(date(2025, 1, 1), -1, CAL)


@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2029, 12, 31)), st.integers(0, 400))
def test_add_days_lands_on_the_first_workday_not_before_the_plain_sum(start: date, n: int) -> None:
    due = add_days(start, n, CAL)
    plain = start + timedelta(days=n)
    assert CAL.is_workday(due)
    assert due >= plain
    assert all(not CAL.is_workday(plain + timedelta(days=i)) for i in range((due - plain).days))


# --- Domain deadlines -------------------------------------------------------------------------


def test_mediation_deadline_with_extension_and_appraisal_pause() -> None:
    assert mediation_deadline(date(2025, 9, 1), CAL, RULES) == date(2025, 10, 9)
    assert mediation_deadline(date(2025, 9, 1), CAL, RULES, extension_days=10) == date(2025, 10, 11)
    assert mediation_deadline(date(2025, 9, 1), CAL, RULES, extension_days=4, paused_days=6) == date(2025, 10, 11)
    with pytest.raises(ValueError):
        mediation_deadline(date(2025, 9, 1), CAL, RULES, paused_days=-1)


def test_judicial_confirmation_and_recommendation_and_enforcement() -> None:
    assert judicial_confirmation_deadline(date(2025, 9, 1), CAL, RULES) == date(2025, 10, 9)
    assert recommendation_reply_due(date(2025, 8, 1), CAL, RULES) == date(2025, 10, 9)
    # No 29 February in 2026: clamped to the 28th, a 调休 Saturday, so no roll.
    assert enforcement_deadline(date(2024, 2, 29), CAL, RULES) == date(2026, 2, 28)
    assert judicial_confirmation_deadline(date(2025, 9, 1), CAL, DeadlineRules(judicial_confirmation_days=15)) == date(
        2025, 9, 16
    )


def test_agency_head_notice_needs_three_clear_days() -> None:
    assert agency_head_notice_ok(date(2025, 6, 1), date(2025, 6, 4), RULES)
    assert not agency_head_notice_ok(date(2025, 6, 2), date(2025, 6, 4), RULES)
    assert not agency_head_notice_ok(date(2025, 6, 5), date(2025, 6, 4), RULES)
    assert not agency_head_notice_ok(date(2025, 6, 1), date(2025, 6, 4), DeadlineRules(agency_head_notice_days=5))


def test_administrative_limitations_direct_suit() -> None:
    result = administrative_limitations(date(2025, 4, 1), date(2025, 3, 20), None, False, True, CAL, RULES)
    assert result == [
        ("行政复议申请期限（知道行政行为之日起60日）", date(2025, 6, 3)),  # 31 May: 端午 holiday
        ("起诉期限（知道行政行为之日起6个月）", date(2025, 10, 9)),
        ("最长起诉期限（行政行为作出之日起5年）", date(2030, 3, 20)),
    ]


def test_administrative_limitations_unknown_knowledge_real_property_not_informed() -> None:
    result = administrative_limitations(None, date(2025, 3, 20), None, True, False, CAL, RULES)
    assert result == [
        ("行政复议申请期限（知道日期不详，按行政行为作出之日起推算60日）", date(2025, 5, 19)),
        ("起诉期限（未告知起诉期限，知道日期不详，按行政行为作出之日起推算最长1年）", date(2026, 3, 20)),
        ("最长起诉期限（因不动产提起诉讼，行政行为作出之日起20年）", date(2045, 3, 20)),
    ]


def test_administrative_limitations_after_reconsideration() -> None:
    result = administrative_limitations(date(2025, 4, 1), date(2025, 3, 20), date(2025, 9, 16), False, True, CAL, RULES)
    assert result == [
        ("起诉期限（收到复议决定书之日起15日）", date(2025, 10, 9)),
        ("最长起诉期限（行政行为作出之日起5年）", date(2030, 3, 20)),
    ]


def test_limitation_caps_are_not_rolled_forward() -> None:
    # 2030-03-23 is a Saturday; the outer limit is shown as is, the earlier (safe) date.
    result = administrative_limitations(date(2025, 3, 23), date(2025, 3, 23), None, False, True, CAL, RULES)
    assert result[-1] == ("最长起诉期限（行政行为作出之日起5年）", date(2030, 3, 23))
    leap = administrative_limitations(date(2024, 2, 29), date(2024, 2, 29), None, False, True, CAL, RULES)
    assert leap[-1][1] == date(2029, 2, 28)


def test_inaction_limitations() -> None:
    assert inaction_limitations(date(2025, 8, 1), CAL, RULES) == [
        ("行政机关履行期限（申请之日起2个月）", date(2025, 10, 9)),
        ("起诉期限（履行期限届满之日起6个月）", date(2026, 4, 9)),
    ]


# --- Rules and status -------------------------------------------------------------------------


def test_bundled_deadline_rules_equal_the_defaults_and_cite_sources() -> None:
    data = read_json("reference", "deadlines.json")
    assert DeadlineRules.from_dict(data) == DeadlineRules()
    assert all(entry["source"] for entry in data["rules"].values())


def test_rules_from_plain_mapping() -> None:
    assert DeadlineRules.from_dict({"mediation_days": 20}).mediation_days == 20


@pytest.mark.parametrize(
    "data", [{"mediation_day": 30}, {"mediation_days": True}, {"mediation_days": -1}, {"mediation_days": "30"}]
)
def test_bad_rules_are_rejected(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        DeadlineRules.from_dict(data)


@pytest.mark.parametrize(
    ("today", "left", "status"),
    [
        (date(2025, 10, 1), 8, "ok"),
        (date(2025, 10, 2), 7, "due_soon"),
        (date(2025, 10, 9), 0, "due_soon"),
        (date(2025, 10, 10), -1, "overdue"),
    ],
)
def test_days_left_and_status(today: date, left: int, status: str) -> None:
    due = date(2025, 10, 9)
    assert days_left(due, today) == left
    assert deadline_status(due, today) == status
    deadline = Deadline("司法确认申请期限", due)
    assert (deadline.days_left(today), deadline.status(today)) == (left, status)


def test_status_threshold_is_a_parameter() -> None:
    assert deadline_status(date(2025, 10, 9), date(2025, 10, 5), due_soon_days=3) == "ok"
    assert deadline_status(date(2025, 10, 9), date(2025, 10, 6), due_soon_days=3) == "due_soon"
