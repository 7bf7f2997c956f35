"""The 无讼村屯 tab of the 府院联动 page: yearly figures entered, 达标 judged against the criteria (按标准) shown next
to the 人工认定 and its reason, the override refused without a reason — real widgets on a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from conftest import person
from test_linkage_pages import _fill, _tab

from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.community import add_village, village_sheet
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.linkage import LinkagePage
from fuyuan_desktop.ui.pages.linkage_forms import EntryDialog


def _column(tab: Any, heading: str) -> int:
    return [c.heading for c in tab.ledger.columns].index(heading)


def _cell(tab: Any, heading: str) -> str:
    model = tab.table.model()
    return str(model.data(model.index(0, _column(tab, heading))) or "")


@pytest.mark.slow
def test_yearly_figures_judgement_and_override_from_the_village_tab(qtbot: Any, ctx: Workspace,
                                                                    register: Callable[..., IntakeResult]) -> None:
    add_mediator(ctx, "王调解", "人民调解员")
    add_village(ctx, "永青村", population=900, cycle_start=2025)
    case = register(person("村民甲", seq=1), person("对方甲", "被申请人", seq=2), place="宁江区伯都乡永青村",
                    registered_on=date(2026, 3, 1))
    assign_mediators(ctx, case.number, ["王调解"], accepted_on=date(2026, 3, 2))
    start_mediation(ctx, case.number)
    close_case(ctx, case.number, "调解不成", closed_on=date(2026, 3, 20))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "villages")
    tab.refresh()
    assert _cell(tab, "按标准") == "无法判定" and _cell(tab, "未达标项") == "未登记年度数据"
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))

    tab.action_buttons["year"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    _fill(dialog, year=2026, lawsuits=0)
    assert not dialog.isVisible()
    assert _cell(tab, "按标准") == "未达标" and _cell(tab, "未达标项") == "调解成功率 0.00%，低于 90%"

    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.action_buttons["override"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    _fill(dialog, year=2026, decision="达标")  # no reason: refused in the dialog
    assert dialog.isVisible() and "人工认定理由" in dialog.error.text()
    _fill(dialog, reason="纠纷系外村人员引起，经中院验收认定达标")
    assert not dialog.isVisible()
    assert _cell(tab, "按标准") == "未达标" and _cell(tab, "人工认定") == "人工认定：达标"
    assert _cell(tab, "认定理由") == "纠纷系外村人员引起，经中院验收认定达标"
    assert village_sheet(ctx, 2026)[0].achieved
