"""登记送达 on the case page's 文书 tab: the selected printed paper was served on whom, when, how, where, by whom,
signed or refused (留置送达 with its witness). The same service as ``fuyuan case serve``; an error stays beside
the form and nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.service_records import ServiceInput, ServiceView, record_service, service_choices
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.qt_dates import qdate


class ServiceDialog(QDialog):
    def __init__(self, ctx: Workspace, case_id: str, paper_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.paper_id = paper_id
        self.recorded: ServiceView | None = None
        choices = service_choices(ctx, case_id, paper_id)
        self.setWindowTitle(self.tr("登记送达"))
        layout = QVBoxLayout(self)
        paper = QLabel(choices.paper, self)
        paper.setWordWrap(True)
        layout.addWidget(paper)
        form = QFormLayout()
        self.recipient_combo = QComboBox(self)
        for key, text in choices.recipients:
            self.recipient_combo.addItem(text, key)
        today = qdate(ctx.today())
        self.date_edit = QDateEdit(today, self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(today)
        self.method_combo = QComboBox(self)
        for code, text in choices.methods:
            self.method_combo.addItem(text, code)
        self.receipt_combo = QComboBox(self)
        for code, text in choices.receipts:
            self.receipt_combo.addItem(text, code)
        self.place_edit = QLineEdit(self)
        self.server_edit = QLineEdit(ctx.actor, self)
        self.signer_edit = QLineEdit(self)
        self.witness_edit = QLineEdit(self)
        form.addRow(self.tr("受送达人(&N)"), self.recipient_combo)
        form.addRow(self.tr("送达日期(&D)"), self.date_edit)
        form.addRow(self.tr("送达方式(&W)"), self.method_combo)
        form.addRow(self.tr("签收情况(&R)"), self.receipt_combo)
        form.addRow(self.tr("送达地点(&P)"), self.place_edit)
        form.addRow(self.tr("送达人(&S)"), self.server_edit)
        form.addRow(self.tr("签收人（代收人、单位收件人）"), self.signer_edit)
        form.addRow(self.tr("见证人（留置送达）"), self.witness_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # 留置送达 is a refusal: choosing it sets 拒收 (the service refuses any other pairing anyway).
        witness = set(choices.witness_methods)
        self.method_combo.currentIndexChanged.connect(
            lambda _i: self.receipt_combo.setCurrentIndex(max(self.receipt_combo.findData(
                "refused" if self.method_combo.currentData() in witness else "signed"), 0)))

    def _day(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def save(self) -> bool:
        """Record the service; on a refusal the reason is shown and the dialog stays open."""
        self.error_label.clear()
        try:
            self.recorded = record_service(self.ctx, self.case_id, ServiceInput(
                paper=self.paper_id, to=str(self.recipient_combo.currentData() or ""), served_on=self._day(),
                method=str(self.method_combo.currentData()), place=self.place_edit.text(),
                server=self.server_edit.text(), receipt=str(self.receipt_combo.currentData()),
                signer=self.signer_edit.text(), witness=self.witness_edit.text()))
        except FuyuanError as exc:
            self.error_label.setText(str(exc))
            return False
        self.accept()
        return True
