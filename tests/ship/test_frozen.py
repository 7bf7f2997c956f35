"""The frozen app, really built with PyInstaller and really run: self-check offscreen on a first-release store,
``--version``, a refused newer store, an install folder it never writes into, and the ``bench frozen`` figures.

Behind the ``frozen`` marker (a build takes ~30 s and needs the ``[build]`` extra): the README's full test command,
which ``.ci/run`` runs, includes it; the developer loop ``pytest -m "not slow and not frozen"`` leaves it out.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store.fixtures.first_release import load_fixture

from fuyuan_desktop import __version__
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.ui.self_check import all_steps

pytestmark = pytest.mark.frozen
ROOT = Path(__file__).resolve().parents[2]
APP = "fuyuan-desktop.exe" if os.name == "nt" else "fuyuan-desktop"


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``python build_spec/build.py`` into a temporary dist folder (it also checks the folder's contents)."""
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(ROOT / "build_spec" / "build.py"), "--dist", str(out / "dist"),
                           "--work", str(out / "work")], capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    folder = out / "dist" / "fuyuan-desktop"
    assert (folder / APP).is_file()
    return folder


def test_windows_version_resource_is_well_formed(frozen_app: Path) -> None:
    """The spec writes the version resource on every platform (Windows embeds it): it must evaluate."""
    (version_file,) = (frozen_app.parents[1] / "work").rglob("version_info.txt")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")

    def record(name: str, *args: object, **kwargs: object) -> tuple[str, tuple[object, ...], dict[str, object]]:
        return name, args, kwargs

    namespace = {name: functools.partial(record, name) for name in names}
    info = eval(version_file.read_text(encoding="utf-8"), namespace)  # the form PyInstaller itself evals
    assert info[0] == "VSVersionInfo"
    text = repr(info)
    assert f"('FileVersion', '{__version__}')" in text and "府院联动·诉前调解工作台" in text


def _run(app: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the app must choose offscreen
    environment.update(env or {})
    return subprocess.run([str(app / APP), *args], capture_output=True, text=True, encoding="utf-8", env=environment,
                          timeout=timeout, check=False)


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_ships_no_test_code_and_only_the_offered_qt_languages(frozen_app: Path) -> None:
    names = [p.relative_to(frozen_app).as_posix() for p in frozen_app.rglob("*")]
    assert not [n for n in names if "/tests/" in n or n.rsplit("/", 1)[-1].startswith(("test_", "conftest"))]
    qt_qm = [n.rsplit("/", 1)[-1] for n in names if "/translations/" in n and n.endswith(".qm")]
    assert qt_qm and all("_zh_CN" in n or "_en" in n for n in qt_qm)
    assert not [n for n in names if "WebEngine" in n or "Qt6Quick" in n or "Qt63D" in n]
    # Migrations ship as source (Alembic reads them), with no bytecode caches.
    assert "_internal/fuyuan_desktop/store/migrations/versions/0001_initial.py" in names
    assert not [n for n in names if "__pycache__" in n]


def test_frozen_self_check_passes_on_a_first_release_store(frozen_app: Path, tmp_path: Path) -> None:
    user = DataPaths(tmp_path / "user")
    load_fixture(user.database)
    before = _sha(user.database)
    tree = _tree(frozen_app)

    done = _run(frozen_app, "--self-check", "--data-dir", str(user.root))

    assert done.returncode == 0, done.stdout + done.stderr
    report = done.stdout
    assert "打包程序" in report and "结果：全部通过" in report
    assert report.count("[通过]") == len(all_steps()) and "[失败]" not in report
    assert "本机数据库的副本（6 件案件）从 0001_initial 迁移到" in report
    assert "平台 offscreen" in report and "冼\U00020000䶮" in report
    assert "Qt 中文译文和英文界面译文可用" in report  # Qt's and our translations are in the bundle
    assert str(frozen_app) in report  # Qt's plugins come from inside the bundle
    assert _sha(user.database) == before
    assert _tree(frozen_app) == tree  # nothing written inside the install folder


def test_frozen_version(frozen_app: Path) -> None:
    done = _run(frozen_app, "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"Fuyuan Desktop {__version__}"


def test_frozen_self_check_refuses_a_newer_store_with_a_clear_message(frozen_app: Path, tmp_path: Path) -> None:
    user = DataPaths(tmp_path / "user")
    load_fixture(user.database)
    raw = sqlite3.connect(user.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()

    done = _run(frozen_app, "--self-check", "--data-dir", str(user.root))

    assert done.returncode == 1
    assert "[失败] 数据库迁移" in done.stdout and "更新版本" in done.stdout and "9999_from_the_future" in done.stdout


def test_frozen_workbench_starts_writes_only_to_its_data_folder_and_logs(frozen_app: Path, tmp_path: Path) -> None:
    tree = _tree(frozen_app)
    data = tmp_path / "data"

    done = _run(frozen_app, "--quit-after-paint", "--demo", "20", "--data-dir", str(data),
                env={"QT_QPA_PLATFORM": "offscreen"})

    assert done.returncode == 0, done.stderr
    assert (data / "demo" / "fuyuan.sqlite3").is_file()  # --demo: the demo workspace under the data folder
    assert not (data / "fuyuan.sqlite3").exists()
    log = (data / "demo" / "logs" / "fuyuan.log").read_text(encoding="utf-8")
    assert f"Fuyuan Desktop {__version__} started (frozen" in log
    assert _tree(frozen_app) == tree


def test_bench_frozen_reports_size_and_both_cold_starts(frozen_app: Path) -> None:
    from fuyuan_desktop.bench.frozen import SIZE_LIMIT_MB, run

    results = {r.name: r for r in run(0, True, dist=str(frozen_app))}
    assert set(results) == {"frozen_size_unpacked", "frozen_first_start", "frozen_start_to_first_paint"}
    size = results["frozen_size_unpacked"]
    assert size.value > 50 and size.limit == SIZE_LIMIT_MB and size.ok is (size.value <= SIZE_LIMIT_MB)
    start = results["frozen_start_to_first_paint"]
    assert start.value > 0 and start.baseline_value > 0 and start.as_json()["ratio"] is not None
