"""Every screen fits a 1366×768 laptop and 1920×1080 at 150 % (1280×720 logical), at the default font and at 14 pt.

Each page of the main window (and each tab of a case), each wizard page, each dialog and the recorder is built with
real widgets on a real store, and its minimum size — what Qt will not shrink it below — is checked against the
available geometry of both screens (``ui/fit.py``: a 40 px task bar off, the window frame around). A page that forces
the window wider than the screen, or a dialog whose buttons would sit below the bottom edge, fails here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.fit import FRAME, SCREENS, fits
from fuyuan_desktop.ui.main_window import MainWindow

FONT_SIZES = (10.5, 14.0)


@pytest.fixture(params=FONT_SIZES, ids=lambda pt: f"{pt:g}pt")
def font_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(request.param)
    qapp.setFont(font)
    try:
        yield request.param
    finally:
        qapp.setFont(before)


def minimum(widget: QWidget) -> QSize:
    """What the widget's layout will not let it shrink below, after pending layout requests are handled."""
    QApplication.processEvents()
    layout = widget.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def assert_fits(name: str, size: QSize, *, frame: bool = True) -> None:
    for screen_name, screen in SCREENS.items():
        assert fits(size, screen, frame=frame), (
            f"{name}: minimum {size.width()}×{size.height()} (+ frame {FRAME.width()}×{FRAME.height()}) does not "
            f"fit the {screen_name} screen's {screen.width()}×{screen.height()}")


@pytest.fixture
def window(qtbot: Any, ctx: Workspace, paths: DataPaths, tmp_path: Path, font_size: float) -> MainWindow:
    main = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def case(register: Callable[..., IntakeResult]) -> IntakeResult:
    return register(person("张三", seq=1, address="吉林省松原市宁江区伯都乡新立村三社（原伯都乡四方村）附近的一户人家"),
                    person("李四", "被申请人", seq=2))


def test_the_budgets_are_the_screens_of_the_issue() -> None:
    assert SCREENS["1366"] == QSize(1366, 768 - 40)
    assert SCREENS["150"].width() == 1920 * 2 // 3 and SCREENS["150"].height() <= 1080 * 2 // 3 - 40
    assert not fits(QSize(1529, 500), SCREENS["1366"])  # the 案件 page as the issue found it


def test_every_rail_page_fits(window: MainWindow) -> None:
    for key, _title in window.RAIL:
        window.show_page(key)
        page = window.page_widgets[key]
        assert_fits(f"main window on {key}", minimum(window))
        if key not in window.page_hosts:  # a scrolling page may be taller than the window, never wider
            assert_fits(f"page {key}", minimum(page), frame=True)
        else:
            assert minimum(page).width() + 200 + FRAME.width() <= min(s.width() for s in SCREENS.values()), key


def test_the_case_list_no_longer_forces_a_wide_window(window: MainWindow) -> None:
    window.show_page("cases")
    page = window.page_widgets["cases"]
    assert minimum(page).width() < 1000  # 1397 px at 10.5 pt and 1740 px at 14 pt before the filters wrapped


def test_every_tab_of_a_case_fits(window: MainWindow, case: IntakeResult, font_size: float) -> None:
    window.open_case(case.id)
    detail = window.case_detail
    assert detail is not None
    tabs = detail.ui.tabs  # type: ignore[attr-defined]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert_fits(f"case tab {tabs.tabText(i)}", minimum(window))
    tabs.setCurrentWidget(detail.ui.documents_tab)  # type: ignore[attr-defined]
    kinds = detail.ui.kind_combo  # type: ignore[attr-defined]
    kinds.setCurrentIndex(kinds.findData("service_proof"))  # its 送达 choices open three rows more
    assert not detail.service_box.isHidden()  # type: ignore[attr-defined]
    assert_fits("case tab 文书 with the 送达回证's choices", minimum(window))
    assert_fits("agreement composer", minimum(detail.composer))  # type: ignore[attr-defined]


def test_the_intake_wizard_fits_on_every_page(qtbot: Any, ctx: Workspace, window: MainWindow) -> None:
    from fuyuan_desktop.ui.intake_wizard import IntakeWizard

    wizard = IntakeWizard(ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        assert_fits(f"wizard page {page_id}", minimum(wizard.page(page_id)))
    assert_fits("intake wizard", minimum(wizard))
    assert wizard.height() <= 720  # never its designed height on a shorter screen (see fit_to_screen)


def test_the_recorder_and_its_dialogs_fit(window: MainWindow, case: IntakeResult) -> None:
    from fuyuan_desktop.ui.case_detail import ScheduleDialog
    from fuyuan_desktop.ui.recorder import ReadBackView, RecordConflictDialog

    window.open_case(case.id)
    detail = window.case_detail
    session = detail.schedule(datetime(2026, 11, 20, 9, 0, tzinfo=COURT_TZ), "伯都乡调解室")  # type: ignore[attr-defined]
    recorder = detail.open_recorder(session)  # type: ignore[attr-defined]
    assert recorder is not None
    assert_fits("recorder", minimum(recorder))
    assert_fits("read-back view", minimum(ReadBackView(recorder)))
    conflict = RecordConflictDialog(recorder, "另一处保存了新版本", "甲" * 200, "乙" * 200, 3)
    assert_fits("record conflict", minimum(conflict))
    assert_fits("schedule dialog", minimum(ScheduleDialog("伯都乡", datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), window)))
    recorder.close()


def test_the_small_dialogs_fit(ctx: Workspace, window: MainWindow, tmp_path: Path) -> None:
    from fuyuan_desktop.ui.first_run import FirstRunDialog
    from fuyuan_desktop.ui.login import LoginDialog
    from fuyuan_desktop.ui.pages.linkage_forms import (
        admin_register_dialog,
        fund_dialog,
        hearing_dialog,
        joint_training_dialog,
        oral_dialog,
        relief_apply_dialog,
        training_dialog,
    )

    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    assert_fits("first run", minimum(FirstRunDialog(ctx, settings, window)))
    assert_fits("login", minimum(LoginDialog(window, name="王法官")))
    from fuyuan_desktop.ui.accounts_box import AccountsBox, AddAccountDialog

    assert_fits("add account", minimum(AddAccountDialog(ctx, window, name="包斯琴")))
    assert_fits("accounts section", minimum(AccountsBox(ctx, window)), frame=False)
    for make in (hearing_dialog, training_dialog, relief_apply_dialog, fund_dialog, admin_register_dialog,
                 joint_training_dialog, oral_dialog):
        dialog = make(ctx, window)
        assert_fits(dialog.windowTitle(), minimum(dialog))


def test_the_recommendation_editor_and_its_dialogs_fit(ctx: Workspace, window: MainWindow,
                                                       case: IntakeResult) -> None:
    from fuyuan_desktop.services.recommendations import draft_recommendation, issue_recommendation
    from fuyuan_desktop.ui.pages.linkage_forms import follow_dialog, issue_dialog, sent_dialog
    from fuyuan_desktop.ui.recommendation_editor import RecommendationEditor

    long = "松原市宁江区伯都乡新立村土地承包经营权流转合同不规范的问题。" * 40
    assert_fits("new recommendation", minimum(RecommendationEditor(ctx, None, window)))
    rec = draft_recommendation(ctx, case.number, "松原市宁江区伯都乡人民政府" * 3, long, long, long)
    assert_fits("recommendation draft", minimum(RecommendationEditor(ctx, rec.id, window)))
    assert_fits("issue", minimum(issue_dialog(ctx, rec.id, window)))
    issue_recommendation(ctx, rec.id, ctx.today())
    assert_fits("sent", minimum(sent_dialog(ctx, rec.id, "松原市宁江区伯都乡人民政府", window)))
    assert_fits("follow-up", minimum(follow_dialog(ctx, rec.id, window)))


def test_the_case_edit_dialogs_fit(ctx: Workspace, window: MainWindow, case: IntakeResult) -> None:
    from fuyuan_desktop.services.workflow import add_mediator
    from fuyuan_desktop.ui.case_detail import PlaceDialog
    from fuyuan_desktop.ui.mediator_picker import AddMediatorDialog, MediatorsDialog

    for i in range(60):  # a long roster scrolls inside the dialog
        add_mediator(ctx, f"调解员{i:02d}号", "特邀调解员", organization="松原市宁江区某某街道人民调解委员会" * 2)
    assert_fits("mediators", minimum(MediatorsDialog(ctx, case.id, window)))
    assert_fits("add mediator", minimum(AddMediatorDialog(ctx, window)))
    from fuyuan_desktop.ui.organisation_dialog import AddOrganisationDialog

    assert_fits("register organisation", minimum(AddOrganisationDialog(ctx, window, "松原市宁江区某某街道人民调解委员会" * 2)))
    assert_fits("place", minimum(PlaceDialog(ctx, case.id, "伯都乡新立村", window)))


def test_the_white_paper_editor_and_the_outreach_edit_dialogs_fit(ctx: Workspace, window: MainWindow) -> None:
    from fuyuan_desktop.services.linkage.outreach import (
        JointTrainingInput,
        OralInput,
        Participant,
        add_joint_training,
        add_oral,
    )
    from fuyuan_desktop.services.linkage.white_paper_text import set_narrative
    from fuyuan_desktop.ui.pages.linkage_forms import delete_dialog, joint_training_dialog, oral_dialog
    from fuyuan_desktop.ui.white_paper_editor import WhitePaperEditor

    set_narrative(ctx, 2025, "主要做法", "一是坚持府院联席会议制度，全年召开联席会议两次。" * 60)
    editor = WhitePaperEditor(ctx, 2025, "吉0702", window)
    assert_fits("white paper text", minimum(editor))
    editor.autosaver.stop()
    training = add_joint_training(ctx, JointTrainingInput(ctx.today(), "审委会会议室", "证据规则" * 10, [
        Participant(f"松原市宁江区第{i}行政机关", 12, 2) for i in range(12)], materials="讲义\n" * 10))
    assert_fits("edit joint training", minimum(joint_training_dialog(ctx, window, training)))
    oral = add_oral(ctx, OralInput(ctx.today(), "宁江区自然资源局", "张法官", "走访", "规范告知程序。" * 100))
    assert_fits("edit oral", minimum(oral_dialog(ctx, window, oral)))
    assert_fits("delete", minimum(delete_dialog("删除同堂培训", "证据规则" * 40, lambda _r: None, window)))


def test_the_catalogue_amendment_dialogs_fit(ctx: Workspace, window: MainWindow) -> None:
    from fuyuan_desktop.ui.catalogue_settings import AmendmentDialog

    for kind in ("add", "rename", "retire"):
        dialog = AmendmentDialog(ctx, kind, window, code="4.10.84.1")
        dialog.error_label.setText("「松原市宁江区某某街道某某纠纷」已在目录中（4.10.84.1）" * 3)
        assert_fits(dialog.windowTitle(), minimum(dialog))


def test_the_suspension_and_extension_dialogs_fit(ctx: Workspace, window: MainWindow, case: IntakeResult) -> None:
    from datetime import date

    from fuyuan_desktop.services.cases import get_case
    from fuyuan_desktop.ui.suspension_dialogs import DocketDialog, ExtendDialog, ResumeDialog, SuspendDialog

    parties = get_case(ctx, case.id).parties * 6  # a crowded case: twelve parties to tick
    assert_fits("extend", minimum(ExtendDialog(ctx, case.id, parties, date(2026, 12, 10), window)))
    assert_fits("suspend", minimum(SuspendDialog(ctx, case.id, window)))
    assert_fits("resume", minimum(ResumeDialog(ctx, case.id, date(2026, 11, 12), "等待鉴定（评估）结果", window)))
    assert_fits("docket", minimum(DocketDialog(ctx, case.id, window)))


def test_the_village_dialogs_fit(ctx: Workspace, window: MainWindow) -> None:
    from fuyuan_desktop.ui.pages.linkage_forms import (
        village_override_dialog,
        village_status_dialog,
        village_year_dialog,
    )

    for make in (village_status_dialog, village_year_dialog, village_override_dialog):
        dialog = make(ctx, "伯都村", window)
        assert_fits(dialog.windowTitle(), minimum(dialog))
