"""Hub mode's 名录与日历 tab, offscreen: the intermediate court's staff import the 2027 holiday schedule, a 调解组织
list and a court list through the file dialog, see what each device's next receipt will carry, export the lists,
and a file with a bad row is refused with its row and column and changes nothing. The tab fits both screens."""

from __future__ import annotations

import csv
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.courts import show_court
from fuyuan_desktop.services.hub import hub_workspace
from fuyuan_desktop.services.organisations import list_organisations
from fuyuan_desktop.ui.fit import SCREENS, fits
from fuyuan_desktop.ui.pages.hub import HubPage
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts
from sync.sync_support import Laptop

FAILED: list[str] = []
SHOTS = os.environ.get("FUYUAN_SHOTS")


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


def answer_file_dialog(qtbot: QtBot, target: Path, button: str) -> None:
    """Type ``target`` into the next file dialog and press ``button`` (打开(&O) or 保存(&S))."""

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
            accept = next(b for b in dialog.findChildren(QPushButton) if b.text() == button)
            qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
        except BaseException:
            FAILED.append(traceback.format_exc())
            dialog.reject()

    QTimer.singleShot(0, poll)


def _cells(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


@pytest.mark.slow
def test_the_hub_keeps_the_calendar_organisations_and_courts_from_files(
        qtbot: QtBot, make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    laptop = make_laptop()
    page = HubPage(hub)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    lists = page.lists
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "名录与日历(&L)"
    assert _cells(lists.pending_table, 2) == ["（无）"]  # the laptop is up to date
    assert "推定" in _cells(lists.calendar_table, 1)[_cells(lists.calendar_table, 0).index("2027")]

    schedule = tmp_path / "2027.csv"
    schedule.write_text("日期,类型,名称\n2027-02-06,休,春节\n2027-02-07,休,春节\n2027-02-14,班,春节调休\n",
                        encoding="utf-8-sig")
    answer_file_dialog(qtbot, schedule, "打开(&O)")
    qtbot.mouseClick(lists.calendar_import, Qt.MouseButton.LeftButton)
    assert not FAILED, FAILED
    assert "已导入 2027 年" in lists.status_label.text()
    assert _cells(lists.calendar_table, 1)[_cells(lists.calendar_table, 0).index("2027")].startswith("官方")

    orgs = tmp_path / "orgs.csv"
    with orgs.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["名称", "类型", "地点", "特邀", "启用日期", "停用日期", "备注"],
                                      ["松原市雅达虹工业园区人民调解委员会", "人民调解委员会", "", "是", "", "", ""]])
    assert lists.import_orgs(orgs)
    assert "松原市雅达虹工业园区人民调解委员会" in _cells(lists.org_table, 0)

    courts = tmp_path / "courts.xlsx"
    answer_file_dialog(qtbot, courts, "保存(&S)")
    qtbot.mouseClick(lists.court_export, Qt.MouseButton.LeftButton)
    assert not FAILED, FAILED
    assert courts.exists() and "已导出 23 行" in lists.status_label.text()
    edited = tmp_path / "courts.csv"
    with edited.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([
            ["类别", "法院代字", "全称", "简称", "上级法院代字", "行政区划代码", "驻地", "地址", "电话"],
            ["基层法院", "吉0724", "松原市测试县人民法院", "测试县法院", "吉07", "220724", "", "", ""],
            ["法庭", "吉0724", "松原市测试县人民法院新城人民法庭", "新城", "", "", "新城镇", "", "电话" * 20]])
    assert not lists.import_courts(edited)
    assert "第 3 行「电话」列" in lists.status_label.text() and "吉0724" not in _cells(lists.court_table, 0)
    text = edited.read_text(encoding="utf-8-sig").replace("电话" * 20, "0438-7654321")
    edited.write_text(text, encoding="utf-8-sig")
    answer_file_dialog(qtbot, edited, "打开(&O)")
    qtbot.mouseClick(lists.court_import, Qt.MouseButton.LeftButton)
    assert not FAILED, FAILED
    assert "新增 2 行" in lists.status_label.text() and "吉0724" in _cells(lists.court_table, 0)
    assert show_court(hub_workspace(hub), "吉0724").tribunals[0].phone == "0438-7654321"
    # what the laptop's next receipt will carry
    waiting = _cells(lists.pending_table, 2)[0]
    assert all(word in waiting for word in ("节假日安排（年） 1", "调解组织 1", "法院 1", "法庭 1")), waiting
    assert "雅达虹" not in " ".join(o.name for o in list_organisations(laptop.ctx))

    # the tab scrolls vertically; neither it nor the page may force the window wider or taller than either screen
    QApplication.processEvents()
    for name, size in SCREENS.items():
        assert fits(QSize(lists.minimumSizeHint().width() + 200, 300), size), (name, lists.minimumSizeHint())
        assert fits(page.minimumSizeHint().expandedTo(page.minimumSize()) + QSize(200, 0), size), name
    if SHOTS:
        page.resize(1166, 680)
        page.grab().save(str(Path(SHOTS) / "hub_lists.png"))
