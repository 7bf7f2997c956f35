"""Complete English for the services' words: every reason an error of a service can give the window, and every
problem the agreement composer lists, has an English template (ui/error_english.py), and the real dialogs in
English show no Chinese but the case's own data.

Three layers:
- a static scan (AST) of the modules the workbench calls (services, domain, documents, sync, store): the reason of
  every error they raise — a string or an f-string, its values as ``{0}``, ``{1}`` — and the problems and hints
  they hand over as text must each have an English template (``MODULES`` and ``PROBLEM_SPOTS`` say where);
- each template, filled with sample values, comes back as its English with the same values;
- real triggers: dialogs of the case page and the agreement composer, driven offscreen in English.

The command line keeps the Chinese (tests/ui/test_i18n_complete.py checks that error_text in Chinese is unchanged).
"""

from __future__ import annotations

import ast
import functools
import re
import string
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import make_id_number, person
from PySide6.QtWidgets import QApplication
from test_case_detail import _page
from test_i18n_complete import _case_data

from fuyuan_desktop.domain.errors import AuthenticationError, NotFoundError, ValidationError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.workflow import add_mediator, assign_mediators, start_mediation
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.error_english import ENGLISH
from fuyuan_desktop.ui.error_words import FIELD_LABELS, LABELS, REASONS, message_text

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
PACKAGE = ROOT / "fuyuan_desktop"

# The modules whose errors reach the workbench's everyday flow (intake, parties, mediators, sessions and records,
# agreements, printing, verification, suspension, official numbers, accounts and encryption, backups, sync and USB
# export/import, settings and reference data), the 府院联动 ledgers (services/linkage) and the 中院 data centre
# (hub/). Not here, and still Chinese in English mode: reports/, cli/, demo/ and bench/ (not the window's).
MODULES = sorted([*PACKAGE.glob("services/*.py"), *PACKAGE.glob("services/linkage/*.py"), *PACKAGE.glob("domain/*.py"),
                  *PACKAGE.glob("documents/*.py"), *PACKAGE.glob("sync/*.py"), *PACKAGE.glob("store/*.py"),
                  *PACKAGE.glob("hub/*.py")])
# The error classes whose message is the reason (for ValidationError and BundleFault, the second argument).
ERRORS = {"ValidationError", "NotFoundError", "TransitionError", "PermissionDeniedError", "AuthenticationError",
          "ConflictError", "ImmutableDocumentError", "EncryptionUnavailableError", "FuyuanError", "BundleFault",
          "NetworkSyncError", "RevokedByHubError", "NotEnrolledError", "RevokedError", "HubUnreachableError",
          "DemoRefusedError"}
SECOND = {"ValidationError", "BundleFault"}
# Functions whose strings are shown as problems or hints, not raised: the agreement composer's completeness check,
# the parties' signing law, the ID number and phone hints (``None``: every function of the module).
PROBLEM_SPOTS: dict[str, list[str] | None] = {
    "services/agreements.py": ["text_problems", "completeness_problems", "_warnings", "_type_warnings"],
    "services/parties.py": ["_check"],
    "domain/cause_rules.py": None,
    "domain/confirmation.py": ["excluded_clauses"],
    "domain/characters.py": ["describe_unsafe"],
    "domain/identifiers.py": None,
    "domain/capacity.py": ["recorded_problem", "describe"],
    "services/confirmation.py": ["_exclusions"],
}
# Chinese that stays in an English template: what the user types or the file holds (a default key, yes/no, the
# column names of an import file, the level words of the place list, the parts of a case number), and names.
KEPT = {"号", "临", "开发区", "买卖合同纠纷", "默认", "吉", "宁", "日期", "类型", "名称", "民特", "是", "否", "乡镇",
        "村", "社区", "园区", "县区", "司法建议书编号地名简称", "年度", "年底", "伯都乡新立村"}


_CONSTANTS: dict[str, str] = {}  # the scanned module's string constants (``_WRONG = "账户名或密码不正确"``)


def _constants(tree: ast.Module) -> dict[str, str]:
    return {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}


def _template(node: ast.AST | None) -> list[str]:
    """The Chinese template(s) of a reason: a string as it is; an f-string with ``{0}``, ``{1}`` for its values
    (braces doubled; a module's string constant written in); both branches of a conditional; the parts of a
    concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out, n = "", 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                out += str(value.value).replace("{", "{{").replace("}", "}}")
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name) \
                    and value.value.id in _CONSTANTS:
                out += _CONSTANTS[value.value.id].replace("{", "{{").replace("}", "}}")
            else:
                out, n = out + f"{{{n}}}", n + 1
        return [out]
    if isinstance(node, ast.IfExp):
        return _template(node.body) + _template(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        if not left and not right:
            return []
        return [_join(a, b) for a in left or ["{0}"] for b in right or ["{0}"]]  # a value added: a hole
    return []


def _as_format(text: str) -> tuple[str, int]:
    """A reason as a format string and the number of its values (a plain string has its braces doubled)."""
    try:
        names = [name for _t, name, _s, _c in string.Formatter().parse(text) if name is not None]
    except ValueError:
        names = ["x"]
    if names and all(name.isdigit() for name in names):
        return text, len(names)
    return text.replace("{", "{{").replace("}", "}}"), 0


def _join(a: str, b: str) -> str:
    left, n = _as_format(a)
    right, m = _as_format(b)
    if not m:
        return a + b if not n else left + right
    return left + right.format(*(f"{{{n + i}}}" for i in range(m)))


@functools.cache
def _calls(path: Path) -> tuple[dict[str, str], tuple[ast.Call, ...]]:
    """A module's string constants and its calls of the error classes, parsed once for the scans."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return _constants(tree), tuple(node for node in ast.walk(tree)
                                   if isinstance(node, ast.Call) and _call_name(node) in ERRORS)


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def raised_reasons(path: Path) -> Iterator[tuple[str, int]]:
    """(template, line) of the reason of every error ``path`` raises, where the reason is written there."""
    constants, calls = _calls(path)
    _CONSTANTS.clear()
    _CONSTANTS.update(constants)
    for node in calls:
        args = node.args[1:2] if _call_name(node) in SECOND else node.args[:1]
        for arg in args:
            for text in _template(arg):
                if CJK.search(text):
                    yield text, node.lineno


def raised_labels(path: Path) -> Iterator[tuple[str, int]]:
    """(label, line) of every ValidationError ``path`` raises without a field key, its key path dropped."""
    for node in _calls(path)[1]:
        if _call_name(node) == "ValidationError" and node.args:
            if any(k.arg == "field" for k in node.keywords):
                continue
            for text in _template(node.args[0]):
                words = text.partition(" ")[2] if text[:1].isascii() and " " in text else text
                if CJK.search(words):
                    yield words, node.lineno


def problem_strings(path: Path, functions: list[str] | None) -> Iterator[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef) or (functions is not None and fn.name not in functions):
            continue
        doc = ast.get_docstring(fn, clean=False)
        parts = {id(v) for node in ast.walk(fn) if isinstance(node, ast.JoinedStr) for v in node.values}
        parts |= {id(v) for node in ast.walk(fn) if isinstance(node, ast.BinOp) for v in ast.walk(node) if v is not node}
        for node in ast.walk(fn):
            if id(node) in parts or (isinstance(node, ast.Constant) and node.value == doc):
                continue
            if isinstance(node, ast.JoinedStr | ast.Constant | ast.BinOp):
                for text in _template(node):
                    if CJK.search(text):
                        yield text, node.lineno


def _known() -> set[str]:
    """What error_words and error_english render in English: their templates, and the fixed reasons and labels
    of the translation file (context "ValidationError")."""
    return {*ENGLISH, *map(str, REASONS), *map(str, LABELS), *FIELD_LABELS.values()}


def _missing(found: Iterator[tuple[str, int]], where: str) -> list[str]:
    known = _known()
    return [f"{where}:{line}: {text}" for text, line in found if text not in known]


def test_the_scan_finds_a_reason_without_english(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('def f(x):\n    raise ValidationError("案由", f"没有译文的原因 {x}")\n'
                      '    raise NotFoundError("找不到调解协议 " + x)\n'
                      '    raise ValidationError("调解员", "至少指派一名调解员")\n', encoding="utf-8")
    assert _missing(raised_reasons(module), "module.py") == ["module.py:2: 没有译文的原因 {0}"]
    assert list(raised_reasons(module))[1][0] == "找不到调解协议 {0}"  # a concatenation's value is a hole too
    module = tmp_path / "constants.py"  # another file: the scan parses each file once
    module.write_text('_WRONG = "账户名或密码不正确"\ndef f(n):\n    raise AuthenticationError(f"{_WRONG}；再试 {n} 次")\n',
                      encoding="utf-8")
    assert [text for text, _line in raised_reasons(module)] == ["账户名或密码不正确；再试 {0} 次"]


@pytest.mark.slow  # parses every module of the services (the first scan of a run)
def test_every_reason_the_services_give_the_window_has_english() -> None:
    missing = [m for path in MODULES for m in _missing(raised_reasons(path), str(path.relative_to(ROOT)))]
    assert missing == [], "add the English of these reasons to fuyuan_desktop/ui/error_english.py"


@pytest.mark.slow
def test_every_label_the_services_give_without_a_key_has_english() -> None:
    missing = [m for path in MODULES for m in _missing(raised_labels(path), str(path.relative_to(ROOT)))]
    assert missing == [], "add these labels to WORDS in fuyuan_desktop/ui/error_english.py"


def test_every_problem_the_composer_and_the_party_tab_list_has_english() -> None:
    missing = [m for spot, functions in PROBLEM_SPOTS.items()
               for m in _missing(problem_strings(PACKAGE / spot, functions), spot)]
    assert missing == [], "add the English of these problems to PROBLEMS in fuyuan_desktop/ui/error_english.py"


def _holes(text: str) -> list[str]:
    try:
        return sorted({name for _t, name, _s, _c in string.Formatter().parse(text) if name is not None})
    except ValueError:
        return []


def test_each_english_template_has_the_values_of_its_chinese_and_no_chinese_words() -> None:
    assert len(ENGLISH) >= 500
    for chinese, english_text in ENGLISH.items():
        assert _holes(english_text) == _holes(chinese), chinese
        assert english_text.strip() and english_text != chinese
        left = [run for run in CJK.findall(english_text) if run not in KEPT]
        assert left == [], f"{chinese}: Chinese left in its English {english_text!r}"


def _sample(template: str) -> tuple[str, list[str]]:
    holes = _holes(template)
    if not holes or not all(h.isdigit() for h in holes):
        return template, []
    values = [f"值{'甲乙丙丁戊己庚'[i]}" for i in range(max(map(int, holes)) + 1)]
    return template.format(*values), values


def test_every_template_filled_in_comes_back_as_its_english(english: QApplication) -> None:
    from fuyuan_desktop.ui.error_words import _english

    wrong = []
    for chinese in ENGLISH:
        sample, values = _sample(chinese)
        wanted = _english(chinese)
        assert wanted is not None
        if values:
            wanted = wanted.format(*values)
        if message_text(sample) != wanted:
            wrong.append(f"{sample!r} → {message_text(sample)!r}, wanted {wanted!r}")
    assert wrong == []


def test_in_chinese_the_services_words_are_shown_as_they_are() -> None:
    text = "第2条缺少履行方式"
    assert message_text(text) == text
    from fuyuan_desktop.ui.crash import error_text

    assert error_text(NotFoundError("找不到案件「X」（可用案件编号、正式案号或内部 ID）")) == \
        "找不到案件「X」（可用案件编号、正式案号或内部 ID）"


def test_values_are_translated_where_they_are_words_of_the_window(english: QApplication) -> None:
    from fuyuan_desktop.ui.crash import error_text

    assert error_text(ValidationError("调解场次", "案件状态为「调解中」，不能再改期")) == \
        "Session: the case status is “Mediating”; it can no longer be rescheduled"
    assert message_text("第1条协议内容有未填写的空白「____」，请据实填写") == \
        "The content of clause 1 has an unfilled blank “____”; please fill it in".replace("The", "the", 1)
    assert message_text("纠纷主要事实：不能为空") == "Main facts of the dispute: cannot be empty"
    # a name is data: kept as the user wrote it, even inside a translated message
    assert message_text("当事人「王调解」缺少身份证号码") == "party “王调解” has no ID card number"
    # what no template knows stays as the service said it
    assert message_text("没有模板的一句话") == "没有模板的一句话"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The window's language English, as tests/ui/test_i18n_complete.py sets it (and back afterwards)."""
    from PySide6.QtCore import QLocale, QTranslator

    from fuyuan_desktop.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
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


# --- real triggers in the window, in English ---------------------------------------------------------------------


def _no_chinese_but(text: str, data: list[str]) -> list[str]:
    rest = text
    for word in sorted({d for d in data if d}, key=len, reverse=True):
        rest = rest.replace(word, "")
    return CJK.findall(rest)


@pytest.fixture
def mediating(ctx: Workspace, register: Callable[..., IntakeResult]) -> IntakeResult:
    add_mediator(ctx, "王秀兰", "特邀调解员", organization="宁江区诉调对接中心")
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="劳动争议",
                    summary="拖欠工资", registered_on=date(2026, 11, 9))
    assign_mediators(ctx, case.id, ["王秀兰"], accepted_on=date(2026, 11, 10))
    start_mediation(ctx, case.id)
    return case


@pytest.mark.slow
def test_suspending_before_the_assignment_is_refused_in_english(qtbot: Any, english: QApplication, ctx: Workspace,
                                                                paths: DataPaths, mediating: IntakeResult) -> None:
    from fuyuan_desktop.ui.qt_dates import qdate
    from fuyuan_desktop.ui.suspension_dialogs import SuspendDialog

    dialog = SuspendDialog(ctx, mediating.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason_combo.setEditText("等待鉴定（评估）结果")
    dialog.date_edit.setDate(qdate(date(2026, 11, 5)))
    dialog.save()
    shown = dialog.error_label.text()
    assert dialog.isVisible() and "2026-11-05" in shown and "2026-11-10" in shown
    assert "is earlier than the date the assignment was accepted" in shown
    assert _no_chinese_but(shown, _case_data(ctx, mediating.id)) == []


@pytest.mark.slow
def test_a_mistyped_id_number_is_refused_in_english(qtbot: Any, english: QApplication, ctx: Workspace,
                                                    paths: DataPaths, mediating: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    qtbot.waitUntil(lambda: page.case is not None)
    page.ui.tabs.setCurrentWidget(page.ui.parties_tab)
    page.ui.parties_table.selectRow([p.name for p in page.case.parties].index("张桂芝"))  # type: ignore[union-attr]
    dialog = page.edit_party()
    assert dialog is not None
    good = make_id_number(1)
    dialog.id_edit.setText(good[:-1] + ("0" if good[-1] != "0" else "1"))
    dialog.save()
    shown = dialog.error_label.text()
    assert dialog.isVisible() and "check digit does not match" in shown
    assert _no_chinese_but(shown, _case_data(ctx, mediating.id)) == []


@pytest.mark.slow
def test_another_courts_official_number_is_refused_in_english(qtbot: Any, english: QApplication, ctx: Workspace,
                                                              paths: DataPaths, mediating: IntakeResult) -> None:
    _host, page = _page(qtbot, ctx, paths, mediating.id)
    qtbot.waitUntil(lambda: page.case is not None)
    page.ui.tabs.setCurrentWidget(page.summary_scroll)
    page.official_button.click()
    dialog = page.official_dialog
    number = "（2026）吉0721民诉前调15号"
    dialog.number_edit.setText(number)
    dialog.save_button.click()
    shown = dialog.error_label.text()
    assert dialog.isVisible() and "吉0721" in shown and "please check the case number" in shown
    courts = [str(c[key]) for c in ctx.reference.courts.get("courts", []) for key in ("name", "code")]  # as listed
    assert _no_chinese_but(shown, [*_case_data(ctx, mediating.id), number, *courts]) == [], shown


@pytest.mark.slow
def test_the_composers_completeness_check_lists_its_problems_in_english(
        qtbot: Any, english: QApplication, ctx: Workspace, paths: DataPaths, mediating: IntakeResult) -> None:
    from fuyuan_desktop.ui.agreement_composer import AgreementComposer

    composer = AgreementComposer(ctx, paths, mediating.id)
    qtbot.addWidget(composer)
    composer.show()
    ui = composer.ui
    ui.snippet_combo.setCurrentIndex(ui.snippet_combo.findData("unpaid_wages"))
    ui.insert_snippet_button.click()
    ui.clause_text_edit.setPlainText("向张桂芝支付____元，于某某日前付清。")
    ui.facts_edit.setPlainText("")
    problems = composer.validate()
    assert len(problems) >= 2
    items = [ui.problems_list.item(i).text() for i in range(ui.problems_list.count())]
    data = [*_case_data(ctx, mediating.id), "____", "某某"]
    assert any("unfilled blank “____”" in item for item in items), items
    assert any("clause 1" in item for item in items), items
    for item in items:
        assert _no_chinese_but(item, data) == [], item
    assert _no_chinese_but(ui.problems_label.text(), data) == []


@pytest.mark.slow
def test_a_wrong_password_is_refused_in_english(english: QApplication, paths: DataPaths) -> None:
    from fuyuan_desktop.ui.crash import error_text

    made = accounts.create_protected_store(paths, "管理员", "correct horse battery")
    made.ctx.db.engine.dispose()
    with pytest.raises(AuthenticationError) as refused:
        accounts.verify_password(paths, "管理员", "wrong password!")
    assert CJK.search(str(refused.value))  # the command line's words are Chinese
    shown = error_text(refused.value)
    assert _no_chinese_but(shown, ["管理员"]) == [], shown


def test_a_case_that_is_not_there_is_named_in_english(english: QApplication, ctx: Workspace) -> None:
    from fuyuan_desktop.ui.crash import error_text

    with pytest.raises(NotFoundError) as missing:
        get_case(ctx, "没有这件案子")
    shown = error_text(missing.value)
    assert shown.startswith("Case “没有这件案子” not found"), shown
