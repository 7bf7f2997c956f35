"""The workbench's timing hooks: ``--quit-after-paint``, and the probe ``fuyuan bench gui`` runs in a subprocess.

``python -m fuyuan_desktop.ui.bench_probe bare`` shows a bare ``QMainWindow``; ``… cold DATA_DIR QUERIES`` and
``… search DATA_DIR QUERIES`` start the workbench exactly as ``fuyuan-desktop`` starts it (``ui.app.start_workbench``)
on DATA_DIR. Each prints one ``BENCH {json}`` line with ``time.monotonic()`` moments (the parent reads the same
clock) and memory figures, then quits. The first paint of any widget of the main window, then one turn of the event
loop (so the whole first frame is drawn), marks "painted". The benchmark itself (bench/gui.py) imports no Qt.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """``--quit-after-paint``: leave the event loop once the main window has painted its first frame."""

    class FirstPaintOfWindow(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and obj.window() is window:
                self.seen = True
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaintOfWindow(app)
    app.installEventFilter(probe)


def rss_kb() -> dict[str, int]:
    """This process's resident and peak memory (kB), from /proc."""
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return {k: int(fields.get(k, "0 kB").split()[0]) for k in ("VmRSS", "VmHWM")}


class FirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after any widget of a main window first paints."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self.then = then
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and isinstance(obj.window(), QMainWindow)):
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False


def report(**data: Any) -> None:
    print("BENCH " + json.dumps(data), flush=True)


def bare() -> None:
    """The baseline: a bare PySide6 main window, started the same way."""
    app = QApplication(sys.argv[:1])

    def painted() -> None:
        report(painted=time.monotonic(), memory=rss_kb())
        app.quit()

    probe = FirstPaint(painted)
    app.installEventFilter(probe)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()


def workbench(data_dir: str, mode: str, query_file: str) -> None:
    """The workbench on ``data_dir``: ``cold`` fetches the whole case list, ``search`` types the queries."""
    from fuyuan_desktop.ui import app as workbench_app

    app = QApplication(sys.argv[:1])
    state: dict[str, Any] = {}
    holder: dict[str, Any] = {}

    def painted() -> None:
        state["painted"] = time.monotonic()
        state["window"] = window = holder["window"]
        if window.is_ready():
            store_open()
        else:
            window.ready.connect(store_open)

    def store_open() -> None:
        # "ready": the store is open and the 工作台 shows its figures (read on a worker after the first paint)
        dashboard = state["window"].page("dashboard")
        if dashboard.loading():
            dashboard.refreshed.connect(usable)
        else:
            usable()

    def usable() -> None:
        if "ready" in state:
            return
        state["ready"] = time.monotonic()
        QTimer.singleShot(0, load_everything if mode == "cold" else search)

    def load_everything() -> None:
        # The case list with every one of its rows fetched and the view scrolled to the last one.
        window = state["window"]
        started = time.perf_counter()
        window.show_page("cases")  # built on first show
        page = window.page("cases")
        page.ui.case_table.viewport().repaint()
        first_show = (time.perf_counter() - started) * 1000
        model = page.model
        while model.loading():  # the ids are read on a worker
            app.processEvents()
            time.sleep(0.001)
        ids_ready = (time.perf_counter() - started) * 1000
        root = model.index(-1, -1)
        while model.canFetchMore(root):
            model.fetchMore(root)
        page.ui.case_table.scrollToBottom()
        QApplication.processEvents()
        page.ui.case_table.viewport().repaint()
        report(painted=state["painted"], ready=state["ready"], memory=rss_kb(), rows=model.rowCount(),
               total=model.total(), cases_first_show_ms=first_show, cases_ids_ms=ids_ready)
        app.quit()

    def search() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        from fuyuan_desktop.services.cases import search_cases

        window = state["window"]
        window.show_page("cases")
        page = window.page("cases")
        edit, view = page.ui.search_edit, page.ui.case_table.viewport()
        timers = [t for t in page.findChildren(QTimer) if t.isSingleShot() and t.interval() > 0]
        with open(query_file, encoding="utf-8") as queries_file:
            queries = json.loads(queries_file.read())
        marks: dict[str, float] = {}

        class Marks(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Timer and obj in timers and "timeout" not in marks:
                    marks["timeout"] = time.perf_counter()
                elif event.type() == QEvent.Type.Paint and obj is view and "timeout" in marks:
                    marks.setdefault("paint", time.perf_counter())
                return False

        spy = Marks()
        for obj in (*timers, view):
            obj.installEventFilter(spy)
        samples, service = [], []
        for kind, query in queries:
            edit.setFocus()
            edit.selectAll()  # typing replaces the previous query, as a user does
            marks.clear()
            for char in query:
                for kind_ in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(edit, QKeyEvent(kind_, 0, Qt.KeyboardModifier.NoModifier, char))
            deadline = time.perf_counter() + 10
            while "paint" not in marks and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            if "paint" in marks:
                samples.append((kind, (marks["paint"] - marks["timeout"]) * 1000, page.model.total()))
            started = time.perf_counter()
            search_cases(window.ctx, query, limit=500)
            service.append((kind, (time.perf_counter() - started) * 1000))
        report(painted=state["painted"], samples=samples, service=service,
               debounce_ms=[t.interval() for t in timers], memory=rss_kb())
        app.quit()

    probe = FirstPaint(painted)
    app.installEventFilter(probe)
    holder["window"] = workbench_app.start_workbench(app, workbench_app.parse_args(["--data-dir", data_dir]))
    app.exec()


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"] and len(argv) == 1:
        bare()
        return 0
    if len(argv) == 3 and argv[0] in ("cold", "search"):
        mode, data_dir, query_file = argv
        workbench(data_dir, mode, query_file)
        return 0
    print("usage: python -m fuyuan_desktop.ui.bench_probe bare | cold DATA_DIR QUERIES | search DATA_DIR QUERIES",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
