"""Login before the store opens, a wrong password retried in place, the idle lock that keeps the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fuyuan_desktop.services import accounts
from fuyuan_desktop.store.paths import DataPaths

ADMIN_PW = "admin-password-1"
CLERK_PW = "clerk-password-1"


@pytest.fixture
def protected(paths: DataPaths) -> DataPaths:
    made = accounts.create_protected_store(paths, "管理员", ADMIN_PW)
    accounts.add_user(made.ctx, "李书记员", "clerk", CLERK_PW)
    made.ctx.db.engine.dispose()
    return paths


@pytest.mark.slow
def test_login_then_idle_lock_keeps_the_window(qtbot: Any, protected: DataPaths, workbench_app: Any,
                                               tmp_path: Path) -> None:
    from fuyuan_desktop.ui.preferences import SETUP_DONE

    SETUP_DONE.write(workbench_app.settings_for(protected), 1)  # no first-run dialog in this test
    qapp = QApplication.instance()
    window = workbench_app.start_workbench(qapp, workbench_app.parse_args(["--data-dir", str(protected.root)]))
    qtbot.addWidget(window)
    opener = window.opener
    qtbot.waitUntil(lambda: opener.login is not None and opener.login.isVisible(), timeout=60000)
    dialog = opener.login
    assert not window.is_ready()  # nothing of the store before the password
    dialog.name_edit.setText("李书记员")
    dialog.password_edit.setText("wrong-password")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不正确" in dialog.message.text(), timeout=60000)
    assert dialog.isVisible() and dialog.password_edit.text() == ""
    dialog.grab().save(str(tmp_path / "login.png"))
    dialog.password_edit.setText(CLERK_PW)
    with qtbot.waitSignal(window.ready, timeout=60000):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert opener.credentials is None  # the password is not kept
    lock = opener.idle_lock
    assert lock is not None and not lock.locked
    lock.minutes = 1
    lock.last_input -= 61
    lock._tick()
    assert lock.locked and lock.overlay.geometry() == window.rect()
    window.grab().save(str(tmp_path / "locked.png"))
    assert window.isVisible()  # the window and its pages stay; only covered
    lock.overlay.password_edit.setText("wrong-password")
    lock.overlay.try_unlock()
    assert lock.locked and "不正确" in lock.overlay.message.text()
    lock.overlay.password_edit.setText(CLERK_PW)
    lock.overlay.try_unlock()
    assert not lock.locked
    window.close()
