"""What is open, kept in the settings file as the user works, so that a crash is not silent and loses no place.

While the workbench runs, ``session/running`` is 1 and the open case, its tab, the open 笔录 windows, the last
page and the window geometry are written to ``ui.ini`` (QSettings in the data folder) as the user navigates. A
clean exit clears them. If the next start finds ``session/running`` still 1, the last run ended without closing
(a native crash, a killed process, a flat battery): the workbench says so, offers the crash report written from
``fault.log`` (redacted like every report), and reopens what was open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from fuyuan_desktop.services.workspace import DataPaths

if TYPE_CHECKING:
    from fuyuan_desktop.ui.main_window import MainWindow

log = logging.getLogger("fuyuan.ui.session")

RUNNING = "session/running"
CASE = "session/case"
TAB = "session/case_tab"
RECORDERS = "session/recorders"
PAGE = "session/page"
GEOMETRY = "session/geometry"
KEYS = (RUNNING, CASE, TAB, RECORDERS, PAGE, GEOMETRY)


@dataclass(frozen=True)
class Unfinished:
    """What the last, unfinished run had open."""

    case_id: str = ""
    case_tab: int = 0
    recorders: tuple[str, ...] = ()
    page: str = ""
    geometry: QByteArray | None = None
    fault_lines: list[str] = field(default_factory=list)


def read_unfinished(settings: QSettings, paths: DataPaths) -> Unfinished | None:
    """The last run's state if it did not end cleanly, else None. Read before this run marks itself running."""
    if str(settings.value(RUNNING, "0")) != "1":
        return None
    recorders = settings.value(RECORDERS, "")
    ids = tuple(r for r in str(recorders or "").split(",") if r)
    geometry = settings.value(GEOMETRY)
    try:
        tab = int(settings.value(TAB, 0))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        tab = 0
    return Unfinished(case_id=str(settings.value(CASE, "") or ""), case_tab=tab, recorders=ids,
                      page=str(settings.value(PAGE, "") or ""),
                      geometry=geometry if isinstance(geometry, QByteArray) else None,
                      fault_lines=_last_fault(paths))


def _last_fault(paths: DataPaths) -> list[str]:
    """The last native crash in ``fault.log``: the lines from its last "Fatal Python error" on."""
    path = paths.logs / "fault.log"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    starts = [i for i, line in enumerate(lines) if line.startswith("Fatal Python error")]
    return lines[starts[-1]:][:80] if starts else []


def mark_running(settings: QSettings) -> None:
    for key in KEYS:
        settings.remove(key)
    settings.setValue(RUNNING, 1)
    settings.sync()


def mark_clean_exit(settings: QSettings) -> None:
    for key in KEYS:
        settings.remove(key)
    settings.sync()


def record(window: MainWindow) -> None:
    """Write what is open now (called as the user navigates; cheap: a few keys in an ini file)."""
    from fuyuan_desktop.ui.recorder import open_recorders

    if not isValid(window):
        return
    settings = window.settings
    if str(settings.value(RUNNING, "0")) != "1":
        return  # not a tracked run (tests that build a window by hand, or after the clean exit)
    from fuyuan_desktop.ui.case_detail import CaseDetailPage  # loaded by now: a page is showing

    detail = window.case_detail
    showing_case = isinstance(detail, CaseDetailPage) and window.ui.pages.currentWidget() is detail
    settings.setValue(CASE, detail.case_id if showing_case and isinstance(detail, CaseDetailPage) else "")
    settings.setValue(TAB, detail.ui.tabs.currentIndex() if showing_case and isinstance(detail, CaseDetailPage) else 0)
    settings.setValue(RECORDERS, ",".join(w.session_id for w in open_recorders() if w.isVisible()))
    settings.setValue(PAGE, window.current_page_key())
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.sync()


def write_report(paths: DataPaths, lines: list[str]) -> Path | None:
    """The native crash as a crash report in the log folder, scrubbed of personal data."""
    if not lines:
        return None
    from fuyuan_desktop.diagnostics.logs import write_native_crash_report

    try:
        return write_native_crash_report(paths, lines)
    except OSError:
        log.exception("could not write the crash report")
        return None


def offer_recovery(window: MainWindow, paths: DataPaths, unfinished: Unfinished) -> bool:
    """Say what happened, offer the report, and reopen what was open if the user agrees; True if reopened."""
    report = write_report(paths, unfinished.fault_lines)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("SessionState", "上次没有正常退出"))
    what = QCoreApplication.translate("SessionState", "工作台上次没有正常退出（程序崩溃、被强行结束或突然断电）。已保存的内容都在；"
              "笔录每 2 秒自动保存，协议草稿按上次保存的为准。")
    if report is not None:
        what += "\n\n" + QCoreApplication.translate("SessionState", "崩溃报告（不含个人信息）已保存：{path}\n可点“显示详细信息”查看并复制给技术人员。").format(path=report)
        box.setDetailedText(report.read_text(encoding="utf-8"))
    box.setText(what)
    reopen = box.addButton(QCoreApplication.translate("SessionState", "重新打开上次的案件和笔录(&R)"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("SessionState", "不用了(&N)"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reopen)
    box.setObjectName("recovery_box")
    box.exec()
    chosen = box.clickedButton() is reopen
    box.deleteLater()
    if chosen:
        reopen_state(window, unfinished)
    return chosen


def reopen_state(window: MainWindow, unfinished: Unfinished) -> None:
    if unfinished.geometry is not None:
        window.restoreGeometry(unfinished.geometry)
    if unfinished.page:
        window.show_page(unfinished.page)
    if not unfinished.case_id:
        return
    try:
        window.open_case(unfinished.case_id)
    except Exception:  # the case may be gone (a restored backup): the rest of the window still works
        log.exception("could not reopen the last case")
        return
    from fuyuan_desktop.ui.case_detail import CaseDetailPage

    detail = window.case_detail
    if not isinstance(detail, CaseDetailPage):
        return
    detail.ui.tabs.setCurrentIndex(unfinished.case_tab)
    for session_id in unfinished.recorders:
        detail.open_recorder(session_id)
