"""One case as its own page — 概况, 当事人, 调解记录, 协议, 文书, 附件, 日志 — Esc returns to the case list."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import (
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    MediationKind,
    Outcome,
    PartyKind,
    PartyRole,
    SessionStatus,
    TaskStatus,
)
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.audit import SYSTEM_ACTOR, HistoryEntry, case_history
from fuyuan_desktop.services.calendar import marked
from fuyuan_desktop.services.case_edits import (
    FINAL_STATUSES,
    MEDIATORS_EDITABLE,
    cancel_session,
    reschedule_session,
    set_case_place,
)
from fuyuan_desktop.services.cases import CaseDetail, PartyView, SessionView, case_sessions, get_case
from fuyuan_desktop.services.changes import CASE, DOCUMENT, PARTY, SESSION
from fuyuan_desktop.services.confirmation import ConfirmationState, confirmation_state
from fuyuan_desktop.services.documents import (
    KINDS,
    PRINTERS,
    SERVICE_METHODS,
    DocumentView,
    PrintedDocument,
    ServableDocument,
    documents_of,
    reprint_document,
    servable_documents,
)
from fuyuan_desktop.services.intake import known_places
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.service_records import service_status
from fuyuan_desktop.services.sessions import mark_held, schedule_session
from fuyuan_desktop.services.workflow import (
    CONSENT_ROLES,
    allowed_moves,
    close_case,
    mediation_period_days,
    set_status,
    start_mediation,
)
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
from fuyuan_desktop.ui.attachments_tab import AttachmentsTab
from fuyuan_desktop.ui.changes import ChangeWatch, Stale
from fuyuan_desktop.ui.confirmation_dialog import ConfirmationDialog, state_html
from fuyuan_desktop.ui.crash import error_text, show_error
from fuyuan_desktop.ui.enum_labels import enum_label, enum_text
from fuyuan_desktop.ui.error_words import message_text
from fuyuan_desktop.ui.file_dialogs import in_documents, save_file_name
from fuyuan_desktop.ui.forms.ui_case_detail import Ui_CaseDetailPage
from fuyuan_desktop.ui.forms.ui_case_schedule_dialog import Ui_ScheduleDialog
from fuyuan_desktop.ui.mediator_picker import MediatorsDialog
from fuyuan_desktop.ui.party_edit import PartyEditDialog
from fuyuan_desktop.ui.party_law import PartyLawDialog
from fuyuan_desktop.ui.performance import PerformanceDialog
from fuyuan_desktop.ui.qt_dates import qdatetime
from fuyuan_desktop.ui.recorder import RecorderWindow, court_now, open_recorder_for
from fuyuan_desktop.ui.service_dialog import ServiceDialog
from fuyuan_desktop.ui.suspension_dialogs import DocketDialog, ExtendDialog, ResumeDialog, SuspendDialog
from fuyuan_desktop.ui.tasks import TaskFn, run_quietly, run_task

log = logging.getLogger("fuyuan.ui")

Index = QModelIndex | QPersistentModelIndex
DialogT = TypeVar("DialogT", bound=QDialog)
MOVE_BUTTONS = {
    "assigned": str(QT_TRANSLATE_NOOP("CaseDetailPage", "指派调解员(&A)…")),
    "mediating": str(QT_TRANSLATE_NOOP("CaseDetailPage", "开始调解(&M)")),
    "agreed": str(QT_TRANSLATE_NOOP("CaseDetailPage", "达成调解协议(&G)…")),
    "follow_up": str(QT_TRANSLATE_NOOP("CaseDetailPage", "转入履行回访(&H)")),
    "closed": str(QT_TRANSLATE_NOOP("CaseDetailPage", "结案(&C)…")),
    "terminated": str(QT_TRANSLATE_NOOP("CaseDetailPage", "调解终结(&T)…")),
    "docketed": str(QT_TRANSLATE_NOOP("CaseDetailPage", "转立案(&K)…")),
    "returned": str(QT_TRANSLATE_NOOP("CaseDetailPage", "退回(&R)…")),
}
# The states in which the mediation period runs (the same the case list's "只看超期" uses).
OPEN_STATUSES = (DisputeStatus.ASSIGNED.value, DisputeStatus.MEDIATING.value)
# What this page shows of the store; a change of another case is none of its business.
SHOWN_KINDS = (CASE, PARTY, SESSION, DOCUMENT)
# What an audit event touched, in the clerk's words; bookkeeping columns are left out of the change summary.
ENTITY_NAMES = {
    "dispute": str(QT_TRANSLATE_NOOP("CaseDetailPage", "案件")),
    "party": str(QT_TRANSLATE_NOOP("CaseDetailPage", "当事人")),
    "caseparty": str(QT_TRANSLATE_NOOP("CaseDetailPage", "当事人")),
    "disputemediator": str(QT_TRANSLATE_NOOP("CaseDetailPage", "调解员指派")),
    "mediationsession": str(QT_TRANSLATE_NOOP("CaseDetailPage", "调解场次")),
    "recordrevision": str(QT_TRANSLATE_NOOP("CaseDetailPage", "笔录版本")),
    "attendance": str(QT_TRANSLATE_NOOP("CaseDetailPage", "签到")),
    "agreement": str(QT_TRANSLATE_NOOP("CaseDetailPage", "调解协议")),
    "agreementclause": str(QT_TRANSLATE_NOOP("CaseDetailPage", "协议条款")),
    "generateddocument": str(QT_TRANSLATE_NOOP("CaseDetailPage", "文书")),
    "servicerecord": str(QT_TRANSLATE_NOOP("CaseDetailPage", "送达记录")),
    "attachment": str(QT_TRANSLATE_NOOP("CaseDetailPage", "附件")),
    "followup": str(QT_TRANSLATE_NOOP("CaseDetailPage", "回访")),
    "confirmationapplication": str(QT_TRANSLATE_NOOP("CaseDetailPage", "司法确认申请")),
}
# The papers' names and what each needs (services.documents.KINDS), listed for translation; shown through tr().
DOCUMENT_WORDS = (
    QT_TRANSLATE_NOOP("CaseDetailPage", "调解协议书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "调解协议书（人民调解 / 诉前委派 / 行政争议和解，随协议类型）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "一份调解协议（草稿打印带“草稿”水印）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "调解笔录"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "调解笔录（按次打印，--version 为第几次调解）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "一次已保存笔录的调解；笔录再次保存后旧纸本核验为“已被取代”"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "诉前调解通知书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "诉前调解通知书（每位当事人一页）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "当事人；有已排期的调解时印出时间地点，否则留空"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "诉前调解告知书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "诉前调解告知书（当事人权利义务，每案一份）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "当事人；按案件类型（人民调解 / 诉前委派 / 行政争议）印出各自的告知事项"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "送达回证"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "送达回证（每位当事人一页；--for 指定已打印的文书则为该文书的送达回证）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "当事人；送达某份文书的：该文书已打印（现行版本）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "当事人"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "送达地址确认书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "送达地址确认书（每位当事人一页）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "司法确认申请书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "司法确认申请书（各方当事人共同申请）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "一份已定稿的调解协议；婚姻家庭等身份关系纠纷不能申请"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "司法建议书"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "司法建议书（--version 为本案第几份）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "一份司法建议（fuyuan recommendation draft）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "卷宗封面及卷宗目录"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "卷宗封面及卷宗目录（含封底）"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "案件登记即可；目录列出本卷已有和尚缺的材料"),
)
# The 送达方式 (services.documents.SERVICE_METHODS), listed for translation; shown through tr().
METHOD_WORDS = (
    QT_TRANSLATE_NOOP("CaseDetailPage", "直接"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "留置"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "电子"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "邮寄"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "委托"),
    QT_TRANSLATE_NOOP("CaseDetailPage", "转交"),
)
BOOKKEEPING = {"id", "hlc", "origin_device", "created_at", "updated_at", "deleted", "dispute_id"}


def task_status_label(code: str) -> str:
    try:
        return enum_label(TaskStatus.of(code))
    except ValueError:
        return code


def _fill(table: QTableWidget, headers: tuple[str, ...], rows: Sequence[Sequence[str]],
          key: list[str] | None = None) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c == 0 and key is not None:
                item.setData(Qt.ItemDataRole.UserRole, key[r])
            table.setItem(r, c, item)
    table.verticalHeader().setVisible(False)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


class ScheduleDialog(QDialog):
    """When and where the next sitting is (court time)."""

    def __init__(self, default_place: str, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScheduleDialog()
        self.ui.setupUi(self)
        self.ui.when_edit.setDateTime(qdatetime(start))
        self.ui.place_edit.setText(default_place)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def when(self) -> datetime:
        chosen = self.ui.when_edit.dateTime()
        day, clock = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=COURT_TZ)

    def place(self) -> str:
        return self.ui.place_edit.text().strip()


class PlaceDialog(QDialog):
    """修改地点: the place typed, the known 村屯/社区/园区 offered as it is typed; errors stay in the dialog."""

    def __init__(self, ctx: Workspace, case_id: str, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setWindowTitle(self.tr("修改纠纷地点"))
        form = QFormLayout(self)
        self.place_edit = QLineEdit(current)
        self.place_edit.setMaxLength(200)
        completer = QCompleter(known_places(ctx), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place_edit.setCompleter(completer)
        form.addRow(self.tr("纠纷地点(&P)"), self.place_edit)
        note = QLabel(self.tr("尚未进行、且在原地点的调解随之改到新地点；修改记入本案日志。"))
        note.setWordWrap(True)
        form.addRow(note)
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
        self.setMinimumWidth(420)

    def save(self) -> None:
        try:
            set_case_place(self.ctx, self.case_id, self.place_edit.text())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class OfficialNumberDialog(QDialog):
    """登记正式案号 (the court's number for this case) or, for an administrator, 更正正式案号 with its reason; the
    number must be the case's own court's with its kind's type code — a refusal stays in the dialog."""

    def __init__(self, ctx: Workspace, case_id: str, current: str, parent: QWidget | None = None, *,
                 correcting: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.correcting = ctx, case_id, correcting
        self.setObjectName("official_number_dialog")
        self.setWindowTitle(self.tr("更正正式案号") if correcting else self.tr("登记正式案号"))
        form = QFormLayout(self)
        if correcting:
            form.addRow(self.tr("现登记的案号："), QLabel(current))
        self.number_edit = QLineEdit(current if correcting else "")
        self.number_edit.setObjectName("official_number_edit")
        self.number_edit.setMaxLength(64)
        self.number_edit.setPlaceholderText(self.tr("如 （2026）吉0702民诉前调15号"))
        form.addRow(self.tr("正式案号(&N)"), self.number_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("official_reason_edit")
        self.reason_edit.setMaxLength(500)
        if correcting:
            form.addRow(self.tr("更正原因(&R)"), self.reason_edit)
        note = QLabel(self.tr("更正记入本案日志（原案号、新案号和原因），并随同步报送中院；已签署的文书不变，重印时另行注明正式案号。")
                      if correcting else self.tr("法院立案系统分配的案号；登记后临时编号仍保留作关联。"))
        note.setWordWrap(True)
        form.addRow(note)
        self.error_label = QLabel()
        self.error_label.setObjectName("official_number_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9b2c2c;")
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("更正(&S)") if correcting else self.tr("登记(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        from fuyuan_desktop.services.workflow import correct_official_number, set_official_number

        try:
            if self.correcting:
                correct_official_number(self.ctx, self.case_id, self.number_edit.text(),
                                        reason=self.reason_edit.text())
            else:
                set_official_number(self.ctx, self.case_id, self.number_edit.text())
        except FuyuanError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.accept()


class HistoryModel(QAbstractTableModel):
    """The case's audit events; change summaries are made only for the rows on screen."""

    HEADERS = (str(QT_TRANSLATE_NOOP("CaseDetailPage", "序号")), str(QT_TRANSLATE_NOOP("CaseDetailPage", "时间（北京时间）")),
               str(QT_TRANSLATE_NOOP("CaseDetailPage", "操作人")), str(QT_TRANSLATE_NOOP("CaseDetailPage", "操作")),
               str(QT_TRANSLATE_NOOP("CaseDetailPage", "对象")), str(QT_TRANSLATE_NOOP("CaseDetailPage", "改动")))

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[HistoryEntry] = []

    def set_rows(self, rows: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseDetailPage", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.rows[index.row()]
        if index.column() == 5:
            change = e.after or e.before
            text = "；".join(f"{k}={str(v)[:40]}" for k, v in change.items() if k not in BOOKKEEPING)
            return text if role == Qt.ItemDataRole.ToolTipRole else text[:160]
        if index.column() == 1:
            try:
                return f"{datetime.fromisoformat(e.at).astimezone(COURT_TZ):%Y-%m-%d %H:%M:%S}"
            except ValueError:
                return e.at
        if index.column() == 2 and e.actor == SYSTEM_ACTOR:  # an automatic move, made because of the work
            by = e.after.get("by", "")
            return (QCoreApplication.translate("CaseDetailPage", "系统（随{by}的操作自动）").format(by=by) if by
                    else QCoreApplication.translate("CaseDetailPage", "系统（自动）"))
        if index.column() == 4 and e.entity in ENTITY_NAMES:
            return QCoreApplication.translate("CaseDetailPage", ENTITY_NAMES[e.entity])
        return str((e.seq, e.at, e.actor, e.action, e.entity)[index.column()])


class CaseDetailPage(QWidget):
    """Everything about one case; each tab calls the services directly and refreshes from them."""

    document_printed = Signal(object)  # PrintedDocument
    refreshed = Signal()  # the summary and tables show the case as last read
    sessions_refreshed = Signal()  # the sessions table alone was read again

    def __init__(self, ctx: Workspace, paths: DataPaths, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.case_id = case_id
        self.ui = Ui_CaseDetailPage()
        self.ui.setupUi(self)
        self._scroll_summary()
        self.case: CaseDetail | None = None
        self.unmasked: list[PartyView] | None = None
        self.documents: list[DocumentView] = []
        self._scratch = tempfile.TemporaryDirectory(prefix="fuyuan-documents-")
        self.composer = AgreementComposer(ctx, paths, case_id, self.ui.agreement_tab)
        self.ui.agreement_layout.addWidget(self.composer)
        self.performance_button = QPushButton(self.tr("履行与回访(&V)…"), self.ui.agreement_tab)
        self.performance_button.clicked.connect(lambda: self.performance())
        self.confirmation_button = QPushButton(self.tr("司法确认(&Q)…"), self.ui.agreement_tab)
        self.confirmation_button.setObjectName("confirmation_button")
        self.confirmation_button.clicked.connect(lambda: self.confirmation())
        agreement_buttons = QHBoxLayout()
        agreement_buttons.addWidget(self.performance_button)
        agreement_buttons.addWidget(self.confirmation_button)
        agreement_buttons.addStretch(1)
        self.ui.agreement_layout.addLayout(agreement_buttons)
        self.confirmation_state: ConfirmationState | None = None
        self.attachments = AttachmentsTab(ctx, paths, case_id, self.ui.attachments_tab)
        self.ui.attachments_layout.addWidget(self.attachments)
        self.document_pdf = QPdfDocument(self)
        self.document_view = QPdfView(self.ui.document_preview_frame)
        self.document_view.setDocument(self.document_pdf)
        self.document_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.document_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.document_preview_layout.addWidget(self.document_view)
        self.history = HistoryModel()
        self.ui.log_table.setModel(self.history)
        self.ui.log_table.verticalHeader().setVisible(False)
        self.ui.log_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.log_table.horizontalHeader().setStretchLastSection(True)
        for code in PRINTERS:
            label = KINDS[code].label if code in KINDS else code
            self.ui.kind_combo.addItem(self.tr(label.split("（")[0]), code)
            self.ui.kind_combo.setItemData(self.ui.kind_combo.count() - 1, self.tr(label), Qt.ItemDataRole.ToolTipRole)

        self._build_service_row()

        self.ui.back_button.clicked.connect(self.back)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)
        self.ui.unmask_button.toggled.connect(self.show_unmasked)
        self.ui.edit_party_button.clicked.connect(lambda: self.edit_party())
        self.ui.edit_party_button.setVisible(allowed(ctx.role, "case.edit"))
        self.ui.parties_table.doubleClicked.connect(lambda _i: self.edit_party())
        self.law_button = QPushButton(self.tr("法定代理人与代理权限(&L)…"), self.ui.parties_tab)
        self.law_button.setVisible(allowed(ctx.role, "case.edit"))
        self.law_button.clicked.connect(lambda: self.party_law())
        self.ui.parties_buttons.insertWidget(1, self.law_button)
        self.ui.unmask_button.setVisible(allowed(ctx.role, "case.unmask"))
        self.ui.schedule_button.clicked.connect(self.schedule_with_dialog)
        self.ui.open_record_button.clicked.connect(lambda: self.open_recorder())
        self.ui.sessions_table.doubleClicked.connect(lambda _i: self.open_recorder())
        self.ui.held_button.clicked.connect(self.mark_selected_held)
        self.ui.reschedule_button.clicked.connect(lambda: self.reschedule_selected())
        self.ui.cancel_session_button.clicked.connect(lambda: self.cancel_selected())
        self.ui.sessions_table.itemSelectionChanged.connect(self._session_buttons)
        self.ui.mediators_button.clicked.connect(lambda: self.change_mediators())
        self.ui.mediators_button.setVisible(allowed(ctx.role, "case.assign"))
        self.ui.place_button.clicked.connect(lambda: self.change_place())
        self.ui.place_button.setVisible(allowed(ctx.role, "case.edit"))
        self._number_row()
        for button in (self.ui.reschedule_button, self.ui.cancel_session_button):
            button.setVisible(allowed(ctx.role, "record.write"))
        self.ui.kind_combo.currentIndexChanged.connect(self._show_kind_needs)
        self.ui.print_button.clicked.connect(self.print_with_dialog)
        self.ui.documents_table.doubleClicked.connect(lambda _i: self.preview_archived())
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.composer.changed.connect(self.refresh)
        self.composer.pdf_ready.connect(lambda _p: self._refresh_documents())
        self._show_kind_needs()
        self.mediation_days = mediation_period_days(ctx)
        self._generation = 0  # of whole-case readings: a newer one (or the page's own refresh) wins
        self._sessions_generation = 0
        self._documents_fresh = 0  # the notice serial the documents table is fresh as of
        # Changes made elsewhere (the recorder saving, another window, a worker) are read again off the GUI thread,
        # and only the part they touch: a record saved every few seconds refreshes the sessions table alone.
        self.watch = ChangeWatch(self, ctx, SHOWN_KINDS, self._changed)
        self.refresh()

    # --- navigation ----------------------------------------------------------------------------------

    def back(self) -> None:
        """Back to the case list (Esc); an unsaved agreement draft is saved first."""
        if self.composer.is_dirty() and not self.composer.save_draft():
            return
        host = self.parent()
        while host is not None and not hasattr(host, "show_page"):
            host = host.parent()
        if host is not None:
            host.show_page("cases")

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving by the rail keeps the page, but the window may replace it later: keep the draft safe now.
        # (Not on minimising: that hide comes from the window system and the page stays.)
        if not event.spontaneous() and self.composer.is_dirty():
            self.composer.save_draft()
        super().hideEvent(event)

    def _tab_shown(self, _index: int) -> None:
        current = self.ui.tabs.currentWidget()
        if current is self.ui.log_tab:
            self._show_history(case_history(self.ctx, self.case_id))
        elif current is self.ui.documents_tab:
            self._refresh_documents()

    def _tab_later(self) -> None:
        """The log or documents tab in view, read again off the GUI thread (after a change made elsewhere)."""
        ctx, case_id = self.ctx, self.case_id
        current = self.ui.tabs.currentWidget()
        if current is self.ui.log_tab:
            run_quietly(lambda: case_history(ctx, case_id), owner=self, on_done=self._show_history, on_error=self._read_failed)
        elif current is self.ui.documents_tab:
            self._documents_fresh = ctx.changes.serial
            run_quietly(lambda: (documents_of(ctx, case_id), servable_documents(ctx, case_id),
                                 service_status(ctx, case_id)), owner=self,
                        on_done=self._show_documents_and_servable,
                        on_error=self._read_failed)

    def _show_history(self, rows: list[HistoryEntry]) -> None:
        if not shiboken6.isValid(self):
            return
        self.history.set_rows(rows)
        self.ui.log_table.resizeColumnsToContents()
        self.ui.log_table.scrollToBottom()

    # --- 概况 ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the whole case again, now (after this page's own actions, whose result the user waits to see)."""
        self.watch.fresh()
        self._generation += 1
        self.confirmation_state = confirmation_state(self.ctx, self.case_id)
        self._show_case(get_case(self.ctx, self.case_id), allowed_moves(self.ctx, self.case_id))

    def refresh_later(self) -> None:
        """Read the whole case again off the GUI thread (it was changed elsewhere); ``refreshed`` follows."""
        self.watch.fresh()
        self._generation += 1
        generation, ctx, case_id = self._generation, self.ctx, self.case_id

        def shown(result: tuple[CaseDetail, list[tuple[str, str]], ConfirmationState]) -> None:
            if generation == self._generation and shiboken6.isValid(self):
                self.confirmation_state = result[2]
                self._show_case(result[0], result[1], tabs=False)
                self._tab_later()

        run_quietly(lambda: (get_case(ctx, case_id), allowed_moves(ctx, case_id), confirmation_state(ctx, case_id)),
                    owner=self, on_done=shown, on_error=self._read_failed)

    def _read_failed(self, exc: BaseException, _details: str) -> None:
        log.error("case not read again: %s", type(exc).__name__)

    def _changed(self, stale: Stale) -> None:
        """What another part of the workbench (or a worker) changed about this case, read again part by part."""
        sessions = {s.id for s in self.case.sessions} if self.case else set()
        parties = {p.id for p in self.case.parties} if self.case else set()
        if (stale.wholesale(CASE, PARTY) or self.case_id in stale.cases(CASE, PARTY)
                or stale.ids(PARTY) & parties):
            self.refresh_later()  # its state, parties or deadlines moved: the summary and every table
            return
        if stale.wholesale(SESSION) or self.case_id in stale.cases(SESSION) or stale.ids(SESSION) & sessions:
            self.refresh_sessions()
        documents = stale.newer_than(self._documents_fresh)
        current = self.ui.tabs.currentWidget()
        if (current is self.ui.documents_tab and (documents.wholesale(DOCUMENT)
                                                  or self.case_id in documents.cases(DOCUMENT))) or (
                current is self.ui.log_tab and self.case_id in stale.cases()):
            self._tab_later()

    def _show_case(self, case: CaseDetail, moves: list[tuple[str, str]], *, tabs: bool = True) -> None:
        self.case = case
        s = case.summary
        self.ui.title_label.setText(f"<span style='font-size:16pt'><b>{s.number}</b></span>　{s.parties}")
        self.ui.status_badge.setText(enum_text(DisputeStatus, s.status_code))
        self.ui.number_value.setText(s.number + (self.tr("（临时编号 {n}）").format(n=s.provisional_number)
                                                 if s.official_number else ""))
        self.ui.category_caption.setText(self.tr("案由"))
        review = self.tr("（迁移时暂定，待复核）") if s.cause_review else ""
        people = self.tr("；人民调解纠纷类型：{t}").format(t=s.mediation_type) if s.mediation_type else ""
        category = s.cause or enum_text(DisputeCategory, s.category_code)  # 案由: the official name, in Chinese
        self.ui.category_value.setText(f"{category}{review}{people}")
        self.ui.status_value.setText(enum_text(DisputeStatus, s.status_code))
        self.ui.tribunal_value.setText(s.tribunal or "—")
        self.ui.place_value.setText(s.place or "—")
        self.ui.source_value.setText(f"{enum_text(DisputeSource, case.source)} / {enum_text(MediationKind, case.mediation_kind)}")
        self.ui.registered_value.setText(s.registered_on.isoformat())
        self.ui.amount_value.setText(f"¥{case.amount_fen / 100:,.2f}" if case.amount_fen is not None else "—")
        self.ui.mediators_value.setText(self.tr("、").join(case.mediators) or self.tr("尚未指派"))
        self.ui.mediators_button.setEnabled(s.status_code in MEDIATORS_EDITABLE)
        self.ui.mediators_button.setText(self.tr("更换调解员(&J)…") if case.mediators else self.tr("指派调解员(&J)…"))
        self.ui.place_button.setEnabled(s.status_code not in FINAL_STATUSES)
        self._show_number_button(s.official_number)
        self.ui.outcome_value.setText(self.tr("，").join(x for x in (enum_text(Outcome, case.outcome or ""), case.outcome_note)
                                                         if x) or "—")
        text = case.dispute_summary + (self.tr("\n\n请求：{t}").format(t=case.claims) if case.claims else "")
        self.ui.dispute_text.setPlainText(text + (self.tr("\n\n被诉行政行为：{t}").format(t=case.disputed_act)
                                                 if case.disputed_act else ""))
        self.ui.deadlines_label.setText(self._deadlines_html(case))
        self._fill_moves(moves)
        self._fill_parties()
        self._refresh_sessions()
        if tabs and self.ui.tabs.currentWidget() in (self.ui.log_tab, self.ui.documents_tab):
            self._tab_shown(self.ui.tabs.currentIndex())
        self.refreshed.emit()

    def _deadlines_html(self, case: CaseDetail) -> str:
        lines = []
        if case.accepted_on:
            lines.append(self.tr("接受委派：{d}").format(d=case.accepted_on.isoformat()))
        due = case.summary.due_on
        if due is not None:
            left = (due - self.ctx.today()).days
            state = ""
            if case.summary.status_code in OPEN_STATUSES and case.suspended_on is not None:
                held = (self.ctx.today() - case.suspended_on).days
                state = "<b>" + self.tr("已中止 {n} 天（恢复后顺延）").format(n=held) + "</b>"
            elif case.summary.status_code in OPEN_STATUSES:
                state = ("<span style='color:#9b2c2c'><b>" + self.tr("已超期 {n} 天").format(n=-left) + "</b></span>"
                         if left < 0 else "<b>" + self.tr("还剩 {n} 天").format(n=left) + "</b>")
            lines.append(self.tr("调解期限：{d}").format(d=marked(self.ctx, due)) + "\u3000" + state)
            if case.summary.status_code in OPEN_STATUSES and case.suspended_on is not None:
                lines.append(self.tr("已中止：自 {d} 起，{r}").format(d=case.suspended_on.isoformat(),
                                                                  r=case.suspension_reason))
            if case.paused_days:
                lines.append(self.tr("因中止已顺延 {n} 日").format(n=case.paused_days))
            if case.extension_days:
                lines.append(self.tr("经各方同意已延长 {n} 日").format(n=case.extension_days))
        elif case.summary.status_code == DisputeStatus.REGISTERED.value:
            lines.append(self.tr("调解期限自调解员接受委派起算（{n} 日）").format(n=self.mediation_days))
        for due_on, kind, status in case.follow_ups:
            lines.append(self.tr("{kind}：{d}（{status}）").format(kind=kind, d=due_on.isoformat(), status=task_status_label(status)))
        if case.closed_on:
            lines.append(self.tr("结束日期：{d}").format(d=case.closed_on.isoformat()))
        confirmation = self.confirmation_state
        if confirmation is not None and (confirmation.state != "none" or confirmation.applications):
            lines.append(state_html(confirmation))
        return "<br>".join(lines) or "—"

    def _fill_moves(self, moves: list[tuple[str, str]]) -> None:
        layout = self.ui.moves_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater() would leave it painted until the next event round
                widget.deleteLater()
        for code, label in moves:
            button = QPushButton(self.tr(MOVE_BUTTONS[code]) if code in MOVE_BUTTONS else label, self.ui.moves_group)
            button.setObjectName(f"move_{code}")
            button.clicked.connect(lambda _=False, c=code: self.move_to(c))
            layout.addWidget(button)
        case = self.case
        if case is not None and case.summary.status_code in OPEN_STATUSES and case.summary.due_on is not None:
            # 中止 / 恢复: the period runs (accepted, not closed); one of the two, as the case stands.
            suspended = case.suspended_on is not None
            button = QPushButton(self.tr("恢复调解(&Y)…") if suspended else self.tr("中止调解(&Z)…"),
                                 self.ui.moves_group)
            button.setObjectName("move_resume" if suspended else "move_suspend")
            button.clicked.connect(self.resume if suspended else self.suspend)
            layout.addWidget(button)
            extend = QPushButton(self.tr("延长调解期限(&I)…"), self.ui.moves_group)
            extend.setObjectName("move_extend")
            extend.clicked.connect(self.extend)
            layout.addWidget(extend)
        layout.addStretch(1)
        self.ui.moves_hint.setText("" if moves else self.tr("本案已是终结状态。"))

    def move_to(self, code: str) -> None:
        """One lifecycle move, asking only what that move needs (mediators, an outcome, a confirmation)."""
        try:
            if code == "assigned":
                self.change_mediators(accepted_today=True)
                return
            elif code == "mediating":
                start_mediation(self.ctx, self.case_id)
            elif code == "agreed":
                if self.confirm(self.tr("达成调解协议"), self.tr("通常在协议定稿时自动变为“已达成协议”。确认不经协议定稿直接变更吗？")):
                    close_case(self.ctx, self.case_id, Outcome.AGREEMENT.value)
            elif code == "terminated":
                outcome = self.ask_outcome()
                if outcome:
                    close_case(self.ctx, self.case_id, outcome)
            elif code == "docketed":
                self.docket()
                return
            elif self.confirm(self.tr("变更状态"), self.tr("确认将本案改为“{s}”吗？").format(
                    s=self.tr(MOVE_BUTTONS[code]).split("(")[0].rstrip("&…"))):
                set_status(self.ctx, self.case_id, code)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
        self.refresh()

    def suspend(self) -> SuspendDialog:
        """中止调解…: reason and date; the page reads the case again after a save."""
        dialog = SuspendDialog(self.ctx, self.case_id, self)
        return self._open(dialog)

    def resume(self) -> ResumeDialog | None:
        """恢复调解…: the date; the due date moves by the days suspended."""
        case = self.case
        if case is None or case.suspended_on is None:
            return None
        return self._open(ResumeDialog(self.ctx, self.case_id, case.suspended_on, case.suspension_reason, self))

    def extend(self) -> ExtendDialog | None:
        """延长调解期限…: the days and the parties whose consent is recorded; the new due date is shown."""
        case = self.case
        if case is None:
            return None
        parties = [p for p in case.parties if p.role_code in CONSENT_ROLES]
        return self._open(ExtendDialog(self.ctx, self.case_id, parties, case.summary.due_on, self))

    def docket(self) -> DocketDialog:
        """转立案…: the 无争议事实 are recorded; then (if ticked) the 无争议事实记载表 is printed to a file the clerk
        chooses, for the parties to sign."""
        dialog = DocketDialog(self.ctx, self.case_id, self)

        def docketed() -> None:
            if dialog.print_box.isChecked():
                self.ui.tabs.setCurrentWidget(self.ui.documents_tab)
                self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData("handoff"))
                self.print_with_dialog()

        dialog.accepted.connect(docketed)
        return self._open(dialog)

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.open_dialog = dialog
        return dialog

    def change_mediators(self, *, accepted_today: bool = False) -> MediatorsDialog:
        """更换调解员 (or, from 下一步, 指派调解员: the mediation period then starts today). Only mediators are
        offered; the page reads the case again after a save."""
        dialog = MediatorsDialog(self.ctx, self.case_id, self,
                                 accepted_on=self.ctx.today() if accepted_today else None)
        if accepted_today:
            dialog.setWindowTitle(self.tr("指派调解员（今天起算 {days} 日调解期限）").format(days=self.mediation_days))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _number_row(self) -> None:
        """案号 with 登记正式案号… (clerk, judge) or 更正案号… (an administrator, once a number is recorded)."""
        form = self.ui.summary_form
        form.removeWidget(self.ui.number_value)
        row = QWidget(self.ui.summary_tab)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.ui.number_value, 1)
        self.official_button = QPushButton(row)
        self.official_button.setObjectName("official_button")
        self.official_button.clicked.connect(lambda: self.official_number())
        self.official_button.setVisible(False)
        line.addWidget(self.official_button)
        form.setWidget(0, QFormLayout.ItemRole.FieldRole, row)

    def _show_number_button(self, official: str | None) -> None:
        role = self.ctx.role
        if not official:
            self.official_button.setText(self.tr("登记正式案号…"))
            self.official_button.setVisible(allowed(role, "case.official_number"))
        else:
            self.official_button.setText(self.tr("更正案号…"))
            # without accounts (role None) everyone may do everything; the correction is still an administrator's
            self.official_button.setVisible(role is not None and allowed(role, "case.official_number.correct"))

    def official_number(self) -> OfficialNumberDialog:
        """登记正式案号 / 更正正式案号 (OfficialNumberDialog); the page reads the case again after a change."""
        official = self.case.summary.official_number if self.case else None
        dialog = OfficialNumberDialog(self.ctx, self.case_id, official or "", self, correcting=bool(official))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.official_dialog = dialog
        return dialog

    def change_place(self) -> PlaceDialog:
        """修改地点: the known villages and parks offered as typed; sittings to come at the old place follow."""
        dialog = PlaceDialog(self.ctx, self.case_id, self.case.summary.place if self.case else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def ask_outcome(self) -> str:
        outcomes = {enum_label(o): o.value for o in Outcome if o is not Outcome.AGREEMENT}
        choice, ok = QInputDialog.getItem(self, self.tr("调解终结"), self.tr("调解结果："), list(outcomes), 0, False)
        return outcomes.get(choice, "") if ok else ""

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # --- 当事人 ----------------------------------------------------------------------------------------

    def show_unmasked(self, on: bool) -> None:
        """Full ID numbers and phones on request only; each request is written to the audit chain."""
        self.unmasked = get_case(self.ctx, self.case_id, unmasked=True).parties if on else None
        self.ui.unmask_button.setText(self.tr("隐藏完整信息(&U)") if on else self.tr("显示完整信息(&U)"))
        self._fill_parties()

    def _fill_parties(self) -> None:
        parties = self.unmasked or (self.case.parties if self.case else [])
        rows = [(enum_text(PartyRole, p.role_code), enum_text(PartyKind, p.kind_code), p.name,
                 p.id_number or p.credit_code, p.phone, p.address,
                 f"{p.representative}（{p.representative_title}）" if p.representative else "") for p in parties]
        _fill(self.ui.parties_table, (self.tr("身份"), self.tr("类型"), self.tr("姓名/名称"), self.tr("证件号码"),
                                      self.tr("电话"), self.tr("住址/住所"), self.tr("代表人")), rows,
              [p.id for p in parties])

    def party_law(self) -> PartyLawDialog:
        """法定代理人与代理权限 (ui/party_law.py); what it saves is read back like any other change."""
        dialog = PartyLawDialog(self.ctx, self.case_id, self)
        dialog.open()
        return dialog

    def performance(self) -> PerformanceDialog:
        """履行与回访 (ui/performance.py): each clause's 履行情况, its 回访 completed with the result."""
        dialog = PerformanceDialog(self.ctx, self.case_id, self)
        dialog.finished.connect(lambda _r: self.refresh() if dialog.completed else None)
        dialog.open()
        return dialog

    def confirmation(self) -> ConfirmationDialog:
        """司法确认 (ui/confirmation_dialog.py): the period, what bars it, the application and the ruling."""
        dialog = ConfirmationDialog(self.ctx, self.case_id, self)
        dialog.finished.connect(lambda _r: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def edit_party(self, party_id: str | None = None) -> PartyEditDialog | None:
        """编辑当事人 for the selected row (or ``party_id``); the page reads the case again after a save."""
        parties = self.case.parties if self.case else []
        if party_id is None:
            row = self.ui.parties_table.currentRow()
            party_id = parties[row].id if 0 <= row < len(parties) else (parties[0].id if parties else None)
        party = next((p for p in parties if p.id == party_id), None)
        if party is None or not allowed(self.ctx.role, "case.edit"):
            return None
        dialog = PartyEditDialog(self.ctx, party, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    # --- 调解记录 --------------------------------------------------------------------------------------

    def refresh_sessions(self) -> None:
        """Only the sessions table, read off the GUI thread (a recorder saves every few seconds; the rest of the
        page has not changed). ``sessions_refreshed`` follows."""
        self._sessions_generation += 1
        generation, ctx, case_id = self._sessions_generation, self.ctx, self.case_id

        def shown(sessions: list[SessionView]) -> None:
            if generation != self._sessions_generation or not shiboken6.isValid(self) or self.case is None:
                return
            self.case = replace(self.case, sessions=sessions)
            self._refresh_sessions()
            self.sessions_refreshed.emit()

        run_quietly(lambda: case_sessions(ctx, case_id), owner=self, on_done=shown, on_error=self._read_failed)

    def _refresh_sessions(self) -> None:
        sessions = self.case.sessions if self.case else []
        rows = [(f"{s.scheduled_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M}", s.place, enum_label(SessionStatus.of(s.status)),
                 self.tr("第{n}版").format(n=s.record_revision) if s.record_revision else self.tr("未记录"),
                 self.tr("{n} 字").format(n=s.record_chars)) for s in sessions]
        selected = self.selected_session()
        _fill(self.ui.sessions_table, (self.tr("时间（北京时间）"), self.tr("地点"), self.tr("状态"), self.tr("笔录"), self.tr("字数")), rows, [s.id for s in sessions])
        ids = [s.id for s in sessions]
        self.ui.sessions_table.selectRow(ids.index(selected) if selected in ids else len(ids) - 1)
        self._session_buttons()

    def selected_session(self) -> str | None:
        table = self.ui.sessions_table
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        item = table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def schedule_with_dialog(self) -> None:
        tomorrow = self.ctx.today() + timedelta(days=1)
        dialog = ScheduleDialog(self.case.summary.place if self.case else "", datetime.combine(tomorrow, time(9)), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        when, place = dialog.when(), dialog.place()
        dialog.deleteLater()  # not kept as a child of the page once answered
        if accepted:
            self.schedule(when, place)

    def schedule(self, when: datetime, place: str) -> str | None:
        try:
            session_id = schedule_session(self.ctx, self.case_id, when, place=place)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return None
        self.refresh()
        ids = [s.id for s in self.case.sessions] if self.case else []
        self.ui.sessions_table.selectRow(ids.index(session_id))
        return session_id

    def _scroll_summary(self) -> None:
        """概况 is the tallest tab (every field of the case): in a scroll area it does not set the window's height at
        a large font on a short screen (1366×768, 1920×1080 at 150 %)."""
        from fuyuan_desktop.ui.fit import scrolling

        tabs = self.ui.tabs
        index = tabs.indexOf(self.ui.summary_tab)
        text, current = tabs.tabText(index), tabs.currentIndex()
        tabs.removeTab(index)
        self.summary_scroll = scrolling(self.ui.summary_tab)
        tabs.insertTab(index, self.summary_scroll, text)
        tabs.setCurrentIndex(current)

    def open_recorder(self, session_id: str | None = None) -> RecorderWindow | None:
        """The recorder is a window of its own, owned by the main window so it outlives this page."""
        session_id = session_id or self.selected_session()
        if session_id is None:
            # A walk-in: the parties are here now, so the sitting starts now (its 笔录 carries today's date and time).
            now = court_now().replace(second=0, microsecond=0)
            session_id = self.schedule(now, self.case.summary.place if self.case else "")
            if session_id is None:
                return None
        existing = open_recorder_for(session_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        recorder = RecorderWindow(self.ctx, self.paths, self.case_id, session_id, self.window())
        recorder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Its saves and the end of the sitting reach this page as change notices (see _changed).
        recorder.show()
        recorder.activateWindow()
        host = self.window()
        remember = getattr(host, "remember_open", None)
        if remember is not None:  # the open 笔录 windows are part of what a crash must not forget
            remember()
            recorder.destroyed.connect(lambda _obj=None, h=host: h.remember_open() if shiboken6.isValid(h) else None)
        return recorder

    def _selected_view(self) -> SessionView | None:
        session_id = self.selected_session()
        sessions = self.case.sessions if self.case else []
        return next((s for s in sessions if s.id == session_id), None)

    def _session_buttons(self) -> None:
        view = self._selected_view()
        open_ = view is not None and view.status == SessionStatus.SCHEDULED.value and not view.record_revision
        for button in (self.ui.reschedule_button, self.ui.cancel_session_button):
            button.setEnabled(open_)

    def reschedule_selected(self) -> ScheduleDialog | None:
        """改期: the selected sitting's time and place, in the schedule dialog (modal: one change at a time)."""
        view = self._selected_view()
        if view is None:
            return None
        dialog = ScheduleDialog(view.place, view.scheduled_at.astimezone(COURT_TZ), self)
        dialog.setWindowTitle(self.tr("调解改期"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            try:
                reschedule_session(self.ctx, view.id, dialog.when(), place=dialog.place())
            except FuyuanError as exc:
                show_error(dialog, error_text(exc))
                return
            dialog.accept()
            self.refresh()

        dialog.ui.button_box.accepted.disconnect()
        dialog.ui.button_box.accepted.connect(save)
        dialog.open()
        return dialog

    def cancel_selected(self, reason: str | None = None) -> bool:
        """取消调解: the sitting stays in the list as 已取消; the reason (optional) goes to the case's log."""
        view = self._selected_view()
        if view is None:
            return False
        if reason is None:
            when = f"{view.scheduled_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M}"
            text, ok = QInputDialog.getText(self, self.tr("取消调解"), self.tr(
                "取消 {when} 的调解？\n原因（可不填，记入本案日志）：").format(when=when))
            if not ok:
                return False
            reason = text
        try:
            cancel_session(self.ctx, view.id, reason=reason)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return False
        self.refresh()
        return True

    def mark_selected_held(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return
        try:
            mark_held(self.ctx, session_id)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
        self.refresh()

    # --- 文书 -------------------------------------------------------------------------------------------

    def _show_kind_needs(self) -> None:
        code = self.ui.kind_combo.currentData()
        self.ui.kind_needs.setText(self.tr("需要：{what}").format(what=self.tr(KINDS[code].needs)) if code in KINDS else "")
        self.service_box.setVisible(code == "service_proof")
        if code == "service_proof":
            self._fill_recipients()

    def _build_service_row(self) -> None:
        """The 送达回证's choices, shown under the kind when it is chosen: which printed paper was served (or the
        generic form), on whom (or each party), and how (docs/domain.md §8.13)."""
        self.service_box = QWidget(self.ui.documents_tab)
        self.service_box.setObjectName("service_box")
        grid = QFormLayout(self.service_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.served_combo = QComboBox(self.service_box)
        self.served_combo.setObjectName("served_combo")
        self.served_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.recipient_combo = QComboBox(self.service_box)
        self.recipient_combo.setObjectName("recipient_combo")
        self.method_combo = QComboBox(self.service_box)
        self.method_combo.setObjectName("method_combo")
        self.method_combo.addItem(self.tr("（不勾选，送达时手填）"), None)
        for method in SERVICE_METHODS:
            self.method_combo.addItem(self.tr(method), method)
        grid.addRow(self.tr("送达的文书(&D)"), self.served_combo)
        grid.addRow(self.tr("受送达人(&N)"), self.recipient_combo)
        grid.addRow(self.tr("送达方式(&W)"), self.method_combo)
        self.served_combo.currentIndexChanged.connect(self._served_changed)
        self.ui.documents_side.insertWidget(2, self.service_box)
        self.service_box.setVisible(False)
        self.servable: list[ServableDocument] = []
        self._show_servable([])
        # 登记送达 of the selected printed paper (ui/service_dialog.py); the table's 送达 column says who has it.
        self.serve_button = QPushButton(self.tr("登记送达…"), self.ui.documents_tab)
        self.serve_button.setObjectName("serve_button")
        self.serve_button.setVisible(allowed(self.ctx.role, "case.edit"))
        self.serve_button.setEnabled(False)
        self.serve_button.clicked.connect(lambda: self.serve_selected())
        side = self.ui.documents_side
        side.insertWidget(side.indexOf(self.ui.documents_table) + 1, self.serve_button)
        self.ui.documents_table.itemSelectionChanged.connect(self._serve_button_state)

    def _show_documents_and_servable(
            self, read: tuple[list[DocumentView], list[ServableDocument], dict[str, str]]) -> None:
        self._show_servable(read[1])
        self._show_documents(read[0], read[2])

    def _show_servable(self, servable: list[ServableDocument]) -> None:
        """The printed papers in force that can be served, newest first; the choice made is kept if still there."""
        if not shiboken6.isValid(self):
            return
        self.servable = servable
        kept = self.served_combo.currentData()
        self.served_combo.blockSignals(True)
        self.served_combo.clear()
        self.served_combo.addItem(self.tr("（不指定：通用送达回证，文书名称按默认）"), None)
        for paper in servable:
            self.served_combo.addItem(self.tr("{title}（第{v}版，验证码 {code}）").format(
                title=paper.title, v=paper.version, code=paper.verification_code), paper.id)
        found = self.served_combo.findData(kept) if kept else -1
        self.served_combo.setCurrentIndex(max(found, 0))
        self.served_combo.blockSignals(False)
        self._served_changed()

    def _served_changed(self) -> None:
        """Recipient and method only mean something for a named paper."""
        named = self.served_combo.currentData() is not None
        self.recipient_combo.setEnabled(named)
        self.method_combo.setEnabled(named)

    def _fill_recipients(self) -> None:
        kept = self.recipient_combo.currentData()
        self.recipient_combo.clear()
        self.recipient_combo.addItem(self.tr("每位当事人（各一页）"), None)
        for party in self.case.parties if self.case else ():
            if party.role_code != PartyRole.AGENT.value:
                self.recipient_combo.addItem(f"{enum_text(PartyRole, party.role_code)}：{party.name}", party.id)
        found = self.recipient_combo.findData(kept) if kept else -1
        self.recipient_combo.setCurrentIndex(max(found, 0))

    def service_choice(self) -> dict[str, str]:
        """The 送达回证's choices as the printer takes them (empty: the generic form)."""
        served = self.served_combo.currentData()
        if served is None:
            return {}
        choice = {"served": str(served)}
        if self.recipient_combo.currentData() is not None:
            choice["to"] = str(self.recipient_combo.currentData())
        if self.method_combo.currentData() is not None:
            choice["method"] = str(self.method_combo.currentData())
        return choice

    def ask_save_path(self, suggested: str) -> str:
        path = save_file_name(self, self.tr("打印到文件"), in_documents(suggested), "PDF (*.pdf)")
        return path

    def print_with_dialog(self) -> None:
        code = str(self.ui.kind_combo.currentData())
        number = self.case.summary.number if self.case else ""
        path = self.ask_save_path(f"{self.ui.kind_combo.currentText()}-{number}.pdf")
        if path:
            self.print_document(code, Path(path))

    def print_document(self, code: str, out: Path) -> None:
        """Print ``code`` through its service printer to ``out`` (in a worker), then preview and list it."""
        ctx, case_id, printer = self.ctx, self.case_id, PRINTERS[code]
        extra = self.service_choice() if code == "service_proof" else {}
        self.ui.print_status.setText(self.tr("正在生成…"))

        def done(printed: PrintedDocument) -> None:
            self._preview(printed.path)
            code_text = (self.tr("，验证码 {code}").format(code=printed.verification_code) if printed.verification_code
                         else self.tr("（草稿）"))
            notes = "".join(f"\n⚠ {message_text(w)}" for w in printed.warnings)
            self.ui.print_status.setText(self.tr("已生成第 {v} 版{code}，共 {n} 页：").format(
                v=printed.version, code=code_text, n=printed.pages) + f"{out}{notes}")
            self._refresh_documents()
            self.document_printed.emit(printed)

        def failed(exc: BaseException, details: str) -> None:
            self.ui.print_status.setText(self.tr("未能生成：{e}").format(e=error_text(exc)))
            show_error(self, error_text(exc), details)

        self._start(self.tr("正在生成文书…"), lambda _p, _c: printer(ctx, case_id, out=out, **extra), done, failed)

    def _start(self, label: str, fn: TaskFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None] | None = None) -> None:
        run_task(self, label, fn, on_done=on_done, on_error=on_error)  # run_task keeps the task alive

    def _preview(self, path: Path | None) -> None:
        if path is not None:
            self.document_pdf.load(str(path))

    def _refresh_documents(self) -> None:
        self._documents_fresh = self.ctx.changes.serial
        self._show_servable(servable_documents(self.ctx, self.case_id))
        self._show_documents(documents_of(self.ctx, self.case_id), service_status(self.ctx, self.case_id))

    def _show_documents(self, documents: list[DocumentView], served: dict[str, str] | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        self.documents = documents
        served = served or {}
        rows = [(d.label, self.tr("第{n}版").format(n=d.version), d.verification_code, f"{d.created_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M}",
                 self.tr("已被取代") if d.superseded else self.tr("现行"), served.get(d.id, "")) for d in self.documents]
        _fill(self.ui.documents_table, (self.tr("文书"), self.tr("版本"), self.tr("验证码"), self.tr("生成时间（北京时间）"),
                                        self.tr("状态"), self.tr("送达")), rows, [d.id for d in self.documents])
        self._serve_button_state()

    def _selected_servable(self) -> str | None:
        """The selected row's document id when it is a printed paper in force that is served, else None."""
        row = self.ui.documents_table.currentRow()
        if not 0 <= row < len(self.documents):
            return None
        doc_id = self.documents[row].id
        return doc_id if any(p.id == doc_id for p in self.servable) else None

    def _serve_button_state(self) -> None:
        self.serve_button.setEnabled(self._selected_servable() is not None)

    def serve_selected(self) -> ServiceDialog | None:
        """登记送达 of the selected paper; the table is read again once a service was recorded."""
        paper = self._selected_servable()
        if paper is None:
            return None
        try:
            dialog = ServiceDialog(self.ctx, self.case_id, paper, self)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return None
        dialog.finished.connect(lambda _r: self._refresh_documents() if dialog.recorded else None)
        dialog.open()
        return dialog

    def preview_archived(self) -> None:
        row = self.ui.documents_table.currentRow()
        if not 0 <= row < len(self.documents):
            return
        document: DocumentView = self.documents[row]
        out = Path(self._scratch.name) / f"{document.kind}-{document.version}-{document.id}.pdf"
        try:
            reprint_document(self.ctx, document, out)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return
        self._preview(out)
