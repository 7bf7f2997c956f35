"""日程 page: a month calendar with the days that have sittings marked, and the sittings of a day or week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTreeWidgetItem, QWidget

from fuyuan_desktop.domain.enums import SessionStatus
from fuyuan_desktop.services.agenda import session_days, sessions_between
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.ui.forms.ui_calendar_page import Ui_CalendarPage
from fuyuan_desktop.ui.pages.dashboard import qdate, session_time

CASE_ID = Qt.ItemDataRole.UserRole
MARK_BACKGROUND = QColor("#f6dada")
MARK_FOREGROUND = QColor("#7a1f1f")
CANCELLED = QColor("#8a8a8a")
COLUMN_WIDTHS = (64, 210, 200, 170, 220)
TIME_WIDTH = {"day": 64, "week": 132}


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class CalendarPage(QWidget):
    """Pick a day (or its week) on the calendar; Enter or double-click on a sitting opens its case."""

    open_case = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
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
        self._shown_once = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def refresh(self) -> None:
        self.mark_month(self.ui.calendar.yearShown(), self.ui.calendar.monthShown())
        self.show_selection()

    def go_to_today(self) -> None:
        today = qdate(self.ctx.today())
        self.ui.calendar.setSelectedDate(today)
        self.ui.calendar.setCurrentPage(today.year(), today.month())

    def mark_month(self, year: int, month: int) -> None:
        """Bold, tinted dates where sittings are planned or held (the visible six weeks, not just the month)."""
        calendar = self.ui.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears every mark
        first = date(year, month, 1)
        start = first - timedelta(days=7)
        end = (first + timedelta(days=32)).replace(day=1) + timedelta(days=14)
        counts = session_days(self.ctx, start, end)
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
        start, end = self.selected_range()
        sessions = sessions_between(self.ctx, start, end)
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
                                    s.category, s.place, s.status])
            item.setData(0, CASE_ID, s.dispute_id)
            item.setToolTip(2, s.parties)
            item.setToolTip(4, s.place)
            if s.status == SessionStatus.CANCELLED.label:
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
