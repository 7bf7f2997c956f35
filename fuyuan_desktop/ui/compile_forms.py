"""Compile forms/*.ui into fuyuan_desktop/ui/forms/ui_*.py with pyside6-uic (the generated modules are committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return [exe]


def compile_form(ui: Path) -> str:
    """The Python module pyside6-uic makes of one .ui file."""
    result = subprocess.run([*uic_command(), str(ui)], capture_output=True, text=True, check=True)
    return result.stdout


def target_of(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main() -> int:
    for ui in sorted(FORMS.glob("*.ui")):
        target_of(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.name} -> {target_of(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
