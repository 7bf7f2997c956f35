"""The 府院联动 rules on fixed data with known answers: appearance rates and flags, notice, scope, caps, rates."""

from __future__ import annotations

from datetime import date

import pytest

from fuyuan_desktop.domain.linkage import (
    AppearanceRules,
    HearingFact,
    appearance_rate,
    failure_of,
    litigation_rate,
    notice_short_by,
    percent,
    quarter_bounds,
    quarter_of,
    rate,
    relief_cap_fen,
    repeated_non_appearance,
    scope_warning,
)

RULES = AppearanceRules()


def fact(case: str, appearance: str, *, instance: str = "first", agency: str = "甲局", on: date = date(2026, 5, 1),
         reason: str = "", left_early: bool = False, refused: bool = False) -> HearingFact:
    return HearingFact(case, instance, agency, on, appearance, reason, left_early, refused)


def test_rate_is_blank_without_a_denominator() -> None:
    assert rate(1, 4) == 0.25
    assert rate(0, 0) is None
    assert percent(None) == "" and percent(1.0) == "100.00%" and percent(2 / 3) == "66.67%"


def test_one_appearance_per_instance_counts_once_and_staff_do_not_count() -> None:
    facts = [
        fact("A", "staff"), fact("A", "deputy"),  # A first instance: a head came at the second sitting
        fact("A", "chief", instance="second"),  # A second instance: counted separately
        fact("B", "staff", reason="official_duty"),  # B: staff only (valid reason still is not an appearance)
        fact("C", "in_charge"),
        fact("D", ""),  # not yet heard: not in the denominator
    ]
    result = appearance_rate(facts, RULES)
    assert (result.heard, result.appeared, result.chief) == (4, 3, 1)
    assert result.rate == 0.75 and result.chief_rate == 0.25


def test_failures_are_the_recommendation_triggers() -> None:
    assert failure_of(fact("A", "none"), RULES) == "负责人和工作人员均未出庭"
    assert failure_of(fact("A", "staff"), RULES) == "负责人未出庭且无正当理由"
    assert failure_of(fact("A", "staff", reason="none"), RULES) == "负责人未出庭且无正当理由"
    assert failure_of(fact("A", "staff", reason="force_majeure"), RULES) is None
    assert failure_of(fact("A", "chief", left_early=True), RULES) == "负责人未经法庭许可中途退庭"
    assert failure_of(fact("A", "deputy", refused=True), RULES) == "负责人拒绝就实质性解决争议发表意见"
    assert failure_of(fact("A", "chief"), RULES) is None
    assert failure_of(fact("A", ""), RULES) is None


def test_an_agency_is_flagged_at_two_failing_cases_within_a_year() -> None:
    today = date(2026, 11, 20)
    facts = [
        fact("A", "none", on=date(2026, 3, 1)),
        fact("A", "staff", on=date(2026, 3, 20)),  # the same case and instance: one failure, not two
        fact("B", "chief", on=date(2026, 4, 1)),
        fact("C", "staff", agency="乙局", on=date(2025, 10, 1)),  # outside the 365-day window
        fact("D", "staff", agency="乙局", on=date(2026, 6, 1)),
    ]
    assert repeated_non_appearance(facts, today, RULES) == []
    facts.append(fact("E", "chief", left_early=True, on=date(2026, 9, 1)))
    flags = repeated_non_appearance(facts, today, RULES)
    assert [(f.agency, f.failures, f.cases) for f in flags] == [("甲局", 2, ("A", "E"))]
    looser = AppearanceRules(repeat_window_days=500)
    assert {(f.agency, f.failures) for f in repeated_non_appearance(facts, today, looser)} == {("甲局", 2), ("乙局", 2)}


def test_notice_must_be_served_three_days_before() -> None:
    assert notice_short_by(date(2026, 6, 1), date(2026, 6, 4), 3) == 0
    assert notice_short_by(date(2026, 6, 2), date(2026, 6, 4), 3) == 1
    assert notice_short_by(date(2026, 6, 4), date(2026, 6, 4), 3) == 3
    assert notice_short_by(None, date(2026, 6, 4), 3) is None


def test_quarters() -> None:
    assert quarter_of(date(2026, 9, 30)) == "2026Q3" and quarter_of(date(2026, 10, 1)) == "2026Q4"
    assert quarter_bounds("2026Q3") == (date(2026, 7, 1), date(2026, 9, 30))
    assert quarter_bounds("2026q4") == (date(2026, 10, 1), date(2026, 12, 31))
    with pytest.raises(ValueError, match="季度"):
        quarter_bounds("2026Q5")


def test_article_60_scope() -> None:
    mediable = ("compensation", "indemnity", "discretion")
    assert scope_warning("indemnity", mediable) is None
    warning = scope_warning("other", mediable)
    assert warning is not None and "第六十条" in warning


def test_relief_cap_and_litigation_rate() -> None:
    assert relief_cap_fen(650000, 36) == 23400000  # 6,500 元 × 36 = 234,000 元
    assert litigation_rate(3, 1500) == 20.0
    assert litigation_rate(0, 1500) == 0.0
    assert litigation_rate(2, 0) is None
