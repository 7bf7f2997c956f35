"""``fuyuan bench frozen``: the one-folder app's unpacked size, and its cold start beside a start from source.

Both are started with the hidden ``--quit-after-paint`` option (its hook is ui/bench_probe.py); nothing here imports Qt.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fuyuan_desktop.bench import Result

SIZE_LIMIT_MB = 250.0
DEMO_CASES = 500
START_TARGET = 1.5  # frozen start ≤ 1.5 × the start from source of the same code
ROOT = Path(__file__).resolve().parents[2]


def dist_folder(dist: str | None = None) -> Path:
    """The built app: ``dist``, else ``FUYUAN_DIST_DIR``, else ``dist/fuyuan-desktop`` in the source tree."""
    chosen = dist or os.environ.get("FUYUAN_DIST_DIR")
    return Path(chosen) if chosen else ROOT / "dist" / "fuyuan-desktop"


def executable(folder: Path) -> Path:
    return folder / ("fuyuan-desktop.exe" if os.name == "nt" else "fuyuan-desktop")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _start(command: list[str], data_dir: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FUYUAN_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    # ``--demo`` fills the first, empty store (and so skips the first-run dialog); later starts just open it.
    done = subprocess.run([*command, "--quit-after-paint", "--demo", str(DEMO_CASES)], env=env, capture_output=True,
                          timeout=120, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}")
    return seconds


def run(size: int, quick: bool, *, dist: str | None = None) -> list[Result]:
    """Size of the built app, then alternating starts of the frozen app and ``python -m fuyuan_desktop``."""
    folder = dist_folder(dist)
    exe = executable(folder)
    if not exe.is_file():
        raise SystemExit(f"没有打包好的程序：{exe}。请先运行 python build_spec/build.py")
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="fuyuan-bench-frozen-") as tmp:
        data = Path(tmp) / "data"
        # The first start creates and seeds the store; it is not counted (neither side pays for that).
        _start([sys.executable, "-m", "fuyuan_desktop"], data)
        frozen_times: list[float] = []
        source_times: list[float] = []
        first_frozen = _start([str(exe)], data)
        for _ in range(rounds):
            frozen_times.append(_start([str(exe)], data))
            source_times.append(_start([sys.executable, "-m", "fuyuan_desktop"], data))
    size_mb = folder_size(folder) / 1_000_000
    internal = folder / "_internal"
    parts = {name: folder_size(internal / name) / 1_000_000 for name in ("fuyuan_desktop", "PySide6")
             if (internal / name).is_dir()}
    breakdown = "，".join(f"{name} {mb:.0f} MB" for name, mb in parts.items())
    breakdown += f"，其余 {size_mb - sum(parts.values()):.0f} MB（Python、SQLAlchemy、reportlab 等）"
    frozen, source = statistics.median(frozen_times), statistics.median(source_times)
    return [
        Result("frozen_size_unpacked", "MB", size_mb, "size target", SIZE_LIMIT_MB, None,
               note=f"{folder}: {breakdown}", limit=SIZE_LIMIT_MB),
        Result("frozen_first_start", "s", first_frozen, "source start (median)", source, None,
               note="first start of the frozen app after the build (page cache as the build left it)"),
        Result("frozen_start_to_first_paint", "s", frozen, "source start (median)", source, START_TARGET,
               note=f"median of {rounds}, process spawn to the main window's first frame and exit, offscreen"),
    ]
