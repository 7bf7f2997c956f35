"""Opening and initialising a store: migrate (after a backup), seed courts and tribunals, make the device."""

from __future__ import annotations

import logging
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlmodel import col

from fuyuan_desktop.domain.case_numbers import device_tag_from_id
from fuyuan_desktop.domain.errors import AuthenticationError, NotFoundError, ValidationError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.reference import raw_reference
from fuyuan_desktop.store.db import SYSTEM_ACTOR, Database, make_engine
from fuyuan_desktop.store.migrate import UpgradeResult, upgrade_to_head
from fuyuan_desktop.store.models import Court, Device, Tribunal
from fuyuan_desktop.store.paths import DataPaths
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
    created = url is None and not paths.database.exists()
    warnings: list[str] = []
    damaged = keep_damaged_wal(paths.database, paths.backups) if url is None else None
    if damaged is not None:
        report, copy = damaged
        warnings.append(
            f"上次异常退出时日志文件（WAL）末尾不完整：{report.discarded_bytes} 字节的未完成写入无法恢复，"
            f"已完整恢复 {report.committed_frames} 个数据页；原日志已另存为 {copy.name}。"
        )
        logging.getLogger("fuyuan.store").warning("truncated WAL: %d bytes discarded, copy kept as %s",
                                                  report.discarded_bytes, copy.name)
    engine = make_engine(url or paths.database, key=key)
    try:
        upgrade = upgrade_to_head(engine, backups=paths.backups, key=key)
    except DatabaseError as exc:
        engine.dispose()
        if key is not None and "not a database" in str(exc):
            raise AuthenticationError("数据库无法用此密钥打开：密钥文件与数据库不匹配，或数据库已损坏") from exc
        raise
    db = Database(engine, data_key=key)
    db.open_warnings = tuple(warnings)
    db.load_device()
    return OpenResult(db, upgrade, created, tuple(warnings))


def _shipped_id(*parts: str) -> str:
    # Every installation seeds the same courts: the same ids let laptops and the hub share them on sync.
    return uuid.uuid5(uuid.NAMESPACE_URL, "fuyuan:" + "/".join(parts)).hex


def seed_courts(ctx: ServiceContext) -> int:
    """Insert the shipped courts and tribunals once; existing rows are left as the court edited them."""
    data = raw_reference(None)["courts"]
    added = 0
    with ctx.db.write(ctx.actor, "初始化法院和法庭") as session:
        if session.scalar(select(func.count()).select_from(Court)):
            return 0
        by_code: dict[str, Court] = {}
        for item in data["courts"]:
            parent = by_code.get(item.get("parent", ""))
            court = Court(
                id=_shipped_id("court", item["code"]),
                code=item["code"],
                name=item["name"],
                short_name=item["short_name"],
                division_code=item.get("division_code", ""),
                level=item["level"],
                parent_id=parent.id if parent else None,
            )
            session.add(court)
            by_code[court.code] = court
            added += 1
            for trib in item.get("tribunals", []):
                session.add(
                    Tribunal(
                        id=_shipped_id("tribunal", court.code, trib["short_name"]),
                        court_id=court.id,
                        name=trib["name"],
                        short_name=trib["short_name"],
                        address=trib.get("address", ""),
                        phone=trib.get("phone", ""),
                    )
                )
                added += 1
    return added


def find_tribunal(ctx: ServiceContext, name: str) -> Tribunal:
    """A tribunal by its short name, full name or id."""
    with ctx.db.read() as session:
        tribunal = session.scalars(
            select(Tribunal).where(
                (col(Tribunal.short_name) == name) | (col(Tribunal.name) == name) | (col(Tribunal.id) == name)
            )
        ).first()
    if tribunal is None:
        raise NotFoundError(f"找不到法庭「{name}」。可用 `fuyuan court list` 查看已登记的法庭。")
    return tribunal


def ensure_device(ctx: ServiceContext, *, tribunal: str | None = None, name: str | None = None) -> Device:
    """Create this installation's device identity once, bound to a tribunal."""
    with ctx.db.read() as session:
        existing = session.scalars(select(Device).where(col(Device.is_self))).first()
    if existing is not None:
        return existing
    chosen = find_tribunal(ctx, tribunal or raw_reference(None)["courts"]["development_zone_tribunal"]["short_name"])
    device = Device(
        name=name or platform.node() or "laptop", tag="", court_id=chosen.court_id, tribunal_id=chosen.id, is_self=True
    )
    device.tag = device_tag_from_id(device.id)
    device.origin_device = device.id
    with ctx.db.write(ctx.actor, "登记本机设备") as session:
        session.add(device)
    ctx.db.load_device()
    return device


def initialize(
    paths: DataPaths,
    *,
    tribunal: str | None = None,
    actor: str = SYSTEM_ACTOR,
    url: str | None = None,
    key: bytes | None = None,
) -> ServiceContext:
    """``fuyuan init``: create or upgrade the store, seed reference rows, make the device identity."""
    opened = open_store(paths, url=url, key=key)
    ctx = ServiceContext(opened.db, actor)
    seed_courts(ctx)
    try:
        ensure_device(ctx, tribunal=tribunal)
    except NotFoundError as exc:
        raise ValidationError("--tribunal", str(exc)) from exc
    return ctx


def database_path(ctx: ServiceContext) -> Path | None:
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


def device_info(ctx: ServiceContext) -> DeviceInfo:
    """This device's name, tag, court and tribunal."""
    with ctx.db.read() as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
        if device is None:
            raise NotFoundError("本机尚未初始化：请先运行 `fuyuan init`")
        tribunal = session.get(Tribunal, device.tribunal_id) if device.tribunal_id else None
        court = session.get(Court, device.court_id) if device.court_id else None
        return DeviceInfo(
            device.id,
            device.name,
            device.tag,
            court.name if court else "",
            tribunal.name if tribunal else "",
            device.tribunal_id,
        )


def set_device_tribunal(ctx: ServiceContext, tribunal: str) -> DeviceInfo:
    """Bind this device to a tribunal (short name, full name or id); new cases are registered there."""
    chosen = find_tribunal(ctx, tribunal)
    with ctx.db.write(ctx.actor, "设置本机所属法庭") as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
        if device is None:
            raise NotFoundError("本机尚未初始化：请先运行 `fuyuan init`")
        device.tribunal_id = chosen.id
        device.court_id = chosen.court_id
    return device_info(ctx)
