"""Long work off the GUI thread: a QThreadPool worker with progress after ~600 ms and cancel."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

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
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished(result: Any) -> None:
        dialog.reset()
        on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        dialog.reset()
        if on_error is not None:
            on_error(exc, details)
        else:
            from fuyuan_desktop.ui.crash import show_error

            show_error(parent, str(exc) or type(exc).__name__, details)

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


def run_quietly(fn: Callable[[], Any], *, on_done: Callable[[Any], None],
                on_error: Callable[[BaseException, str], None]) -> Task:
    """A short read off the GUI thread with no progress dialog (a page filling itself); reports on the GUI thread."""
    task = Task(lambda _progress, _cancel: fn())
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    return keep_running(task)
