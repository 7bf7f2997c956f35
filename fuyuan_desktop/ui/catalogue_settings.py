"""The 设置 page's 案由目录 section (administrators only): the amendments made to the shipped 案由 catalogues, in the
order made, and dialogs to add an entry under a parent, rename one or retire one with its reason; import and export
the list as .xlsx/.csv. What is saved at the hub reaches every laptop with its next receipt (docs/catalogues.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.causes import ADD, RENAME, RETIRE
from fuyuan_desktop.domain.errors import FuyuanError, InputErrors
from fuyuan_desktop.services import causes as cause_service
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import in_documents

PROBLEM_RED = "#b42318"
OK_GREEN = "#1a7f37"


class AmendmentDialog(QDialog):
    """One amendment: add (目录, 上级代码, 名称, 代码), rename (目录, 代码, 名称) or retire (目录, 代码, 原因). The typed
    code's place in the catalogue shows under it; a refused amendment's reason stays in the dialog."""

    def __init__(self, ctx: Workspace, kind: str, parent: QWidget | None = None, *, code: str = "",
                 catalogue: str = "civil_2020") -> None:
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.ctx = ctx
        self.kind = kind
        self.made: cause_service.AmendmentView | None = None
        titles = {ADD: self.tr("增补案由"), RENAME: self.tr("更正案由名称"), RETIRE: self.tr("停用案由")}
        self.setWindowTitle(titles[kind])
        form = QFormLayout(self)
        self.catalogue_combo = QComboBox(self)
        self.catalogue_combo.setObjectName("amendment_catalogue")
        for cid, short in cause_service.SHORT_TITLES.items():
            self.catalogue_combo.addItem(short, cid)
        self.catalogue_combo.setCurrentIndex(max(0, self.catalogue_combo.findData(catalogue)))
        form.addRow(self.tr("目录(&C)"), self.catalogue_combo)
        self.code_edit = QLineEdit(code, self)
        self.code_edit.setObjectName("amendment_code")
        self.code_edit.setMinimumWidth(320)
        self.code_edit.setPlaceholderText("4.10.84")
        self.path_label = QLabel(self)
        self.path_label.setObjectName("amendment_path")
        self.path_label.setWordWrap(True)
        form.addRow(self.tr("上级代码(&P)") if kind == ADD else self.tr("代码(&D)"), self.code_edit)
        form.addRow(self.path_label)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("amendment_name")
        self.name_edit.setMaxLength(100)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("amendment_reason")
        self.reason_edit.setMaxLength(500)
        self.new_code_edit = QLineEdit(self)
        self.new_code_edit.setObjectName("amendment_new_code")
        if kind == RETIRE:
            form.addRow(self.tr("原因(&R)"), self.reason_edit)
        else:
            form.addRow(self.tr("名称(&N)"), self.name_edit)
        if kind == ADD:
            self.new_code_edit.setPlaceholderText(self.tr("可不填：上级代码加下一个序号"))
            form.addRow(self.tr("代码(&D)"), self.new_code_edit)
        for unused in ((self.name_edit, self.new_code_edit) if kind == RETIRE
                       else (self.reason_edit,) if kind == ADD else (self.reason_edit, self.new_code_edit)):
            unused.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("amendment_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {PROBLEM_RED};")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.code_edit.textChanged.connect(self._show_path)
        self.catalogue_combo.currentIndexChanged.connect(self._show_path)
        self._show_path()

    def _show_path(self) -> None:
        self.path_label.setText(cause_service.entry_path(self.ctx, str(self.catalogue_combo.currentData()),
                                                         self.code_edit.text()))

    def save(self) -> None:
        self.error_label.clear()
        catalogue = str(self.catalogue_combo.currentData())
        try:
            if self.kind == ADD:
                self.made = cause_service.add_cause(self.ctx, catalogue, self.code_edit.text(), self.name_edit.text(),
                                                    code=self.new_code_edit.text())
            elif self.kind == RENAME:
                self.made = cause_service.rename_cause(self.ctx, catalogue, self.code_edit.text(),
                                                       self.name_edit.text())
            else:
                self.made = cause_service.retire_cause(self.ctx, catalogue, self.code_edit.text(),
                                                       self.reason_edit.text())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class CatalogueAmendmentsBox(QGroupBox):
    """The amendments in force here, oldest first; the buttons open ``AmendmentDialog``."""

    changed = Signal()

    def __init__(self, ctx: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_box")
        self.setTitle(self.tr("案由目录的修订（管理员）"))
        self.ctx = ctx
        self.views: list[cause_service.AmendmentView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("在随程序发布的案由目录上增补、更名或停用案由。停用的案由不能再用于新案件，"
                               "已登记的案件保留并标注“已停用”。中院端的修订随回执下发到各设备。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("catalogue_table")
        self.table.setHorizontalHeaderLabels([self.tr("目录"), self.tr("修订"), self.tr("修订人"), self.tr("时间")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("增补案由…"), self)
        self.add_button.setObjectName("catalogue_add_button")
        self.add_button.clicked.connect(lambda: self.open_dialog(ADD))
        self.rename_button = QPushButton(self.tr("更名…"), self)
        self.rename_button.setObjectName("catalogue_rename_button")
        self.rename_button.clicked.connect(lambda: self.open_dialog(RENAME))
        self.retire_button = QPushButton(self.tr("停用…"), self)
        self.retire_button.setObjectName("catalogue_retire_button")
        self.retire_button.clicked.connect(lambda: self.open_dialog(RETIRE))
        self.import_button = QPushButton(self.tr("从表格导入…"), self)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton(self.tr("导出为表格…"), self)
        self.export_button.clicked.connect(self._ask_export)
        for button in (self.add_button, self.rename_button, self.retire_button, self.import_button,
                       self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("catalogue_status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.refresh()

    def refresh(self) -> None:
        """Read the amendments again (a receipt may have brought the court's)."""
        self.views = cause_service.list_amendments(self.ctx)
        self.table.setRowCount(len(self.views))
        for i, view in enumerate(self.views):
            cells = [cause_service.SHORT_TITLES.get(view.catalogue, view.catalogue), view.what, view.made_by,
                     view.made_at]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)

    def make_dialog(self, kind: str) -> AmendmentDialog:
        """The dialog for ``kind``, on the selected amendment's entry when there is one."""
        row = self.table.currentRow()
        code, catalogue = "", "civil_2020"
        if 0 <= row < len(self.views):
            code, catalogue = self.views[row].code, self.views[row].catalogue
        return AmendmentDialog(self.ctx, kind, self, code=code, catalogue=catalogue)

    def open_dialog(self, kind: str) -> None:
        dialog = self.make_dialog(kind)
        if dialog.exec() and dialog.made is not None:
            self.done(dialog.made.what)

    def done(self, what: str) -> None:
        self.refresh()
        self._say(what, ok=True)
        self.changed.emit()

    def _say(self, text: str, *, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {OK_GREEN if ok else PROBLEM_RED};")

    def import_file(self, path: Path) -> bool:
        try:
            result = cause_service.import_amendments(self.ctx, path)
        except InputErrors as exc:
            self._say(self.tr("未导入（整份文件未改动）：\n{problems}").format(
                problems="\n".join(str(e) for e in exc.errors[:12])), ok=False)
            return False
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
            return False
        self.refresh()
        self._say(self.tr("已导入 {name}：{n} 条修订，{same} 行已生效。").format(
            name=path.name, n=result.added, same=result.skipped), ok=True)
        if result.added:
            self.changed.emit()
        return True

    def export_file(self, path: Path) -> bool:
        try:
            n = cause_service.export_amendments(self.ctx, path)
        except FuyuanError as exc:
            self._say(error_text(exc), ok=False)
            return False
        self._say(self.tr("已导出 {n} 条到 {path}").format(n=n, path=path), ok=True)
        return True

    def _ask_import(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("导入案由目录修订"), in_documents(),
                                               self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.import_file(Path(name))

    def _ask_export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("导出案由目录修订"),
                                               str(Path(in_documents()) / self.tr("案由目录修订.xlsx")),
                                               self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.export_file(Path(name))


def may_amend(ctx: Workspace) -> bool:
    """Whether the logged-in role may amend the catalogues (administrators; everyone without accounts)."""
    from fuyuan_desktop.services.permissions import allowed

    return allowed(ctx.role, cause_service.EDIT_ACTION)
