"""Windows and dialogs are found through a registry and deleted when done, never looked up among dead children.

Issue 14: 登记新案件 → Esc → open a case → 调解记录 → 打开笔录 crashed in ``open_recorder``, which walked the main
window's children with ``findChildren`` while a finished wizard still hung there. The recorder is now found by
session id in a registry of weak references checked against the C++ side; the wizard and every exec()'d dialog
are deleted once answered; a task that reports after its page was replaced updates nothing.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from shiboken6 import isValid

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.main_window import MainWindow
from fuyuan_desktop.ui.recorder import open_recorder_for, open_recorders


def _cancel_next_modal() -> None:
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(10, poll)
        else:
            modal.reject()

    QTimer.singleShot(10, poll)


@pytest.mark.slow
def test_wizard_then_recorder_reuses_the_window_and_leaves_no_dead_children(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    case = register()
    session = schedule_session(ctx, case.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), place="村委会")
    window = MainWindow(ctx, paths)
    qtbot.addWidget(window)
    window.show()
    for _round in range(3):
        _cancel_next_modal()
        window.new_case()  # 登记新案件, then Esc
        qtbot.waitUntil(lambda: not window.findChildren(QWizard))  # the finished wizard is deleted
        gc.collect()
        window.open_case(case.id)
        page = window.case_detail
        assert page is not None
        page.ui.tabs.setCurrentWidget(page.ui.sessions_tab)
        first = page.open_recorder()
        assert first is not None and open_recorder_for(session) is first
        assert page.open_recorder() is first  # the same window comes forward, no second one
        first.close()  # WA_DeleteOnClose
        qtbot.waitUntil(lambda: open_recorder_for(session) is None and not open_recorders())


def test_a_recorder_outliving_its_case_page_saves_without_calling_the_dead_page(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    first, second = register(), register()
    schedule_session(ctx, first.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), place="村委会")
    window = MainWindow(ctx, paths)
    qtbot.addWidget(window)
    window.show()
    window.open_case(first.id)
    old_page = window.case_detail
    assert old_page is not None
    recorder = old_page.open_recorder()
    assert recorder is not None
    window.open_case(second.id)  # the first case's page is replaced and deleted
    qtbot.waitUntil(lambda: not isValid(old_page))
    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda kind, value, tb: errors.append(value)
    try:
        recorder.ui.record_edit.insertPlainText("申请人张三：同意调解。")
        assert recorder.save_now()
        QApplication.processEvents()
    finally:
        sys.excepthook = hook
    assert errors == []
    recorder.close()


MONKEY = Path(__file__).with_name("monkey_driver.py")


@pytest.mark.slow

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_monkey_survives_a_few_hundred_random_actions(seed: int, tmp_path: Path) -> None:
    """Random sequences of real actions offscreen (see monkey_driver.py) in a process of its own, so that a
    native crash fails this test with the faulthandler stack and the steps that led to it."""
    done = subprocess.run([sys.executable, str(MONKEY), str(seed), "200", str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=900)
    tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
    assert done.returncode == 0 and "MONKEY OK" in done.stdout, tail
