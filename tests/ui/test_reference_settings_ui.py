"""The 设置 page's 参考数据 section: an administrator changes the 类案预警阈值 with the keyboard, a bad value is
refused in place with nothing saved, a bad spreadsheet changes nothing; clerks do not get the section."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt

from fuyuan_desktop.services.linkage.common import linkage_rules
from fuyuan_desktop.services.reference import export_settings, list_settings
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.settings import SettingsPage
from fuyuan_desktop.ui.reference_settings import ReferenceSettingsBox

THRESHOLD = "linkage.cluster.min_cases"


def _page(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(ctx, paths, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.resize(1200, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_an_administrator_changes_the_threshold_and_a_bad_value_is_refused_in_place(
        qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> None:
    admin = ctx.as_actor("管理员甲", role="admin")
    page = _page(qtbot, admin, paths, tmp_path)
    box = page.reference_box
    assert isinstance(box, ReferenceSettingsBox)
    assert box.table.rowCount() == len(list_settings(ctx))
    box.select_key(THRESHOLD)
    assert box.value_edit.text() == "10" and box.inferred_check.isChecked()
    assert box.table.item(box.table.currentRow(), 2).text() == "推定"

    box.value_edit.clear()
    qtbot.keyClicks(box.value_edit, "1")
    qtbot.keyClick(box.value_edit, Qt.Key.Key_Return)
    assert box.error_label.isVisible() and "超出允许范围 2–1000件" in box.error_label.text()
    assert linkage_rules(ctx).cluster_min_cases == 10  # nothing saved

    with qtbot.waitSignal(box.changed, timeout=2000), qtbot.waitSignal(page.data_changed, timeout=2000):
        box.value_edit.clear()
        qtbot.keyClicks(box.value_edit, "8")
        box.inferred_check.setChecked(False)
        box.note_edit.setText("松中院通知")  # (QTest cannot type CJK characters: set, as an input method would)
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.error_label.isVisible()
    assert "类案预警阈值 10 → 8" in box.status_label.text()
    assert linkage_rules(ctx).cluster_min_cases == 8
    row = box.table.currentRow()
    assert box.current_key() == THRESHOLD and box.table.item(row, 1).text() == "8 件"
    assert box.table.item(row, 2).text() == "" and "管理员设置（第 1 版）" in box.table.item(row, 4).text()
    page.grab().save(str(tmp_path / "settings.png"))

    qtbot.mouseClick(box.default_button, Qt.MouseButton.LeftButton)
    assert linkage_rules(ctx).cluster_min_cases == 10 and box.value_edit.text() == "10"


def test_a_spreadsheet_with_a_bad_row_is_refused_whole(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                        tmp_path: Path) -> None:
    page = _page(qtbot, ctx.as_actor("管理员甲", role="admin"), paths, tmp_path)
    box = page.reference_box
    assert isinstance(box, ReferenceSettingsBox)
    sheet = tmp_path / "参考数据.csv"
    export_settings(ctx, sheet)
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][2], rows[2][2] = "9", "很久"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert not box.import_file(sheet)
    assert "第 3 行「值」列" in box.error_label.text() and box.error_label.isVisible()
    assert linkage_rules(ctx).cluster_min_cases == 10
    rows[2][2] = "300"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    assert box.import_file(sheet)
    assert (linkage_rules(ctx).cluster_min_cases, linkage_rules(ctx).cluster_window_days) == (9, 300)
    assert "修改 2 项" in box.status_label.text()


def test_a_clerk_does_not_get_the_section(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path) -> None:
    page = _page(qtbot, ctx.as_actor("书记员甲", role="clerk"), paths, tmp_path)
    assert page.reference_box is None and page.findChild(ReferenceSettingsBox) is None
