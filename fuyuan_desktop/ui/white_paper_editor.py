"""白皮书正文: the court's own words for the white paper's narrative sections (前言, 主要做法 …), one year and court
scope at a time, and the import of the administrative litigation totals the white paper prints.

What is typed is autosaved as a form draft every autosave interval (as the agreement composer and the 司法建议书
editor do: a crash loses at most that much, and the draft is offered back when the editor opens again); 保存 and
closing the editor store the sections (audited, synced)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.domain.linkage import percent
from fuyuan_desktop.services.drafts import Draft, discard_form_draft, form_draft, white_paper_key
from fuyuan_desktop.services.linkage.white_paper_text import (
    MAX_YEAR,
    MIN_YEAR,
    NarrativeView,
    clean_narrative,
    import_litigation,
    litigation_summary,
    narrative_sections,
    narratives,
    set_narrative,
)
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.file_dialogs import open_file_name
from fuyuan_desktop.ui.form_drafts import DraftAutosaver, DraftBanner, saved_note
from fuyuan_desktop.ui.recorder import autosave_interval_ms

DEFAULT_AUTOSAVE_MS = 2000


class WhitePaperEditor(QDialog):
    """Sections on the left, the chosen section's text on the right; the litigation totals below."""

    def __init__(self, ctx: Workspace, year: int, court: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.court = court or None
        self.setWindowTitle(self.tr("白皮书正文"))
        self.sections = narrative_sections(ctx)
        self.stored: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self.current = ""
        self.pending: Draft | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        caption = QLabel(self.tr("年度(&Y)"))
        caption.setBuddy(self.year)
        top.addWidget(caption)
        top.addWidget(self.year)
        self.scope = QLabel()
        top.addWidget(self.scope, 1)
        layout.addLayout(top)
        self.banner = DraftBanner(self)
        layout.addWidget(self.banner)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("sections")
        self.list.addItems([s.heading for s in self.sections])
        self.list.setMaximumWidth(180)
        body.addWidget(self.list)
        self.text = QPlainTextEdit()
        self.text.setObjectName("narrative_text")
        body.addWidget(self.text, 1)
        layout.addLayout(body, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        litigation = QHBoxLayout()
        self.litigation = QLabel()
        self.litigation.setWordWrap(True)
        self.import_button = QPushButton(self.tr("导入行政诉讼收结案数(&I)…"))
        self.import_button.clicked.connect(self.ask_import)
        litigation.addWidget(self.litigation, 1)
        litigation.addWidget(self.import_button)
        layout.addLayout(litigation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        interval = autosave_interval_ms(ctx.paths) if ctx.paths is not None else DEFAULT_AUTOSAVE_MS
        self.autosaver = DraftAutosaver(ctx, white_paper_key(year, self.court), self.draft_payload, interval, self)
        self.autosaver.saved.connect(lambda at: self.status.setText(
            self.tr("有改动尚未保存（{at} 已自动留存草稿）").format(at=saved_note(at))))
        self.autosaver.failed.connect(self.status.setText)
        self.banner.restore.connect(self.restore_draft)
        self.banner.discard.connect(self.discard_draft)
        self.list.currentRowChanged.connect(self._section_chosen)
        self.year.valueChanged.connect(self._year_changed)
        self._load()
        self.resize(900, 560)

    # --- loading and switching ------------------------------------------------------------------------------

    def _load(self) -> None:
        """The stored text of every section for the year shown; the draft, if one was left, offered back."""
        views: list[NarrativeView] = narratives(self.ctx, self.year.value(), self.court)
        self.stored = {v.section: v.text for v in views}
        self.texts = dict(self.stored)
        scope = views[0].court if views and views[0].court else self.tr("全部法院")
        self.scope.setText(self.tr("{year}年度行政审判白皮书　{scope}").format(year=self.year.value(), scope=scope))
        self.current = ""
        self.list.setCurrentRow(-1)
        self.list.setCurrentRow(0)
        self._show_litigation()
        self.pending = form_draft(self.ctx, self.autosaver.key)
        if self.pending is not None:
            self.text.setReadOnly(True)
            self.banner.offer(self.pending, self.tr("白皮书正文"))

    def _section_chosen(self, row: int) -> None:
        self._keep_current()
        if not 0 <= row < len(self.sections):
            self.current = ""
            self.text.clear()
            return
        spec = self.sections[row]
        self.current = spec.key
        self.text.blockSignals(True)
        self.text.setPlainText(self.texts.get(spec.key, ""))
        self.text.blockSignals(False)
        self.text.setPlaceholderText(self.tr("留空则打印系统生成的问题提示") if spec.default == "problems"
                                     else self.tr("留空则白皮书不印此章节"))

    def _keep_current(self) -> None:
        if self.current:
            self.texts[self.current] = self.text.toPlainText()

    def _year_changed(self, _year: int) -> None:
        """Another year: this year's sections are stored first (a refusal keeps them in the draft)."""
        self.autosaver.flush()
        self.save()
        self.autosaver.key = white_paper_key(self.year.value(), self.court)
        self.autosaver.forget_last()
        self.banner.hide()
        self.text.setReadOnly(False)
        self._load()

    # --- the draft ----------------------------------------------------------------------------------------

    def changed(self) -> dict[str, str]:
        """The sections whose text differs from what is stored."""
        self._keep_current()
        return {k: v for k, v in self.texts.items() if clean_narrative(v) != self.stored.get(k, "")}

    def draft_payload(self) -> dict[str, Any] | None:
        if self.pending is not None:
            return None
        changed = self.changed()
        return {"year": self.year.value(), "court": self.court or "", "texts": changed} if changed else None

    def restore_draft(self) -> None:
        draft, self.pending = self.pending, None
        self.banner.hide()
        self.text.setReadOnly(False)
        if draft is None:
            return
        texts = draft.payload.get("texts", {})
        for key, value in texts.items() if isinstance(texts, dict) else ():
            if key in self.texts:
                self.texts[key] = str(value)
        self.current = ""
        self._section_chosen(max(self.list.currentRow(), 0))
        self.autosaver.forget_last()

    def discard_draft(self) -> None:
        self.pending = None
        self.banner.hide()
        self.text.setReadOnly(False)
        discard_form_draft(self.ctx, self.autosaver.key)

    # --- saving ---------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store every changed section; true when nothing is left unsaved."""
        if self.pending is not None:
            return True  # the offered draft is neither restored nor discarded: nothing of it is saved
        changed = self.changed()
        try:
            for key, value in changed.items():
                view = set_narrative(self.ctx, self.year.value(), key, value, court=self.court)
                self.stored[key] = self.texts[key] = view.text
        except FuyuanError as exc:
            self.status.setText(error_text(exc))
            return False
        if changed:
            self.autosaver.discard()
            self.status.setText(self.tr("已保存"))
        return True

    def done(self, result: int) -> None:
        if not self.save():
            return  # the reason is shown; the text stays, and so does its draft
        self.autosaver.stop()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        if not self.save():
            event.ignore()
            return
        self.autosaver.stop()
        super().closeEvent(event)

    # --- litigation totals ------------------------------------------------------------------------------------

    def _show_litigation(self) -> None:
        t = litigation_summary(self.ctx, self.year.value(), self.court)
        if t is None:
            self.litigation.setText(self.tr("本年度尚未导入行政诉讼收结案数（白皮书不印该表）。"))
        else:
            self.litigation.setText(self.tr("行政诉讼：收案 {received} 件，结案 {closed} 件，败诉率 {lost}，撤诉率 "
                                            "{withdrawn}；{source}").format(
                received=t.received, closed=t.closed, lost=percent(t.loss_rate) or "—",
                withdrawn=percent(t.withdrawal_rate) or "—", source=t.source))

    def ask_import(self) -> None:
        name = open_file_name(self, self.tr("导入行政诉讼收结案数"), self.tr("表格 (*.xlsx *.csv)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        try:
            result = import_litigation(self.ctx, path)
        except FuyuanError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("已导入 {rows} 行").format(rows=result.rows))
        self._show_litigation()
        return True
