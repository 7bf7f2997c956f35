"""Widgets a role may not use are hidden (the services refuse anyway): 定稿 for non-judges, 显示完整信息 for mediators."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import person
from PySide6.QtWidgets import QVBoxLayout, QWidget

from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.case_detail import CaseDetailPage


@pytest.mark.parametrize(("role", "finalize", "unmask"), [
    (None, True, True), ("judge", True, True), ("clerk", False, True), ("mediator", False, False),
])
def test_the_case_page_shows_only_what_the_role_may_do(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                       register: Any, role: str | None, finalize: bool,
                                                       unmask: bool) -> None:
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2))
    acting = replace(ctx, role=role)
    host = QWidget()
    qtbot.addWidget(host)
    page = CaseDetailPage(acting, paths, case.id, host)
    QVBoxLayout(host).addWidget(page)
    host.show()
    qtbot.waitExposed(host)
    # isHidden: hidden on purpose (the buttons sit on tabs that are not the current one)
    assert page.ui.unmask_button.isHidden() is not unmask
    assert page.composer.ui.finalize_button.isHidden() is not finalize


@pytest.mark.parametrize(("role", "sees_stats"), [(None, True), ("judge", True), ("mediator", False)])
def test_the_statistics_page_is_hidden_from_a_role_that_may_not_view_it(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                       tmp_path: Any, role: str | None,
                                                                       sees_stats: bool) -> None:
    from PySide6.QtCore import QSettings

    from fuyuan_desktop.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/page", "stats")  # whatever the last page was, a mediator does not land on it
    window = MainWindow(None, paths, settings=settings)
    qtbot.addWidget(window)
    window.attach(replace(ctx, role=role))
    row = [key for key, _title in window.RAIL].index("stats")
    assert window.ui.nav_rail.item(row).isHidden() is not sees_stats
    window.show_page("stats")  # Ctrl+5, or a link from another page
    assert (window.current_page_key() == "stats") is sees_stats
    assert ("stats" in window.page_widgets) is sees_stats  # the page is not even built for a mediator
