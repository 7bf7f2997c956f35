"""One case as its own page — 概况, 当事人, 调解记录, 协议, 文书, 附件, 日志 — Esc returns to the case list."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fuyuan_desktop.documents.registry import KINDS
from fuyuan_desktop.domain.enums import Outcome, SessionStatus
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.audit import HistoryEntry, case_history
from fuyuan_desktop.services.cases import CaseDetail, PartyView, get_case
from fuyuan_desktop.services.context import COURT_TZ, ServiceContext
from fuyuan_desktop.services.documents import PRINTERS, DocumentView, PrintedDocument, documents_of, reprint_document
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.sessions import mark_held, schedule_session
from fuyuan_desktop.services.workflow import (
    allowed_moves,
    assign_mediators,
    close_case,
    list_mediators,
    set_status,
    start_mediation,
)
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
from fuyuan_desktop.ui.attachments_tab import AttachmentsTab
from fuyuan_desktop.ui.crash import show_error
from fuyuan_desktop.ui.forms.ui_case_detail import Ui_CaseDetailPage
from fuyuan_desktop.ui.forms.ui_case_schedule_dialog import Ui_ScheduleDialog
from fuyuan_desktop.ui.qt_dates import qdatetime
from fuyuan_desktop.ui.recorder import RecorderWindow
from fuyuan_desktop.ui.tasks import TaskFn, run_task

Index = QModelIndex | QPersistentModelIndex
MOVE_BUTTONS = {
    "assigned": "指派调解员(&A)…",
    "mediating": "开始调解(&M)",
    "agreed": "达成调解协议(&G)…",
    "follow_up": "转入履行回访(&H)",
    "closed": "结案(&C)…",
    "terminated": "调解终结(&T)…",
    "docketed": "转立案(&K)…",
    "returned": "退回(&R)…",
}
OPEN_STATUSES = ("已指派调解员", "调解中")
# What an audit event touched, in the clerk's words; bookkeeping columns are left out of the change summary.
ENTITY_NAMES = {
    "dispute": "案件", "party": "当事人", "caseparty": "当事人", "disputemediator": "调解员指派",
    "mediationsession": "调解场次", "recordrevision": "笔录版本", "attendance": "签到", "agreement": "调解协议",
    "agreementclause": "协议条款", "generateddocument": "文书", "attachment": "附件", "followup": "回访",
}
BOOKKEEPING = {"id", "hlc", "origin_device", "created_at", "updated_at", "deleted", "dispute_id"}


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

    def when(self) -> datetime:
        chosen = self.ui.when_edit.dateTime()
        day, clock = chosen.date(), chosen.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=COURT_TZ)

    def place(self) -> str:
        return self.ui.place_edit.text().strip()


class HistoryModel(QAbstractTableModel):
    """The case's audit events; change summaries are made only for the rows on screen."""

    HEADERS = ("序号", "时间", "操作人", "操作", "对象", "改动")

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
            return self.HEADERS[section]
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
        return str((e.seq, e.at, e.actor, e.action, ENTITY_NAMES.get(e.entity, e.entity))[index.column()])


class CaseDetailPage(QWidget):
    """Everything about one case; each tab calls the services directly and refreshes from them."""

    document_printed = Signal(object)  # PrintedDocument

    def __init__(self, ctx: ServiceContext, paths: DataPaths, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths = paths
        self.case_id = case_id
        self.blobs = BlobStore(paths.blobs, key=ctx.db.data_key)
        self.ui = Ui_CaseDetailPage()
        self.ui.setupUi(self)
        self.case: CaseDetail | None = None
        self.unmasked: list[PartyView] | None = None
        self.documents: list[DocumentView] = []
        self._scratch = tempfile.TemporaryDirectory(prefix="fuyuan-documents-")
        self.composer = AgreementComposer(ctx, paths, case_id, self.ui.agreement_tab)
        self.ui.agreement_layout.addWidget(self.composer)
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
            self.ui.kind_combo.addItem(label.split("（")[0], code)
            self.ui.kind_combo.setItemData(self.ui.kind_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

        self.ui.back_button.clicked.connect(self.back)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back)
        self.ui.unmask_button.toggled.connect(self.show_unmasked)
        self.ui.unmask_button.setVisible(allowed(ctx.role, "case.unmask"))
        self.ui.schedule_button.clicked.connect(self.schedule_with_dialog)
        self.ui.open_record_button.clicked.connect(lambda: self.open_recorder())
        self.ui.sessions_table.doubleClicked.connect(lambda _i: self.open_recorder())
        self.ui.held_button.clicked.connect(self.mark_selected_held)
        self.ui.kind_combo.currentIndexChanged.connect(self._show_kind_needs)
        self.ui.print_button.clicked.connect(self.print_with_dialog)
        self.ui.documents_table.doubleClicked.connect(lambda _i: self.preview_archived())
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.composer.changed.connect(self.refresh)
        self.composer.pdf_ready.connect(lambda _p: self._refresh_documents())
        self._show_kind_needs()
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
            self.history.set_rows(case_history(self.ctx, self.case_id))
            self.ui.log_table.resizeColumnsToContents()
            self.ui.log_table.scrollToBottom()
        elif current is self.ui.documents_tab:
            self._refresh_documents()

    # --- 概况 ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.case = get_case(self.ctx, self.case_id)
        s = case.summary
        self.ui.title_label.setText(f"<span style='font-size:16pt'><b>{s.number}</b></span>　{s.parties}")
        self.ui.status_badge.setText(s.status)
        self.ui.number_value.setText(s.number + (f"（临时编号 {s.provisional_number}）" if s.official_number else ""))
        self.ui.category_value.setText(s.category)
        self.ui.status_value.setText(s.status)
        self.ui.tribunal_value.setText(s.tribunal or "—")
        self.ui.place_value.setText(s.place or "—")
        self.ui.source_value.setText(f"{case.source} / {case.mediation_kind}")
        self.ui.registered_value.setText(s.registered_on.isoformat())
        self.ui.amount_value.setText(f"¥{case.amount_fen / 100:,.2f}" if case.amount_fen is not None else "—")
        self.ui.mediators_value.setText("、".join(case.mediators) or "尚未指派")
        self.ui.outcome_value.setText("，".join(x for x in (case.outcome or "", case.outcome_note) if x) or "—")
        text = case.dispute_summary + (f"\n\n请求：{case.claims}" if case.claims else "")
        self.ui.dispute_text.setPlainText(text + (f"\n\n被诉行政行为：{case.disputed_act}" if case.disputed_act else ""))
        self.ui.deadlines_label.setText(self._deadlines_html(case))
        self._fill_moves()
        self._fill_parties()
        self._refresh_sessions()
        if self.ui.tabs.currentWidget() in (self.ui.log_tab, self.ui.documents_tab):
            self._tab_shown(self.ui.tabs.currentIndex())

    def _deadlines_html(self, case: CaseDetail) -> str:
        lines = []
        if case.accepted_on:
            lines.append(f"接受委派：{case.accepted_on.isoformat()}")
        due = case.summary.due_on
        if due is not None:
            left = (due - self.ctx.today()).days
            state = ""
            if case.summary.status in OPEN_STATUSES:
                state = (f"<span style='color:#9b2c2c'><b>已超期 {-left} 天</b></span>" if left < 0
                         else f"<b>还剩 {left} 天</b>")
            lines.append(f"调解期限：{due.isoformat()}　{state}")
        elif case.summary.status in ("已登记",):
            lines.append("调解期限自调解员接受委派起算（30 日）")
        for due_on, kind, status in case.follow_ups:
            lines.append(f"{kind}：{due_on.isoformat()}（{'待办' if status == 'pending' else status}）")
        if case.closed_on:
            lines.append(f"结束日期：{case.closed_on.isoformat()}")
        return "<br>".join(lines) or "—"

    def _fill_moves(self) -> None:
        layout = self.ui.moves_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater() would leave it painted until the next event round
                widget.deleteLater()
        moves = allowed_moves(self.ctx, self.case_id)
        for code, label in moves:
            button = QPushButton(MOVE_BUTTONS.get(code, label), self.ui.moves_group)
            button.setObjectName(f"move_{code}")
            button.clicked.connect(lambda _=False, c=code: self.move_to(c))
            layout.addWidget(button)
        layout.addStretch(1)
        self.ui.moves_hint.setText("" if moves else "本案已是终结状态。")

    def move_to(self, code: str) -> None:
        """One lifecycle move, asking only what that move needs (mediators, an outcome, a confirmation)."""
        try:
            if code == "assigned":
                names = self.ask_mediators()
                if names:
                    assign_mediators(self.ctx, self.case_id, names, accepted_on=self.ctx.today())
            elif code == "mediating":
                start_mediation(self.ctx, self.case_id)
            elif code == "agreed":
                if self.confirm("达成调解协议", "通常在协议定稿时自动变为“已达成协议”。确认不经协议定稿直接变更吗？"):
                    close_case(self.ctx, self.case_id, Outcome.AGREEMENT.value)
            elif code == "terminated":
                outcome = self.ask_outcome()
                if outcome:
                    close_case(self.ctx, self.case_id, outcome)
            elif self.confirm("变更状态", f"确认将本案改为“{MOVE_BUTTONS[code].split('(')[0]}”吗？"):
                set_status(self.ctx, self.case_id, code)
        except FuyuanError as exc:
            show_error(self, str(exc))
        self.refresh()

    def ask_mediators(self) -> list[str]:
        roster = list_mediators(self.ctx)
        if not roster:
            show_error(self, "调解员名册是空的；请先在“设置”中添加调解员。")
            return []
        labels = [f"{m.name}（{m.role}{'，' + m.organization if m.organization else ''}）" for m in roster]
        choice, ok = QInputDialog.getItem(self, "指派调解员", "主持调解的调解员（今天起算 30 日调解期限）：", labels, 0, False)
        return [roster[labels.index(choice)].id] if ok and choice in labels else []

    def ask_outcome(self) -> str:
        labels = [o.label for o in Outcome if o is not Outcome.AGREEMENT]
        choice, ok = QInputDialog.getItem(self, "调解终结", "调解结果：", labels, 0, False)
        return choice if ok else ""

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # --- 当事人 ----------------------------------------------------------------------------------------

    def show_unmasked(self, on: bool) -> None:
        """Full ID numbers and phones on request only; each request is written to the audit chain."""
        self.unmasked = get_case(self.ctx, self.case_id, unmasked=True).parties if on else None
        self.ui.unmask_button.setText("隐藏完整信息(&U)" if on else "显示完整信息(&U)")
        self._fill_parties()

    def _fill_parties(self) -> None:
        parties = self.unmasked or (self.case.parties if self.case else [])
        rows = [(p.role, p.kind, p.name, p.id_number or p.credit_code, p.phone, p.address,
                 f"{p.representative}（{p.representative_title}）" if p.representative else "") for p in parties]
        _fill(self.ui.parties_table, ("身份", "类型", "姓名/名称", "证件号码", "电话", "住址/住所", "代表人"), rows)

    # --- 调解记录 --------------------------------------------------------------------------------------

    def refresh_sessions(self) -> None:
        """Only the sessions table (the recorder saves every 2 s; the rest of the page has not changed)."""
        self.case = get_case(self.ctx, self.case_id)
        self._refresh_sessions()

    def _refresh_sessions(self) -> None:
        sessions = self.case.sessions if self.case else []
        rows = [(f"{s.scheduled_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M}", s.place, SessionStatus.of(s.status).label,
                 f"第{s.record_revision}版" if s.record_revision else "未记录", f"{s.record_chars} 字") for s in sessions]
        selected = self.selected_session()
        _fill(self.ui.sessions_table, ("时间", "地点", "状态", "笔录", "字数"), rows, [s.id for s in sessions])
        ids = [s.id for s in sessions]
        self.ui.sessions_table.selectRow(ids.index(selected) if selected in ids else len(ids) - 1)

    def selected_session(self) -> str | None:
        table = self.ui.sessions_table
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        item = table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def schedule_with_dialog(self) -> None:
        tomorrow = self.ctx.today() + timedelta(days=1)
        dialog = ScheduleDialog(self.case.summary.place if self.case else "", datetime.combine(tomorrow, time(9)), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.schedule(dialog.when(), dialog.place())

    def schedule(self, when: datetime, place: str) -> str | None:
        try:
            session_id = schedule_session(self.ctx, self.case_id, when, place=place)
        except FuyuanError as exc:
            show_error(self, str(exc))
            return None
        self.refresh()
        ids = [s.id for s in self.case.sessions] if self.case else []
        self.ui.sessions_table.selectRow(ids.index(session_id))
        return session_id

    def open_recorder(self, session_id: str | None = None) -> RecorderWindow | None:
        """The recorder is a window of its own, owned by the main window so it outlives this page."""
        session_id = session_id or self.selected_session()
        if session_id is None:
            show_error(self, "本案还没有安排调解；请先“安排调解”。")
            return None
        host = self.window()
        for existing in host.findChildren(RecorderWindow):
            if existing.session_id == session_id and existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        recorder = RecorderWindow(self.ctx, self.paths, self.case_id, session_id, host)
        recorder.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        recorder.saved.connect(lambda _rev: self.refresh_sessions())
        recorder.held.connect(self.refresh)
        recorder.show()
        recorder.activateWindow()
        return recorder

    def mark_selected_held(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return
        try:
            mark_held(self.ctx, session_id)
        except FuyuanError as exc:
            show_error(self, str(exc))
        self.refresh()

    # --- 文书 -------------------------------------------------------------------------------------------

    def _show_kind_needs(self) -> None:
        code = self.ui.kind_combo.currentData()
        self.ui.kind_needs.setText(f"需要：{KINDS[code].needs}" if code in KINDS else "")

    def ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, "打印到文件", suggested, "PDF (*.pdf)")
        return path

    def print_with_dialog(self) -> None:
        code = str(self.ui.kind_combo.currentData())
        number = self.case.summary.number if self.case else ""
        path = self.ask_save_path(f"{self.ui.kind_combo.currentText()}-{number}.pdf")
        if path:
            self.print_document(code, Path(path))

    def print_document(self, code: str, out: Path) -> None:
        """Print ``code`` through its service printer to ``out`` (in a worker), then preview and list it."""
        ctx, blobs, case_id, printer = self.ctx, self.blobs, self.case_id, PRINTERS[code]
        self.ui.print_status.setText("正在生成…")

        def done(printed: PrintedDocument) -> None:
            self._preview(printed.path)
            code_text = f"，验证码 {printed.verification_code}" if printed.verification_code else "（草稿）"
            notes = "".join(f"\n⚠ {w}" for w in printed.warnings)
            self.ui.print_status.setText(f"已生成第 {printed.version} 版{code_text}，共 {printed.pages} 页：{out}{notes}")
            self._refresh_documents()
            self.document_printed.emit(printed)

        def failed(exc: BaseException, details: str) -> None:
            self.ui.print_status.setText(f"未能生成：{exc}")
            show_error(self, str(exc) or type(exc).__name__, details)

        self._start("正在生成文书…", lambda _p, _c: printer(ctx, blobs, case_id, out=out), done, failed)

    def _start(self, label: str, fn: TaskFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None] | None = None) -> None:
        run_task(self, label, fn, on_done=on_done, on_error=on_error)  # run_task keeps the task alive

    def _preview(self, path: Path | None) -> None:
        if path is not None:
            self.document_pdf.load(str(path))

    def _refresh_documents(self) -> None:
        self.documents = documents_of(self.ctx, self.case_id)
        rows = [(d.label, f"第{d.version}版", d.verification_code, f"{d.created_at.astimezone(COURT_TZ):%Y-%m-%d %H:%M}",
                 "已被取代" if d.superseded else "现行") for d in self.documents]
        _fill(self.ui.documents_table, ("文书", "版本", "验证码", "生成时间", "状态"), rows, [d.id for d in self.documents])

    def preview_archived(self) -> None:
        row = self.ui.documents_table.currentRow()
        if not 0 <= row < len(self.documents):
            return
        document: DocumentView = self.documents[row]
        out = Path(self._scratch.name) / f"{document.kind}-{document.version}-{document.id}.pdf"
        try:
            reprint_document(self.ctx, self.blobs, document, out)
        except FuyuanError as exc:
            show_error(self, str(exc))
            return
        self._preview(out)
