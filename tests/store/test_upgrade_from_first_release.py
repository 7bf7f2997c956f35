"""A store written by the first release (schema 0001_initial) opens in this build: backed up, migrated, nothing lost.

The fixture (``fixtures/schema_0001.sql``) was made by the first release's own code (see
``fixtures/make_schema_0001.py``): cases, parties with rare characters, sessions with record revisions,
final and corrected agreements, printed documents, an attachment, follow-ups and the audit chain.
A newer database being refused is covered in ``test_migrations.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store.fixtures.first_release import load_fixture

from fuyuan_desktop.services.agreements import agreements_of, canonical_content, content_hash
from fuyuan_desktop.services.audit import verify_audit
from fuyuan_desktop.services.cases import count_cases, get_case, search_cases
from fuyuan_desktop.services.documents import verify_code
from fuyuan_desktop.services.sessions import record_revisions
from fuyuan_desktop.services.setup import open_store
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.migrate import head_revision
from fuyuan_desktop.store.models import Agreement
from fuyuan_desktop.store.paths import DataPaths

# What the first release wrote, table by table (the fixture's own counts; a change to the fixture shows here).
EXPECTED_ROWS = {"dispute": 6, "party": 12, "caseparty": 12, "mediationsession": 5, "recordrevision": 10,
                 "attendance": 10, "agreement": 5, "agreementclause": 5, "generateddocument": 5, "attachment": 1,
                 "followup": 9, "mediator": 1, "disputemediator": 5}


def snapshot(database: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (not Alembic's, not the search index's), by column name, in rowid order."""
    raw = sqlite3.connect(database)
    raw.row_factory = sqlite3.Row
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' AND name NOT LIKE 'party_fts%' AND name != 'alembic_version' "
                                            "AND name NOT IN ('name_key', 'search_pos')")]
        return {t: [dict(r) for r in raw.execute(f'SELECT * FROM "{t}" ORDER BY rowid')] for t in tables}
    finally:
        raw.close()


@pytest.fixture
def first_release(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    load_fixture(paths.database)
    return paths


def test_fixture_is_a_first_release_store_with_every_kind_of_record(first_release: DataPaths) -> None:
    raw = sqlite3.connect(first_release.database)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    rows = snapshot(first_release.database)
    assert {t: len(rows[t]) for t in EXPECTED_ROWS} == EXPECTED_ROWS
    assert "administrativeact" not in rows  # a table 0002 added: this really is the old schema


def test_first_release_store_is_backed_up_then_migrated_with_every_row_kept(first_release: DataPaths) -> None:
    before = snapshot(first_release.database)

    opened = open_store(first_release)

    assert (opened.upgrade.from_revision, opened.upgrade.to_revision) == ("0001_initial", head_revision())
    assert not opened.created
    # The backup is the untouched first-release store.
    backup = opened.upgrade.backup
    assert backup is not None and backup.parent == first_release.backups
    assert snapshot(backup) == before
    raw = sqlite3.connect(backup)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
    raw.close()
    opened.db.engine.dispose()
    # Every row of every old table is still there with every old value (new columns may have been added).
    after = snapshot(first_release.database)
    # The one intended change: shipped courts and tribunals still under a former shipped name get their full
    # names (migration 0016_refdata), e.g. 宁江区人民法院 → 松原市宁江区人民法院.
    renamed = {"court": ("name", "short_name"), "tribunal": ("name",)}
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            kept = {k: v for k, v in old.items() if k not in renamed.get(table, ())}
            assert {k: new[k] for k in kept} == kept, table
            for column in renamed.get(table, ()):
                assert new[column] == old[column] or new[column].endswith(old[column].removesuffix("法院")[-2:]) \
                    or old[column] in new[column] or new[column].startswith("松原市"), (table, old[column], new[column])
    # Reopening does not back up again.
    again = open_store(first_release)
    assert again.upgrade.backup is None and len(list(first_release.backups.iterdir())) == 1
    again.db.engine.dispose()


def test_migrated_first_release_store_reads_back_through_the_services(first_release: DataPaths) -> None:
    opened = open_store(first_release)
    ctx = Workspace(opened.db, "升级后书记员", paths=first_release)
    try:
        assert count_cases(ctx) == EXPECTED_ROWS["dispute"]
        # Search (its index is rebuilt by triggers and queries) finds a party written with rare characters.
        hits = search_cases(ctx, "邝昇堃")
        assert len(hits) == 1 and "冼\U00020000" in hits[0].parties
        detail = get_case(ctx, hits[0].number)
        assert [p.name for p in detail.parties] == ["冼\U00020000", "邝昇堃"]
        assert detail.sessions and detail.follow_ups
        # The record keeps both revisions, the second one extending the first.
        revisions = record_revisions(ctx, detail.sessions[0].id)
        assert [r[0] for r in revisions] == [1, 2]
        assert revisions[-1][2].endswith("冼\U00020000：同意分期。")
        # The corrected agreement: version 1 superseded by a final version 2.
        versions = agreements_of(ctx, hits[0].number)
        assert [(v.version, v.status) for v in versions][-1][0] == 2
        assert versions[-1].supersedes_id == versions[0].id
        # Every final agreement still hashes to what was signed under the first release.
        with ctx.db.read() as session:
            finals = session.scalars(select(Agreement).where(Agreement.content_sha256 != "")).all()
            assert len(finals) == EXPECTED_ROWS["agreement"]
            for agreement in finals:
                assert content_hash(canonical_content(session, agreement)) == agreement.content_sha256
        # Every printed document is found by its verification code: current, or superseded by its correction.
        raw = sqlite3.connect(first_release.database)
        codes = [r[0] for r in raw.execute("SELECT verification_code FROM generateddocument ORDER BY rowid")]
        raw.close()
        statuses = sorted(verify_code(ctx, code).status for code in codes)
        assert statuses == ["match"] * 4 + ["superseded"]
        # The audit chain written by the first release still verifies, with this build's events after it.
        assert verify_audit(ctx).ok
    finally:
        opened.db.engine.dispose()
