"""The hub's database, keys and device registry: init, approve a request, revoke, list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uuid6
from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.errors import FuyuanError, NotFoundError, ValidationError
from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.setup import ensure_device, find_tribunal, seed_courts
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.db import Database, make_engine
from fuyuan_desktop.store.migrate import upgrade_to_head
from fuyuan_desktop.store.models import Court
from fuyuan_desktop.store.sync_models import HubDevice, SyncKey
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.enrollment import GRANT_FORMAT, REQUEST_FORMAT

HUB_ACTOR = "中院数据中心"


class HubNotInitializedError(FuyuanError):
    exit_code = 2


@dataclass
class Hub:
    """An opened hub: its database, its folder (kept bundles, blobs, scratch) and its keys."""

    db: Database
    root: Path

    @property
    def bundles(self) -> Path:
        return self.root / "bundles"

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.root / "blobs")

    @property
    def scratch(self) -> Path:
        return self.root / "tmp"

    def key(self) -> SyncKey:
        with self.db.read() as session:
            key = session.get(SyncKey, "hub")
        if key is None:
            raise HubNotInitializedError("中院端尚未初始化：请先运行 `fuyuan hub init`")
        return key

    def recipients(self) -> list[str]:
        key = self.key()
        return [crypto.age_public(key.age_identity), *[r for r in key.extra_recipients.splitlines() if r.strip()]]

    def context(self) -> ServiceContext:
        return ServiceContext(self.db, HUB_ACTOR)


def default_url(root: Path) -> str:
    return str(root / "hub.sqlite3")


def open_hub(root: Path, url: str | None = None, *, create: bool = False) -> Hub:
    """Open (and migrate) the hub database; ``create`` also seeds courts and makes the hub's device row."""
    root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url or default_url(root))
    upgrade_to_head(engine, backups=root / "backups" if engine.dialect.name == "sqlite" else None)
    db = Database(engine)
    db.load_device()
    hub = Hub(db, root)
    if create:
        ctx = hub.context()
        seed_courts(ctx)
        ensure_device(ctx, name="中院数据中心")
    return hub


@dataclass(frozen=True)
class HubInfo:
    hub_id: str
    recipients: list[str]
    verify_key: str
    created: bool


def init_hub(root: Path, url: str | None = None, *, backup_recipient: str = "") -> HubInfo:
    """``fuyuan hub init``: database, an age identity, optionally an offline backup recipient, a signing key."""
    if backup_recipient:
        try:
            crypto.age_recipients(backup_recipient)
        except Exception as exc:
            raise ValidationError("--backup-recipient", "不是有效的 age 公钥（应以 age1 开头）") from exc
    hub = open_hub(root, url, create=True)
    created = False
    with hub.db.write(HUB_ACTOR, "初始化中院端密钥") as session:
        key = session.get(SyncKey, "hub")
        if key is None:
            key = SyncKey(role="hub", owner_id=uuid6.uuid7().hex, signing_key=crypto.new_signing_key(),
                          age_identity=crypto.new_age_identity(), extra_recipients=backup_recipient)
            session.add(key)
            created = True
        elif backup_recipient and backup_recipient not in key.extra_recipients:
            key.extra_recipients = "\n".join(filter(None, [key.extra_recipients, backup_recipient]))
    info = HubInfo(key.owner_id, hub.recipients(), crypto.public_of(key.signing_key), created)
    hub.db.engine.dispose()
    return info


@dataclass(frozen=True)
class DeviceView:
    device_id: str
    tag: str
    name: str
    court: str
    tribunal_id: str
    status: str
    acked_hlc: str
    last_seq: int
    last_bundle_at: str
    revoked_reason: str
    gap_note: str


def approve(hub: Hub, request: dict[str, Any], *, tribunal: str | None = None, court: str | None = None,
            url: str = "") -> dict[str, Any]:
    """Check the request's self-signature, register the device (scoped to a court/tribunal), sign its grant."""
    body = request.get("request")
    if not isinstance(body, dict) or body.get("format") != REQUEST_FORMAT:
        raise ValidationError("申请文件", "不是工作台生成的设备登记申请")
    if not crypto.verify(str(body.get("public_key", "")), crypto.canonical(body), str(request.get("signature", ""))):
        raise ValidationError("申请文件", "申请的签名不符：文件被改动过")
    key = hub.key()
    ctx = hub.context()
    tribunal_id, court_id = str(body.get("tribunal_id", "")), str(body.get("court_id", ""))
    if tribunal:
        chosen = find_tribunal(ctx, tribunal)
        tribunal_id, court_id = chosen.id, chosen.court_id
    if court:
        with hub.db.read() as session:
            found = session.scalars(select(Court).where((col(Court.code) == court) | (col(Court.short_name) == court)
                                                        | (col(Court.name) == court))).first()
        if found is None:
            raise ValidationError("--court", f"找不到法院「{court}」")
        court_id = found.id
    with hub.db.write(HUB_ACTOR, "批准设备登记") as session:
        device = session.get(HubDevice, body["device_id"])
        if device is not None and device.status == "revoked":
            raise ValidationError("申请文件", f"该设备已被停用（{device.revoked_reason}），不能重新登记；请换用新设备")
        if device is not None and device.public_key != body["public_key"]:
            raise ValidationError("申请文件", "该设备已用另一把密钥登记过；如确需更换，请先停用旧登记")
        if device is None:
            device = HubDevice(device_id=body["device_id"], tag=str(body.get("device_tag", "")),
                               public_key=body["public_key"])
            session.add(device)
        device.name = str(body.get("device_name", ""))[:100]
        device.receipt_recipient = _recipient(body.get("receipt_recipient"))
        device.court_id, device.tribunal_id = court_id, tribunal_id
        hub.db.audit(session, entity="hubdevice", entity_id=device.device_id,
                     after={"tag": device.tag, "tribunal_id": tribunal_id})
    grant = {
        "format": GRANT_FORMAT,
        "hub_id": key.owner_id,
        "hub_name": HUB_ACTOR,
        "hub_verify_key": crypto.public_of(key.signing_key),
        "recipients": hub.recipients(),
        "device_id": body["device_id"],
        "device_tag": body.get("device_tag", ""),
        "device_public_key": body["public_key"],
        "court_id": court_id,
        "tribunal_id": tribunal_id,
        "url": url,
        "issued_at": utcnow().isoformat(),
    }
    return {"grant": grant, "signature": crypto.sign(key.signing_key, crypto.canonical(grant))}


def _recipient(value: Any) -> str:
    """The age public key a request names for its receipts ('' when absent, refused when not a key)."""
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        crypto.age_recipients(text)
    except Exception as exc:
        raise ValidationError("申请文件", "申请中的回执加密公钥无效") from exc
    return text[:100]


def revoke(hub: Hub, device_ref: str, reason: str) -> DeviceView:
    if not reason.strip():
        raise ValidationError("--reason", "请写明停用原因（设备会向使用者显示）")
    with hub.db.write(HUB_ACTOR, "停用设备") as session:
        device = _find_device(session, device_ref)
        device.status = "revoked"
        device.revoked_at = utcnow()
        device.revoked_reason = reason.strip()[:300]
        hub.db.audit(session, entity="hubdevice", entity_id=device.device_id, after={"reason": device.revoked_reason})
    return next(d for d in list_devices(hub) if d.device_id == device.device_id)


def _find_device(session: Any, ref: str) -> HubDevice:
    device = session.get(HubDevice, ref) or session.scalars(
        select(HubDevice).where(col(HubDevice.tag) == ref.upper())).first()
    if device is None:
        raise NotFoundError(f"找不到设备「{ref}」：可用 `fuyuan hub devices` 查看已登记的设备")
    return device  # type: ignore[no-any-return]


def list_devices(hub: Hub) -> list[DeviceView]:
    with hub.db.read() as session:
        courts = {c.id: c.short_name for c in session.scalars(select(Court))}
        devices = list(session.scalars(select(HubDevice).order_by(col(HubDevice.enrolled_at))))
    return [DeviceView(d.device_id, d.tag, d.name, courts.get(d.court_id, ""), d.tribunal_id, d.status, d.acked_hlc,
                       d.last_seq, d.last_bundle_at.isoformat() if d.last_bundle_at else "", d.revoked_reason,
                       d.gap_note) for d in devices]


def revocations(session: Any) -> list[dict[str, str]]:
    rows = session.scalars(select(HubDevice).where(col(HubDevice.status) == "revoked"))
    return [{"device_id": d.device_id, "tag": d.tag, "reason": d.revoked_reason,
             "at": d.revoked_at.isoformat() if d.revoked_at else ""} for d in rows]
