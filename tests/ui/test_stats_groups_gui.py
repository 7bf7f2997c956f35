"""The 统计 page's 分组统计 table (issue 17 item 5): by mediator, 调解组织 or 调解方式, real widgets on the fixture
of tests/group_fixture.py (counted by hand in tests/reports/test_stats_by_group.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from group_fixture import build_fixture
from PySide6.QtWidgets import QScrollArea
from test_screen_fit import assert_fits, minimum

from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.stats import StatsPage


def _rows(page: StatsPage) -> list[list[str]]:
    table = page.group_table
    return [[table.item(r, c).text() for c in range(table.columnCount()) if not table.isColumnHidden(c)]
            for r in range(table.rowCount())]


def _header(page: StatsPage) -> list[str]:
    table = page.group_table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount()) if not table.isColumnHidden(c)]


def test_the_stats_page_groups_by_mediator_organisation_and_method(qtbot: Any, ctx: Workspace, register,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    build_fixture(ctx, register)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    qtbot.waitUntil(lambda: page.grouped is not None, timeout=60000)
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.period.setCurrentIndex(page.period.findData("year"))  # 2026: C6 (08-01) counts as well
    assert page.grouping.currentText() == "按调解员"
    assert _header(page) == ["调解员", "角色", "受理", "已结", "调解成功", "调解不成", "成功率", "平均用时（日）"]
    assert _rows(page) == [
        ["王秀兰", "人民调解员", "3", "3", "1", "2", "33.33%", "10.0"],
        ["李明", "律师调解员", "2", "2", "2", "0", "100.00%", "15.0"],
        ["赵刚", "人民调解员", "2", "2", "1", "1", "50.00%", "10.0"],  # C7 failed, C6 in 10 days
        ["孙丽", "特邀调解员", "1", "0", "0", "0", "—", "—"],
        ["周法官", "法官", "0", "0", "0", "0", "—", "—"],
        ["（未指派调解员）", "", "1", "1", "0", "0", "0.00%", "—"],
        ["合计", "", "7", "6", "3", "2", "50.00%", "13.3"],  # (10 + 20 + 10) / 3
    ]
    assert page.figure_labels["disputes"].text() == "7"  # the headline counts each case once, as 合计 does
    assert "每名调解员各计一次" in page.group_note.text()

    with qtbot.waitSignal(page.computed, timeout=60000):
        page.grouping.setCurrentIndex(page.grouping.findData("method"))
    assert _header(page)[0] == "调解方式" and len(_header(page)) == 7  # no 角色 column
    assert _rows(page) == [
        ["人民调解", "4", "4", "2", "2", "50.00%", "10.0"],
        ["行政调解", "0", "0", "0", "0", "—", "—"],
        ["律师调解", "1", "1", "1", "0", "100.00%", "20.0"],
        ["特邀调解", "2", "1", "0", "0", "0.00%", "—"],
        ["法官主持调解", "0", "0", "0", "0", "—", "—"],
        ["合计", "7", "6", "3", "2", "50.00%", "13.3"],
    ]
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.grouping.setCurrentIndex(page.grouping.findData("organisation"))
    assert [r[:3] for r in _rows(page)] == [
        ["松原市宁江区民主街道人民调解委员会", "人民调解委员会", "4"], ["吉林松原某某律师调解工作室", "律师调解工作室", "2"],
        ["（调解组织未登记）", "", "1"], ["（未指派调解员）", "", "1"], ["合计", "", "7"]]

    with qtbot.waitSignal(page.computed, timeout=60000):
        page.period.setCurrentIndex(page.period.findData("last_year"))  # 2025: nothing registered
    assert _rows(page) == [
        ["吉林松原某某律师调解工作室", "律师调解工作室", "0", "0", "0", "0", "—", "—"],
        ["松原市宁江区民主街道人民调解委员会", "人民调解委员会", "0", "0", "0", "0", "—", "—"],
        ["（调解组织未登记）", "", "0", "0", "0", "0", "—", "—"],
        ["（未指派调解员）", "", "0", "0", "0", "0", "—", "—"],
        ["合计", "", "0", "0", "0", "0", "—", "—"],
    ]
    assert_fits("stats page with the 分组统计 table", minimum(page))
    page.findChild(QScrollArea).ensureWidgetVisible(page.group_table)
    shots = os.environ.get("FUYUAN_SHOTS")
    page.grab().save(str(Path(shots) / "stats_groups.png" if shots else tmp_path / "stats_groups.png"))
