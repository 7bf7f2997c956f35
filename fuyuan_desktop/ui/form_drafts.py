"""Autosaved form drafts on screen: the autosaver a form runs, and the 恢复草稿 bar it shows when it reopens.

A form (the agreement composer, the intake wizard) gives the autosaver a function returning its state as plain
JSON data, or ``None`` while there is nothing unsaved. Every autosave interval (设置's, 2 s by default: the most a
crash or a flat battery can lose) the state is written to the store when it has changed since the last write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.drafts import Draft, discard_form_draft, save_form_draft
from fuyuan_desktop.services.workspace import Workspace

log = logging.getLogger("fuyuan.ui")
Payload = Callable[[], "dict[str, Any] | None"]


class DraftAutosaver(QObject):
    """Writes ``payload()`` under ``key`` every ``interval_ms`` while it changes; never blocks typing."""

    saved = Signal(object)  # datetime (UTC) of the write
    failed = Signal(str)  # why the write failed (the text stays on screen; the next tick retries)

    def __init__(self, ctx: Workspace, key: str, payload: Payload, interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.payload = payload
        self.paused = False
        self._last: dict[str, Any] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)
        self.timer.start()

    def flush(self) -> bool:
        """Write the state now if it changed; true if written."""
        if self.paused:
            return False
        state = self.payload()
        if state is None or state == self._last:
            return False
        try:
            at = save_form_draft(self.ctx, self.key, state)
        except Exception as exc:  # a full disk or a locked store: keep the text, say so, retry next tick
            log.warning("autosaving the draft %s failed: %s", self.key.split(":", 1)[0], type(exc).__name__)
            from fuyuan_desktop.ui.crash import error_text

            self.failed.emit(error_text(exc))
            return False
        self._last = state
        self.saved.emit(at)
        return True

    def discard(self) -> None:
        """The form's content was saved for real (or thrown away): the draft is no longer needed."""
        self._last = None
        try:
            discard_form_draft(self.ctx, self.key)
        except Exception as exc:
            log.warning("discarding the draft %s failed: %s", self.key.split(":", 1)[0], type(exc).__name__)

    def forget_last(self) -> None:
        """The next tick writes even an unchanged state (after a restore)."""
        self._last = None

    def stop(self) -> None:
        self.timer.stop()


class DraftBanner(QFrame):
    """「发现未保存的草稿」 with 恢复草稿 / 放弃草稿; the form stays locked until one is chosen."""

    restore = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#draft_banner { background: #fff4d6; border: 1px solid #e0b000; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("恢复草稿(&R)"), self)
        self.discard_button = QPushButton(self.tr("放弃草稿"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        self.hide()

    def offer(self, draft: Draft, what: str) -> None:
        when = draft.saved_at.astimezone(COURT_TZ)
        self.label.setText(self.tr("发现{when}自动保存的{what}草稿（未正式保存，可能因程序意外关闭或断电留下）。"
                                   "请选择恢复草稿继续编辑，或放弃草稿。")
                           .format(when=when.strftime(self.tr("%m月%d日 %H:%M:%S")), what=what))
        self.show()
        self.restore_button.setFocus()


def saved_note(at: datetime) -> str:
    return f"{at.astimezone(COURT_TZ):%H:%M:%S}"
