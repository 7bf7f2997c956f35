"""The hub's 名录与日历 tab (hub mode): the lists the intermediate court keeps for the whole city — the State
Council's holiday schedules, the 调解组织 list, and the courts with their tribunals — each imported from and exported
to a file, and, per device in use, what of them its next receipt will carry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services import calendar as calendar_service
from fuyuan_desktop.services import courts as court_service
from fuyuan_desktop.services import hub as hub_service
from fuyuan_desktop.services import organisations as org_service
from fuyuan_desktop.services.hub import Hub
from fuyuan_desktop.ui.file_dialogs import open_file_name, save_file_name
from fuyuan_desktop.ui.roster_box import say_done, show_import_problems


def _spreadsheets() -> str:
    return QCoreApplication.translate("ReferenceSettingsBox", "表格 (*.xlsx *.csv)")


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(110)
    table.setMaximumHeight(200)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, j, item)


class HubListsPanel(QWidget):
    """Holiday schedules, 调解组织 and courts at the hub, with import/export and what goes down next."""

    changed = Signal()

    def __init__(self, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hub_lists")
        self.hub = hub
        self.ctx = hub_service.hub_workspace(hub)
        self.years: list[int] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("这里导入的节假日安排、调解组织和法院名录随各设备的下一份回执下发。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        pending = QGroupBox(self.tr("下次回执将下发"), self)
        box = QVBoxLayout(pending)
        self.pending_table = _table([self.tr("设备"), self.tr("名称"), self.tr("待下发")], "hub_pending_table")
        self.pending_table.setMaximumHeight(140)
        box.addWidget(self.pending_table)
        layout.addWidget(pending)

        self.calendar_table = _table([self.tr("年份"), self.tr("安排")], "hub_calendar_table")
        self.calendar_import, self.calendar_export = self._section(
            layout, self.tr("节假日安排"), self.calendar_table, self._import_calendar, self._export_calendar)
        self.org_table = _table([self.tr("名称"), self.tr("类型"), self.tr("特邀")], "hub_org_table")
        self.org_import, self.org_export = self._section(
            layout, self.tr("调解组织"), self.org_table, self._import_orgs, self._export_orgs)
        self.court_table = _table([self.tr("法院代字"), self.tr("全称"), self.tr("法庭")], "hub_court_table")
        self.court_import, self.court_export = self._section(
            layout, self.tr("法院和法庭"), self.court_table, self._import_courts, self._export_courts)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("hub_lists_status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.refresh()

    def _section(self, layout: QVBoxLayout, title: str, table: QTableWidget, on_import: Callable[[], None],
                 on_export: Callable[[], None]) -> tuple[QPushButton, QPushButton]:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        row = QHBoxLayout()
        # the words of the 参考数据 section's own buttons (translated there)
        import_button = QPushButton(QCoreApplication.translate("ReferenceSettingsBox", "从表格导入…"), box)
        export_button = QPushButton(QCoreApplication.translate("ReferenceSettingsBox", "导出为表格…"), box)
        import_button.clicked.connect(on_import)
        export_button.clicked.connect(on_export)
        row.addWidget(import_button)
        row.addWidget(export_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)
        return import_button, export_button

    # --- showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        this_year = self.ctx.today().year
        self.years = list(range(this_year - 1, this_year + 3))
        shown = [calendar_service.show_calendar(self.ctx, y) for y in self.years]
        _fill(self.calendar_table, [[str(c.year), c.source_label] for c in shown])
        orgs = org_service.list_organisations(self.ctx)
        _fill(self.org_table, [[o.name, o.kind_label, self.tr("是") if o.invited else ""] for o in orgs])
        courts = court_service.list_courts(self.ctx)
        _fill(self.court_table, [[c.code, c.name, "、".join(t.short_name for t in c.tribunals)] for c in courts])
        words = {"officialcalendar": self.tr("节假日安排（年）"), "organisation": self.tr("调解组织"),
                 "court": self.tr("法院"), "tribunal": self.tr("法庭")}
        waiting = hub_service.pending_reference(self.hub)
        _fill(self.pending_table, [[p.device_tag, p.device_name, "、".join(
            f"{words.get(t, t)} {n}" for t, n in p.counts.items()) or self.tr("（无）")] for p in waiting])

    # --- files --------------------------------------------------------------------------------------

    def _run(self, action: Callable[[], str]) -> bool:
        try:
            text = action()
        except FuyuanError as exc:
            show_import_problems(self.status_label, exc, self.tr("未导入（中院端未改动）："))
            return False
        self.refresh()
        say_done(self.status_label, text)
        self.changed.emit()
        return True

    def import_calendar(self, path: Path) -> bool:
        def act() -> str:
            done = calendar_service.import_calendar(self.ctx, path)
            return self.tr("已导入 {years} 年的安排（{days} 天）。").format(
                years="、".join(str(y) for y in done.years), days=done.days)
        return self._run(act)

    def export_calendar(self, year: int, path: Path) -> bool:
        return self._run(lambda: self.tr("已导出 {n} 行到 {path}").format(
            n=calendar_service.export_calendar(self.ctx, year, path), path=path))

    def import_orgs(self, path: Path) -> bool:
        def act() -> str:
            done = org_service.import_organisations(self.ctx, path)
            return self.tr("已导入 {name}：新增 {added} 行，修改 {updated} 行，{same} 行未变。").format(
                name=path.name, added=done.added, updated=0, same=done.skipped)
        return self._run(act)

    def export_orgs(self, path: Path) -> bool:
        return self._run(lambda: self.tr("已导出 {n} 行到 {path}").format(
            n=org_service.export_organisations(self.ctx, path), path=path))

    def import_courts(self, path: Path) -> bool:
        def act() -> str:
            done = court_service.import_courts(self.ctx, path)
            return self.tr("已导入 {name}：新增 {added} 行，修改 {updated} 行，{same} 行未变。").format(
                name=path.name, added=done.added, updated=done.updated, same=done.unchanged)
        return self._run(act)

    def export_courts(self, path: Path) -> bool:
        return self._run(lambda: self.tr("已导出 {n} 行到 {path}").format(
            n=court_service.export_courts(self.ctx, path), path=path))

    def _ask_open(self, filters: str) -> Path | None:
        name = open_file_name(self, self.tr("导入"), filters)
        return Path(name) if name else None

    def _ask_save(self, suggested: str, filters: str) -> Path | None:
        name = save_file_name(self, self.tr("导出"), suggested, filters)
        return Path(name) if name else None

    def _import_calendar(self) -> None:
        if (path := self._ask_open(self.tr("节假日安排 (*.csv *.json)"))) is not None:
            self.import_calendar(path)

    def _export_calendar(self) -> None:
        row = self.calendar_table.currentRow()
        year = self.years[row] if 0 <= row < len(self.years) else self.ctx.today().year
        if (path := self._ask_save(f"{year}.csv", self.tr("节假日安排 (*.csv *.json)"))) is not None:
            self.export_calendar(year, path)

    def _import_orgs(self) -> None:
        if (path := self._ask_open(_spreadsheets())) is not None:
            self.import_orgs(path)

    def _export_orgs(self) -> None:
        if (path := self._ask_save(self.tr("调解组织.xlsx"), _spreadsheets())) is not None:
            self.export_orgs(path)

    def _import_courts(self) -> None:
        if (path := self._ask_open(_spreadsheets())) is not None:
            self.import_courts(path)

    def _export_courts(self) -> None:
        if (path := self._ask_save(self.tr("法院名录.xlsx"), _spreadsheets())) is not None:
            self.export_courts(path)
