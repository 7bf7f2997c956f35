"""The case page's 中止调解 / 恢复调解, 延长调解期限 and 转立案 (with the 无争议事实) dialogs; a refusal stays in the dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.cases import PartyView
from fuyuan_desktop.services.handoff import Handoff, docket_case
from fuyuan_desktop.services.workflow import (
    EXTENSION_LIMIT,
    REASON_LIMIT,
    StatusChange,
    Suspension,
    extend_mediation,
    extended_due,
    resume_mediation,
    suspend_mediation,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.qt_dates import qdate


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #9b2c2c;")
    return label


def _date_edit(today: date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(today))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(qdate(today))
    return edit


def _picked(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def _buttons(dialog: QDialog, text: str, cancel: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SuspendDialog(QDialog):
    """中止调解: a reason (the reference list offered, any words typed) and the date; the period stands still."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.result_value: Suspension | None = None
        self.setObjectName("suspend_dialog")
        self.setWindowTitle(self.tr("中止调解"))
        form = QFormLayout(self)
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("suspend_reason")
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems(list(ctx.reference.suspension_reasons))
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setEditText("")
        line = self.reason_combo.lineEdit()
        if line is not None:
            line.setMaxLength(REASON_LIMIT)
            line.setPlaceholderText(self.tr("如 一方当事人患病、等待鉴定结果"))
        form.addRow(self.tr("中止原因(&R)"), self.reason_combo)
        self.date_edit = _date_edit(ctx.today(), "suspend_date")
        form.addRow(self.tr("中止日期(&D)"), self.date_edit)
        note = QLabel(self.tr("中止期间调解期限不计算；恢复时调解期限按中止天数顺延（推定规则，见参考数据 deadlines.json）。"
                              "中止和恢复记入本案日志。"))
        note.setWordWrap(True)
        form.addRow(note)
        self.error_label = _error_label()
        self.error_label.setObjectName("suspend_error")
        form.addRow(self.error_label)
        buttons = _buttons(self, self.tr("中止(&S)"), self.tr("取消"))
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        try:
            self.result_value = suspend_mediation(self.ctx, self.case_id, self.reason_combo.currentText(),
                                                  on=_picked(self.date_edit))
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class ResumeDialog(QDialog):
    """恢复调解 on a date: the days the period stood still move the due date (rolled to a working day)."""

    def __init__(self, ctx: Workspace, case_id: str, suspended_on: date, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.result_value: Suspension | None = None
        self.setObjectName("resume_dialog")
        self.setWindowTitle(self.tr("恢复调解"))
        form = QFormLayout(self)
        form.addRow(self.tr("中止："), QLabel(self.tr("自 {d} 起（{r}）").format(d=suspended_on.isoformat(), r=reason)))
        self.date_edit = _date_edit(ctx.today(), "resume_date")
        self.date_edit.setMinimumDate(qdate(suspended_on))
        form.addRow(self.tr("恢复日期(&D)"), self.date_edit)
        self.days_label = QLabel()
        self.days_label.setObjectName("resume_days")
        form.addRow(self.days_label)
        self.suspended_on = suspended_on
        self.date_edit.dateChanged.connect(self._show_days)
        self._show_days()
        self.error_label = _error_label()
        self.error_label.setObjectName("resume_error")
        form.addRow(self.error_label)
        buttons = _buttons(self, self.tr("恢复(&S)"), self.tr("取消"))
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def _show_days(self) -> None:
        days = (_picked(self.date_edit) - self.suspended_on).days
        self.days_label.setText(self.tr("调解期限将顺延 {n} 日（期限末日遇节假日顺延至工作日）").format(n=days))

    def save(self) -> None:
        try:
            self.result_value = resume_mediation(self.ctx, self.case_id, on=_picked(self.date_edit))
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class ExtendDialog(QDialog):
    """延长调解期限: the days and a tick for each party (applicants, respondents, third parties; not agents) whose
    consent is recorded; the new due date is shown as the days change. Every party must have consented."""

    def __init__(self, ctx: Workspace, case_id: str, parties: list[PartyView], due_on: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.result_value: StatusChange | None = None
        self.setObjectName("extend_dialog")
        self.setWindowTitle(self.tr("延长调解期限"))
        form = QFormLayout(self)
        form.addRow(self.tr("现调解期限："), QLabel(due_on.isoformat() if due_on else "—"))
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("extend_days")
        self.days_spin.setRange(1, EXTENSION_LIMIT)
        self.days_spin.setValue(15)
        form.addRow(self.tr("延长天数(&N)"), self.days_spin)
        self.due_label = QLabel()
        self.due_label.setObjectName("extend_due")
        form.addRow(self.tr("延长后期限："), self.due_label)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.consent_boxes: list[tuple[str, QCheckBox]] = []
        for party in parties:
            check = QCheckBox(f"{party.role}　{party.name}")
            check.setObjectName(f"consent_{party.id}")
            column.addWidget(check)
            self.consent_boxes.append((party.id, check))
        scroll = QScrollArea()  # a case with many parties scrolls inside the dialog
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        form.addRow(self.tr("已记录同意："), scroll)
        note = QLabel(self.tr("延长调解期限须经全部当事人同意（代理人不计）；延长记入本案日志。"))
        note.setWordWrap(True)
        form.addRow(note)
        self.error_label = _error_label()
        self.error_label.setObjectName("extend_error")
        form.addRow(self.error_label)
        buttons = _buttons(self, self.tr("延长(&S)"), self.tr("取消"))
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.days_spin.valueChanged.connect(self._show_due)
        self._show_due()
        self.setMinimumWidth(420)

    def _show_due(self) -> None:
        try:
            due = extended_due(self.ctx, self.case_id, self.days_spin.value())
        except FuyuanError as exc:
            self.due_label.setText(error_text(exc))
            return
        self.due_label.setText(due.isoformat() if due else "—")

    def consenting(self) -> list[str]:
        return [party_id for party_id, check in self.consent_boxes if check.isChecked()]

    def save(self) -> None:
        try:
            self.result_value = extend_mediation(self.ctx, self.case_id, self.days_spin.value(),
                                                 consenting_party_ids=self.consenting())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class DocketDialog(QDialog):
    """转立案: the 无争议事实, one a line (or the statement that there are none); then the page prints the
    无争议事实记载表 for the parties to sign."""

    def __init__(self, ctx: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.result_value: Handoff | None = None
        self.setObjectName("docket_dialog")
        self.setWindowTitle(self.tr("转立案：记载无争议事实"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("调解不成转立案。经各方当事人同意，记载调解中各方均无争议的事实，每行一项；"
                               "为达成协议作出妥协而认可的事实不要记入。"))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.facts_edit = QPlainTextEdit()
        self.facts_edit.setObjectName("docket_facts")
        self.facts_edit.setPlaceholderText(self.tr("如：申请人与被申请人系前后院邻居。"))
        form.addRow(self.tr("无争议事实(&F)"), self.facts_edit)
        self.none_box = QCheckBox(self.tr("各方当事人对事实均有争议，没有无争议事实(&N)"))
        self.none_box.setObjectName("docket_none")
        self.none_box.toggled.connect(lambda on: self.facts_edit.setEnabled(not on))
        form.addRow(self.none_box)
        self.print_box = QCheckBox(self.tr("转立案后打印无争议事实记载表，供各方签名(&P)"))
        self.print_box.setObjectName("docket_print")
        self.print_box.setChecked(True)
        form.addRow(self.print_box)
        self.error_label = _error_label()
        self.error_label.setObjectName("docket_error")
        form.addRow(self.error_label)
        buttons = _buttons(self, self.tr("转立案(&S)"), self.tr("取消"))
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        none = self.none_box.isChecked()
        facts = [] if none else self.facts_edit.toPlainText().splitlines()
        try:
            self.result_value = docket_case(self.ctx, self.case_id, facts, none_agreed=none)
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()
