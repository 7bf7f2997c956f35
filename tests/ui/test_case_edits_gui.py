"""The dead ends of issue 14 opened in the window: mediators ticked in intake and changed on the case page (only
mediators offered, a filter over a long roster, a newcomer added to the roster on the spot), a sitting moved or
cancelled, the case's place corrected — each through the services, audited, with errors kept in the dialog."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import make_id_number, person
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_case_detail import _page
from test_intake_wizard import fill_dispute, fill_person, open_wizard

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.audit import case_history
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import save_record, schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, mediators_of, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import PlaceDialog, ScheduleDialog
from fuyuan_desktop.ui.mediator_picker import AddMediatorDialog, MediatorsDialog
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗"


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


def _shot(widget: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def _roster(ctx: Workspace) -> None:
    """Court staff first by name (丁 sorts before every mediator), then 52 mediators."""
    add_mediator(ctx, "丁书记", "书记员")
    add_mediator(ctx, "丁法官", "法官")
    for i, surname in enumerate(SURNAMES[:52]):
        add_mediator(ctx, f"{surname}调解{i:02d}", ("人民调解员", "特邀调解员", "律师调解员")[i % 3],
                     organization=f"第{i % 5 + 1}人民调解委员会")
    add_mediator(ctx, "周秀兰", "特邀调解员", organization="宁江区诉调对接中心")


def _shown(dialog_list: Any) -> list[str]:
    return [dialog_list.item(r).text() for r in range(dialog_list.count()) if not dialog_list.item(r).isHidden()]


def test_intake_offers_only_mediators_and_filters_a_long_roster(qtbot: Any, ctx: Workspace) -> None:
    _roster(ctx)
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    fill_person(kb, "张三", make_id_number(1), "13812345678", "吉林省松原市宁江区民主街1号")
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    fill_person(kb, "李四", make_id_number(2), "0438-6123456", "吉林省松原市宁江区民主街3号")
    kb.enter()
    assert wizard.currentId() == 2
    page = wizard.mediators_page
    roster = page.ui.mediator_list
    assert roster.count() == 53 and not any("书记" in t or "法官" in t for t in _shown(roster))
    assert kb.focused() is page.filter_edit
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Space)  # Space on the first row ticks a mediator, never a clerk
    first = page.order[0]
    assert "调解" in page.names[first] or page.names[first] == "周秀兰"
    page.filter_edit.setFocus()
    kb.type("zxl")  # 周秀兰 by initials
    assert _shown(roster) == ["周秀兰（特邀调解员·宁江区诉调对接中心）"]
    _shot(wizard, "intake_mediators_filtered")
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Space)
    assert [page.names[m] for m in page.order] == [page.names[first], "周秀兰"]
    page.filter_edit.clear()
    assert len(_shown(roster)) == 53 and page.order[0] == first  # ticks survive the filter


def test_intake_with_only_court_staff_adds_a_mediator_on_the_spot(qtbot: Any, ctx: Workspace) -> None:
    add_mediator(ctx, "丁书记", "书记员")  # what the first-run dialog puts on the roster
    wizard, kb = open_wizard(qtbot, ctx)
    fill_dispute(kb, wizard)
    kb.enter()
    wizard.next()
    page = wizard.mediators_page
    assert page.ui.mediator_list.count() == 0 and "还没有调解员" in page.ui.roster_note.text()
    dialog = page.add_to_roster()
    assert isinstance(dialog, AddMediatorDialog)
    dialog.name_edit.setText("")
    dialog.save()
    assert dialog.isVisible() and "姓名" in dialog.error_label.text()  # said in the dialog, nothing saved
    dialog.name_edit.setText("孙玉梅")
    dialog.organization_edit.setText("前郭县人民调解委员会")
    dialog.save()
    assert [page.names[m] for m in page.order] == ["孙玉梅"]  # added and ticked
    assert page.ui.mediator_list.isEnabled() and "主持调解：孙玉梅" in page.ui.roster_note.text()


@pytest.fixture
def assigned(ctx: Workspace, register: Any) -> IntakeResult:
    _roster(ctx)
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), place="伯都乡新立村")
    assign_mediators(ctx, case.id, ["周秀兰"], accepted_on=ctx.today())
    start_mediation(ctx, case.id)
    return case


def test_the_case_page_replaces_adds_and_refuses_to_leave_none(
        qtbot: Any, ctx: Workspace, paths: DataPaths, assigned: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, assigned.id)
    assert page.ui.mediators_button.isEnabled() and "周秀兰" in page.ui.mediators_value.text()
    qtbot.mouseClick(page.ui.mediators_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MediatorsDialog)
    assert dialog is not None and dialog.isVisible()
    assert not any("书记" in t or "法官" in t for t in _shown(dialog.list))
    by_name = {name: mid for mid, name in dialog.roster.names.items()}
    dialog.roster.tick(by_name["周秀兰"], False)  # none left: refused in the dialog, nothing written
    dialog.save()
    assert dialog.isVisible() and "至少要保留一名" in dialog.error_label.text()
    assert [m.name for m in mediators_of(ctx, assigned.id)] == ["周秀兰"]
    qtbot.keyClicks(dialog.filter_edit, "zhao")  # by pinyin
    assert _shown(dialog.list) == ["赵调解00（人民调解员·第1人民调解委员会）"]
    dialog.filter_edit.clear()
    dialog.filter_edit.setText("律师")  # by category (Chinese arrives from an input method, not key clicks)
    assert len(_shown(dialog.list)) == 17 and all("律师调解员" in t for t in _shown(dialog.list))
    dialog.roster.tick(by_name["赵调解00"])
    dialog.roster.tick(by_name["钱调解01"])
    _shot(dialog, "case_mediators_dialog")
    dialog.save()
    assert not dialog.isVisible()
    assert [m.name for m in mediators_of(ctx, assigned.id)] == ["赵调解00", "钱调解01"]
    assert page.ui.mediators_value.text().startswith("赵调解00")  # the page read the case again
    assert "更换调解员" in [e.action for e in case_history(ctx, assigned.id)]


def test_a_sitting_is_moved_and_cancelled_and_the_place_corrected_from_the_page(
        qtbot: Any, ctx: Workspace, paths: DataPaths, assigned: IntakeResult) -> None:
    held = schedule_session(ctx, assigned.id, datetime(2026, 11, 20, 9, tzinfo=COURT_TZ))
    save_record(ctx, held, "调解员：今天调解。")
    coming = schedule_session(ctx, assigned.id, datetime(2026, 11, 23, 9, tzinfo=COURT_TZ))
    _host, page = _page(qtbot, ctx, paths, assigned.id)
    page.ui.tabs.setCurrentWidget(page.ui.sessions_tab)
    page.ui.sessions_table.selectRow(0)
    assert page.selected_session() == held
    assert not page.ui.reschedule_button.isEnabled() and not page.ui.cancel_session_button.isEnabled()
    page.ui.sessions_table.selectRow(1)
    assert page.ui.reschedule_button.isEnabled() and page.ui.cancel_session_button.isEnabled()

    qtbot.mouseClick(page.ui.reschedule_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ScheduleDialog)
    assert dialog is not None and dialog.windowTitle() == "调解改期"
    dialog.ui.when_edit.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(14, 30)))
    dialog.ui.place_edit.setText("伯都乡司法所")
    _shot(dialog, "case_reschedule_dialog")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    view = next(s for s in get_case(ctx, assigned.id).sessions if s.id == coming)
    assert (f"{view.scheduled_at.astimezone(COURT_TZ):%m-%d %H:%M}", view.place) == ("11-25 14:30", "伯都乡司法所")
    assert page.ui.sessions_table.item(1, 0).text() == "2026-11-25 14:30"

    page.ui.sessions_table.selectRow(1)
    assert page.cancel_selected(reason="当事人外出务工")
    assert page.ui.sessions_table.item(1, 2).text() == "已取消"
    page.ui.sessions_table.selectRow(1)
    assert not page.ui.reschedule_button.isEnabled()
    assert "取消调解：当事人外出务工" in [e.action for e in case_history(ctx, assigned.id)]

    page.ui.tabs.setCurrentWidget(page.summary_scroll)
    place = page.change_place()
    assert isinstance(place, PlaceDialog)
    place.place_edit.setText("")
    place.save()
    assert place.isVisible() and "纠纷地点" in place.error_label.text()
    place.place_edit.setText("新城乡和平村三组")
    _shot(place, "case_place_dialog")
    place.save()
    assert page.ui.place_value.text() == "和平村"  # the registry place the text names, as intake shows it
    assert "修改纠纷地点" in [e.action for e in case_history(ctx, assigned.id)]
