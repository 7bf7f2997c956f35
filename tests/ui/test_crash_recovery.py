"""A crash is not silent: a real native crash of the workbench, then a second start that says so and reopens.

The first start runs ``python -m fuyuan_desktop`` offscreen with the hidden ``--crash-test-case``: it opens the
case and its 笔录 as a user would (so the settings file holds what is open), then dies of a real segmentation
fault (``faulthandler._sigsegv``). The second start, in this process, finds the unfinished run, shows the
recovery box with the redacted crash report made from ``fault.log``, and on "重新打开" reopens the case on its
调解记录 tab with the 笔录 window. A clean exit clears the state.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from conftest import make_id_number, person
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.recorder import open_recorder_for


@pytest.mark.slow
def test_a_native_crash_is_reported_at_the_next_start_which_reopens_the_case_and_record(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult],
        workbench_app: Any) -> None:
    case = register(person("张三", seq=7), person("李四", "被申请人", seq=8))
    session = schedule_session(ctx, case.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), place="村委会")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "fuyuan_desktop", "--data-dir",
                              str(paths.root), "--crash-test-case", case.id],
                             capture_output=True, text=True, timeout=300, env=env)
    assert crashed.returncode == -signal.SIGSEGV, crashed.stderr[-2000:]
    fault = (paths.logs / "fault.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in fault
    state = QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat)
    assert str(state.value("session/running")) == "1" and state.value("session/case") == case.id
    assert state.value("session/recorders") == session

    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "recovery_box":
            QTimer.singleShot(20, answer)
            return
        seen["text"], seen["details"] = box.text(), box.detailedText()
        [reopen] = [b for b in box.buttons() if "重新打开" in b.text()]
        reopen.click()

    QTimer.singleShot(20, answer)
    app = QApplication.instance()
    window = workbench_app.start_workbench(app, workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.case_detail is not None, timeout=30_000)
    assert "没有正常退出" in seen["text"] and "崩溃报告" in seen["text"]
    assert "Segmentation fault" in seen["details"] and "fuyuan_desktop" in seen["details"], seen["details"]
    reports = list(paths.logs.glob("crash-native-*.txt"))
    assert len(reports) == 1
    report = reports[0].read_text(encoding="utf-8")
    assert make_id_number(7) not in report and make_id_number(8) not in report
    detail = window.case_detail
    assert detail.case_id == case.id and detail.ui.tabs.currentWidget() is detail.ui.sessions_tab
    recorder = open_recorder_for(session)
    assert recorder is not None and recorder.isVisible()

    recorder.close()
    window.close()  # a clean exit: nothing to reopen next time
    state.sync()
    assert state.value("session/running") is None and state.value("session/case") is None


HOLD_AS_WORKBENCH = """
import sys, time
from pathlib import Path
from fuyuan_desktop.services.workspace import WORKBENCH, name_this_program
from fuyuan_desktop.store import folder_lock
name_this_program(WORKBENCH)
claim = folder_lock.hold(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(120)
"""


def test_a_second_window_on_a_folder_in_use_does_not_offer_crash_recovery(
        qtbot: Any, ctx: Workspace, paths: DataPaths, workbench_app: Any) -> None:
    from fuyuan_desktop.ui.preferences import SETUP_DONE

    state = workbench_app.settings_for(paths)
    SETUP_DONE.write(state, 1)
    state.setValue("session/running", 1)  # what a live first window leaves while it runs
    state.sync()
    first = subprocess.Popen([sys.executable, "-c", HOLD_AS_WORKBENCH, str(paths.root)], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "holding"
        app = QApplication.instance()
        window = workbench_app.start_workbench(app, workbench_app.parse_args(["--data-dir", str(paths.root)]))
        qtbot.addWidget(window)
        assert window.opener.unfinished is None  # type: ignore[attr-defined]  # no "没有正常退出" box
        state.sync()
        assert str(state.value("session/running")) == "1"  # the first window's mark is left alone
        window.close()
    finally:
        first.kill()
        first.wait()
    # once the first window is gone (killed), its mark does mean an unfinished run
    state.setValue("session/running", 1)
    state.sync()
    again = workbench_app.start_workbench(QApplication.instance(),
                                          workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(again)
    assert again.opener.unfinished is not None  # type: ignore[attr-defined]
    again.opener.unfinished = None  # type: ignore[attr-defined]  # (the recovery box itself is tested above)
    again.close()
