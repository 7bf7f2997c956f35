"""One exception handler for the GUI: log it, show a dialog with copyable details, never exit silently."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from fuyuan_desktop.domain.errors import FuyuanError, InputErrors, ValidationError
from fuyuan_desktop.services.workspace import DataPaths
from fuyuan_desktop.ui.error_words import error_label, error_reason, message_text, sentence

log = logging.getLogger("fuyuan.ui")


class _Bridge(QObject):
    raised = Signal(str, str)  # message, details — delivered on the GUI thread


_bridge: _Bridge | None = None
_paths: DataPaths | None = None  # where crash reports go (the log folder); None: no report file


def field_label(field: str) -> str:
    """The words of a field as a service names it: "--outcome 调解结果" → "调解结果"; a bare flag ("--year") has none."""
    if not field.startswith("-"):
        return field
    return field.partition(" ")[2].strip()


def error_text(exc: BaseException) -> str:
    """What the workbench says for an error: the service's words, a wrong field named by its label, never by a
    command-line flag (the same errors reach the ``fuyuan`` command, which names the flag). In English mode the
    label and the reason are shown in English (``error_words``), and so is the message of every other error of the
    services that ``error_english`` knows; the service's text itself is unchanged."""
    if isinstance(exc, InputErrors):
        return "\n".join(error_text(error) for error in exc.errors)
    if isinstance(exc, ValidationError):
        label = getattr(exc, "label", None)  # errors that carry a machine key beside the field's words
        label = field_label(label) if isinstance(label, str) and label else field_label(exc.field)
        label, reason = error_label(label, exc.field), error_reason(exc)
        return QCoreApplication.translate("ValidationError", "{label}：{reason}").format(label=label, reason=reason) \
            if label else sentence(reason)
    if isinstance(exc, FuyuanError):
        return sentence(message_text(str(exc))) or type(exc).__name__
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    """A warning with the message; the technical details are one click away and can be copied."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorBox", "出错了"))
    box.setText(message)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.exec()
    if isValid(box):  # its parent may have been closed (and the box with it) while the box was up
        box.deleteLater()  # not left behind as a hidden child of ``parent``


def _on_raised(message: str, details: str) -> None:
    show_error(QApplication.activeWindow(), message, details)


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, value, tb))
    if isinstance(value, FuyuanError):
        message = error_text(value)
        log.warning("user-facing error: %s", kind.__name__)
    else:
        message = QCoreApplication.translate(
            "ErrorBox", "程序遇到意外错误（{kind}）。已保存的内容不受影响；请把“详细信息”复制给技术人员。").format(
            kind=kind.__name__)
        log.error("unhandled exception\n%s", details)
        if _paths is not None:
            try:
                from fuyuan_desktop.diagnostics.logs import log_file, write_crash_report  # only when it crashes

                report = write_crash_report(_paths.logs, kind, value, tb, log=log_file(_paths), extra=[_qt_line()])
                message += "\n" + QCoreApplication.translate("ErrorBox", "崩溃报告（不含个人信息）已保存：{path}").format(
                    path=report)
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
