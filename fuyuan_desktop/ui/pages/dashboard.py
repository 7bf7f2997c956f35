"""工作台 page: today's sittings, deadlines coming due or overdue, and warnings; every row opens its case."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from fuyuan_desktop.domain.enums import DisputeCategory, SessionStatus
from fuyuan_desktop.services.agenda import (
    MEDIATION_DEADLINE,
    AgendaSession,
    Deadline,
    Deadlines,
    open_deadlines,
    overdue_count,
    sessions_between,
    sessions_on,
)
from fuyuan_desktop.services.changes import CASE, LINKAGE, PARTY, REFERENCE, SESSION
from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.linkage.warnings import LinkageWarning, linkage_warnings
from fuyuan_desktop.services.setup import device_info
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.changes import ChangeWatch, Stale
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import enum_text
from fuyuan_desktop.ui.forms.ui_dashboard_page import Ui_DashboardPage
from fuyuan_desktop.ui.tasks import run_quietly

CASE_ID = Qt.ItemDataRole.UserRole
CLUSTER = Qt.ItemDataRole.UserRole + 1
DEADLINE_DAYS = 7
UPCOMING_DAYS = 7
OVERDUE_RED = QColor("#b42318")
SOON_AMBER = QColor("#9a6700")
MUTED = QColor("#6b6b6b")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def session_time(locale: QLocale, moment: datetime, *, with_day: bool) -> str:
    """A sitting's start on the court's wall clock (Asia/Shanghai, not the laptop's zone): "09:30" or
    "11-23 周一 09:30" (cheaper than building QDateTimes for hundreds of rows)."""
    if not with_day:
        return f"{moment:%H:%M}"
    return f"{moment:%m-%d} {locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)} {moment:%H:%M}"


# The parts of the page, each read on its own: a change to one sitting need not recount the warnings.
HEADER, SESSIONS, DEADLINES, WARNINGS = "header", "sessions", "deadlines", "warnings"
PARTS = frozenset({HEADER, SESSIONS, DEADLINES, WARNINGS})
# Which parts show which kinds of change (a party's name is on every row; a case's state decides its deadline).
PARTS_OF_KIND = {
    CASE: {SESSIONS, DEADLINES, WARNINGS}, PARTY: {SESSIONS, DEADLINES}, SESSION: {SESSIONS},
    LINKAGE: {WARNINGS}, REFERENCE: {HEADER, WARNINGS},
}


@dataclass(frozen=True)
class Agenda:
    """What the page shows, read off the GUI thread; a part not read this time is ``None``."""

    today: date
    tribunal: str | None = None
    todays: list[AgendaSession] | None = None
    upcoming: list[AgendaSession] | None = None
    deadlines: Deadlines | None = None
    overdue: int | None = None
    warnings: list[LinkageWarning] | None = None


def read_agenda(ctx: Workspace, parts: Iterable[str] = PARTS) -> Agenda:
    today = ctx.today()
    wanted = set(parts)
    agenda = Agenda(today=today)
    if HEADER in wanted:
        agenda = replace(agenda, tribunal=device_info(ctx).tribunal)
    if SESSIONS in wanted:
        agenda = replace(
            agenda,
            todays=sessions_on(ctx, today),
            upcoming=sessions_between(ctx, date.fromordinal(today.toordinal() + 1),
                                      date.fromordinal(today.toordinal() + 1 + UPCOMING_DAYS)),
        )
    if DEADLINES in wanted:
        agenda = replace(agenda, deadlines=open_deadlines(ctx, DEADLINE_DAYS), overdue=overdue_count(ctx))
    if WARNINGS in wanted:
        agenda = replace(agenda, warnings=linkage_warnings(ctx))
    return agenda


def parts_to_read(stale: Stale) -> set[str]:
    """The parts a change touches: all of them for a wholesale change."""
    if stale.everything:
        return set(PARTS)
    parts: set[str] = set()
    for notice in stale.notices:
        for change in notice.changes:
            parts |= PARTS_OF_KIND.get(change.kind, set())
    return parts


class DashboardPage(QWidget):
    """Four panels over the agenda services; Enter or double-click on a row opens that case.

    The agenda is read on a worker (at 100,000 cases it takes longer than the GUI thread may stall);
    ``refreshed`` fires when the panels show the new figures.
    """

    refreshed = Signal()
    open_case = Signal(str)
    show_overdue = Signal()
    show_cluster = Signal(str, str)  # the cluster's key (a 案由 reference, or an old category's value), place name

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.deadline_box.setTitle(self.tr("期限提醒（{days} 日内到期及已超期）").format(days=DEADLINE_DAYS))
        upcoming = self.tr("近 {days} 日调解安排").format(days=UPCOMING_DAYS)
        self.ui.upcoming_box.setTitle(upcoming)
        self.ui.upcoming_list.setAccessibleName(upcoming)
        # Short columns take what their text needs; names and places share the rest of a panel's width.
        for tree, stretch in (
            (self.ui.today_list, {2, 3}),
            (self.ui.upcoming_list, {2, 3}),
            (self.ui.deadline_list, {4}),
            (self.ui.cluster_list, {1}),
        ):
            header = tree.header()
            header.setStretchLastSection(False)
            for column in range(tree.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                            else QHeaderView.ResizeMode.ResizeToContents)
            tree.itemActivated.connect(self._activated)
        self.ui.refresh_button.clicked.connect(lambda: self.refresh())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(lambda: self.refresh())
        self.ui.overdue_button.clicked.connect(self.show_overdue.emit)
        self.ui.cluster_list.currentItemChanged.connect(self._cluster_selected)
        self.ui.draft_button.clicked.connect(self.ask_recipient)
        self.ui.draft_note.setVisible(False)
        self.recipient_dialog: QInputDialog | None = None
        self._generation = 0
        self._reading: set[str] = set()
        self.agenda: Agenda | None = None  # the figures on screen (the summary line adds up all parts)
        # Built at start-up and read then; afterwards the parts a change touches are read again, off the GUI thread.
        self.watch = ChangeWatch(self, ctx, PARTS_OF_KIND, lambda stale: self.refresh(parts_to_read(stale)))
        self.refresh()

    # --- filling ------------------------------------------------------------------------------------

    def refresh(self, parts: Iterable[str] = PARTS) -> None:
        """Read ``parts`` of the agenda again (in the background); the panels keep the old figures until it arrives."""
        wanted = set(parts)
        if not wanted:
            return
        if self.agenda is None or self.agenda.today != self.ctx.today():
            wanted = set(PARTS)  # the first reading, or a new court day: every part moves
        if self.loading():
            wanted |= self._reading  # this read overtakes one on its way: it takes over that one's parts
        self._reading = wanted
        if wanted >= PARTS:
            self.watch.fresh()
        self._generation += 1
        generation = self._generation
        self.ui.refresh_button.setEnabled(False)
        run_quietly(lambda: read_agenda(self.ctx, wanted),
                    owner=self, on_done=lambda agenda: self._show(agenda, generation),
                    on_error=lambda exc, _details: self._failed(exc, generation))

    def loading(self) -> bool:
        """A refresh is still on its way (the refresh button is greyed meanwhile)."""
        return not self.ui.refresh_button.isEnabled()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        logging.getLogger("fuyuan.ui").error("agenda not read: %s", type(exc).__name__)
        self.ui.refresh_button.setEnabled(True)
        self.ui.summary_label.setText(self.tr("读取工作台数据时出错：{error}。按 F5 重试。").format(
            error=error_text(exc)))

    def _show(self, agenda: Agenda, generation: int) -> None:
        if generation != self._generation:  # a newer refresh is on its way
            return
        self.ui.refresh_button.setEnabled(True)
        before = self.agenda
        if before is not None and before.today == agenda.today:  # parts not read this time keep what they showed
            agenda = replace(agenda, **{name: getattr(before, name) for name in
                                        ("tribunal", "todays", "upcoming", "deadlines", "overdue", "warnings")
                                        if getattr(agenda, name) is None})
        self.agenda = agenda
        today = agenda.today
        locale = QLocale()
        if agenda.tribunal is not None:
            tribunal = agenda.tribunal
            self.ui.date_label.setText(f"{locale.toString(qdate(today), QLocale.FormatType.LongFormat)}"
                                       + (f" · {tribunal}" if tribunal else ""))
        if agenda.todays is not None and (before is None or agenda.todays is not before.todays):
            self._fill_sessions(self.ui.today_list, agenda.todays, with_day=False, with_status=True,
                                empty=self.tr("今天没有调解安排"))
        if agenda.upcoming is not None and (before is None or agenda.upcoming is not before.upcoming):
            self._fill_sessions(self.ui.upcoming_list, agenda.upcoming, with_day=True, with_status=False,
                                empty=self.tr("未来 {days} 日没有调解安排").format(days=UPCOMING_DAYS))
        deadlines, overdue = agenda.deadlines, agenda.overdue
        if deadlines is not None and overdue is not None and (before is None or deadlines is not before.deadlines):
            self._fill_deadlines(deadlines.items, today)
            if deadlines.total > len(deadlines.items):
                self.ui.deadline_note.setText(self.tr("共 {total} 项，只列出最早的 {shown} 项").format(
                    total=deadlines.total, shown=len(deadlines.items)))
            else:
                self.ui.deadline_note.setText("")
            self.ui.deadline_note.setVisible(bool(self.ui.deadline_note.text()))
            self.ui.overdue_button.setText(
                self.tr("超过调解期限的案件：{count} 件　→ 查看").format(count=overdue) if overdue
                else self.tr("没有超过调解期限的案件"))
            self.ui.overdue_button.setEnabled(overdue > 0)
            self.ui.overdue_button.setStyleSheet(f"color: {OVERDUE_RED.name()}; font-weight: bold;" if overdue else "")
        if agenda.warnings is not None and (before is None or agenda.warnings is not before.warnings):
            self._fill_warnings(agenda.warnings)
        if agenda.todays is not None and agenda.upcoming is not None and deadlines is not None:
            follow_ups = sum(1 for d in deadlines.items if d.kind != MEDIATION_DEADLINE)
            self.ui.summary_label.setText(self.tr(
                "今日调解 <b>{today}</b> 场　·　近 {days} 日安排 <b>{upcoming}</b> 场　·　{due_days} 日内到期 <b>{due}</b> 项　·　已超期 <b>{overdue}</b> 项　·　其中回访 <b>{follow_ups}</b> 项"
            ).format(today=len(agenda.todays), days=UPCOMING_DAYS, upcoming=len(agenda.upcoming),
                     due_days=DEADLINE_DAYS, due=deadlines.total - deadlines.overdue, overdue=deadlines.overdue,
                     follow_ups=follow_ups))
        self.refreshed.emit()

    def _fill_sessions(self, tree: QTreeWidget, sessions: list[AgendaSession], *, with_day: bool,
                       with_status: bool, empty: str) -> None:
        tree.clear()
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        locale = QLocale()
        items = []
        for s in sessions:
            columns = [session_time(locale, s.starts_at, with_day=with_day), s.number, s.parties, s.place]
            if with_status:
                columns.append(enum_text(SessionStatus, s.status))
            item = QTreeWidgetItem(columns)
            item.setData(0, CASE_ID, s.dispute_id)
            item.setToolTip(1, f"{s.number}\n{enum_text(DisputeCategory, s.category)}\n{s.parties}")
            item.setToolTip(3, s.place)
            items.append(item)
        tree.addTopLevelItems(items)
        if not sessions:
            self._placeholder(tree, empty)

    def _fill_deadlines(self, deadlines: list[Deadline], today: date) -> None:
        tree = self.ui.deadline_list
        tree.clear()
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        items = []
        for d in deadlines:
            if d.days_left < 0:
                left = self.tr("超期 {days} 天").format(days=-d.days_left)
            elif d.days_left == 0:
                left = self.tr("今天")
            else:
                left = self.tr("{days} 天").format(days=d.days_left)
            kind = self.tr("调解期限") if d.kind == MEDIATION_DEADLINE else d.kind
            due = d.due_on.isoformat() + (self.tr("（推定）") if d.presumed else "")
            item = QTreeWidgetItem([due, left, kind, d.number, d.parties])
            if d.presumed:
                item.setToolTip(0, self.tr("该年的国务院放假安排尚未导入：期限按周末和通常的法定节日推算，导入后自动改正"))
            item.setData(0, CASE_ID, d.dispute_id)
            item.setToolTip(3, f"{d.number}\n{d.parties}" + (f"\n{d.note}" if d.note else ""))
            colour = OVERDUE_RED if d.overdue else SOON_AMBER if d.days_left <= 2 else None
            if colour is not None:
                for column in range(tree.columnCount()):
                    item.setForeground(column, QBrush(colour))
            items.append(item)
        tree.addTopLevelItems(items)
        if not deadlines:
            self._placeholder(tree, self.tr("{days} 日内没有到期事项").format(days=DEADLINE_DAYS))

    def _fill_warnings(self, warnings: list[LinkageWarning]) -> None:
        rules = linkage_rules(self.ctx)
        months = round(rules.cluster_window_days / 30.4)
        self.ui.cluster_label.setText(self.tr(
            "类案预警：同一案由的纠纷在同一乡镇（园区）或涉同一行政机关，{months} 个月内达到 {n} 件；"
            "以及负责人多次未出庭、司法建议反馈、联席会议事项").format(months=months, n=rules.cluster_min_cases))
        tree = self.ui.cluster_list
        tree.clear()
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for w in warnings:
            if w.kind == "cluster":
                where = w.ref["key"] if w.ref["scope"] == "township" else self.tr("涉{agency}").format(agency=w.ref["key"])
                item = QTreeWidgetItem([w.ref["category_label"], where, w.ref["count"]])
                item.setData(0, CLUSTER, (w.ref["scope"], w.ref["category"], w.ref["key"]))
                item.setToolTip(1, w.text + "\n" + self.tr("回车或双击：在“案件”中列出这些案件"))
            else:
                item = QTreeWidgetItem([w.label, w.text, ""])
                item.setToolTip(1, w.text)
                if w.kind.endswith("overdue") or w.kind == "agency_flag":
                    for column in range(3):
                        item.setForeground(column, QBrush(OVERDUE_RED))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
        if not warnings:
            self._placeholder(tree, self.tr("暂无"))
        self.ui.draft_button.setEnabled(False)

    def _cluster_selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.ui.draft_button.setEnabled(bool(item is not None and item.data(0, CLUSTER)))

    def ask_recipient(self) -> None:
        """Ask for the 被建议单位 (a township's government by default), then draft from the selected cluster."""
        item = self.ui.cluster_list.currentItem()
        cluster = item.data(0, CLUSTER) if item is not None else None
        if not cluster:
            return
        scope, _category, key = cluster
        dialog = self.recipient_dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # answered or cancelled, then deleted
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget_recipient_dialog(d))
        dialog.setWindowTitle(self.tr("据此起草司法建议书"))
        dialog.setLabelText(self.tr("被建议单位全称："))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(f"{key}人民政府" if scope == "township" else key)
        dialog.accepted.connect(lambda: self.draft_recommendation(tuple(cluster), dialog.textValue()))
        dialog.open()

    def _forget_recipient_dialog(self, dialog: QInputDialog) -> None:
        if self.recipient_dialog is dialog:
            self.recipient_dialog = None

    def draft_recommendation(self, cluster: tuple[str, str, str], recipient: str) -> None:
        # Drafting pulls in the documents module (reportlab): loaded when first used, not at start-up.
        from fuyuan_desktop.domain.errors import FuyuanError
        from fuyuan_desktop.services.linkage.followup import draft_from_cluster

        scope, category, key = cluster
        try:
            view = draft_from_cluster(self.ctx, scope, category, key, recipient)
        except FuyuanError as exc:
            self.ui.draft_note.setText(self.tr("未能起草：{error}").format(error=error_text(exc)))
        else:
            lead = (self.tr("该类案已有司法建议书草稿（每个类案只保留一份）") if view.reopened
                    else self.tr("已起草司法建议书草稿（未编号，签发时编号）"))
            self.ui.draft_note.setText(self.tr(
                "{lead}：关于{subject}的司法建议书，归入案件 {case}；在“府院联动 → 司法建议”中修改、签发、送达").format(
                lead=lead, subject=view.subject, case=view.case_number))
        self.ui.draft_note.setVisible(True)

    @staticmethod
    def _placeholder(tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(0, QBrush(MUTED))
        tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        # a spanned row makes the view think it is wider than the columns: no scroll bar for a note
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # --- actions ------------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID)
        if case_id:
            self.open_case.emit(str(case_id))
            return
        cluster = item.data(0, CLUSTER)
        if cluster:
            scope, category, key = cluster
            # The case list filters by place text, which holds the township; an organ's cases are found by name.
            self.show_cluster.emit(str(category), str(key) if scope == "township" else "")
