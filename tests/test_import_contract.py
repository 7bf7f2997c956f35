"""Layer contract: every import between the packages of fuyuan_desktop follows the arrow table of
docs/architecture.md, no two packages import each other (directly or round a loop), Qt stays in ui/, the lower
layers import without Qt, domain imports no database library, and the workbench's first module loads no SQL."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = ROOT / "docs" / "architecture.md"

# The arrow table ("Layers" in docs/architecture.md; test_the_table_is_the_one_in_the_architecture_notes keeps the
# two equal): a package imports itself and only the packages its row names. ``resources`` (shipped data) and the
# top-level modules (``fuyuan_desktop/__init__.py``, ``__main__.py``) are free; every ``fuyuan_desktop.cli*``
# module counts as the package ``cli``.
LAYERS: dict[str, frozenset[str]] = {
    "domain": frozenset(),
    "store": frozenset({"domain"}),
    "documents": frozenset({"domain"}),
    "sync": frozenset({"store", "domain"}),
    "reports": frozenset({"store", "documents", "domain"}),
    "hub": frozenset({"sync", "reports", "documents", "store", "domain"}),
    "services": frozenset({"hub", "sync", "reports", "documents", "store", "domain"}),
    "demo": frozenset({"services", "domain"}),
    "diagnostics": frozenset({"services", "store", "domain"}),
    "ui": frozenset({"services", "diagnostics", "demo", "domain"}),
    "cli": frozenset({"services", "diagnostics", "bench", "demo", "domain"}),
    "bench": frozenset({"demo", "services", "hub", "sync", "reports", "documents", "store", "domain"}),
}
FREE = frozenset({"resources"})
TOP = "<top>"  # fuyuan_desktop itself: __init__ (the version), __main__
QT_PACKAGE = "ui"  # the only package that may import PySide6 / shiboken6



@dataclass(frozen=True)
class Arrow:
    """One import statement: ``module`` (in ``file`` at ``line``) imports ``target``."""

    module: str
    file: str
    line: int
    target: str
    source_package: str
    target_package: str  # "" for anything outside fuyuan_desktop (PySide6 included)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_of(module: str, top_modules: frozenset[str]) -> str:
    """The layer of a fuyuan_desktop module ("" outside the project, TOP for the top-level modules).

    Any other name right under fuyuan_desktop is a package, present or not, so that it needs a row in the table.
    """
    parts = module.split(".")
    if parts[0] != "fuyuan_desktop":
        return ""
    if len(parts) == 1:
        return TOP
    name = parts[1]
    if name == "cli" or name.startswith("cli_"):
        return "cli"
    return TOP if name in top_modules or name.startswith("__") else name


def _targets(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """What one node imports, as absolute module names (``from X import y`` may name the module X.y)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            origin = ".".join([*base, *([node.module] if node.module else [])])
        else:
            origin = node.module or ""
        return [origin] + [f"{origin}.{alias.name}" for alias in node.names if alias.name != "*"]
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        called = node.func
        name = called.attr if isinstance(called, ast.Attribute) else called.id if isinstance(called, ast.Name) else ""
        if name in ("import_module", "__import__"):
            return [node.args[0].value]
    return []


def collect_arrows(root: Path) -> list[Arrow]:
    """Every import in every module under ``root/fuyuan_desktop`` — at module level, in functions, under
    ``if TYPE_CHECKING:``, and ``importlib.import_module("…")`` with a literal name."""
    base = root / "fuyuan_desktop"
    top_modules = frozenset(p.stem for p in base.glob("*.py"))  # __init__, __main__ (cli*.py are the package cli)
    arrows: list[Arrow] = []
    for path in sorted(base.rglob("*.py")):
        module = _module_name(path, root)
        source = _package_of(module, top_modules)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        file = path.relative_to(root).as_posix()
        for node in ast.walk(tree):
            seen: set[str] = set()
            for target in _targets(node, module, path.name == "__init__.py"):
                package = _package_of(target, top_modules)
                # ``from fuyuan_desktop.store import paths`` names the module and the package: count it once
                key = package or target.split(".")[0]
                if key in seen:
                    continue
                seen.add(key)
                arrows.append(Arrow(module, file, getattr(node, "lineno", 0), target, source, package))
    return arrows


def forbidden(arrows: Iterable[Arrow], layers: Mapping[str, frozenset[str]],
              pending: frozenset[tuple[str, str]] = frozenset()) -> list[str]:
    """Each import the table does not allow, as ``file:line: …``; and Qt outside ui/."""
    problems: list[str] = []
    for a in arrows:
        if a.target.split(".")[0] in ("PySide6", "shiboken6") and a.source_package != QT_PACKAGE:
            problems.append(f"{a.where}: {a.module} imports {a.target}: Qt belongs in ui/ only")
            continue
        if not a.target_package or a.source_package == TOP or a.target_package in FREE | {TOP, a.source_package}:
            continue
        if a.source_package not in layers:
            problems.append(f"{a.where}: {a.module} is in package {a.source_package!r}, which has no row in the "
                            f"table (docs/architecture.md)")
        elif a.target_package not in layers[a.source_package] and (a.module, a.target_package) not in pending:
            problems.append(f"{a.where}: {a.module} imports {a.target}: {a.source_package} → {a.target_package} is "
                            f"not in the table ({a.source_package} may import "
                            f"{', '.join(sorted(layers[a.source_package])) or 'nothing of ours'})")
    return problems


def cycles(arrows: Iterable[Arrow]) -> list[str]:
    """Each loop between packages (whatever the table says), with the import that makes each of its steps."""
    witness: dict[tuple[str, str], Arrow] = {}
    for a in arrows:
        if a.target_package and a.source_package != TOP and a.target_package not in FREE | {TOP, a.source_package}:
            witness.setdefault((a.source_package, a.target_package), a)
    graph: dict[str, set[str]] = {}
    for source, target in witness:
        graph.setdefault(source, set()).add(target)
    found: list[str] = []
    reported: set[frozenset[str]] = set()
    for start in sorted(graph):
        # breadth first from ``start`` back to itself: the shortest loop through it
        paths: list[list[str]] = [[start]]
        seen = {start}
        loop: list[str] | None = None
        while paths and loop is None:
            longer = []
            for path in paths:
                for nxt in sorted(graph.get(path[-1], ())):
                    if nxt == start:
                        loop = [*path, start]
                        break
                    if nxt not in seen:
                        seen.add(nxt)
                        longer.append([*path, nxt])
                if loop is not None:
                    break
            paths = longer
        if loop is None or frozenset(loop) in reported:
            continue
        reported.add(frozenset(loop))
        steps = [witness[(a, b)] for a, b in pairwise(loop)]
        found.append(" → ".join(loop) + ": " + "; ".join(f"{s.where} ({s.module} imports {s.target})"
                                                        for s in steps))
    return found


QT_IN_TEXT = re.compile(r"\b(?:from|import)\s+(?:PySide6|shiboken6)\b")


def qt_code_outside_ui(root: Path) -> list[str]:
    """Qt imports written as text outside ui/: code handed to a child Python (``python -c``) is Qt all the same."""
    found = []
    for path in sorted((root / "fuyuan_desktop").rglob("*.py")):
        if path.relative_to(root / "fuyuan_desktop").parts[0] == QT_PACKAGE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if QT_IN_TEXT.search(line):
                found.append(f"{path.relative_to(root).as_posix()}:{number}: {line.strip()}")
    return found


def table_in_markdown(text: str) -> dict[str, frozenset[str]]:
    """The arrow table as written in docs/architecture.md: the table whose header is ``| package | may import |``.

    A row may name several packages (``store, documents``); parenthesised text is commentary; "nothing of ours"
    is the empty row.
    """
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if re.fullmatch(r"\|\s*package\s*\|\s*may import\s*\|", line.strip()))
    table: dict[str, frozenset[str]] = {}
    for line in lines[start + 2:]:
        if not line.strip().startswith("|"):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        names = [n.strip(" `") for n in cells[0].split(",")]
        allowed_text = re.sub(r"\([^)]*\)", "", cells[1]).replace("`", "")
        allowed = frozenset() if "nothing" in allowed_text else frozenset(
            n.strip() for n in allowed_text.split(",") if n.strip())
        for name in names:
            table[name] = allowed
    return table


# --- the contract on the real tree ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def arrows() -> list[Arrow]:
    return collect_arrows(ROOT)


@pytest.mark.slow
def test_every_import_follows_the_arrow_table(arrows: list[Arrow]) -> None:
    problems = forbidden(arrows, LAYERS, frozenset())
    assert not problems, "imports against docs/architecture.md (Layers):\n" + "\n".join(problems)


def test_no_qt_code_outside_ui_even_for_a_child_process() -> None:
    found = qt_code_outside_ui(ROOT)
    assert not found, "Qt code outside ui/ (a child process should run a ui/ module instead):\n" + "\n".join(found)


def test_no_two_packages_import_each_other(arrows: list[Arrow]) -> None:
    loops = cycles(arrows)
    assert not loops, "packages that import each other:\n" + "\n".join(loops)


def test_the_table_itself_has_no_loop() -> None:
    fake = [Arrow(f"fuyuan_desktop.{s}", f"{s}", 0, f"fuyuan_desktop.{t}", s, t)
            for s, targets in LAYERS.items() for t in targets]
    assert cycles(fake) == []


def test_every_package_has_a_row(arrows: list[Arrow]) -> None:
    packages = {a.source_package for a in arrows} - {TOP} - FREE
    assert packages <= set(LAYERS), f"packages without a row in the table: {sorted(packages - set(LAYERS))}"


def test_the_table_is_the_one_in_the_architecture_notes() -> None:
    written = table_in_markdown(ARCHITECTURE.read_text(encoding="utf-8"))
    assert written == LAYERS


# --- the checker itself can fail --------------------------------------------------------------------------------


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in {"fuyuan_desktop/__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.parent != root / "fuyuan_desktop":
            (path.parent / "__init__.py").touch()
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def test_the_checker_reports_each_forbidden_import_with_its_file_and_line(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "fuyuan_desktop/hub/registry.py": """\
            from __future__ import annotations
            from typing import TYPE_CHECKING
            from fuyuan_desktop.store.db import Database
            if TYPE_CHECKING:
                from fuyuan_desktop.services.workspace import Workspace
            def seed() -> None:
                from fuyuan_desktop.services.setup import seed_courts
                from . import ingest
            """,
        "fuyuan_desktop/hub/ingest.py": "",
        "fuyuan_desktop/store/db.py": "import PySide6.QtCore\nfrom fuyuan_desktop import resources, __version__\n",
        "fuyuan_desktop/resources/__init__.py": "",
        "fuyuan_desktop/ui/app.py": "from ..sync import client\nimport importlib\nimportlib.import_module('fuyuan_desktop.hub.app')\n",
        "fuyuan_desktop/sync/client.py": "",
        "fuyuan_desktop/cli_sync.py": "from fuyuan_desktop.hub import registry\nfrom fuyuan_desktop.sync import client\n",
        "fuyuan_desktop/gadgets/thing.py": "from fuyuan_desktop.domain import errors\n",
    })
    problems = forbidden(collect_arrows(tmp_path), LAYERS, frozenset({("fuyuan_desktop.cli_sync", "hub")}))
    where = sorted(p.split(": ")[0] for p in problems)
    assert where == [
        "fuyuan_desktop/cli_sync.py:2",  # cli → sync: not excused by the pending list given
        "fuyuan_desktop/gadgets/thing.py:1",  # a package the table does not know
        "fuyuan_desktop/hub/registry.py:5",  # under TYPE_CHECKING
        "fuyuan_desktop/hub/registry.py:7",  # inside a function
        "fuyuan_desktop/store/db.py:1",  # Qt below ui
        "fuyuan_desktop/ui/app.py:1",  # a relative import
        "fuyuan_desktop/ui/app.py:3",  # importlib.import_module with a literal name
    ], problems
    assert any("hub → services is not in the table" in p for p in problems)
    assert any("Qt belongs in ui/ only" in p for p in problems)


def test_qt_code_in_a_string_outside_ui_is_found(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "fuyuan_desktop/bench/gui.py": 'NOTE = "a bare PySide6 window"\nCHILD = """\nfrom PySide6.QtWidgets import QApplication\n"""\n',
        "fuyuan_desktop/ui/app.py": "from PySide6.QtWidgets import QApplication\n",
    })
    assert qt_code_outside_ui(tmp_path) == ["fuyuan_desktop/bench/gui.py:3: from PySide6.QtWidgets import QApplication"]


def test_the_checker_reports_a_cycle_with_the_imports_that_make_it(tmp_path: Path) -> None:
    _tree(tmp_path, {
        "fuyuan_desktop/hub/registry.py": "x = 1\n\n\ndef f():\n    from fuyuan_desktop.services import setup\n",
        "fuyuan_desktop/services/hub.py": "from fuyuan_desktop.hub.registry import x\n",
        "fuyuan_desktop/services/setup.py": "",
        "fuyuan_desktop/store/a.py": "from fuyuan_desktop.sync import b\n",
        "fuyuan_desktop/sync/b.py": "from fuyuan_desktop.reports import c\n",
        "fuyuan_desktop/reports/c.py": "from fuyuan_desktop.store import a\n",
    })
    loops = cycles(collect_arrows(tmp_path))
    assert len(loops) == 2, loops
    hub_loop = next(loop for loop in loops if "hub" in loop.split(":")[0])
    assert hub_loop.startswith("hub → services → hub: ")
    assert "fuyuan_desktop/hub/registry.py:5" in hub_loop and "fuyuan_desktop/services/hub.py:1" in hub_loop
    three = next(loop for loop in loops if "store" in loop.split(":")[0])
    assert {"fuyuan_desktop/store/a.py:1", "fuyuan_desktop/sync/b.py:1", "fuyuan_desktop/reports/c.py:1"} <= set(
        re.findall(r"fuyuan_desktop/[\w/]+\.py:\d+", three))


def test_the_markdown_table_is_read_row_by_row() -> None:
    text = textwrap.dedent("""\
        Some words.

        | package | may import |
        |---|---|
        | domain | nothing of ours |
        | store, documents | domain |
        | `hub` | sync, store (never services), domain |

        | other | table |
        |---|---|
        | x | y |
        """)
    assert table_in_markdown(text) == {"domain": frozenset(), "store": frozenset({"domain"}),
                                       "documents": frozenset({"domain"}),
                                       "hub": frozenset({"sync", "store", "domain"})}


# --- what loads when, in a fresh interpreter ------------------------------------------------------------------

BLOCK_QT = textwrap.dedent("""
    import importlib, importlib.abc, json, pkgutil, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
                raise ImportError(f"{name} is blocked: this layer must not import Qt")
            return None

    sys.meta_path.insert(0, NoQt())

    def walk(package_name):
        package = importlib.import_module(package_name)
        names = [package_name]
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(info.name)
            names.append(info.name)
        return names
""")


def _run(code: str, *, block_qt: bool = True) -> dict[str, object]:
    prelude = BLOCK_QT if block_qt else "import json, sys\n"
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_blocker_really_blocks_qt() -> None:
    result = _run("""
        try:
            import PySide6.QtCore  # noqa: F401
            print(json.dumps({"blocked": False}))
        except ImportError:
            print(json.dumps({"blocked": True}))
    """)
    assert result == {"blocked": True}


@pytest.mark.slow
def test_domain_store_and_services_import_without_qt() -> None:
    result = _run("""
        names = []
        for package in ("fuyuan_desktop.domain", "fuyuan_desktop.store", "fuyuan_desktop.services",
                        "fuyuan_desktop.reports", "fuyuan_desktop.diagnostics", "fuyuan_desktop.sync",
                        "fuyuan_desktop.hub", "fuyuan_desktop.bench"):
            names += walk(package)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(json.dumps({"modules": names, "qt": qt}))
    """)
    modules = result["modules"]
    assert isinstance(modules, list)
    assert {"fuyuan_desktop.domain.identifiers", "fuyuan_desktop.store.db", "fuyuan_desktop.store.search",
            "fuyuan_desktop.services.intake", "fuyuan_desktop.services.agreements",
            "fuyuan_desktop.services.linkage.stats", "fuyuan_desktop.reports.white_paper",
            "fuyuan_desktop.diagnostics.checks", "fuyuan_desktop.diagnostics.logs",
            "fuyuan_desktop.sync.export", "fuyuan_desktop.hub.ingest", "fuyuan_desktop.hub.app",
            "fuyuan_desktop.bench.gui", "fuyuan_desktop.bench.frozen"} <= set(modules)
    assert result["qt"] == []


def test_domain_loads_no_database_library() -> None:
    result = _run("""
        names = walk("fuyuan_desktop.domain")
        heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "sqlmodel", "sqlite3", "_sqlite3",
                                                                  "alembic"})
        print(json.dumps({"modules": names, "loaded": heavy}))
    """)
    modules = result["modules"]
    assert isinstance(modules, list) and "fuyuan_desktop.domain.workflow" in modules
    assert result["loaded"] == []


def test_the_workbench_module_loads_no_database_library_before_its_window() -> None:
    """ui/app.py names the data folder through services.workspace at import time; the store (SQLAlchemy) must
    still load only after the first paint, on a worker."""
    result = _run("""
        import fuyuan_desktop.ui.app  # noqa: F401
        heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "sqlmodel", "alembic", "reportlab"})
        print(json.dumps({"loaded": heavy}))
    """, block_qt=False)
    assert result["loaded"] == []
