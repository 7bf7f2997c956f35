"""The GUI monkey: random sequences of real actions on the workbench, offscreen, in a process of its own.

``python tests/ui/monkey_driver.py SEED STEPS DATA_DIR`` builds a store with a few cases, opens the main window
and performs STEPS actions chosen by ``random.Random(SEED)``: open and cancel the intake wizard (empty or with
text typed, answering the "放弃登记" question), open cases from the list by keyboard, switch case tabs, open
the recorder and type into it, close it, schedule a sitting, type into the agreement composer and save or
preview it, switch rail pages, search, go back with Esc, collect garbage. It prints one line per step and
``MONKEY OK`` at the end; a native crash kills the process (faulthandler prints the stack), which the test
reports with the steps that led to it.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import random
import sys
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
faulthandler.enable()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conftest import ACTOR, intake_input, organization, person  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from fuyuan_desktop.domain.court_time import COURT_TZ  # noqa: E402
from fuyuan_desktop.services.intake import intake_dispute  # noqa: E402
from fuyuan_desktop.services.sessions import schedule_session  # noqa: E402
from fuyuan_desktop.services.setup import initialize  # noqa: E402
from fuyuan_desktop.services.workflow import add_mediator  # noqa: E402
from fuyuan_desktop.services.workspace import Workspace  # noqa: E402
from fuyuan_desktop.store.paths import DataPaths  # noqa: E402
from fuyuan_desktop.ui.recorder import SPEAKER_KEYS  # noqa: E402

TODAY = date(2026, 11, 20)


def open_recorders() -> list[QWidget]:
    """The recorder windows on screen, as the window system sees them (independent of the code under test)."""
    from fuyuan_desktop.ui.recorder import RecorderWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecorderWindow) and w.isVisible()]


def build_store(root: Path) -> tuple[Workspace, DataPaths, list[str]]:
    paths = DataPaths(root)
    base = initialize(paths, actor=ACTOR)
    ctx = Workspace(base.db, ACTOR, today=lambda: TODAY, paths=base.paths)
    add_mediator(ctx, "赵调解", "人民调解员")
    ids = []
    for n in range(4):
        parties = (person(f"张{n}一", seq=10 * n + 1), person(f"李{n}二", "被申请人", seq=10 * n + 2))
        if n == 3:
            parties = (person("王三", seq=90), organization("松原市某某有限公司"))
        ids.append(intake_dispute(ctx, intake_input(*parties)).id)
    for case_id in ids[:2]:
        schedule_session(ctx, case_id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), place="伯都乡")
    return ctx, paths, ids


class Monkey:
    def __init__(self, seed: int, root: Path) -> None:
        from fuyuan_desktop.ui.main_window import MainWindow

        self.rng = random.Random(seed)
        self.ctx, self.paths, self.ids = build_store(root)
        self.window = MainWindow(self.ctx, self.paths)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.show_page("cases")
        self.watch_modals()

    # --- helpers ----------------------------------------------------------------------------------------

    def watch_modals(self) -> None:
        """Every 20 ms: answer whatever modal window is up. The wizard is cancelled (after typing, when asked to
        type), the discard question confirmed; an error box is recorded (it fails the run) and closed."""
        self.typed = False
        self.seen: list[str] = []
        self.error_boxes: list[str] = []

        def poll() -> None:
            # Answered from a single shot, never in the watchdog's own slot: the answer may open another modal
            # loop (the wizard's discard question), and Qt does not fire a timer again inside its own slot.
            QTimer.singleShot(0, answer)

        def answer() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible():
                return
            if isinstance(modal, QMessageBox):
                text = modal.text()
                self.seen.append(text[:40])
                if "意外错误" in text or "Internal C++" in text:  # not a refusal in words: a bug
                    self.error_boxes.append(text)
                yes = modal.button(QMessageBox.StandardButton.Yes)
                (yes or modal.buttons()[0]).click()
                return
            if hasattr(modal, "dispute_page") and self.typed:
                self.typed = False
                modal.dispute_page.ui.summary_edit.setPlainText("猴子测试输入的事实")
                if self.rng.random() < 0.5:
                    modal.next()
                return
            QTest.keyClick(modal, Qt.Key.Key_Escape)

        self.watchdog = QTimer()
        self.watchdog.timeout.connect(poll)
        self.watchdog.start(20)

    def cases_page(self) -> QWidget:
        return self.window.page("cases")

    def detail(self) -> QWidget | None:
        page = self.window.case_detail
        return page if page is not None and self.window.ui.pages.currentWidget() is page else None

    # --- actions ----------------------------------------------------------------------------------------

    def wizard(self) -> str:
        self.window.show_page("cases")
        typed = self.typed = self.rng.random() < 0.4
        QTest.keyClick(self.cases_page().ui.new_case_button, Qt.Key.Key_Space)
        return f"wizard typed={typed}"

    def open_case(self) -> str:
        self.window.show_page("cases")
        cases = self.cases_page()
        if cases.ui.search_edit.text() and self.rng.random() < 0.7:
            cases.ui.search_edit.clear()
            cases.refresh()
        for _ in range(300):
            if cases.model.rowCount() > 0:
                break
            QTest.qWait(10)
        row = self.rng.randrange(max(cases.model.rowCount(), 1))
        table = cases.ui.case_table
        table.setFocus()
        table.setCurrentIndex(cases.model.index(row, 0))
        QTest.keyClick(table, Qt.Key.Key_Return)
        return f"open case row {row}"

    def switch_tab(self) -> str:
        page = self.detail()
        if page is None:
            return self.open_case()
        index = self.rng.randrange(page.ui.tabs.count())
        page.ui.tabs.setCurrentIndex(index)
        return f"tab {index}"

    def recorder(self) -> str:
        page = self.detail()
        if page is None:
            return self.open_case()
        page.ui.tabs.setCurrentWidget(page.ui.sessions_tab)
        if page.ui.sessions_table.rowCount() == 0:
            page.schedule(datetime(2026, 11, 22, 14, tzinfo=COURT_TZ), "村委会")
        page.ui.open_record_button.click()
        windows = open_recorders()
        for window in windows:
            if self.rng.random() < 0.7:
                QTest.keyClicks(window.ui.record_edit, "abc ")
                window.insert_speaker(SPEAKER_KEYS[0][0])
        return f"recorder ({len(windows)} open)"

    def close_recorder(self) -> str:
        windows = open_recorders()
        if windows:
            self.rng.choice(windows).close()
        return f"close recorder of {len(windows)}"

    def composer(self) -> str:
        page = self.detail()
        if page is None:
            return self.open_case()
        page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
        composer = page.composer
        if composer.read_only():
            return "composer read-only"
        choice = self.rng.random()
        if choice < 0.4:
            composer.add_clause()
            QTest.keyClicks(composer.ui.clause_text_edit, "pay 100")
        elif choice < 0.7:
            QTest.keyClicks(composer.ui.facts_edit, "facts ")
            composer.save_draft()
        else:
            composer.preview()
        return f"composer {choice:.2f}"

    def rail(self) -> str:
        key = self.rng.choice(["dashboard", "cases", "calendar", "settings"])
        self.window.show_page(key)
        return f"page {key}"

    def search(self) -> str:
        self.window.show_page("cases")
        edit = self.cases_page().ui.search_edit
        edit.clear()
        query = self.rng.choice(["zs", "张", "李1", "伯都", "0001", "x"])
        if query.isascii():
            QTest.keyClicks(edit, query)
        else:
            edit.insert(query)  # what an input method commits (QTest types ASCII only)
        return "search"

    def escape(self) -> str:
        page = self.detail()
        if page is not None:
            QTest.keyClick(page.ui.tabs, Qt.Key.Key_Escape)
        return "esc"

    def collect(self) -> str:
        gc.collect()
        return "gc"

    def step(self) -> str:
        actions = [(self.wizard, 3), (self.open_case, 4), (self.switch_tab, 4), (self.recorder, 4),
                   (self.close_recorder, 3), (self.composer, 3), (self.rail, 2), (self.search, 2),
                   (self.escape, 2), (self.collect, 2)]
        action = self.rng.choices([a for a, _w in actions], weights=[w for _a, w in actions])[0]
        what = action()
        QTest.qWait(self.rng.choice([0, 5, 30]))
        return what


def main() -> int:
    seed, steps, root = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from fuyuan_desktop.ui.crash import install_excepthook

    install_excepthook()  # an uncaught Python error would show a dialog: in the monkey it fails the run
    errors: list[str] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, value, tb: (errors.append(f"{kind.__name__}: {value}"), previous(kind, value, tb))
    monkey = Monkey(seed, root)
    for n in range(steps):
        print(f"{n} {monkey.step()}", flush=True)
        if errors or monkey.error_boxes:
            print("UNCAUGHT", errors, monkey.error_boxes, flush=True)
            return 3
    for window in open_recorders():
        window.close()
    monkey.window.close()
    app.processEvents()
    print("MONKEY OK", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
