"""履行与回访 from the 协议 tab (issue 17): an agreement with two instalments shows two 履行 items and two 回访; a clerk
completes each in the dialog (a partial payment with its amount, an error kept beside the form with what was typed),
and the 自动履行率 shown follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage
from fuyuan_desktop.ui.pages.stats import StatsPage

SHOTS = Path("/tmp/i17")


def test_two_instalments_are_followed_and_completed_in_the_dialog(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    add_mediator(ctx, "王调解", "特邀调解员", organization="宁江区人民调解委员会")
    case = register(registered_on=date(2026, 9, 1))
    assign_mediators(ctx, case.number, ["王调解"], accepted_on=date(2026, 9, 2))
    start_mediation(ctx, case.number)
    draft = draft_agreement(ctx, case.number, AgreementInput(
        kind="invited", facts="水管破裂致房屋受损",
        clauses=[ClauseInput("李四", "第一期赔偿维修费", "银行转账", date(2026, 10, 31), "2000"),
                 ClauseInput("李四", "第二期赔偿维修费", "银行转账", date(2026, 12, 31), "1000")]))
    finalize_agreement(ctx, draft.id)

    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    page.ui.tabs.setCurrentWidget(page.ui.agreement_tab)
    assert page.performance_button.isVisibleTo(page)
    dialog = page.performance()
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 4).text() for r in range(2)] == ["逾期未回访", "待履行"]
    assert "自动履行率 0.00%" in dialog.rate_label.text()
    assert dialog.selected() is dialog.items[0]  # the first open 回访 is selected

    dialog.performance_combo.setCurrentText("部分履行")
    dialog.paid_edit.setText("2500")
    dialog.result_edit.setText("申请人确认收到部分款项")
    assert not dialog.complete_selected()
    assert "超过本条应履行" in dialog.error_label.text() and dialog.result_edit.text() == "申请人确认收到部分款项"
    dialog.paid_edit.setText("1500")
    assert dialog.complete_selected()
    assert [dialog.table.item(0, c).text() for c in (4, 5, 7)] == ["部分履行", "1,500.00", "已完成"]
    assert dialog.selected() is dialog.items[1]  # moves on to the next open 回访

    dialog.performance_combo.setCurrentText("全部履行")
    dialog.result_edit.setText("已提前付清第二期")
    assert dialog.complete_selected()
    assert [dialog.table.item(1, c).text() for c in (4, 5, 7)] == ["全部履行", "1,000.00", "已完成"]
    assert "自动履行率 50.00%" in dialog.rate_label.text()
    assert not dialog.complete_button.isEnabled()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "performance.png"))

    # The 统计 page (all periods by default) shows the same rate.
    stats = StatsPage(ctx)
    qtbot.addWidget(stats)
    qtbot.waitUntil(lambda: stats.stats is not None, timeout=60000)
    assert stats.figure_labels["performance"].text() == "50.00%"
    if SHOTS.is_dir():
        stats.resize(1366 - 200, 768 - 80)
        stats.grab().save(str(SHOTS / "stats.png"))
