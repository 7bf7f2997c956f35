"""``fuyuan-desktop --self-check`` from source: every step passes on a real store, a failing step fails the run,
and the user's database is only ever copied (a first-release store is migrated in the copy, a newer one refused)."""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store.fixtures.first_release import load_fixture

from fuyuan_desktop.diagnostics.checks import CORE_STEPS
from fuyuan_desktop.diagnostics.self_check import CheckFailed, CheckRun, Step, self_check
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.self_check import GUI_STEPS, all_steps, run_self_check

STEP_NAMES = ["resources", "database", "agreement", "bundle", "main_window", "printing", "image_formats"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_steps_are_named_in_order_and_extendable() -> None:
    # Every step, in this order (modules may add more; the sync module added the bundle round trip).
    names = [s.name for s in all_steps()]
    assert [n for n in names if n in STEP_NAMES] == STEP_NAMES and len(set(names)) == len(names)
    assert all_steps()[: len(CORE_STEPS)] == CORE_STEPS and all_steps()[len(CORE_STEPS):] == GUI_STEPS


@pytest.mark.slow
def test_every_step_passes_from_source_on_a_user_store(qapp, tmp_path: Path) -> None:
    user = DataPaths(tmp_path / "user")
    initialize(user).db.engine.dispose()
    before = _sha(user.database)
    out = io.StringIO()

    code = run_self_check(argparse.Namespace(data_dir=str(user.root)), out=out)

    report = out.getvalue()
    assert code == 0, report
    for name in STEP_NAMES:
        assert f"（{name}，" in report
    assert report.count("[通过]") == len(all_steps()) and "[失败]" not in report
    assert "本机数据库的副本（0 件案件）" in report and "冼\U00020000䶮" in report
    assert "结果：全部通过" in report
    assert _sha(user.database) == before  # only copied
    assert list(user.backups.iterdir()) == []


def test_a_failing_step_fails_the_run_and_the_others_still_run(tmp_path: Path) -> None:
    seen: list[str] = []

    def ok(run: CheckRun) -> str:
        seen.append("ok")
        assert run.workdir.is_dir()
        return "好"

    def bad(_run: CheckRun) -> str:
        raise CheckFailed("坏了：某个文件不见了")

    def crash(_run: CheckRun) -> str:
        raise KeyError("boom")

    out = io.StringIO()
    code, report = self_check([Step("one", "第一步", bad), Step("two", "第二步", crash), Step("three", "第三步", ok)],
                              None, out=out)
    assert code == 1 and seen == ["ok"]
    assert "[失败] 第一步（one，" in report and "坏了：某个文件不见了" in report
    assert "[失败] 第二步（two，" in report and "KeyError: 'boom'" in report
    assert "[通过] 第三步（three，" in report
    assert "结果：2 项失败（one、two）" in report
    assert out.getvalue() == report + "\n"


def test_database_step_migrates_a_copy_of_a_first_release_store(tmp_path: Path) -> None:
    user = DataPaths(tmp_path / "user")
    load_fixture(user.database)
    before = _sha(user.database)

    code, report = self_check([CORE_STEPS[1]], user, out=None)

    assert code == 0, report
    assert "本机数据库的副本（6 件案件）从 0001_initial 迁移到" in report
    assert _sha(user.database) == before


def test_database_step_refuses_a_store_from_a_newer_app_with_a_clear_message(tmp_path: Path) -> None:
    import sqlite3

    user = DataPaths(tmp_path / "user")
    initialize(user).db.engine.dispose()
    raw = sqlite3.connect(user.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = _sha(user.database)

    code, report = self_check([CORE_STEPS[1]], user, out=None)

    assert code == 1
    assert "[失败] 数据库迁移" in report and "更新版本" in report and "9999_from_the_future" in report
    assert _sha(user.database) == before


@pytest.mark.slow
def test_self_check_command_from_source_exits_0(tmp_path: Path) -> None:
    """The real command line, in a fresh process: ``python -m fuyuan_desktop --self-check``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # the self-check switches to offscreen itself
    done = subprocess.run([sys.executable, "-m", "fuyuan_desktop", "--self-check", "--data-dir", str(tmp_path / "d")],
                          capture_output=True, text=True, encoding="utf-8", timeout=180, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "结果：全部通过" in done.stdout and "源代码运行" in done.stdout
    assert not (tmp_path / "d").exists()  # nothing written to the data folder


def test_missing_bundled_file_fails_the_resources_step(monkeypatch: pytest.MonkeyPatch) -> None:
    from fuyuan_desktop.diagnostics import checks

    monkeypatch.setitem(checks.REQUIRED_FILES, "fuyuan_desktop.resources", ["fonts/no-such-font.ttf"])
    code, report = self_check([CORE_STEPS[0]], None, out=None)
    assert code == 1 and "缺少随包文件：fuyuan_desktop.resources/fonts/no-such-font.ttf" in report
