"""The judge is not stuck after the first run: the administrator adds accounts in 设置 → 账户 (or is offered the
judge's account right after the first run), and 切换账户 reopens the window as that account.

Driven through the real widgets of a real workbench started on a fresh data folder (no demo data).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import intake_input, person
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from shiboken6 import isValid

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.cases import count_cases
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.accounts_box import AccountsBox, AddAccountDialog
from fuyuan_desktop.ui.login import LoginDialog
from fuyuan_desktop.ui.main_window import MainWindow
from fuyuan_desktop.ui.pages.settings import SettingsPage
from fuyuan_desktop.ui.preferences import SETUP_DONE

ADMIN = "庞管理员"
ADMIN_PASSWORD = "长山法庭-2026-密码"
JUDGE = "包斯琴"
JUDGE_PASSWORD = "judge-pass-2026"
CLERK = "韩雪"
CLERK_PASSWORD = "clerk-pass-2026"
FAILED: list[str] = []


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Key presses; a Chinese character goes as the key event an input method delivers (text, no key code)."""
    edit.setFocus()
    edit.clear()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert edit.text() == text


def when_modal(kind: type, act: Callable[[Any], None]) -> None:
    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and isValid(w) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, poll)
            return
        try:
            act(shown[0])
        except BaseException:
            FAILED.append(traceback.format_exc())
            shown[0].reject()

    QTimer.singleShot(0, poll)


def start(workbench_app: Any, qtbot: Any, paths: DataPaths) -> MainWindow:
    window = workbench_app.start_workbench(QApplication.instance(),
                                           workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    return window


def log_in(qtbot: Any, window: MainWindow, dialog: LoginDialog, name: str, password: str) -> None:
    if dialog.name_edit.text() != name:
        type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.password_edit, password)
    with qtbot.waitSignal(window.ready, timeout=30000):
        click(qtbot, dialog.login_button)


def settings_page(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.page_widgets["settings"]
    assert isinstance(page, SettingsPage)
    return page


def add_in_dialog(qtbot: Any, dialog: AddAccountDialog, name: str, role_label: str, password: str) -> None:
    if dialog.name_edit.text() != name:
        type_into(qtbot, dialog.name_edit, name)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText(role_label))
    type_into(qtbot, dialog.password_edit, password)
    type_into(qtbot, dialog.again_edit, password)
    click(qtbot, dialog.add_button)


@pytest.mark.slow
def test_admin_adds_a_clerk_in_settings_and_switches_to_it(qtbot: Any, workbench_app: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    accounts.create_protected_store(paths, ADMIN, ADMIN_PASSWORD).ctx.db.close()
    settings = workbench_app.settings_for(paths)
    SETUP_DONE.write(settings, 1)
    settings.sync()
    window = start(workbench_app, qtbot, paths)
    opener = window.opener  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: opener.login is not None and opener.login.isVisible(), timeout=60000)
    log_in(qtbot, window, opener.login, ADMIN, ADMIN_PASSWORD)
    assert window.ctx.role == "admin"
    assert window.account_button is not None and ADMIN in window.account_button.text()

    page = settings_page(window)
    box = page.accounts_box
    assert isinstance(box, AccountsBox) and box.isVisible()
    assert box.names() == [ADMIN] and box.state_of(ADMIN) == "正常"
    assert [box.table.item(0, c).text() for c in (0, 1)] == [ADMIN, "管理员"]
    box.select(ADMIN)
    assert not box.disable_button.isEnabled()  # not one's own account

    click(qtbot, box.add_button)
    dialog = box.add_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())] == [
        "法官", "书记员", "调解员", "管理员"]
    add_in_dialog(qtbot, dialog, CLERK, "书记员", "short")
    assert dialog.isVisible() and "至少 8 个字符" in dialog.message.text()  # the CLI's rule, in place
    assert dialog.password_edit.text() == ""
    type_into(qtbot, dialog.password_edit, CLERK_PASSWORD)
    type_into(qtbot, dialog.again_edit, CLERK_PASSWORD + "x")
    click(qtbot, dialog.add_button)
    assert dialog.isVisible() and "两次输入的密码不一致" in dialog.message.text()
    add_in_dialog(qtbot, dialog, CLERK, "书记员", CLERK_PASSWORD)
    assert not dialog.isVisible()
    assert box.names() == [ADMIN, CLERK] or sorted(box.names()) == sorted([ADMIN, CLERK])
    assert box.table.item(box.names().index(CLERK), 1).text() == "书记员" and "已添加账户" in box.message.text()
    assert {v.name: v.role for v in accounts.list_users(window.ctx)}[CLERK] == "clerk"

    # a mediator account, then disabled after the confirmation
    click(qtbot, box.add_button)
    assert box.add_dialog is not None
    add_in_dialog(qtbot, box.add_dialog, "调解员甲", "调解员", "mediator-pass-1")
    box.select("调解员甲")
    when_modal(QMessageBox, lambda b: click(qtbot, b.findChild(QPushButton, "disable_account_confirm")))
    click(qtbot, box.disable_button)
    assert not FAILED, FAILED
    assert box.state_of("调解员甲") == "已停用" and not box.disable_button.isEnabled()
    window.grab().save(str(tmp_path / "accounts.png"))

    # 启用: the disabled account back with a new password, its role kept; the old password no longer opens it
    assert box.enable_button.isEnabled()
    box.select(ADMIN)
    assert not box.enable_button.isEnabled()  # only a disabled account is enabled
    box.select("调解员甲")
    click(qtbot, box.enable_button)
    again = box.add_dialog
    assert again is not None and again.isVisible() and again.enabling
    assert again.name_edit.isReadOnly() and again.name_edit.text() == "调解员甲"
    assert not again.role_combo.isEnabled() and again.role_combo.currentText() == "调解员"
    type_into(qtbot, again.password_edit, "short")
    type_into(qtbot, again.again_edit, "short")
    click(qtbot, again.add_button)
    assert again.isVisible() and "至少 8 个字符" in again.message.text()
    type_into(qtbot, again.password_edit, "mediator-pass-2")
    type_into(qtbot, again.again_edit, "mediator-pass-2")
    click(qtbot, again.add_button)
    assert not again.isVisible() and "已重新启用账户" in box.message.text()
    assert box.state_of("调解员甲") == "正常" and box.disable_button.isEnabled() and not box.enable_button.isEnabled()
    assert {v.name: (v.role, v.disabled) for v in accounts.list_users(window.ctx)}["调解员甲"] == ("mediator", False)
    accounts.login(paths, "调解员甲", "mediator-pass-2").db.close()
    with pytest.raises(FuyuanError):
        accounts.login(paths, "调解员甲", "mediator-pass-1")

    # 切换账户: a wrong password leaves the window as it is; the right one reopens it as the clerk
    click(qtbot, box.switch_button)
    login = window.switch_dialog
    assert login is not None and login.isVisible()
    type_into(qtbot, login.name_edit, CLERK)
    type_into(qtbot, login.password_edit, "wrong-password-1")
    click(qtbot, login.login_button)
    assert login.isVisible() and login.message.text() and window.ctx.actor == ADMIN
    log_in(qtbot, window, login, CLERK, CLERK_PASSWORD)
    assert window.ctx.actor == CLERK and window.ctx.role == "clerk"
    assert window.switch_dialog is None and CLERK in window.account_button.text()
    assert settings_page(window).accounts_box is None  # a clerk does not manage accounts
    intake_dispute(window.ctx, intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2)))
    assert count_cases(window.ctx) == 1
    window.close()
    window.ctx.db.close()


@pytest.mark.slow
def test_first_run_offers_the_judge_account_and_the_switch(qtbot: Any, workbench_app: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    window = start(workbench_app, qtbot, paths)
    opener = window.opener  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: opener.first_run is not None and opener.first_run.isVisible(), timeout=30000)
    ui = opener.first_run.ui
    type_into(qtbot, ui.judge_edit, JUDGE)
    type_into(qtbot, ui.admin_edit, ADMIN)
    type_into(qtbot, ui.password_edit, ADMIN_PASSWORD)
    type_into(qtbot, ui.password_again_edit, ADMIN_PASSWORD)
    click(qtbot, ui.setup_button)
    qtbot.waitUntil(lambda: ui.steps.currentWidget() is ui.recovery_page or ui.setup_button.isEnabled(), timeout=60000)
    assert ui.steps.currentWidget() is ui.recovery_page, ui.message_label.text()
    type_into(qtbot, ui.confirm_edit, ui.recovery_key_label.text()[-4:])
    with qtbot.waitSignal(window.ready, timeout=30000):
        click(qtbot, ui.continue_button)
    assert window.ctx.role == "admin"

    dialog = window.judge_account_dialog  # offered at once, for the judge named in the first run
    assert dialog is not None and dialog.isVisible()
    assert JUDGE in dialog.windowTitle() and dialog.name_edit.text() == JUDGE
    assert dialog.role_combo.currentText() == "法官"
    dialog.grab().save(str(tmp_path / "judge_account.png"))
    type_into(qtbot, dialog.password_edit, "1234567")
    type_into(qtbot, dialog.again_edit, "1234567")
    click(qtbot, dialog.add_button)
    assert dialog.isVisible() and "至少 8 个字符" in dialog.message.text()  # too weak: refused in place
    type_into(qtbot, dialog.password_edit, JUDGE_PASSWORD)
    type_into(qtbot, dialog.again_edit, JUDGE_PASSWORD)
    click(qtbot, dialog.add_button)

    offer = window.switch_offer
    assert offer is not None and offer.isVisible() and JUDGE in offer.text()
    click(qtbot, offer.findChild(QPushButton, "switch_offer_yes"))
    login = window.switch_dialog
    assert login is not None and login.isVisible() and login.name_edit.text() == JUDGE
    log_in(qtbot, window, login, JUDGE, JUDGE_PASSWORD)

    ctx = window.ctx
    assert ctx.actor == JUDGE and ctx.role == "judge" and ctx.db.encrypted
    assert opener.idle_lock is not None and opener.idle_lock.user == JUDGE  # the idle lock asks the judge now
    assert settings_page(window).accounts_box is None
    result = intake_dispute(ctx, intake_input(person("乌兰图雅", seq=7), person("李四", "被申请人", seq=8)))
    assert result.id and count_cases(ctx) == 1
    window.close()
    ctx.db.close()
