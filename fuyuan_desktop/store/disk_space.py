"""A full disk, recognised however it is reported (SQLite, SQLCipher, the OS), and the refusal that names the space."""

from __future__ import annotations

import contextlib
import errno
import shutil
from pathlib import Path

from fuyuan_desktop.domain.errors import DiskFullError


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's "database or disk is full" (plain or SQLCipher) and the OS's ENOSPC, however wrapped."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if "database or disk is full" in str(seen) or "No space left on device" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def disk_full_error(folder: Path, database: Path | None = None) -> DiskFullError:
    """The refusal for a full disk: the folder, and the space a write there needs (a quarter of the database and
    its log again, at least 32 MB)."""
    try:
        free: int | None = shutil.disk_usage(folder).free
    except OSError:
        free = None
    size = 0
    if database is not None:
        for path in (database, Path(str(database) + "-wal")):
            with contextlib.suppress(OSError):
                size += path.stat().st_size
    wanted = max(32 * 1024 * 1024, size // 4)
    return DiskFullError(folder, max(wanted - (free or 0), 1024 * 1024), free)
