"""Backups of the store: daily on start, before migrations (store/migrate.py), on demand, to any folder.

A backup is the database copied with SQLite's online backup API (SQLCipher under the same key for an
encrypted store, so it stays encrypted), plus the attachment files it refers to, copied as they are
(already sealed with the data key). Restoring first backs up the current state.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from fuyuan_desktop.domain.errors import DiskFullError, NotFoundError, ValidationError
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.setup import open_store
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store import backup as store_backup
from fuyuan_desktop.store import folder_lock
from fuyuan_desktop.store.disk_space import disk_full_error, is_disk_full
from fuyuan_desktop.store.keyring import security_policy
from fuyuan_desktop.store.paths import DataPaths


@dataclass(frozen=True)
class BackupView:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    encrypted: bool
    # What the user should know although the copy is good (its audit entry could not be written: the data disk is full).
    warning: str = ""


_REASONS = {"auto": "每日自动", "manual": "手动", "before-restore": "恢复前", "before-encryption": "加密前",
            "self-check": "自检"}


def backup_reason(reason: str) -> str:
    """Why a backup was taken, in words (``before-upgrade-…`` is the schema it was taken from)."""
    if reason.startswith("before-upgrade"):
        return f"升级前（{reason.removeprefix('before-upgrade').strip('-')}）" if reason != "before-upgrade" else "升级前"
    return _REASONS.get(reason, reason)


def _key(ctx: Workspace) -> bytes | None:
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


STALE_PARTIAL_SECONDS = 600


def _tidy(folder: Path) -> None:
    """A killed backup to this folder (a USB stick) left a ``.partial`` copy: remove it once it is clearly stale.

    Another program may be writing a backup there right now, so only files untouched for ten minutes go.
    """
    now = time.time()
    for leftover in [*folder.glob("fuyuan-*.sqlite3.partial*"), *folder.glob("blobs/??/*.part")]:
        with suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_PARTIAL_SECONDS:
                leftover.unlink()


def create_backup(ctx: Workspace, *, reason: str = "manual", to: Path | None = None) -> BackupView:
    """A verified copy now, into ``to`` (a USB stick, say) or the data folder's backups/."""
    require(ctx, "backup.create")
    return _take(ctx, reason, to)


def _take(ctx: Workspace, reason: str, to: Path | None, *, pages: int = -1) -> BackupView:
    paths = ctx.data_paths
    if ctx.db.dialect != "sqlite":
        raise ValidationError("备份", "只有本机 SQLite 数据库可在此备份；PostgreSQL 请用 pg_dump")
    folder = to or paths.backups
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("备份文件夹", f"无法使用文件夹 {folder}（{exc.strerror or exc}）", field="to") from exc
    if folder.resolve() != paths.backups.resolve():
        _tidy(folder)
    try:
        made = store_backup.backup_sqlite(paths.database, folder, reason, key=_key(ctx), pages=pages)
        _copy_blobs(paths, folder)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc):
            raise _no_room(folder, paths) from exc
        raise ValidationError("备份", f"未能写入 {folder}（{exc}）：磁盘可能已满或已被拔出。"
                                      "没有留下不完整的备份，数据库未受影响。") from exc
    except Exception as exc:
        if type(exc).__module__.startswith("sqlcipher3") and is_disk_full(exc):
            raise _no_room(folder, paths) from exc
        if type(exc).__module__.startswith("sqlcipher3"):  # its own DB-API errors: disk full on the stick
            raise ValidationError("备份", f"未能写入 {folder}（{exc}）：磁盘可能已满或已被拔出。"
                                          "没有留下不完整的备份，数据库未受影响。") from exc
        raise
    store_backup.rotate(folder, _keep())
    view = _view(made, reason, ctx.db.encrypted)
    try:
        ctx.db.record_event(ctx.actor, "创建备份", entity="backup", after={"file": made.name, "reason": reason})
    except DiskFullError as exc:  # the copy is made and checked; only its note in the audit chain did not fit
        return replace(view, warning=f"备份已完成并经校验，但审计记录未能写入：{exc}")
    return view


def _no_room(folder: Path, paths: DataPaths) -> ValidationError:
    """A backup that did not fit: the folder (a stick, say) named with the space a copy needs — the database's size."""
    size = sum(p.stat().st_size for p in (paths.database, Path(f"{paths.database}-wal")) if p.exists())
    full = disk_full_error(folder)
    free = full.free_bytes or 0
    needed = max(size - free, 1024 * 1024)
    return ValidationError("备份", f"磁盘空间不足：{folder} 所在的磁盘可用 {free / 1024 / 1024:.1f} MB，"
                                   f"这份备份约需 {max(1, -(-size // (1024 * 1024)))} MB，请至少腾出约 "
                                   f"{max(1, -(-needed // (1024 * 1024)))} MB 或换一个 U 盘。"
                                   "没有留下不完整的备份，数据库未受影响。")


def daily_backup(ctx: Workspace, *, in_steps: bool = False) -> BackupView | None:
    """On start: a backup when the newest is older than a day (no role needed; the system does it).

    ``in_steps``: copied 1,024 pages at a time, for the workbench, which takes it in the background while
    the user works (the CLI takes it whole before its command runs)."""
    paths = ctx.data_paths
    if ctx.db.dialect != "sqlite" or not paths.database.exists():
        return None
    hours = float(security_policy()["backups"]["daily_hours"])
    if not store_backup.due(paths.backups, hours):
        return None
    return _take(ctx, "auto", None, pages=1024 if in_steps else -1)


def list_backups(paths: DataPaths, folder: Path | None = None) -> list[BackupView]:
    return [
        _view(b.path, b.reason, not store_backup.is_plain_sqlite(b.path), b.taken_at, b.size)
        for b in store_backup.list_backups(folder or paths.backups)
    ]


def restore_backup(ctx: Workspace, file: Path) -> BackupView:
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
    paths = ctx.data_paths
    # Another program with the store open would keep writing into the replaced file's ghost, its commits lost.
    with folder_lock.exclusive(paths.root, "恢复备份"):
        current = _take(ctx, "before-restore", None)
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
        reopened.db.close()
    return current


def _view(path: Path, reason: str, encrypted: bool, taken: datetime | None = None, size: int | None = None) -> BackupView:
    if taken is None:
        found = next(b for b in store_backup.list_backups(path.parent) if b.path == path)
        taken, size = found.taken_at, found.size
    return BackupView(path, taken, reason, size or 0, encrypted)
