"""Start-up: the window paints before the store opens, then fills; a store that cannot open is explained."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths


def test_the_window_paints_before_the_store_opens_and_then_fills(qtbot: Any, paths: DataPaths,
                                                                  workbench_app: Any) -> None:
    qapp = QApplication.instance()
    window = workbench_app.start_workbench(qapp, workbench_app.parse_args(["--data-dir", str(paths.root),
                                                                           "--demo", "12"]))
    qtbot.addWidget(window)
    # Before the event loop has run: the frame with its rail and the "opening" page, no store yet.
    assert window.isVisible() and not window.is_ready()
    assert window.opening is not None and window.ui.pages.currentWidget() is window.opening
    assert not window.ui.nav_rail.isEnabled()
    assert window.ui.nav_rail.count() == 7
    window.show_page("cases")  # a click on the greyed rail does nothing (and does not crash)
    assert window.page_widgets == {}
    with qtbot.waitSignal(window.first_painted, timeout=60000):
        pass
    with qtbot.waitSignal(window.ready, timeout=60000):
        pass
    assert window.is_ready() and window.opening is None and window.ui.nav_rail.isEnabled()
    assert window.current_page_key() == "dashboard"
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.loading())  # type: ignore[attr-defined]
    from fuyuan_desktop.services.cases import count_cases

    assert count_cases(window.ctx) == 12  # --demo filled the empty demo workspace on the worker
    window.show_page("cases")
    cases = window.page("cases")
    qtbot.waitUntil(lambda: not cases.model.loading())  # type: ignore[attr-defined]
    assert cases.model.total() == 12  # type: ignore[attr-defined]
    # --demo opened the data folder's demo workspace, not the data folder's own store, and says so
    demo = paths.root / "demo"
    assert window.ctx.data_paths.root == demo and window.ctx.data_paths.is_demo
    assert (demo / "fuyuan.sqlite3").exists() and not paths.database.exists()
    assert window.windowTitle().startswith("【演示】") and "演示工作区" in window.windowTitle()
    assert "诉前调解工作台" not in window.windowTitle(), "Qt appends the application name; it must not appear twice"
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    assert "虚构" in window.demo_banner.text() and str(demo) in window.demo_banner.text()
    assert window.settings.fileName() == str(demo / "ui.ini")  # its own settings, too


def test_a_window_on_the_data_folder_itself_is_not_labelled_demo(qtbot: Any, paths: DataPaths) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    ctx = initialize(paths, actor="tester")
    window = MainWindow(ctx, paths)
    qtbot.addWidget(window)
    assert window.demo_banner is None and "演示" not in window.windowTitle()
    assert not paths.is_demo and paths.demo_workspace().is_demo


def test_a_store_from_a_newer_version_is_explained_and_the_window_closes(qtbot: Any, tmp_path: Path,
                                                                         workbench_app: Any,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths(tmp_path / "data")
    initialize(paths).db.engine.dispose()
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)  # the test's own event loop must keep running
    shown: list[str] = []

    def answer_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, answer_the_message)

    QTimer.singleShot(50, answer_the_message)
    window = workbench_app.start_workbench(qapp, workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: exits == [1], timeout=30000)
    assert shown and "更新版本" in shown[0] and "9999_from_the_future" in shown[0]
    assert not window.isVisible() and not window.is_ready()


def test_the_daily_backup_runs_after_the_window_is_usable(qtbot: Any, paths: DataPaths, workbench_app: Any) -> None:
    from fuyuan_desktop.ui.preferences import SETUP_DONE

    initialize(paths, actor="tester").db.engine.dispose()
    SETUP_DONE.write(workbench_app.settings_for(paths), 1)
    # the opening on the worker no longer includes the backup …
    opened = workbench_app.open_for_window(paths)
    assert not list(paths.backups.glob("*-auto.sqlite3"))
    opened.db.engine.dispose()
    qapp = QApplication.instance()
    window = workbench_app.start_workbench(qapp, workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=60000):
        pass
    # … the window is usable first, and the backup follows on a worker
    assert window.opener.backup_task is not None  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(list(paths.backups.glob("*-auto.sqlite3"))) == 1, timeout=30000)
