"""The 工作台's 类案预警 names the cluster's 案由; opening it lists the cluster's cases by that 案由 and township."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from conftest import TODAY, person
from PySide6.QtCore import QSettings, Qt

from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.main_window import MainWindow
from fuyuan_desktop.ui.pages.cases import CasesPage
from fuyuan_desktop.ui.pages.dashboard import DashboardPage


def test_a_cause_cluster_opens_the_case_list_filtered_by_its_cause(
        qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path, register: Callable[..., IntakeResult]) -> None:
    for i in range(10):
        register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i),
                 cause="土地经营权出租合同纠纷" if i % 2 else "土地承包经营权转让合同纠纷", summary="流转费",
                 place="伯都乡", registered_on=TODAY - timedelta(days=20 + i))
    register(person("买方", seq=300), person("卖方", "被申请人", seq=301), cause="买卖合同纠纷", summary="货款",
             place="伯都乡", registered_on=TODAY - timedelta(days=5))  # same township, another 案由: not listed
    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_page("dashboard")
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    tree = dashboard.ui.cluster_list
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0 and tree.topLevelItem(0).text(2) == "10", timeout=30000)
    item = tree.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("土地承包经营权合同纠纷", "伯都乡")
    assert "伯都乡近12个月发生土地承包经营权合同纠纷10件" in item.toolTip(1)

    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    cases = window.page("cases")
    assert isinstance(cases, CasesPage)
    chosen = cases.cause_filter.chosen
    assert chosen is not None and chosen.ref == "civil_2020:4.10.135"
    assert cases.ui.place_filter.text() == "伯都乡" and cases.ui.category_filter.currentData() is None
    qtbot.waitUntil(lambda: cases.model.rowCount() == 10, timeout=30000)
