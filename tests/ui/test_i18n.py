"""Translations: the committed .qm is what lrelease makes of the .ts, and English really shows up in the window.

To refresh after changing UI strings (zh_CN is the source language and needs no file):
    .venv/bin/pyside6-lupdate fuyuan_desktop/ui/*.py fuyuan_desktop/ui/pages/*.py forms/*.ui \\
        -source-language zh_CN -target-language en -locations none -no-obsolete \\
        -ts fuyuan_desktop/resources/i18n/fuyuan_en.ts
    (translate the new entries, e.g. with pyside6-linguist; the services' messages of context "ValidationError" are
    filled from fuyuan_desktop/ui/error_english.py by .venv/bin/python tools/fill_error_english.py), then
    .venv/bin/pyside6-lrelease fuyuan_desktop/resources/i18n/fuyuan_en.ts -qm fuyuan_desktop/resources/i18n/fuyuan_en.qm
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

I18N = Path(__file__).resolve().parents[2] / "fuyuan_desktop" / "resources" / "i18n"
TS = I18N / "fuyuan_en.ts"
QM = I18N / "fuyuan_en.qm"
# Contexts whose every visible string must have an English translation: by now every screen (the rail,
# dashboard, case list and case detail, calendar, intake wizard, agreement composer, recorder, settings, first run).
COMPLETE = {"AgreementComposer", "AttachmentsTab", "CalendarPage", "CaseDetailPage", "CaseTableModel", "CasesPage",
            "DashboardPage", "DisputePage", "FirstRunDialog", "IntakeDisputePage", "IntakeMediatorsPage",
            "IntakePartiesPage", "IntakeReviewPage", "IntakeWizard", "LedgerTab", "LinkageForms", "LinkagePage",
            "LockOverlay", "LoginDialog", "MainWindow", "MediatorsPage", "OpeningPage", "PartiesPage",
            "ReadBackView", "RecordConflictDialog", "RecorderWindow", "ScheduleDialog", "SettingsPage", "StatsPage", "SyncPage",
            "HubPage", "ApproveDialog", "ConflictsPanel", "QuarantinePanel",
            "Tasks"}


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))


def test_the_committed_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fuyuan_en.qm"
    subprocess.run([_lrelease(), str(TS), "-qm", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_bytes() == QM.read_bytes(), "fuyuan_en.qm is stale: run pyside6-lrelease (see module docstring)"


def test_the_owned_screens_are_translated_completely() -> None:
    untranslated = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        if name not in COMPLETE:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = "".join(forms) if message.get("numerus") == "yes" else translation.text or ""
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
                untranslated.append((name, message.findtext("source")))
    assert untranslated == []


@pytest.fixture
def english() -> Iterator[QApplication]:
    from fuyuan_desktop.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    translators = install_translations(app, "en")
    try:
        yield app
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_english_reaches_the_rail_and_the_pages(qtbot: Any, english: QApplication, ctx: Workspace,
                                                paths: DataPaths, tmp_path: Path) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    assert QCoreApplication.translate("MainWindow", "工作台") == "Dashboard"
    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    rail = [window.ui.nav_rail.item(i).text() for i in range(window.ui.nav_rail.count())]
    assert rail == ["Dashboard", "Cases", "Calendar", "Linkage", "Statistics", "Sync", "Settings"]
    assert window.windowTitle().startswith("Court–Government Linkage")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.loading())  # type: ignore[attr-defined]
    assert dashboard.ui.today_box.title() == "Today's sessions"  # type: ignore[attr-defined]
    assert dashboard.ui.today_list.topLevelItem(0).text(0) == "No mediation sessions today"  # type: ignore[attr-defined]
    assert window.page("cases").ui.new_case_button.text() == "&New case"  # type: ignore[attr-defined]
    calendar = window.page("calendar")
    assert calendar.ui.heading_label.text().startswith("Sessions on ")  # type: ignore[attr-defined]
    assert calendar.ui.heading_label.text().endswith("(0 sessions)")  # type: ignore[attr-defined]
    assert window.page("settings").ui.audit_button.text() == "&Verify audit chain"  # type: ignore[attr-defined]
    window.resize(1280, 800)
    out = Path(__file__).resolve().parents[2] / "artifacts" / "ui"
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "main_window_en.png"))


def test_the_language_setting_picks_the_translation_at_start(qtbot: Any, paths: DataPaths,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """``--lang`` absent: the language chosen on the settings page (stored in ui.ini) applies."""
    from fuyuan_desktop.ui import app as app_module
    from fuyuan_desktop.ui.preferences import LANGUAGE

    LANGUAGE.write(app_module.settings_for(paths.ensure()), "en")
    chosen: list[str] = []
    monkeypatch.setattr(app_module, "install_translations", lambda _app, lang: chosen.append(lang) or [])
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    font_before, hook_before = qapp.font(), sys.excepthook
    log = logging.getLogger("fuyuan")
    handlers_before = list(log.handlers)
    try:
        window = app_module.start_workbench(qapp, app_module.parse_args(["--data-dir", str(paths.root), "--demo", "5"]))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=30000):
            pass  # the store opens (and the demo cases are written) after the window has painted
        assert chosen == ["en"]
        chosen.clear()
        window.close()  # a clean exit: the next start has nothing to recover
        # (the demo workspace again: it has its cases, so no first-run dialog waits for an answer)
        again = app_module.start_workbench(qapp, app_module.parse_args(["--data-dir", str(paths.root), "--demo",
                                                                        "--lang", "zh_CN"]))
        qtbot.addWidget(again)
        with qtbot.waitSignal(again.ready, timeout=30000):
            pass
        assert chosen == ["zh_CN"]  # the command line wins
    finally:
        qapp.setFont(font_before)
        sys.excepthook = hook_before
        for handler in set(log.handlers) - set(handlers_before):
            log.removeHandler(handler)
            handler.close()


def test_the_application_name_qt_appends_to_every_title_is_in_the_chosen_language(qapp: QApplication) -> None:
    """Qt ends each window's title with the display name: it follows the language, and it is the main window's own
    title word for word (so that title, which already ends with it, is not doubled)."""
    from fuyuan_desktop.ui.app import APP_TITLE, install_translations

    before = qapp.applicationDisplayName()
    translators = install_translations(qapp, "en")
    try:
        assert qapp.applicationDisplayName() == "Court–Government Linkage · Pre-litigation Mediation Workbench"
        assert QCoreApplication.translate("MainWindow", APP_TITLE) == qapp.applicationDisplayName()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qapp.setApplicationDisplayName(before)
