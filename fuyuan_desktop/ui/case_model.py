"""The case list as a Qt model over case ids: rows are fetched lazily in batches, sorting happens in SQL.

The ids (every case the filter matches, or the ranked search hits) are read on a worker: at 100,000 cases that
read takes longer than the GUI thread may stall. The list keeps showing the previous rows until they arrive.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fuyuan_desktop.domain.enums import DisputeStatus
from fuyuan_desktop.services.cases import CaseFilter, CaseSummary, case_ids, search_cases, summaries
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.enum_labels import enum_text
from fuyuan_desktop.ui.tasks import run_quietly

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    # (header, attribute, SQL sort key or None when the column cannot be sorted in SQL)
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "案件编号")), "number", "number"),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "登记日期")), "registered_on", "registered_on"),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "案由")), "cause", "cause"),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "状态")), "status", "status"),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "法庭")), "tribunal", None),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "地点")), "place", None),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "当事人")), "parties", None),
    (str(QT_TRANSLATE_NOOP("CaseTableModel", "调解期限")), "due_on", "due_on"),
)
BATCH = 200
PAGE = 1000
CACHE_LIMIT = 25 * BATCH  # summaries kept: scrolling through 1,000,000 rows keeps memory flat


class CaseTableModel(QAbstractTableModel):
    """Holds only the ordered ids; summaries of visible rows are loaded ``BATCH`` at a time and cached, the
    least recently shown dropped beyond ``CACHE_LIMIT``.

    ``loaded`` fires when a reload's ids are in; ``failed`` (with a message for the user) when they could not be read.
    """

    loaded = Signal()
    failed = Signal(str)
    rows_refreshed = Signal(list)  # ids of the rows just read again after a change

    def __init__(self, ctx: Workspace) -> None:
        super().__init__()
        self.ctx = ctx
        self._generation = 0
        self._loading = False
        self._ids: list[str] = []
        self._visible = 0
        self._cache: OrderedDict[str, CaseSummary] = OrderedDict()
        self._filter = CaseFilter()
        self._query = ""
        self._sort = ("registered_on", True)

    # --- loading -------------------------------------------------------------------------------------

    def set_filter(self, flt: CaseFilter, query: str = "") -> None:
        self._filter = flt
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        """Read the ids again on a worker; a newer reload overtakes an older one still on its way."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        query, flt, (key, descending) = self._query, self._filter, self._sort
        ctx = self.ctx

        def read() -> tuple[list[str], list[CaseSummary]]:
            if query:
                # Search results come ranked and complete (at most a few hundred), so cache them at once.
                found = search_cases(ctx, query, limit=500)
                return [s.id for s in found], found
            return case_ids(ctx, flt, sort=key, descending=descending), []

        run_quietly(read, owner=self, on_done=lambda result: self._apply(generation, *result),
                    on_error=lambda exc, _details: self._failed(generation, exc))

    def loading(self) -> bool:
        return self._loading

    def refresh_cases(self, ids: set[str]) -> None:
        """Read again, off the GUI thread, only the rows of ``ids`` that are on the list and already read (the others
        are read when they scroll into view): one changed case costs one row, not the list."""
        wanted = [i for i in ids if i in self._cache]
        if not wanted:
            return
        generation, ctx = self._generation, self.ctx
        scores = {i: self._cache[i].score for i in wanted}  # a search hit keeps its rank
        run_quietly(lambda: summaries(ctx, wanted, scores),
                    owner=self, on_done=lambda found: self._replace_rows(generation, wanted, found),
                    on_error=lambda exc, _details: self._failed(generation, exc))

    def _replace_rows(self, generation: int, wanted: list[str], found: list[CaseSummary]) -> None:
        if generation != self._generation:
            return  # the list was read again meanwhile: its rows are fresh anyway
        by_id = {s.id: s for s in found}
        for case_id in wanted:
            if case_id in by_id:
                self._cache[case_id] = by_id[case_id]
            else:
                self._cache.pop(case_id, None)  # gone (a tombstone): left blank until the list is read again
        positions = {case_id: row for row, case_id in enumerate(self._ids[:self._visible])}
        for case_id in wanted:
            row = positions.get(case_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.rows_refreshed.emit(wanted)

    def holds(self, case_id: str) -> bool:
        return case_id in self._cache or case_id in self._ids

    def _apply(self, generation: int, ids: list[str], found: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._cache.clear()
        self._cache.update({s.id: s for s in found})
        self._ids = ids
        self._visible = min(PAGE, len(self._ids))
        self.endResetModel()
        self._loading = False
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        logging.getLogger("fuyuan.ui").error("case list not read: %s", type(exc).__name__)
        from fuyuan_desktop.ui.crash import error_text

        self.failed.emit(error_text(exc))

    def total(self) -> int:
        return len(self._ids)

    def case_id(self, row: int) -> str:
        return self._ids[row]

    def _summary(self, row: int) -> CaseSummary | None:
        case_id = self._ids[row]
        cached = self._cache.get(case_id)
        if cached is not None:
            self._cache.move_to_end(case_id)
            return cached
        start = row - row % BATCH
        batch = [i for i in self._ids[start:start + BATCH] if i not in self._cache]
        for summary in summaries(self.ctx, batch):
            self._cache[summary.id] = summary
        found = self._cache.get(case_id)
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return found

    def cached_rows(self) -> int:
        """How many case summaries the model holds (bounded by ``CACHE_LIMIT``)."""
        return len(self._cache)

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
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][0])
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
        field = COLUMNS[index.column()][1]
        if field == "status":  # shown in the window's language; the 案由 column keeps its official name
            return enum_text(DisputeStatus, summary.status_code)
        value = getattr(summary, field)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None or self._query:
            return  # ranked search results keep their rank; unsortable columns are ignored
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.reload()
