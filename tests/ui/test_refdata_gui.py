"""Reference data in the window: a 调解组织 registered from the mediator editor (and the mediator linked to it), and
a case page whose 2027 mediation deadline says 推定 until the 2027 schedule is imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from PySide6.QtWidgets import QApplication
from test_case_detail import _page

from fuyuan_desktop.services.agenda import open_deadlines
from fuyuan_desktop.services.calendar import import_calendar
from fuyuan_desktop.services.organisations import show_organisation
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.mediator_picker import AddMediatorDialog
from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"
COMMITTEE = "松原市宁江区伯都乡人民调解委员会"


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    load_bundled_fonts(qapp)


def _shot(widget: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / f"{name}.png"))


def test_the_mediator_editor_registers_an_organisation_and_links_the_mediator(qtbot: Any, ctx: Workspace) -> None:
    dialog = AddMediatorDialog(ctx, None, "王秀兰")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organization_combo.count() == 0  # a fresh store has no organisations
    org = dialog.register_organisation()
    org.name_edit.setText(COMMITTEE)
    org.kind_combo.setCurrentIndex(org.kind_combo.findText("人民调解委员会"))
    org.place_edit.setText("没有这个乡")
    org.save()
    assert org.isVisible() and "地点" in org.error_label.text()  # said in the dialog, nothing saved
    org.place_edit.setText("伯都乡")
    org.invited_check.setChecked(True)
    _shot(org, "register_organisation")
    org.save()
    assert not org.isVisible()
    assert dialog.organization_combo.findText(COMMITTEE) >= 0 and dialog.organization_edit.text() == COMMITTEE
    _shot(dialog, "add_mediator_with_organisation")
    dialog.save()
    view = show_organisation(ctx, COMMITTEE)
    assert view.mediators == ("王秀兰",) and view.invited and view.place == "伯都乡"


def test_a_2027_deadline_on_the_case_page_is_presumed_until_the_schedule_is_imported(
        qtbot: Any, ctx: Workspace, paths: DataPaths, register: Any, tmp_path: Path) -> None:
    ctx = Workspace(ctx.db, ctx.actor, today=lambda: date(2026, 12, 8), paths=ctx.paths)  # 30 days reach 2027
    add_mediator(ctx, "王秀兰", "人民调解员")
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), place="伯都乡")
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=date(2026, 12, 7))
    _host, page = _page(qtbot, ctx, paths, case.id)
    qtbot.waitUntil(lambda: "调解期限" in page.ui.deadlines_label.text())
    assert "2027-01-06（推定）" in page.ui.deadlines_label.text()
    agenda = open_deadlines(ctx, within_days=400)
    assert [d.presumed for d in agenda.items] == [True]

    schedule = tmp_path / "2027.json"
    schedule.write_text('[{"date": "2027-01-01", "kind": "休", "name": "元旦"},'
                        ' {"date": "2027-01-06", "kind": "休", "name": "测试"}]', encoding="utf-8")
    moved = import_calendar(ctx, schedule)
    assert [(m.old, m.new) for m in moved.moved] == [(date(2027, 1, 6), date(2027, 1, 7))]
    page.refresh()
    qtbot.waitUntil(lambda: "2027-01-07" in page.ui.deadlines_label.text())
    assert "推定" not in page.ui.deadlines_label.text()
    assert [d.presumed for d in open_deadlines(ctx, within_days=400).items] == [False]
