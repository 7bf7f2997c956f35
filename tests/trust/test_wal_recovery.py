"""A write-ahead log cut off after a crash: what was whole is recovered, the lost tail is reported, not hidden."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fuyuan_desktop.services.accounts import create_protected_store
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.services.setup import initialize, open_store
from fuyuan_desktop.store.backup import connect
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.wal import inspect_wal

ROOT = Path(__file__).resolve().parents[2]
WRITER = r'''
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from conftest import intake_input, person
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
ctx = initialize(DataPaths(Path(sys.argv[1])), actor="王法官", key=bytes.fromhex(sys.argv[2]))
for n in range(5):
    made = intake_dispute(ctx, intake_input(person(f"申请人{n}", seq=n), person("李四", "被申请人", seq=99)))
    print(made.id, flush=True)
time.sleep(60)
'''


@pytest.mark.slow
def test_a_cut_off_wal_is_recovered_up_to_its_last_whole_commit_and_reported(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    made = create_protected_store(paths, "管理员", "admin-password-1")
    key = made.ctx.db.data_key
    assert key is not None
    made.ctx.db.engine.dispose()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), key.hex(), str(ROOT / "tests")],
                            stdout=subprocess.PIPE, text=True, encoding="utf-8", env={**os.environ})
    assert proc.stdout is not None
    ids = [proc.stdout.readline().strip() for _ in range(5)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    wal = Path(str(paths.database) + "-wal")
    whole = inspect_wal(wal)
    assert whole is not None and not whole.damaged and whole.committed_frames > 5
    # a power cut: the last 100 bytes of the log never reached the disk
    wal.write_bytes(wal.read_bytes()[:-100])
    cut = inspect_wal(wal)
    assert cut is not None and cut.damaged and cut.committed_frames < whole.committed_frames
    opened = open_store(paths, key=key)
    assert opened.db.open_warnings and "不完整" in opened.db.open_warnings[0]
    assert list(paths.backups.glob("damaged-wal-*.wal"))
    opened.db.engine.dispose()
    conn = connect(paths.database, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {r[0] for r in conn.execute("SELECT id FROM dispute")}
    finally:
        conn.close()
    assert set(ids[:4]) <= present and ids[4] not in present  # only the unfinished last write is gone
    ctx = initialize(paths, key=key)
    assert verify_audit(ctx).ok
    assert len(list_cases(ctx)) == 4
    ctx.db.engine.dispose()


@pytest.mark.slow
def test_a_kill_alone_loses_nothing_and_reports_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    made = create_protected_store(paths, "管理员", "admin-password-1")
    key = made.ctx.db.data_key
    assert key is not None
    made.ctx.db.engine.dispose()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), key.hex(), str(ROOT / "tests")],
                            stdout=subprocess.PIPE, text=True, encoding="utf-8", env={**os.environ})
    assert proc.stdout is not None
    ids = [proc.stdout.readline().strip() for _ in range(5)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    opened = open_store(paths, key=key)
    assert opened.db.open_warnings == ()
    opened.db.engine.dispose()
    ctx = initialize(paths, key=key)
    assert {c.id for c in list_cases(ctx)} == set(ids)
    ctx.db.engine.dispose()
