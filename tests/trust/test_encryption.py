"""Encryption at rest: the database, its search index, its backups and the attachments are unreadable without the key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import intake_input, person

from fuyuan_desktop.domain.errors import AuthenticationError
from fuyuan_desktop.services.accounts import create_protected_store, login
from fuyuan_desktop.services.attachments import attach_file
from fuyuan_desktop.services.cases import search_cases
from fuyuan_desktop.services.intake import intake_dispute
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.backup import integrity_ok, is_plain_sqlite, list_backups
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.crypto import new_data_key
from fuyuan_desktop.store.paths import DataPaths

PASSWORD = "松原-correct-horse"
NAME = "伯都乡赵德柱"


def _protected(paths: DataPaths) -> Workspace:
    made = create_protected_store(paths, "管理员", PASSWORD)
    made.ctx.db.engine.dispose()
    from fuyuan_desktop.services.accounts import add_user

    admin = login(paths, "管理员", PASSWORD)
    add_user(admin, "王法官", "judge", PASSWORD)
    admin.db.engine.dispose()
    return login(paths, "王法官", PASSWORD)


def _raw_bytes(paths: DataPaths) -> bytes:
    data = b""
    for suffix in ("", "-wal"):
        file = Path(str(paths.database) + suffix)
        if file.exists():
            data += file.read_bytes()
    return data


def test_a_protected_store_is_sqlcipher_and_search_still_works(paths: DataPaths) -> None:
    ctx = _protected(paths)
    assert ctx.db.encrypted and ctx.role == "judge"
    intake_dispute(ctx, intake_input(person(NAME, seq=7, phone="13843811111"), person("李四", "被申请人", seq=8)))
    # trigram FTS5 (3+ characters) and the short-name LIKE path both answer inside the encrypted file
    assert [r.parties for r in search_cases(ctx, "赵德柱")]
    assert [r.parties for r in search_cases(ctx, "德柱")]
    assert [r.parties for r in search_cases(ctx, "13843811111")]
    ctx.db.engine.dispose()
    raw = _raw_bytes(paths)
    assert not is_plain_sqlite(paths.database)
    assert NAME.encode("utf-8") not in raw and b"13843811111" not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(paths.database).execute("SELECT count(*) FROM sqlite_master").fetchall()


def test_wrong_key_is_refused_with_a_message(paths: DataPaths) -> None:
    _protected(paths).db.engine.dispose()
    with pytest.raises(AuthenticationError, match="密钥"):
        initialize(paths, key=new_data_key())


@pytest.mark.slow
def test_an_existing_plain_store_is_encrypted_in_place_and_its_backups_too(paths: DataPaths) -> None:
    plain = initialize(paths, actor="书记员")
    intake_dispute(plain, intake_input(person(NAME, seq=9), person("李四", "被申请人", seq=10)))
    plain.db.engine.dispose()
    from fuyuan_desktop.store.backup import backup_sqlite

    backup_sqlite(paths.database, paths.backups, "manual")  # an old plain backup lying around
    made = create_protected_store(paths, "管理员", PASSWORD)
    assert made.migrated is not None and made.migrated.backups_encrypted >= 2
    made.ctx.db.engine.dispose()
    assert not is_plain_sqlite(paths.database)
    for backup in list_backups(paths.backups):
        assert not is_plain_sqlite(backup.path)
        assert NAME.encode() not in backup.path.read_bytes()
        assert integrity_ok(backup.path, made.ctx.db.data_key) == "ok"
    ctx = login(paths, "管理员", PASSWORD)
    from fuyuan_desktop.services.audit import verify_audit

    assert verify_audit(ctx).ok
    from fuyuan_desktop.services.cases import list_cases

    assert any(NAME in r.parties for r in list_cases(ctx))


def test_attachments_are_sealed_but_addressed_by_their_plaintext_hash(paths: DataPaths, tmp_path: Path) -> None:
    import hashlib

    ctx = _protected(paths)
    case = intake_dispute(ctx, intake_input())
    photo = tmp_path / "现场照片.jpg"
    content = b"\xff\xd8\xff" + "调解现场".encode() * 700_000  # ~8 MB: several chunks
    photo.write_bytes(content)
    blobs = BlobStore(paths.blobs, key=ctx.db.data_key)
    view = attach_file(ctx, case.number, photo)
    assert view.sha256 == hashlib.sha256(content).hexdigest()
    stored = blobs.path_of(view.sha256).read_bytes()
    assert "调解现场".encode() not in stored
    assert b"".join(blobs.read_chunks(view.sha256)) == content
    assert blobs.verify(view.sha256)
    assert blobs.put_file(photo) == (view.sha256, len(content))  # dedup by plaintext hash
    assert not BlobStore(paths.blobs, key=new_data_key()).verify(view.sha256)
    tampered = bytearray(stored)
    tampered[len(tampered) // 2] ^= 1
    blobs.path_of(view.sha256).write_bytes(bytes(tampered))
    assert not blobs.verify(view.sha256)


def test_a_truncated_sealed_blob_is_caught(tmp_path: Path) -> None:
    import io

    key = new_data_key()
    blobs = BlobStore(tmp_path / "blobs", key=key)
    sha, _ = blobs.put_stream(io.BytesIO(b"x" * (3 * 1024 * 1024 + 5)))
    path = blobs.path_of(sha)
    data = path.read_bytes()
    # cut exactly at a record boundary: the last-chunk flag in the associated data catches it
    first_record = 12 + 4 + 1024 * 1024 + 16
    path.write_bytes(data[:first_record])
    assert not blobs.verify(sha)


@pytest.mark.slow
def test_a_crash_between_keyring_and_encryption_is_finished_at_the_next_login(paths: DataPaths) -> None:
    from fuyuan_desktop.store.keyring import Keyring

    plain = initialize(paths, actor="书记员")
    intake_dispute(plain, intake_input(person(NAME, seq=9), person("李四", "被申请人", seq=10)))
    plain.db.engine.dispose()
    # what create_protected_store writes first, then "crash" before the database was encrypted
    key = new_data_key()
    ring, _recovery = Keyring.create(paths.keyring, key, cipher="sqlcipher")
    ring.set_password("管理员", PASSWORD, key)
    ring.save()
    assert is_plain_sqlite(paths.database)
    ctx = login(paths, "管理员", PASSWORD)  # finishes both: encrypts, and makes the administrator's row
    assert ctx.role == "admin" and ctx.db.encrypted
    assert not is_plain_sqlite(paths.database)
    from fuyuan_desktop.services.cases import list_cases

    assert any(NAME in r.parties for r in list_cases(ctx))
    ctx.db.engine.dispose()


def test_backups_rotate_per_kind_and_the_daily_one_is_due_after_a_day(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from fuyuan_desktop.store.backup import backup_sqlite, due, rotate

    database = tmp_path / "db.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE t(x)").connection.close()
    folder = tmp_path / "backups"
    assert due(folder, 24)
    for _ in range(5):
        backup_sqlite(database, folder, "auto")
    for _ in range(3):
        backup_sqlite(database, folder, "before-upgrade-0002_act")
    backup_sqlite(database, folder, "before-encryption")
    assert not due(folder, 24)
    assert due(folder, 24, now=datetime.now(UTC) + timedelta(hours=25))
    removed = rotate(folder, {"auto": 2, "before-upgrade": 1})
    assert len(removed) == 5
    kinds = sorted(b.reason for b in list_backups(folder))
    assert kinds == ["auto", "auto", "before-encryption", "before-upgrade-0002_act"]
    newest_auto = [b for b in list_backups(folder) if b.reason == "auto"]
    assert all(p not in removed for p in (b.path for b in newest_auto))
