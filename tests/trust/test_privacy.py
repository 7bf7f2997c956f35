"""Privacy: seeded ID numbers and phones never reach the log file, and lists show them masked."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import cli_runner
import pytest
from conftest import make_id_number
from PySide6.QtWidgets import QApplication

from fuyuan_desktop.domain.redaction import redact_personal
from fuyuan_desktop.store.paths import DataPaths

SEEDED_IDS = [make_id_number(n, birth="19790605") for n in (11, 12, 13)]
SEEDED_PHONES = ["13943812345", "15804381234", "0438-6123456"]


def _leaks(text: str) -> list[str]:
    found = []
    for secret in SEEDED_IDS + SEEDED_PHONES:
        digits = secret.replace("-", "")
        if secret in text or digits in text or (secret[6:14] + secret[-4:] in text and len(secret) == 18):
            found.append(secret)
    return found


def test_the_redactor_takes_numbers_out_and_leaves_ids_and_hashes() -> None:
    line = f"IntegrityError ({SEEDED_IDS[0]}, '{SEEDED_PHONES[0]}', '+86 139 4381 2345', '{SEEDED_PHONES[2]}')"
    assert _leaks(redact_personal(line)) == []
    sha = "a" * 20 + "1234567890123456789012" + "b" * 22
    assert redact_personal(sha) == sha  # digits inside a hex hash are not an ID
    assert redact_personal("dispute 01a2320f0c8e7d1 at 2026-12-01") == "dispute 01a2320f0c8e7d1 at 2026-12-01"


@pytest.fixture
def workbench_app() -> Any:
    from fuyuan_desktop.ui import app as app_module

    qapp = QApplication.instance()
    hook_before = sys.excepthook
    log = logging.getLogger("fuyuan")
    handlers_before = list(log.handlers)
    font_before = qapp.font() if isinstance(qapp, QApplication) else None
    yield app_module
    sys.excepthook = hook_before
    if isinstance(qapp, QApplication) and font_before is not None:
        qapp.setFont(font_before)
    for handler in set(log.handlers) - set(handlers_before):
        log.removeHandler(handler)
        handler.close()


@pytest.mark.slow
def test_app_paths_leave_no_seeded_number_in_the_logs(qtbot: Any, tmp_path: Path, workbench_app: Any) -> None:
    paths = DataPaths(tmp_path / "data")
    env = {k: v for k, v in os.environ.items() if k != "FUYUAN_DATA_DIR"}
    env.update(FUYUAN_USER="测试", PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_DEBUG="1")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(paths.root), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)

    assert cli("init").returncode == 0
    for n, (id_number, phone) in enumerate(zip(SEEDED_IDS, SEEDED_PHONES, strict=True)):
        case = tmp_path / f"case{n}.json"
        case.write_text(json.dumps({"category": "邻里纠纷", "summary": "漏水", "parties": [
            {"role": "申请人", "kind": "person", "name": f"申请人{n}", "id_number": id_number, "phone": phone},
            {"role": "被申请人", "kind": "person", "name": "李四"}]}, ensure_ascii=False), encoding="utf-8")
        done = cli("case", "intake", "--from", str(case))
        assert done.returncode == 0, done.stderr
    listed = cli("case", "list", "--json").stdout + cli("case", "search", SEEDED_IDS[0]).stdout
    shown = cli("case", "show", json.loads(cli("case", "list", "--json").stdout)[0]["number"]).stdout
    assert _leaks(listed + shown) == []  # lists and the default view are masked
    # the same intake again: a real IntegrityError is not what happens (parties are reused), so provoke one
    # in the GUI process below, where the log file lives
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    from fuyuan_desktop.ui.preferences import SETUP_DONE

    SETUP_DONE.write(workbench_app.settings_for(paths), 1)
    window = workbench_app.start_workbench(qapp, workbench_app.parse_args(["--data-dir", str(paths.root)]))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=60000):
        pass
    ctx = window.ctx
    from sqlalchemy.exc import IntegrityError

    from fuyuan_desktop.store.models import Party

    try:
        with ctx.db.write("测试", "重复当事人") as session:
            row = session.query(Party).first()
            assert row is not None
            session.add(Party(id=row.id, kind="person", name="重复", id_number=SEEDED_IDS[0],
                              phone=SEEDED_PHONES[0]))
    except IntegrityError as exc:
        error = exc
    else:
        raise AssertionError("the duplicate key should have failed")
    # the error the crash handler would log, plus an ID smuggled into an ordinary exception message
    logging.getLogger("fuyuan.ui").error("unhandled exception\n%s", error)
    try:
        raise ValueError(f"身份证号码 {SEEDED_IDS[1]} 和电话 {SEEDED_PHONES[1]} 不一致")
    except ValueError:
        logging.getLogger("fuyuan.ui.recorder").warning("record save failed", exc_info=True)
    window.close()
    for handler in logging.getLogger("fuyuan").handlers:
        handler.flush()
    logs = "".join(p.read_text(encoding="utf-8") for p in paths.logs.glob("*.log*"))
    assert "unhandled exception" in logs and "record save failed" in logs  # the lines are there…
    assert _leaks(logs) == []  # …without the numbers
