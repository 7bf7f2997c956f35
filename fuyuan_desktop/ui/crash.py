"""One exception handler for the GUI: log it, show a dialog with copyable details, never exit silently."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.store.paths import DataPaths

log = logging.getLogger("fuyuan.ui")


class _Bridge(QObject):
    raised = Signal(str, str)  # message, details — delivered on the GUI thread


_bridge: _Bridge | None = None
_paths: DataPaths | None = None  # where crash reports go (the log folder); None: no report file


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    """A warning with the message; the technical details are one click away and can be copied."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("出错了")
    box.setText(message)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.exec()


def _on_raised(message: str, details: str) -> None:
    show_error(QApplication.activeWindow(), message, details)


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    if isinstance(value, FuyuanError):
        message = str(value)
        log.warning("user-facing error: %s", kind.__name__)
    else:
        message = f"程序遇到意外错误（{kind.__name__}）。已保存的内容不受影响；请把“详细信息”复制给技术人员。"
        log.error("unhandled exception\n%s", details)
        if _paths is not None:
            try:
                from fuyuan_desktop.diagnostics.logs import log_file, write_crash_report  # only when it crashes

                report = write_crash_report(_paths.logs, kind, value, tb, log=log_file(_paths), extra=[_qt_line()])
                message += f"\n崩溃报告（不含个人信息）已保存：{report}"
            except OSError:
                log.exception("could not write the crash report")
    if _bridge is not None:
        _bridge.raised.emit(message, details)
    else:
        sys.__excepthook__(kind, value, tb)


def _qt_line() -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return f"Qt {qVersion()}；平台 {QGuiApplication.platformName()}"


def install_excepthook(paths: DataPaths | None = None) -> None:
    """Route every uncaught exception (any thread) to a dialog on the GUI thread; unexpected ones also
    leave a crash report in the log folder of ``paths``."""
    global _bridge, _paths
    _paths = paths
    _bridge = _Bridge()
    _bridge.raised.connect(_on_raised, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _hook
