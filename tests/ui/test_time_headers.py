"""Every time the window lists is court time, and each list says so once, in the header of its time column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from test_case_detail import _page

from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.sync import SyncPage

TIME_WORDS = ("时间", "到达", "登录", "日期时间")


def _headers(root: QWidget) -> list[str]:
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model (combo popups) has no header row
            continue
        for column in range(columns):
            label = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if label:
                found.append(str(label))
    return found


def test_time_columns_of_the_case_page_and_the_sync_page_name_beijing_time(qtbot: Any, ctx: Workspace,
                                                                             paths: DataPaths, register: Any) -> None:
    case = register()
    _host, page = _page(qtbot, ctx, paths, case.id)
    qtbot.waitUntil(lambda: page.case is not None)
    for index in range(page.ui.tabs.count()):  # each tab fills its tables when shown
        page.ui.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    sync = SyncPage(ctx, paths)
    qtbot.addWidget(sync)
    headers = _headers(page) + _headers(sync)
    timed = [h for h in headers if any(word in h for word in TIME_WORDS)]
    assert len(timed) >= 4, headers  # sessions, documents, history, conflicts/quarantine
    assert all("北京时间" in h for h in timed), [h for h in timed if "北京时间" not in h]
