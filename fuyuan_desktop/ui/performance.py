"""履行与回访: one row per agreement clause with a deadline (its 履行情况 and its 回访), the case's 自动履行率, and a form
that completes the selected 回访 with its result — opened from the 协议 tab. Same services as ``fuyuan case
performance`` and ``fuyuan case visit-done``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.enums import Performance, TaskStatus
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.followups import CasePerformance, PerformanceItem, case_performance, complete_follow_up
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import enum_label, enum_text

HEADERS = tuple(str(h) for h in (
    QT_TRANSLATE_NOOP("PerformanceDialog", "条"), QT_TRANSLATE_NOOP("PerformanceDialog", "义务人"),
    QT_TRANSLATE_NOOP("PerformanceDialog", "金额（元）"), QT_TRANSLATE_NOOP("PerformanceDialog", "履行期限"),
    QT_TRANSLATE_NOOP("PerformanceDialog", "履行情况"), QT_TRANSLATE_NOOP("PerformanceDialog", "已履行（元）"),
    QT_TRANSLATE_NOOP("PerformanceDialog", "回访日期"), QT_TRANSLATE_NOOP("PerformanceDialog", "回访"),
    QT_TRANSLATE_NOOP("PerformanceDialog", "回访结果")))
# the performance states the service words beside the Performance enum's labels
STATES = (QT_TRANSLATE_NOOP("PerformanceDialog", "逾期未回访"), QT_TRANSLATE_NOOP("PerformanceDialog", "履行期限已届满"),
          QT_TRANSLATE_NOOP("PerformanceDialog", "待履行"))


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:,.2f}"


class PerformanceDialog(QDialog):
    """The table on top, the completion form below; an error stays beside the form and nothing typed is lost."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.items: list[PerformanceItem] = []
        self.completed = 0
        self.setWindowTitle(self.tr("履行与回访"))
        layout = QVBoxLayout(self)
        self.rate_label = QLabel()
        layout.addWidget(self.rate_label)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("完成所选回访"))
        form = QFormLayout(box)
        self.target = QLabel()
        self.performance_combo = QComboBox()
        for member in Performance:
            self.performance_combo.addItem(enum_label(member), member.value)
        self.paid_edit = QLineEdit()
        self.paid_edit.setPlaceholderText(self.tr("部分履行时必填；全部履行可不填"))
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("如：申请人确认已收到第一期款项"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("回访"), self.target)
        form.addRow(self.tr("履行情况(&P)"), self.performance_combo)
        form.addRow(self.tr("已履行金额（元）(&M)"), self.paid_edit)
        form.addRow(self.tr("回访结果(&R)"), self.result_edit)
        form.addRow(self.tr("回访日期(&D)"), self.date_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.error_label)
        self.complete_button = QPushButton(self.tr("完成回访(&S)"))
        self.complete_button.clicked.connect(self.complete_selected)
        form.addRow(self.complete_button)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        perf: CasePerformance = case_performance(self.ctx, self.case_id)
        self.items = perf.items
        rate = "—" if perf.rate is None else f"{100 * perf.rate:.2f}%"
        self.rate_label.setText(self.tr("自动履行率 {rate}（全部履行 {full} 条 ÷ 已到期或已回访 {due} 条）")
                                .format(rate=rate, full=perf.full, due=perf.due))
        self.table.setRowCount(len(perf.items))
        for row, i in enumerate(perf.items):
            status = enum_text(Performance, i.status) if i.status in Performance.labels() else self.tr(i.status)
            cells = (str(i.position), i.obligor, _yuan(i.amount_fen), i.deadline.isoformat(), status,
                     _yuan(i.paid_fen), i.visit_due.isoformat(), enum_text(TaskStatus, i.visit_status), i.result)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (2, 5):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and i.status.startswith("逾期"):
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        pending = next((r for r, i in enumerate(perf.items) if i.visit_status == TaskStatus.PENDING.label), None)
        if pending is not None:
            self.table.selectRow(pending)
        self._selected()

    def selected(self) -> PerformanceItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selected(self) -> None:
        item = self.selected()
        open_ = item is not None and item.visit_status == TaskStatus.PENDING.label
        self.complete_button.setEnabled(open_)
        if item is None:
            self.target.setText(self.tr("（请在上表选择一条）"))
        else:
            self.target.setText(self.tr("第 {n} 条，{who}，履行期限 {due}{done}").format(
                n=item.position, who=item.obligor, due=item.deadline.isoformat(),
                done="" if open_ else self.tr("（已完成）")))

    def complete_selected(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        self.error_label.clear()
        when = self.date_edit.date()
        try:
            complete_follow_up(self.ctx, item.follow_up_id, result=self.result_edit.text(),
                               done_on=when.toPython(),  # type: ignore[arg-type]
                               performance=str(self.performance_combo.currentData()),
                               paid=self.paid_edit.text() or None)
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.completed += 1
        self.result_edit.clear()
        self.paid_edit.clear()
        self.reload()
        return True
