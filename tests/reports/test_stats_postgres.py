"""The hub's figures on PostgreSQL equal the laptop's on SQLite for the same demo data (dialect-specific SQL)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import ACTOR, TODAY

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.services.linkage.stats import grouped_statistics, statistics
from fuyuan_desktop.services.linkage.warnings import linkage_warnings
from fuyuan_desktop.services.linkage.white_paper import print_white_paper
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths

SERVER = "host=127.0.0.1 port=5432 user=postgres dbname=test connect_timeout=3"


@pytest.fixture
def pg_url() -> Iterator[str]:
    try:
        admin = psycopg.connect(SERVER, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL on 127.0.0.1:5432 is unreachable: {exc}")
    name = f"fuyuan_linkage_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


def _demo(paths: DataPaths, url: str | None) -> Workspace:
    base = initialize(paths, actor=ACTOR, url=url)
    ctx = Workspace(base.db, ACTOR, today=lambda: TODAY, paths=base.paths)
    generate_demo(ctx, disputes=300, seed=11)
    return ctx


def test_statistics_agree_between_postgresql_and_sqlite(pg_url: str, tmp_path: Path) -> None:
    hub = _demo(DataPaths(tmp_path / "hub"), pg_url)
    laptop = _demo(DataPaths(tmp_path / "laptop"), None)
    try:
        on_pg, on_sqlite = statistics(hub), statistics(laptop)
        assert on_pg.disputes == on_sqlite.disputes == 300
        for name in ("closed", "successful", "admin_accepted", "admin_resolved", "hearings_heard", "hearings_appeared",
                     "recommendations_sent", "recommendations_replied", "training_attendees", "villages",
                     "project_cases_studied", "sme_cases", "by_category", "by_month", "by_place"):
            assert getattr(on_pg, name) == getattr(on_sqlite, name), name
        assert on_pg.average_days == pytest.approx(on_sqlite.average_days)
        for level in (1, 2, 3, 4):  # the 案由 cut to N code parts in SQL: strpos on PostgreSQL, instr on SQLite
            by_pg, by_sqlite = statistics(hub, cause_level=level).by_cause, statistics(laptop, cause_level=level).by_cause
            assert by_pg == by_sqlite and sum(c.count for c in by_pg) == 300, level
            assert all(c.key.count(".") <= level - 1 for c in by_pg), level
        assert on_pg.headline == on_sqlite.headline
        for by in ("mediator", "organisation", "method"):  # the grouped tables (ids differ: compare what is shown)
            shown = [sorted((g.label, g.detail, g.accepted, g.closed, g.successful, g.failed, g.success_rate,
                             None if g.average_days is None else round(g.average_days, 6))
                            for g in [*grouped.groups, grouped.total])
                     for grouped in (grouped_statistics(hub, by), grouped_statistics(laptop, by))]
            assert shown[0] == shown[1] and len(shown[0]) > 2, by
            assert grouped_statistics(hub, by).total.accepted == 300
        assert [w.text for w in linkage_warnings(hub) if w.kind == "cluster"] == \
            [w.text for w in linkage_warnings(laptop) if w.kind == "cluster"]
        assert print_white_paper(hub, TODAY.year, tmp_path / "hub.pdf").pages >= 3
    finally:
        hub.db.engine.dispose()
        laptop.db.engine.dispose()
