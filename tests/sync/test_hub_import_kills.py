"""Hub imports SIGKILLed at random moments, on SQLite and PostgreSQL: the decrypted bundle never lies on the
hub's disk in the clear, each import is all or nothing (the cases of the bundle are all there or none),
and the next opening of the hub removes the scratch the killed imports left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.registry import Hub, open_hub
from fuyuan_desktop.store.models import Dispute, Party
from fuyuan_desktop.store.sync_models import SyncBundle
from sync.sync_support import Laptop

KILLS = 5
CHILD = r'''
import sys
from pathlib import Path
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import open_hub
root, url, bundle = sys.argv[1], sys.argv[2] or None, sys.argv[3]
hub = open_hub(Path(root), url)
print("START", flush=True)
import_bundle(hub, Path(bundle))
print("DONE", flush=True)
'''


@pytest.mark.slow
def test_killed_hub_imports_leave_no_plaintext_and_no_half_import(make_laptop: Callable[..., Laptop], hub: Hub,
                                                                  hub_url: str | None, tmp_path: Path) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=800, seed=23)
    with laptop.db.read() as session:
        names = {p.name.encode() for p in session.scalars(select(Party).limit(300)) if len(p.name) >= 2}
        cases = int(session.scalar(select(func.count()).select_from(Dispute)) or 0)
    bundle = laptop.export().files[0]
    hub.db.close()
    rng = random.Random(29)
    landed = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(hub.root), hub_url or "", str(bundle)],
                                 stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUTF8": "1"})
        assert child.stdout is not None and child.stdout.readline().strip() == "START"
        time.sleep(rng.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        scratch = list((hub.root / "tmp").glob("*"))
        landed += bool(scratch)
        for path in scratch:  # sealed with a key that died with the process: no name in it
            data = path.read_bytes()
            assert not any(name in data for name in names), path.name
        reopened = open_hub(hub.root, hub_url)  # the next opening (alone) sweeps the scratch
        with reopened.db.read() as session:
            imported = int(session.scalar(select(func.count()).select_from(SyncBundle)) or 0)
            hub_cases = int(session.scalar(select(func.count()).select_from(Dispute)) or 0)
        reopened.db.close()
        assert (imported, hub_cases) in ((0, 0), (1, cases)), (imported, hub_cases)  # all of it or none
        assert not list((hub.root / "tmp").glob("*"))
    assert landed, "no kill landed mid-import: the test proved nothing"
