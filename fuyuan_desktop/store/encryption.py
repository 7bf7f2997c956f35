"""Encrypting a plain SQLite store in place with SQLCipher: back up, export, verify, then swap atomically."""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from fuyuan_desktop.store.backup import backup_sqlite, connect, integrity_ok, is_plain_sqlite
from fuyuan_desktop.store.crypto import sqlcipher_key


def sqlcipher_available() -> bool:
    """Whether the SQLCipher driver (the sqlcipher3 wheel) can be imported on this machine."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _table_counts(conn: object) -> dict[str, int]:
    cursor = conn.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    names = [row[0] for row in cursor.fetchall()]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # type: ignore[attr-defined]
        for name in names
    }


def export_encrypted(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of ``plain`` to ``target`` (sqlcipher_export) and check it row for row."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute("PRAGMA cipher_log_level=NONE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _table_counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"{sqlcipher_key(key)}\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = integrity_ok(target, key)
    copy = connect(target, key)
    try:
        copied = _table_counts(copy)
        copy.execute("PRAGMA journal_mode=WAL")
    finally:
        copy.close()
    if check != "ok" or copied != counts:
        target.unlink(missing_ok=True)
        raise OSError(f"加密副本校验失败（{check}）：原数据库未作改动")
    with target.open("rb") as stream:
        os.fsync(stream.fileno())
    return counts


@dataclass(frozen=True)
class EncryptionReport:
    tables: int
    rows: int
    backups_encrypted: int


def encrypt_in_place(database: Path, backups: Path, key: bytes) -> EncryptionReport:
    """Turn a plain store into an encrypted one without a window where data could be lost.

    1. a plain backup is taken (it is the way back if anything below fails);
    2. an encrypted copy is exported beside the database and verified (integrity, row counts);
    3. the copy replaces the database with an atomic rename, after the old WAL is checkpointed away;
    4. the plain backups (this one and older ones) are re-encrypted, so no readable copy stays behind.
    The caller must hold the only connection (none, in fact) to ``database``.
    """
    safety = backup_sqlite(database, backups, "before-encryption")
    staging = database.with_name(database.name + ".encrypting")
    counts = export_encrypted(database, staging, key)
    for suffix in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(str(database) + suffix).unlink()
    os.replace(staging, database)
    directory = os.open(database.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    encrypted = 0
    for old in sorted(backups.glob("*.sqlite3")):
        if is_plain_sqlite(old):
            sealed = old.with_name(old.name + ".encrypting")
            export_encrypted(old, sealed, key)
            os.replace(sealed, old)
            encrypted += 1
    del safety  # now encrypted like the others
    return EncryptionReport(len(counts), sum(counts.values()), encrypted)
