"""The automatic status moves are shown where the work is done: the recorder's status line after the first 笔录,
the composer's after finalizing; and the case's 日志 tab names the system as the actor."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from conftest import person
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QMessageBox
from test_mediation_flow import on_next_dialog, type_text

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui import case_detail
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
from fuyuan_desktop.ui.recorder import RecorderWindow


@pytest.fixture
def assigned(ctx: Workspace, register: Any) -> str:
    add_mediator(ctx, "王调解", "特邀调解员")
    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2), registered_on=date(2026, 11, 2))
    assign_mediators(ctx, case.id, ["王调解"], accepted_on=date(2026, 11, 3))
    return case.id


def test_the_recorder_says_the_case_moved_to_mediating(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                      assigned: str) -> None:
    session_id = schedule_session(ctx, assigned, datetime(2026, 11, 20, 9, 0, tzinfo=COURT_TZ))
    window = RecorderWindow(ctx, paths, assigned, session_id)
    qtbot.addWidget(window)
    window.show()
    type_text(window.ui.record_edit, "申请人张三：楼上漏水。")
    assert window.save_now()
    assert "已自动由「已指派调解员」转为「调解中」" in window.ui.save_status.text()
    assert get_case(ctx, assigned).summary.status == "调解中"
    history = case_detail.HistoryModel()
    history.set_rows(case_history(ctx, assigned))
    actors = {history.data(history.index(r, 2), 0) for r in range(history.rowCount(QModelIndex()))}
    assert "系统（随测试书记员的操作自动）" in actors


def test_the_composer_says_the_case_reached_agreed(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                   assigned: str) -> None:
    draft_agreement(ctx, assigned, AgreementInput(
        kind="诉前调解协议书（特邀/委派）", facts="被申请人家中水管破裂，致申请人房屋受损。",
        clauses=[ClauseInput(obligor="李四", text="赔偿张三维修费", performance_method="银行转账",
                             deadline=date(2026, 12, 30), amount="3000")],
        breach_terms="逾期未履行的，按日加付万分之五违约金。"))
    composer = AgreementComposer(ctx, paths, assigned)
    qtbot.addWidget(composer)
    composer.show()
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert composer.finalize()
    assert "转为「已达成协议」" in composer.ui.composer_status.text()
    case = get_case(ctx, assigned)
    assert (case.summary.status, case.outcome) == ("已达成协议", "达成调解协议")


def test_the_composer_check_does_not_pass_a_snippet_left_blank(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                               register: Any) -> None:
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="土地承包经营权流转纠纷")
    composer = AgreementComposer(ctx, paths, case.id)
    qtbot.addWidget(composer)
    composer.show()
    ui = composer.ui
    type_text(ui.facts_edit, "被申请人未支付流转费。")
    ui.snippet_combo.setCurrentIndex(ui.snippet_combo.findData("land_transfer_fee"))
    ui.insert_snippet_button.click()
    problems = composer.validate()
    items = [ui.problems_list.item(i).text() for i in range(ui.problems_list.count())]
    assert "⚠ 第1条协议内容有未填写的空白「____」，请据实填写" in items
    assert "⚠ 第1条写明支付款项，但没有填写金额" in items
    assert "✓ 内容完整，可以定稿" not in items and problems
    ui.clause_text_edit.setPlainText("向张桂芝支付2025年度土地承包经营权流转费")
    type_text(ui.amount_edit, "8000")
    assert composer.validate() == []
    assert ui.problems_list.item(0).text() == "✓ 内容完整，可以定稿"
