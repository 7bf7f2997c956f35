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
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from fuyuan_desktop import resources
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import AgreementKind, AgreementStatus, DisputeCategory, MediationKind, PartyRole
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
from fuyuan_desktop.services.documents import PrintedDocument, print_agreement
from fuyuan_desktop.services.drafts import Draft, agreement_key, form_draft
from fuyuan_desktop.services.permissions import allowed
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.crash import error_text, show_error
from fuyuan_desktop.ui.enum_labels import enum_label, enum_text, status_note_text
from fuyuan_desktop.ui.error_words import message_text, sentence
from fuyuan_desktop.ui.file_dialogs import in_documents, save_file_name
from fuyuan_desktop.ui.form_drafts import DraftAutosaver, DraftBanner, saved_note
from fuyuan_desktop.ui.forms.ui_agreement_composer import Ui_AgreementComposer
from fuyuan_desktop.ui.qt_dates import qdate
from fuyuan_desktop.ui.recorder import autosave_interval_ms
from fuyuan_desktop.ui.tasks import TaskFn, run_task

VALIDATE_DEBOUNCE_MS = 400
DEFAULT_DEADLINE_DAYS = 30
METHODS = ("银行转账", "现金当面交付", "微信或支付宝转账", "当面交付", "现场交接", "本协议生效即履行")
NUMERALS = "一二三四五六七八九十"
DRAFT, FINAL = AgreementStatus.DRAFT.value, AgreementStatus.FINAL.value
APPLICANT, RESPONDENT = PartyRole.APPLICANT.value, PartyRole.RESPONDENT.value


def is_administrative(category_code: str) -> bool:
    try:
        return DisputeCategory.of(category_code).is_administrative
    except ValueError:
        return False


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


class PdfZoomBar(QWidget):
    """缩小 / 放大 / 适合宽度 for a PDF preview (Ctrl+- and Ctrl++ while the preview has the focus); the zoom shown."""

    STEP = 1.25
    LIMITS = (0.25, 4.0)

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.out_button = QPushButton(self.tr("缩小"))
        self.in_button = QPushButton(self.tr("放大"))
        self.fit_button = QPushButton(self.tr("适合宽度"))
        self.out_button.setToolTip(self.tr("缩小预览（Ctrl+-）"))
        self.in_button.setToolTip(self.tr("放大预览（Ctrl++）"))
        self.level = QLabel()
        for widget in (self.out_button, self.in_button, self.fit_button, self.level):
            row.addWidget(widget)
        row.addStretch(1)
        self.out_button.clicked.connect(lambda: self.zoom(1 / self.STEP))
        self.in_button.clicked.connect(lambda: self.zoom(self.STEP))
        self.fit_button.clicked.connect(self.fit_width)
        for keys, factor in ((QKeySequence.StandardKey.ZoomIn, self.STEP), (QKeySequence.StandardKey.ZoomOut,
                                                                           1 / self.STEP)):
            shortcut = QShortcut(QKeySequence(keys), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda f=factor: self.zoom(f))
        view.zoomFactorChanged.connect(lambda _f: self._show())
        view.zoomModeChanged.connect(lambda _m: self._show())
        self._show()

    def current(self) -> float:
        """The scale on screen: in 适合宽度 the view keeps its zoom factor at 1 and fits the page to the pane, so
        the factor is worked out from the pane's width and the first page's."""
        view = self.view
        document = view.document()
        if view.zoomMode() != QPdfView.ZoomMode.FitToWidth or document is None or document.pageCount() < 1:
            return view.zoomFactor()
        margins = view.documentMargins()
        page_px = document.pagePointSize(0).width() * view.logicalDpiX() / 72
        usable = view.viewport().width() - margins.left() - margins.right()
        return usable / page_px if page_px > 0 and usable > 0 else view.zoomFactor()

    def zoom(self, factor: float) -> None:
        low, high = self.LIMITS
        current = self.current()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, current * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _show(self) -> None:
        fitted = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setEnabled(not fitted)
        self.level.setText("" if fitted else f"{self.view.zoomFactor():.0%}")  # 适合宽度 greyed says it


class AgreementComposer(QWidget):
    """The agreement of one case: its draft while there is one, else its latest version read-only."""

    changed = Signal()  # saved, finalised or corrected: the case page refreshes its status
    pdf_ready = Signal(object)  # PrintedDocument of the latest preview
    printed = Signal(str)  # where the copy went (a PDF path or the printer's name)

    def __init__(self, ctx: Workspace, paths: DataPaths, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
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
        self.zoom_bar = PdfZoomBar(self.pdf_view, self.ui.preview_frame)
        self.zoom_bar.hide()
        self.ui.preview_layout.addWidget(self.zoom_bar)
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
        # What is typed is autosaved as a form draft every few seconds (a crash loses at most that much) and
        # offered back by the banner when the tab is opened again.
        self.pending_draft: Draft | None = None
        self.draft_banner = DraftBanner(self)
        self.ui.composer_layout.insertWidget(0, self.draft_banner)
        self.draft_banner.restore.connect(self.restore_form_draft)
        self.draft_banner.discard.connect(self.discard_form_draft)
        self.autosaver = DraftAutosaver(ctx, agreement_key(case_id), self.draft_payload,
                                        autosave_interval_ms(paths), self)
        self.autosaver.saved.connect(lambda at: self.ui.composer_status.setText(
            self.tr("有改动尚未保存（{at} 已自动留存草稿）").format(at=saved_note(at))))
        self.autosaver.failed.connect(lambda reason: self.ui.composer_status.setText(
            self.tr("自动留存草稿失败：{reason}；文字仍在本页，请尽快保存").format(reason=reason)))

        case = get_case(ctx, case_id)
        self.party_names = {role: [p.name for p in case.parties if p.role_code == role] for role in (APPLICANT, RESPONDENT)}
        for kind in AgreementKind:
            self.ui.kind_combo.addItem(enum_label(kind), kind.value)
        self._default_kind = (AgreementKind.PEOPLE if case.mediation_kind_code == MediationKind.PEOPLE.value else
                              AgreementKind.ADMINISTRATIVE if is_administrative(case.summary.category_code) else
                              AgreementKind.INVITED)
        self.ui.obligor_combo.addItems([p.name for p in case.parties if p.role_code != PartyRole.AGENT.value])
        self.ui.method_combo.addItems(METHODS)
        # The clause type decides whether the agreement can go to 司法确认 (reference confirmation_clause_types).
        self.clause_types = ctx.reference.clause_types
        self.type_label = QLabel(self.tr("条款类型"), self.ui.clauses_group)
        self.type_combo = QComboBox(self.ui.clauses_group)
        self.type_combo.setObjectName("type_combo")
        self.type_combo.addItem(self.tr("（未选）"), "")
        for clause_type in self.clause_types.types:
            excluded = self.tr("（不能司法确认）") if clause_type.excluded else ""
            self.type_combo.addItem(clause_type.label + excluded, clause_type.code)
            if clause_type.excluded:
                self.type_combo.setItemData(self.type_combo.count() - 1, clause_type.reason,
                                            Qt.ItemDataRole.ToolTipRole)
        self.type_label.setBuddy(self.type_combo)
        self.ui.clause_form.addWidget(self.type_label, 3, 0, 1, 1)
        self.ui.clause_form.addWidget(self.type_combo, 3, 1, 1, 1)
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
        self.type_combo.currentIndexChanged.connect(self._clause_edited)
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
        self.agreement = next((v for v in views if v.status_code == DRAFT), views[-1] if views else None)
        view = self.agreement
        self._loading = True
        self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(view.kind_code) if view else
                                           self.ui.kind_combo.findData(self._default_kind.value))
        self.ui.confirmation_check.setChecked(view.confirmation_clause if view else True)
        self.ui.facts_edit.setPlainText(view.facts if view else "")
        self.ui.responsibilities_edit.setPlainText(view.responsibilities if view else "")
        self.ui.breach_edit.setPlainText(view.breach_terms if view else "")
        self.clauses = [
            ClauseInput(str(c["obligor"]), str(c["text"]), str(c["performance_method"]),
                        date.fromisoformat(str(c["deadline"])) if c["deadline"] else None,
                        yuan(c["amount_fen"] if isinstance(c["amount_fen"], int) else None), str(c.get("kind", "")))
            for c in (view.clauses if view else [])
        ]
        self._loading = False
        self._refresh_list(0 if self.clauses else -1)
        self._dirty = False
        self._show_state()
        self.validate()
        self._offer_form_draft()

    # --- the autosaved form draft ----------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any] | None:
        """The form as plain data while it holds unsaved changes (what the autosaver keeps), else None."""
        if not self._dirty or self.read_only() or self.pending_draft is not None:
            return None
        data = self.collect()
        return {
            "agreement_id": self.agreement.id if self.agreement else "",
            "version": self.agreement.version if self.agreement else 0,
            "kind": data.kind, "facts": data.facts, "responsibilities": data.responsibilities,
            "breach_terms": data.breach_terms, "confirmation_clause": data.confirmation_clause,
            "clauses": [{"obligor": c.obligor, "text": c.text, "performance_method": c.performance_method,
                         "deadline": c.deadline.isoformat() if c.deadline else None, "amount": c.amount,
                         "kind": c.kind}
                        for c in data.clauses],
            "row": self.ui.clause_list.currentRow(),
        }

    def _offer_form_draft(self) -> None:
        draft = form_draft(self.ctx, self.autosaver.key)
        if draft is None or self.read_only():
            return
        self.pending_draft = draft
        version = int(draft.payload.get("version") or 0)
        what = self.tr("第 {v} 版协议的").format(v=version) if version else self.tr("新协议")
        self.draft_banner.offer(draft, what)
        self._lock_for_choice(True)

    def _lock_for_choice(self, locked: bool) -> None:
        for widget in (self.ui.composer_splitter, self.ui.kind_combo, self.ui.confirmation_check,
                       self.ui.save_button, self.ui.preview_button, self.ui.finalize_button, self.ui.print_button):
            widget.setEnabled(not locked)
        if locked:
            self.ui.composer_status.setText(self.tr("请先选择恢复或放弃自动保存的草稿"))

    def restore_form_draft(self) -> None:
        draft, self.pending_draft = self.pending_draft, None
        self.draft_banner.hide()
        self._lock_for_choice(False)
        if draft is None:
            return
        data = draft.payload
        self._loading = True
        index = self.ui.kind_combo.findData(data.get("kind"))
        if index >= 0:
            self.ui.kind_combo.setCurrentIndex(index)
        self.ui.confirmation_check.setChecked(bool(data.get("confirmation_clause", True)))
        self.ui.facts_edit.setPlainText(str(data.get("facts", "")))
        self.ui.responsibilities_edit.setPlainText(str(data.get("responsibilities", "")))
        self.ui.breach_edit.setPlainText(str(data.get("breach_terms", "")))
        self.clauses = [
            ClauseInput(str(c.get("obligor", "")), str(c.get("text", "")), str(c.get("performance_method", "")),
                        date.fromisoformat(c["deadline"]) if c.get("deadline") else None, c.get("amount") or None,
                        str(c.get("kind", "")))
            for c in data.get("clauses", []) if isinstance(c, dict)
        ]
        self._loading = False
        row = int(data.get("row", 0) or 0)
        self._refresh_list(min(max(row, 0), len(self.clauses) - 1) if self.clauses else -1)
        self._show_state()
        self._dirty = True
        self.autosaver.forget_last()
        self.ui.composer_status.setText(self.tr("已恢复草稿，尚未保存（Ctrl+S 保存）"))
        self.validate()

    def discard_form_draft(self) -> None:
        self.pending_draft = None
        self.draft_banner.hide()
        self._lock_for_choice(False)
        self._show_state()
        self.autosaver.discard()
        self.ui.composer_status.setText(self.tr("已放弃草稿"))

    def is_dirty(self) -> bool:
        return self._dirty

    def read_only(self) -> bool:
        return self.agreement is not None and self.agreement.status_code != DRAFT

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
            self.ui.version_label.setText(self.tr("<b>新协议</b>（尚未保存）"))
        elif view.status_code == DRAFT:
            self.ui.version_label.setText(self.tr("<b>第 {n} 版 · 草稿</b>").format(n=view.version)
                                          + (self.tr("（更正版本）") if view.supersedes_id else ""))
        else:
            self.ui.version_label.setText(self.tr("<b>第 {n} 版 · {status}</b>\u3000内容已锁定，如需修改请“创建更正版本”")
                                          .format(n=view.version, status=enum_text(AgreementStatus, view.status_code)))
        for widget in (self.ui.kind_combo, self.ui.confirmation_check, self.ui.add_clause_button,
                       self.ui.snippet_combo, self.ui.insert_snippet_button, self.ui.save_button,
                       self.ui.finalize_button):
            widget.setEnabled(not locked)
        for edit in (self.ui.facts_edit, self.ui.responsibilities_edit, self.ui.breach_edit):
            edit.setReadOnly(locked)
        self.ui.correct_button.setVisible(view is not None and view.status_code == FINAL
                                          and allowed(self.ctx.role, "agreement.correct"))
        self._enable_clause_editor()

    def _enable_clause_editor(self) -> None:
        row = self.ui.clause_list.currentRow()
        editable = not self.read_only() and 0 <= row < len(self.clauses)
        for widget in (self.ui.obligor_combo, self.ui.clause_text_edit, self.ui.amount_edit, self.ui.method_combo,
                       self.ui.deadline_edit, self.type_combo, self.ui.remove_clause_button):
            widget.setEnabled(editable)
        self.ui.up_button.setEnabled(editable and row > 0)
        self.ui.down_button.setEnabled(editable and row < len(self.clauses) - 1)

    def _touch(self) -> None:
        if self._loading or self.read_only():
            return
        self._dirty = True
        self.ui.composer_status.setText(self.tr("有改动尚未保存"))
        self._validate_timer.start()

    # --- clauses ---------------------------------------------------------------------------------------

    def _clause_text(self, position: int, c: ClauseInput) -> str:
        amount = f"（¥{c.amount}）" if c.amount else ""
        when = (self.tr("{y}年{m}月{d}日前").format(y=c.deadline.year, m=c.deadline.month, d=c.deadline.day)
                if c.deadline else self.tr("期限未定"))
        method = c.performance_method or self.tr("方式未定")
        kind = self.clause_types.label(c.kind)
        return (f"{clause_number(position)}、{c.obligor}{c.text}{amount}\u3000—\u3000{method}{self.tr('，')}{when}"
                + (f"\u3000［{kind}］" if kind else ""))

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
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(clause.kind), 0))
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
            kind=str(self.type_combo.currentData() or ""),
        )
        self.clauses[row] = clause
        item = self.ui.clause_list.item(row)
        if item is not None:
            item.setText(self._clause_text(row + 1, clause))
        self._touch()

    def _default_deadline(self) -> date:
        return self.ctx.today() + timedelta(days=DEFAULT_DEADLINE_DAYS)

    def _default_obligor(self, side: str = "respondent") -> str:
        names = self.party_names[RESPONDENT if side == "respondent" else APPLICANT]
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
            self.ui.problems_label.setText(self.tr("核对"))
            self.ui.problems_list.addItem(self.tr("✓ 已定稿，内容不可更改"))
            return []
        problems = agreement_problems(self.ctx, self.case_id, self.collect())
        self.ui.problems_label.setText(self.tr("定稿前须补全（{n} 项）").format(n=len(problems)) if problems
                                       else self.tr("核对"))
        self.ui.problems_list.addItems([f"⚠ {sentence(message_text(p))}" for p in problems] or [self.tr("✓ 内容完整，可以定稿")])
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
            show_error(self, error_text(exc))
            return False
        self.agreement = view
        self._dirty = False
        self.autosaver.discard()
        note = "；".join(message_text(w) for w in view.warnings)
        self.ui.composer_status.setText(self.tr("草稿已保存 {t}").format(t=f"{datetime.now(COURT_TZ):%H:%M:%S}")
                                        + (f"\u3000{note}" if note else ""))
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
            show_error(self, self.tr("协议还不完整，不能定稿：") + "\n" + "\n".join(sentence(message_text(p)) for p in problems))
            return False
        if not self.confirm(self.tr("定稿"), self.tr("定稿后第 {n} 版协议不能再修改，只能创建更正版本。\n"
                                                  "各方已核对无误，确认定稿吗？").format(n=self.agreement.version)):
            return False
        try:
            self.agreement = finalize_agreement(self.ctx, self.agreement.id)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return False
        note = f"\u3000{status_note_text(self.agreement.status_note)}" if self.agreement.status_note else ""
        self.load()
        self.ui.composer_status.setText(self.tr("已定稿 {t}").format(t=f"{datetime.now(COURT_TZ):%H:%M:%S}") + note)
        self.changed.emit()
        self.preview()
        return True

    def correct(self) -> None:
        if self.agreement is None or self.agreement.status_code != FINAL:
            return
        try:
            correct_agreement(self.ctx, self.agreement.id)
        except FuyuanError as exc:
            show_error(self, error_text(exc))
            return
        self.load()
        self.ui.composer_status.setText(self.tr("已创建更正版本草稿；定稿后原版本即被取代"))
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
        ctx, case_id = self.ctx, self.case_id

        def done(printed: PrintedDocument) -> None:
            self.last_pdf = printed
            self.pdf.load(str(printed.path))
            self.ui.preview_hint.hide()
            self.pdf_view.show()
            self.zoom_bar.show()
            self.pdf_ready.emit(printed)
            if then is not None:
                then(printed)

        self._start(self.tr("正在生成协议书…"),
                    lambda _progress, _cancel: print_agreement(ctx, case_id, version=version, out=out), done)

    def _start(self, label: str, fn: TaskFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None] | None = None) -> None:
        run_task(self, label, fn, on_done=on_done, on_error=on_error)  # run_task keeps the task alive

    def preview(self) -> None:
        self.render_pdf()

    def ask_pdf_path(self) -> str:
        name = f"调解协议书-{self.agreement.version if self.agreement else 1}.pdf"
        path = save_file_name(self, self.tr("打印为 PDF（本机没有打印机）"), in_documents(name), "PDF (*.pdf)")
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
            answered = dialog.exec()
            dialog.deleteLater()
            if answered != QPrintDialog.DialogCode.Accepted:
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
            self.ui.composer_status.setText(self.tr("已保存为 PDF：{path}").format(path=printer.outputFileName()))
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
        self.ui.composer_status.setText(self.tr("已送打印机 {name}，{n} 份").format(name=printer.printerName(), n=printer.copyCount()))
        self.printed.emit(printer.printerName())
