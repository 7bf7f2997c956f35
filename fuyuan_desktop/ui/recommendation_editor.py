"""The 司法建议书 editor: a new draft (from a case or an administrative judgment) or an existing draft (from a case,
a cluster or a judgment), autosaved while typed, printed as a watermarked draft, saved, or thrown away.

A draft has no number; the number is taken when the letter is signed (签发, on the 府院联动 page). Once signed the
letter is frozen: the editor then shows it read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services.drafts import Draft, form_draft, recommendation_key
from fuyuan_desktop.services.printing import PrintedDocument
from fuyuan_desktop.services.recommendations import (
    MAX_REPLY_MONTHS,
    RecommendationText,
    RecommendationView,
    abandon_recommendation,
    draft_recommendation,
    edit_recommendation,
    print_recommendation_of,
    recommendation,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.case_picker import CasePicker
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import in_documents
from fuyuan_desktop.ui.form_drafts import DraftAutosaver, DraftBanner, saved_note
from fuyuan_desktop.ui.recorder import autosave_interval_ms

DEFAULT_AUTOSAVE_MS = 2000
TEXT_FIELDS = ("title", "recipient", "copy_to", "background", "problems", "suggestions", "contact",
               "attachments_note")
ORIGIN_LABELS = {"case": QT_TRANSLATE_NOOP("RecommendationEditor", "个案"),
                 "cluster": QT_TRANSLATE_NOOP("RecommendationEditor", "类案预警"),
                 "judgment": QT_TRANSLATE_NOOP("RecommendationEditor", "行政判决")}


class RecommendationEditor(QDialog):
    """Edit one 司法建议书 draft (``rec_id``) or write a new one (``rec_id=None``)."""

    saved = Signal(object)  # RecommendationView after each save
    abandoned = Signal()

    def __init__(self, ctx: Workspace, rec_id: str | None = None, parent: QWidget | None = None, *,
                 note: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RecommendationView | None = recommendation(ctx, rec_id) if rec_id else None
        self.setWindowTitle(self.tr("司法建议书草稿") if self.view is None or self.view.is_draft
                            else self.tr("司法建议书（已签发）"))
        self.printed: PrintedDocument | None = None
        layout = QVBoxLayout(self)
        self.banner = DraftBanner(self)
        layout.addWidget(self.banner)
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.head)

        self.case_picker = CasePicker(ctx, self)
        self.judgment = QLineEdit()
        self.judgment.setPlaceholderText(self.tr("如（2026）吉0702行初12号；该案不在本系统时填写"))
        source = QFormLayout()
        if self.view is None:
            source.addRow(self.tr("来源案件"), self.case_picker)
            source.addRow(self.tr("或行政判决案号"), self.judgment)
        else:
            self.case_picker.hide()  # the source of a saved draft is fixed
        layout.addLayout(source)

        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": QLineEdit(), "recipient": QLineEdit(), "copy_to": QLineEdit(), "contact": QLineEdit(),
            "attachments_note": QLineEdit(), "background": QPlainTextEdit(), "problems": QPlainTextEdit(),
            "suggestions": QPlainTextEdit(),
        }
        for key, edit in self.edits.items():
            edit.setObjectName(f"rec_{key}")
        self.edits["title"].setPlaceholderText(self.tr("“关于……的司法建议书”中间部分，留空按纠纷类型"))
        self.reply_months = QSpinBox()
        self.reply_months.setRange(1, MAX_REPLY_MONTHS)
        self.reply_months.setValue(ctx.reference.deadline_rules.recommendation_reply_months)
        self.reply_months.setSuffix(self.tr(" 个月"))
        grid = QGridLayout()
        short = (("title", self.tr("标题（关于……）")), ("recipient", self.tr("被建议单位")),
                 ("copy_to", self.tr("抄送单位")), ("contact", self.tr("联系人及电话")),
                 ("attachments_note", self.tr("附件")))
        for i, (key, label) in enumerate(short):
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(self.edits[key], i // 2, (i % 2) * 2 + 1)
        grid.addWidget(QLabel(self.tr("书面反馈期限")), 2, 2)
        grid.addWidget(self.reply_months, 2, 3)
        layout.addLayout(grid)
        texts = QGridLayout()
        for column, (key, label) in enumerate((("background", self.tr("背景")), ("problems", self.tr("发现的问题")),
                                               ("suggestions", self.tr("建议")))):
            texts.addWidget(QLabel(label), 0, column)
            texts.addWidget(self.edits[key], 1, column)
        texts.setColumnStretch(1, 2)
        texts.setColumnStretch(2, 2)
        texts.setColumnStretch(0, 1)
        layout.addLayout(texts, 1)

        self.status = QLabel(note)
        self.status.setWordWrap(True)
        self.status.setObjectName("rec_status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存草稿(&S)"))
        self.print_button = QPushButton(self.tr("打印草稿(&P)…"))
        self.abandon_button = QPushButton(self.tr("放弃草稿…"))
        self.close_button = QPushButton(self.tr("关闭"))
        for button in (self.save_button, self.print_button, self.abandon_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.ask_print)
        self.abandon_button.clicked.connect(self.ask_abandon)
        self.close_button.clicked.connect(self.close_editor)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        self._dirty = False
        if self.view is not None:
            self._fill(self.view.text)
        for edit in self.edits.values():
            edit.textChanged.connect(self._changed)
        self.reply_months.valueChanged.connect(self._changed)
        self.case_picker.edit.textChanged.connect(self._changed)
        self.judgment.textChanged.connect(self._changed)
        interval = autosave_interval_ms(ctx.paths) if ctx.paths is not None else DEFAULT_AUTOSAVE_MS
        self.autosaver = DraftAutosaver(ctx, self._key(), self.draft_payload, interval, self)
        self.autosaver.saved.connect(lambda at: self.status.setText(
            self.tr("有改动尚未保存（{at} 已自动留存草稿）").format(at=saved_note(at))))
        self.banner.restore.connect(self.restore_draft)
        self.banner.discard.connect(self.discard_draft)
        self.pending: Draft | None = None
        self._show_head()
        self._offer_saved_draft()
        self.resize(1200, 680)

    # --- state ------------------------------------------------------------------------------------------

    def _key(self) -> str:
        return recommendation_key(self.view.id if self.view is not None else f"new:{self.ctx.actor}")

    def _frozen(self) -> bool:
        return self.view is not None and not self.view.is_draft

    def _show_head(self) -> None:
        view = self.view
        if view is None:
            self.head.setText(self.tr("新建司法建议书草稿：选择来源案件（或写明行政判决案号），写好后保存。"
                                      "草稿不编号，签发时才编号。"))
        else:
            origin = self.tr(str(ORIGIN_LABELS[view.origin])) if view.origin in ORIGIN_LABELS else view.origin
            source = (view.judgment_number if view.origin == "judgment"
                      else self.tr("（归入案件 {case}）").format(case=view.case_number) if view.origin == "cluster"
                      else view.case_number)
            if view.is_draft:
                self.head.setText(self.tr("<b>草稿</b>（未编号，签发时编号）　来源：{origin} {source}　{court}").format(
                    origin=origin, source=source, court=view.court))
            else:
                self.head.setText(self.tr("<b>{number}</b>　{status}，{signed} 签发；内容已冻结，不能修改").format(
                    number=view.number, status=view.status, signed=view.signed_on))
        frozen = self._frozen()
        for edit in self.edits.values():
            edit.setReadOnly(frozen)
        self.reply_months.setEnabled(not frozen)
        self.save_button.setEnabled(not frozen)
        self.abandon_button.setEnabled(view is not None and not frozen)
        self.print_button.setText(self.tr("打印(&P)…") if frozen else self.tr("打印草稿(&P)…"))

    def _fill(self, text: RecommendationText) -> None:
        for key in TEXT_FIELDS:
            edit = self.edits[key]
            value = str(getattr(text, key))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self.reply_months.setValue(text.reply_months)

    def current_text(self) -> RecommendationText:
        values = {key: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()) for key, e in self.edits.items()}
        return RecommendationText(reply_months=self.reply_months.value(), **values)

    def _changed(self) -> None:
        if not self._frozen():
            self._dirty = True

    def draft_payload(self) -> dict[str, Any] | None:
        if not self._dirty or self._frozen():
            return None
        text = self.current_text()
        payload: dict[str, Any] = {key: getattr(text, key) for key in TEXT_FIELDS}
        payload.update(reply_months=text.reply_months, case=self.case_picker.text(), judgment=self.judgment.text())
        return payload

    def _offer_saved_draft(self) -> None:
        draft = form_draft(self.ctx, self._key())
        if draft is None or self._frozen():
            return
        self.pending = draft
        self.banner.offer(draft, self.tr("司法建议书"))

    def restore_draft(self) -> None:
        draft = self.pending
        if draft is None:
            return
        p = draft.payload
        self._fill(RecommendationText(
            recipient=str(p.get("recipient", "")), problems=str(p.get("problems", "")),
            suggestions=str(p.get("suggestions", "")), background=str(p.get("background", "")),
            copy_to=str(p.get("copy_to", "")), reply_months=int(p.get("reply_months", 2)),
            title=str(p.get("title", "")), contact=str(p.get("contact", "")),
            attachments_note=str(p.get("attachments_note", ""))))
        self.case_picker.setText(str(p.get("case", "")))
        self.judgment.setText(str(p.get("judgment", "")))
        self._dirty = True
        self.autosaver.forget_last()
        self.banner.hide()
        self.status.setText(self.tr("已恢复草稿，尚未保存（Ctrl+S 保存）"))

    def discard_draft(self) -> None:
        self.autosaver.discard()
        self.banner.hide()
        self.status.setText(self.tr("已放弃自动保存的草稿"))

    # --- actions ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the draft to the record (a new one is created); true when saved."""
        if self._frozen():
            return False
        text = self.current_text()
        try:
            if self.view is None:
                view = draft_recommendation(
                    self.ctx, self.case_picker.text(), text.recipient, text.problems, text.suggestions,
                    text.background, text.copy_to, text.reply_months, title=text.title, contact=text.contact,
                    attachments_note=text.attachments_note, judgment_number=self.judgment.text())
            else:
                view = edit_recommendation(self.ctx, self.view.id, text)
        except FuyuanError as exc:
            self.status.setText(self.tr("未保存：{error}").format(error=error_text(exc)))
            return False
        self.autosaver.discard()  # the record holds it now; the scratch copy under the old key goes
        self.view = view
        self.autosaver.key = self._key()
        self._dirty = False
        self._show_head()
        self.status.setText("　".join([self.tr("已保存草稿"), *view.warnings]))
        self.saved.emit(view)
        return True

    def print_to(self, path: Path) -> PrintedDocument | None:
        if self.view is None or (self._dirty and not self.save()):
            if self.view is None:
                self.status.setText(self.tr("请先保存草稿再打印"))
            return None
        try:
            printed = self.printed = print_recommendation_of(self.ctx, self.view.id, out=path)
        except FuyuanError as exc:
            self.status.setText(self.tr("未打印：{error}").format(error=error_text(exc)))
            return None
        state = (self.tr("验证码 {code}").format(code=printed.verification_code) if printed.final
                 else self.tr("草稿，带“草稿”水印，不具效力"))
        self.status.setText("　".join([self.tr("已打印 {path}（{state}）").format(path=path, state=state),
                                      *printed.warnings]))
        return printed

    def ask_print(self) -> None:
        subject = self.view.subject if self.view is not None else "司法建议书"
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("打印司法建议书"),
                                                    in_documents(f"关于{subject}的司法建议书.pdf"),
                                                    self.tr("PDF 文件 (*.pdf)"))
        if name:
            self.print_to(Path(name))

    def abandon(self, reason: str) -> bool:
        if self.view is None:
            return False
        try:
            abandon_recommendation(self.ctx, self.view.id, reason)
        except FuyuanError as exc:
            self.status.setText(self.tr("未放弃：{error}").format(error=error_text(exc)))
            return False
        self.autosaver.discard()
        self._dirty = False
        self.abandoned.emit()
        self.accept()
        return True

    def ask_abandon(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("放弃草稿"), self.tr("放弃理由（记入操作日志）："))
        if ok:
            self.abandon(reason)

    def close_editor(self) -> None:
        """Close; what was typed and not saved stays in the autosaved draft, offered back next time."""
        self._keep_typed()
        self.accept()

    def reject(self) -> None:  # Esc or the window's close box: the same as 关闭
        self._keep_typed()
        super().reject()

    def _keep_typed(self) -> None:
        if self._dirty:
            self.autosaver.flush()
        self.autosaver.stop()
