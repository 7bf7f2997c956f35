"""The PRC working-day calendar that deadlines roll forward on (statutory holidays and 调休 days).

Sources, in order of precedence:
1. overrides from reference data (``reference/holiday_overrides.json``, carried down by sync),
   because the State Council publishes each year's arrangement only weeks before it starts;
2. ``chinese_calendar``, which knows official holidays and make-up workdays for 2004–2026;
3. for other years, a presumption: weekends plus the public holidays the ``holidays`` package
   predicts for China.
   It knows no make-up workdays, so it can call a 调休 Saturday a rest day. Callers can ask
   ``is_official`` to tell the user a date rests on that presumption.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

import chinese_calendar
from holidays import country_holidays


class HolidayCalendar:
    """Answers "is this a working day?" for the courts' deadline arithmetic."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides = dict(overrides or {})
        # One instance expands lazily by year; building one per query costs milliseconds.
        self._presumed_holidays = country_holidays("CN")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HolidayCalendar:
        """Build from ``holiday_overrides.json``: ``{"overrides": [{"date": "2027-01-01", "workday": false}]}``."""
        return cls(overrides_from_list(data.get("overrides", [])))

    def is_workday(self, day: date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            return day.weekday() < 5 and day not in self._presumed_holidays

    def is_official(self, day: date) -> bool:
        """True when ``is_workday(day)`` rests on published data rather than the presumption."""
        if day in self._overrides:
            return True
        try:
            chinese_calendar.is_workday(day)
        except NotImplementedError:
            return False
        return True

    def next_workday_on_or_after(self, day: date) -> date:
        # A year has no run of more than ~10 rest days; the bound only guards corrupt overrides.
        for offset in range(366):
            candidate = day + timedelta(days=offset)
            if self.is_workday(candidate):
                return candidate
        raise ValueError(f"no working day within a year after {day}; check the holiday overrides")


def overrides_from_list(items: Iterable[Mapping[str, Any]]) -> dict[date, bool]:
    """Parse ``[{"date": "2027-01-01", "workday": false}, ...]``; raise ``ValueError`` on bad rows."""
    result: dict[date, bool] = {}
    for item in items:
        workday = item.get("workday")
        if not isinstance(workday, bool):
            raise ValueError(f"holiday override needs a boolean 'workday': {item!r}")
        result[date.fromisoformat(str(item["date"]))] = workday
    return result
