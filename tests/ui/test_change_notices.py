"""Change notices in the workbench: pages refresh only what another page (or a worker) changed, off the GUI
thread, while visible or when next shown; the recorder's autosave no longer reads the whole case again."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from conftest import TODAY, person
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget
from test_mediation_flow import Host, type_text

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.changes import Change, Notice
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import ReferenceData
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui import case_detail as case_detail_module
from fuyuan_desktop.ui import case_model
from fuyuan_desktop.ui.case_detail import CaseDetailPage
from fuyuan_desktop.ui.changes import ChangeBridge, ChangeWatch
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.pages import calendar as calendar_module
from fuyuan_desktop.ui.pages import dashboard as dashboard_module
from fuyuan_desktop.ui.pages.calendar import CalendarPage
from fuyuan_desktop.ui.pages.cases import CasesPage
from fuyuan_desktop.ui.pages.dashboard import DashboardPage
from fuyuan_desktop.ui.pages.linkage import LinkagePage
from fuyuan_desktop.ui.pages.stats import StatsPage
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS
from fuyuan_desktop.ui.recorder import RecorderWindow

Register = Callable[..., IntakeResult]


class Calls:
    """A counting wrapper around a service function (the service itself runs: nothing is mocked)."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.args: list[tuple[Any, ...]] = []
        self.threads: list[QThread] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.args.append(args)
        self.threads.append(QThread.currentThread())
        return self.real(*args, **kwargs)


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def _shown(qtbot: Any, page: QWidget) -> QWidget:
    """``page`` in a shown window; keep the window referenced (qtbot holds it weakly)."""
    host = Host()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(page)
    host.resize(1200, 760)
    host.show()
    qtbot.waitExposed(host)
    return host


@pytest.fixture
def mediating(ctx: Workspace, register: Register) -> IntakeResult:
    add_mediator(ctx, "王秀兰", "特邀调解员")
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="劳动争议", summary="拖欠工资")
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=TODAY)
    start_mediation(ctx, case.id)
    return case


def test_a_write_on_a_worker_thread_reaches_the_page_on_the_gui_thread(qtbot: Any, ctx: Workspace,
                                                                       register: Register) -> None:
    case = register()
    owner = QWidget()
    qtbot.addWidget(owner)
    bridge = ChangeBridge(ctx, owner)
    where: list[QThread] = []
    bridge.noticed.connect(lambda _notice: where.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: schedule_session(ctx, case.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ)))
    with qtbot.waitSignal(bridge.noticed, timeout=60000) as told:
        worker.start()
    worker.join()
    notice = told.args[0]
    assert isinstance(notice, Notice) and notice.action == "安排调解"
    (change,) = notice.changes
    assert change.kind == "session" and change.case_id == case.id
    assert where == [_gui_thread()]
    bridge.close()
    schedule_session(ctx, case.id, datetime(2026, 11, 22, 9, tzinfo=COURT_TZ))
    QApplication.processEvents()
    assert len(where) == 1  # closed: told no more


def test_the_case_list_refreshes_only_the_row_another_page_changed(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                   register: Register,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [register(person(name, seq=i), person("被申请人" + name, "被申请人", seq=10 + i))
             for i, name in enumerate(("甲一", "乙二", "丙三"), start=1)]
    page = CasesPage(ctx)
    _host = _shown(qtbot, page)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 3, timeout=30000)
    rows = {page.model.case_id(r): r for r in range(page.model.rowCount())}
    assert all(page.model.index(r, 3).data() == "已登记" for r in rows.values())  # every row read once
    summaries, ids = Calls(case_model.summaries), Calls(case_model.case_ids)
    monkeypatch.setattr(case_model, "summaries", summaries)
    monkeypatch.setattr(case_model, "case_ids", ids)

    detail = CaseDetailPage(ctx, paths, cases[1].id)  # another page changes the middle case
    _other_host = _shown(qtbot, detail)
    detail.confirm = lambda *_a: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.model.rows_refreshed, timeout=60000) as refreshed:
        detail.move_to("returned")
    assert refreshed.args == [[cases[1].id]]
    assert page.model.index(rows[cases[1].id], 3).data() == "已退回"
    assert [args[1] for args in summaries.args] == [[cases[1].id]]  # one row read again, nothing else
    assert ids.args == []  # the list itself was not read again
    assert all(thread is not _gui_thread() for thread in summaries.threads)
    assert page.model.index(rows[cases[0].id], 3).data() == "已登记"


def test_a_registration_elsewhere_reads_the_list_again(qtbot: Any, ctx: Workspace, register: Register) -> None:
    register()
    page = CasesPage(ctx)
    _host = _shown(qtbot, page)
    qtbot.waitUntil(lambda: not page.model.loading() and page.model.total() == 1, timeout=30000)
    with qtbot.waitSignal(page.model.loaded, timeout=60000):
        register(person("新来", seq=7), person("对方", "被申请人", seq=8))
    assert page.model.total() == 2


@pytest.mark.slow
def test_the_recorders_autosave_refreshes_the_sessions_table_without_reading_the_whole_case(
        qtbot: Any, ctx: Workspace, paths: DataPaths, mediating: IntakeResult,
        monkeypatch: pytest.MonkeyPatch) -> None:
    schedule_session(ctx, mediating.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ))
    page = CaseDetailPage(ctx, paths, mediating.id)
    host = _shown(qtbot, page)
    assert page.ui.sessions_table.item(0, 3).text() == "未记录"
    whole, moves, sessions = (Calls(case_detail_module.get_case), Calls(case_detail_module.allowed_moves),
                              Calls(case_detail_module.case_sessions))
    monkeypatch.setattr(case_detail_module, "get_case", whole)
    monkeypatch.setattr(case_detail_module, "allowed_moves", moves)
    monkeypatch.setattr(case_detail_module, "case_sessions", sessions)
    recorder = page.open_recorder()
    assert isinstance(recorder, RecorderWindow) and recorder.parent() is host
    recorder.activateWindow()
    qtbot.waitUntil(recorder.isActiveWindow)
    recorder.ui.record_edit.setFocus()
    type_text(recorder.ui.record_edit, "申请人：请求支付工资。")
    with qtbot.waitSignal(page.sessions_refreshed, timeout=60000), qtbot.waitSignal(recorder.saved, timeout=60000):
        pass  # the autosave tick
    assert page.ui.sessions_table.item(0, 3).text() == "第1版"
    assert page.ui.sessions_table.item(0, 4).text() == f"{len('申请人：请求支付工资。')} 字"
    assert whole.args == [] and moves.args == []  # the case was not read again, on no thread
    assert [args[1] for args in sessions.args] == [mediating.id]
    assert sessions.threads[0] is not _gui_thread()
    recorder.close()


def test_a_change_of_the_case_made_elsewhere_is_read_off_the_gui_thread(qtbot: Any, ctx: Workspace,
                                                                         paths: DataPaths, register: Register,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = register()
    page = CaseDetailPage(ctx, paths, case.id)
    _host = _shown(qtbot, page)
    whole = Calls(case_detail_module.get_case)
    monkeypatch.setattr(case_detail_module, "get_case", whole)
    add_mediator(ctx, "王秀兰", "特邀调解员")  # the roster is not this page's business
    with qtbot.waitSignal(page.refreshed, timeout=60000):
        assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=TODAY)  # as another window would
    assert page.ui.status_badge.text() == "已指派调解员" and "还剩" in page.ui.deadlines_label.text()
    assert len(whole.args) == 1 and whole.threads[0] is not _gui_thread()


def test_the_dashboard_reads_only_the_part_a_change_touches(qtbot: Any, ctx: Workspace, register: Register,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    case = register()
    page = DashboardPage(ctx)
    _host = _shown(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading(), timeout=30000)
    reads = Calls(dashboard_module.read_agenda)
    monkeypatch.setattr(dashboard_module, "read_agenda", reads)
    with qtbot.waitSignal(page.refreshed, timeout=60000):
        schedule_session(ctx, case.id, datetime(TODAY.year, TODAY.month, TODAY.day, 14, 0, tzinfo=COURT_TZ))
    assert [set(args[1]) for args in reads.args] == [{"sessions"}]
    assert page.ui.today_list.topLevelItem(0).text(1) == case.number
    assert "今日调解 <b>1</b> 场" in page.ui.summary_label.text()  # the summary adds the parts kept from before


def test_a_hidden_page_waits_and_refreshes_when_shown(qtbot: Any, ctx: Workspace, register: Register,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    case = register()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    calendar, other = CalendarPage(ctx), QWidget()
    stack.addWidget(calendar)
    stack.addWidget(other)
    stack.resize(1100, 600)
    stack.show()
    qtbot.waitExposed(stack)
    stack.setCurrentWidget(other)
    days = Calls(calendar_module.session_days)
    monkeypatch.setattr(calendar_module, "session_days", days)
    day = TODAY + timedelta(days=3)
    schedule_session(ctx, case.id, datetime(day.year, day.month, day.day, 9, tzinfo=COURT_TZ))
    for _ in range(5):
        QApplication.processEvents()
    assert days.args == [] and calendar.marked_days() == []  # hidden: nothing read yet
    with qtbot.waitSignal(calendar.refreshed, timeout=60000):
        stack.setCurrentWidget(calendar)
    assert calendar.marked_days() == [day] and len(days.args) == 1 and days.threads[0] is not _gui_thread()


def test_a_page_shown_again_after_another_process_wrote_reads_everything(qtbot: Any, ctx: Workspace,
                                                                          register: Register) -> None:
    case = register()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    calendar, other = CalendarPage(ctx), QWidget()
    stack.addWidget(calendar)
    stack.addWidget(other)
    stack.show()
    qtbot.waitExposed(stack)
    qtbot.waitUntil(lambda: calendar.watch._baseline is not None, timeout=60000)
    stack.setCurrentWidget(other)
    elsewhere = Workspace(Database(ctx.db.engine, device_id=ctx.db.device_id), "另一个进程")  # tells this feed nothing
    day = TODAY + timedelta(days=2)
    schedule_session(elsewhere, case.id, datetime(day.year, day.month, day.day, 9, tzinfo=COURT_TZ))
    with qtbot.waitSignal(calendar.refreshed, timeout=60000):
        stack.setCurrentWidget(calendar)  # the audit chain moved further than this process's writes
    assert calendar.marked_days() == [day]


def test_the_four_pages_share_one_refresh_on_show_helper(qtbot: Any, ctx: Workspace) -> None:
    pages = [DashboardPage(ctx), CalendarPage(ctx), LinkagePage(ctx), StatsPage(ctx)]
    for page in pages:
        qtbot.addWidget(page)
        assert isinstance(page.watch, ChangeWatch) and page.watch.page is page  # type: ignore[attr-defined]
        assert "showEvent" not in vars(type(page))  # no copy of its own
    qtbot.waitUntil(lambda: pages[0].agenda is not None, timeout=30000)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_durations_come_from_the_preference_and_the_reference_data(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                                   mediating: IntakeResult,
                                                                   register: Register) -> None:
    AUTOSAVE_SECONDS.write(QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat), 7)
    session_id = schedule_session(ctx, mediating.id, datetime(2026, 11, 21, 9, tzinfo=COURT_TZ))
    recorder = RecorderWindow(ctx, paths, mediating.id, session_id)
    qtbot.addWidget(recorder)
    assert recorder.timer.interval() == 7000
    assert "每 7 秒" in recorder.ui.save_status.text() and "每 7 秒" in recorder.ui.save_button.toolTip()
    assert "每 7 秒" in recorder.ui.record_edit.placeholderText()

    with ctx.db.write(ctx.actor, "参考数据") as session:  # what a receipt from the court would bring
        session.add(ReferenceData(key="deadlines", value_json=json.dumps({"mediation_days": 45})))
    assert ctx.reference.deadline_rules.mediation_days == 45  # the notice made the workspace read it again
    fresh = register(person("新案", seq=21), person("对方", "被申请人", seq=22))
    page = CaseDetailPage(ctx, paths, fresh.id)
    qtbot.addWidget(page)
    assert "（45 日）" in page.ui.deadlines_label.text()


def test_errors_name_the_field_by_its_label_never_by_a_flag() -> None:
    assert error_text(ValidationError("--outcome 调解结果", "「x」无效")) == "调解结果：「x」无效"
    assert error_text(ValidationError("--year", "年度应在 2000–2100 之间")) == "年度应在 2000–2100 之间"
    assert error_text(ValidationError("调解地点", "过长")) == "调解地点：过长"
    both = InputErrors([ValidationError("--note 说明", "过长"), ValidationError("", "缺少当事人")])
    assert error_text(both) == "说明：过长\n缺少当事人"
    assert error_text(RuntimeError()) == "RuntimeError"
    assert Change("case", "x").wholesale is False
