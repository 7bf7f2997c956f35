"""日程 page: a month calendar with the days that have sittings marked, and the sittings of a day or week."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTreeWidgetItem, QWidget

from fuyuan_desktop.domain.enums import DisputeCategory, SessionStatus
from fuyuan_desktop.services.agenda import AgendaSession, session_days, sessions_between
from fuyuan_desktop.services.changes import CASE, PARTY, SESSION
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.changes import ChangeWatch, Stale
from fuyuan_desktop.ui.enum_labels import enum_text
from fuyuan_desktop.ui.forms.ui_calendar_page import Ui_CalendarPage
from fuyuan_desktop.ui.pages.dashboard import qdate, session_time
from fuyuan_desktop.ui.tasks import run_quietly

log = logging.getLogger("fuyuan.ui")

CASE_ID = Qt.ItemDataRole.UserRole
MARK_BACKGROUND = QColor("#f6dada")
MARK_FOREGROUND = QColor("#7a1f1f")
CANCELLED = QColor("#8a8a8a")
COLUMN_WIDTHS = (64, 210, 200, 170, 220)
TIME_WIDTH = {"day": 64, "week": 132}


def month_span(year: int, month: int) -> tuple[date, date]:
    """The days a month's page of the calendar shows: from a week before the 1st to two weeks after its end."""
    first = date(year, month, 1)
    return first - timedelta(days=7), (first + timedelta(days=32)).replace(day=1) + timedelta(days=14)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CalendarPage(QWidget):
    """Pick a day (or its week) on the calendar; Enter or double-click on a sitting opens its case."""

    open_case = Signal(str)
    refreshed = Signal()  # a background reading after a change is on screen

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        calendar = self.ui.calendar
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calendar.setSelectedDate(qdate(ctx.today()))
        tree = self.ui.session_list
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        tree.header().setStretchLastSection(True)
        tree.itemActivated.connect(self._activated)
        calendar.selectionChanged.connect(self.show_selection)
        calendar.currentPageChanged.connect(self.mark_month)
        self.ui.day_radio.toggled.connect(self.show_selection)
        self.ui.today_button.clicked.connect(self.go_to_today)
        self._generation = 0
        self._reading = False
        # A sitting scheduled, held or cancelled elsewhere (or a case's number or parties changing) is read again
        # off the GUI thread when this page is visible, or when it is next shown.
        self.watch = ChangeWatch(self, ctx, (SESSION, CASE, PARTY), self._changed)
        self.refresh()

    def refresh(self) -> None:
        """Read the month's marks and the selected day's sittings again (what choosing a day does, at once)."""
        self.watch.fresh()
        self._generation += 1
        self.mark_month(self.ui.calendar.yearShown(), self.ui.calendar.monthShown())
        self.show_selection()

    def loading(self) -> bool:
        return self._reading

    def _changed(self, stale: Stale) -> None:
        """Read again, in the background, what the changes touch: the marks only when sittings moved."""
        self.watch.fresh()
        self._generation += 1
        generation = self._generation
        year, month = self.ui.calendar.yearShown(), self.ui.calendar.monthShown()
        marks = stale.touches(SESSION)
        start, end = self.selected_range()
        ctx = self.ctx

        def read() -> tuple[dict[date, int] | None, list[AgendaSession]]:
            counts = session_days(ctx, *month_span(year, month)) if marks else None
            return counts, sessions_between(ctx, start, end)

        def show(result: tuple[dict[date, int] | None, list[AgendaSession]]) -> None:
            self._reading = False
            if generation != self._generation:
                return  # the user moved on (or a newer change is being read): that reading wins
            counts, sessions = result
            if counts is not None:
                self._paint_marks(year, month, counts)
            self._fill_sessions(start, end, sessions)
            self.refreshed.emit()

        def failed(exc: BaseException, _details: str) -> None:
            self._reading = False
            log.error("calendar not read: %s", type(exc).__name__)

        self._reading = True
        run_quietly(read, owner=self, on_done=show, on_error=failed)

    def go_to_today(self) -> None:
        today = qdate(self.ctx.today())
        self.ui.calendar.setSelectedDate(today)
        self.ui.calendar.setCurrentPage(today.year(), today.month())

    def mark_month(self, year: int, month: int) -> None:
        """Bold, tinted dates where sittings are planned or held (the visible six weeks, not just the month)."""
        self._generation += 1  # a background reading of another month must not paint over this one
        self._paint_marks(year, month, session_days(self.ctx, *month_span(year, month)))

    def _paint_marks(self, year: int, month: int, counts: dict[date, int]) -> None:
        calendar = self.ui.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every mark
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(MARK_BACKGROUND))
        marked.setForeground(QBrush(MARK_FOREGROUND))
        for day in counts:
            calendar.setDateTextFormat(qdate(day), marked)
        in_month = {d: n for d, n in counts.items() if d.year == year and d.month == month}
        self.ui.month_label.setText(
            self.tr("{year}年{month}月：{days} 天有调解，共 {sessions} 场（不含已取消）").format(
                year=year, month=month, days=len(in_month), sessions=sum(in_month.values())))

    def marked_days(self) -> list[date]:
        """The dates currently marked on the calendar (for tests and the screen reader hint)."""
        return sorted(pydate(d) for d in self.ui.calendar.dateTextFormat())

    def selected_range(self) -> tuple[date, date]:
        day = pydate(self.ui.calendar.selectedDate())
        if self.ui.week_radio.isChecked():
            start = day - timedelta(days=day.weekday())
            return start, start + timedelta(days=7)
        return day, day + timedelta(days=1)

    def show_selection(self) -> None:
        self._generation += 1
        start, end = self.selected_range()
        self._fill_sessions(start, end, sessions_between(self.ctx, start, end))

    def _fill_sessions(self, start: date, end: date, sessions: list[AgendaSession]) -> None:
        locale = QLocale()
        if end - start == timedelta(days=1):
            heading = self.tr("{day}的调解安排").format(
                day=locale.toString(qdate(start), QLocale.FormatType.LongFormat))
            with_day = False
            self.ui.session_list.setColumnWidth(0, TIME_WIDTH["day"])
        else:
            day_format = self.tr("M月d日", "date format of a week's first and last day")
            heading = self.tr("{first}至{last}的调解安排").format(
                first=locale.toString(qdate(start), day_format),
                last=locale.toString(qdate(end - timedelta(days=1)), day_format))
            with_day = True
            self.ui.session_list.setColumnWidth(0, TIME_WIDTH["week"])
        self.ui.heading_label.setText(heading + self.tr("（%n 场）", "", len(sessions)))
        tree = self.ui.session_list
        tree.clear()
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        items = []
        for s in sessions:
            item = QTreeWidgetItem([session_time(locale, s.starts_at, with_day=with_day), s.number, s.parties,
                                    enum_text(DisputeCategory, s.category), s.place,
                                    enum_text(SessionStatus, s.status)])
            item.setData(0, CASE_ID, s.dispute_id)
            item.setToolTip(2, s.parties)
            item.setToolTip(4, s.place)
            if s.status_code == SessionStatus.CANCELLED.value:
                for column in range(tree.columnCount()):
                    item.setForeground(column, QBrush(CANCELLED))
            items.append(item)
        tree.addTopLevelItems(items)
        if not sessions:
            item = QTreeWidgetItem([self.tr("没有调解安排")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID)
        if case_id:
            self.open_case.emit(str(case_id))
