"""Court time: deadlines, dates on papers and times shown to users run on China Standard Time, not the laptop's zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

COURT_TZ = ZoneInfo("Asia/Shanghai")


def court_today() -> date:
    """Today in China Standard Time."""
    return datetime.now(COURT_TZ).date()


# Every time shown or printed is court time, and each output says so once (a column header, a heading, a line).
ZONE_NAME = "北京时间"


def court_moment(value: object) -> datetime | None:
    """A stored moment in court time: an aware or naive-UTC ``datetime``, ISO text (``Z`` or an offset; none means
    UTC, as the store keeps it) or a hybrid-clock stamp (``<unix ms>-<counter>-<node>``); ``None`` when empty."""
    import re
    from datetime import UTC

    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        stamp = re.fullmatch(r"(\d{13})-\d+-.*", text)
        if stamp:
            return datetime.fromtimestamp(int(stamp.group(1)) / 1000, UTC).astimezone(COURT_TZ)
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(COURT_TZ)


def court_clock(value: object, *, seconds: bool = False, empty: str = "") -> str:
    """``value`` (see ``court_moment``) as court time, ``YYYY-MM-DD HH:MM`` (``:SS`` with ``seconds``); ``empty``
    for none, and unreadable text as it was."""
    moment = court_moment(value)
    if moment is None:
        return empty if value is None or value == "" else str(value)
    return f"{moment:%Y-%m-%d %H:%M:%S}" if seconds else f"{moment:%Y-%m-%d %H:%M}"
