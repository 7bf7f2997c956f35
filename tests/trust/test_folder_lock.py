"""One writer per data folder, proven with real processes: while another program has the store open,
``backup restore`` and in-place encryption refuse and name it, and nothing it committed is lost; a killed
holder never blocks the folder; the real workbench (offscreen) is named as such."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cli_runner
import pytest

from fuyuan_desktop.services.backups import create_backup, restore_backup
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store import folder_lock
from fuyuan_desktop.store.backup import is_plain_sqlite
from fuyuan_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]

# A program that has the store open and keeps committing: names itself, then registers a case per line on stdin.
HOLDER = r'''
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from conftest import intake_input, person
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.workspace import name_this_program, open_workspace
from fuyuan_desktop.store.paths import DataPaths

name_this_program(sys.argv[3])
ctx = open_workspace(DataPaths(Path(sys.argv[1])), actor="书记员", backup=False)
print("READY", flush=True)
n = 0
for line in sys.stdin:
    if line.strip() == "quit":
        break
    made = intake_dispute(ctx, intake_input(person(f"申请人{n}", seq=n), person("李四", "被申请人", seq=999)))
    print(f"OK {made.id}", flush=True)
    n += 1
'''


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"FUYUAN_DATA_DIR", "FUYUAN_USER", "FUYUAN_PASSWORD"}}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    return env


def _holder(root: Path, label: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(root), str(ROOT / "tests"), label],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=_env())
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _commit(proc: subprocess.Popen[str], count: int) -> list[str]:
    assert proc.stdin is not None and proc.stdout is not None
    ids = []
    for _ in range(count):
        proc.stdin.write("go\n")
        proc.stdin.flush()
        line = proc.stdout.readline().split()
        assert line[0] == "OK"
        ids.append(line[1])
    return ids


def _cli(root: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(root), *args],
                          capture_output=True, text=True, encoding="utf-8", env={**_env(), **env}, timeout=120,
                          check=False, stdin=subprocess.DEVNULL)


def _case_ids(root: Path) -> set[str]:
    ctx = initialize(DataPaths(root), actor="核对")
    try:
        return {row.id for row in list_cases(ctx, limit=10_000)}
    finally:
        ctx.db.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    initialize(DataPaths(root), actor="管理员").db.close()
    return root


@pytest.mark.slow
def test_restore_refuses_while_another_program_writes_and_loses_nothing(data: Path) -> None:
    backup = _cli(data, "backup", "create", "--json")
    assert backup.returncode == 0, backup.stderr
    backup_file = json.loads(backup.stdout)["path"]
    holder = _holder(data, "工作台（图形界面）")
    try:
        before = _commit(holder, 3)
        done = _cli(data, "backup", "restore", backup_file)
        assert done.returncode == 1, done.stderr
        assert "工作台（图形界面）" in done.stderr and f"进程 {holder.pid}" in done.stderr
        assert "内部错误" not in done.stderr and "数据未作任何改动" in done.stderr
        after = _commit(holder, 24)  # the holder goes on committing into the same, unreplaced file
    finally:
        assert holder.stdin is not None
        holder.stdin.write("quit\n")
        holder.stdin.close()
        holder.wait(timeout=60)
    assert set(before + after) <= _case_ids(data)
    # closed: the restore now goes ahead (and the same process may hold the folder while it does)
    done = _cli(data, "backup", "restore", backup_file)
    assert done.returncode == 0, done.stderr
    assert _case_ids(data) == set()
    audit = _cli(data, "audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr


@pytest.mark.slow
def test_a_killed_holder_never_blocks_the_folder(data: Path) -> None:
    holder = _holder(data, "fuyuan case intake")
    _commit(holder, 1)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert list((data / "locks").glob("holder-*.json"))  # it had no chance to tidy up
    assert folder_lock.other_holders(data) == []
    assert not list((data / "locks").glob("holder-*.json"))  # found gone, its record removed


@pytest.mark.slow
def test_encrypting_in_place_refuses_while_the_store_is_open(data: Path) -> None:
    holder = _holder(data, "fuyuan case list")
    try:
        done = _cli(data, "init", "--admin", "管理员", FUYUAN_PASSWORD="管理员的密码-2026")
        assert done.returncode == 1 and "不能加密数据库" in done.stderr and "fuyuan case list" in done.stderr
        assert is_plain_sqlite(data / "fuyuan.sqlite3")
        assert not (data / "keyring.json").exists()  # back to the open store, as before the attempt
        _commit(holder, 1)
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_in_process_restore_checks_other_processes_only(data: Path, tmp_path: Path) -> None:
    ctx = initialize(DataPaths(data), actor="管理员")
    made = create_backup(Workspace(ctx.db, "管理员", paths=ctx.paths), to=tmp_path / "usb")
    holder = _holder(data, "fuyuan bundle export")
    try:
        with pytest.raises(Exception, match="fuyuan bundle export"):
            restore_backup(ctx, made.path)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    restore_backup(ctx, made.path)


@pytest.mark.slow
def test_with_the_workbench_open_restore_refuses_and_names_it(data: Path) -> None:
    backup = _cli(data, "backup", "create", "--json")
    backup_file = json.loads(backup.stdout)["path"]
    gui = subprocess.Popen([sys.executable, "-m", "fuyuan_desktop", "--data-dir", str(data)], env=_env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not any(
            "工作台" in p.read_text(encoding="utf-8") for p in (data / "locks").glob("holder-*.json")
        ):
            assert gui.poll() is None, gui.stderr.read() if gui.stderr else ""
            time.sleep(0.2)
        done = _cli(data, "backup", "restore", backup_file)
        assert done.returncode == 1
        assert "工作台（图形界面）" in done.stderr and f"进程 {gui.pid}" in done.stderr
    finally:
        gui.terminate()
        gui.wait(timeout=60)
    assert _cli(data, "backup", "restore", backup_file).returncode == 0
