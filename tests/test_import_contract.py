"""Layer contract: domain, store and services import without Qt; domain imports no database libraries."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

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


def _run(code: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", BLOCK_QT + textwrap.dedent(code)], capture_output=True, text=True,
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


def test_domain_store_and_services_import_without_qt() -> None:
    result = _run("""
        names = []
        for package in ("fuyuan_desktop.domain", "fuyuan_desktop.store", "fuyuan_desktop.services",
                        "fuyuan_desktop.reports", "fuyuan_desktop.diagnostics", "fuyuan_desktop.sync",
                        "fuyuan_desktop.hub"):
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
            "fuyuan_desktop.sync.export", "fuyuan_desktop.hub.ingest", "fuyuan_desktop.hub.app"} <= set(modules)
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
