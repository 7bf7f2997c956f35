"""Dates as users type them: ``YYYY-MM-DD`` only, within the years a case can have (no ISO week dates, no year 1)."""

from __future__ import annotations

import re
from datetime import date

from fuyuan_desktop.domain.errors import ValidationError

_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
FIRST_YEAR = 1900
LAST_YEAR = 2100


def parse_date(text: object, field: str) -> date:
    """``2026-11-20`` → a date; anything else (``2026-W01-1``, ``20261120``, ``0001-01-01``) is refused naming ``field``."""
    raw = str(text).strip()
    if not _ISO_DAY.match(raw):
        raise ValidationError(field, f"日期「{raw[:40]}」无效，应为 YYYY-MM-DD")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(field, f"日期「{raw}」不存在") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(field, f"日期「{raw}」的年份应在 {FIRST_YEAR}–{LAST_YEAR} 之间")
    return day
