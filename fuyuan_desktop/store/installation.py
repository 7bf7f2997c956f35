"""The rows every store starts with: the shipped courts and tribunals, and the installation's own device.

Both the workbench's store and the hub's database are seeded here, so the hub needs nothing above the store
to create itself; services/setup.py wraps these for a workspace.
"""

from __future__ import annotations

import platform
import uuid
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from fuyuan_desktop import resources
from fuyuan_desktop.domain.case_numbers import device_tag_from_id
from fuyuan_desktop.domain.errors import NotFoundError
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import Court, Device, Tribunal


def shipped_courts() -> dict[str, Any]:
    """The courts and tribunals as shipped (resources/reference/courts.json), before any court's edits."""
    data: dict[str, Any] = resources.read_json("reference", "courts.json")
    return data


def _shipped_id(*parts: str) -> str:
    # Every installation seeds the same courts: the same ids let laptops and the hub share them on sync.
    return uuid.uuid5(uuid.NAMESPACE_URL, "fuyuan:" + "/".join(parts)).hex


def seed_courts(db: Database, actor: str) -> int:
    """Insert the shipped courts and tribunals once; existing rows are left as the court edited them."""
    data = shipped_courts()
    added = 0
    with db.write(actor, "初始化法院和法庭") as session:
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
                        seat=trib.get("seat", ""),
                    )
                )
                added += 1
    return added


def find_tribunal(db: Database, name: str) -> Tribunal:
    """A tribunal by its short name, full name or id."""
    with db.read() as session:
        tribunal = session.scalars(
            select(Tribunal).where(
                (col(Tribunal.short_name) == name) | (col(Tribunal.name) == name) | (col(Tribunal.id) == name)
            )
        ).first()
    if tribunal is None:
        raise NotFoundError(f"找不到法庭「{name}」。可查看已登记的法庭。", code="unknown_tribunal")
    return tribunal


def ensure_device(db: Database, actor: str, *, tribunal: str | None = None, name: str | None = None) -> Device:
    """Create this installation's device identity once, bound to a tribunal (the development zone's by default)."""
    with db.read() as session:
        existing = session.scalars(select(Device).where(col(Device.is_self))).first()
    if existing is not None:
        return existing
    chosen = find_tribunal(db, tribunal or shipped_courts()["development_zone_tribunal"]["short_name"])
    device = Device(
        name=name or platform.node() or "laptop", tag="", court_id=chosen.court_id, tribunal_id=chosen.id, is_self=True
    )
    device.tag = device_tag_from_id(device.id)
    device.origin_device = device.id
    with db.write(actor, "登记本机设备") as session:
        session.add(device)
    db.load_device()
    return device
