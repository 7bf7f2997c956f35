"""Rules of the 府院联动 work: appearance rates and flags, the centre's scope and rate, relief cap, village rates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fuyuan_desktop.domain.enums import LabelledEnum


class Appearance(LabelledEnum):
    """Who appeared for the defendant agency (S9 art 2: 正职、副职、分管负责人 count; staff alone do not)."""

    CHIEF = ("chief", "正职负责人")
    DEPUTY = ("deputy", "副职负责人")
    IN_CHARGE = ("in_charge", "分管负责人")
    STAFF = ("staff", "仅工作人员")
    NONE = ("none", "无人出庭")


class AbsenceReason(LabelledEnum):
    """未出庭理由 (S9 art 8)."""

    FORCE_MAJEURE = ("force_majeure", "不可抗力")
    ACCIDENT = ("accident", "意外事件")
    OFFICIAL_DUTY = ("official_duty", "需要履行他人不能代替的公务")
    OTHER_LEGITIMATE = ("other_legitimate", "其他正当事由")
    NONE = ("none", "无正当理由")


class Instance(LabelledEnum):
    """审级."""

    FIRST = ("first", "一审")
    SECOND = ("second", "二审")
    RETRIAL = ("retrial", "再审")


class Triage(LabelledEnum):
    """分流 of a dispute at the centre (DOMAIN.md §4.3 step 2)."""

    MEDIATE = ("mediate", "中心协调化解")
    MAJOR = ("major", "重大案件协调")
    RECONSIDERATION = ("reconsideration", "引导申请行政复议")
    DOCKET = ("docket", "登记立案")
    PETITION = ("petition", "转信访渠道")
    INADMISSIBLE = ("inadmissible", "不予受理")


class ProcedureState(LabelledEnum):
    """程序状态 of an administrative dispute at intake."""

    NOT_FILED = ("not_filed", "尚未起诉或申请复议")
    RECONSIDERATION = ("reconsideration", "行政复议中")
    LITIGATION = ("litigation", "行政诉讼中")


class ContentType(LabelledEnum):
    """What the mediation would be about; 行政诉讼法 art 60 allows 赔偿、补偿、裁量 only."""

    COMPENSATION = ("compensation", "行政赔偿")
    INDEMNITY = ("indemnity", "行政补偿")
    DISCRETION = ("discretion", "自由裁量权")
    OTHER = ("other", "其他")


class IntakeSource(LabelledEnum):
    """收案来源 of the centre."""

    WALK_IN = ("walk_in", "当事人申请")
    COURT_REFERRAL = ("court_referral", "法院移送")
    RECONSIDERATION = ("reconsideration", "复议机关移送")
    PETITION = ("petition", "信访转办")


class RiskLevel(LabelledEnum):
    """社会稳定风险等级 (发改投资〔2012〕2492号 art 4)."""

    HIGH = ("high", "高风险")
    MEDIUM = ("medium", "中风险")
    LOW = ("low", "低风险")


class VillageStatus(LabelledEnum):
    """无讼村屯 status."""

    CREATING = ("creating", "创建中")
    ACHIEVED = ("achieved", "已达标")
    REVOKED = ("revoked", "已撤销")


class ReliefStatus(LabelledEnum):
    """司法救助 steps."""

    APPLIED = ("applied", "已申请")
    REVIEWING = ("reviewing", "审查中")
    GRANTED = ("granted", "决定救助")
    REJECTED = ("rejected", "不予救助")
    PAID = ("paid", "已发放")


class Adoption(LabelledEnum):
    """采纳情况 of a recommendation."""

    ADOPTED = ("adopted", "采纳")
    PARTLY = ("partly", "部分采纳")
    NOT_ADOPTED = ("not_adopted", "未采纳")


def rate(numerator: int, denominator: int) -> float | None:
    """A share in [0, 1], or None when there is nothing to divide by (shown as a blank, never 0 %)."""
    return numerator / denominator if denominator else None


def percent(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{100 * value:.{digits}f}%"


# --- agency heads in court --------------------------------------------------------------------------


@dataclass(frozen=True)
class AppearanceRules:
    qualifying: frozenset[str] = frozenset({"chief", "deputy", "in_charge"})
    valid_reasons: frozenset[str] = frozenset({"force_majeure", "accident", "official_duty", "other_legitimate"})
    repeat_min_failures: int = 2
    repeat_window_days: int = 365

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AppearanceRules:
        repeat = data.get("repeat_flag", {})
        return cls(
            qualifying=frozenset(data.get("qualifying", cls.qualifying)),
            valid_reasons=frozenset(data.get("valid_absence_reasons", cls.valid_reasons)),
            repeat_min_failures=int(repeat.get("min_failures", cls.repeat_min_failures)),
            repeat_window_days=int(repeat.get("window_days", cls.repeat_window_days)),
        )


@dataclass(frozen=True)
class HearingFact:
    """What the rates need of one hearing; ``appearance`` empty means not yet recorded."""

    case_number: str
    instance: str
    agency: str
    hearing_on: date
    appearance: str
    absence_reason: str = ""
    left_early: bool = False
    refused_to_explain: bool = False


def failure_of(fact: HearingFact, rules: AppearanceRules) -> str | None:
    """The S9 art 12 trigger this hearing hit, in words, or None (DOMAIN.md §1.9)."""
    if not fact.appearance:
        return None
    if fact.appearance == Appearance.NONE.value:
        return "负责人和工作人员均未出庭"
    if fact.appearance in rules.qualifying:
        if fact.left_early:
            return "负责人未经法庭许可中途退庭"
        if fact.refused_to_explain:
            return "负责人拒绝就实质性解决争议发表意见"
        return None
    if fact.absence_reason not in rules.valid_reasons:
        return "负责人未出庭且无正当理由"
    return None


@dataclass(frozen=True)
class AppearanceRate:
    """出庭率 over cases heard per 审级: ``heard`` the denominator, ``appeared`` / ``chief`` the numerators."""

    heard: int
    appeared: int
    chief: int

    @property
    def rate(self) -> float | None:
        return rate(self.appeared, self.heard)

    @property
    def chief_rate(self) -> float | None:
        return rate(self.chief, self.heard)


def appearance_rate(facts: Iterable[HearingFact], rules: AppearanceRules) -> AppearanceRate:
    """One appearance per 审级 satisfies the duty (S9 art 7): count (case, instance) pairs, not hearings."""
    heard: set[tuple[str, str]] = set()
    appeared: set[tuple[str, str]] = set()
    chief: set[tuple[str, str]] = set()
    for fact in facts:
        if not fact.appearance:
            continue
        key = (fact.case_number, fact.instance)
        heard.add(key)
        if fact.appearance in rules.qualifying:
            appeared.add(key)
        if fact.appearance == Appearance.CHIEF.value:
            chief.add(key)
    return AppearanceRate(len(heard), len(appeared), len(chief))


@dataclass(frozen=True)
class AgencyFlag:
    """An agency with repeated failures to appear within the window, each a recommendation trigger."""

    agency: str
    failures: int
    cases: tuple[str, ...]
    reasons: tuple[str, ...] = field(default=())


def repeated_non_appearance(facts: Iterable[HearingFact], today: date, rules: AppearanceRules) -> list[AgencyFlag]:
    """Agencies with at least ``repeat_min_failures`` failing (case, instance) pairs in the window, worst first."""
    since = today - timedelta(days=rules.repeat_window_days)
    found: dict[str, dict[tuple[str, str], str]] = {}
    for fact in facts:
        if not since <= fact.hearing_on <= today:
            continue
        reason = failure_of(fact, rules)
        if reason is not None:
            found.setdefault(fact.agency, {}).setdefault((fact.case_number, fact.instance), reason)
    flags = [
        AgencyFlag(agency, len(pairs), tuple(sorted({c for c, _i in pairs})), tuple(dict.fromkeys(pairs.values())))
        for agency, pairs in found.items()
        if len(pairs) >= rules.repeat_min_failures
    ]
    return sorted(flags, key=lambda f: (-f.failures, f.agency))


def notice_short_by(served_on: date | None, hearing_on: date, notice_days: int) -> int | None:
    """Days the 出庭通知书 came too late (served < ``notice_days`` before the hearing), 0 if in time, None if unknown."""
    if served_on is None:
        return None
    return max(0, notice_days - (hearing_on - served_on).days)


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(text: str) -> tuple[date, date]:
    """``2026Q3`` → (2026-07-01, 2026-09-30)."""
    try:
        year, q = text.upper().split("Q")
        n = int(q)
        if not 1 <= n <= 4:
            raise ValueError
        start = date(int(year), 3 * n - 2, 1)
    except ValueError:
        raise ValueError(f"「{text}」不是季度，应为如 2026Q3") from None
    end = date(start.year + 1, 1, 1) if n == 4 else date(start.year, 3 * n + 1, 1)
    return start, end - timedelta(days=1)


# --- the administrative dispute centre ------------------------------------------------------------------


def scope_warning(content_type: str, mediable: Sequence[str]) -> str | None:
    """行政诉讼法 art 60: mediation only on compensation, indemnity or discretion; otherwise a warning."""
    if content_type in mediable:
        return None
    return "调解内容不属于行政赔偿、补偿或者行政机关行使法律法规规定的自由裁量权的范围（行政诉讼法第六十条），请审慎分流"


# --- relief and villages --------------------------------------------------------------------------------


def relief_cap_fen(average_monthly_wage_fen: int, cap_months: int) -> int:
    """The most one case may receive: ``cap_months`` of the previous year's average monthly wage."""
    return average_monthly_wage_fen * cap_months


def litigation_rate(lawsuits: int, population: int, per: int = 10000) -> float | None:
    """万人成讼率: lawsuits per ``per`` inhabitants (None without a population)."""
    return lawsuits * per / population if population > 0 else None
