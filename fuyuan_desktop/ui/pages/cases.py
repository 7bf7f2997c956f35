"""案件 page: instant, debounced search over the store, filters, and the lazily loaded case list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from fuyuan_desktop.domain.enums import DisputeCategory, DisputeStatus
from fuyuan_desktop.services.cases import CaseFilter
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.ui.case_model import CaseTableModel
from fuyuan_desktop.ui.forms.ui_cases_page import Ui_CasesPage

SEARCH_DEBOUNCE_MS = 200
COLUMN_WIDTHS = (230, 96, 180, 100, 70, 170, 280, 96)
PERIODS = ((QT_TRANSLATE_NOOP("CasesPage", "全部"), None), (QT_TRANSLATE_NOOP("CasesPage", "近 30 天"), 30),
           (QT_TRANSLATE_NOOP("CasesPage", "近 90 天"), 90), (QT_TRANSLATE_NOOP("CasesPage", "近一年"), 365))


class CasesPage(QWidget):
    """Search box on top (Ctrl+F), filters below, the table; Enter or double-click opens a case."""

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        self.model = CaseTableModel(ctx)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        self.ui.case_table.setModel(self.model)
        header = self.ui.case_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.ui.case_table.verticalHeader().setVisible(False)
        self.ui.case_table.verticalHeader().setDefaultSectionSize(26)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.ui.case_table.setColumnWidth(column, width)
        self.ui.case_table.setSortingEnabled(False)  # sorting goes through the model to SQL
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_by)
        self._descending = True
        self._fill_filters()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.ui.search_edit.textChanged.connect(self._debounce.start)
        for combo in (self.ui.status_filter, self.ui.category_filter, self.ui.tribunal_filter, self.ui.period_filter):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.ui.place_filter, self.ui.mediator_filter):
            edit.textChanged.connect(self._debounce.start)
        self.ui.overdue_filter.toggled.connect(self.refresh)
        self.ui.case_table.doubleClicked.connect(self._open)
        self.ui.case_table.activated.connect(self._open)
        self.ui.new_case_button.clicked.connect(self.new_case.emit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(self.focus_search)
        self.refresh()

    def _fill_filters(self) -> None:
        self.ui.status_filter.addItem(self.tr("全部"), None)
        for status in DisputeStatus:
            self.ui.status_filter.addItem(status.label, status.value)
        self.ui.category_filter.addItem(self.tr("全部"), None)
        for category in DisputeCategory:
            self.ui.category_filter.addItem(category.label, category.value)
        self.ui.tribunal_filter.addItem(self.tr("全部"), None)
        for row in courts_and_tribunals(self.ctx):
            self.ui.tribunal_filter.addItem(f"{row['short_name']}（{row['court']}）", row["short_name"])
        for label, days in PERIODS:
            self.ui.period_filter.addItem(self.tr(str(label)), days)

    def current_filter(self) -> CaseFilter:
        days = self.ui.period_filter.currentData()
        return CaseFilter(
            status=self.ui.status_filter.currentData(),
            category=self.ui.category_filter.currentData(),
            tribunal=self.ui.tribunal_filter.currentData(),
            place=self.ui.place_filter.text().strip() or None,
            mediator=self.ui.mediator_filter.text().strip() or None,
            registered_from=self.ctx.today() - timedelta(days=days) if days else None,
            registered_to=None,
            overdue=self.ui.overdue_filter.isChecked(),
        )

    def refresh(self) -> None:
        """Read the list again with the current search and filters (on a worker; the count follows)."""
        self.ui.count_label.setText(self.tr("正在检索…"))
        self.model.set_filter(self.current_filter(), self.ui.search_edit.text())

    def _show_count(self) -> None:
        total = self.model.total()
        if self.ui.search_edit.text().strip():
            self.ui.count_label.setText(self.tr("检索到 {total} 件（按匹配程度排序）").format(total=total))
        else:
            self.ui.count_label.setText(self.tr("共 {total} 件").format(total=total))

    def _show_failure(self, message: str) -> None:
        self.ui.count_label.setText(self.tr("检索出错：{error}").format(error=message))

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def _sort_by(self, column: int) -> None:
        self._descending = not self._descending
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self.ui.case_table.horizontalHeader().setSortIndicator(column, order)
        self.model.sort(column, order)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id(index.row()))
