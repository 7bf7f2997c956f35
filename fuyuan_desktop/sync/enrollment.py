"""Enrollment on the device side: the device's Ed25519 key, its request file, installing the hub's grant."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import FuyuanError, NotFoundError, ValidationError
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import Device
from fuyuan_desktop.store.sync_models import SyncKey, SyncPeer
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto

REQUEST_FORMAT = "fuyuan-enroll-request/1"
GRANT_FORMAT = "fuyuan-grant/1"


class NotEnrolledError(FuyuanError):
    """The device has no grant from a hub yet."""

    exit_code = 2


class RevokedError(FuyuanError):
    """The hub revoked this device: it stops exporting and says why."""

    exit_code = 2


def self_device(db: Database) -> Device:
    with db.read() as session:
        device = session.scalars(select(Device).where(col(Device.is_self))).first()
    if device is None:
        raise NotFoundError("本机尚未初始化：请先初始化本机", code="not_initialized")
    return device


def device_key(db: Database) -> SyncKey:
    """This device's keys, made on first use: the Ed25519 signing key, and the age identity the hub encrypts
    receipts to (added to devices that had only a signing key)."""
    device = self_device(db)
    with db.read() as session:
        key = session.get(SyncKey, "device")
    if key is not None and key.age_identity:
        return key
    with db.write("system", "生成本机密钥") as session:
        key = session.get(SyncKey, "device")
        if key is None:
            key = SyncKey(role="device", owner_id=device.id, signing_key=crypto.new_signing_key(),
                          age_identity=crypto.new_age_identity())
            session.add(key)
        elif not key.age_identity:
            key.age_identity = crypto.new_age_identity()
        return key


# Crockford's base32 without I, L, O, U: nothing to mishear on the phone.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _short_code(*parts: str) -> str:
    """40 bits of SHA-256 over ``parts`` as ``ABCD-1234``."""
    bits = int.from_bytes(hashlib.sha256(crypto.canonical(list(parts))).digest()[:5], "big")
    chars = "".join(_CODE_ALPHABET[(bits >> shift) & 31] for shift in range(35, -1, -5))
    return f"{chars[:4]}-{chars[4:]}"


def verification_code(device_id: str, public_key: str) -> str:
    """The short code both sides show for an enrollment request: the device id and its public key, hashed.
    Hub staff compare it with what the clerk reads out before approving, so a request sent by someone else
    (another key) is not approved by mistake."""
    return _short_code("fuyuan-enroll-code/1", device_id, public_key)


def key_code(public_key: str) -> str:
    """The hub's signing key as a short code (``fuyuan hub requests`` shows it; the laptop shows it after
    enrolling over the network), so the clerk can check the grant came from this hub."""
    return _short_code("fuyuan-hub-key/1", public_key)


def request_code(request: dict[str, Any]) -> str:
    body = request.get("request")
    if not isinstance(body, dict):
        return ""
    return verification_code(str(body.get("device_id", "")), str(body.get("public_key", "")))


def make_request(db: Database) -> dict[str, Any]:
    """The enrollment request a clerk carries to the hub: device id, tag, scope and public key, self-signed."""
    device = self_device(db)
    key = device_key(db)
    body = {
        "format": REQUEST_FORMAT,
        "device_id": device.id,
        "device_tag": device.tag,
        "device_name": device.name,
        "court_id": device.court_id or "",
        "tribunal_id": device.tribunal_id or "",
        "public_key": crypto.public_of(key.signing_key),
        "receipt_recipient": crypto.age_public(key.age_identity),
        "app_version": __version__,
        "created_at": utcnow().isoformat(),
    }
    return {"request": body, "signature": crypto.sign(key.signing_key, crypto.canonical(body))}


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(what, f"找不到文件 {path}") from None
    except (ValueError, UnicodeDecodeError):
        raise ValidationError(what, f"{path} 不是有效的 JSON 文件") from None
    if not isinstance(data, dict):
        raise ValidationError(what, f"{path} 格式不对")
    return data


@dataclass(frozen=True)
class EnrollResult:
    hub_id: str
    hub_name: str
    court_id: str
    tribunal_id: str
    hub_key_code: str = ""  # the hub's signing key as a short code, to compare with `fuyuan hub requests`


def install_grant(db: Database, grant: dict[str, Any], *, url: str = "") -> EnrollResult:
    """Install the hub's grant: it must be signed by the key it names and be for this device and key.
    ``url`` (the address the grant was fetched from) is kept when the grant names none."""
    body = grant.get("grant")
    if not isinstance(body, dict) or body.get("format") != GRANT_FORMAT:
        raise ValidationError("授权文件", "不是中院签发的设备授权文件")
    if not crypto.verify(str(body.get("hub_verify_key", "")), crypto.canonical(body), str(grant.get("signature", ""))):
        raise ValidationError("授权文件", "签名不符：文件被改动过或不是中院签发的")
    device = self_device(db)
    key = device_key(db)
    if body.get("device_id") != device.id or body.get("device_public_key") != crypto.public_of(key.signing_key):
        raise ValidationError("授权文件", "这份授权是给另一台设备（或另一把密钥）的，不能在本机使用")
    with db.write("system", "安装中院授权") as session:
        peer = session.get(SyncPeer, body["hub_id"])
        if peer is None:
            peer = SyncPeer(hub_id=body["hub_id"], verify_key=body["hub_verify_key"], recipients="", grant_json="")
            session.add(peer)
        peer.hub_name = str(body.get("hub_name", ""))
        peer.verify_key = body["hub_verify_key"]
        peer.recipients = "\n".join(body["recipients"])
        peer.court_id = str(body.get("court_id", ""))
        peer.tribunal_id = str(body.get("tribunal_id", ""))
        peer.url = str(body.get("url", "")) or url or peer.url
        peer.grant_json = json.dumps(grant, ensure_ascii=False)
        peer.revoked = False
        peer.revoked_reason = ""
        db.audit(session, entity="syncpeer", entity_id=peer.hub_id, after={"hub": peer.hub_name})
    return EnrollResult(body["hub_id"], str(body.get("hub_name", "")), str(body.get("court_id", "")),
                        str(body.get("tribunal_id", "")), key_code(str(body["hub_verify_key"])))


def current_peer(db: Database) -> SyncPeer:
    """The hub this device is enrolled at; refuses if not enrolled."""
    with db.read() as session:
        peer = session.scalars(select(SyncPeer)).first()
    if peer is None:
        raise NotEnrolledError("本机尚未在中院登记：请先生成登记申请（或经网络直接发送），经中院批准后安装授权",
                               code="not_enrolled")
    return peer


def ensure_may_export(peer: SyncPeer) -> None:
    if peer.revoked:
        raise RevokedError(f"本机已被中院停用，不能再导出数据：{peer.revoked_reason or '未说明原因'}。请与中院联系。")
