"""Complete English: no Chinese word of the window bypasses ``tr()``, enum values and validation errors are
translated, and the English screens show Chinese only in data (names, case numbers, places, the official 案由).

Three layers:
- a static scan (AST) of every ``fuyuan_desktop/ui`` module for string literals with Chinese characters outside a
  translation call — data that stays Chinese is listed in ``ALLOWED`` with the reason;
- the translation file: every message finished, every enum label listed and translated;
- the real window in English, offscreen at 1366×768: each page, each case tab and the case's dialogs show no
  Chinese outside the case's own data, and no label or button on 设置 is cut.

After adding strings, refresh the translation as tests/ui/test_i18n.py says.
"""

from __future__ import annotations

import ast
import html
import inspect
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from fuyuan_desktop.domain import enums, linkage
from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import LabelledEnum
from fuyuan_desktop.domain.errors import InputErrors, ValidationError
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult, check_text
from fuyuan_desktop.services.setup import device_info
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.error_english import ENGLISH

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "fuyuan_desktop" / "ui"
TS = ROOT / "fuyuan_desktop" / "resources" / "i18n" / "fuyuan_en.ts"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}

_PAPER = "written into a Chinese legal paper (the agreement's clause text), not a word of the window"
_FILE = "a file name suggested or written, not a word of the window"
_LAUNCHER = "the launcher's command-line help and errors, Chinese like the fuyuan command's"
_SHORT = "shortens the Chinese category and place names on the chart axes (data); English names are not shortened"
# Chinese literals in ui modules that are data, not words of the window: (module, literal) → why it stays Chinese.
ALLOWED: dict[tuple[str, str], str] = {
    ("first_run.py", "账户名"): "compared with a ValidationError's label to pick the field to focus, never shown",
    ("pages/cases.py", "分期付款买卖合同纠纷"): "an official 案由 name used only to measure the filter's width, never shown",
    ("agreement_composer.py", "一二三四五六七八九十"): "clause numerals " + _PAPER,
    ("agreement_composer.py", "十"): "clause numerals " + _PAPER,
    ("agreement_composer.py", "银行转账"): "a performance method " + _PAPER,
    ("agreement_composer.py", "现金当面交付"): "a performance method " + _PAPER,
    ("agreement_composer.py", "微信或支付宝转账"): "a performance method " + _PAPER,
    ("agreement_composer.py", "当面交付"): "a performance method " + _PAPER,
    ("agreement_composer.py", "现场交接"): "a performance method " + _PAPER,
    ("agreement_composer.py", "本协议生效即履行"): "a performance method " + _PAPER,
    ("agreement_composer.py", "调解协议书-"): _FILE,
    ("agreement_composer.py", "协议-第"): _FILE,
    ("agreement_composer.py", "版-"): _FILE,
    ("recorder.py", "调解员"): "the speaker label typed into the 笔录 (a Chinese record); shown via the Enums context",
    ("recorder.py", "笔录-"): _FILE,
    ("recorder.py", "\n\n——以下为另一处保存的第"): "the merge marker written into the record's text",
    ("recorder.py", "版——\n"): "the merge marker written into the record's text",
    ("app.py", "府院联动·诉前调解工作台"): "APP_TITLE: argparse and the display name; windows show app_title()",
    ("app.py", "数据目录（默认按系统惯例；也可用 FUYUAN_DATA_DIR）"): _LAUNCHER,
    ("app.py", "打开演示工作区（数据目录下的 demo/，与正式数据分开，标题栏标“演示”）；其中没有案件时先生成 N 件演示案件（默认 2000）"):
        _LAUNCHER,
    ("app.py", "中院数据中心模式（导入数据包、设备、缺漏、隔离、冲突，全市案件与统计）：DIR 是中院目录（hub init 建的、内有 hub.json "
               "的文件夹），或内含 hub 子目录的数据目录；数据库取自 hub.json。DIR 还不是中院端时先问是否在此新建"): _LAUNCHER,
    ("app.py", "只在新建中院端时需要：数据库地址（默认 DIR/hub.sqlite3；如 postgresql+psycopg://用户@主机/库），记入 hub.json，"
               "此后不必再给"): _LAUNCHER,
    ("app.py", "界面语言（默认用“设置”中选的语言，初始为 zh_CN）"): _LAUNCHER,
    ("app.py", "自检（离屏）：迁移数据库的临时副本、打印含生僻字的协议、打开主窗口；通过退出码 0，否则 1"): _LAUNCHER,
    ("app.py", "--hub-db 需与 --hub DIR 一起使用"): _LAUNCHER,
    ("app.py", "--demo 不能用于中院数据中心模式"): _LAUNCHER,
    ("enum_labels.py", "案件状态已自动由「(.+?)」转为「(.+?)」（(.+)）$"): "a pattern that reads the service's Chinese note",
    ("enum_labels.py", "第 (\\d+) 版调解协议定稿$"): "a pattern that reads the service's Chinese note",
    ("crash.py", "；平台 "): "a line of the crash report for technical staff",
    ("first_run.py", "法官姓名"): "the field's label handed to the service; its error is shown through error_words",
    ("first_run.py", "书记员姓名"): "the field's label handed to the service; its error is shown through error_words",
    ("first_run.py", "法官"): "the roster role stored with the mediator (a ParticipantRole label)",
    ("first_run.py", "书记员"): "the roster role stored with the mediator (a ParticipantRole label)",
    ("intake_fields.py", "待定"): "a placeholder name for the party look-up, never shown",
    ("intake_fields.py", "汉族"): "an official ethnic group name offered as typed data",
    ("intake_fields.py", "蒙古族"): "an official ethnic group name offered as typed data",
    ("intake_fields.py", "满族"): "an official ethnic group name offered as typed data",
    ("intake_fields.py", "朝鲜族"): "an official ethnic group name offered as typed data",
    ("intake_fields.py", "回族"): "an official ethnic group name offered as typed data",
    ("intake_fields.py", "锡伯族"): "an official ethnic group name offered as typed data",
    ("intake_wizard.py", "证件号码相同"): "compared with the service's suggestion reason, not shown",
    ("performance.py", "逾期"): "compared with the service's status text, not shown",
    ("pages/dashboard.py", "人民政府"): "the suffix of a township government's official name, typed into data",
    ("pages/linkage.py", "人民政府"): "the suffix of a township government's official name: the recommendation's recipient",
    ("recommendation_editor.py", "司法建议书"): _FILE,
    ("recommendation_editor.py", "关于"): _FILE,
    ("recommendation_editor.py", "的司法建议书.pdf"): _FILE,
    ("pages/hub.py", "授权.json"): _FILE,
    ("pages/sync.py", "登记申请.json"): _FILE,
    ("preferences.py", "中文（简体）"): "the language's own name in the language menu",
    ("pages/stats.py", "纠纷"): _SHORT,
    ("pages/stats.py", "行政争议"): _SHORT,
    ("pages/stats.py", "行政"): _SHORT,
    ("pages/stats.py", "吉林松原经济开发区"): _SHORT,
    ("pages/stats.py", "松原经开区"): _SHORT,
    ("pages/stats.py", "松原石油化学工业循环经济园区"): _SHORT,
    ("pages/stats.py", "石化园区"): _SHORT,
}
# The English of the services' messages keeps what the user types or a file holds ("默认", 是/否, a case number's
# parts); tests/ui/test_error_english.py allows only those words (KEPT) in these texts.
ALLOWED.update({("error_english.py", english): "what the user types, kept in the English of a service's message"
                for english in ENGLISH.values() if CJK.search(english)})
# Whole modules whose Chinese is not shown in the window.
ALLOWED_MODULES = {"self_check.py": "the --self-check report printed to the terminal, Chinese like the CLI's output"}


def untranslated(source: str) -> list[tuple[int, str]]:
    """String literals with Chinese characters that are neither docstrings nor inside a translation call."""
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
            continue
        if isinstance(parents.get(node), ast.Expr):
            continue  # a docstring (or a bare string statement): never shown
        up: ast.AST | None = node
        translated = False
        while up in parents and not translated:
            up = parents[up]
            if isinstance(up, ast.Call):
                func = up.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                translated = name in TRANSLATING
        if not translated or any(isinstance(a, ast.JoinedStr) for a in _ancestors(up, parents)):
            found.append((node.lineno, node.value))  # (pyside6-lupdate does not look inside an f-string)
    return found


def _ancestors(node: ast.AST | None, parents: dict[ast.AST, ast.AST]) -> Iterator[ast.AST]:
    while node in parents:
        node = parents[node]
        yield node


def _ui_modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(UI.rglob("*.py")):
        if path.parent.name == "forms":
            continue  # generated by pyside6-uic from forms/*.ui: every string goes through translate()
        yield path.relative_to(UI).as_posix(), path


def test_the_scan_finds_a_literal_that_bypasses_tr() -> None:
    source = ('"""模块说明。"""\n'
              'label.setText("保存")\n'
              'label.setText(self.tr("保存"))\n'
              'button.setText(f"已保存 {n} 份")\n'
              'X = QT_TRANSLATE_NOOP("Ctx", "取消")\n'
              'y = QCoreApplication.translate("Ctx", "第 {n} 条").format(n=1)\n'
              'z = f"{when.strftime(self.tr(\'%m月%d日\'))}"\n')
    assert untranslated(source) == [(2, "保存"), (4, "已保存 "), (4, " 份"), (7, "%m月%d日")]


def test_no_chinese_literal_in_the_ui_bypasses_tr() -> None:
    bypassing, used = [], set()
    for name, path in _ui_modules():
        if name in ALLOWED_MODULES:
            continue
        for line, literal in untranslated(path.read_text(encoding="utf-8")):
            if (name, literal) in ALLOWED:
                used.add((name, literal))
            else:
                bypassing.append(f"{name}:{line}: {literal!r}")
    assert bypassing == [], "wrap these in self.tr()/QCoreApplication.translate() (or list data in ALLOWED):\n" + \
        "\n".join(bypassing)
    assert set(ALLOWED) - used == set(), "ALLOWED lists literals that are gone: remove them"
    assert all(reason.strip() for reason in [*ALLOWED.values(), *ALLOWED_MODULES.values()])


def _messages() -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield context.findtext("name") or "", message.findtext("source") or "", translation


def test_every_message_of_the_translation_is_finished() -> None:
    unfinished = [(c, s) for c, s, t in _messages() if t.get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join([t.text or "", *(f.text or "" for f in t.iter("numerusform"))]).strip()]
    assert unfinished == []


def _labelled_enums() -> list[type[LabelledEnum]]:
    return [kind for module in (enums, linkage) for _name, kind in inspect.getmembers(module, inspect.isclass)
            if issubclass(kind, LabelledEnum) and kind is not LabelledEnum and kind.__module__ == module.__name__]


def test_every_enum_value_has_an_english_name() -> None:
    from fuyuan_desktop.ui.enum_labels import LABELS

    english = {s: t.text or "" for c, s, t in _messages() if c == "Enums"}
    kinds = _labelled_enums()
    assert {enums.DisputeStatus, enums.Outcome, enums.PartyRole, enums.PartyKind, enums.SessionStatus} <= set(kinds)
    for kind in kinds:
        for member in kind:
            assert member.label in LABELS, f"{kind.__name__}.{member.name}: add its label to ui/enum_labels.LABELS"
            assert english.get(member.label, "").isascii(), f"{member.label}: no English name in the .ts"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    from fuyuan_desktop.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    # an earlier test's Chinese (a start of the workbench) is set aside: one language at a time, as in the app
    left = [translator for translator in app.findChildren(QTranslator) if app.removeTranslator(translator)]
    translators = install_translations(app, "en")
    try:
        yield app
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        for translator in left:
            app.installTranslator(translator)
        QLocale.setDefault(before)


def test_enum_labels_follow_the_language(english: QApplication) -> None:
    from fuyuan_desktop.ui.enum_labels import enum_label, enum_text, status_note_text

    assert enum_label(enums.DisputeStatus.MEDIATING) == "Mediating"
    assert enum_text(enums.DisputeStatus, "registered") == "Registered"  # by code
    assert enum_text(enums.PartyRole, "被申请人") == "Respondent"  # by the label a view carries
    assert enum_text(enums.Outcome, "not an outcome") == "not an outcome"
    note = "案件状态已自动由「已指派调解员」转为「调解中」（保存了第一份调解笔录）"
    assert status_note_text(note) == ("Case status changed automatically from “Mediator assigned” to “Mediating” "
                                      "(the first mediation record was saved)")
    assert status_note_text("案件状态已自动由「调解中」转为「已达成协议」（第 2 版调解协议定稿）").endswith(
        "to “Agreement reached” (version 2 of the agreement was finalized)")


def test_status_notes_stay_as_the_service_words_them_in_chinese() -> None:
    from fuyuan_desktop.ui.enum_labels import status_note_text

    note = "案件状态已自动由「已指派调解员」转为「调解中」（保存了第一份调解笔录）"
    assert status_note_text(note) == note


def test_validation_errors_are_shown_in_english_and_stay_chinese_for_the_cli(english: QApplication) -> None:
    from fuyuan_desktop.ui.crash import error_text

    _clean, too_long = check_text("张" * 70, "法官姓名", required=False, limit=64)
    assert too_long is not None and too_long.code == "too_long"
    assert str(too_long) == "法官姓名：过长：70 个字符，最多 64 个"  # what the CLI prints is unchanged
    assert error_text(too_long) == "Judge's name: too long: 70 characters, at most 64"
    by_field = ValidationError("--outcome 调解结果", "不能为空", field="outcome")
    assert error_text(by_field) == "Outcome: cannot be empty"
    several = InputErrors([ValidationError("调解员", "至少指派一名调解员"),
                           ValidationError("没有的字段", "没有的原因")])
    assert error_text(several) == "Mediator: assign at least one mediator\n没有的字段: 没有的原因"


def test_validation_errors_keep_the_service_words_in_chinese() -> None:
    from fuyuan_desktop.ui.crash import error_text

    _clean, too_long = check_text("张" * 70, "法官姓名", required=False, limit=64)
    assert too_long is not None
    assert error_text(too_long) == "法官姓名：过长：70 个字符，最多 64 个"
    assert error_text(ValidationError("--outcome 调解结果", "不能为空", field="outcome")) == "调解结果：不能为空"


# --- the window in English ------------------------------------------------------------------------------------


def _shown_texts(root: QWidget) -> Iterator[tuple[QWidget | QAction, str]]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            yield widget, html.unescape(re.sub(r"<[^>]+>", "", widget.text()))
        elif isinstance(widget, QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget, widget.tabText(i)
    for action in root.findChildren(QAction):
        if action.isVisible() and action.text():
            yield action, action.text()
    yield root, root.windowTitle()


def _chinese_outside(data: Iterable[str], shown: Iterable[tuple[QWidget | QAction, str]]) -> list[str]:
    words = sorted({d for d in data if d}, key=len, reverse=True)  # longest first: a number before its parts
    found = []
    for owner, text in shown:
        rest = text
        for word in words:
            rest = rest.replace(word, "")
        if CJK.search(rest):
            found.append(f"{type(owner).__name__} {owner.objectName()!r}: {text!r}")
    return found


def _case_data(ctx: Workspace, case_id: str) -> list[str]:
    """What the case's page shows as data: its number, names, places, the official 案由, the summary."""
    case = get_case(ctx, case_id)
    s = case.summary
    info = device_info(ctx)
    words = [s.number, s.provisional_number, s.official_number or "", s.tribunal, s.place, s.cause, s.parties,
             case.dispute_summary, case.claims, ctx.actor, info.court or "", info.tribunal or "", *case.mediators]
    for p in case.parties:
        words += [p.name, p.id_number, p.credit_code, p.phone, p.address, p.representative, p.representative_title]
    return [*words, *s.parties.split("、")]


def _pump(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


@pytest.fixture
def case(ctx: Workspace, register: Callable[..., IntakeResult]) -> IntakeResult:
    result = register(person("张三", seq=1, address="吉林省松原市宁江区伯都乡新立村三社"), person("李四", "被申请人", seq=2))
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区新城乡人民调解委员会")
    assign_mediators(ctx, result.id, ["王秀兰"], accepted_on=date(2026, 11, 20))
    return result


def test_every_page_and_case_dialog_is_english_but_the_data(qtbot: Any, english: QApplication, ctx: Workspace,
                                                            paths: DataPaths, tmp_path: Path,
                                                            case: IntakeResult) -> None:
    from fuyuan_desktop.ui.case_detail import PlaceDialog, ScheduleDialog
    from fuyuan_desktop.ui.first_run import FirstRunDialog
    from fuyuan_desktop.ui.intake_wizard import IntakeWizard
    from fuyuan_desktop.ui.login import LoginDialog
    from fuyuan_desktop.ui.main_window import MainWindow
    from fuyuan_desktop.ui.mediator_picker import AddMediatorDialog, MediatorsDialog
    from fuyuan_desktop.ui.pages.linkage_forms import fund_dialog, hearing_dialog, relief_apply_dialog, training_dialog
    from fuyuan_desktop.ui.party_edit import PartyEditDialog
    from fuyuan_desktop.ui.party_law import PartyLawDialog
    from fuyuan_desktop.ui.performance import PerformanceDialog

    data = [*_case_data(ctx, case.id), "王秀兰", "宁江区新城乡人民调解委员会", "伯都乡调解室", "王法官"]
    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    chinese: list[str] = []
    for key, _title in window.RAIL:
        window.show_page(key)
        page = window.page(key)
        if hasattr(page, "loading"):
            qtbot.waitUntil(lambda page=page: not page.loading(), timeout=60000)
        _pump(english)
        chinese += [f"{key}: {c}" for c in _chinese_outside(data, _shown_texts(window))]
    window.open_case(case.id)
    detail = window.case_detail
    assert detail is not None
    session = detail.schedule(datetime(2026, 11, 20, 9, 0, tzinfo=COURT_TZ), "伯都乡调解室")
    assert session is not None
    tabs = detail.ui.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _pump(english)
        chinese += [f"tab {i}: {c}" for c in _chinese_outside(data, _shown_texts(window))]
    recorder = detail.open_recorder(session)
    assert recorder is not None  # deleted on close
    _pump(english)
    parties = get_case(ctx, case.id).parties
    dialogs: list[QWidget] = [
        recorder, ScheduleDialog("伯都乡调解室", datetime(2026, 11, 21, 9, tzinfo=COURT_TZ), window),
        MediatorsDialog(ctx, case.id, window), AddMediatorDialog(ctx, window), PlaceDialog(ctx, case.id, "", window),
        PartyEditDialog(ctx, parties[0], window), PartyLawDialog(ctx, case.id, window),
        PerformanceDialog(ctx, case.id, window),
    ]
    wizard = IntakeWizard(ctx, window)
    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    dialogs += [wizard, FirstRunDialog(ctx, settings, window), LoginDialog(window, name="王法官"),
                *(make(ctx, window) for make in (hearing_dialog, training_dialog, relief_apply_dialog, fund_dialog))]
    for page_id in wizard.pageIds():
        wizard.show()
        wizard.setStartId(page_id)
        wizard.restart()
        _pump(english)
        chinese += [f"wizard page {page_id}: {c}" for c in _chinese_outside(data, _shown_texts(wizard))]
    for dialog in dialogs:
        dialog.show()
        _pump(english)
        chinese += [f"{type(dialog).__name__}: {c}" for c in _chinese_outside(data, _shown_texts(dialog))]
        dialog.close()
    assert chinese == [], "\n".join(chinese)




def _cut(widget: QWidget, text: str) -> bool:
    """True when ``text`` does not fit the widget as laid out (one line, or wrapped to the label's width)."""
    room = widget.contentsRect()
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.heightForWidth(room.width()) > room.height()
        plain = html.unescape(re.sub(r"<[^>]+>", "", text)) if widget.textFormat() != 0 else text
        return max(metrics.horizontalAdvance(line) for line in plain.replace("&", "").split("\n")) > room.width()
    if isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() > widget.width()
    if isinstance(widget, QGroupBox):
        return metrics.horizontalAdvance(text) > widget.width()
    return False


@pytest.fixture(params=(10.5, 14.0), ids=lambda pt: f"{pt:g}pt")
def workbench_font(request: pytest.FixtureRequest, english: QApplication) -> Iterator[float]:
    """The font the workbench starts with (the bundled CJK face) at the default and at a 14 pt size."""
    from fuyuan_desktop.ui.qt_fonts import load_bundled_fonts

    before = english.font()
    load_bundled_fonts(english, point_size=request.param)
    try:
        yield request.param
    finally:
        english.setFont(before)


def test_no_label_on_the_settings_page_is_cut_at_1366(qtbot: Any, english: QApplication, workbench_font: float,
                                                       ctx: Workspace, paths: DataPaths, tmp_path: Path) -> None:
    from fuyuan_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, paths, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 728)  # 768 less the task bar
    window.show()
    window.show_page("settings")
    _pump(english)
    page = window.page("settings")
    shown = [(w, t) for w, t in _shown_texts(page) if isinstance(w, QWidget) and w is not page and t]
    assert len(shown) > 20
    assert page.ui.protection_value.text().startswith("Not encrypted")  # type: ignore[attr-defined]
    cut = [f"{type(w).__name__} {w.objectName()!r}: {t!r}" for w, t in shown if _cut(w, t)]  # type: ignore[arg-type]
    assert cut == [], "\n".join(cut)
    out = ROOT / "artifacts" / "ui"
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / f"settings_en_1366_{workbench_font:g}pt.png"))


def test_linkage_enum_choices_are_english_and_save_the_chinese_label(qtbot: Any, english: QApplication,
                                                                      ctx: Workspace) -> None:
    from PySide6.QtWidgets import QComboBox

    from fuyuan_desktop.ui.pages.linkage_forms import hearing_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = hearing_dialog(ctx, parent)
    combo = dialog.fields["instance"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["First instance", "Second instance", "Retrial"]
    combo.setCurrentIndex(1)
    assert dialog.values()["instance"] == linkage.Instance.SECOND.label  # what the service parses
