"""Fixtures for sync: a hub on SQLite or on the real PostgreSQL server, enrolled laptops."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fuyuan_desktop.hub.registry import Hub, approve, init_hub, open_hub
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.enrollment import install_grant, make_request
from sync.sync_support import ACTOR, PG_ADMIN, Laptop, pg_unavailable, serving


@pytest.fixture(scope="session")
def _pg_hub_template() -> Iterator[str]:
    """Once per test worker: a PostgreSQL database migrated to head with the shipped courts and places, as
    ``open_hub(create=True)`` makes them before the hub's own device and keys. Each hub database is created from it
    (``CREATE DATABASE … TEMPLATE``, a file copy on the server) and then goes through ``hub init`` itself."""
    import psycopg

    from fuyuan_desktop.hub.registry import HUB_ACTOR
    from fuyuan_desktop.store.db import Database, make_engine
    from fuyuan_desktop.store.installation import seed_courts
    from fuyuan_desktop.store.migrate import upgrade_to_head
    from fuyuan_desktop.store.places import seed_places

    name = f"fy_tpl_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
        upgrade_to_head(engine)
        db = Database(engine)
        seed_courts(db, HUB_ACTOR)
        seed_places(db, HUB_ACTOR)
        engine.dispose()
        yield name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | None]:
    """``None`` (SQLite in the hub folder) or a freshly created PostgreSQL database, dropped afterwards."""
    if request.param == "sqlite":
        yield None
        return
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    import psycopg

    template = request.getfixturevalue("_pg_hub_template")
    name = f"fy_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def hub(tmp_path: Path, hub_url: str | None) -> Iterator[Hub]:
    init_hub(tmp_path / "hub", hub_url)
    opened = open_hub(tmp_path / "hub", hub_url)
    yield opened
    opened.db.engine.dispose()


@pytest.fixture
def make_laptop(tmp_path: Path, hub: Hub, _seeded_store: Path) -> Callable[..., Laptop]:
    def _make(name: str = "a", *, enroll: bool = True, court: str = "吉07") -> Laptop:
        paths = DataPaths(tmp_path / f"laptop-{name}")
        paths.ensure()
        shutil.copyfile(_seeded_store, paths.database)  # migrated and seeded (tests/conftest.py); its own device next
        ctx = initialize(paths, actor=ACTOR)
        if enroll:
            install_grant(ctx.db, approve(hub, make_request(ctx.db), court=court))
        return Laptop(Workspace(ctx.db, ACTOR, paths=paths), paths, tmp_path / f"usb-{name}")

    return _make




@pytest.fixture
def served(hub: Hub) -> Iterator[str]:
    """The hub's HTTP service on loopback: its base URL."""
    with serving(hub) as url:
        yield url
