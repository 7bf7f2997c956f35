"""Safe defaults: the first start sets up the tribunal with an administrator and an encrypted store, shows the
recovery key once (saved as the PDF the CLI writes, confirmed by its last 4 symbols); "not now" is explicit,
remembered and shown in red; 设置 encrypts a store that already has cases, in place.

Driven through the real widgets (keyClicks, mouseClick) of a real workbench started on a fresh data folder.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QPushButton
from shiboken6 import isValid

from fuyuan_desktop.services.cases import count_cases
from fuyuan_desktop.services.intake import IntakeResult, intake_dispute
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.first_run import FirstRunDialog
from fuyuan_desktop.ui.main_window import MainWindow
from fuyuan_desktop.ui.preferences import PROTECTION_DECLINED, SETUP_DONE

ADMIN = "庞管理员"
PASSWORD = "长山法庭-2026-密码"
LATER_PARTY = "乌兰图雅"  # typed after the encryption: must not be readable in the files


def click(qtbot: Any, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Key presses into ``edit``; QTest's keyClicks knows ASCII only, so a Chinese character is sent as the key event
    an input method delivers (its text, no key code)."""
    edit.setFocus()
    edit.clear()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(edit, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert edit.text() == text


def store_bytes(paths: DataPaths) -> bytes:
    """Every database file of the data folder (the store, its WAL, the backups) as raw bytes."""
    files = [p for p in paths.root.rglob("*") if p.is_file() and ".sqlite3" in p.name]
    assert paths.database in files
    return b"".join(p.read_bytes() for p in files)


def when_modal(qtbot: Any, kind: type, act: Callable[[Any], None]) -> None:
    """``act`` on the next modal ``kind`` dialog (a file dialog or question's own event loop runs meanwhile)."""

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and isValid(w) and w.isVisible()]
        modal = shown[0] if shown else None  # offscreen, nothing is "active": the one that is shown
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(modal)
        except BaseException:
            FAILED.append(traceback.format_exc())
            modal.reject()  # the test fails below, instead of waiting on the dialog for ever

    QTimer.singleShot(0, poll)


FAILED: list[str] = []


def save_in_file_dialog(qtbot: Any, target: Path, seen: dict[str, Any]) -> Callable[[QFileDialog], None]:
    def act(dialog: QFileDialog) -> None:
        seen["directory"] = dialog.directory().absolutePath()
        seen["labels"] = [dialog.labelText(label) for label in (QFileDialog.DialogLabel.FileName,
                                                                 QFileDialog.DialogLabel.Accept,
                                                                 QFileDialog.DialogLabel.Reject)]
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        name_edit.setText(str(target))  # typed, its completer's popup would take the Return
        save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "保存(&S)")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    return act


def start(workbench_app: Any, qtbot: Any, paths: DataPaths) -> MainWindow:
    window = workbench_app.start_workbench(QApplication.instance(),
                                           workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    return window


def first_run_of(qtbot: Any, window: MainWindow) -> FirstRunDialog:
    opener = window.opener  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: opener.first_run is not None and opener.first_run.isVisible(), timeout=30000)
    return opener.first_run  # type: ignore[no-any-return]


@pytest.mark.slow
def test_first_start_sets_up_an_administrator_and_encrypts(qtbot: Any, workbench_app: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    paths = DataPaths(tmp_path / "data")
    window = start(workbench_app, qtbot, paths)
    dialog = first_run_of(qtbot, window)
    ui = dialog.ui
    assert not window.is_ready()  # nothing is attached before the dialog is done
    assert ui.account_box.isVisible() and ui.setup_button.isDefault()

    type_into(qtbot, ui.judge_edit, "包斯琴")
    type_into(qtbot, ui.clerk_edit, "韩雪")
    type_into(qtbot, ui.admin_edit, ADMIN)
    type_into(qtbot, ui.password_edit, "short")
    type_into(qtbot, ui.password_again_edit, "short")
    click(qtbot, ui.setup_button)
    assert "至少 8 个字符" in ui.message_label.text() and ui.steps.currentWidget() is ui.setup_page
    type_into(qtbot, ui.password_edit, PASSWORD)
    type_into(qtbot, ui.password_again_edit, PASSWORD + "x")
    click(qtbot, ui.setup_button)
    assert "两次输入的密码不一致" in ui.message_label.text()
    assert not paths.keyring.exists() and b"SQLite format 3" in paths.database.read_bytes()[:16]
    type_into(qtbot, ui.password_again_edit, PASSWORD)
    click(qtbot, ui.setup_button)
    qtbot.waitUntil(lambda: ui.steps.currentWidget() is ui.recovery_page or ui.setup_button.isEnabled(), timeout=60000)

    # the recovery key, once
    assert ui.steps.currentWidget() is ui.recovery_page, ui.message_label.text()
    key = ui.recovery_key_label.text()
    assert len(key.split("-")) == 8 and paths.keyring.exists()
    assert not paths.database.read_bytes().startswith(b"SQLite format 3")  # SQLCipher: no plain header
    assert ui.password_edit.text() == "" and not ui.continue_button.isEnabled()
    dialog.grab().save(str(tmp_path / "recovery.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not before the key is confirmed
    assert dialog.isVisible() and "最后 4 个字符" in ui.message_label.text()

    pdf = tmp_path / "打印" / "恢复密钥.pdf"
    pdf.parent.mkdir()
    seen: dict[str, Any] = {}
    when_modal(qtbot, QFileDialog, save_in_file_dialog(qtbot, pdf, seen))
    click(qtbot, ui.save_pdf_button)
    assert not FAILED, FAILED
    qtbot.waitUntil(lambda: pdf.exists(), timeout=60000)
    assert seen["directory"] == str(home / "Documents")  # not the program's folder
    assert seen["labels"] == ["文件名：", "保存(&S)", "取消"]
    text = PdfReader(str(pdf)).pages[0].extract_text()
    printed = "".join(line.strip() for line in text.splitlines() if line.strip() and set(line.strip()) <= set(key))
    assert printed == key.replace("-", "") or printed.replace("-", "") == key.replace("-", "")
    assert ADMIN in text and "恢复密钥" in text
    assert str(pdf) in ui.pdf_label.text()

    type_into(qtbot, ui.confirm_edit, "ABCD" if key[-4:] != "ABCD" else "ABCE")
    assert not ui.continue_button.isEnabled()
    type_into(qtbot, ui.confirm_edit, key[-4:].lower())
    assert ui.continue_button.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=30000):
        click(qtbot, ui.continue_button)

    # the workbench runs as the administrator on the encrypted store
    ctx = window.ctx
    assert ctx.actor == ADMIN and ctx.role == "admin" and ctx.db.encrypted
    assert window.protection_banner is None
    assert window.opener.idle_lock is not None  # type: ignore[attr-defined]
    assert SETUP_DONE.read(workbench_app.settings_for(paths)) == 1
    from fuyuan_desktop.services.setup import device_info
    from fuyuan_desktop.services.workflow import list_mediators

    assert {("包斯琴", "法官"), ("韩雪", "书记员")} <= {(m.name, m.role) for m in list_mediators(ctx)}
    assert device_info(ctx).tribunal and device_info(ctx).tribunal in text  # the page names the tribunal
    from conftest import intake_input

    judge = ctx.as_actor("包斯琴", role="judge")  # an administrator keeps accounts, a judge registers cases
    intake_dispute(judge, intake_input(person(LATER_PARTY, seq=7), person("李四", "被申请人", seq=8)))
    assert LATER_PARTY.encode() not in store_bytes(paths)
    window.close()
    ctx.db.close()

    # a second start asks for the login first
    second = start(workbench_app, qtbot, paths)
    opener = second.opener  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: opener.login is not None and opener.login.isVisible(), timeout=60000)
    assert opener.first_run is None and not second.is_ready()
    opener.login.hide()  # (its 退出 would end the test's shared application)
    second.close()


def test_not_now_asks_again_and_stays_red(qtbot: Any, workbench_app: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    window = start(workbench_app, qtbot, paths)
    dialog = first_run_of(qtbot, window)
    ui = dialog.ui
    type_into(qtbot, ui.judge_edit, "包斯琴")

    def answer(button: str) -> Callable[[QMessageBox], None]:
        def act(box: QMessageBox) -> None:
            assert "明文" in box.text()
            qtbot.mouseClick(box.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
        return act

    when_modal(qtbot, QMessageBox, answer("decline_back"))
    click(qtbot, ui.skip_button)
    assert dialog.isVisible() and dialog.outcome == ""  # asked once more, and the user went back
    when_modal(qtbot, QMessageBox, answer("decline_confirm"))
    with qtbot.waitSignal(window.ready, timeout=30000):
        click(qtbot, ui.skip_button)
    settings = workbench_app.settings_for(paths)
    assert PROTECTION_DECLINED.read(settings) and SETUP_DONE.read(settings) == 1
    assert not paths.keyring.exists()
    banner = window.protection_banner
    assert banner is not None and banner.isVisible() and "#b42318" in banner.styleSheet()
    assert "数据未加密、未设账户" in banner.label.text() and PROTECTION_DECLINED.read(settings) in banner.label.text()
    window.show_page("settings")
    page = window.page("settings")
    assert page.protection_banner is not None and page.protection_banner.isVisibleTo(page)  # type: ignore[attr-defined]
    assert page.ui.protection_value.text().startswith("未加密")  # type: ignore[attr-defined]
    window.close()
    window.ctx.db.close()

    second = start(workbench_app, qtbot, paths)  # each start: red again, no first-run dialog
    qtbot.waitSignal(second.ready, timeout=30000).wait()
    assert second.opener.first_run is None  # type: ignore[attr-defined]
    assert second.protection_banner is not None and second.protection_banner.isVisible()
    second.close()
    second.ctx.db.close()


@pytest.fixture
def case(ctx: Workspace, register: Callable[..., IntakeResult]) -> IntakeResult:
    return register(person("那日苏", seq=1), person("李四", "被申请人", seq=2))


@pytest.mark.slow
def test_settings_encrypts_a_store_with_cases_in_place(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                        case: IntakeResult, tmp_path: Path) -> None:
    assert "那日苏".encode() in store_bytes(paths)  # plain: readable in the file
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, paths, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.protection_banner is not None
    window.show_page("settings")
    page = window.page("settings")
    click(qtbot, page.protection_banner.button)  # type: ignore[attr-defined]
    dialog = window.protect_dialog
    assert isinstance(dialog, FirstRunDialog) and dialog.isVisible()
    ui = dialog.ui
    assert not ui.setup_box.isVisible() and not ui.demo_box.isVisible()
    dialog.grab().save(str(tmp_path / "protect.png"))
    type_into(qtbot, ui.admin_edit, ADMIN)
    type_into(qtbot, ui.password_edit, PASSWORD)
    type_into(qtbot, ui.password_again_edit, PASSWORD)
    click(qtbot, ui.setup_button)
    qtbot.waitUntil(lambda: ui.steps.currentWidget() is ui.recovery_page or ui.setup_button.isEnabled(), timeout=60000)
    assert ui.steps.currentWidget() is ui.recovery_page, ui.message_label.text()
    key = ui.recovery_key_label.text()
    new = window.ctx
    assert new is not ctx and new.db.encrypted and new.actor == ADMIN and new.role == "admin"
    assert count_cases(new) == 1
    assert "那日苏".encode() not in store_bytes(paths)  # the case, its backups too, encrypted in place
    assert window.protection_banner is None
    type_into(qtbot, ui.confirm_edit, key[-4:])
    click(qtbot, ui.continue_button)
    qtbot.waitUntil(lambda: window.protect_dialog is None)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.show_page("settings")
    rebuilt = window.page("settings")
    assert rebuilt is not page and rebuilt.protection_banner is None  # type: ignore[attr-defined]
    assert rebuilt.ui.protection_value.text().startswith("已加密")  # type: ignore[attr-defined]
    window.open_case(case.id)  # the pages read the encrypted store
    window.close()
    new.db.close()
