"""Long work off the GUI thread: a QThreadPool worker with progress after ~600 ms and cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger("fuyuan.ui.tasks")

# A task gets a progress callback (done, total) and a cancel Event; it must not touch widgets.
TaskFn = Callable[[Callable[[int, int], None], threading.Event], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """One unit of background work; report by signals, which Qt delivers on the GUI thread."""

    def __init__(self, fn: TaskFn) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = threading.Event()
        self.signals = TaskSignals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self.cancel)
        except BaseException as exc:  # reported to the GUI, never swallowed
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


# Tasks stay referenced until they report: otherwise Python may collect a task (and its signals object)
# while its queued result is still on the way, and the result is lost or the process crashes.
_running: set[Task] = set()


def run_task(parent: QWidget, label: str, fn: TaskFn, *, on_done: Callable[[Any], None],
             on_error: Callable[[BaseException, str], None] | None = None,
             pool: QThreadPool | None = None) -> Task:
    """Start ``fn`` in the pool; a cancellable progress dialog appears if it runs past 600 ms."""
    task = Task(fn)
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "取消"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "请稍候"))
    dialog.setMinimumDuration(600)
    dialog.setAutoClose(True)
    dialog.canceled.connect(task.cancel.set)

    def progress(done: int, total: int) -> None:
        if not isValid(dialog):
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished(result: Any) -> None:
        if not isValid(parent):  # the page that asked is gone (another case opened): nothing left to update
            log.info("a task finished after its page was closed; result not shown")
            return
        dialog.reset()
        dialog.deleteLater()  # one progress dialog per task: deleted when it reports, not kept by ``parent``
        on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        if not isValid(parent):  # its page is gone: still say so, without a parent
            from fuyuan_desktop.ui.crash import show_error

            show_error(None, str(exc) or type(exc).__name__, details)
            return
        dialog.reset()
        dialog.deleteLater()
        if on_error is not None:
            on_error(exc, details)
        else:
            from fuyuan_desktop.ui.crash import error_text, show_error

            show_error(parent, error_text(exc), details)

    task.signals.progress.connect(progress)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    return keep_running(task, pool)


def keep_running(task: Task, pool: QThreadPool | None = None) -> Task:
    """Start ``task`` in the pool and keep it referenced until it has reported (finished or failed)."""
    _running.add(task)
    task.signals.finished.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _exc, _details: _running.discard(task))
    task.setAutoDelete(False)  # Python owns it (see _running), not the pool
    (pool or QThreadPool.globalInstance()).start(task)
    return task


RETIRED = "fuyuanRetired"  # a dynamic property: this widget's store was let go of (MainWindow.detach)


def retire(widget: QObject) -> None:
    """``widget`` no longer shows the open store (it is being replaced): reads it started are not delivered."""
    widget.setProperty(RETIRED, True)


def is_current(owner: QObject) -> bool:
    """``owner`` still exists and neither it nor any parent was retired."""
    node: QObject | None = owner
    while node is not None:
        if not isValid(node) or node.property(RETIRED):
            return False
        node = node.parent()
    return True


def run_quietly(fn: Callable[[], Any], *, owner: QObject, on_done: Callable[[Any], None],
                on_error: Callable[[BaseException, str], None]) -> Task:
    """A short read off the GUI thread with no progress dialog (a page filling itself); reports on the GUI thread.

    The result goes to ``owner``'s callbacks only while ``owner`` is current: a page deleted or retired meanwhile
    (another case opened, the store closed to be encrypted) has nothing to update, and must not go on reading
    through the store it was built on."""
    task = Task(lambda _progress, _cancel: fn())

    def done(result: Any) -> None:
        if is_current(owner):
            on_done(result)
        else:
            log.info("a read finished after its page was closed; result not shown")

    def failed(exc: BaseException, details: str) -> None:
        if is_current(owner):
            on_error(exc, details)
        else:
            log.info("a read failed after its page was closed (%s); not shown", type(exc).__name__)

    task.signals.finished.connect(done)
    task.signals.failed.connect(failed)
    return keep_running(task)
