"""案号 in the window: a clerk records the court's official number on 概况 (refusals stay in the dialog), and only an
administrator corrects it, with a reason that lands in the case's history."""

from __future__ import annotations

from typing import Any

from conftest import TODAY, person
from test_case_detail import _page

from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import OfficialNumberDialog


def _save(qtbot: Any, dialog: OfficialNumberDialog, number: str, reason: str = "") -> None:
    dialog.number_edit.setText(number)  # Chinese brackets: typed through the input method in real life
    if reason:
        dialog.reason_edit.setText(reason)
    dialog.save_button.click()


def test_clerk_records_the_number_and_the_administrator_corrects_it(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                    register: Any) -> None:
    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2))
    clerk = Workspace(ctx.db, "书记员甲", role="clerk", today=lambda: TODAY, paths=ctx.paths)
    _host, page = _page(qtbot, clerk, paths, case.id)
    qtbot.waitUntil(lambda: page.case is not None)
    page.ui.tabs.setCurrentWidget(page.summary_scroll)
    button = page.official_button
    assert button.isVisible() and button.text() == "登记正式案号…"
    button.click()
    dialog = page.official_dialog
    assert dialog.isVisible() and not dialog.correcting
    _save(qtbot, dialog, "（2026）吉0721民诉前调15号")  # another court's 代字
    assert dialog.isVisible() and "吉0721" in dialog.error_label.text()
    _save(qtbot, dialog, "（2026）吉0702民诉前调15号")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "（2026）吉0702民诉前调15号" in page.ui.number_value.text())
    assert "临时编号" in page.ui.number_value.text()
    assert not page.official_button.isVisible()  # a clerk does not correct a recorded number

    admin = Workspace(ctx.db, "管理员", role="admin", today=lambda: TODAY, paths=ctx.paths)
    _host2, page2 = _page(qtbot, admin, paths, case.id)
    qtbot.waitUntil(lambda: page2.case is not None)
    page2.ui.tabs.setCurrentWidget(page2.summary_scroll)
    assert page2.official_button.isVisible() and page2.official_button.text() == "更正案号…"
    page2.official_button.click()
    fix = page2.official_dialog
    assert fix.correcting and fix.reason_edit.isVisible()
    _save(qtbot, fix, "（2026）吉0702民诉前调51号")
    assert fix.isVisible() and "更正原因" in fix.error_label.text()
    _save(qtbot, fix, "（2026）吉0702民诉前调51号", reason="录入时数字颠倒")
    assert not fix.isVisible()
    qtbot.waitUntil(lambda: "（2026）吉0702民诉前调51号" in page2.ui.number_value.text())
    assert get_case(ctx, case.id).summary.official_number == "（2026）吉0702民诉前调51号"
    assert any("录入时数字颠倒" in str(entry) for entry in case_history(ctx, case.id))
