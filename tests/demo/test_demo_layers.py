"""The demo's place in the layers: it imports only services and domain (and resources for its word lists), no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "fuyuan_desktop" / "demo"
ALLOWED = {"demo", "services", "domain", "resources"}


def _our_imports(path: Path) -> set[str]:
    """The fuyuan_desktop packages a module imports (``fuyuan_desktop.services.x`` → ``services``), wherever it does."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        found |= {name.split(".")[1] for name in names if name.startswith("fuyuan_desktop.")}
    return found


def test_the_checker_sees_a_store_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from fuyuan_desktop import resources\nfrom fuyuan_desktop.demo.run import DemoRun\n"
        "def f():\n    from fuyuan_desktop.store.bulk import bulk_load\n",
        encoding="utf-8",
    )
    assert _our_imports(module) == {"resources", "demo", "store"}


def test_demo_writes_only_through_services() -> None:
    modules = sorted(DEMO.glob("*.py"))
    assert len(modules) > 5
    for module in modules:
        assert _our_imports(module) <= ALLOWED, f"{module.name}: {sorted(_our_imports(module) - ALLOWED)}"


@pytest.mark.slow
def test_demo_imports_without_qt() -> None:
    code = (
        "import importlib.abc, pkgutil, sys\n"
        "class NoQt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith(('PySide6.', 'shiboken6')):\n"
        "            raise ImportError(name + ' is blocked')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "import fuyuan_desktop.demo as demo\n"
        "for info in pkgutil.walk_packages(demo.__path__, 'fuyuan_desktop.demo.'):\n"
        "    __import__(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('fuyuan_desktop.demo.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "fuyuan_desktop.demo.generate" in done.stdout
