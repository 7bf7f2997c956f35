"""Copies of the SQLite database taken with SQLite's online backup API: before migrations, daily, on demand.

An encrypted store is copied with SQLCipher under the same key, so its backups stay encrypted.
Files are ``fuyuan-<UTC stamp>-<reason>.sqlite3``; rotation keeps the newest few of each kind.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fuyuan_desktop.store.crypto import sqlcipher_key

PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable), false for SQLCipher or missing."""
    try:
        with path.open("rb") as stream:
            return stream.read(16) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def connect(path: Path, key: bytes | None) -> Any:
    """A DB-API connection to ``path``: SQLCipher keyed raw with ``key``, or the stdlib for a plain file."""
    if key is None:
        return sqlite3.connect(path)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level=NONE")
    conn.execute(f'PRAGMA key = "{sqlcipher_key(key)}"')
    return conn


def integrity_ok(path: Path, key: bytes | None) -> str:
    """``"ok"`` or SQLite's (or SQLCipher's) complaint about the file."""
    try:
        conn = connect(path, key)
        try:
            row = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except Exception as exc:  # "file is not a database" for a wrong key or a damaged header
        return str(exc)
    return str(row[0]) if row else "no answer"


def backup_sqlite(database: Path, backups: Path, reason: str, *, key: bytes | None = None,
                  pages: int = -1) -> Path:
    """Write a consistent copy of ``database`` into ``backups`` and return its path.

    The copy is made under a ``.partial`` name, checked, fsynced and only then renamed: a full or
    pulled-out USB stick leaves no half backup that looks like a whole one. ``pages`` > 0 copies in steps
    of that many pages with a short pause between them, so that the workbench's own writes go on while a
    background backup runs (SQLite restarts the copy if the source changed under it, so it stays consistent).
    """
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"fuyuan-{stamp}-{reason}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    try:
        source = connect(database, key)
        try:
            dest = connect(partial, key)
            try:
                if pages > 0:
                    source.backup(dest, pages=pages, sleep=0.002)
                else:
                    source.backup(dest)
                ok = dest.execute("PRAGMA integrity_check").fetchone()
            finally:
                dest.close()
        finally:
            source.close()
        if not ok or ok[0] != "ok":
            raise OSError(f"备份文件校验失败：{target}")
        with partial.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, *(Path(f"{partial}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return target


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def list_backups(backups: Path) -> list[BackupFile]:
    """Backups in ``backups``, newest first."""
    found: list[BackupFile] = []
    for path in backups.glob("fuyuan-*.sqlite3") if backups.is_dir() else []:
        parts = path.stem.split("-", 2)
        if len(parts) < 3:
            continue
        try:
            taken = datetime.strptime(parts[1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path, taken, parts[2], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def kind_of(reason: str) -> str:
    return "before-upgrade" if reason.startswith("before-upgrade") else reason


def rotate(backups: Path, keep: dict[str, int]) -> list[Path]:
    """Delete all but the newest ``keep[kind]`` backups of each kind; kinds not named are kept."""
    seen: dict[str, int] = {}
    removed: list[Path] = []
    for item in list_backups(backups):
        kind = kind_of(item.reason)
        seen[kind] = seen.get(kind, 0) + 1
        if kind in keep and seen[kind] > keep[kind]:
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def due(backups: Path, hours: float, *, now: datetime | None = None) -> bool:
    """True when no backup is younger than ``hours`` (the daily backup is then due)."""
    newest = next(iter(list_backups(backups)), None)
    moment = now or datetime.now(UTC)
    return newest is None or moment - newest.taken_at >= timedelta(hours=hours)
