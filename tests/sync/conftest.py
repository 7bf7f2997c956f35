"""Fixtures for sync: a hub on SQLite or on the real PostgreSQL server, enrolled laptops."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fuyuan_desktop.hub.registry import Hub, approve, init_hub, open_hub
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.enrollment import install_grant, make_request
from sync.sync_support import ACTOR, PG_ADMIN, Laptop, pg_unavailable, serving


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

    name = f"fy_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
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
def make_laptop(tmp_path: Path, hub: Hub) -> Callable[..., Laptop]:
    def _make(name: str = "a", *, enroll: bool = True, court: str = "吉07") -> Laptop:
        paths = DataPaths(tmp_path / f"laptop-{name}")
        ctx = initialize(paths, actor=ACTOR)
        if enroll:
            install_grant(ctx.db, approve(hub, make_request(ctx.db), court=court))
        return Laptop(ServiceContext(ctx.db, ACTOR), paths, tmp_path / f"usb-{name}")

    return _make




@pytest.fixture
def served(hub: Hub) -> Iterator[str]:
    """The hub's HTTP service on loopback: its base URL."""
    with serving(hub) as url:
        yield url
