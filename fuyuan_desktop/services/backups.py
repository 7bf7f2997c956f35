"""Backups of the store: daily on start, before migrations (store/migrate.py), on demand, to any folder.

A backup is the database copied with SQLite's online backup API (SQLCipher under the same key for an
encrypted store, so it stays encrypted), plus the attachment files it refers to, copied as they are
(already sealed with the data key). Restoring first backs up the current state.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.setup import open_store
from fuyuan_desktop.store import backup as store_backup
from fuyuan_desktop.store.keyring import security_policy
from fuyuan_desktop.store.paths import DataPaths


@dataclass(frozen=True)
class BackupView:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    encrypted: bool


def _key(ctx: ServiceContext) -> bytes | None:
    return ctx.db.data_key if ctx.db.encrypted else None


def _keep() -> dict[str, int]:
    data = security_policy()["backups"]
    return {"auto": int(data["keep_automatic"]), "before-upgrade": int(data["keep_before_upgrade"]),
            "manual": int(data["keep_manual"]), "before-restore": int(data["keep_manual"])}


def _copy_blobs(paths: DataPaths, folder: Path) -> int:
    """Copy attachment files the folder does not have yet (content-addressed, so never overwritten)."""
    copied = 0
    if folder.resolve() == paths.backups.resolve() or not paths.blobs.is_dir():
        return 0  # the local backup folder sits beside the live blobs, which are never rewritten
    for source in paths.blobs.glob("??/*"):
        target = folder / "blobs" / source.parent.name / source.name
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        with partial.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
        copied += 1
    return copied


def create_backup(ctx: ServiceContext, paths: DataPaths, *, reason: str = "manual", to: Path | None = None) -> BackupView:
    """A verified copy now, into ``to`` (a USB stick, say) or the data folder's backups/."""
    require(ctx, "backup.create")
    return _take(ctx, paths, reason, to)


def _take(ctx: ServiceContext, paths: DataPaths, reason: str, to: Path | None) -> BackupView:
    if ctx.db.dialect != "sqlite":
        raise ValidationError("备份", "只有本机 SQLite 数据库可在此备份；PostgreSQL 请用 pg_dump")
    folder = to or paths.backups
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("--to", f"无法使用文件夹 {folder}（{exc.strerror or exc}）") from exc
    try:
        made = store_backup.backup_sqlite(paths.database, folder, reason, key=_key(ctx))
        _copy_blobs(paths, folder)
    except (OSError, sqlite3.Error) as exc:
        raise ValidationError("备份", f"未能写入 {folder}（{exc}）：磁盘可能已满或已被拔出。"
                                      "没有留下不完整的备份，数据库未受影响。") from exc
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3"):  # its own DB-API errors: disk full on the stick
            raise ValidationError("备份", f"未能写入 {folder}（{exc}）：磁盘可能已满或已被拔出。"
                                          "没有留下不完整的备份，数据库未受影响。") from exc
        raise
    store_backup.rotate(folder, _keep())
    ctx.db.record_event(ctx.actor, "创建备份", entity="backup", after={"file": made.name, "reason": reason})
    return _view(made, reason, ctx.db.encrypted)


def daily_backup(ctx: ServiceContext, paths: DataPaths) -> BackupView | None:
    """On start: a backup when the newest is older than a day (no role needed; the system does it)."""
    if ctx.db.dialect != "sqlite" or not paths.database.exists():
        return None
    hours = float(security_policy()["backups"]["daily_hours"])
    if not store_backup.due(paths.backups, hours):
        return None
    return _take(ctx, paths, "auto", None)


def list_backups(paths: DataPaths, folder: Path | None = None) -> list[BackupView]:
    return [
        _view(b.path, b.reason, not store_backup.is_plain_sqlite(b.path), b.taken_at, b.size)
        for b in store_backup.list_backups(folder or paths.backups)
    ]


def restore_backup(ctx: ServiceContext, paths: DataPaths, file: Path) -> BackupView:
    """Replace the store with ``file`` after checking it and backing up what is there now.

    The context's engine is disposed: open the store again afterwards (it migrates if the backup is older).
    """
    require(ctx, "backup.restore")
    if not file.is_file():
        raise NotFoundError(f"找不到备份文件 {file}")
    key = _key(ctx)
    check = store_backup.integrity_ok(file, key)
    if check != "ok":
        raise ValidationError("备份文件", f"{file.name} 未通过完整性检查或不能用本机密钥打开（{check}）；现有数据未作改动")
    current = _take(ctx, paths, "before-restore", None)
    ctx.db.engine.dispose()
    staging = paths.database.with_name(paths.database.name + ".restoring")
    shutil.copyfile(file, staging)
    with staging.open("rb") as stream:
        os.fsync(stream.fileno())
    for suffix in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            Path(str(paths.database) + suffix).unlink()
    os.replace(staging, paths.database)
    reopened = open_store(paths, key=key)
    try:
        reopened.db.record_event(ctx.actor, "从备份恢复", entity="backup",
                                 after={"restored": file.name, "previous_state": current.path.name})
    finally:
        reopened.db.engine.dispose()
    return current


def _view(path: Path, reason: str, encrypted: bool, taken: datetime | None = None, size: int | None = None) -> BackupView:
    if taken is None:
        found = next(b for b in store_backup.list_backups(path.parent) if b.path == path)
        taken, size = found.taken_at, found.size
    return BackupView(path, taken, reason, size or 0, encrypted)
