"""The red banner of a store without accounts and encryption: in the status bar at each start, and on 设置.

Its button asks for the first administrator there and then (the main window's ``set_up_protection``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from fuyuan_desktop.services.accounts import is_protected
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.preferences import PROTECTION_DECLINED

PROBLEM_RED = "#b42318"


def is_unprotected(ctx: Workspace) -> bool:
    """A plain store: no keyring and no data key (a demo workspace is fiction and never counts)."""
    paths = ctx.paths
    if paths is None or paths.is_demo:
        return False
    return ctx.db.data_key is None and not is_protected(paths)


class UnprotectedBanner(QFrame):
    """"数据未加密、未设账户" in red, with 立即设置 (``set_up``)."""

    set_up = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, name: str = "unprotected_banner",
                 compact: bool = False) -> None:
        """``compact``: one line for the status bar, where 立即启用 is a link instead of a button (no extra height)."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: #fde8e7; border: 1px solid {PROBLEM_RED}; }} "
                           f"#{name} QLabel {{ color: {PROBLEM_RED}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(*((6, 0, 6, 0) if compact else (8, 4, 8, 4)))
        text = self.tr("数据未加密、未设账户：笔记本丢失或被借用时，当事人的身份证号、住址、电话都能被读取。")
        declined = PROTECTION_DECLINED.read(settings)
        if declined:
            text += self.tr("（{day} 首次启动时选择了暂不设置）").format(day=declined)
        self.label = QLabel(text, self)
        self.label.setObjectName(f"{name}_text")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.label.setToolTip(text)
        row.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if compact:
            self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens
            set_up_now = self.tr("立即启用账户和加密…")
            self.link = QLabel(f'<a href="protect" style="color: {PROBLEM_RED};">{set_up_now}</a>', self)
            self.link.setObjectName(f"{name}_link")
            self.link.linkActivated.connect(lambda _href: self.set_up.emit())
            row.addWidget(self.link)
        else:
            self.label.setWordWrap(True)
            self.label.setMinimumWidth(200)
            self.button = QPushButton(self.tr("立即启用账户和加密(&P)…"), self)
            self.button.setObjectName(f"{name}_button")
            self.button.clicked.connect(self.set_up.emit)
            row.addWidget(self.button)
