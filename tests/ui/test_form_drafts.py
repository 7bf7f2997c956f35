"""Nothing typed is lost: the agreement composer and the intake wizard autosave a draft into the store every
autosave interval (2 s); after a hard crash (a child process SIGKILLed while typing, as the recorder is tested)
the draft holds everything typed up to that interval before the kill, and the reopened form offers 恢复草稿."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_mediation_flow import on_next_dialog, type_text

from fuyuan_desktop.services.agreements import agreements_of
from fuyuan_desktop.services.drafts import agreement_key, form_draft, intake_key, save_form_draft
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
from fuyuan_desktop.ui.intake_wizard import IntakeWizard

ROOT = Path(__file__).resolve().parents[2]
AUTOSAVE_S = 2.0
SLACK_S = 0.5
MARKER_TIMEOUT_S = 30.0

# Runs in the child: type into the form in bursts (ASCII key by key, Chinese as an IME commit), print the form's
# state after each burst, then wait to be killed.
CHILD_HEAD = r'''
import json, os, re, sys, time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths

root, case_id = sys.argv[1:3]
paths = DataPaths(Path(root))
ctx = initialize(paths, actor="书记员")

def type_text(widget, text):
    widget.setFocus()
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)

def mark(state):
    print("MARK " + json.dumps({"state": state, "t": time.monotonic()}, ensure_ascii=False), flush=True)
'''

COMPOSER_CHILD = CHILD_HEAD + r'''
from fuyuan_desktop.ui.agreement_composer import AgreementComposer
composer = AgreementComposer(ctx, paths, case_id)
composer.resize(1200, 720)
composer.show()
QTest.qWaitForWindowExposed(composer)
ui = composer.ui
BURSTS = [
    (0, lambda: type_text(ui.facts_edit, "2025年双方签订土地流转合同，约定年流转费8000元。")),
    (300, lambda: (composer.add_clause(), type_text(ui.clause_text_edit, "向张桂芝支付2025年度土地流转费"))),
    (300, lambda: type_text(ui.amount_edit, "8000")),
    (300, lambda: type_text(ui.breach_edit, "逾期不付的，按日万分之五支付违约金。")),
    (300, lambda: type_text(ui.facts_edit, "被申请人因减产未付。")),
    (2600, lambda: type_text(ui.clause_text_edit, "（分两期）")),  # the kill may cut this one off
]
for pause, burst in BURSTS:
    QTest.qWait(pause)  # the event loop runs here, so the autosave timer fires as it would for a user
    burst()
    composer._dirty = composer._dirty  # no-op: the form's own signals marked it dirty
    mark(composer.draft_payload())
QTest.qWait(60000)
print("NOT KILLED", flush=True)
'''

WIZARD_CHILD = CHILD_HEAD + r'''
from fuyuan_desktop.ui.intake_wizard import IntakeWizard
wizard = IntakeWizard(ctx, paths=paths)
wizard.show()
QTest.qWaitForWindowExposed(wizard)
QTest.qWait(50)  # the draft question (none here) is asked once the wizard shows
d = wizard.dispute_page.ui
BURSTS = [
    (0, lambda: wizard.dispute_page.cause_picker.choose_text("土地经营权出租合同纠纷")),
    (300, lambda: type_text(d.summary_edit, "承包地流转费2025年度未付。")),
    (300, lambda: type_text(d.claims_edit, "请求支付流转费8000元。")),
    (300, lambda: (type_text(d.amount_edit, "8000"), wizard.next())),
    (300, lambda: type_text(wizard.parties_page.ui.name_edit, "张桂芝")),
    (2600, lambda: type_text(wizard.parties_page.ui.address_edit, "新城乡光明村三组")),
]
for pause, burst in BURSTS:
    QTest.qWait(pause)
    burst()
    mark(wizard.draft_payload())
QTest.qWait(60000)
print("NOT KILLED", flush=True)
'''


def _reader(stream: Any, lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


def type_then_kill(tmp_path: Path, paths: DataPaths, script: str, case_id: str, bursts: int) -> tuple[
        list[dict[str, Any]], float]:
    """Run ``script`` in a child, read its markers, SIGKILL it after the last; the markers and the kill's time."""
    path = tmp_path / "type_then_die.py"
    path.write_text(script, encoding="utf-8")
    errors = (tmp_path / "child.err").open("w+", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    child = subprocess.Popen([sys.executable, str(path), str(paths.root), case_id], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True).start()
    markers: list[dict[str, Any]] = []
    try:
        while len(markers) < bursts:
            try:
                line = lines.get(timeout=MARKER_TIMEOUT_S)
            except queue.Empty:
                line = ""
            if not line:
                errors.seek(0)
                pytest.fail(f"child stopped after {len(markers)} markers:\n{errors.read()[-3000:]}")
            if line.startswith("MARK "):
                markers.append(json.loads(line[5:]))
        os.kill(child.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        errors.close()
    return markers, killed_at


def saved_marker(markers: list[dict[str, Any]], killed_at: float, saved: dict[str, Any]) -> int:
    """The draft is exactly the form's state after one burst, and no older than an autosave interval."""
    matches = [i for i, m in enumerate(markers) if m["state"] == saved]
    assert matches, f"the draft is no state the form was in: {saved}"
    must_have = [i for i, m in enumerate(markers) if m["t"] <= killed_at - AUTOSAVE_S - SLACK_S]
    assert must_have and matches[-1] >= must_have[-1], (matches, must_have)
    return matches[-1]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_killed_composer_keeps_its_draft_and_the_reopened_tab_restores_it(
        qtbot: Any, tmp_path: Path, paths: DataPaths, ctx: Workspace,
        register: Callable[..., IntakeResult]) -> None:
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="土地承包经营权流转纠纷")
    markers, killed_at = type_then_kill(tmp_path, paths, COMPOSER_CHILD, case.id, bursts=6)
    assert "分两期" in markers[-1]["state"]["clauses"][0]["text"]

    reopened = initialize(paths, actor="书记员")
    draft = form_draft(reopened, agreement_key(case.id))
    assert draft is not None
    index = saved_marker(markers, killed_at, draft.payload)
    assert index >= 4  # the 违约责任 and the second facts burst were typed well before the kill
    assert agreements_of(reopened, case.id) == []  # only a draft: nothing was saved as the agreement

    composer = AgreementComposer(reopened, paths, case.id)
    qtbot.addWidget(composer)
    composer.resize(1366, 700)
    composer.show()
    assert composer.draft_banner.isVisible() and "恢复" in composer.draft_banner.restore_button.text()
    assert not composer.ui.composer_splitter.isEnabled() and not composer.ui.save_button.isEnabled()
    assert composer.ui.facts_edit.toPlainText() == ""  # nothing is put in the form before the user chooses
    qtbot.mouseClick(composer.draft_banner.restore_button, Qt.MouseButton.LeftButton)
    state = markers[index]["state"]
    assert not composer.draft_banner.isVisible() and composer.ui.composer_splitter.isEnabled()
    assert composer.ui.facts_edit.toPlainText() == state["facts"]
    assert composer.ui.breach_edit.toPlainText() == state["breach_terms"]
    assert [(c.text, c.amount) for c in composer.clauses] == [(c["text"], c["amount"]) for c in state["clauses"]]
    assert composer.ui.amount_edit.text() == "8000"
    # saving it for real makes it the agreement's draft version and drops the scratch copy
    assert composer.save_draft()
    assert form_draft(reopened, agreement_key(case.id)) is None
    assert agreements_of(reopened, case.id)[0].breach_terms == state["breach_terms"]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_killed_intake_wizard_keeps_its_draft_and_the_next_one_restores_it(
        qtbot: Any, tmp_path: Path, paths: DataPaths, ctx: Workspace) -> None:
    markers, killed_at = type_then_kill(tmp_path, paths, WIZARD_CHILD, "-", bursts=6)
    reopened = initialize(paths, actor="书记员")
    draft = form_draft(reopened, intake_key("书记员"))
    assert draft is not None
    index = saved_marker(markers, killed_at, draft.payload)
    assert index >= 4 and draft.payload["parties"][0]["name"] == "张桂芝"

    wizard = IntakeWizard(reopened, paths=paths)
    qtbot.addWidget(wizard)
    answered: list[str] = []

    def restore(box: Any) -> None:
        answered.append(box.text())
        next(b for b in box.buttons() if "恢复" in b.text()).click()

    on_next_dialog(restore)
    wizard.show()
    qtbot.waitUntil(lambda: bool(answered) and not wizard.autosaver.paused)
    assert "未完成登记" in answered[0]
    d = wizard.dispute_page.ui
    state = markers[index]["state"]
    assert d.summary_edit.toPlainText() == state["dispute"]["summary"]
    assert d.claims_edit.toPlainText() == "请求支付流转费8000元。" and d.amount_edit.text() == "8000"
    assert wizard.dispute_page.cause_picker.chosen is not None
    assert wizard.dispute_page.cause_picker.chosen.name == "土地经营权出租合同纠纷"
    assert wizard.currentPage() is wizard.parties_page  # back where the typing stopped
    assert wizard.parties_page.ui.name_edit.text() == "张桂芝"
    wizard.done(0)  # closed without the 放弃登记 question (the draft stays, as after a crash)


def test_discarding_the_draft_offered_starts_empty_and_deletes_it(
        qtbot: Any, paths: DataPaths, ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    save_form_draft(ctx, intake_key(ctx.actor), {"dispute": {"summary": "旧的草稿"}, "parties": [], "page": 0})
    wizard = IntakeWizard(ctx, paths=paths)
    qtbot.addWidget(wizard)
    on_next_dialog(lambda box: next(b for b in box.buttons() if b.text() == "放弃草稿").click())
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.autosaver.paused)
    assert wizard.dispute_page.ui.summary_edit.toPlainText() == ""
    assert form_draft(ctx, intake_key(ctx.actor)) is None
    wizard.done(0)

    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2))
    save_form_draft(ctx, agreement_key(case.id), {"facts": "旧事实", "clauses": [], "version": 0})
    composer = AgreementComposer(ctx, paths, case.id)
    qtbot.addWidget(composer)
    composer.show()
    qtbot.mouseClick(composer.draft_banner.discard_button, Qt.MouseButton.LeftButton)
    assert composer.ui.facts_edit.toPlainText() == "" and composer.ui.composer_splitter.isEnabled()
    assert form_draft(ctx, agreement_key(case.id)) is None


def test_a_registered_case_or_a_confirmed_cancel_leaves_no_draft(
        qtbot: Any, paths: DataPaths, ctx: Workspace) -> None:
    wizard = IntakeWizard(ctx, paths=paths)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.autosaver.paused)
    type_text(wizard.dispute_page.ui.summary_edit, "邻居漏水")
    assert wizard.autosaver.flush()
    assert form_draft(ctx, intake_key(ctx.actor)) is not None
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    wizard.reject()
    assert form_draft(ctx, intake_key(ctx.actor)) is None
