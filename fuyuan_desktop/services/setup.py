"""Opening and initialising a store: migrate (after a backup), seed courts and tribunals, make the device."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlmodel import col

from fuyuan_desktop.domain.errors import AuthenticationError, FuyuanError, NotFoundError, ValidationError
from fuyuan_desktop.services.courts import court_names
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store import folder_lock, installation
from fuyuan_desktop.store.db import SYSTEM_ACTOR, Database, make_engine
from fuyuan_desktop.store.leftovers import describe as describe_leftovers
from fuyuan_desktop.store.leftovers import find_leftovers, remove_leftovers
from fuyuan_desktop.store.migrate import UpgradeResult, current_revision, head_revision, upgrade_to_head
from fuyuan_desktop.store.models import Device, Tribunal
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.places import seed_places
from fuyuan_desktop.store.wal import keep_damaged_wal


@dataclass(frozen=True)
class OpenResult:
    db: Database
    upgrade: UpgradeResult
    created: bool
    warnings: tuple[str, ...] = ()


def open_store(paths: DataPaths, *, url: str | None = None, key: bytes | None = None) -> OpenResult:
    """Open (creating if needed) and migrate the store; a database from a newer app is refused.

    With ``key`` the file is a SQLCipher database keyed with it (services/accounts.py finds the key).
    """
    paths.ensure()
    claim = folder_lock.hold(paths.root) if url is None else None
    created = url is None and not paths.database.exists()
    warnings: list[str] = []
    # A WAL another live process is writing is no crash leftover: only a store nobody else has open is checked.
    alone = url is None and not folder_lock.other_holders(paths.root)
    if alone:  # what killed runs left (scratch files, half backups) is removed only when no one else may be writing
        removed = remove_leftovers(find_leftovers(paths.root))
        if removed:
            warnings.append(describe_leftovers(removed, paths.root))
            logging.getLogger("fuyuan.store").warning("removed %d leftover scratch files", len(removed))
    damaged = keep_damaged_wal(paths.database, paths.backups) if alone else None
    if damaged is not None:
        report, copy = damaged
        kept = f"原日志已另存为 {copy.name}。" if copy is not None else "磁盘空间不足，原日志未能另存。"
        warnings.append(
            f"上次异常退出时日志文件（WAL）末尾不完整：{report.discarded_bytes} 字节的未完成写入无法恢复，"
            f"已完整恢复 {report.committed_frames} 个数据页；{kept}"
        )
        logging.getLogger("fuyuan.store").warning("truncated WAL: %d bytes discarded, copy kept as %s",
                                                  report.discarded_bytes, copy.name if copy else "-")
    engine = make_engine(url or paths.database, key=key)
    try:
        if url is None and current_revision(engine) not in (None, head_revision()):
            # other programs would go on writing the old schema under the new one: the folder must be ours alone
            with folder_lock.exclusive(paths.root, "升级数据库"):
                upgrade = upgrade_to_head(engine, backups=paths.backups, key=key)
        else:
            upgrade = upgrade_to_head(engine, backups=paths.backups, key=key)
    except BaseException as exc:
        engine.dispose()
        if not isinstance(exc, DatabaseError):
            raise
        if key is not None and "not a database" in str(exc):
            raise AuthenticationError("数据库无法用此密钥打开：密钥文件与数据库不匹配，或数据库已损坏") from exc
        raise
    db = Database(engine, data_key=key)
    db.folder_claim = claim
    db.open_warnings = tuple(warnings)
    db.load_device()
    return OpenResult(db, upgrade, created, tuple(warnings))


def seed_courts(ctx: Workspace) -> int:
    """Insert the shipped courts and tribunals once; existing rows are left as the court edited them."""
    return installation.seed_courts(ctx.db, ctx.actor)


def find_tribunal(ctx: Workspace, name: str) -> Tribunal:
    """A tribunal by its short name, full name or id."""
    return installation.find_tribunal(ctx.db, name)


def ensure_device(ctx: Workspace, *, tribunal: str | None = None, name: str | None = None) -> Device:
    """Create this installation's device identity once, bound to a tribunal."""
    return installation.ensure_device(ctx.db, ctx.actor, tribunal=tribunal, name=name)


def initialize(
    paths: DataPaths,
    *,
    tribunal: str | None = None,
    actor: str = SYSTEM_ACTOR,
    url: str | None = None,
    key: bytes | None = None,
) -> Workspace:
    """``fuyuan init``: create or upgrade the store, seed reference rows, make the device identity."""
    opened = open_store(paths, url=url, key=key)
    ctx = Workspace(opened.db, actor, paths=paths)
    seed_courts(ctx)
    seed_places(ctx.db, ctx.actor)
    try:
        ensure_device(ctx, tribunal=tribunal)
    except NotFoundError as exc:
        raise ValidationError("法庭", str(exc), field="tribunal", code=exc.code) from exc
    return ctx


def database_path(ctx: Workspace) -> Path | None:
    database = ctx.db.engine.url.database
    return Path(database) if ctx.db.dialect == "sqlite" and database else None


@dataclass(frozen=True)
class DeviceInfo:
    """This installation as the settings page shows it."""

    id: str
    name: str
    tag: str
    court: str
    tribunal: str
    tribunal_id: str | None


def device_info(ctx: Workspace) -> DeviceInfo:
    """This device's name, tag, court and tribunal."""
    with ctx.db.read() as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
        if device is None:
            raise NotFoundError("本机尚未初始化：请先初始化本机", code="not_initialized")
        names = court_names(session, device.court_id, device.tribunal_id)
        return DeviceInfo(
            device.id,
            device.name,
            device.tag,
            names.full_name,
            names.tribunal_full_name if device.tribunal_id else "",
            device.tribunal_id,
        )


def set_device_tribunal(ctx: Workspace, tribunal: str) -> DeviceInfo:
    """Bind this device to a tribunal (short name, full name or id); new cases are registered there."""
    chosen = find_tribunal(ctx, tribunal)
    with ctx.db.write(ctx.actor, "设置本机所属法庭") as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
        if device is None:
            raise NotFoundError("本机尚未初始化：请先初始化本机", code="not_initialized")
        device.tribunal_id = chosen.id
        device.court_id = chosen.court_id
    return device_info(ctx)


class DemoRefusedError(FuyuanError):
    """Demo data would reach a store that holds (or may hold) real work."""

    exit_code = 2


def demo_refusal(ctx: Workspace, *, into_this_store: bool) -> str | None:
    """Why demo data may not be written into ``ctx``'s store, or None when it may.

    A demo workspace (``DataPaths.demo_workspace``) always may. Any other store only on the user's explicit
    ``into_this_store``, and never when it has cases, is protected (accounts, encryption) or is enrolled at the
    court: demo rows there would be taken for real ones and sync to the court.
    """
    from sqlalchemy import func

    from fuyuan_desktop.store.models import Dispute
    from fuyuan_desktop.store.sync_models import SyncPeer

    if ctx.paths is not None and ctx.paths.is_demo:
        return None
    where = ctx.paths.root / "demo" if ctx.paths is not None else "demo"
    if not into_this_store:
        return f"演示数据只写入单独的演示工作区（{where}），不写入本机数据；确需写入本库须明确同意"
    if ctx.db.encrypted or ctx.db.data_key is not None or (ctx.paths is not None and ctx.paths.keyring.exists()):
        return f"本库已启用账户和加密，是正式数据：演示数据不写入本库，请改用演示工作区（{where}）"
    with ctx.db.read() as session:
        cases = int(session.scalar(select(func.count(col(Dispute.id)))) or 0)
        enrolled = session.scalars(select(SyncPeer)).first() is not None
    if enrolled:
        return f"本机已在中院登记，本库数据会同步到法院：演示数据不写入本库，请改用演示工作区（{where}）"
    if cases:
        return f"本库已有 {cases} 件案件，是正式数据：演示数据不写入本库，请改用演示工作区（{where}）"
    return None


def check_demo_target(ctx: Workspace, *, into_this_store: bool) -> None:
    """Refuse (``DemoRefusedError``, code ``demo_refused``) where ``demo_refusal`` says why."""
    reason = demo_refusal(ctx, into_this_store=into_this_store)
    if reason is not None:
        raise DemoRefusedError(reason, code="demo_refused")
