"""Change notices on the GUI thread, and the one way a page keeps in step with the store.

``ChangeBridge`` re-emits the workspace's notices (told on whatever thread wrote) as a Qt signal on the GUI
thread. ``ChangeWatch`` is what a page uses instead of re-reading itself on every show: it collects the
notices of the kinds the page shows and hands them to the page's ``apply`` at once when the page is visible,
otherwise when it is next shown. A page shown again after another process wrote to the store (the audit chain
moved further than this process's own writes), or on a new court day, is told to read everything again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fuyuan_desktop.services.changes import CASE, Notice, audit_mark
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.tasks import run_quietly

log = logging.getLogger("fuyuan.ui.changes")


class ChangeBridge(QObject):
    """The workspace's notices as ``noticed`` (a ``Notice``), always delivered on the GUI thread, never inside the
    service call that wrote (a write on the GUI thread is told on the next turn of the event loop)."""

    noticed = Signal(object)
    _told = Signal(object)  # emitted on the writing thread

    def __init__(self, ctx: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told.connect(self.noticed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = ctx.changes.subscribe(self._told.emit)
        # Unsubscribing waits for a notice being told on another thread, so none is emitted on a deleted object.
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_args: unsubscribe())

    def close(self) -> None:
        self._unsubscribe()


@dataclass(frozen=True)
class Stale:
    """What a page must read again: the notices since it was last fresh, or ``everything``."""

    notices: tuple[Notice, ...] = ()
    everything: bool = False

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(n.touches(*kinds) for n in self.notices)

    def wholesale(self, *kinds: str) -> bool:
        """Everything, or a write that changed these kinds without naming rows (a bulk load)."""
        return self.everything or any(n.wholesale(*kinds) for n in self.notices)

    def ids(self, kind: str) -> set[str]:
        return set().union(*(n.ids(kind) for n in self.notices))

    def created(self, kind: str) -> set[str]:
        return {c.id for n in self.notices for c in n.created if c.kind == kind}

    def cases(self, *kinds: str) -> set[str]:
        """Cases touched by changes of ``kinds`` (any kind when none is named)."""
        return {c.case_id or (c.id if c.kind == CASE else "") for n in self.notices for c in n.changes
                if not kinds or c.kind in kinds} - {""}

    def newer_than(self, serial: int) -> Stale:
        """Only the notices a part of the page fresh as of ``serial`` has not seen."""
        return Stale(tuple(n for n in self.notices if n.serial > serial), self.everything)

    def __bool__(self) -> bool:
        return self.everything or bool(self.notices)


class ChangeWatch(QObject):
    """Keeps ``page`` in step with the store: ``apply(stale)`` is called with what changed, only while the page is
    visible (at once) or when it is next shown. The page calls ``fresh()`` whenever it starts reading everything
    itself (its own refresh, F5): notices older than that are dropped, so nothing is read twice."""

    def __init__(self, page: QWidget, ctx: Workspace, kinds: Iterable[str], apply: Callable[[Stale], None]) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.kinds = frozenset(kinds)
        self.apply = apply
        self._pending: list[Notice] = []
        self._fresh_serial = ctx.changes.serial
        self._day = ctx.today()
        self._baseline: tuple[int, int] | None = None  # (audit mark, this process's audit events) when compared
        self._everything = False  # someone else wrote, or the day turned, while the page was hidden again
        self._shown_once = False
        self.bridge = ChangeBridge(ctx, self)
        self.bridge.noticed.connect(self._noticed)
        self._soon = QTimer(self)  # notices that arrive together are applied together
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._deliver)
        page.installEventFilter(self)
        self._measure(lambda mark, _before, after: self._set_baseline(mark, after))

    # --- what the page says ----------------------------------------------------------------------------

    def fresh(self) -> int:
        """The page is reading everything now: what was told before is covered. Returns the serial it is fresh as of."""
        self._fresh_serial = self.ctx.changes.serial
        self._pending = [n for n in self._pending if n.serial > self._fresh_serial]
        self._everything = False
        self._day = self.ctx.today()
        return self._fresh_serial

    # --- notices and showing ---------------------------------------------------------------------------

    def _noticed(self, notice: Notice) -> None:
        if notice.serial <= self._fresh_serial or not notice.touches(*self.kinds):
            return
        self._pending.append(notice)
        if self.page.isVisible():
            self._soon.start()

    def _deliver(self, everything: bool = False) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.page):
            return  # a read that came back after the page was closed
        everything = everything or self._everything
        if not self.page.isVisible():
            self._everything = everything
            return  # told again when shown
        stale = Stale(tuple(self._pending), everything)
        self._pending = []
        self._everything = False
        if everything:
            self.fresh()
        if stale:
            self.apply(stale)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show:
            if self._shown_once:
                self._shown_again()
            elif self._pending:
                self._soon.start()  # changed between the page's first reading and its first showing
            self._shown_once = True
        return False

    def _shown_again(self) -> None:
        new_day = self.ctx.today() != self._day
        baseline = self._baseline

        def compared(mark: int, before: int, after: int) -> None:
            # Our own writes moved the chain by (before − baseline); anything more was written by someone else.
            outside = baseline is not None and mark - baseline[0] > before - baseline[1]
            self._set_baseline(mark, after)
            self._deliver(everything=outside or new_day)

        self._measure(compared)

    def _set_baseline(self, mark: int, local_events: int) -> None:
        self._baseline = (mark, local_events)

    def _measure(self, then: Callable[[int, int, int], None]) -> None:
        """Read the audit mark off the GUI thread, between two counts of this process's own audit events: the count
        before is safe to compare against (it may only miss our newest write), the count after to start from."""
        feed, db = self.ctx.changes, self.ctx.db
        before = feed.local_events

        def read() -> tuple[int, int, int]:
            mark = audit_mark(db)
            return mark, before, feed.local_events

        run_quietly(read, owner=self, on_done=lambda result: then(*result),
                    on_error=lambda exc, _details: log.warning("audit mark not read: %s", type(exc).__name__))
