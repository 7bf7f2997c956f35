"""The case page's 中止调解 / 恢复调解 buttons and the 转立案 flow with the 无争议事实, on real widgets and a real
store: the deadlines panel says 已中止 and the days, resuming moves the due date, and 转立案 prints the record."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from test_case_detail import _page

from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, close_case, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.qt_dates import qdate
from fuyuan_desktop.ui.suspension_dialogs import DocketDialog, ExtendDialog, ResumeDialog, SuspendDialog


@pytest.fixture
def mediating(ctx: Workspace, register: Any) -> IntakeResult:
    """Accepted 2026-11-10: due 12-10 (a Thursday); today is 2026-11-20."""
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="劳动争议",
                    summary="拖欠工资", registered_on=date(2026, 11, 9))
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=date(2026, 11, 10))
    start_mediation(ctx, case.id)
    return case


def _button(page: Any, name: str) -> QPushButton | None:
    QApplication.processEvents()
    shown = [b for b in page.ui.moves_group.findChildren(QPushButton, name) if not b.isHidden()]
    return shown[0] if shown else None  # buttons replaced by a refresh are hidden until deleted


def test_suspend_then_resume_from_the_next_step_buttons(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                        mediating: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    assert "2026-12-10" in page.ui.deadlines_label.text() and "还剩 20 天" in page.ui.deadlines_label.text()
    assert _button(page, "move_resume") is None
    suspend = _button(page, "move_suspend")
    assert suspend is not None
    qtbot.mouseClick(suspend, Qt.MouseButton.LeftButton)
    dialog = page.findChild(SuspendDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason_combo.findText("等待鉴定（评估）结果") >= 0  # offered from the reference data
    dialog.save()  # no reason: refused in the dialog, nothing written
    assert dialog.isVisible() and "中止原因" in dialog.error_label.text()
    dialog.reason_combo.setEditText("等待鉴定（评估）结果")
    dialog.date_edit.setDate(qdate(date(2026, 11, 12)))
    dialog.save()
    assert not dialog.isVisible()
    text = page.ui.deadlines_label.text()
    assert "已中止 8 天" in text and "自 2026-11-12 起，等待鉴定（评估）结果" in text and "还剩" not in text
    assert _button(page, "move_suspend") is None

    resume = _button(page, "move_resume")
    assert resume is not None
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    dialog2 = page.findChild(ResumeDialog)
    assert dialog2 is not None and dialog2.isVisible()
    assert "顺延 8 日" in dialog2.days_label.text()
    dialog2.save()
    # 8 days stood still: 11-10 + 38 = 12-18, a Friday.
    text = page.ui.deadlines_label.text()
    assert "2026-12-18" in text and "因中止已顺延 8 日" in text and "还剩 28 天" in text
    assert get_case(ctx, mediating.id).summary.due_on == date(2026, 12, 18)
    assert _button(page, "move_suspend") is not None


def test_docketing_asks_for_the_facts_and_prints_the_record(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                            mediating: IntakeResult, tmp_path: Path) -> None:
    close_case(ctx, mediating.id, "调解不成")
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    assert _button(page, "move_suspend") is None  # the period no longer runs
    out = tmp_path / "handoff.pdf"
    page.ask_save_path = lambda _s: str(out)  # type: ignore[method-assign]
    docket = _button(page, "move_docketed")
    assert docket is not None
    qtbot.mouseClick(docket, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DocketDialog)
    assert dialog is not None and dialog.isVisible() and dialog.print_box.isChecked()
    dialog.save()
    assert dialog.isVisible() and "无争议的事实" in dialog.error_label.text()
    assert get_case(ctx, mediating.id).summary.status_code == "terminated"
    dialog.facts_edit.setPlainText("申请人于2025年3月起在被申请人处工作。\n被申请人尚欠申请人2025年10月工资。")
    with qtbot.waitSignal(page.document_printed, timeout=60000) as printed:
        dialog.save()
    assert printed.args[0].kind == "handoff"
    assert page.ui.status_badge.text() == "已转立案"
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "一、申请人于2025年3月起在被申请人处工作。" in text and "二、被申请人尚欠申请人2025年10月工资。" in text
    assert "张桂芝" in text and "刘长海" in text


def test_extend_with_every_partys_consent_from_the_next_step_buttons(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                     mediating: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    extend = _button(page, "move_extend")
    assert extend is not None
    qtbot.mouseClick(extend, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ExtendDialog)
    assert dialog is not None and dialog.isVisible()
    assert [c.text() for _id, c in dialog.consent_boxes] == ["申请人　张桂芝", "被申请人　刘长海"]
    dialog.days_spin.setValue(10)
    # 11-10 + 40 = 12-20, a Sunday: rolled to Monday 12-21.
    assert dialog.due_label.text() == "2026-12-21"
    dialog.consent_boxes[0][1].setChecked(True)
    dialog.save()  # one party's consent is not enough: refused in the dialog, nothing written
    assert dialog.isVisible() and "尚有 1 方未记录同意" in dialog.error_label.text()
    assert get_case(ctx, mediating.id).summary.due_on == date(2026, 12, 10)
    dialog.consent_boxes[1][1].setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    text = page.ui.deadlines_label.text()
    assert "2026-12-21" in text and "经各方同意已延长 10 日" in text and "还剩 31 天" in text
    assert get_case(ctx, mediating.id).summary.due_on == date(2026, 12, 21)


def test_extend_is_offered_only_while_the_period_runs(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                     mediating: IntakeResult) -> None:
    close_case(ctx, mediating.id, "调解不成")
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    assert _button(page, "move_extend") is None
