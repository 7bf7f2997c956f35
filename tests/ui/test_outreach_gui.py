"""The 府院联动 page's 同堂培训 and 口头建议 tabs: real dialogs add the records, refusals stay in the dialog, the
tables are read again and exported."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from conftest import TODAY
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from fuyuan_desktop.services.linkage.outreach import joint_trainings, oral_recommendations
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.ui.pages.linkage import LedgerTab, LinkagePage
from fuyuan_desktop.ui.pages.linkage_forms import EntryDialog


def _tab(page: LinkagePage, kind: str) -> LedgerTab:
    tab = page.ledger_tabs[kind]
    page.tabs.setCurrentWidget(tab)
    return tab


def _dialog(tab: LedgerTab, action: str) -> Any:
    tab.action_buttons[action].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    return dialog


def test_joint_training_tab_adds_and_exports(qtbot: Any, ctx: Workspace, tmp_path: Path) -> None:
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "cotraining")
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "同堂培训"
    assert tab.table.model().rowCount() == 0
    dialog = _dialog(tab, "add")
    organisers = [dialog.fields["organiser"].itemText(i) for i in range(dialog.fields["organiser"].count())]
    assert organisers[0] == "本院" and "松原市宁江区人民法院开发区人民法庭" in organisers
    dialog.fields["place"].setText("审委会会议室")
    dialog.fields["topic"].setText("行政协议案件审理要点")
    dialog.fields["agencies"].setPlainText("宁江区司法局 12 2\n宁江区自然资源局")  # the second line has no count
    dialog.accept()
    assert dialog.isVisible() and "第 2 行" in dialog.error.text()
    assert joint_trainings(ctx) == []
    dialog.fields["agencies"].setPlainText("宁江区司法局 12 2\n宁江区自然资源局 8 1")
    dialog.fields["on"].setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-2))
    dialog.fields["organiser"].setCurrentText("松原市宁江区人民法院开发区人民法庭")
    dialog.fields["materials"].setPlainText("讲义\n案例汇编")
    dialog.accept()
    assert not dialog.isVisible()
    [row] = joint_trainings(ctx)
    assert (row.held_on, row.attendees, row.heads, row.organiser) == (
        TODAY - timedelta(days=2), 20, 3, "松原市宁江区人民法院开发区人民法庭")
    model = tab.table.model()
    assert model.rowCount() == 1  # the table read again
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert model.data(model.index(0, headings.index("参训人数"))) == "20"
    assert statistics(ctx).joint_training_heads == 3
    tab.export_to(tmp_path / "cotraining.xlsx")
    sheet = load_workbook(tmp_path / "cotraining.xlsx").active
    assert sheet is not None
    assert "行政协议案件审理要点" in {c.value for r in sheet.iter_rows() for c in r}


def test_oral_tab_adds_and_records_the_response(qtbot: Any, ctx: Workspace) -> None:
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "oral")
    tab.action_buttons["respond"].click()  # nothing selected: says so, opens nothing
    assert tab.dialog is None and "选中" in tab.note.text()
    dialog = _dialog(tab, "add")
    dialog.fields["agency"].setText("宁江区自然资源局")
    dialog.fields["occasion"].setCurrentText("走访")
    dialog.accept()  # no judge, no content: refused, nothing written
    assert dialog.isVisible() and "提出建议的法官" in dialog.error.text() and oral_recommendations(ctx) == []
    dialog.fields["judge"].setText("张法官")
    dialog.fields["content"].setPlainText("规范征收补偿告知程序")
    dialog.fields["case_number"].setText("（2026）吉0702行初404号")
    dialog.accept()
    assert not dialog.isVisible()
    assert "未关联案件" in tab.note.text()  # the service's warning, shown under the table
    assert tab.table.model().rowCount() == 1
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    dialog = _dialog(tab, "respond")
    dialog.fields["adoption"].setCurrentText("部分采纳")
    dialog.accept()  # no response text
    assert dialog.isVisible() and "单位反馈" in dialog.error.text()
    dialog.fields["response"].setPlainText("已修订告知书")
    dialog.accept()
    assert not dialog.isVisible()
    [row] = oral_recommendations(ctx)
    assert (row.occasion, row.adoption, row.response, row.responded_on) == ("走访", "部分采纳", "已修订告知书", TODAY)
    model = tab.table.model()
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert model.data(model.index(0, headings.index("采纳情况"))) == "部分采纳"
