"""编辑当事人: correct a party's name, ID number, phone and address from the case's 当事人 tab."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from fuyuan_desktop.domain.errors import FuyuanError, InputErrors
from fuyuan_desktop.services.case_edits import PartyEdit, edit_party
from fuyuan_desktop.services.cases import PartyView
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text


class PartyEditDialog(QDialog):
    """The name and address shown as they are; the ID number and phone (masked on screen) are typed anew, or left
    empty to keep them. Errors appear under the form, naming the field; the dialog stays open with what was typed."""

    def __init__(self, ctx: Workspace, party: PartyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party = party
        self.changed: list[str] = []
        self.setWindowTitle(self.tr("编辑当事人 — {name}").format(name=party.name))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(party.name)
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(18)
        self.phone_edit = QLineEdit()
        self.address_edit = QLineEdit(party.address)
        self.address_edit.setPlaceholderText(self.tr("如 吉林省松原市宁江区伯都乡新立村三社"))
        keep = self.tr("不改请留空（现为 {value}）")
        self.id_edit.setPlaceholderText(keep.format(value=party.id_number or self.tr("未填")))
        self.phone_edit.setPlaceholderText(keep.format(value=party.phone or self.tr("未填")))
        form.addRow(self.tr("姓名/名称(&N)"), self.name_edit)
        if party.kind_code in ("", "person"):
            form.addRow(self.tr("身份证号码(&I)"), self.id_edit)
        else:
            self.id_edit.hide()
        form.addRow(self.tr("联系电话(&P)"), self.phone_edit)
        form.addRow(self.tr("住址/住所(&D)"), self.address_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(min(560, self.sizeHint().width() + 200))

    def edit(self) -> PartyEdit:
        return PartyEdit(name=self.name_edit.text(), address=self.address_edit.text(),
                         id_number=self.id_edit.text().strip() or None, phone=self.phone_edit.text().strip() or None)

    def save(self) -> None:
        try:
            self.changed = edit_party(self.ctx, self.party.id, self.edit())
        except InputErrors as exc:
            self.error_label.setText("\n".join(error_text(e) for e in exc.errors))
            return
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
