"""``python build_spec/build.py``: build the one-folder app into dist/fuyuan-desktop/ and check what went in.

Works on Linux and Windows (same command; on Windows ``py build_spec\\build.py``). Needs the ``[build]``
extra: ``pip install -e '.[build]'``. ``--dist``/``--work`` choose other output folders (the tests use them).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_spec" / "fuyuan-desktop.spec"
APP = "fuyuan-desktop"


def problems(folder: Path) -> list[str]:
    """What a finished build must hold (and must not): checked on the files, before anyone runs them."""
    internal = folder / "_internal"
    found: list[str] = []
    exe = folder / (f"{APP}.exe" if sys.platform == "win32" else APP)
    if not exe.is_file():
        found.append(f"missing executable {exe.name}")
    package = internal / "fuyuan_desktop"
    for rel in ("resources/fonts/wqy-zenhei.ttf", "resources/fonts/HanaMinB.ttf", "resources/fonts/uming.ttf",
                "resources/fonts/LICENSE-wqy-zenhei.txt", "resources/fonts/LICENSE-hanazono.txt",
                "resources/fonts/LICENSE-arphic-uming.txt", "resources/i18n/fuyuan_en.qm",
                "resources/reference/courts.json", "resources/templates/agreement_invited.json",
                "resources/icons/fuyuan.png", "store/migrations/env.py",
                "store/migrations/versions/0001_initial.py"):
        if not (package / rel).is_file():
            found.append(f"missing bundled file fuyuan_desktop/{rel}")
    # Linux wheels keep Qt's plugins in PySide6/Qt/plugins, Windows wheels in PySide6/plugins.
    plugins = next((d for d in (internal / "PySide6" / "Qt" / "plugins", internal / "PySide6" / "plugins")
                    if d.is_dir()), internal / "PySide6" / "plugins")
    for plugin_dir, stem in (("platforms", "offscreen"), ("printsupport", ""), ("imageformats", "jpeg")):
        entries = [p.name for p in (plugins / plugin_dir).glob("*")] if (plugins / plugin_dir).is_dir() else []
        if not any(stem in name for name in entries) and not (sys.platform == "win32" and plugin_dir == "printsupport"):
            found.append(f"missing Qt plugin {plugin_dir}/{stem or '*'}")
    if not any(internal.rglob("*Qt6Pdf*")) and not any(internal.rglob("*Qt*Pdf*")):
        found.append("missing QtPdf library")
    tests = [str(p.relative_to(folder)) for p in folder.rglob("*")
             if p.name in ("tests", "testing", "conftest.py") or p.name.startswith("test_")]
    if tests:
        found.append("test code shipped: " + ", ".join(sorted(tests)[:10]))
    for unwanted in ("QtWebEngine", "Qt6Quick", "Qt63D", "Qt6Qml."):
        hits = [p.name for p in internal.rglob(f"*{unwanted}*")]
        if hits:
            found.append(f"unneeded Qt module shipped: {hits[:3]}")
    return found


def build(dist: Path, work: Path) -> Path:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    folder = dist / APP
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {folder} in {time.perf_counter() - started:.0f} s, {size / 1_000_000:.1f} MB unpacked")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install -e '.[build]'", file=sys.stderr)
        return 2
    folder = build(args.dist.resolve(), args.work.resolve())
    found = problems(folder)
    for line in found:
        print(f"PROBLEM: {line}", file=sys.stderr)
    if found:
        return 1
    print(f"run its self-check: {folder / APP} --self-check")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
