"""Account state under a lock, proven with real processes: parallel wrong passwords lock the account, parallel
``user add`` all stick, ``user disable`` removes the key for certain while others log in, the recovery key
never re-enables a disabled account, and a name that is no account gets the same answer as one that is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from fuyuan_desktop.domain.errors import AuthenticationError, ValidationError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.store.keyring import Keyring
from fuyuan_desktop.store.models import AuditEvent
from fuyuan_desktop.store.paths import DataPaths

ADMIN_PW = "admin-password-1"

# Waits for the start file so that every process tries at the same moment, then logs in once.
LOGIN = r'''
import sys, time
from pathlib import Path
from fuyuan_desktop.domain.errors import AuthenticationError
from fuyuan_desktop.services import accounts
from fuyuan_desktop.store.paths import DataPaths
root, name, password, start = sys.argv[1:5]
while not Path(start).exists():
    time.sleep(0.01)
try:
    accounts.login(DataPaths(Path(root)), name, password).db.close()
    print("OK")
except AuthenticationError as exc:
    print("REFUSED", exc)
'''

ADD = r'''
import sys, time
from pathlib import Path
from fuyuan_desktop.services import accounts
from fuyuan_desktop.store.paths import DataPaths
root, admin_pw, name, start = sys.argv[1:5]
ctx = accounts.login(DataPaths(Path(root)), "管理员", admin_pw)
print("READY", flush=True)
while not Path(start).exists():
    time.sleep(0.01)
accounts.add_user(ctx, name, "clerk", name + "-password")
print("OK", flush=True)
'''


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    return env


@pytest.fixture
def store(paths: DataPaths) -> DataPaths:
    made = accounts.create_protected_store(paths, "管理员", ADMIN_PW)
    accounts.add_user(made.ctx, "王法官", "judge", "王法官-password")
    made.ctx.db.close()
    return paths


def _spawn(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8", env=_env())


@pytest.mark.slow
def test_twelve_parallel_wrong_passwords_lock_the_account(store: DataPaths, tmp_path: Path) -> None:
    start = tmp_path / "go"
    procs = [_spawn(LOGIN, str(store.root), "王法官", f"wrong-guess-{n}", str(start)) for n in range(12)]
    time.sleep(3)  # every process imported and waiting
    start.touch()
    answers = [p.communicate(timeout=180)[0].strip() for p in procs]
    assert all(a.startswith("REFUSED") for a in answers), answers
    ring = Keyring.load(store.keyring)
    assert ring is not None
    entry = ring.users["王法官"]
    assert entry.failures >= 5 and entry.locked_until is not None  # every guess was counted, none slipped by
    assert sum("已暂时锁定" in a for a in answers) >= 7
    with pytest.raises(AuthenticationError, match="锁定"):
        accounts.login(store, "王法官", "王法官-password")  # the right password now waits too


@pytest.mark.slow
def test_parallel_user_adds_all_stick(store: DataPaths, tmp_path: Path) -> None:
    start = tmp_path / "go"
    names = [f"书记员{n}" for n in range(6)]
    procs = [_spawn(ADD, str(store.root), ADMIN_PW, name, str(start)) for name in names]
    for proc in procs:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline().strip() == "READY", proc.stderr.read()
    start.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert out.strip() == "OK", err
    for name in names:
        accounts.login(store, name, name + "-password").db.close()


@pytest.mark.slow
def test_disable_removes_the_key_for_certain_while_others_log_in(store: DataPaths, tmp_path: Path) -> None:
    start = tmp_path / "go"
    admin = accounts.login(store, "管理员", ADMIN_PW)
    procs = [_spawn(LOGIN, str(store.root), "管理员", f"wrong-{n}", str(start)) for n in range(3)]
    procs += [_spawn(LOGIN, str(store.root), "不存在的人", f"wrong-{n}", str(start)) for n in range(3)]
    time.sleep(3)
    start.touch()
    accounts.disable_user(admin, "王法官")  # races the failure counters the others write
    for proc in procs:
        proc.communicate(timeout=180)
    assert "王法官" not in json.loads(store.keyring.read_text(encoding="utf-8"))["users"]
    with pytest.raises(AuthenticationError):
        accounts.login(store, "王法官", "王法官-password")
    admin.db.close()


@pytest.mark.slow
def test_the_recovery_key_never_reenables_a_disabled_account(paths: DataPaths) -> None:
    made = accounts.create_protected_store(paths, "管理员", ADMIN_PW)
    accounts.add_user(made.ctx, "王法官", "judge", "王法官-password")
    accounts.disable_user(made.ctx, "王法官")
    with pytest.raises(ValidationError, match="管理员"):
        accounts.reset_password(paths, "王法官", made.recovery_key, "new-password-2")
    with pytest.raises(AuthenticationError):
        accounts.login(paths, "王法官", "new-password-2")
    assert "王法官" not in json.loads(paths.keyring.read_text(encoding="utf-8"))["users"]
    # the administrator's explicit action does; then the recovery key resets it, and the audit names the means
    accounts.enable_user(made.ctx, "王法官", "enabled-again-1")
    accounts.login(paths, "王法官", "enabled-again-1").db.close()
    accounts.reset_password(paths, "王法官", made.recovery_key, "new-password-2")
    judge = accounts.login(paths, "王法官", "new-password-2")
    with judge.db.read() as session:
        reset = session.scalars(select(AuditEvent).where(AuditEvent.action == "用恢复密钥重设密码")).one()
    assert reset.actor == accounts.RECOVERY_ACTOR and "recovery_key" in (reset.after_json or "")
    judge.db.close()
    made.ctx.db.close()


@pytest.mark.slow
def test_one_login_message_for_unknown_and_known_names(store: DataPaths) -> None:
    answers = []
    for name in ("王法官", "没有这个人"):
        for attempt in range(6):
            with pytest.raises(AuthenticationError) as refused:
                accounts.login(store, name, f"wrong-{attempt}")
            answers.append((name, attempt, str(refused.value)))
    known = [a[2] for a in answers if a[0] == "王法官"]
    unknown = [a[2] for a in answers if a[0] != "王法官"]
    strip = [m.split("请 ")[0] for m in known], [m.split("请 ")[0] for m in unknown]
    assert strip[0] == strip[1]
    assert all("不存在" not in m and "没有这个人" not in m for m in unknown)


def test_the_first_keyring_write_of_init_waits_for_the_lock_and_never_replaces_another(tmp_path: Path) -> None:
    import threading

    from fuyuan_desktop.store.crypto import new_data_key
    from fuyuan_desktop.store.keyring import _locked

    path = tmp_path / "keyring.json"
    first, _ = Keyring.create(path, new_data_key(), cipher="none")
    second, _ = Keyring.create(path, new_data_key(), cipher="none")
    outcome: list[bool] = []
    with _locked(path):  # another process is updating the keyring: the first write waits for it
        writer = threading.Thread(target=lambda: outcome.append(first.save_first()))
        writer.start()
        time.sleep(0.5)
        assert not path.exists() and not outcome
    writer.join(timeout=30)
    assert outcome == [True] and path.exists()
    saved = path.read_bytes()
    assert second.save_first() is False  # a second first set-up is told, and the first one's keyring stays
    assert path.read_bytes() == saved
