"""Copies of the SQLite database taken with SQLite's online backup API (before migrations, on demand)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_sqlite(database: Path, backups: Path, reason: str) -> Path:
    """Write a consistent copy of ``database`` into ``backups`` and return its path."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups / f"fuyuan-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(database)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
            ok = dest.execute("PRAGMA integrity_check").fetchone()
        finally:
            dest.close()
    finally:
        source.close()
    if not ok or ok[0] != "ok":
        target.unlink(missing_ok=True)
        raise OSError(f"备份文件校验失败：{target}")
    return target
