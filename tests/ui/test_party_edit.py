"""编辑当事人 on the 当事人 tab: an address registered empty is added afterwards; a mistyped ID number is refused in
the dialog, naming the field, with what was typed still there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import make_id_number, person
from PySide6.QtWidgets import QDialog

from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage


def test_an_address_is_added_from_the_parties_tab_and_a_bad_id_is_refused_in_place(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    case = register(person("张三", seq=1, address=""), person("李四", "被申请人", seq=2))
    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    page.ui.tabs.setCurrentWidget(page.ui.parties_tab)
    row = [p.name for p in page.case.parties].index("张三")  # type: ignore[union-attr]
    page.ui.parties_table.selectRow(row)
    assert page.ui.edit_party_button.isVisible() or not page.isVisible()

    dialog = page.edit_party()
    assert dialog is not None and dialog.isVisible()
    good = make_id_number(1)
    dialog.id_edit.setText(good[:-1] + ("0" if good[-1] != "0" else "1"))  # the last digit mistyped
    dialog.address_edit.setText("吉林省松原市宁江区伯都乡新立村三社")
    dialog.save()
    assert dialog.isVisible() and "身份证号码" in dialog.error_label.text()
    assert dialog.address_edit.text() == "吉林省松原市宁江区伯都乡新立村三社"  # nothing typed is lost
    assert get_case(ctx, case.id).parties[row].address == ""  # and nothing was written

    dialog.id_edit.clear()  # keep the registered number
    with qtbot.waitSignal(page.refreshed, timeout=60000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert get_case(ctx, case.id).parties[row].address == "吉林省松原市宁江区伯都乡新立村三社"
    assert page.ui.parties_table.item(row, 5).text() == "吉林省松原市宁江区伯都乡新立村三社"


def test_a_walk_in_starts_a_sitting_now_instead_of_asking_for_a_schedule(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Callable[..., IntakeResult]) -> None:
    from fuyuan_desktop.domain.court_time import COURT_TZ
    from fuyuan_desktop.ui.recorder import court_now

    case = register(person("张三", seq=1), person("李四", "被申请人", seq=2))
    page = CaseDetailPage(ctx, paths, case.id)
    qtbot.addWidget(page)
    assert page.case is not None and page.case.sessions == []
    before = court_now().replace(second=0, microsecond=0)
    recorder = page.open_recorder()
    assert recorder is not None
    qtbot.addWidget(recorder)
    sessions = get_case(ctx, case.id).sessions
    assert len(sessions) == 1 and recorder.session_id == sessions[0].id
    started = sessions[0].scheduled_at.astimezone(COURT_TZ)
    assert before <= started <= court_now()  # now, not tomorrow 09:00
    recorder.close()
