"""A full data disk during autosave: the recorder warns, keeps the text, and saves it once there is room.

The disk is real: a tmpfs of 8 MB mounted for the test (needs root, as in CI here); elsewhere it skips.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY, intake_input, person

from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.sessions import record_of, save_record, schedule_session
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.recorder import RecorderWindow


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


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as out:
        while True:
            out.write(b"\0" * 4096)
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as out:
        while True:  # whatever is left below a page
            out.write(b"\0")
    return filler


def test_autosave_on_a_full_disk_warns_keeps_the_text_and_saves_later(qtbot: Any, small_disk: Path) -> None:
    paths = DataPaths(small_disk / "data")
    base = initialize(paths, actor="书记员")
    ctx = Workspace(base.db, "书记员", today=lambda: TODAY, paths=base.paths)
    case = intake_dispute(ctx, intake_input(person("张三", seq=1), person("李四", "被申请人", seq=2)))
    sitting = schedule_session(ctx, case.number, datetime(2026, 11, 20, 1, 30, tzinfo=UTC))
    window = RecorderWindow(ctx, paths, case.id, sitting)
    qtbot.addWidget(window)
    window.show()
    filler = _fill(small_disk)
    typed = "申请人张三：楼上漏水已三个月，" + "要求赔偿维修费三千元。" * 4000  # ~130 KB: no room for it
    window.ui.record_edit.setPlainText(typed)
    assert window.save_now() is False
    assert window.ui.warning_label.isVisibleTo(window) and "没有丢失" in window.ui.warning_label.text()
    assert window.text() == typed  # still in memory, in the editor
    assert record_of(ctx, sitting).text != typed
    assert window.save_now() is False  # the next tick fails the same way, nothing half-written
    filler.unlink()  # room again
    assert window.save_now() is True
    assert not window.ui.warning_label.isVisibleTo(window)
    assert record_of(ctx, sitting).text == typed
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    # and a plain service call on the full disk refuses without leaving a partial revision
    _fill(small_disk)
    before = record_of(ctx, sitting).revision
    with pytest.raises(Exception):  # noqa: B017  (sqlite's OperationalError "database or disk is full")
        save_record(ctx, sitting, typed + "再加一段。" * 20000)
    assert record_of(ctx, sitting).revision == before
    window.close()
    ctx.db.engine.dispose()


def test_a_backup_to_a_full_stick_leaves_no_partial_file_and_the_store_untouched(small_disk: Path,
                                                                                 tmp_path: Path) -> None:
    from fuyuan_desktop.demo import generate_demo
    from fuyuan_desktop.services.backups import create_backup, list_backups

    paths = DataPaths(tmp_path / "data")
    ctx = initialize(paths, actor="书记员")
    generate_demo(ctx, disputes=300, seed=3)
    stick = small_disk / "usb"
    stick.mkdir()
    _fill(small_disk)
    from fuyuan_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="没有留下不完整的备份"):
        create_backup(ctx, to=stick)
    assert [p.name for p in stick.rglob("*") if p.is_file()] == []
    assert list_backups(paths, stick) == []
    with ctx.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    ctx.db.engine.dispose()
