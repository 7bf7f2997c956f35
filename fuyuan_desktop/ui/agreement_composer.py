"""协议 tab: compose the mediation agreement clause by clause, check it as you type, preview the real
PDF, finalise it (then read-only; corrections are new versions) and print it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fuyuan_desktop import resources
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.agreements import (
    AgreementInput,
    AgreementView,
    ClauseInput,
    agreement_problems,
    agreements_of,
    correct_agreement,
    draft_agreement,
    finalize_agreement,
    update_draft,
)
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.context import COURT_TZ, ServiceContext
from fuyuan_desktop.services.documents import PrintedDocument, print_agreement
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.crash import show_error
from fuyuan_desktop.ui.forms.ui_agreement_composer import Ui_AgreementComposer
from fuyuan_desktop.ui.qt_dates import qdate
from fuyuan_desktop.ui.tasks import TaskFn, run_task

VALIDATE_DEBOUNCE_MS = 400
DEFAULT_DEADLINE_DAYS = 30
METHODS = ("银行转账", "现金当面交付", "微信或支付宝转账", "当面交付", "现场交接", "本协议生效即履行")
NUMERALS = "一二三四五六七八九十"
DRAFT, FINAL = AgreementStatus.DRAFT.label, AgreementStatus.FINAL.label


def clause_number(position: int) -> str:
    """一、二 … 十、十一 … 九十九 (agreements never run longer)."""
    if position <= 10:
        return NUMERALS[position - 1]
    tens, ones = divmod(position, 10)
    return f"{NUMERALS[tens - 1] if tens > 1 else ''}十{NUMERALS[ones - 1] if ones else ''}"


def yuan(fen: int | None) -> str | None:
    if fen is None:
        return None
    return str(fen // 100) if fen % 100 == 0 else f"{fen // 100}.{fen % 100:02d}"


def load_snippets() -> list[dict[str, Any]]:
    return list(resources.read_json("templates", "clause_snippets.json")["snippets"])


class AgreementComposer(QWidget):
    """The agreement of one case: its draft while there is one, else its latest version read-only."""

    changed = Signal()  # saved, finalised or corrected: the case page refreshes its status
    pdf_ready = Signal(object)  # PrintedDocument of the latest preview
    printed = Signal(str)  # where the copy went (a PDF path or the printer's name)

    def __init__(self, ctx: ServiceContext, paths: DataPaths, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.blobs = BlobStore(paths.blobs, key=ctx.db.data_key)
        self.ui = Ui_AgreementComposer()
        self.ui.setupUi(self)
        self._scratch = tempfile.TemporaryDirectory(prefix="fuyuan-agreement-")
        self._renders = 0
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self.ui.preview_frame)
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.hide()
        self.ui.preview_layout.addWidget(self.pdf_view)
        self.ui.composer_splitter.setStretchFactor(0, 3)
        self.ui.composer_splitter.setStretchFactor(1, 2)
        self.last_pdf: PrintedDocument | None = None
        self.agreement: AgreementView | None = None
        self.clauses: list[ClauseInput] = []
        self._loading = False
        self._dirty = False
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DEBOUNCE_MS)
        self._validate_timer.timeout.connect(self.validate)

        case = get_case(ctx, case_id)
        self.party_names = {role: [p.name for p in case.parties if p.role == role] for role in ("申请人", "被申请人")}
        for kind in AgreementKind:
            self.ui.kind_combo.addItem(kind.label, kind.value)
        self._default_kind = (AgreementKind.PEOPLE if case.mediation_kind == "人民调解" else
                              AgreementKind.ADMINISTRATIVE if case.summary.category.startswith("行政争议") else
                              AgreementKind.INVITED)
        self.ui.obligor_combo.addItems([p.name for p in case.parties if p.role != "代理人"])
        self.ui.method_combo.addItems(METHODS)
        self.ui.deadline_edit.setMinimumDate(QDate(2000, 1, 1))
        try:
            category = DisputeCategory.parse(case.summary.category).value
        except KeyError:
            category = ""
        self.snippets = sorted(load_snippets(), key=lambda s: category not in s["categories"])
        for snippet in self.snippets:
            self.ui.snippet_combo.addItem(snippet["title"], snippet["key"])

        for widget in (self.ui.facts_edit, self.ui.responsibilities_edit, self.ui.breach_edit):
            widget.textChanged.connect(self._touch)
        self.ui.kind_combo.currentIndexChanged.connect(self._touch)
        self.ui.confirmation_check.toggled.connect(self._touch)
        self.ui.clause_list.currentRowChanged.connect(self._show_clause)
        self.ui.obligor_combo.currentTextChanged.connect(self._clause_edited)
        self.ui.clause_text_edit.textChanged.connect(self._clause_edited)
        self.ui.amount_edit.textChanged.connect(self._clause_edited)
        self.ui.method_combo.currentTextChanged.connect(self._clause_edited)
        self.ui.deadline_edit.dateChanged.connect(self._clause_edited)
        self.ui.add_clause_button.clicked.connect(lambda: self.add_clause())
        self.ui.remove_clause_button.clicked.connect(self.remove_clause)
        self.ui.up_button.clicked.connect(lambda: self.move_clause(-1))
        self.ui.down_button.clicked.connect(lambda: self.move_clause(1))
        self.ui.insert_snippet_button.clicked.connect(self.insert_snippet)
        self.ui.save_button.clicked.connect(self.save_draft)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.finalize_button.clicked.connect(self.finalize)
        self.ui.finalize_button.setVisible(allowed(ctx.role, "agreement.finalize"))  # only a judge finalizes
        self.ui.correct_button.clicked.connect(self.correct)
        self.ui.print_button.clicked.connect(self.print_with_dialog)
        for keys, slot in (("Ctrl+Up", lambda: self.move_clause(-1)), ("Ctrl+Down", lambda: self.move_clause(1)),
                           ("Ctrl+S", self.save_draft), ("Ctrl+P", self.print_with_dialog)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.load()

    # --- loading and the form <-> data ---------------------------------------------------------------

    def load(self) -> None:
        views = agreements_of(self.ctx, self.case_id)
        self.agreement = next((v for v in views if v.status == DRAFT), views[-1] if views else None)
        view = self.agreement
        self._loading = True
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findText(view.kind) if view else
                                           self.ui.kind_combo.findData(self._default_kind.value))
        self.ui.confirmation_check.setChecked(view.confirmation_clause if view else True)
        self.ui.facts_edit.setPlainText(view.facts if view else "")
        self.ui.responsibilities_edit.setPlainText(view.responsibilities if view else "")
        self.ui.breach_edit.setPlainText(view.breach_terms if view else "")
        self.clauses = [
            ClauseInput(str(c["obligor"]), str(c["text"]), str(c["performance_method"]),
                        date.fromisoformat(str(c["deadline"])) if c["deadline"] else None,
                        yuan(c["amount_fen"] if isinstance(c["amount_fen"], int) else None))
            for c in (view.clauses if view else [])
        ]
        self._loading = False
        self._refresh_list(0 if self.clauses else -1)
        self._dirty = False
        self._show_state()
        self.validate()

    def is_dirty(self) -> bool:
        return self._dirty

    def read_only(self) -> bool:
        return self.agreement is not None and self.agreement.status != DRAFT

    def collect(self) -> AgreementInput:
        return AgreementInput(
            kind=str(self.ui.kind_combo.currentData()),
            facts=self.ui.facts_edit.toPlainText(),
            clauses=[replace(c) for c in self.clauses],
            responsibilities=self.ui.responsibilities_edit.toPlainText(),
            breach_terms=self.ui.breach_edit.toPlainText(),
            confirmation_clause=self.ui.confirmation_check.isChecked(),
        )

    def _show_state(self) -> None:
        view, locked = self.agreement, self.read_only()
        if view is None:
            self.ui.version_label.setText("<b>新协议</b>（尚未保存）")
        elif view.status == DRAFT:
            self.ui.version_label.setText(f"<b>第 {view.version} 版 · 草稿</b>"
                                          + ("（更正版本）" if view.supersedes_id else ""))
        else:
            self.ui.version_label.setText(f"<b>第 {view.version} 版 · {view.status}</b>　内容已锁定，"
                                          "如需修改请“创建更正版本”")
        for widget in (self.ui.kind_combo, self.ui.confirmation_check, self.ui.add_clause_button,
                       self.ui.snippet_combo, self.ui.insert_snippet_button, self.ui.save_button,
                       self.ui.finalize_button):
            widget.setEnabled(not locked)
        for edit in (self.ui.facts_edit, self.ui.responsibilities_edit, self.ui.breach_edit):
            edit.setReadOnly(locked)
        self.ui.correct_button.setVisible(view is not None and view.status == FINAL
                                          and allowed(self.ctx.role, "agreement.correct"))
        self._enable_clause_editor()

    def _enable_clause_editor(self) -> None:
        row = self.ui.clause_list.currentRow()
        editable = not self.read_only() and 0 <= row < len(self.clauses)
        for widget in (self.ui.obligor_combo, self.ui.clause_text_edit, self.ui.amount_edit, self.ui.method_combo,
                       self.ui.deadline_edit, self.ui.remove_clause_button):
            widget.setEnabled(editable)
        self.ui.up_button.setEnabled(editable and row > 0)
        self.ui.down_button.setEnabled(editable and row < len(self.clauses) - 1)

    def _touch(self) -> None:
        if self._loading or self.read_only():
            return
        self._dirty = True
        self.ui.composer_status.setText("有改动尚未保存")
        self._validate_timer.start()

    # --- clauses ---------------------------------------------------------------------------------------

    def _clause_text(self, position: int, c: ClauseInput) -> str:
        amount = f"（¥{c.amount}）" if c.amount else ""
        when = f"{c.deadline.year}年{c.deadline.month}月{c.deadline.day}日前" if c.deadline else "期限未定"
        return f"{clause_number(position)}、{c.obligor}{c.text}{amount}　—　{c.performance_method or '方式未定'}，{when}"

    def _refresh_list(self, select: int) -> None:
        self._loading = True
        self.ui.clause_list.clear()
        for i, clause in enumerate(self.clauses, start=1):
            self.ui.clause_list.addItem(self._clause_text(i, clause))
        self._loading = False
        self.ui.clause_list.setCurrentRow(select)
        self._show_clause(select)

    def _show_clause(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        clause = self.clauses[row] if 0 <= row < len(self.clauses) else ClauseInput("", "")
        self.ui.obligor_combo.setCurrentText(clause.obligor)
        self.ui.clause_text_edit.setPlainText(clause.text)
        self.ui.amount_edit.setText(clause.amount or "")
        self.ui.method_combo.setCurrentText(clause.performance_method)
        self.ui.deadline_edit.setDate(qdate(clause.deadline or self._default_deadline()))
        self._loading = False
        self._enable_clause_editor()

    def _clause_edited(self) -> None:
        row = self.ui.clause_list.currentRow()
        if self._loading or self.read_only() or not 0 <= row < len(self.clauses):
            return
        day = self.ui.deadline_edit.date()
        clause = ClauseInput(
            obligor=self.ui.obligor_combo.currentText(),
            text=self.ui.clause_text_edit.toPlainText(),
            performance_method=self.ui.method_combo.currentText(),
            deadline=date(day.year(), day.month(), day.day()),
            amount=self.ui.amount_edit.text().strip() or None,
        )
        self.clauses[row] = clause
        item = self.ui.clause_list.item(row)
        if item is not None:
            item.setText(self._clause_text(row + 1, clause))
        self._touch()

    def _default_deadline(self) -> date:
        return self.ctx.today() + timedelta(days=DEFAULT_DEADLINE_DAYS)

    def _default_obligor(self, side: str = "respondent") -> str:
        names = self.party_names["被申请人" if side == "respondent" else "申请人"]
        return names[0] if names else ""

    def add_clause(self, clause: ClauseInput | None = None) -> None:
        if self.read_only():
            return
        self.clauses.append(clause or ClauseInput(self._default_obligor(), "", "", self._default_deadline()))
        self._refresh_list(len(self.clauses) - 1)
        self.ui.clause_text_edit.setFocus()
        self._touch()

    def remove_clause(self) -> None:
        row = self.ui.clause_list.currentRow()
        if self.read_only() or not 0 <= row < len(self.clauses):
            return
        del self.clauses[row]
        self._refresh_list(min(row, len(self.clauses) - 1))
        self._touch()

    def move_clause(self, delta: int) -> None:
        row = self.ui.clause_list.currentRow()
        target = row + delta
        if self.read_only() or not (0 <= row < len(self.clauses) and 0 <= target < len(self.clauses)):
            return
        self.clauses[row], self.clauses[target] = self.clauses[target], self.clauses[row]
        self._refresh_list(target)
        self._touch()

    def insert_snippet(self) -> None:
        key = self.ui.snippet_combo.currentData()
        snippet = next((s for s in self.snippets if s["key"] == key), None)
        if snippet is None:
            return
        obligor = self._default_obligor(snippet["obligor"])
        obligee = self._default_obligor("applicant" if snippet["obligor"] == "respondent" else "respondent")
        fill = {"obligor": obligor, "obligee": obligee}
        self.add_clause(ClauseInput(
            obligor=obligor,
            text=snippet["text"].format(**fill).removeprefix(obligor),
            performance_method=snippet["performance_method"].format(**fill),
            deadline=self.ctx.today() + timedelta(days=int(snippet["deadline_days"])),
        ))

    # --- checking, saving, finalising ------------------------------------------------------------------

    def validate(self) -> list[str]:
        self.ui.problems_list.clear()
        if self.read_only():
            self.ui.problems_label.setText("核对")
            self.ui.problems_list.addItem("✓ 已定稿，内容不可更改")
            return []
        problems = agreement_problems(self.ctx, self.case_id, self.collect())
        self.ui.problems_label.setText(f"定稿前须补全（{len(problems)} 项）" if problems else "核对")
        self.ui.problems_list.addItems([f"⚠ {p}" for p in problems] or ["✓ 内容完整，可以定稿"])
        return problems

    def save_draft(self) -> bool:
        if self.read_only():
            return False
        data = self.collect()
        try:
            if self.agreement is None:
                view = draft_agreement(self.ctx, self.case_id, data)
            else:
                view = update_draft(self.ctx, self.agreement.id, data)
        except FuyuanError as exc:
            show_error(self, str(exc))
            return False
        self.agreement = view
        self._dirty = False
        note = "；".join(view.warnings)
        self.ui.composer_status.setText(f"草稿已保存 {datetime.now(COURT_TZ):%H:%M:%S}" + (f"　{note}" if note else ""))
        if view.warnings:
            self._loading = True
            self.ui.confirmation_check.setChecked(view.confirmation_clause)
            self._loading = False
        self._show_state()
        self.changed.emit()
        return True

    def _saved_first(self) -> bool:
        return self.read_only() or (not self._dirty and self.agreement is not None) or self.save_draft()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def finalize(self) -> bool:
        if self.read_only() or not self._saved_first() or self.agreement is None:
            return False
        problems = self.validate()
        if problems:
            show_error(self, "协议还不完整，不能定稿：\n" + "\n".join(problems))
            return False
        if not self.confirm("定稿", f"定稿后第 {self.agreement.version} 版协议不能再修改，只能创建更正版本。\n"
                                    "各方已核对无误，确认定稿吗？"):
            return False
        try:
            self.agreement = finalize_agreement(self.ctx, self.agreement.id)
        except FuyuanError as exc:
            show_error(self, str(exc))
            return False
        self.ui.composer_status.setText(f"已定稿 {datetime.now(COURT_TZ):%H:%M:%S}")
        self.load()
        self.changed.emit()
        self.preview()
        return True

    def correct(self) -> None:
        if self.agreement is None or self.agreement.status != FINAL:
            return
        try:
            correct_agreement(self.ctx, self.agreement.id)
        except FuyuanError as exc:
            show_error(self, str(exc))
            return
        self.load()
        self.ui.composer_status.setText("已创建更正版本草稿；定稿后原版本即被取代")
        self.changed.emit()

    # --- the real PDF: preview and print ---------------------------------------------------------------

    def render_pdf(self, then: Callable[[PrintedDocument], None] | None = None) -> None:
        """Print the current version to a scratch file in a worker, then show it (and call ``then``)."""
        if not self._saved_first() or self.agreement is None:
            return
        version = self.agreement.version
        cached = self.last_pdf
        if (then is None and cached is not None and cached.final and cached.version == version
                and cached.path is not None and cached.path.exists()):
            return  # a final version's PDF never changes: the preview on screen is already it
        self._renders += 1
        out = Path(self._scratch.name) / f"协议-第{version}版-{self._renders}.pdf"
        ctx, blobs, case_id = self.ctx, self.blobs, self.case_id

        def done(printed: PrintedDocument) -> None:
            self.last_pdf = printed
            self.pdf.load(str(printed.path))
            self.ui.preview_hint.hide()
            self.pdf_view.show()
            self.pdf_ready.emit(printed)
            if then is not None:
                then(printed)

        self._start("正在生成协议书…",
                    lambda _progress, _cancel: print_agreement(ctx, blobs, case_id, version=version, out=out), done)

    def _start(self, label: str, fn: TaskFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None] | None = None) -> None:
        run_task(self, label, fn, on_done=on_done, on_error=on_error)  # run_task keeps the task alive

    def preview(self) -> None:
        self.render_pdf()

    def ask_pdf_path(self) -> str:
        name = f"调解协议书-{self.agreement.version if self.agreement else 1}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, "打印为 PDF（本机没有打印机）", name, "PDF (*.pdf)")
        return path

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setCopyCount(self.ui.copies_spin.value())
        if not QPrinterInfo.availablePrinters():
            path = self.ask_pdf_path()
            if not path:
                return
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
        else:
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
            self.ui.copies_spin.setValue(printer.copyCount())
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        self.render_pdf(lambda printed: self._deliver(printed, printer))

    def _deliver(self, printed: PrintedDocument, printer: QPrinter) -> None:
        assert printed.path is not None
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            # A PDF "printer" gets the archived bytes themselves, so the copy verifies against the record.
            shutil.copyfile(printed.path, printer.outputFileName())
            self.ui.composer_status.setText(f"已保存为 PDF：{printer.outputFileName()}")
            self.printed.emit(printer.outputFileName())
            return
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        document = QPdfDocument(self)
        document.load(str(printed.path))
        painter = QPainter(printer)
        try:
            for copy in range(copies):
                for page in range(document.pageCount()):
                    if copy or page:
                        printer.newPage()
                    area = painter.viewport()
                    size = document.pagePointSize(page).toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                    image = document.render(page, QSize(size.width(), size.height()))
                    painter.drawImage(QRect(area.topLeft(), size), image)
        finally:
            painter.end()
        self.ui.composer_status.setText(f"已送打印机 {printer.printerName()}，{printer.copyCount()} 份")
        self.printed.emit(printer.printerName())
