"""Python dates to Qt dates without relying on binding overloads that differ between PySide6 versions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """A naive or aware datetime as a local QDateTime with the same wall-clock reading."""
    return QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
