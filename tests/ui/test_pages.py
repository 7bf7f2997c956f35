"""工作台, 日程, 设置, the first-run dialog and the main window with real widgets on a temp store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, person
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.cases import CaseFilter, count_cases
from fuyuan_desktop.services.followups import add_follow_up
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import schedule_session
from fuyuan_desktop.services.setup import device_info
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, list_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.pages.calendar import CalendarPage
from fuyuan_desktop.ui.pages.dashboard import DashboardPage
from fuyuan_desktop.ui.pages.settings import SettingsPage
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS, FONT_SIZE, LANGUAGE

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "ui"


def _rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def _case_rows(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for item in _rows(tree) if item.data(0, Qt.ItemDataRole.UserRole)]


def _activate(qtbot: Any, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Enter on the row, as a keyboard user would."""
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def overdue_case(ctx: Workspace, register: Callable[..., IntakeResult]) -> IntakeResult:
    """A case accepted 60 days ago: its 30-day mediation period has run out."""
    add_mediator(ctx, "刘堃", "特邀调解员")
    case = register(person("孟凡", seq=1), person("关山", "被申请人", seq=2))
    assign_mediators(ctx, case.number, ["刘堃"], accepted_on=TODAY - timedelta(days=60))
    return case


def test_dashboard_shows_todays_session_and_due_and_overdue_cases_and_opens_them(
        qtbot: Any, ctx: Workspace, register: Callable[..., IntakeResult], overdue_case: IntakeResult) -> None:
    soon = register(person("严冬", seq=3), person("夏雨", "被申请人", seq=4))
    assign_mediators(ctx, soon.number, ["刘堃"], accepted_on=TODAY - timedelta(days=27))
    add_follow_up(ctx, soon.number, TODAY + timedelta(days=3))
    schedule_session(ctx, soon.number, datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30, tzinfo=COURT_TZ))
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading(), timeout=30000)  # the agenda is read on a worker

    deadlines = _case_rows(page.ui.deadline_list)
    assert deadlines[0].data(0, Qt.ItemDataRole.UserRole) == overdue_case.id
    assert deadlines[0].text(1).startswith("超期") and overdue_case.number == deadlines[0].text(3)
    assert {item.data(0, Qt.ItemDataRole.UserRole) for item in deadlines[1:]} == {soon.id}
    assert {item.text(2) for item in deadlines} == {"调解期限", "履行回访"}
    assert "1 件" in page.ui.overdue_button.text() and page.ui.overdue_button.isEnabled()
    today = _case_rows(page.ui.today_list)
    assert [(item.text(0), item.text(1)) for item in today] == [("09:30", soon.number)]
    assert "严冬" in today[0].text(2)
    assert "今日调解 <b>1</b> 场" in page.ui.summary_label.text()

    with qtbot.waitSignal(page.open_case, timeout=2000) as opened:
        _activate(qtbot, page.ui.deadline_list, deadlines[0])
    assert opened.args == [overdue_case.id]
    with qtbot.waitSignal(page.open_case, timeout=2000) as opened:
        _activate(qtbot, page.ui.today_list, today[0])
    assert opened.args == [soon.id]
    with qtbot.waitSignal(page.show_overdue, timeout=2000):
        page.ui.overdue_button.click()


def test_an_empty_dashboard_says_so(qtbot: Any, ctx: Workspace) -> None:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading(), timeout=30000)  # the agenda is read on a worker
    assert [item.text(0) for item in _rows(page.ui.today_list)] == ["今天没有调解安排"]
    assert not _case_rows(page.ui.deadline_list)
    assert not page.ui.overdue_button.isEnabled()
    assert [item.text(0) for item in _rows(page.ui.cluster_list)] == ["暂无"]


def test_calendar_marks_the_day_and_lists_its_session(qtbot: Any, ctx: Workspace,
                                                      register: Callable[..., IntakeResult]) -> None:
    case = register()
    day = TODAY + timedelta(days=4)
    schedule_session(ctx, case.number, datetime(day.year, day.month, day.day, 14, 0, tzinfo=COURT_TZ),
                     place="开发区法庭调解室")
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.marked_days() == [day]
    assert "1 天有调解，共 1 场" in page.ui.month_label.text()
    assert not _case_rows(page.ui.session_list)  # today (selected) has none
    page.ui.calendar.setSelectedDate(page.ui.calendar.selectedDate().addDays(4))
    rows = _case_rows(page.ui.session_list)
    assert [(r.text(0), r.text(1), r.text(4)) for r in rows] == [("14:00", case.number, "开发区法庭调解室")]
    page.ui.calendar.setSelectedDate(page.ui.calendar.selectedDate().addDays(-4))
    page.ui.week_radio.setChecked(True)
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert page.selected_range() == (monday, monday + timedelta(days=7))
    assert len(_case_rows(page.ui.session_list)) == (1 if day < monday + timedelta(days=7) else 0)
    page.ui.day_radio.setChecked(True)
    page.ui.calendar.setSelectedDate(page.ui.calendar.selectedDate().addDays(4))
    tree = page.ui.session_list
    item = _case_rows(tree)[0]
    where = tree.visualItemRect(item).center()
    where.setX(30)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # offscreen: the first press only focuses
    with qtbot.waitSignal(page.open_case, timeout=2000) as opened:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [case.id]


def test_settings_are_saved_and_survive_a_new_settings_object(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                              tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font_before = app.font()
    page = SettingsPage(ctx, paths, settings)
    qtbot.addWidget(page)
    assert page.ui.tribunal_value.text() == device_info(ctx).tribunal
    assert page.ui.data_dir_value.text() == str(paths.root)
    assert page.ui.language_combo.currentData() == "zh_CN"
    page.ui.language_combo.setCurrentIndex(page.ui.language_combo.findData("en"))
    page.ui.autosave_spin.setValue(45)
    try:
        page.ui.font_size_spin.setValue(12.5)
        assert app.font().pointSizeF() == 12.5  # applies at once
    finally:
        app.setFont(font_before)
    assert page.ui.language_hint.isVisible() or not page.isVisible()
    again = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert LANGUAGE.read(again) == "en"
    assert AUTOSAVE_SECONDS.read(again) == 45
    assert FONT_SIZE.read(again) == 12.5
    reopened = SettingsPage(ctx, paths, again)
    qtbot.addWidget(reopened)
    assert reopened.ui.language_combo.currentData() == "en" and reopened.ui.autosave_spin.value() == 45


def test_settings_checks_the_audit_chain_in_a_worker(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                     settings: QSettings,
                                                     register: Callable[..., IntakeResult]) -> None:
    register()
    page = SettingsPage(ctx, paths, settings)
    qtbot.addWidget(page)
    page.verify_audit()
    assert not page.ui.audit_button.isEnabled()  # while the worker checks the chain
    # (waiting on the task's own signal could miss it: a fast worker may report before the wait connects)
    qtbot.waitUntil(lambda: page.ui.audit_button.isEnabled(), timeout=60000)
    assert page.ui.audit_result.text().startswith("审计链完整")


def _answer(*steps: tuple[str, str | QMessageBox.StandardButton]) -> list[str]:
    """Answer the message boxes that open next, one step each: (object name or "" for any, the button's object
    name or a standard button). The texts they showed are collected."""
    seen: list[str] = []
    answered: list[QMessageBox] = []

    def click() -> None:
        name, button = steps[len(answered)]
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible() and w not in answered
                    and (not name or w.objectName() == name)), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        answered.append(box)
        target = box.findChild(QPushButton, button) if isinstance(button, str) else box.button(button)
        assert target is not None, f"no button {button} in: {seen[-1]}"
        target.click()
        if len(answered) < len(steps):
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return seen


def test_settings_writes_demo_data_into_this_store_only_after_two_explicit_yeses(
        qtbot: Any, ctx: Workspace, paths: DataPaths, settings: QSettings) -> None:
    page = SettingsPage(ctx, paths, settings)
    qtbot.addWidget(page)
    page.ui.demo_count_spin.setValue(30)
    asked = _answer(("demo_choice", "into_this_store"), ("", QMessageBox.StandardButton.Cancel))
    assert page.generate_demo() is None
    assert len(asked) == 2 and "演示工作区" in asked[0] and "虚构" in asked[1]
    assert count_cases(ctx) == 0  # the second question was declined: nothing written
    _answer(("demo_choice", "into_this_store"), ("", QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        assert page.generate_demo() is not None
    assert count_cases(ctx) == 30
    assert "已生成 30 件" in page.ui.demo_result.text() and page.ui.demo_button.isEnabled()


def test_settings_refuses_demo_data_in_a_store_with_real_cases(
        qtbot: Any, ctx: Workspace, paths: DataPaths, settings: QSettings,
        register: Callable[..., IntakeResult]) -> None:
    register()
    page = SettingsPage(ctx, paths, settings)
    qtbot.addWidget(page)
    page.ui.demo_count_spin.setValue(30)
    shown = _answer(("demo_choice", QMessageBox.StandardButton.Cancel))
    assert page.generate_demo() is None
    assert "不能写入本库" in shown[0] and "已有 1 件案件" in shown[0]  # and no button that would write here
    assert page.generate_into_this_store(confirmed=True) is None  # even asked directly, the guard holds
    assert "已有 1 件案件" in page.ui.demo_result.text() and count_cases(ctx) == 1


@pytest.mark.slow
def test_settings_in_a_demo_workspace_writes_demo_data_without_asking(
        qtbot: Any, paths: DataPaths, settings: QSettings) -> None:
    from fuyuan_desktop.services.setup import initialize

    demo = paths.demo_workspace()
    dctx = initialize(demo, actor="tester")
    page = SettingsPage(dctx, demo, settings)
    qtbot.addWidget(page)
    page.ui.demo_count_spin.setValue(12)
    with qtbot.waitSignal(page.data_changed, timeout=30000):
        page.generate_demo()
    assert count_cases(dctx) == 12 and not paths.database.exists()


def test_the_demo_window_command_opens_the_demo_workspace(paths: DataPaths) -> None:
    from fuyuan_desktop.ui import app
    from fuyuan_desktop.ui.pages.settings import demo_window_command

    _program, arguments = demo_window_command(paths, 40)
    args = app.parse_args(arguments[arguments.index("--data-dir"):])
    assert args.demo == 40 and args.data_dir == str(paths.root)


def test_cancelling_demo_generation_writes_nothing(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                   settings: QSettings) -> None:
    page = SettingsPage(ctx, paths, settings)
    qtbot.addWidget(page)
    page.ui.demo_count_spin.setValue(5000)
    task = page.generate_into_this_store(confirmed=True)
    assert task is not None
    task.cancel.set()  # what the progress dialog's 取消 does
    qtbot.waitUntil(lambda: page.ui.demo_button.isEnabled(), timeout=30000)
    assert count_cases(ctx) == 0
    assert "已取消" in page.ui.demo_result.text()


def test_first_run_sets_up_the_tribunal_judge_and_clerk(qtbot: Any, ctx: Workspace,
                                                        settings: QSettings) -> None:
    from fuyuan_desktop.ui.first_run import FirstRunDialog, needs_first_run

    assert needs_first_run(ctx, settings)
    dialog = FirstRunDialog(ctx, settings)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.tribunal_combo.currentText() == device_info(ctx).tribunal  # preselected: the device's tribunal
    ui.court_combo.setCurrentIndex(ui.court_combo.findText("前郭尔罗斯蒙古族自治县人民法院"))
    ui.tribunal_combo.setCurrentIndex(ui.tribunal_combo.findText("长山人民法庭", Qt.MatchFlag.MatchContains))
    ui.setup_button.click()
    assert ui.message_label.text() == "请填写承办法官的姓名。" and dialog.result() != QDialog.DialogCode.Accepted
    ui.judge_edit.setText("包斯琴")
    ui.clerk_edit.setText("韩雪")
    ui.setup_button.click()
    assert ui.message_label.text().startswith("账户名") and dialog.ctx is ctx  # the administrator is asked for
    ui.admin_edit.setText("管理员")
    ui.password_edit.setText("长山法庭-2026")
    ui.password_again_edit.setText("长山法庭-2026")
    ui.setup_button.click()
    assert dialog.encrypting and not ui.setup_button.isEnabled() and not ui.skip_button.isEnabled()
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    dialog.reject()  # Esc while the store is being encrypted on the worker: ignored
    assert not rejected
    qtbot.waitUntil(lambda: not dialog.encrypting, timeout=60000)
    assert dialog.outcome == "setup" and ui.steps.currentWidget() is ui.recovery_page
    ui.confirm_edit.setText(ui.recovery_key_label.text()[-4:])
    ui.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    ctx = dialog.ctx  # reopened, encrypted, as the administrator
    assert ctx.db.encrypted and ctx.actor == "管理员"
    info = device_info(ctx)
    assert info.court == "前郭尔罗斯蒙古族自治县人民法院" and info.tribunal.endswith("长山人民法庭")
    roster = {(m.name, m.role) for m in list_mediators(ctx)}
    assert {("包斯琴", "法官"), ("韩雪", "书记员")} <= roster
    assert not needs_first_run(ctx, settings)


def test_window_geometry_and_last_page_persist(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                               tmp_path: Path) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    ini = str(tmp_path / "window.ini")
    first = MainWindow(ctx, paths, settings=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    assert first.current_page_key() == "dashboard"  # the default
    first.show()
    qtbot.waitExposed(first)
    # The offscreen screen is small, so restoring clamps the width to the window's minimum; the height is free.
    first.resize(first.width(), 520)
    qtbot.waitUntil(lambda: first.height() == 520)
    first.show_page("calendar")
    first.close()
    second = MainWindow(ctx, paths, settings=QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_page_key() == "calendar"
    assert second.ui.pages.currentWidget() is second.page("calendar")
    assert set(second.page_widgets) == {"calendar"}  # the other pages wait until they are shown
    assert second.height() == 520


def test_dashboard_rows_open_the_case_in_the_main_window(qtbot: Any, ctx: Workspace, paths: DataPaths,
                                                         settings: QSettings, overdue_case: IntakeResult,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "open_case", lambda self, case_id: opened.append(case_id))
    window = MainWindow(ctx, paths, settings=settings)
    qtbot.addWidget(window)
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: not dashboard.loading())
    dashboard.ui.deadline_list.itemActivated.emit(_case_rows(dashboard.ui.deadline_list)[0], 0)
    assert opened == [overdue_case.id]
    dashboard.ui.overdue_button.click()  # → the case list with only overdue cases
    assert window.current_page_key() == "cases"
    cases = window.page("cases")
    qtbot.waitUntil(lambda: not cases.model.loading())  # type: ignore[attr-defined]
    assert cases.ui.overdue_filter.isChecked() and cases.model.total() == 1  # type: ignore[attr-defined]


@pytest.mark.slow
def test_case_model_fetches_rows_lazily_and_loads_only_the_batch_it_shows(
        qtbot: Any, ctx: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from fuyuan_desktop.ui import case_model
    from fuyuan_desktop.ui.case_model import BATCH, PAGE, CaseTableModel

    generate_demo(ctx, disputes=2500)
    loaded: list[list[str]] = []
    real = case_model.summaries

    def spy(ctx_: Workspace, ids: list[str], *args: Any, **kwargs: Any) -> Any:
        loaded.append(list(ids))
        return real(ctx_, ids, *args, **kwargs)

    monkeypatch.setattr(case_model, "summaries", spy)
    model = CaseTableModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=60000):
        model.set_filter(CaseFilter())
    total = model.total()
    assert total == count_cases(ctx) == 2500
    assert model.rowCount() == min(PAGE, total) and loaded == []  # ids only; no row loaded yet
    fetched = model.rowCount()
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        assert model.rowCount() == min(fetched + PAGE, total)
        fetched = model.rowCount()
    assert model.rowCount() == total
    far = total - 7
    assert model.index(far, 0).data()  # a far row: only its batch is read
    assert len(loaded) == 1
    start = far - far % BATCH
    assert loaded[0] == [model.case_id(r) for r in range(start, min(start + BATCH, total))]
    model.index(far - 1, 2).data()  # same batch: cached
    assert len(loaded) == 1


@pytest.mark.slow
def test_screenshots_of_every_page(qtbot: Any, ctx: Workspace, paths: DataPaths, settings: QSettings) -> None:
    """Grab every rail page (and the window) to artifacts/ui/ for a human to look at; check they are not blank."""
    from fuyuan_desktop.ui.main_window import MainWindow
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font_before, locale_before = app.font(), QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))  # as app.py sets it for zh_CN
    try:
        families = load_bundled_fonts(app)
        assert "WenQuanYi Zen Hei" in families
        generate_demo(ctx, disputes=1500)
        window = MainWindow(ctx, paths, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for key, _title in window.RAIL:
            window.show_page(key)
            page = window.page(key)
            if isinstance(page, DashboardPage):
                qtbot.waitUntil(lambda page=page: not page.loading())
            QApplication.processEvents()
            image = window.grab().toImage()
            assert image.save(str(ARTIFACTS / f"page_{key}.png"))
            colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
            assert len(colours) > 3, f"{key} looks blank"
        window.show_page("dashboard")
        assert window.grab().save(str(ARTIFACTS / "main_window.png"))
        from fuyuan_desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(ctx, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(ARTIFACTS / "first_run.png"))
    finally:
        app.setFont(font_before)
        QLocale.setDefault(locale_before)
