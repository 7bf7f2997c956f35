"""Shared fixtures: a fresh store migrated to head in a temp folder per test, and intake builders."""

from __future__ import annotations

import os

# Real Qt widgets, no display: every GUI test runs on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, text

from fuyuan_desktop.domain.identifiers import credit_code_check_char, id_check_char, org_code_check_char
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.intake import IntakeInput, IntakeResult, PartyInput, intake_dispute
from fuyuan_desktop.services.setup import initialize
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


@pytest.fixture
def ctx(paths: DataPaths) -> ServiceContext:
    """A fresh, initialised store (migrated, courts seeded, device made) with today pinned."""
    base = initialize(paths, actor=ACTOR)
    return ServiceContext(base.db, ACTOR, today=lambda: TODAY)


@pytest.fixture
def register(ctx: ServiceContext) -> Callable[..., IntakeResult]:
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
