"""The fast paths of export and import give exactly what the straightforward ones gave: the same tar bytes,
the same NDJSON lines, the same values in the database, the same parse of every odd line."""

from __future__ import annotations

import io
import json
import os
import tarfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import and_, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.sync_models import SyncQuarantine, SyncShadow
from fuyuan_desktop.store.types import UTCDateTime
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import PlainBundle, StreamedBundle
from fuyuan_desktop.sync.export import _changed_rows
from fuyuan_desktop.sync.rows import (
    BASE_KEY,
    bind_plan,
    from_json_line,
    synced_tables,
    to_json_line,
    travelling_columns,
)
from sync.sync_support import Laptop, repack


def test_the_streamed_tar_is_byte_for_byte_the_one_tarfile_writes(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    shas = [_put(store, tmp_path, data) for data in (os.urandom(1536), os.urandom(70_001), b"")]
    lines = [to_json_line({"id": uuid.uuid4().hex, "n": i, "名": "调解" * i}) for i in range(300)]
    key = crypto.new_signing_key()
    manifest = {"format": "test", "bundle_id": "b1"}

    plain = PlainBundle(tmp_path / "plain")
    plain.add_lines("tables/a.ndjson", iter(lines))
    plain.add_lines("tables/empty.ndjson", iter([]))
    for sha in shas:
        plain.add_blob(f"blobs/{sha}", store, sha)
    plain.seal(manifest, key)
    expected = plain.path.read_bytes()
    plain.discard()

    streamed = StreamedBundle(tmp_path / "streamed")
    streamed.add_lines("tables/a.ndjson", iter(lines))
    streamed.add_lines("tables/empty.ndjson", iter([]))
    for sha in shas:
        streamed.add_blob(f"blobs/{sha}", store, sha)
    reader = streamed.reader(manifest, key)
    got = b"".join(iter(lambda: reader.read(7919), b""))
    streamed.discard()
    assert got == expected
    assert not list((tmp_path / "streamed").iterdir())  # no scratch file left behind
    with tarfile.open(fileobj=io.BytesIO(got)) as tar:
        assert [m.name for m in tar.getmembers()][-2:] == ["manifest.json", "manifest.sig"]


def _put(store: BlobStore, tmp_path: Path, data: bytes) -> str:
    path = tmp_path / f"in-{uuid.uuid4().hex}"
    path.write_bytes(data)
    return store.put_file(path)[0]


def test_rows_read_through_the_driver_are_the_lines_sqlalchemy_gave(make_laptop: Callable[..., Laptop]) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=12, seed=3)
    shadow = SyncShadow.__table__  # type: ignore[attr-defined]
    with laptop.db.engine.connect() as conn:
        for table in synced_tables():
            names = travelling_columns(table)
            query = (select(*[table.c[n] for n in names], shadow.c.hlc.label(BASE_KEY))
                     .select_from(table.outerjoin(shadow, and_(shadow.c.table_name == table.name,
                                                               shadow.c.row_id == table.c.id)))
                     .where(table.c.hlc > "", or_(shadow.c.hlc.is_(None), shadow.c.hlc != table.c.hlc))
                     .order_by(table.c.hlc))
            expected = [to_json_line({**dict(r), BASE_KEY: r[BASE_KEY] or ""}) for r in conn.execute(query).mappings()]
            high: list[str] = [""]
            assert list(_changed_rows(conn, table, "", high, set())) == expected, table.name
            if expected:
                assert high[0] == max(json.loads(line)["hlc"] for line in expected)


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.psycopg.dialect()], ids=["sqlite", "postgresql"])
def test_driver_values_are_what_sqlalchemy_binds(dialect: Any) -> None:
    samples: dict[type, list[Any]] = {
        UTCDateTime: [datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
                      datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=timezone(timedelta(hours=8)))],
    }
    checked = 0
    for table in synced_tables():
        for (name, convert), column in zip(bind_plan(table, dialect), table.columns, strict=True):
            assert name == column.name
            reference = column.type._cached_bind_processor(dialect)
            kind = column.type
            values: list[Any]
            if isinstance(kind, UTCDateTime):
                values = samples[UTCDateTime]
                with pytest.raises(ValueError):
                    (convert or (lambda v: v))(datetime(2026, 1, 2))
            elif kind.python_type is bool:
                values = [True, False]
            elif kind.python_type is date:
                values = [date(2026, 2, 28), date(1999, 12, 31)]
            elif kind.python_type is int:
                values = [0, -5, 2**40]
            else:
                values = ["", "调解 \u2028 x"]
            for value in values:
                ours = value if convert is None else convert(value)
                theirs = value if reference is None else reference(value)
                assert ours == theirs and type(ours) is type(theirs), (table.name, name, value)
                checked += 1
    assert checked > 500


@pytest.mark.parametrize("raw", [
    b'{"id":"a","n":1}', b'{"n":123456789012345678901234567890}', b'{"n":-9223372036854775809}',
    b'{"n":NaN}', b'{"n":Infinity}', b'{"s":"\\ud800"}', b'{"a":1,"a":2}', b'[1,2]', b'"text"',
    b'{"f":1.5}', b'{"nested":{"x":[1,{"y":null}]}}', "{\"名\":\"调解\"}".encode(),
])
def test_lines_parse_as_the_standard_library_parses_them(raw: bytes) -> None:
    expected = json.loads(raw)
    got = from_json_line(raw)
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert {type(v) for v in got.values()} == {type(v) for v in expected.values()} if isinstance(got, dict) else True


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe", b'{"a":}'])
def test_broken_lines_fail_as_the_standard_library_fails(raw: bytes) -> None:
    with pytest.raises(ValueError) as ours:
        from_json_line(raw)
    with pytest.raises(ValueError) as theirs:
        json.loads(raw)
    assert type(ours.value).__name__ == type(theirs.value).__name__


@pytest.mark.slow
def test_a_timestamp_without_a_zone_is_quarantined_with_its_reason(make_laptop: Callable[..., Laptop], hub: Hub,
                                                                   tmp_path: Path) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=2, seed=5)
    first = laptop.export().files[0]
    victim: dict[str, str] = {}

    def naive(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["bundle_id"] = uuid.uuid4().hex
        lines = members["tables/party.ndjson"].splitlines()
        row = json.loads(lines[0])
        row["created_at"] = row["created_at"][:19]  # "2026-…T…:…:…", no offset
        victim["id"] = row["id"]
        lines[0] = json.dumps(row, ensure_ascii=False).encode()
        members["tables/party.ndjson"] = b"\n".join(lines) + b"\n"

    outcome = import_bundle(hub, repack(first, hub, laptop, tmp_path / "naive", naive))
    assert outcome.status == "applied"
    quarantined = [(q["row_id"], q["reason"]) for q in outcome.receipt["receipt"]["quarantined"]]
    assert quarantined[0] == (victim["id"], "字段 created_at 的时间缺少时区")
    # What names that party (its place in a case) waits with it, for its own reason.
    assert all(reason.startswith("引用的记录不存在") for _, reason in quarantined[1:])
    with hub.db.read() as session:
        assert session.query(SyncQuarantine).count() == len(quarantined)


@pytest.mark.slow
def test_a_row_the_database_refuses_is_quarantined_and_the_rest_of_its_batch_applies(
        make_laptop: Callable[..., Laptop], hub: Hub, tmp_path: Path) -> None:
    """The whole batch goes in at once (COPY on PostgreSQL); when the database refuses it, the batch is undone
    alone and retried row by row, so only the offending row is set aside."""
    from fuyuan_desktop.store.models import Dispute

    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=4, seed=11)
    first = laptop.export().files[0]
    clash: dict[str, str] = {}

    def duplicate_number(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        lines = members["tables/dispute.ndjson"].splitlines()
        row = json.loads(lines[0])
        clash.update(id=uuid.uuid4().hex, number=row["provisional_number"])
        lines.append(json.dumps({**row, "id": clash["id"]}, ensure_ascii=False).encode())
        members["tables/dispute.ndjson"] = b"\n".join(lines) + b"\n"
        manifest["tables"] = {**manifest["tables"], "dispute": len(lines)}

    outcome = import_bundle(hub, repack(first, hub, laptop, tmp_path / "clash", duplicate_number))
    assert outcome.status == "applied"
    [quarantined] = outcome.receipt["receipt"]["quarantined"]
    assert quarantined["row_id"] == clash["id"] and quarantined["reason"].startswith("与中院已有记录冲突")
    with hub.db.read() as session:
        numbers = [d.provisional_number for d in session.query(Dispute).all()]
    with laptop.db.read() as session:
        assert sorted(numbers) == sorted(d.provisional_number for d in session.query(Dispute).all())
    assert outcome.receipt["receipt"]["counts"]["inserted"] > 4
