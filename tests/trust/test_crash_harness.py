"""Crash safety, proven: a writer process is SIGKILLed at random moments across 300 operations on an
encrypted store (intake, record autosave, agreement finalize). After every kill the file passes
``PRAGMA integrity_check``, every operation the writer reported as committed is there, and the audit
chain verifies. Bundle import is not exercised: the sync module is not on this branch.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fuyuan_desktop.services.accounts import create_protected_store
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.backup import connect
from fuyuan_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
TOTAL_OPERATIONS = 300

# The writer: opens the encrypted store with the data key (hex in argv, so no argon2 per restart) and
# cycles intake → autosaves of a record → draft + finalize, printing "OK kind id [n]" after each commit.
WRITER = r'''
import sys
from datetime import date, datetime, timezone
from pathlib import Path

sys.path.insert(0, sys.argv[4])
from conftest import intake_input, person
from fuyuan_desktop.services.agreements import AgreementInput, ClauseInput, draft_agreement, finalize_agreement
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.sessions import save_record, schedule_session
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths

root, key_hex, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = initialize(DataPaths(Path(root)), actor="王法官", key=bytes.fromhex(key_hex))
ctx = Workspace(base.db, "王法官", today=lambda: date(2026, 11, 20), role="judge", paths=base.paths)
print("READY", flush=True)
case = None
sitting = None
text = ""
n = start
while True:
    kind = n % 3
    if kind == 0 or case is None:
        made = intake_dispute(ctx, intake_input(person(f"申请人{n}", seq=n % 1000), person("李四", "被申请人", seq=999)))
        case, sitting, text = made, None, ""
        print(f"OK intake {made.id} {n}", flush=True)
    elif kind == 1:
        if sitting is None:
            sitting = schedule_session(ctx, case.number, datetime(2026, 11, 20, 9, tzinfo=timezone.utc))
        text += f"第{n}段：申请人陈述事实。"
        save_record(ctx, sitting, text)
        print(f"OK record {sitting} {n}", flush=True)
    else:
        draft = draft_agreement(ctx, case.number, AgreementInput(
            kind="people", facts=f"事实{n}", responsibilities="楼上负责",
            clauses=[ClauseInput(obligor="李四", text="赔偿维修费", amount="3000", performance_method="现金",
                                 deadline=date(2026, 12, 31))]))
        final = finalize_agreement(ctx, draft.id)
        print(f"OK final {final.id} {n}", flush=True)
    n += 1
'''


def _check(paths: DataPaths, key: bytes, committed: list[tuple[str, str, int]]) -> None:
    conn = connect(paths.database, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        disputes = {r[0] for r in conn.execute("SELECT id FROM dispute")}
        finals = {r[0] for r in conn.execute("SELECT id FROM agreement WHERE status = 'final'")}
        texts: dict[str, list[str]] = {}
        for session_id, text in conn.execute("SELECT session_id, text FROM recordrevision"):
            texts.setdefault(session_id, []).append(text)
    finally:
        conn.close()
    for kind, ident, n in committed:
        if kind == "intake":
            assert ident in disputes, (kind, ident, n)
        elif kind == "final":
            assert ident in finals, (kind, ident, n)
        else:
            assert any(f"第{n}段" in t for t in texts.get(ident, [])), (kind, ident, n)
    ctx = initialize(paths, key=key)
    try:
        report = verify_audit(ctx)
        assert report.ok, report.problems
    finally:
        ctx.db.engine.dispose()


@pytest.mark.slow
def test_random_sigkills_lose_nothing_that_was_reported_committed(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    made = create_protected_store(paths, "管理员", "admin-password-1")
    key = made.ctx.db.data_key
    assert key is not None
    made.ctx.db.engine.dispose()
    rng = random.Random(20261201)
    committed: list[tuple[str, str, int]] = []
    kills = 0
    env = {**os.environ, "PYTHONUTF8": "1"}
    deadline = time.monotonic() + 150
    while len(committed) < TOTAL_OPERATIONS:
        assert time.monotonic() < deadline, f"harness too slow: {len(committed)} operations, {kills} kills"
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(paths.root), key.hex(), str(len(committed) + 10 * kills),
             str(ROOT / "tests")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        assert ready.strip() == "READY", ready + (proc.stderr.read() if proc.stderr else "")
        budget = rng.randint(1, 40)  # operations before the kill; the kill itself lands mid-operation
        seen = 0
        while seen < budget:
            line = proc.stdout.readline()
            if not line:
                break
            _ok, kind, ident, n = line.split()
            committed.append((kind, ident, int(n)))
            seen += 1
        time.sleep(rng.random() * 0.03)  # somewhere inside the next transaction (or its commit)
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
        # lines printed before the kill took effect count too: they were committed
        for line in rest.splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[0] == "OK":
                committed.append((parts[1], parts[2], int(parts[3])))
        assert "Traceback" not in err, err
        kills += 1
        _check(paths, key, committed)
    assert kills >= 10
