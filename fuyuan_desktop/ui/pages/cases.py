"""案件 page: instant, debounced search over the store, filters, and the lazily loaded case list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from fuyuan_desktop.domain.enums import DisputeCategory, DisputeStatus
from fuyuan_desktop.services.cases import CaseFilter
from fuyuan_desktop.services.changes import CASE, PARTY
from fuyuan_desktop.services.reference import courts_and_tribunals
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.case_model import COLUMNS, CaseTableModel
from fuyuan_desktop.ui.cause_picker import CausePicker
from fuyuan_desktop.ui.changes import ChangeWatch, Stale
from fuyuan_desktop.ui.enum_labels import enum_label
from fuyuan_desktop.ui.forms.ui_cases_page import Ui_CasesPage

SEARCH_DEBOUNCE_MS = 200
COLUMN_WIDTHS = (230, 96, 180, 130, 70, 170, 250, 96)  # 状态 fits "Mediator assigned" in English
PERIODS = ((QT_TRANSLATE_NOOP("CasesPage", "全部"), None), (QT_TRANSLATE_NOOP("CasesPage", "近 30 天"), 30),
           (QT_TRANSLATE_NOOP("CasesPage", "近 90 天"), 90), (QT_TRANSLATE_NOOP("CasesPage", "近一年"), 365))


class CasesPage(QWidget):
    """Search box on top (Ctrl+F), filters below, the table; Enter or double-click opens a case."""

    open_case = Signal(str)
    new_case = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self)
        # 案由: the chosen entry and everything under it (合同纠纷 also finds 买卖合同纠纷).
        self.cause_filter = CausePicker(ctx, self, show_path=False)
        self.cause_filter.setObjectName("cause_filter")
        self.cause_filter.edit.setPlaceholderText(self.tr("全部（输入名称或拼音首字母）"))
        self.cause_filter.setMinimumWidth(self.fontMetrics().horizontalAdvance("分期付款买卖合同纠纷"))
        cause_label = QLabel(self.tr("案由(&Y)"), self)
        cause_label.setBuddy(self.cause_filter.edit)
        at = self.ui.filter_row.indexOf(self.ui.category_filter) + 1
        self.ui.filter_row.insertWidget(at, cause_label)
        self.ui.filter_row.insertWidget(at + 1, self.cause_filter, 1, Qt.AlignmentFlag.AlignTop)
        self.cause_filter.changed.connect(self.refresh)
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
        header.sectionClicked.connect(self._sort_by)
        self._descending = True  # the model's own first order: newest registration first
        self._sort_column = [c[2] for c in COLUMNS].index("registered_on")
        self._show_sort()
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
        # Keyboard: Enter in the search box opens the top hit, Down moves into the list, Esc there returns.
        self._open_top_when_loaded = False
        self.ui.search_edit.returnPressed.connect(self.open_top_hit)
        self.ui.search_edit.installEventFilter(self)
        self.ui.case_table.installEventFilter(self)
        # A case changed elsewhere refreshes its own row; a newly registered one (or a bulk load) reads the list again.
        self.watch = ChangeWatch(self, ctx, (CASE, PARTY), self._changed)
        self.refresh()

    def _fill_filters(self) -> None:
        self.ui.status_filter.addItem(self.tr("全部"), None)
        for status in DisputeStatus:
            self.ui.status_filter.addItem(enum_label(status), status.value)
        self.ui.category_filter.addItem(self.tr("全部"), None)
        for category in DisputeCategory:
            self.ui.category_filter.addItem(enum_label(category), category.value)
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
            cause=self.cause_filter.chosen.ref if self.cause_filter.chosen is not None else None,
            tribunal=self.ui.tribunal_filter.currentData(),
            place=self.ui.place_filter.text().strip() or None,
            mediator=self.ui.mediator_filter.text().strip() or None,
            registered_from=self.ctx.today() - timedelta(days=days) if days else None,
            registered_to=None,
            overdue=self.ui.overdue_filter.isChecked(),
        )

    def refresh(self) -> None:
        """Read the list again with the current search and filters (on a worker; the count follows)."""
        self.watch.fresh()
        self._show_sort()
        self.ui.count_label.setText(self.tr("正在检索…"))
        self.model.set_filter(self.current_filter(), self.ui.search_edit.text())

    def _changed(self, stale: Stale) -> None:
        if stale.wholesale(CASE, PARTY) or any(not self.model.holds(i) for i in stale.created(CASE)):
            self.refresh()
            return
        self.model.refresh_cases(stale.cases(CASE, PARTY))

    def _show_count(self) -> None:
        if self._open_top_when_loaded:
            self._open_top_when_loaded = False
            self.open_top_hit()
        total = self.model.total()
        if self.ui.search_edit.text().strip():
            self.ui.count_label.setText(self.tr("检索到 {total} 件（按匹配程度排序）").format(total=total))
        else:
            self.ui.count_label.setText(self.tr("共 {total} 件").format(total=total))

    def _show_failure(self, message: str) -> None:
        self._open_top_when_loaded = False
        self.ui.count_label.setText(self.tr("检索出错：{error}").format(error=message))

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def open_top_hit(self) -> None:
        """Enter in the search box: open the first case of the list — once the search typed so far has run."""
        if self._debounce.isActive() or self.model.loading():
            self._open_top_when_loaded = True
            if self._debounce.isActive():
                self._debounce.stop()
                self.refresh()
            return
        if self.model.rowCount() > 0:
            self.open_case.emit(self.model.case_id(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            table = self.ui.case_table
            if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down and self.model.rowCount() > 0:
                table.setFocus(Qt.FocusReason.TabFocusReason)
                row = max(table.currentIndex().row(), 0)
                table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
            if watched is table and event.key() == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def _sort_by(self, column: int) -> None:
        if COLUMNS[column][2] is None or self.ui.search_edit.text().strip():
            self._show_sort()  # not sortable, or ranked search hits: the arrow keeps showing what is applied
            return
        self._descending = not self._descending if column == self._sort_column else False
        self._sort_column = column
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        self._show_sort()
        self.model.sort(column, order)

    def _show_sort(self) -> None:
        """The header's arrow shows the order the list is in: none while search hits are ranked."""
        header = self.ui.case_table.horizontalHeader()
        ranked = bool(self.ui.search_edit.text().strip())
        header.setSortIndicatorShown(not ranked)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self._sort_column, order)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id(index.row()))
