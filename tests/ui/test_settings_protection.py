"""设置 says plainly whether this laptop's data is encrypted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.settings import SettingsPage

PASSWORD = "admin-password-1"


def _page(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(ctx, paths, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    return page


def test_a_plain_store_is_called_unencrypted_with_what_to_do(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                             tmp_path: Path) -> None:
    page = _page(qtbot, ctx, paths, tmp_path)
    text = page.ui.protection_value.text()
    assert text.startswith("未加密") and "立即启用账户和加密" in text
    assert page.protection_banner is not None and "数据未加密、未设账户" in page.protection_banner.label.text()


def test_an_encrypted_store_says_so_and_who_is_logged_in(qtbot: Any, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    accounts.create_protected_store(paths, "管理员", PASSWORD).ctx.db.engine.dispose()
    ctx = accounts.login(paths, "管理员", PASSWORD)
    try:
        text = _page(qtbot, ctx, paths, tmp_path).ui.protection_value.text()
    finally:
        ctx.db.engine.dispose()
    assert text.startswith("已加密") and "管理员" in text
