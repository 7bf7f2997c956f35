"""Rules of the 府院联动 work: appearance rates and flags, the centre's scope and rate, relief cap, village rates."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from fuyuan_desktop.domain.case_numbers import number_search_key
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
    """分流 of a dispute at the centre (docs/domain.md §10.1)."""

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


class OralOccasion(LabelledEnum):
    """Where a judge gave an agency an oral recommendation (口头建议)."""

    HEARING = ("hearing", "庭审")
    MEETING = ("meeting", "联席会议")
    VISIT = ("visit", "走访")
    OTHER = ("other", "其他")


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
    counted_in: str = "first_hearing"  # or "last_hearing": the hearing whose date places a pair in a period

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AppearanceRules:
        repeat = data.get("repeat_flag", {})
        return cls(
            qualifying=frozenset(data.get("qualifying", cls.qualifying)),
            valid_reasons=frozenset(data.get("valid_absence_reasons", cls.valid_reasons)),
            repeat_min_failures=int(repeat.get("min_failures", cls.repeat_min_failures)),
            repeat_window_days=int(repeat.get("window_days", cls.repeat_window_days)),
            counted_in=_counted_in(str(data.get("counted_in", cls.counted_in))),
        )


def _counted_in(value: str) -> str:
    if value not in ("first_hearing", "last_hearing"):
        raise ValueError(f"linkage.json appearance.counted_in: 「{value}」应为 first_hearing 或 last_hearing")
    return value


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
    spoke: bool = False  # the head spoke on substantive resolution (S9 art 11)
    key: bool = False  # a key case: 应当通知负责人出庭 (art 4) or triaged 重大案件协调 (inferred, docs/domain.md §10.2)


def spoke_of(fact: HearingFact, rules: AppearanceRules) -> bool:
    """出庭又出声 at this hearing: a qualifying head appeared and spoke on resolving the dispute (not refusing to)."""
    return fact.appearance in rules.qualifying and fact.spoke and not fact.refused_to_explain


def failure_of(fact: HearingFact, rules: AppearanceRules) -> str | None:
    """The S9 art 12 trigger this hearing hit, in words, or None (docs/domain.md §10.2)."""
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
    spoke: int = 0  # pairs where a head appeared and spoke (出庭又出声)
    key_heard: int = 0  # key-case pairs heard
    key_chief: int = 0  # key-case pairs where the 正职 appeared

    @property
    def rate(self) -> float | None:
        return rate(self.appeared, self.heard)

    @property
    def chief_rate(self) -> float | None:
        return rate(self.chief, self.heard)

    @property
    def spoke_rate(self) -> float | None:
        """出声率: pairs where a head appeared and spoke ÷ pairs heard (the 出庭率's denominator; inferred)."""
        return rate(self.spoke, self.heard)

    @property
    def key_chief_rate(self) -> float | None:
        """重点案件正职出庭率: key-case pairs with the 正职 appearing ÷ key-case pairs heard (inferred)."""
        return rate(self.key_chief, self.key_heard)

    @classmethod
    def of(cls, pairs: Sequence[CaseInstance]) -> AppearanceRate:
        return cls(len(pairs), sum(p.appeared for p in pairs), sum(p.chief for p in pairs),
                   sum(p.spoke for p in pairs), sum(p.key for p in pairs), sum(p.key and p.chief for p in pairs))


def case_key(case_number: str) -> str:
    """The identity of a case number however it was typed: brackets, spaces and full/half width ignored."""
    return number_search_key(case_number)


_NAME_DOTS = str.maketrans({c: "·" for c in "•・．.‧∙⋅"})


def person_key(name: str) -> str:
    """The identity of a person's or organisation's name however it was typed: width (NFKC), spaces, the
    middle dot of minority names (买买提•艾力 = 买买提·艾力) and bracket styles ignored."""
    text = unicodedata.normalize("NFKC", name).translate(_NAME_DOTS)
    return "".join(text.split()).replace("(", "（").replace(")", "）")


@dataclass(frozen=True)
class CaseInstance:
    """One (case, 审级) pair: dated by the hearing that places it in a period (``counted_on``, the first by
    default), judged over its hearings up to a cut-off."""

    case_number: str
    instance: str
    agency: str
    counted_on: date
    appeared: bool
    chief: bool
    spoke: bool = False  # a head appeared and spoke at one of its hearings up to the cut-off
    key: bool = False  # one of its hearings marks it a key case


def case_instances(facts: Iterable[HearingFact], rules: AppearanceRules, *, start: date | None = None,
                   end: date | None = None) -> list[CaseInstance]:
    """The (case, 审级) pairs whose **first** recorded hearing falls in [start, end] (docs/domain.md §11.5).

    A pair counts once, in the period of its first recorded hearing (or its last one up to ``end`` when the
    reference data says ``counted_in: last_hearing``), under the agency of its first hearing; a head
    appearing at any of its hearings up to ``end`` satisfies the duty (S9 art 7). Hearings after ``end`` are
    ignored, so a notice printed later for the same period gives the same figures. Case numbers are compared
    by ``case_key``.
    """
    pairs: dict[tuple[str, str], list[HearingFact]] = {}
    for fact in facts:
        if not fact.appearance or (end is not None and fact.hearing_on > end):
            continue
        pairs.setdefault((case_key(fact.case_number), fact.instance), []).append(fact)
    out = []
    for group in pairs.values():
        group.sort(key=lambda f: f.hearing_on)
        first = group[0]
        dated = group[-1] if rules.counted_in == "last_hearing" else first
        if start is not None and dated.hearing_on < start:
            continue
        out.append(CaseInstance(
            first.case_number, first.instance, first.agency, dated.hearing_on,
            any(f.appearance in rules.qualifying for f in group),
            any(f.appearance == Appearance.CHIEF.value for f in group),
            any(spoke_of(f, rules) for f in group),
            any(f.key for f in group)))
    return sorted(out, key=lambda c: (c.counted_on, c.case_number, c.instance))


def appearance_rate(facts: Iterable[HearingFact], rules: AppearanceRules, *, start: date | None = None,
                    end: date | None = None) -> AppearanceRate:
    """One appearance per 审级 satisfies the duty (S9 art 7): count (case, instance) pairs, not hearings."""
    return AppearanceRate.of(case_instances(facts, rules, start=start, end=end))


@dataclass(frozen=True)
class AgencyFlag:
    """An agency with repeated failures to appear within the window, each a recommendation trigger."""

    agency: str
    failures: int
    cases: tuple[str, ...]
    reasons: tuple[str, ...] = field(default=())


def repeated_non_appearance(facts: Iterable[HearingFact], today: date, rules: AppearanceRules, *,
                            since: date | None = None) -> list[AgencyFlag]:
    """Agencies with at least ``repeat_min_failures`` failing (case, instance) pairs in the window, worst first.

    The window ends on ``today`` (a report's last day) and reaches back ``repeat_window_days``, or to ``since``
    when that is later (a year's white paper looks at that year only). Hearings after ``today`` never count.
    """
    since = max(today - timedelta(days=rules.repeat_window_days), since or date.min)
    facts = [f for f in facts if f.hearing_on <= today]
    # One appearance per 审级 satisfies the duty (S9 art 7): staff alone at another hearing of a pair whose head
    # did appear is no failure (inferred). Nobody at all, leaving early or refusing to speak still is.
    satisfied = {(case_key(f.case_number), f.instance) for f in facts if f.appearance in rules.qualifying}
    found: dict[str, dict[tuple[str, str], tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for fact in sorted(facts, key=lambda f: f.hearing_on):
        if not since <= fact.hearing_on:
            continue
        reason = failure_of(fact, rules)
        if (reason is not None and fact.appearance not in rules.qualifying
                and fact.appearance != Appearance.NONE.value
                and (case_key(fact.case_number), fact.instance) in satisfied):
            reason = None
        if reason is not None:
            # One agency however its name was typed (width, spaces): the first spelling names it.
            agency = names.setdefault(person_key(fact.agency), fact.agency)
            found.setdefault(agency, {}).setdefault((case_key(fact.case_number), fact.instance),
                                                    (fact.case_number, reason))
    flags = [
        AgencyFlag(agency, len(pairs), tuple(sorted({c for c, _r in pairs.values()})),
                   tuple(dict.fromkeys(r for _c, r in pairs.values())))
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


# --- 无讼村屯 达标 -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VillageCriteria:
    """What a village must meet in a year to be judged 达标 (settings ``linkage.villages.*``, all inferred)."""

    max_lawsuits: int = 0
    max_petitions: int = 0
    max_group_incidents: int = 0
    min_success_percent: int = 90


@dataclass(frozen=True)
class VillageJudgement:
    """``met`` None: the year's figures are not registered, so nothing can be judged; ``unmet`` in words."""

    met: bool | None
    unmet: tuple[str, ...] = ()


def judge_village(criteria: VillageCriteria, *, disputes: int, mediated: int, lawsuits: int | None,
                  petitions: int | None, group_incidents: int | None) -> VillageJudgement:
    """达标 for one year against the criteria: each limit on the yearly figures, and the share of the year's
    disputes mediated successfully (no requirement in a year without disputes). 刑事案件 are not held by the
    program and are not judged (docs/domain.md §10.7)."""
    if lawsuits is None or petitions is None or group_incidents is None:
        return VillageJudgement(None, ("未登记年度数据",))
    unmet = []
    if lawsuits > criteria.max_lawsuits:
        unmet.append(f"新收诉讼 {lawsuits} 件，超过 {criteria.max_lawsuits} 件")
    if petitions > criteria.max_petitions:
        unmet.append(f"信访 {petitions} 件，超过 {criteria.max_petitions} 件")
    if group_incidents > criteria.max_group_incidents:
        unmet.append(f"群体性事件 {group_incidents} 件，超过 {criteria.max_group_incidents} 件")
    if disputes and mediated * 100 < criteria.min_success_percent * disputes:
        unmet.append(f"调解成功率 {percent(rate(mediated, disputes))}，低于 {criteria.min_success_percent}%")
    return VillageJudgement(not unmet, tuple(unmet))
