"""Nothing left behind: exports, hub imports and backups SIGKILLed at random moments on an encrypted laptop
leave no file holding a party's name, ID number or phone anywhere under the data folder (or the hub's
scratch), even before the next start; the next start removes the leftovers and lists them in its warnings."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.registry import approve, init_hub, open_hub
from fuyuan_desktop.services import accounts
from fuyuan_desktop.services.sync import export_to
from fuyuan_desktop.services.workspace import Workspace, open_workspace
from fuyuan_desktop.store.models import Party
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.enrollment import install_grant, make_request

PASSWORD = "judge-password-1"
KILLS = 4  # per kind of work

# The child: the encrypted store opened with its data key (hex in argv: no argon2 per run), one job, forever.
CHILD = r'''
import sys
from datetime import date
from pathlib import Path
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace, open_workspace
from fuyuan_desktop.store.paths import DataPaths
root, key_hex, job, target = sys.argv[1:5]
if job == "import":
    from fuyuan_desktop.hub.ingest import import_bundle
    from fuyuan_desktop.hub.registry import open_hub
    hub = open_hub(Path(root))
    print("START", flush=True)
    while True:
        import_bundle(hub, Path(target))
base = initialize(DataPaths(Path(root)), actor="张法官", key=bytes.fromhex(key_hex))
base.db.data_key = bytes.fromhex(key_hex)
ctx = Workspace(base.db, "张法官", role="judge", paths=base.paths)
print("START", flush=True)
n = 0
while True:
    if job == "export":
        from fuyuan_desktop.services.sync import export_to
        export_to(ctx, Path(target) / str(n))
    else:
        from fuyuan_desktop.services.backups import create_backup
        create_backup(ctx)
    n += 1
'''


def _secrets(ctx: Workspace) -> set[bytes]:
    with ctx.db.read() as session:
        parties = list(session.scalars(select(Party).where(Party.kind == "person").limit(400)))
    found = {p.name.encode() for p in parties if len(p.name) >= 2}
    found |= {p.id_number.encode() for p in parties if p.id_number}
    found |= {p.phone.encode() for p in parties if len(p.phone) >= 11}
    return found


_DIGITS = re.compile(rb"[0-9X]{11,}")
_HANZI = re.compile(rb"(?:[\xe4-\xe9][\x80-\xbf]{2}){2,4}")


def _plaintext_files(folder: Path, secrets: set[bytes], *, skip: tuple[str, ...] = ()) -> list[str]:
    """Files under ``folder`` holding any of ``secrets`` (names, ID numbers, phones): one pass per file, looking
    only at runs of digits and of CJK characters, checked against the set."""
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file() or any(part in skip for part in path.relative_to(folder).parts):
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue  # removed while we looked
        found = any(run[i:i + n] in secrets for run in (m.group(0) for m in _DIGITS.finditer(data))
                    for n in (11, 15, 18) for i in range(len(run) - n + 1))
        found = found or any(m.group(0)[i:j] in secrets for m in _HANZI.finditer(data)
                             for i in range(0, len(m.group(0)), 3) for j in range(i + 6, len(m.group(0)) + 1, 3))
        if found:
            hits.append(str(path.relative_to(folder)))
    return hits


def _kill_at_random(argv: list[str], rng: random.Random, *, upto: float) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, *argv], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUTF8": "1"})
    assert child.stdout is not None and child.stdout.readline().strip() == "START"
    time.sleep(rng.uniform(0.05, upto))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


@pytest.mark.slow
def test_killed_exports_imports_and_backups_leave_no_plaintext_and_are_swept(tmp_path: Path) -> None:
    rng = random.Random(19)
    paths = DataPaths(tmp_path / "laptop")
    made = accounts.create_protected_store(paths, "管理员", PASSWORD)
    accounts.add_user(made.ctx, "张法官", "judge", PASSWORD)
    key = made.ctx.db.data_key
    assert key is not None
    judge = Workspace(made.ctx.db, "张法官", role="judge", paths=paths)
    generate_demo(made.ctx, disputes=1500, seed=19)  # demo data is the administrator's to make
    init_hub(tmp_path / "hub")
    hub = open_hub(tmp_path / "hub")
    install_grant(judge.db, approve(hub, make_request(judge.db), court="吉07"))
    secrets = _secrets(judge)
    assert len(secrets) > 300
    started = time.monotonic()
    bundle = export_to(judge, tmp_path / "usb-whole").files[0]
    export_seconds = time.monotonic() - started
    hub.db.close()
    made.ctx.db.close()
    jobs = [
        ("export", [str(paths.root), key.hex(), "export", str(tmp_path / "usb")], paths.root, ()),
        ("import", [str(tmp_path / "hub"), key.hex(), "import", str(bundle)], tmp_path / "hub",
         ("hub.sqlite3", "hub.sqlite3-wal", "hub.sqlite3-shm", "backups", "bundles")),
        ("backup", [str(paths.root), key.hex(), "backup", ""], paths.root, ()),
    ]
    left_any = 0
    live = ("fuyuan.sqlite3", "fuyuan.sqlite3-wal", "fuyuan.sqlite3-shm")
    for _kind, argv, folder, skip in jobs:
        skip = (*skip, *live) if folder == paths.root else skip
        for _ in range(KILLS):
            _kill_at_random(argv, rng, upto=max(export_seconds, 0.5) * 1.5)
            # even before anything tidies up: no plaintext personal data in any file the killed run left
            assert _plaintext_files(folder, secrets, skip=skip) == []
            left_any += len(list(folder.glob("tmp/*"))) + len(list(folder.glob("backups/*.partial*")))
    assert left_any > 0, "no kill landed mid-work: the test proved nothing"
    if (tmp_path / "usb").exists():
        assert _plaintext_files(tmp_path / "usb", secrets) == []
    assert _plaintext_files(paths.root, secrets) == []  # the encrypted store and its backups included
    # the next start removes the leftovers and says so
    pending = len(list(paths.root.glob("tmp/*"))) + len(list(paths.backups.glob("*.partial*")))
    reopened = open_workspace(paths, actor="张法官", credentials=("张法官", PASSWORD), backup=False)
    assert not list((paths.root / "tmp").glob("*")) and not list(paths.backups.glob("*.partial*"))
    if pending:
        assert any("临时文件" in w for w in reopened.warnings), reopened.warnings
    reopened.db.close()
    hub = open_hub(tmp_path / "hub")
    assert not list((tmp_path / "hub" / "tmp").glob("*"))
    hub.db.close()
