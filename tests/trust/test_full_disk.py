"""A full disk never locks the user out: the write that failed says 磁盘空间不足 with the folder and the space
needed; the store stays readable by the ``fuyuan`` command and can be backed up to another disk; repeated
attempts leave no junk; and once space is freed nothing claims a crash lost data.

The disk is real: a tmpfs of 8 MB mounted for the test (needs root, as in CI here); elsewhere it skips.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import cli_runner
import pytest
from conftest import intake_input, person

from fuyuan_desktop.domain.errors import DiskFullError
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUYUAN_")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUTF8="1", FUYUAN_USER="书记员", FUYUAN_DEBUG="1")
    return cli_runner.run([sys.executable, "-m", "fuyuan_desktop.cli", "--data-dir", str(root), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False)


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}



@pytest.mark.slow
def test_a_full_disk_leaves_the_store_readable_and_says_what_is_needed(small_disk: Path, tmp_path: Path) -> None:
    root = small_disk / "data"
    ctx = initialize(DataPaths(root), actor="书记员")
    # A new store needs room for its first bulk load and the checkpoint after it (the disk is 8 MB for that);
    # then all but about 1 MB is taken, so that registering cases fills the rest.
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "taken.bin").write_bytes(b"\0" * max(free - 1024 * 1024, 0))
    registered = 0
    with pytest.raises(DiskFullError) as full:
        while True:
            intake_dispute(ctx, intake_input(person(f"申请人{registered}", seq=registered % 900),
                                             person("李四", "被申请人", seq=999), summary="楼上漏水" * 450))
            registered += 1
    ctx.db.close()
    message = str(full.value)
    assert registered > 0 and "磁盘空间不足" in message and str(root) in message and " MB" in message
    assert full.value.needed_bytes > 0
    scan = tmp_path / "扫描件.jpg"
    scan.write_bytes(os.urandom(3 * 1024 * 1024))
    before: set[str] = set()
    for attempt in range(4):  # read and try to write, again and again: no attempt leaves anything behind
        if attempt == 1:
            before = _files(root)  # after the first command (which starts the log, as every command does)
        listed = _cli(root, "case", "list", "--json", "--limit", "1000")
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == registered
        assert "异常退出" not in listed.stderr and "内部错误" not in listed.stderr
        done = _cli(root, "case", "attach", json.loads(listed.stdout)[0]["number"], str(scan))
        assert done.returncode == 1 and "磁盘空间不足" in done.stderr and "内部错误" not in done.stderr
        assert " MB" in done.stderr and str(root) in done.stderr
    assert _files(root) == before, "no junk per attempt"
    # backed up to another disk while this one is full
    saved = _cli(root, "backup", "create", "--to", str(tmp_path / "elsewhere"), "--json")
    assert saved.returncode == 0, saved.stderr
    # space freed (the disk grows): the next write goes through and nothing claims a crash lost data
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    done = _cli(root, "case", "attach", json.loads(listed.stdout)[0]["number"], str(scan))
    assert done.returncode == 0, done.stderr
    ok = _cli(root, "case", "list", "--limit", "1")
    assert ok.returncode == 0 and "异常退出" not in ok.stderr, ok.stderr
    assert not list((root / "backups").glob("damaged-wal-*"))
