"""设置's 调解员名册, offscreen: a clerk exports the roster through the file dialog, imports it back edited (one
mediator changed, one added, none doubled), and a file with a bad row is refused with its row and column and
changes nothing; an administrator (who does not keep the roster) does not get the section."""

from __future__ import annotations

import csv
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton
from shiboken6 import isValid

from fuyuan_desktop.services.workflow import add_mediator, list_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.settings import SettingsPage
from fuyuan_desktop.ui.roster_box import RosterBox

FAILED: list[str] = []


def answer_file_dialog(qtbot: Any, target: Path, button: str) -> None:
    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and isValid(w)
                 and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, poll)
            return
        dialog = shown[0]
        try:
            edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(str(target))
            qtbot.mouseClick(next(b for b in dialog.findChildren(QPushButton) if b.text() == button),
                             Qt.MouseButton.LeftButton)
        except BaseException:
            FAILED.append(traceback.format_exc())
            dialog.reject()

    QTimer.singleShot(0, poll)


def _page(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(ctx, paths, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1200, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(box: RosterBox) -> list[str]:
    return [box.table.item(r, 0).text() for r in range(box.table.rowCount())]


def test_a_clerk_exports_and_imports_the_roster_from_settings(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                              tmp_path: Path) -> None:
    add_mediator(ctx, "王红", "人民调解员", phone="13900000001")
    clerk = ctx.as_actor("书记员乙", role="clerk")
    page = _page(qtbot, clerk, paths, tmp_path)
    box = page.roster_box
    assert isinstance(box, RosterBox) and _names(box) == ["王红"]

    out = tmp_path / "名册.csv"
    answer_file_dialog(qtbot, out, "保存(&S)")
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    assert not FAILED, FAILED
    assert "已导出 1 位调解员" in box.status_label.text()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["王红", "人民调解员", "", "", "13900000001", "", "", "是"]

    rows[1][1] = "特邀调解员"
    rows.append(["赵六", "人民调解员", "没有登记的委员会", "", "", "", "", "是"])
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    answer_file_dialog(qtbot, out, "打开(&O)")
    qtbot.mouseClick(box.import_button, Qt.MouseButton.LeftButton)
    assert not FAILED, FAILED
    assert "未导入" in box.status_label.text() and "第 3 行「调解组织」列" in box.status_label.text()
    assert [v.role for v in list_mediators(ctx)] == ["人民调解员"] and _names(box) == ["王红"]

    rows[2][2] = ""
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    with qtbot.waitSignal(page.data_changed, timeout=5000):
        assert box.import_file(out)
    assert "新增 1 位，修改 1 位" in box.status_label.text()
    assert sorted(_names(box)) == ["王红", "赵六"]
    assert {v.name: v.role for v in list_mediators(ctx)} == {"王红": "特邀调解员", "赵六": "人民调解员"}


def test_an_administrator_does_not_get_the_roster(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                  tmp_path: Path) -> None:
    page = _page(qtbot, ctx.as_actor("管理员甲", role="admin"), paths, tmp_path)
    assert page.roster_box is None
