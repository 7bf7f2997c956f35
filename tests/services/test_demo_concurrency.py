"""A demo run beside a clerk registering cases (another process) never collides on a provisional number:
the demo takes its counters under the write lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths

ROOT = Path(__file__).resolve().parents[2]
CLERK = r'''
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from conftest import intake_input, person
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
ctx = initialize(DataPaths(Path(sys.argv[1])), actor="书记员")
print("READY", flush=True)
for n in range(40):
    intake_dispute(ctx, intake_input(person(f"申请人{n}", seq=n), person("李四", "被申请人", seq=999)))
print("DONE", flush=True)
'''


@pytest.mark.slow
def test_demo_beside_intakes_in_another_process(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    ctx = initialize(paths, actor="书记员")
    clerk = subprocess.Popen([sys.executable, "-c", CLERK, str(paths.root), str(ROOT / "tests")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                             env={**os.environ, "PYTHONUTF8": "1"})
    assert clerk.stdout is not None and clerk.stdout.readline().strip() == "READY"
    summary = generate_demo(ctx, disputes=1500, seed=5)
    out, err = clerk.communicate(timeout=300)
    assert clerk.returncode == 0 and "DONE" in out, err
    numbers = [c.number for c in list_cases(ctx, limit=10_000)]
    assert len(numbers) == len(set(numbers)) == summary.disputes + 40
