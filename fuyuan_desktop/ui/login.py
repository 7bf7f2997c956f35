"""Login at start (before the data key exists) and the idle lock that covers the window without closing it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fuyuan_desktop.services.workspace import DataPaths


class LoginDialog(QDialog):
    """Name and password; ``credentials`` is emitted on 登录. Errors from the attempt are shown in place."""

    credentials = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("登录"))  # Qt appends the application name
        self.setModal(True)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("本机数据已加密。请用您的账户登录。"), self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("login_name")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("login_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name_label = QLabel(self.tr("账户(&N)："), self)
        name_label.setBuddy(self.name_edit)
        password_label = QLabel(self.tr("密码(&P)："), self)
        password_label.setBuddy(self.password_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(password_label, self.password_edit)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(self.tr("登录(&L)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        quit_button = buttons.addButton(self.tr("退出(&Q)"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("login_quit")
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password_edit if name else self.name_edit).setFocus()

    def _submit(self) -> None:
        name, password = self.name_edit.text().strip(), self.password_edit.text()
        if not name or not password:
            self.message.setText(self.tr("请填写账户和密码"))
            return
        self.message.setText(self.tr("正在验证…"))
        self.login_button.setEnabled(False)
        self.credentials.emit(name, password)

    def failed(self, message: str) -> None:
        """The attempt was refused: say why, clear the password, try again."""
        self.message.setText(message)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.login_button.setEnabled(True)


class LockOverlay(QWidget):
    """Covers the whole window while locked; the editors under it stay open and keep autosaving."""

    def __init__(self, window: QWidget, user: str, check: Callable[[str], str | None]) -> None:
        super().__init__(window)
        self.setObjectName("lock_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the case data under it must not show
        self.setStyleSheet("#lock_overlay { background: #2b3a4a; } QLabel { color: white; }")
        self._check = check
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("已锁定"), self)
        title.setStyleSheet("font-size: 20pt;")
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(QLabel(self.tr("「{user}」离开时自动锁定；未保存的内容仍在，输入密码继续。").format(user=user), self))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("unlock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setFixedWidth(260)
        self.password_edit.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password_edit, alignment=Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("解锁(&U)"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel("", self)
        self.message.setObjectName("unlock_message")
        layout.addWidget(self.message, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.password_edit.clear()
        self.message.clear()
        self.show()
        self.raise_()
        self.password_edit.setFocus()

    def try_unlock(self) -> None:
        error = self._check(self.password_edit.text())
        if error is None:
            self.hide()
        else:
            self.message.setText(error)
            self.password_edit.clear()


class IdleLock(QObject):
    """Locks the window after ``minutes`` without keyboard or mouse input; swallows input while locked."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel, QEvent.Type.ShortcutOverride})

    def __init__(self, window: QWidget, paths: DataPaths, user: str, minutes: int) -> None:
        super().__init__(window)
        self.window, self.paths, self.user = window, paths, user
        self.minutes = minutes
        self.last_input = time.monotonic()
        self.overlay = LockOverlay(window, user, self._check)
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.overlay.isVisible()

    def lock(self) -> None:
        self.overlay.cover()

    def _tick(self) -> None:
        if self.minutes > 0 and not self.locked and time.monotonic() - self.last_input >= self.minutes * 60:
            self.lock()

    def _check(self, password: str) -> str | None:
        from fuyuan_desktop.domain.errors import AuthenticationError
        from fuyuan_desktop.services.accounts import verify_password

        try:
            verify_password(self.paths, self.user, password)
        except AuthenticationError as exc:
            from fuyuan_desktop.ui.crash import error_text

            return error_text(exc)
        self.last_input = time.monotonic()
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            if not self.locked:
                self.last_input = time.monotonic()
                return False
            inside = isinstance(watched, QWidget) and (watched is self.overlay or self.overlay.isAncestorOf(watched))
            return not inside  # while locked only the overlay gets input
        if event.type() == QEvent.Type.Resize and watched is self.window and self.locked:
            self.overlay.setGeometry(self.window.rect())
        return False
