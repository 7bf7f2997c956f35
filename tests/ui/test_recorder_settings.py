"""The recorder's autosave interval follows the value chosen in 设置."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from conftest import person
from PySide6.QtCore import QSettings

from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS
from fuyuan_desktop.ui.recorder import RecorderWindow


def test_recorder_uses_the_autosave_interval_from_settings(qtbot: Any, ctx: Workspace, paths: DataPaths) -> None:
    from conftest import intake_input

    case = intake_dispute(ctx, intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2)))
    add_mediator(ctx, "刘堃", "特邀调解员")
    assign_mediators(ctx, case.number, ["刘堃"])
    start_mediation(ctx, case.number)
    session_id = schedule_session(ctx, case.number, datetime(2026, 11, 20, 1, 30, tzinfo=UTC))
    default = RecorderWindow(ctx, paths, case.id, session_id)
    qtbot.addWidget(default)
    assert default.timer.interval() == 2000
    AUTOSAVE_SECONDS.write(QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat), 5)
    chosen = RecorderWindow(ctx, paths, case.id, session_id)
    qtbot.addWidget(chosen)
    assert chosen.timer.interval() == 5000
