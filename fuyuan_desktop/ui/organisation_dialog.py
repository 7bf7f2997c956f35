"""登记调解组织: a 调解组织 entered into the registry under its full name (papers print that name as registered),
with its kind, place, and whether it is on the court's 特邀 list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.organisations import KINDS
from fuyuan_desktop.services.organisations import NewOrganisation, OrganisationView, add_organisation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text


class AddOrganisationDialog(QDialog):
    """Name, kind, place and 特邀 flag; saved as one audited change, errors stay in the dialog."""

    def __init__(self, ctx: Workspace, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: OrganisationView | None = None
        self.setWindowTitle(self.tr("登记调解组织"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(100)
        self.name_edit.setMinimumWidth(320)
        self.name_edit.setPlaceholderText(self.tr("登记全称，如 松原市宁江区伯都乡人民调解委员会"))
        self.kind_combo = QComboBox()
        for code, label in KINDS.items():
            self.kind_combo.addItem(label, code)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("地名库中的地点，如 伯都乡（可空）"))
        self.invited_check = QCheckBox(self.tr("列入本院特邀调解组织名册(&I)"))
        form.addRow(self.tr("全称(&N)"), self.name_edit)
        form.addRow(self.tr("类型(&K)"), self.kind_combo)
        form.addRow(self.tr("地点(&P)"), self.place_edit)
        form.addRow(self.invited_check)
        hint = QLabel(self.tr("文书按登记全称打印，不再由地点推出。"))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("登记(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self.error_label.clear()
        try:
            self.created = add_organisation(self.ctx, NewOrganisation(
                name=self.name_edit.text(), kind=str(self.kind_combo.currentData()), place=self.place_edit.text(),
                invited=self.invited_check.isChecked()))
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
