"""府院联动 page: the warnings and every ledger (centre, hearings, recommendations, …) as tables, exported to Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.reports.ledgers import Ledger
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.linkage.admin import admin_case
from fuyuan_desktop.services.linkage.ledgers import build_ledger, export_ledger
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.ui.pages.linkage_forms import (
    appearance_dialog,
    fund_dialog,
    hearing_dialog,
    item_done_dialog,
    meeting_dialog,
    project_dialog,
    relief_apply_dialog,
    relief_decide_dialog,
    relief_pay_dialog,
    reply_dialog,
    training_dialog,
    triage_dialog,
    village_status_dialog,
)

RED = QColor("#b42318")
# The tabs, in the order the courts work through them; each is a ledger kind of services.linkage.ledgers.
TABS = ("admin", "hearings", "recommendations", "training", "relief", "fund", "villages", "projects", "meetings",
        "sme")


class LedgerModel(QAbstractTableModel):
    """A ledger's rows, read cell by cell only when the view paints them."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ledger.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ledger.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.ledger.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(self.ledger.rows[index.row()])
            if value is None:
                return ""
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, float) and column.number_format == "0.00%":
                return f"{100 * value:.2f}%"
            if isinstance(value, float):
                return f"{value:,.2f}"
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = column.value(self.ledger.rows[index.row()])
            if isinstance(value, int | float):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.ledger.columns[section].heading
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class LedgerTab(QWidget):
    """One ledger: a count line, the table, and 导出 Excel."""

    def __init__(self, ctx: ServiceContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.ledger: Ledger | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.export_button.clicked.connect(self.ask_export)
        top.addWidget(self.count_label, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None
        for name, (label, _needs_row, _factory) in self._actions().get(kind, {}).items():
            button = self.action_buttons[name] = QPushButton(label)
            button.clicked.connect(lambda _checked=False, n=name: self.open_action(n))
            top.addWidget(button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)

    def _actions(self) -> dict[str, dict[str, tuple[str, bool, Callable[[Any], QDialog]]]]:
        """Per ledger: its buttons, whether each needs a selected row, and the entry form it opens."""
        ctx = self.ctx
        return {
            "admin": {"triage": (self.tr("分流(&T)…"), True, lambda row: triage_dialog(ctx, row.number, self))},
            "hearings": {
                "add": (self.tr("登记开庭(&N)…"), False, lambda _row: hearing_dialog(ctx, self)),
                "appearance": (self.tr("登记出庭情况(&A)…"), True, lambda row: appearance_dialog(ctx, row.id, self)),
            },
            "recommendations": {"reply": (self.tr("登记反馈(&R)…"), True, lambda row: reply_dialog(ctx, row.id, self))},
            "training": {"add": (self.tr("登记以庭代训(&N)…"), False, lambda _row: training_dialog(ctx, self))},
            "relief": {
                "apply": (self.tr("登记申请(&N)…"), False, lambda _row: relief_apply_dialog(ctx, self)),
                "decide": (self.tr("审查决定(&J)…"), True, lambda row: relief_decide_dialog(ctx, row.id, self)),
                "pay": (self.tr("发放(&F)…"), True, lambda row: relief_pay_dialog(ctx, row.id, self)),
            },
            "fund": {"income": (self.tr("入账(&N)…"), False, lambda _row: fund_dialog(ctx, self))},
            "villages": {"status": (self.tr("变更状态(&S)…"), True,
                                    lambda row: village_status_dialog(ctx, row.name, self))},
            "projects": {"add": (self.tr("登记项目(&N)…"), False, lambda _row: project_dialog(ctx, self))},
            "meetings": {
                "add": (self.tr("登记会议(&N)…"), False, lambda _row: meeting_dialog(ctx, self)),
                "done": (self.tr("事项办结(&D)…"), True, lambda row: item_done_dialog(ctx, row[0].id, self)),
            },
        }

    def selected_row(self) -> Any:
        index = self.table.currentIndex()
        if self.ledger is None or not index.isValid():
            return None
        return self.ledger.rows[index.row()]

    def open_action(self, name: str) -> None:
        _label, needs_row, factory = self._actions()[self.kind][name]
        row = self.selected_row()
        if needs_row and row is None:
            self.note.setText(self.tr("请先在表中选中一行"))
            return
        dialog = self.dialog = factory(row)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: self.note.setText(str(getattr(dialog, "message", ""))))
        dialog.open()

    def refresh(self) -> None:
        self.ledger = build_ledger(self.ctx, self.kind)
        model = LedgerModel(self.ledger, self.table)
        self.table.setModel(model)
        width = self.table.fontMetrics().averageCharWidth()
        for i, column in enumerate(self.ledger.columns):
            self.table.setColumnWidth(i, max(60, int(column.width * width * 1.6)))
        self.count_label.setText(self.tr("{title}：{n} 条").format(title=self.ledger.title, n=len(self.ledger.rows)))
        if self.kind == "admin":
            self.table.selectionModel().currentRowChanged.connect(self.show_limitations)

    def show_limitations(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The centre's case under the cursor: its limitation dates, earliest first, and that they keep running."""
        if self.ledger is None or not current.isValid():
            return
        view = admin_case(self.ctx, self.ledger.rows[current.row()].number)
        lines = [self.tr("{label}：{due}（{left}）").format(
            label=limit.label, due=limit.due_on.isoformat(),
            left=self.tr("剩 {n} 日").format(n=limit.days_left) if limit.days_left >= 0
            else self.tr("已过 {n} 日").format(n=-limit.days_left)) for limit in view.limitations]
        self.note.setText("\n".join([f"{view.number}　{view.agency}　{view.act}", *lines, *view.warnings]))

    def export_to(self, path: Path) -> None:
        result = export_ledger(self.ctx, self.kind, path)
        self.note.setText(self.tr("已导出 {n} 行到 {path}").format(n=result.rows, path=result.path))

    def ask_export(self) -> None:
        title = self.ledger.title if self.ledger is not None else self.kind
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出台账"), f"{title}.xlsx",
                                                    self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if name:
            self.export_to(Path(name))


class LinkagePage(QWidget):
    """Tabs: 预警 first, then one per ledger; a tab reads the store when it is first shown and on F5."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>府院联动</h2>"))
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.warning_list = QTreeWidget()
        self.warning_list.setRootIsDecorated(False)
        self.warning_list.setAlternatingRowColors(True)
        self.warning_list.setHeaderLabels([self.tr("预警"), self.tr("内容")])
        self.warning_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.warning_list, self.tr("预警"))
        self.ledger_tabs: dict[str, LedgerTab] = {}
        labels = {"admin": self.tr("协调化解中心"), "hearings": self.tr("负责人出庭"), "recommendations": self.tr("司法建议"),
                  "training": self.tr("以庭代训"), "relief": self.tr("司法救助"), "fund": self.tr("救助基金"),
                  "villages": self.tr("无讼村屯"), "projects": self.tr("重大项目"), "meetings": self.tr("联席会议"),
                  "sme": self.tr("涉企通道")}
        for kind in TABS:
            tab = self.ledger_tabs[kind] = LedgerTab(ctx, kind)
            self.tabs.addTab(tab, labels[kind])
        self._stale = set(TABS)
        self.tabs.currentChanged.connect(self._tab_shown)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(self.refresh)
        self._shown_once = False
        self.fill_warnings()

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.refresh()
        self._shown_once = True
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = set(TABS)
        self.fill_warnings()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, LedgerTab) and widget.kind in self._stale:
            self._stale.discard(widget.kind)
            widget.refresh()

    def fill_warnings(self) -> None:
        self.warning_list.clear()
        warnings = linkage_warnings(self.ctx)
        for w in warnings:
            item = QTreeWidgetItem([w.label, w.text])
            item.setToolTip(1, w.text)
            if w.kind.endswith("overdue") or w.kind == "agency_flag":
                item.setForeground(0, QBrush(RED))
                item.setForeground(1, QBrush(RED))
            self.warning_list.addTopLevelItem(item)
        if not warnings:
            self.warning_list.addTopLevelItem(QTreeWidgetItem([self.tr("暂无"), ""]))
        self.tabs.setTabText(0, self.tr("预警（{n}）").format(n=len(warnings)))
