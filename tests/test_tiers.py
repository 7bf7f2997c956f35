"""The test tiers: five declared markers, set by conftest.py from what each test uses, and a test that starts a
Python process without saying so fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import STARTED

ROOT = Path(__file__).resolve().parent.parent
TIERS = {"slow", "subprocess", "gui", "postgres", "frozen"}

DUMP_PLUGIN = '''
import json, os

def pytest_collection_finish(session):
    tiers = ("slow", "subprocess", "gui", "postgres", "frozen")
    with open(os.environ["TIERS_OUT"], "w", encoding="utf-8") as out:
        json.dump({i.nodeid: sorted(t for t in tiers if i.get_closest_marker(t)) for i in session.items}, out)
'''


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT / "tests")]),
           "TIERS_OUT": str(tmp_path / "tiers.json")}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)


def test_the_five_tiers_are_declared_with_their_meaning(pytestconfig: pytest.Config) -> None:
    declared = dict(line.split(":", 1) for line in pytestconfig.getini("markers"))
    assert set(declared) >= TIERS and all(declared[tier].strip() for tier in TIERS)
    # a misspelt marker is an error, not a selection that quietly matches nothing
    assert "--strict-markers" in pytestconfig.getini("addopts")


def test_the_readme_gives_the_full_command_ci_runs_the_developer_loop_and_every_tier() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == ".venv/bin/python -m pytest -q -n 2" and f"```bash\n{ci}\n```" in readme
    assert readme.count('.venv/bin/python -m pytest -q -n 2 -m "not slow and not frozen"') == 2  # Chinese and English
    assert all(readme.count(f"`{tier}`") >= 2 for tier in TIERS)


@pytest.mark.slow  # collects eight test modules in a fresh interpreter
def test_each_tier_follows_from_what_the_test_uses(tmp_path: Path) -> None:
    (tmp_path / "tiers_dump.py").write_text(DUMP_PLUGIN, encoding="utf-8")
    files = ["tests/domain/test_hlc.py", "tests/cli/test_cli.py", "tests/ui/test_qt_binding.py",
             "tests/sync/test_sync_merge.py", "tests/sync/test_sync_page_ui.py", "tests/sync/test_sync_fast_paths.py",
             "tests/reports/test_stats_postgres.py", "tests/ship/test_installer_script.py"]
    done = _pytest(tmp_path, "--collect-only", "-q", "-p", "tiers_dump", *files)
    assert done.returncode == 0, done.stdout + done.stderr
    tiers = {node: set(marks) for node, marks in json.loads((tmp_path / "tiers.json").read_text("utf-8")).items()}

    def of(prefix: str) -> dict[str, set[str]]:
        found = {node: marks for node, marks in tiers.items() if node.startswith(prefix)}
        assert found, prefix
        return found

    assert all(not marks for marks in of("tests/domain/test_hlc.py").values())  # plain unit tests: no tier at all
    assert all(marks == {"frozen"} for marks in of("tests/ship/").values())
    cli = of("tests/cli/test_cli.py")
    assert all("subprocess" in marks and "gui" not in marks for marks in cli.values())
    assert any(marks == {"subprocess"} for marks in cli.values())  # the quick ones stay in the developer loop
    assert all(marks == {"gui"} for marks in of("tests/ui/test_qt_binding.py").values())  # tests/ui, no qtbot
    assert all("gui" in marks for marks in of("tests/sync/test_sync_page_ui.py").values())  # qtbot outside tests/ui
    for node, marks in {**of("tests/sync/test_sync_merge.py"), **of("tests/sync/test_sync_page_ui.py")}.items():
        assert ("postgres" in marks) == ("[postgresql]" in node), node  # the hub fixture's PostgreSQL half only
    assert all("slow" in marks for marks in tiers.values() if "postgres" in marks)  # a database made per test
    assert "postgres" in of("tests/reports/test_stats_postgres.py::")["tests/reports/test_stats_postgres.py::"
                                                                       "test_statistics_agree_between_postgresql_and_sqlite"]
    # a PostgreSQL dialect object without a server is no reason to need PostgreSQL
    assert "postgres" not in tiers["tests/sync/test_sync_fast_paths.py::test_driver_values_are_what_sqlalchemy_binds"
                                   "[postgresql]"]


def test_the_audit_hook_notes_python_processes_only() -> None:
    first = len(STARTED)
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    subprocess.run(["true"], check=True)
    assert STARTED[first:] == [Path(sys.executable).name]


@pytest.mark.slow  # a pytest run of its own
def test_an_unmarked_test_that_starts_python_fails_and_a_marked_one_passes(tmp_path: Path) -> None:
    # the process is started where the collection rules cannot see it, as the product's own code would
    (tmp_path / "test_hidden_process.py").write_text(textwrap.dedent('''
        import importlib
        import sys

        import pytest


        def _start() -> None:
            importlib.import_module("sub" + "process").run([sys.executable, "-c", "pass"], check=True)


        def test_unmarked() -> None:
            _start()


        @pytest.mark.subprocess
        def test_marked() -> None:
            _start()
    '''), encoding="utf-8")
    done = _pytest(tmp_path, "-q", "-p", "conftest", "--rootdir", str(tmp_path), "-c", str(ROOT / "pyproject.toml"),
                   str(tmp_path / "test_hidden_process.py"))
    assert done.returncode == 1, done.stdout + done.stderr
    # both bodies pass; the unmarked test then fails at teardown
    assert "2 passed, 1 error" in done.stdout, done.stdout
    assert "ERROR at teardown of test_unmarked" in done.stdout, done.stdout
    assert "test_unmarked started python but is not marked subprocess" in done.stdout
