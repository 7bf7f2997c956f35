"""The PRC working-day calendar that deadlines roll forward on (statutory holidays and 调休 days).

Sources, in order of precedence:
1. overrides from reference data (``reference/holiday_overrides.json``, carried down by sync);
2. the official arrangements a court imported (the State Council publishes each year's only weeks before
   it starts): the ``officialcalendar`` table, one year at a time, passed in as ``official_years``;
3. ``chinese_calendar``, which ships the official holidays and make-up workdays for 2004–2026;
4. for other years, a presumption: weekends plus the public holidays the ``holidays`` package
   predicts for China.
   It knows no make-up workdays, so it can call a 调休 Saturday a rest day. ``is_official(year)`` says
   whether a year rests on published data; a deadline in a year that does not is marked 推定.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import chinese_calendar
from holidays import country_holidays


class HolidayCalendar:
    """Answers "is this a working day?" for the courts' deadline arithmetic."""

    def __init__(self, overrides: Mapping[date, bool] | None = None,
                 official_years: Mapping[int, Sequence[OfficialDay]] | None = None) -> None:
        self._overrides = dict(overrides or {})
        self._official_days = {year: sorted(days, key=lambda d: d.day) for year, days in (official_years or {}).items()}
        self._official = {year: {d.day: d.workday for d in days} for year, days in self._official_days.items()}
        # One instance expands lazily by year; building one per query costs milliseconds.
        self._presumed_holidays = country_holidays("CN")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any],
                  official_years: Mapping[int, Sequence[OfficialDay]] | None = None) -> HolidayCalendar:
        """Build from ``holiday_overrides.json``: ``{"overrides": [{"date": "2027-01-01", "workday": false}]}``."""
        return cls(overrides_from_list(data.get("overrides", [])), official_years)

    def is_workday(self, day: date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        year = self._official.get(day.year)
        if year is not None:
            return year.get(day, day.weekday() < 5)
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            return day.weekday() < 5 and day not in self._presumed_holidays

    def is_official(self, when: date | int) -> bool:
        """Whether a year (or the year of a date) rests on published data rather than the presumption: imported,
        or shipped with ``chinese_calendar``. A single overridden date counts as official too."""
        if isinstance(when, date) and when in self._overrides:
            return True
        year = when if isinstance(when, int) else when.year
        return year in self._official or shipped_year(year)

    def imported_years(self) -> tuple[int, ...]:
        return tuple(sorted(self._official))

    def presumed(self, due: date, since: date | None = None) -> bool:
        """Whether a deadline ``due`` (counted from ``since``) rests on a presumed year: it is then marked 推定."""
        first = since.year if since is not None and since <= due else due.year
        return not all(self.is_official(year) for year in range(first, due.year + 1))

    def mark(self, due: date, since: date | None = None) -> str:
        """``due`` as text, with 「（推定）」 when it rests on a presumed year."""
        return f"{due.isoformat()}{PRESUMED_SUFFIX}" if self.presumed(due, since) else due.isoformat()

    def year_days(self, year: int) -> list[OfficialDay]:
        """The days of ``year`` that differ from an ordinary week, from the best source there is."""
        if year in self._official:
            return list(self._official_days[year])
        if shipped_year(year):
            days = [OfficialDay(d, False, _HOLIDAY_NAMES.get(str(n), str(n)))
                    for d, n in chinese_calendar.holidays.items() if d.year == year]
            days += [OfficialDay(d, True, _HOLIDAY_NAMES.get(str(n), str(n)) + "调休")
                     for d, n in chinese_calendar.workdays.items() if d.year == year]
            return sorted(days, key=lambda d: d.day)
        names = country_holidays("CN", years=year, language="zh_CN")
        return [OfficialDay(d, False, str(names.get(d) or n))
                for d, n in sorted(country_holidays("CN", years=year).items())]

    def next_workday_on_or_after(self, day: date) -> date:
        # A year has no run of more than ~10 rest days; the bound only guards corrupt overrides.
        for offset in range(366):
            candidate = day + timedelta(days=offset)
            if self.is_workday(candidate):
                return candidate
        raise ValueError(f"no working day within a year after {day}; check the holiday overrides")


PRESUMED = "推定"
PRESUMED_SUFFIX = f"（{PRESUMED}）"
REST, WORK = "休", "班"
_KIND_WORDS = {"休": False, "rest": False, "holiday": False, "班": True, "work": True, "workday": True}
_HOLIDAY_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
                  "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
                  "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日"}


@dataclass(frozen=True)
class OfficialDay:
    """A day of an official arrangement that differs from an ordinary week: a rest day (休) or a make-up
    working day (班, a 调休 weekend day)."""

    day: date
    workday: bool
    name: str = ""

    @property
    def kind(self) -> str:
        return WORK if self.workday else REST


def shipped_year(year: int) -> bool:
    """Whether ``chinese_calendar`` (shipped with the program) has the official arrangement of ``year``."""
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


class ScheduleError(ValueError):
    """One bad cell of an imported schedule: ``row`` (1-based, the header is row 1 of a table) and ``column``."""

    def __init__(self, row: int, column: str, reason: str) -> None:
        self.row, self.column, self.reason = row, column, reason
        super().__init__(f"第 {row} 行「{column}」列：{reason}")


def parse_schedule(rows: Iterable[tuple[int, Mapping[str, str]]]) -> tuple[dict[int, list[OfficialDay]],
                                                                          list[ScheduleError]]:
    """Read the rows of a schedule (``date``, ``kind`` 休/班, ``name``) into days by year, with every problem.

    A make-up working day (班) must fall on a weekend; a date may appear once; each year needs a rest day.
    """
    years: dict[int, list[OfficialDay]] = {}
    errors: list[ScheduleError] = []
    seen: dict[date, int] = {}
    for number, cells in rows:
        text, kind_text, name = (cells.get(k, "").strip() for k in ("date", "kind", "name"))
        try:
            day = date.fromisoformat(text)
        except ValueError:
            errors.append(ScheduleError(number, "日期", f"「{text}」不是日期（YYYY-MM-DD）" if text else "不能为空"))
            day = None
        workday = _KIND_WORDS.get(kind_text)
        if workday is None:
            errors.append(ScheduleError(number, "类型", f"「{kind_text}」应为 休 或 班" if kind_text else "不能为空（休 或 班）"))
        if len(name) > 20:
            errors.append(ScheduleError(number, "名称", f"不能超过 20 个字，现为 {len(name)} 个字"))
        if day is None or workday is None:
            continue
        if day in seen:
            errors.append(ScheduleError(number, "日期", f"{day} 与第 {seen[day]} 行重复"))
            continue
        if workday and day.weekday() < 5:
            errors.append(ScheduleError(number, "类型", f"{day} 是工作日，不必列为调休上班（班）"))
            continue
        seen[day] = number
        years.setdefault(day.year, []).append(OfficialDay(day, workday, name))
    for year, days in years.items():
        if not any(not d.workday for d in days):
            errors.append(ScheduleError(min(seen[d.day] for d in days), "类型", f"{year} 年没有一天放假（休）"))
    return {y: sorted(d, key=lambda o: o.day) for y, d in years.items()}, errors


def days_to_json(days: Sequence[OfficialDay]) -> str:
    return json.dumps([{"date": d.day.isoformat(), "kind": d.kind, "name": d.name} for d in days],
                      ensure_ascii=False)


def days_from_json(text: str) -> list[OfficialDay]:
    return [OfficialDay(date.fromisoformat(i["date"]), i["kind"] == WORK, str(i.get("name", "")))
            for i in json.loads(text or "[]")]


def overrides_from_list(items: Iterable[Mapping[str, Any]]) -> dict[date, bool]:
    """Parse ``[{"date": "2027-01-01", "workday": false}, ...]``; raise ``ValueError`` on bad rows."""
    result: dict[date, bool] = {}
    for item in items:
        workday = item.get("workday")
        if not isinstance(workday, bool):
            raise ValueError(f"holiday override needs a boolean 'workday': {item!r}")
        result[date.fromisoformat(str(item["date"]))] = workday
    return result
