"""The 设置 page's 案由目录 section: an administrator adds a 案由 under a parent and retires another through the dialogs
(a refused one keeps its reason in the dialog, nothing saved); the intake picker then offers the addition and not the
retired 案由; a clerk does not get the section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from fuyuan_desktop.services.causes import list_amendments
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.catalogue_settings import AmendmentDialog, CatalogueAmendmentsBox
from fuyuan_desktop.ui.cause_picker import CausePicker
from fuyuan_desktop.ui.pages.settings import SettingsPage

LIVE_STREAM = "网络直播带货买卖合同纠纷"


def _page(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(ctx, paths, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1200, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def _save(qtbot: Any, dialog: AmendmentDialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_administrator_adds_and_retires_and_the_picker_follows(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                  tmp_path: Path) -> None:
    admin = ctx.as_actor("管理员甲", role="admin")
    page = _page(qtbot, admin, paths, tmp_path)
    box = page.catalogue_box
    assert isinstance(box, CatalogueAmendmentsBox) and box.table.rowCount() == 0

    dialog = box.make_dialog("add")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code_edit, "4.10.999")
    assert dialog.path_label.text() == ""  # no such entry
    dialog.name_edit.setText(LIVE_STREAM)  # (QTest cannot type CJK characters: set, as an input method would)
    _save(qtbot, dialog)
    assert "4.10.999" in dialog.error_label.text() and dialog.result() == 0
    assert list_amendments(ctx) == []
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "4.10.84")
    assert dialog.path_label.text().endswith("合同纠纷 / 买卖合同纠纷")
    _save(qtbot, dialog)
    assert dialog.result() == 1 and dialog.made is not None
    with qtbot.waitSignal(box.changed, timeout=2000):
        box.done(dialog.made.what)
    assert box.table.rowCount() == 1 and LIVE_STREAM in box.table.item(0, 1).text()

    retire = AmendmentDialog(admin, "retire", box, code="4.10.84.2")
    qtbot.addWidget(retire)
    assert "凭样品买卖合同纠纷" in retire.path_label.text()
    _save(qtbot, retire)
    assert "须写明原因" in retire.error_label.text() and retire.result() == 0
    retire.reason_edit.setText("测试停用")
    _save(qtbot, retire)
    assert retire.result() == 1
    box.refresh()
    assert box.table.rowCount() == 2
    page.grab().save(str(tmp_path / "catalogue.png"))

    picker = CausePicker(ctx)
    qtbot.addWidget(picker)
    picker._refresh("买卖合同")
    names = [c.name for c in picker.choices]
    assert LIVE_STREAM in names and "凭样品买卖合同纠纷" not in names


def test_a_clerk_does_not_get_the_section(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> None:
    page = _page(qtbot, ctx.as_actor("书记员甲", role="clerk"), paths, tmp_path)
    assert page.catalogue_box is None and page.findChild(CatalogueAmendmentsBox) is None
