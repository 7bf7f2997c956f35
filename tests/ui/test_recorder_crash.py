"""The recorder survives a hard crash: a child process types into it and is SIGKILLed mid-session; the
store then holds everything typed up to the autosave interval (2 s) before the kill."""

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
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import person

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.services.intake import IntakeResult
from fuyuan_desktop.services.sessions import record_of, record_revisions, schedule_session
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
AUTOSAVE_S = 2.0
MARKER_TIMEOUT_S = 30.0

# Runs in the child: open the recorder on the store, type in bursts (ASCII by key clicks, Chinese by an
# input-method commit, as a pinyin IME sends it), print what has been typed after each burst.
CHILD = r'''
import json, os, sys, time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.recorder import RecorderWindow

root, case_id, session_id = sys.argv[1:4]
paths = DataPaths(Path(root))
ctx = initialize(paths, actor="书记员")
window = RecorderWindow(ctx, paths, case_id, session_id)
window.show()
window.activateWindow()
QTest.qWaitForWindowExposed(window)
editor = window.ui.record_edit
editor.setFocus()

def commit(text):
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor, event)

# (pause before the burst in ms, speaker key, ASCII typed key by key, Chinese committed by the IME)
BURSTS = [
    (0, Qt.Key.Key_1, " 2026 nian 3 yue ", "我把承包地流转给被申请人，约定每年流转费八千元。"),
    (300, Qt.Key.Key_2, " ok ", "流转费确实没付，因为今年减产。"),
    (300, Qt.Key.Key_3, " 1/2 ", "双方能否就分期支付达成一致？"),
    (300, Qt.Key.Key_1, " 4000 + 4000 ", "同意分两期，年底前付清。"),
    (300, Qt.Key.Key_2, " yes ", "同意。"),
    # a long pause, then one last burst that the kill may well cut off
    (2600, Qt.Key.Key_3, " end ", "请双方核对笔录后签名。"),
]
for pause, speaker, ascii_text, chinese in BURSTS:
    QTest.qWait(pause)  # the event loop runs here, so the autosave timer fires as it would for a user
    QTest.keyClick(editor, speaker, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, ascii_text)
    commit(chinese)
    line = json.dumps({"typed": window.text(), "t": time.monotonic()}, ensure_ascii=False)
    print("MARK " + line, flush=True)
QTest.qWait(60000)  # wait to be killed
print("NOT KILLED", flush=True)
'''


def _reader(stream: Any, lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_killed_recorder_keeps_everything_typed_before_the_last_autosave(
        tmp_path: Path, paths: DataPaths, ctx: Workspace, register: Callable[..., IntakeResult]) -> None:
    case = register(person("张桂芝", seq=1), person("刘长海", "被申请人", seq=2), category="土地承包经营权流转纠纷")
    session_id = schedule_session(ctx, case.id, datetime(2026, 11, 21, 9, 0, tzinfo=COURT_TZ), place="新城乡村委会")
    script = tmp_path / "type_then_die.py"
    script.write_text(CHILD, encoding="utf-8")
    errors = (tmp_path / "child.err").open("w+", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(paths.root), case.id, session_id], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8")
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True).start()
    markers: list[dict[str, Any]] = []
    try:
        while len(markers) < 6:
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

    reopened = initialize(paths, actor="书记员")
    saved = record_of(reopened, session_id).text
    typed = markers[-1]["typed"]
    assert "申请人张桂芝：" in typed and "被申请人刘长海：" in typed
    # what was saved is exactly what was typed at some moment: a prefix of the final text, never garbled
    assert typed.startswith(saved)
    # everything up to the last-but-one burst (~2.6 s before the kill) is in the store …
    assert saved.startswith(markers[-2]["typed"]), (len(saved), len(markers[-2]["typed"]))
    # … and so is every burst typed more than one autosave interval (plus slack) before the kill
    for marker in markers:
        if marker["t"] <= killed_at - AUTOSAVE_S - 0.5:
            assert saved.startswith(marker["typed"])
    # the saves were autosave revisions, each a complete earlier state of the text
    revisions = record_revisions(reopened, session_id)
    assert revisions and revisions[-1][2] == saved
    assert all(typed.startswith(text) for _rev, _at, text in revisions)
