"""司法确认 on the case page: the application period of the agreement in force (warned when few days remain,
closed after), what bars it, and the application tracked — 申请日, the court's 案号, the ruling and its date.
The same services as ``fuyuan case confirmation``; an error stays beside the form and nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.confirmation import RULINGS
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.confirmation import (
    ConfirmationState,
    confirmation_state,
    record_application,
    record_ruling,
)
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.error_words import message_text
from fuyuan_desktop.ui.qt_dates import qdate

COLOURS = {"overdue": "#9b2c2c", "excluded": "#9b2c2c", "due_soon": "#8a5a00"}


def state_html(state: ConfirmationState) -> str:
    """The state as the case page shows it: the summary coloured by urgency, bars in red, warnings in amber."""
    colour = COLOURS.get(state.state)
    head = f"<span style='color:{colour}'><b>{state.summary}</b></span>" if colour else state.summary
    lines = [head]
    refused = QCoreApplication.translate("ConfirmationDialog", "不能申请：")
    note = QCoreApplication.translate("ConfirmationDialog", "注意：")
    applied = QCoreApplication.translate("ConfirmationDialog", "司法确认申请：")
    lines += [f"<span style='color:#9b2c2c'>{refused}{message_text(r)}</span>" for r in state.refusals]
    lines += [f"<span style='color:#8a5a00'>{note}{message_text(w)}</span>" for w in state.warnings]
    lines += [f"{applied}{a.status_text}" for a in state.applications]
    return "<br>".join(lines)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ConfirmationDialog(QDialog):
    """The state on top; below it the two forms: 登记申请 and 登记裁定."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.changed = 0  # how many records this dialog saved (the case page reads the case again if any)
        self.setWindowTitle(self.tr("司法确认"))
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_label")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        today = qdate(ctx.today())

        apply_box = QGroupBox(self.tr("登记申请（当事人共同向法院申请之日）"), self)
        form = QFormLayout(apply_box)
        self.applied_edit = QDateEdit(today, apply_box)
        self.applied_edit.setCalendarPopup(True)
        self.applied_edit.setDisplayFormat("yyyy-MM-dd")
        self.applied_edit.setMaximumDate(today)
        self.apply_number_edit = QLineEdit(apply_box)
        self.apply_number_edit.setPlaceholderText(self.tr("已立案的，填法院案号，如（2026）吉0702民特15号"))
        form.addRow(self.tr("申请日(&D)"), self.applied_edit)
        form.addRow(self.tr("法院案号(&N)"), self.apply_number_edit)
        self.apply_button = QPushButton(self.tr("登记申请(&A)"), apply_box)
        self.apply_button.clicked.connect(self.apply)
        form.addRow(self.apply_button)
        layout.addWidget(apply_box)

        ruling_box = QGroupBox(self.tr("登记裁定"), self)
        form = QFormLayout(ruling_box)
        self.ruling_combo = QComboBox(ruling_box)
        for code, label in RULINGS.items():
            self.ruling_combo.addItem(label, code)
        self.ruled_edit = QDateEdit(today, ruling_box)
        self.ruled_edit.setCalendarPopup(True)
        self.ruled_edit.setDisplayFormat("yyyy-MM-dd")
        self.ruled_edit.setMaximumDate(today)
        self.ruling_number_edit = QLineEdit(ruling_box)
        self.ruling_number_edit.setPlaceholderText(self.tr("确认有效、驳回须写明法院案号"))
        row = QHBoxLayout()
        row.addWidget(self.ruling_combo)
        row.addWidget(QLabel(self.tr("裁定日期"), ruling_box))
        row.addWidget(self.ruled_edit)
        row.addStretch(1)
        ruling_label = QLabel(self.tr("裁定结果(&R)"), ruling_box)
        ruling_label.setBuddy(self.ruling_combo)
        form.addRow(ruling_label, row)
        form.addRow(self.tr("法院案号(&U)"), self.ruling_number_edit)
        self.ruling_button = QPushButton(self.tr("登记裁定(&S)"), ruling_box)
        self.ruling_button.clicked.connect(self.rule)
        form.addRow(self.ruling_button)
        layout.addWidget(ruling_box)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for box in (apply_box, ruling_box):
            box.setEnabled(allowed(ctx.role, "agreement.finalize"))
        self.resize(640, 460)
        self.state: ConfirmationState | None = None
        self.reload()

    def reload(self) -> None:
        state = self.state = confirmation_state(self.ctx, self.case_id)
        self.state_label.setText(state_html(state))
        self.apply_button.setEnabled(state.can_apply)
        pending = any(not a.ruling for a in state.applications)
        self.ruling_button.setEnabled(pending)
        current = next((a for a in reversed(state.applications) if not a.ruling), None)
        if current is not None and current.court_number and not self.ruling_number_edit.text():
            self.ruling_number_edit.setText(current.court_number)

    def apply(self) -> bool:
        self.error_label.clear()
        try:
            record_application(self.ctx, self.case_id, applied_on=_day(self.applied_edit),
                               court_number=self.apply_number_edit.text())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.changed += 1
        self.reload()
        return True

    def rule(self) -> bool:
        self.error_label.clear()
        try:
            record_ruling(self.ctx, self.case_id, ruling=str(self.ruling_combo.currentData()),
                          ruled_on=_day(self.ruled_edit), court_number=self.ruling_number_edit.text())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.changed += 1
        self.reload()
        return True
