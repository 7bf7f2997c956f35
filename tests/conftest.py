"""Shared fixtures (a fresh store migrated to head in a temp folder per test, intake builders) and the test tiers:
markers set from what each test uses, and a check that every test starting a process says so."""

from __future__ import annotations

import os

# Real Qt widgets, no display: every GUI test runs on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import functools
import inspect
import sys
import types
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from fuyuan_desktop.domain.identifiers import credit_code_check_char, id_check_char, org_code_check_char
from fuyuan_desktop.services.intake import IntakeInput, IntakeResult, PartyInput, intake_dispute
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import AuditEvent
from fuyuan_desktop.store.paths import DataPaths

TODAY = date(2026, 11, 20)
ACTOR = "测试书记员"


def make_id_number(seq: int, *, region: str = "220702", birth: str = "19850312") -> str:
    """A valid 18-digit citizen ID; ``seq`` (0–999) keeps numbers of one test apart."""
    first17 = f"{region}{birth}{seq:03d}"
    return first17 + id_check_char(first17)


def make_credit_code(org_body: str = "MA0Y1234", *, head: str = "91220702") -> str:
    """A valid unified social credit code (embedded organisation code check included)."""
    org = org_body + org_code_check_char(org_body)
    first17 = head + org
    return first17 + credit_code_check_char(first17)


def person(name: str, role: str = "申请人", *, seq: int | None = None, phone: str = "",
           address: str = "吉林省松原市宁江区民主街1号", **extra: Any) -> PartyInput:
    return PartyInput(role=role, kind="person", name=name,
                      id_number=make_id_number(seq) if seq is not None else "",
                      phone=phone, address=address, **extra)


def organization(name: str, role: str = "被申请人", *, org_body: str = "MA0Y1234",
                 address: str = "吉林松原经济开发区", **extra: Any) -> PartyInput:
    return PartyInput(role=role, kind="organization", name=name, credit_code=make_credit_code(org_body),
                      representative="刘经理", representative_title="总经理", address=address, **extra)


def intake_input(*parties: PartyInput, category: str = "邻里纠纷", summary: str = "楼上漏水导致楼下房屋受损",
                 **extra: Any) -> IntakeInput:
    if not parties:
        parties = (person("张三", seq=1), person("李四", "被申请人", seq=2))
    return IntakeInput(category=category, summary=summary, parties=list(parties), **extra)


def table_counts(db: Database) -> dict[str, int]:
    """Row counts of every table in the database (including Alembic's and the search index's)."""
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()) for name in names}


def audit_length(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


@pytest.fixture
def paths(tmp_path: Any) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture(scope="session")
def _seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Once per test worker: a store migrated to head with the shipped courts and places — what ``initialize`` makes
    before this installation's own device identity. Each ``ctx`` starts from a copy (migrating and seeding take
    ~0.4 s; a copy ~10 ms), then runs ``initialize`` itself, which finds the schema and the reference rows in place
    and makes the store's own device."""
    from fuyuan_desktop.services.setup import open_store, seed_courts
    from fuyuan_desktop.store.places import seed_places

    paths = DataPaths(tmp_path_factory.mktemp("seeded") / "data")
    opened = open_store(paths)
    seed_courts(Workspace(opened.db, ACTOR, paths=paths))
    seed_places(opened.db, ACTOR)
    with opened.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.close()
    return paths.database


@pytest.fixture
def ctx(paths: DataPaths, _seeded_store: Path) -> Workspace:
    """A fresh, initialised store (migrated, courts seeded, device made) with today pinned."""
    import shutil

    paths.ensure()
    shutil.copyfile(_seeded_store, paths.database)
    base = initialize(paths, actor=ACTOR)
    return Workspace(base.db, ACTOR, today=lambda: TODAY, paths=base.paths)


@pytest.fixture
def register(ctx: Workspace) -> Callable[..., IntakeResult]:
    """Register a dispute through the intake service: ``register(person(...), person(...), category=...)``."""

    def _register(*parties: PartyInput, **extra: Any) -> IntakeResult:
        return intake_dispute(ctx, intake_input(*parties, **extra))

    return _register


@pytest.fixture
def workbench_app() -> Iterator[Any]:
    """``ui.app`` for tests that start the workbench: what start_workbench changes on the shared QApplication
    (font, excepthook, log handlers) is put back afterwards."""
    import logging
    import sys

    from PySide6.QtWidgets import QApplication

    from fuyuan_desktop.ui import app as app_module

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    font_before, hook_before = qapp.font(), sys.excepthook
    log = logging.getLogger("fuyuan")
    handlers_before = list(log.handlers)
    try:
        yield app_module
    finally:
        qapp.setFont(font_before)
        sys.excepthook = hook_before
        for handler in set(log.handlers) - set(handlers_before):
            log.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _drain_worker_pool() -> Iterator[None]:
    """Each test leaves no background task behind: a worker still reading for one test's page would hold one of
    the pool's threads (two on a 2-core machine) while the next test waits for its own."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture(autouse=True)
def _shipped_catalogues_again() -> Iterator[None]:
    """The 案由 catalogues in force are process-wide (domain/causes.py ``install_amendments``): a test whose store
    amended them must not leave its amendments to the next test."""
    yield
    from fuyuan_desktop.domain.causes import install_amendments

    install_amendments(())


@pytest.fixture(autouse=True)
def _program_name_is_restored() -> Iterator[None]:
    """A test that opens the store as the workbench does names this process 工作台; later tests of the same worker
    would then look like a second window to the app they start (no crash recovery offered). Put the name back."""
    from fuyuan_desktop.store import folder_lock

    before = folder_lock._program
    yield
    folder_lock.set_program(before)


# Test tiers. The markers (declared in pyproject.toml) follow from what a test uses, so a new test lands in its
# tier without anyone remembering to mark it; only `slow` is written by hand, from measured durations.
TESTS = Path(__file__).resolve().parent
QT_FIXTURES = {"qtbot", "qapp", "workbench_app"}
POSTGRES_FIXTURES = {"pg_url"}


@functools.cache
def _suite_module(name: str) -> bool:
    module_file = getattr(sys.modules.get(name), "__file__", None)
    return module_file is not None and Path(module_file).resolve().is_relative_to(TESTS)


def _in_suite(value: Any) -> bool:
    """A function or class written under tests/ (the suite's helpers are followed, the product's code is not)."""
    return (inspect.isfunction(value) or inspect.isclass(value)) and _suite_module(value.__module__)


def _modules_used(obj: Any, seen: set[int]) -> Iterator[str]:
    """The modules a test-suite function (its nested functions and lambdas too) or class takes names from
    (``subprocess`` for ``subprocess.run`` and for a local ``import subprocess``), following the suite's helpers."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if inspect.isclass(obj):
        for member in vars(obj).values():
            yield from _modules_used(getattr(member, "__func__", member), seen)
        return
    func = inspect.unwrap(obj)
    if not inspect.isfunction(func):
        return
    codes = [func.__code__]
    while codes:
        code = codes.pop()
        codes.extend(const for const in code.co_consts if isinstance(const, types.CodeType))
        for name in code.co_names:
            if name not in func.__globals__:
                yield name  # a module imported inside the function, or an attribute
                continue
            value = func.__globals__[name]
            yield value.__name__ if isinstance(value, types.ModuleType) else str(getattr(value, "__module__", ""))
            if _in_suite(value):
                yield from _modules_used(value, seen)


def _tiers(item: pytest.Item) -> set[str]:
    path = Path(str(item.path)).resolve()
    fixtures = set(getattr(item, "fixturenames", ()))
    test_modules = list(_modules_used(getattr(item, "obj", None), set()))
    with_fixtures = list(test_modules)
    definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    for name in fixtures:
        for definition in definitions.get(name, ()):
            if _in_suite(definition.func):
                with_fixtures += _modules_used(definition.func, set())
    params = getattr(getattr(item, "callspec", None), "params", {})
    tiers = set()
    if path.is_relative_to(TESTS / "ship"):
        tiers.add("frozen")
    if (path.is_relative_to(TESTS / "ui") or fixtures & QT_FIXTURES
            or any(m.startswith(("PySide6", "shiboken6", "pytestqt", "fuyuan_desktop.ui")) for m in test_modules)):
        tiers.add("gui")
    if "subprocess" in with_fixtures:
        tiers.add("subprocess")
    # Not the fixtures' code: the hub fixture names psycopg for its PostgreSQL half only.
    if (params.get("hub_url") == "postgresql" or fixtures & POSTGRES_FIXTURES
            or any(m.startswith("psycopg") for m in test_modules)):
        # Each creates, migrates and drops a database on the server: together they were half the developer loop,
        # whose SQLite half of every hub test stays in it.
        tiers |= {"postgres", "slow"}
    return tiers


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for tier in sorted(_tiers(item)):
            if item.get_closest_marker(tier) is None:
                item.add_marker(tier)
    # The longest files first (the frozen build, then files with slow tests): with ``--dist loadfile`` each worker
    # takes the next file when it is free, so long files started early let both cores finish together instead of one
    # building the frozen app alone at the end. Within a group the collection order stays.
    weight: dict[str, int] = {}
    for item in items:
        here = 0 if item.get_closest_marker("frozen") else 1 if item.get_closest_marker("slow") else 2
        weight[item.nodeid.split("::")[0]] = min(weight.get(item.nodeid.split("::")[0], 2), here)
    items.sort(key=lambda item: weight[item.nodeid.split("::")[0]])


STARTED: list[str] = []


def _record_started_processes(event: str, args: tuple[Any, ...]) -> None:
    """Audit hook: note every Python process (the fuyuan commands, python -c, ruff, mypy) a test starts."""
    if event != "subprocess.Popen":
        return
    try:
        program = Path(os.fsdecode(args[0]))
        if program.name.startswith(("python", "fuyuan")) or program.parent == Path(sys.executable).parent:
            STARTED.append(program.name)
    except Exception:  # an audit hook must never break the call it watches
        pass


sys.addaudithook(_record_started_processes)


@pytest.fixture(autouse=True)
def _started_processes_are_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that starts a Python process without the ``subprocess`` marker (say, through the product's own code,
    which the collection rules do not read) fails, naming the marker to add."""
    first = len(STARTED)
    yield
    started = STARTED[first:]
    if started and request.node.get_closest_marker("subprocess") is None:
        pytest.fail(f"{request.node.nodeid} started {started[0]} but is not marked subprocess: "
                    "add @pytest.mark.subprocess", pytrace=False)
