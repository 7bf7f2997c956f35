"""Background reads: a page that was replaced (another case opened, the store let go of to be encrypted) gets
no result — it must not go on reading through the store it was built on."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from fuyuan_desktop.ui.tasks import is_current, retire, run_quietly


def _deliveries(qtbot: Any, owner: QWidget, *, retire_first: bool, fail: bool = False) -> list[str]:
    got: list[str] = []
    release = threading.Event()

    def read() -> str:
        release.wait(10)
        if fail:
            raise OSError("file is not a database")
        return "agenda"

    run_quietly(read, owner=owner, on_done=lambda result: got.append(result),
                on_error=lambda exc, _details: got.append(f"error: {exc}"))
    if retire_first:
        retire(owner)
    release.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the queued signal reaches the GUI thread
    return got


def test_a_current_page_gets_its_result_and_its_error(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    assert _deliveries(qtbot, page, retire_first=False) == ["agenda"]
    assert _deliveries(qtbot, page, retire_first=False, fail=True) == ["error: file is not a database"]


def test_a_retired_page_and_its_children_get_nothing(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    tab = QWidget(page)
    assert is_current(tab)
    retire(page)
    assert not is_current(tab)
    fresh = QWidget()
    qtbot.addWidget(fresh)
    assert _deliveries(qtbot, fresh, retire_first=True) == []
    other = QWidget()
    qtbot.addWidget(other)
    assert _deliveries(qtbot, other, retire_first=True, fail=True) == []
