"""The shape of the ``fuyuan`` package: command modules share only common.py's public names, call services (and
domain for view types) only, and the command starts without loading the database layer."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import fuyuan_desktop.cli

CLI = Path(fuyuan_desktop.cli.__file__).resolve().parent
MODULES = sorted(CLI.glob("*.py"))
# ``fuyuan bench`` drives the benchmarks package (docs/architecture.md, the arrow table: cli → bench); every other command is a use case.
ALLOWED = ("fuyuan_desktop.cli", "fuyuan_desktop.services", "fuyuan_desktop.domain")
EXCEPTIONS = {"bench.py": ("fuyuan_desktop.bench",), "setup.py": ("fuyuan_desktop.demo",),
              "common.py": ("fuyuan_desktop.diagnostics",)}  # as the arrow table allows (the scrubbed log)


def _cli_module(name: str | None) -> bool:
    return name is not None and (name == "fuyuan_desktop.cli" or name.startswith("fuyuan_desktop.cli."))


def private_uses(source: str) -> list[str]:
    """``_private`` names one cli module takes from another: imported by name, or read off an imported module."""
    tree = ast.parse(source)
    found: list[str] = []
    modules: set[str] = set()  # local names bound to cli modules
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (_cli_module(node.module) or node.level):
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"from {node.module or '.'} import {alias.name}")
                elif node.module == "fuyuan_desktop.cli" or node.level:
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _cli_module(alias.name):
                    modules.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in modules | {"fuyuan_desktop"}:
                found.append(f"{ast.unparse(node)}")
    return found


def test_the_private_name_check_catches_what_the_old_modules_did() -> None:
    old = '''
from fuyuan_desktop.cli_reports import _cli
from fuyuan_desktop.cli.common import _jsonable, emit
from fuyuan_desktop.cli import linkage
from . import sync as s
import fuyuan_desktop.cli.hub
linkage._admin_view(1)
s._progress(1, 2)
fuyuan_desktop.cli.hub._hub_root(args)
emit(args, data, human)
self._private = 1
'''
    assert private_uses(old) == ["from fuyuan_desktop.cli.common import _jsonable", "linkage._admin_view",
                                 "s._progress", "fuyuan_desktop.cli.hub._hub_root"]


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_module_uses_another_modules_private_names(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_the_cli_imports_only_services_and_domain(path: Path) -> None:
    allowed = ALLOWED + EXCEPTIONS.get(path.name, ())
    ours = [node.module for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("fuyuan_desktop.")]
    ours += [alias.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Import) for alias in node.names if alias.name.startswith("fuyuan_desktop.")]
    assert [m for m in ours if not m.startswith(allowed)] == []


def test_every_command_module_registers_its_own_commands() -> None:
    # programmes and outreach add subcommands to the linkage group, parties, case_edits, confirmation and service
    # to the case group
    groups = {p.stem for p in MODULES} - {"__init__", "__main__", "common", "programmes", "outreach", "parties",
                                          "case_edits", "confirmation", "service"}
    assert {g.__name__.rsplit(".", 1)[1] for g in fuyuan_desktop.cli.GROUPS} == groups
    assert all(callable(getattr(g, "register", None)) for g in fuyuan_desktop.cli.GROUPS)
    assert not list(CLI.parent.glob("cli*.py")), "the old top-level cli modules are back"


def test_the_command_starts_without_the_database_layer() -> None:
    code = ("import json, sys; from fuyuan_desktop.cli import build_parser; build_parser(); "
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel') "
            "or m.startswith('fuyuan_desktop.services'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout) == []
