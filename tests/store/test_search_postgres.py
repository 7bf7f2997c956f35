"""Case search on a PostgreSQL hub: every kind of query (name, part of a name, pinyin, ID number and its tail,
phone, case number and its prefix, place) runs there and finds what the same query finds on a laptop's SQLite.

The hub has no SQLite rowid, name index or full-text table: it answers with plain joins. Needs PostgreSQL on
127.0.0.1:5432 (user postgres, trust), as tests/reports/test_stats_postgres.py; elsewhere it skips.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import ACTOR, TODAY, intake_input, make_id_number, organization, person

from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.intake import intake_dispute
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
    name = f"fuyuan_search_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


def _store(paths: DataPaths, url: str | None) -> tuple[Workspace, dict[str, str]]:
    """The same few cases on either database; returns the workspace and each case's number by a short name."""
    base = initialize(paths, actor=ACTOR, url=url)
    ctx = Workspace(base.db, ACTOR, today=lambda: TODAY, paths=base.paths)
    made = {
        "zw": intake_dispute(ctx, intake_input(person("张伟", seq=11, phone="13843812345"),
                                               person("孙甲", "被申请人", seq=12))),
        "zwm": intake_dispute(ctx, intake_input(person("张伟明", seq=21, phone="0438-6221234"),
                                                person("孙乙", "被申请人", seq=22), place="扶余市伯都乡前进村")),
        "ozw": intake_dispute(ctx, intake_input(person("欧阳张伟", seq=31), person("孙丙", "被申请人", seq=32))),
        "ent": intake_dispute(ctx, intake_input(person("周工人", seq=51), organization("松原市恒达建材有限公司"),
                                                category="劳动争议")),
    }
    return ctx, {key: result.number for key, result in made.items()}


def _numbers(ctx: Workspace, query: str) -> list[str]:
    return [row.number for row in search_cases(ctx, query)]


def test_every_kind_of_search_runs_on_postgresql_and_agrees_with_sqlite(pg_url: str, tmp_path: Path) -> None:
    hub, on_hub = _store(DataPaths(tmp_path / "hub"), pg_url)
    laptop, on_laptop = _store(DataPaths(tmp_path / "laptop"), None)
    try:
        assert hub.db.dialect == "postgresql" and laptop.db.dialect == "sqlite"
        name = {number: key for key, number in on_hub.items()}
        name_laptop = {number: key for key, number in on_laptop.items()}
        series = on_hub["zw"].rsplit("-", 1)[0]
        series_laptop = on_laptop["zw"].rsplit("-", 1)[0]
        expected = {
            "张伟": ["zw", "zwm", "ozw"],  # exact, then the name's start, then inside a name
            "张伟明": ["zwm"],
            "恒达建材": ["ent"],
            "zw": ["zw", "zwm"],  # pinyin initials: 张伟 exactly, then 张伟明's zwm
            make_id_number(21): ["zwm"],
            make_id_number(31)[-6:]: ["ozw"],
            "138 4381 2345": ["zw"],
            "0438-6221234": ["zwm"],
            "伯都": ["zwm"],  # the place as typed at intake
            "恒达水泥": [],
        }
        for query, keys in expected.items():
            assert [name[n] for n in _numbers(hub, query)] == keys, query
            assert [name_laptop[n] for n in _numbers(laptop, query)] == keys, query
        assert [name[n] for n in _numbers(hub, on_hub["ent"])] == ["ent"]
        assert sorted(name[n] for n in _numbers(hub, series)) == sorted(on_hub)
        assert sorted(name_laptop[n] for n in _numbers(laptop, series_laptop)) == sorted(on_laptop)
    finally:
        hub.db.engine.dispose()
        laptop.db.engine.dispose()
