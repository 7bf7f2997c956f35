"""府院联动 and 统计 pages, and the 工作台 cluster warning with its 起草司法建议书, as real offscreen widgets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, person
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QTreeWidget, QTreeWidgetItem

from fuyuan_desktop.domain.linkage import percent
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.linkage.followup import recommendation_ledger
from fuyuan_desktop.services.linkage.programmes import TrainingInput, add_training
from fuyuan_desktop.services.linkage.stats import statistics
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Place
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.dashboard import CLUSTER, DashboardPage
from fuyuan_desktop.ui.pages.linkage import LedgerTab, LinkagePage
from fuyuan_desktop.ui.pages.stats import StatsPage

LAND = "土地承包经营权流转纠纷"


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def _land(ctx: Workspace, register: Callable[..., IntakeResult], n: int) -> None:
    with ctx.db.write(ctx.actor, "登记村屯") as session:
        session.add(Place(name="新立村", kind="village", township="伯都乡", county_code="220702"))
    for i in range(n):
        register(person(f"农户{i}", seq=100 + i), person(f"承包方{i}", "被申请人", seq=200 + i), category=LAND,
                 summary="土地流转费拖欠", place="宁江区伯都乡新立村", registered_on=TODAY - timedelta(days=10 + 25 * i))


def test_nine_cases_raise_no_warning_on_the_dashboard(qtbot: Any, ctx: Workspace,
                                                      register: Callable[..., IntakeResult]) -> None:
    _land(ctx, register, 9)
    page = DashboardPage(ctx)
    qtbot.waitUntil(lambda: not page.loading(), timeout=30000)  # the agenda is read on a worker
    qtbot.addWidget(page)
    assert [item.text(0) for item in _rows(page.ui.cluster_list)] == ["暂无"]
    assert "10 件" in page.ui.cluster_label.text()


@pytest.mark.slow
def test_the_cluster_warning_offers_a_recommendation(qtbot: Any, ctx: Workspace,
                                                     register: Callable[..., IntakeResult], tmp_path: Path) -> None:
    _land(ctx, register, 10)
    page = DashboardPage(ctx)
    qtbot.waitUntil(lambda: not page.loading(), timeout=30000)  # the agenda is read on a worker
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    [row] = _rows(page.ui.cluster_list)
    assert (row.text(0), row.text(1), row.text(2)) == (LAND, "伯都乡", "10")
    assert row.data(0, CLUSTER) == ("township", "land_transfer", "伯都乡")
    assert not page.ui.draft_button.isEnabled()
    page.ui.cluster_list.setCurrentItem(row)
    assert page.ui.draft_button.isEnabled()
    with qtbot.waitSignal(page.show_cluster) as shown:
        page.ui.cluster_list.itemActivated.emit(row, 0)
    assert shown.args == ["land_transfer", "伯都乡"]
    page.ui.draft_button.click()
    dialog = page.findChild(QInputDialog)
    assert dialog is not None and dialog.isVisible() and dialog.textValue() == "伯都乡人民政府"
    dialog.setTextValue("松原市宁江区伯都乡人民政府")
    dialog.accept()
    assert "已起草司法建议书草稿" in page.ui.draft_note.text() and page.ui.draft_note.isVisible()
    assert "法建〔" not in page.ui.draft_note.text()  # numbered at 签发, not now
    [rec] = recommendation_ledger(ctx)
    assert (rec.recipient, rec.origin) == ("松原市宁江区伯都乡人民政府", "类案")
    page.grab().save(str(tmp_path / "dashboard.png"))


def test_the_stats_page_shows_the_figures_and_charts(qtbot: Any, ctx: Workspace,
                                                     register: Callable[..., IntakeResult]) -> None:
    _land(ctx, register, 3)
    add_training(ctx, TrainingInput(TODAY - timedelta(days=5), "宁江区自然资源局", 104))
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.stats is not None, timeout=60000)
    expected = statistics(ctx)
    assert page.figure_labels["disputes"].text() == "3" == str(expected.disputes)
    assert page.figure_labels["training"].text() == "104"
    assert page.figure_labels["success"].text() == "—"  # nothing closed: a blank, not 0 %
    chart = page.chart_views["category"].chart()
    assert chart.series() and chart.series()[0].barSets()[0].at(0) == 3.0
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.period.setCurrentIndex(page.period.findData("last_year"))
    assert page.figure_labels["disputes"].text() == "0" and page.figure_labels["training"].text() == "0"
    with qtbot.waitSignal(page.computed, timeout=60000):
        page.period.setCurrentIndex(page.period.findData("all"))
    assert page.figure_labels["appearance"].text() == (percent(expected.appearance_rate) or "—")


def test_the_linkage_page_lists_warnings_and_exports_each_ledger(qtbot: Any, ctx: Workspace,
                                                                 register: Callable[..., IntakeResult],
                                                                 tmp_path: Path) -> None:
    _land(ctx, register, 10)
    add_training(ctx, TrainingInput(TODAY - timedelta(days=5), "宁江区自然资源局、宁江区司法局", 18))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    assert page.tabs.tabText(0) == "预警（1）"
    assert "伯都乡" in page.warning_list.topLevelItem(0).text(1)
    page.tabs.setCurrentIndex([page.tabs.widget(i) for i in range(page.tabs.count())].index(page.ledger_tabs["training"]))
    tab = page.ledger_tabs["training"]
    assert isinstance(tab, LedgerTab)
    model = tab.table.model()
    assert model.rowCount() == 1 and model.headerData(0, Qt.Orientation.Horizontal) == "日期"
    assert model.data(model.index(0, 6)) == "18"
    tab.export_to(tmp_path / "training.xlsx")
    sheet = load_workbook(tmp_path / "training.xlsx").active
    assert sheet is not None and sheet["G4"].value == 18
    assert "已导出 1 行" in tab.note.text()


@pytest.mark.parametrize("key", ["linkage", "stats"])
def test_the_rail_opens_the_real_pages(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path,
                                       key: str) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_page(key)
    page = window.page(key)
    assert isinstance(page, LinkagePage if key == "linkage" else StatsPage)
    if isinstance(page, StatsPage):
        qtbot.waitUntil(lambda: page.stats is not None, timeout=60000)
        assert len(page.findChildren(QChartView)) == 4


def _tab(page: LinkagePage, kind: str) -> LedgerTab:
    tab = page.ledger_tabs[kind]
    page.tabs.setCurrentWidget(tab)
    return tab


def test_entry_forms_record_appearance_reply_and_training(qtbot: Any, ctx: Workspace) -> None:
    from fuyuan_desktop.services.linkage.hearings import hearings, schedule_hearing
    from fuyuan_desktop.services.recommendations import draft_recommendation, issue_recommendation, mark_sent
    from fuyuan_desktop.ui.pages.linkage_forms import EntryDialog

    schedule_hearing(ctx, "（2026）吉0702行初7号", "宁江区自然资源局", TODAY - timedelta(days=3),
                     notice_served_on=TODAY - timedelta(days=10))
    page = LinkagePage(ctx)
    qtbot.addWidget(page)
    tab = _tab(page, "hearings")
    tab.action_buttons["appearance"].click()  # nothing selected: says so, opens nothing
    assert tab.dialog is None and "选中" in tab.note.text()
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.action_buttons["appearance"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    dialog.fields["kind"].setCurrentText("正职负责人")  # type: ignore[attr-defined]
    dialog.accept()  # no name: refused, the dialog stays open with the reason
    assert dialog.isVisible() and "姓名" in dialog.error.text()
    dialog.fields["name"].setText("陈局长")  # type: ignore[attr-defined]
    dialog.accept()
    assert not dialog.isVisible()
    assert hearings(ctx)[0].appearance == "正职负责人" and hearings(ctx)[0].appearer == "陈局长"
    assert tab.table.model().data(tab.table.model().index(0, 8)) == "正职负责人"  # the table read again

    case = intake_case(ctx)
    rec = draft_recommendation(ctx, case, "宁江区自然资源局", "问题", "建议")
    issue_recommendation(ctx, rec.id, TODAY - timedelta(days=21))
    mark_sent(ctx, rec.id, TODAY - timedelta(days=20))
    page.refresh()
    tab = _tab(page, "recommendations")
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.action_buttons["reply"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    dialog.fields["text"].setPlainText("已整改")  # type: ignore[attr-defined]
    dialog.fields["adoption"].setCurrentText("采纳")  # type: ignore[attr-defined]
    dialog.fields["excellent"].setChecked(True)  # type: ignore[attr-defined]
    dialog.accept()
    [row] = recommendation_ledger(ctx)
    assert (row.adoption, row.replied_in_time, row.excellent) == ("采纳", True, True)

    tab = _tab(page, "training")
    tab.action_buttons["add"].click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    dialog.fields["orgs"].setText("宁江区司法局、宁江区自然资源局")  # type: ignore[attr-defined]
    dialog.fields["attendees"].setValue(25)  # type: ignore[attr-defined]
    dialog.accept()
    assert tab.table.model().rowCount() == 1 and statistics(ctx).training_attendees == 25


def intake_case(ctx: Workspace) -> str:
    from conftest import intake_input

    from fuyuan_desktop.services.intake import intake_dispute

    return intake_dispute(ctx, intake_input()).number


def _fill(dialog: Any, **values: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox

    from fuyuan_desktop.ui.case_picker import CasePicker

    for key, value in values.items():
        widget = dialog.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QDateEdit):
            from PySide6.QtCore import QDate

            widget.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(widget, QLineEdit | CasePicker):
            widget.setText(value)
    dialog.accept()


def test_relief_meetings_hearings_and_triage_from_the_gui(qtbot: Any, ctx: Workspace,
                                                          register: Callable[..., IntakeResult]) -> None:
    from fuyuan_desktop.services.intake import PartyInput
    from fuyuan_desktop.services.linkage.admin import AdminCaseInput, admin_ledger, open_admin_case
    from fuyuan_desktop.services.linkage.community import open_items
    from fuyuan_desktop.services.linkage.hearings import hearings

    organ = PartyInput(role="被申请人", kind="agency", name="宁江区自然资源局", representative="陈局长",
                       representative_title="局长", address="吉林省松原市宁江区")
    case = register(person("张桂芝", seq=5), organ, category="行政争议（征收补偿）", summary="征收补偿",
                    act_name="房屋征收补偿决定", act_number="宁政征补〔2026〕12号", act_date=TODAY - timedelta(days=40),
                    registered_on=TODAY - timedelta(days=3))
    open_admin_case(ctx, case.number, AdminCaseInput())
    page = LinkagePage(ctx)
    qtbot.addWidget(page)

    tab = _tab(page, "admin")
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    assert "行政复议申请期限" in tab.note.text() and "照常计算" in tab.note.text()
    tab.action_buttons["triage"].click()
    _fill(tab.dialog, decision="受理调解：中心协调化解", reason="属行政补偿，双方同意")
    assert admin_ledger(ctx)[0].triage == "中心协调化解"

    tab = _tab(page, "hearings")
    tab.action_buttons["add"].click()
    _fill(tab.dialog, case_number="（2026）吉0702行初9号", agency="宁江区自然资源局", on=TODAY + timedelta(days=2),
          served=TODAY)
    assert [h.case_number for h in hearings(ctx)] == ["（2026）吉0702行初9号"]
    assert "不足 3 日" in tab.note.text()

    tab = _tab(page, "fund")
    tab.action_buttons["income"].click()
    _fill(tab.dialog, source="松原市慈善总会", amount="50000")
    tab = _tab(page, "relief")
    tab.action_buttons["apply"].click()
    _fill(tab.dialog, case_number="（2026）吉0702民初300号", applicant="王秀兰", requested="30000")
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.action_buttons["decide"].click()
    dialog = tab.dialog
    _fill(dialog, amount="999999")
    assert dialog is not None and dialog.isVisible() and "超过上限" in dialog.error.text()  # type: ignore[attr-defined]
    _fill(dialog, amount="20000")
    tab.table.setCurrentIndex(tab.table.model().index(0, 0))
    tab.action_buttons["pay"].click()
    _fill(tab.dialog, fund=True)
    assert statistics(ctx).relief_paid_fen == 2000000 and statistics(ctx).fund_out_fen == 2000000

    tab = _tab(page, "meetings")
    tab.action_buttons["add"].click()
    dialog = tab.dialog
    _fill(dialog, title="联席会议", items="整改|伯都乡人民政府|2026-12-31\n缺期限的一行")
    assert dialog is not None and dialog.isVisible() and "第 2 行" in dialog.error.text()  # type: ignore[attr-defined]
    _fill(dialog, items="整改|伯都乡人民政府|2026-11-25")
    assert [(i.text, i.owner) for i in open_items(ctx)] == [("整改", "伯都乡人民政府")]
    assert tab.table.model().rowCount() == 1
