"""The case list as a Qt model over case ids: rows are fetched lazily in batches, sorting happens in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fuyuan_desktop.services.cases import CaseFilter, CaseSummary, case_ids, search_cases, summaries
from fuyuan_desktop.services.context import ServiceContext

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    # (header, attribute, SQL sort key or None when the column cannot be sorted in SQL)
    ("案件编号", "number", "number"),
    ("登记日期", "registered_on", "registered_on"),
    ("纠纷类型", "category", "category"),
    ("状态", "status", "status"),
    ("法庭", "tribunal", None),
    ("地点", "place", None),
    ("当事人", "parties", None),
    ("调解期限", "due_on", "due_on"),
)
BATCH = 200
PAGE = 1000


class CaseTableModel(QAbstractTableModel):
    """Holds only the ordered ids; summaries of visible rows are loaded ``BATCH`` at a time and cached."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._ids: list[str] = []
        self._visible = 0
        self._cache: dict[str, CaseSummary] = {}
        self._filter = CaseFilter()
        self._query = ""
        self._sort = ("registered_on", True)

    # --- loading -------------------------------------------------------------------------------------

    def set_filter(self, flt: CaseFilter, query: str = "") -> None:
        self._filter = flt
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        if self._query:
            # Search results come ranked and complete (at most a few hundred), so cache them at once.
            found = search_cases(self.ctx, self._query, limit=500)
            self._ids = [s.id for s in found]
            self._cache.update({s.id: s for s in found})
        else:
            key, descending = self._sort
            self._ids = case_ids(self.ctx, self._filter, sort=key, descending=descending)
        self._visible = min(PAGE, len(self._ids))
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def case_id(self, row: int) -> str:
        return self._ids[row]

    def _summary(self, row: int) -> CaseSummary | None:
        case_id = self._ids[row]
        cached = self._cache.get(case_id)
        if cached is not None:
            return cached
        start = row - row % BATCH
        batch = [i for i in self._ids[start:start + BATCH] if i not in self._cache]
        for summary in summaries(self.ctx, batch):
            self._cache[summary.id] = summary
        return self._cache.get(case_id)

    # --- Qt model API --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._visible

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._visible < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        more = min(PAGE, len(self._ids) - self._visible)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._visible, self._visible + more - 1)
        self._visible += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.UserRole):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        summary = self._summary(index.row())
        if summary is None:
            return None
        value = getattr(summary, COLUMNS[index.column()][1])
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None or self._query:
            return  # ranked search results keep their rank; unsortable columns are ignored
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()
