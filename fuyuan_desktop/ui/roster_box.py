"""The 设置 page's 调解员名册 section: the roster as a list, and 导入…/导出… as a .xlsx/.csv table (the columns of
services/mediators.py). An import with a bad row changes nothing and lists each problem by row and column."""

from __future__ import annotations

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

from fuyuan_desktop.domain.errors import FuyuanError, InputErrors
from fuyuan_desktop.services import mediators as roster_service
from fuyuan_desktop.services.workflow import list_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.file_dialogs import open_file_name, save_file_name

OK_GREEN = "#1a7f37"
PROBLEM_RED = "#b42318"


def show_import_problems(label: QLabel, exc: FuyuanError, heading: str) -> None:
    """An import's problems under ``heading``, one line each (at most 12), in red."""
    lines = [str(e) for e in exc.errors[:12]] if isinstance(exc, InputErrors) else [str(exc)]
    label.setText(heading + "\n" + "\n".join(lines))
    label.setStyleSheet(f"color: {PROBLEM_RED};")


def _spreadsheets() -> str:
    return QCoreApplication.translate("ReferenceSettingsBox", "表格 (*.xlsx *.csv)")


def say_done(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setStyleSheet(f"color: {OK_GREEN};")


class RosterBox(QGroupBox):
    """The mediators on the roster (name, role, organisation) with import and export as a spreadsheet."""

    changed = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_box")
        # the words the window already has elsewhere (translated there): the roster, its columns, the buttons
        self.setTitle(QCoreApplication.translate("MediatorsDialog", "调解员名册"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("roster_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ValidationError", "姓名"),
                                              QCoreApplication.translate("AccountsBox", "角色"),
                                              QCoreApplication.translate("IntakeWizard", "单位")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(220)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(QCoreApplication.translate("ReferenceSettingsBox", "从表格导入…"), self)
        self.import_button.setObjectName("roster_import_button")
        self.import_button.setToolTip(self.tr("列：姓名、角色、调解组织、单位、电话、名册编号、法庭、在册"))
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton(QCoreApplication.translate("ReferenceSettingsBox", "导出为表格…"), self)
        self.export_button.setObjectName("roster_export_button")
        self.export_button.clicked.connect(self._ask_export)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("roster_status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.refresh()

    def refresh(self) -> None:
        views = list_mediators(self.ctx)
        self.table.setRowCount(len(views))
        for i, view in enumerate(views):
            for j, text in enumerate((view.name, view.role, view.organization)):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def import_file(self, path: Path) -> bool:
        try:
            result = roster_service.import_mediators(self.ctx, path)
        except FuyuanError as exc:
            show_import_problems(self.status_label, exc, self.tr("未导入（名册未改动）："))
            return False
        self.refresh()
        say_done(self.status_label, self.tr("已导入 {name}：新增 {added} 位，修改 {updated} 位，{same} 位未变。").format(
            name=path.name, added=result.added, updated=result.updated, same=result.unchanged))
        if result.added or result.updated:
            self.changed.emit()
        return True

    def export_file(self, path: Path) -> bool:
        try:
            n = roster_service.export_mediators(self.ctx, path)
        except FuyuanError as exc:
            show_import_problems(self.status_label, exc, "")
            return False
        say_done(self.status_label, self.tr("已导出 {n} 位调解员到 {path}").format(n=n, path=path))
        return True

    def _ask_import(self) -> None:
        name = open_file_name(self, self.tr("导入调解员名册"), _spreadsheets())
        if name:
            self.import_file(Path(name))

    def _ask_export(self) -> None:
        name = save_file_name(self, self.tr("导出调解员名册"), self.tr("调解员名册.xlsx"), _spreadsheets())
        if name:
            self.export_file(Path(name))


def may_edit_roster(ctx: Workspace) -> bool:
    from fuyuan_desktop.services.permissions import allowed

    return allowed(ctx.role, "mediator.edit")
