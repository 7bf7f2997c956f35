"""The README's Linux library list names every X11/xcb library Qt's xcb platform plugin links (``ldd``), under its
Debian package name: a library missing there is what stops the workbench with "Could not load the Qt platform plugin"."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0`` (a hyphen before the version after a digit)."""
    match = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+)", soname)
    assert match is not None, soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"\blib[a-z0-9][a-z0-9.+-]*[a-z0-9]\b", text))


def test_package_names_follow_debian() -> None:
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libxcb.so.1") == "libxcb1"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd on Linux only")
def test_readme_names_every_xcb_library_the_plugin_links() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.exists(), plugin
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    linked = {line.split()[0] for line in out.splitlines() if "=>" in line}
    x11 = {name for name in linked if re.match(r"lib(xcb|X11|xkbcommon)", name)}
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= x11  # what the issue found missing
    missing = sorted(debian_package(name) for name in x11 if debian_package(name) not in readme_packages())
    assert not missing, f"README's Linux library list lacks {missing} (ldd {plugin.name})"
