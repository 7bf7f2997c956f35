"""案由 on the 统计 page (table with a level selector) and on the 案件 page (filter by a 案由 and its children)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.cases import CasesPage
from fuyuan_desktop.ui.pages.stats import StatsPage

CAUSES = ["买卖合同纠纷", "分期付款买卖合同纠纷", "民间借贷纠纷", "追索劳动报酬纠纷"]


def _register(register: Callable[..., IntakeResult]) -> dict[str, IntakeResult]:
    return {cause: register(person(f"申请人{seq}", seq=30 + seq), person(f"被申请人{seq}", "被申请人", seq=40 + seq),
                            category=cause) for seq, cause in enumerate(CAUSES)}


def _table(page: StatsPage) -> dict[str, str]:
    table = page.cause_table
    return {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}


def test_the_stats_page_counts_by_cause_at_the_chosen_level(qtbot: Any, ctx: Workspace,
                                                            register: Callable[..., IntakeResult],
                                                            tmp_path: Path) -> None:
    _register(register)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=60000)
    assert page.cause_level.currentData() == 3
    assert _table(page) == {"买卖合同纠纷": "2", "借款合同纠纷": "1", "劳动合同纠纷": "1"}
    assert page.cause_table.item(0, 1).text() == "民事 4.10.84"
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.cause_level.setCurrentIndex(page.cause_level.findData(1))
    assert _table(page) == {"合同、准合同纠纷": "3", "劳动争议、人事争议": "1"}
    assert "一级案由" in page.cause_title.text()
    chart = page.chart_views["category"].chart()  # the first chart follows the level: 合同、准合同纠纷 on top
    assert chart.title() == "一级案由（前 10 位）" and chart.series()[0].barSets()[0].at(1) == 3.0
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.cause_level.setCurrentIndex(page.cause_level.findData(4))
    assert _table(page) == {"买卖合同纠纷（三级）": "1", "分期付款买卖合同纠纷": "1", "民间借贷纠纷": "1",
                            "追索劳动报酬纠纷": "1"}
    if os.environ.get("FUYUAN_SHOTS"):
        page.resize(1366, 768)
        page.show()
        page.grab().save(str(Path(os.environ["FUYUAN_SHOTS"]) / "stats_top.png"))
        page.findChild(QScrollArea).verticalScrollBar().setValue(10000)
        page.grab().save(str(Path(os.environ["FUYUAN_SHOTS"]) / "stats_causes.png"))


def test_the_cases_page_filters_by_a_cause_and_its_children(qtbot: Any, ctx: Workspace,
                                                             register: Callable[..., IntakeResult]) -> None:
    cases = _register(register)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading(), timeout=60000)
    assert page.model.total() == 4
    picker = page.cause_filter
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "mmht")  # 买卖合同纠纷 by its pinyin initials, then Enter takes the first match
    assert picker.list.isVisible()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.chosen is not None and picker.chosen.name == "买卖合同纠纷"
    assert not picker.path_label.isVisible()  # the filter bar stays one line high
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 2, timeout=60000)
    shown = {page.model.case_id(r) for r in range(page.model.rowCount())}
    assert shown == {cases["买卖合同纠纷"].id, cases["分期付款买卖合同纠纷"].id}
    if os.environ.get("FUYUAN_SHOTS"):
        page.grab().save(str(Path(os.environ["FUYUAN_SHOTS"]) / "cases_cause_filter.png"))
    picker.choose_text("合同纠纷")
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 3, timeout=60000)
    picker.choose(None)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 4, timeout=60000)
