"""The hub under abuse: SIGKILL in the middle of an import, and thousands of fuzzed bundles."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cli_runner
import pytest

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.store.sync_models import SyncBundle
from sync.sync_support import Laptop, dump, repack


def _hub_cli(hub: Hub, hub_url: str | None, *args: str) -> list[str]:
    command = [sys.executable, "-m", "fuyuan_desktop.cli", "hub", *args, "--home", str(hub.root)]
    return command + (["--db", hub_url] if hub_url else [])


@pytest.mark.slow
def test_sigkill_mid_import_leaves_the_hub_as_it_was(make_laptop: Callable[..., Laptop], hub: Hub,
                                                     hub_url: str | None) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=1500, seed=41)
    bundle = laptop.export().files[0]
    hub.db.engine.dispose()
    before = dump(hub.db.engine)
    process = subprocess.Popen(_hub_cli(hub, hub_url, "import", str(bundle)), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    # The kept copy is written (under its import's own name) just before the transaction opens: kill shortly
    # after it appears.
    while not any(hub.bundles.rglob("*.fyb*")):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.005)
    time.sleep(0.3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the import finished before the kill: make the bundle bigger"
    hub.db.engine.dispose()
    assert dump(hub.db.engine) == before
    # And the same bundle imports cleanly afterwards.
    done = cli_runner.run(_hub_cli(hub, hub_url, "import", str(bundle)), capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "已导入" in done.stdout


# 4,000 seeded mutations: about 35 s. Until 2026-12 every run took 10,000 with this seed (all refused, none
# crashed; 60–117 s); a longer soak is for a dedicated run, not for every CI run. Other seeds: fuzz_runner.py.
FUZZED = 4_000


@pytest.mark.slow
def test_four_thousand_fuzzed_bundles_crash_nothing_and_import_nothing(
        make_laptop: Callable[..., Laptop], hub: Hub, hub_url: str | None, tmp_path: Path) -> None:
    if hub_url is not None:
        pytest.skip("byte fuzzing never reaches the database; once on SQLite is enough")
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=1, seed=42)
    bundle = laptop.export().files[0]
    hub.db.engine.dispose()
    before = dump(hub.db.engine)
    runner = Path(__file__).with_name("fuzz_runner.py")
    done = subprocess.run([sys.executable, str(runner), str(hub.root), str(bundle), str(FUZZED), "20261201"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr  # a crash (even in native code) fails here
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["accepted"] == 0, "a mutated bundle was accepted"
    assert sum(report["codes"].values()) == FUZZED and set(report["codes"]) <= {"damaged", "recipient", "missing"}
    assert dump(hub.db.engine) == before
    assert not list(hub.scratch.iterdir()), "no decrypted scratch files are left behind"


@pytest.mark.slow
def test_signed_garbage_rows_are_quarantined_never_crash(make_laptop: Callable[..., Laptop], hub: Hub,
                                                         hub_url: str | None, tmp_path: Path) -> None:
    """A sender with a valid key but corrupt data (a buggy app version): rows fail one by one, never the hub."""
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=3, seed=43)
    first = laptop.export().files[0]
    rng = random.Random(7)
    junk: list[Any] = [None, 0, -1, 10**30, "", "x" * 5000, [], {}, True, "2026-13-45", "1796135111658-00003"]

    def scramble(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["bundle_id"] = uuid.uuid4().hex
        for name in list(members):
            if not name.endswith(".ndjson"):
                continue
            lines = members[name].splitlines()
            for index, line in enumerate(lines):
                if rng.random() < 0.3:
                    row = json.loads(line)
                    row[rng.choice(list(row))] = rng.choice(junk)
                    lines[index] = json.dumps(row).encode()
                elif rng.random() < 0.05:
                    lines[index] = rng.randbytes(20)
            members[name] = b"\n".join(lines) + b"\n"

    runs = 12 if hub_url is None else 4
    for run in range(runs):
        forged = repack(first, hub, laptop, tmp_path / f"garbage-{run}", scramble)
        outcome = import_bundle(hub, forged)
        assert outcome.status == "applied"
    with hub.db.read() as session:
        assert session.query(SyncBundle).count() == runs
