"""The hub's database, keys and device registry: init, approve a request, revoke, list.

Enrollment requests sent over the network wait here until hub staff approve or reject them. They are kept as
audit events (entity ``enrollment``: request received, grant issued, request rejected), not as ``HubDevice``
rows: a device is in ``HubDevice`` only once approved, so nothing that looks a device up there (bundle import,
the HTTP service, receipts, ``list_devices``) can mistake a pending request for an enrolled device, and no
migration is needed. The latest such event of a device is its state; the grant event holds the signed grant
the device fetches.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uuid6
from sqlalchemy import select
from sqlmodel import col

from fuyuan_desktop.domain.characters import describe_unsafe, unsafe_in
from fuyuan_desktop.domain.errors import FuyuanError, NotFoundError, ValidationError
from fuyuan_desktop.store import folder_lock
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.db import Database, make_engine
from fuyuan_desktop.store.installation import ensure_device, find_tribunal, seed_courts
from fuyuan_desktop.store.leftovers import find_leftovers, remove_leftovers
from fuyuan_desktop.store.migrate import upgrade_to_head
from fuyuan_desktop.store.models import AuditEvent, Court, Tribunal
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.places import seed_places
from fuyuan_desktop.store.sync_models import HubDevice, SyncKey
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.enrollment import GRANT_FORMAT, REQUEST_FORMAT, key_code, verification_code

HUB_ACTOR = "中院数据中心"
ENROLLMENT = "enrollment"
ACTION_RECEIVED = "收到设备登记申请"
ACTION_GRANTED = "签发设备授权"
ACTION_REJECTED = "驳回设备登记申请"
MAX_PENDING = 200  # requests arrive unauthenticated: a flood must not grow the audit log without bound


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
        return DataPaths(self.root).blob_store()

    @property
    def scratch(self) -> Path:
        return self.root / "tmp"

    @property
    def key_file(self) -> Path:
        """The hub's secret keys (age identity, Ed25519 signing key), kept beside the database, never in it:
        whoever may read the database (report writers, a database backup) cannot decrypt bundles or sign."""
        return self.root / "keys" / KEY_FILE_NAME

    def initialized(self) -> bool:
        """Whether ``hub init`` ran on this database (its keys may still be missing: ``key`` says so)."""
        with self.db.read() as session:
            return session.get(SyncKey, "hub") is not None

    def key(self) -> SyncKey:
        with self.db.read() as session:
            key = session.get(SyncKey, "hub")
        if key is None:
            raise HubNotInitializedError("中院端尚未初始化：请先初始化中院端", code="hub_not_initialized")
        recorded = read_hub_file(self.root).get("hub_id")
        if recorded and recorded != key.owner_id:
            raise HubNotInitializedError(f"{self.root / HUB_FILE_NAME} 记录的是另一个中院端（编号不符）：该目录与这个数据库"
                                         "不是一同初始化的；请打开与数据库对应的中院目录")
        if key.signing_key:  # a hub initialised before the keys moved out of the database
            return key
        secrets = read_key_file(self.key_file)
        if secrets.get("owner_id") != key.owner_id:
            raise HubNotInitializedError(f"中院密钥文件 {self.key_file} 不属于这个中院端数据库（编号不符）："
                                         "请换回与该数据库一同初始化的密钥文件")
        return SyncKey(role="hub", owner_id=key.owner_id, signing_key=secrets["signing_key"],
                       age_identity=secrets["age_identity"], extra_recipients=key.extra_recipients,
                       created_at=key.created_at)

    def recipients(self) -> list[str]:
        key = self.key()
        return [crypto.age_public(key.age_identity), *[r for r in key.extra_recipients.splitlines() if r.strip()]]

    def key_code(self) -> str:
        """The hub's signing key as a short code (the laptop shows the same after enrolling over the network)."""
        return key_code(crypto.public_of(self.key().signing_key))


KEY_FILE_NAME = "hub-keys.json"


def read_key_file(path: Path) -> dict[str, str]:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not all(isinstance(data.get(k), str) and data[k] for k in ("owner_id", "signing_key", "age_identity")):
            raise ValueError("incomplete")
    except FileNotFoundError:
        raise HubNotInitializedError(f"找不到中院密钥文件 {path}：请从保管处（或备份）放回该文件；没有它无法解密数据包、"
                                     "签发授权和回执") from None
    except (OSError, ValueError, AttributeError):
        raise HubNotInitializedError(f"中院密钥文件 {path} 读不了或已损坏：请从保管处（或备份）放回完好的文件") from None
    return {k: str(data[k]) for k in ("owner_id", "signing_key", "age_identity")}


def write_key_file(path: Path, owner_id: str, signing_key: str, age_identity: str) -> None:
    """Write the secret keys atomically, readable by the hub's own account only."""
    import contextlib
    import json
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # Windows: the folder's ACL decides
        path.parent.chmod(0o700)
    tmp = path.with_name(f".{path.name}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"format": "fuyuan-hub-keys/1", "owner_id": owner_id, "signing_key": signing_key,
                   "age_identity": age_identity}, out)
        out.flush()
        os.fsync(out.fileno())
    tmp.replace(path)


def default_url(root: Path) -> str:
    return str(root / "hub.sqlite3")


# --- the hub's own description: hub.json ------------------------------------------------------------------------
#
# ``hub init`` writes ``hub.json`` in the hub's folder: which database it uses (the URL without its password), where
# its keys and kept bundles are, and the hub's number. Every later command and the workbench's hub mode find the hub
# from a folder alone — the hub's folder or the data folder holding it as ``hub/`` — and never create one by accident.
# The database password is never written: it comes from FUYUAN_HUB_DB_PASSWORD, or PostgreSQL's own PGPASSWORD or
# ~/.pgpass (libpq reads them itself).

HUB_FILE_NAME = "hub.json"
HUB_FILE_FORMAT = "fuyuan-hub/1"
DB_PASSWORD_ENV = "FUYUAN_HUB_DB_PASSWORD"
SQLITE_FILE_NAME = "hub.sqlite3"


class HubNotFoundError(FuyuanError):
    """A folder that holds no hub: nothing was written; ``details['folder']`` is where to make one."""

    exit_code = 2
    code = "no_hub"


def _is_hub_folder(folder: Path) -> bool:
    """A hub's folder: its description, or (a hub made before hub.json) its SQLite database or key file."""
    return any((folder / name).is_file() for name in (HUB_FILE_NAME, SQLITE_FILE_NAME)) or \
        (folder / "keys" / KEY_FILE_NAME).is_file()


def locate_hub(folder: Path) -> Path:
    """The hub's folder given either that folder or the data folder it sits in (``<data>/hub``); creates nothing."""
    folder = folder.expanduser().resolve()
    for candidate in (folder, folder / "hub"):
        if _is_hub_folder(candidate):
            return candidate
    raise HubNotFoundError(f"{folder} 不是中院端：既不是中院目录（内有 {HUB_FILE_NAME}），也不是内含 hub 子目录的数据目录；"
                           "未写入任何内容。新建中院端请先初始化", details={"folder": str(folder)})


def read_hub_file(root: Path) -> dict[str, Any]:
    """What ``hub init`` recorded (empty for a hub made before hub.json)."""
    path = root / HUB_FILE_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise HubNotInitializedError(f"中院端描述文件 {path} 读不了或已损坏：请从备份放回，或在该目录重新初始化中院端"
                                     ) from exc
    if not isinstance(data, dict) or data.get("format") != HUB_FILE_FORMAT:
        raise HubNotInitializedError(f"{path} 不是本程序的中院端描述文件")
    return data


def without_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    if "://" not in url:  # a file path
        return url
    parsed = make_url(url)
    return parsed._replace(password=None).render_as_string(hide_password=False) if parsed.password else url


def _same_database(a: str, b: str) -> bool:
    from sqlalchemy.engine import make_url

    def norm(u: str) -> str:
        parsed = make_url(u if "://" in u else f"sqlite:///{u}")
        return parsed._replace(password=None).render_as_string(hide_password=False)

    return norm(a) == norm(b)


def recorded_url(root: Path, given: str | None = None) -> str | None:
    """The database to open for the hub in ``root``: the one hub.json records (with the password from the
    environment), or ``given``; a ``given`` URL naming another database than the recorded one is refused."""
    recorded = read_hub_file(root).get("database")
    if not isinstance(recorded, str) or not recorded:
        return given
    if recorded == SQLITE_FILE_NAME:
        recorded = default_url(root)
    if given:
        if not _same_database(given, recorded):
            raise ValidationError("数据库", f"该中院端记录的数据库是 {recorded}，与给出的 {without_password(given)} 不符；"
                                  "不给数据库地址即用记录的那个", field="db")
        return given
    if "://" not in recorded:
        return recorded
    password = os.environ.get(DB_PASSWORD_ENV)
    if password:
        from sqlalchemy.engine import make_url

        return make_url(recorded).set(password=password).render_as_string(hide_password=False)
    return recorded  # libpq takes PGPASSWORD or ~/.pgpass itself


def write_hub_file(root: Path, url: str | None, owner_id: str) -> Path:
    """Record the hub's database (no password), folder and keys in ``root/hub.json``."""
    if not url or _same_database(url, default_url(root)):
        database, backend = SQLITE_FILE_NAME, "sqlite"
    else:
        database = without_password(url)
        backend = database.split(":", 1)[0].split("+", 1)[0] if "://" in database else "sqlite"
    body = {"format": HUB_FILE_FORMAT, "hub_id": owner_id, "database": database, "backend": backend,
            "keys": f"keys/{KEY_FILE_NAME}", "bundles": "bundles", "blobs": "blobs",
            "password": "" if backend == "sqlite" else
            f"不保存在此：取环境变量 {DB_PASSWORD_ENV}，或 PostgreSQL 的 PGPASSWORD、~/.pgpass"}
    path = root / HUB_FILE_NAME
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def open_existing_hub(folder: Path, url: str | None = None) -> Hub:
    """Open the hub found in ``folder`` (the hub's folder or the data folder) with the database it recorded;
    a folder without a hub raises ``HubNotFoundError`` before anything is written."""
    root = locate_hub(folder)
    return open_hub(root, recorded_url(root, url))


def open_hub(root: Path, url: str | None = None, *, create: bool = False) -> Hub:
    """Open (and migrate) the hub database; ``create`` also seeds courts and makes the hub's device row."""
    root.mkdir(parents=True, exist_ok=True)
    claim = folder_lock.hold(root)
    if not folder_lock.other_holders(root):  # a killed import's scratch, unless another hub process is importing
        remove_leftovers(find_leftovers(root))
    engine = make_engine(url or default_url(root))
    upgrade_to_head(engine, backups=root / "backups" if engine.dialect.name == "sqlite" else None)
    db = Database(engine)
    db.folder_claim = claim
    db.load_device()
    hub = Hub(db, root)
    if create:
        seed_courts(db, HUB_ACTOR)
        seed_places(db, HUB_ACTOR)
        ensure_device(db, HUB_ACTOR, name="中院数据中心")
    return hub


@dataclass(frozen=True)
class HubInfo:
    hub_id: str
    recipients: list[str]
    verify_key: str
    created: bool
    hub_file: str = ""  # where hub.json records the database, folder and keys
    password_needed: bool = False  # a server database: its password comes from the environment, not the file
    password_env: str = DB_PASSWORD_ENV


def init_hub(root: Path, url: str | None = None, *, backup_recipient: str = "") -> HubInfo:
    """``fuyuan hub init``: database, an age identity, optionally an offline backup recipient, a signing key."""
    if backup_recipient:
        try:
            crypto.age_recipients(backup_recipient)
        except Exception as exc:
            raise ValidationError("离线备份收件人", "不是有效的 age 公钥（应以 age1 开头）",
                                  field="backup_recipient") from exc
    url = recorded_url(root, url)
    hub = open_hub(root, url, create=True)
    created = False
    with hub.db.write(HUB_ACTOR, "初始化中院端密钥") as session:
        key = session.get(SyncKey, "hub")
        if key is None:
            if hub.key_file.exists():
                raise ValidationError("中院端", f"{hub.key_file} 已有另一个中院端的密钥：新建中院端请换一个文件夹")
            owner = uuid6.uuid7().hex
            write_key_file(hub.key_file, owner, crypto.new_signing_key(), crypto.new_age_identity())
            # The database keeps only the hub's number and the extra recipients; the secrets are in the key file.
            key = SyncKey(role="hub", owner_id=owner, signing_key="", age_identity="",
                          extra_recipients=backup_recipient)
            session.add(key)
            created = True
        else:
            if key.signing_key and not hub.key_file.exists():  # an older hub: move its secrets out of the database
                write_key_file(hub.key_file, key.owner_id, key.signing_key, key.age_identity)
                key.signing_key, key.age_identity = "", ""
                hub.db.audit(session, entity="synckey", entity_id="hub", after={"moved_to": str(hub.key_file)})
            if backup_recipient and backup_recipient not in key.extra_recipients:
                key.extra_recipients = "\n".join(filter(None, [key.extra_recipients, backup_recipient]))
    hub_file = write_hub_file(root, url, key.owner_id)
    info = HubInfo(key.owner_id, hub.recipients(), crypto.public_of(hub.key().signing_key), created,
                   hub_file=str(hub_file), password_needed=bool(url and "://" in url and not url.startswith("sqlite")))
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
    enrolled_at: str = ""


class DeviceRevokedError(FuyuanError):
    """A revoked device asked to enroll again."""

    exit_code = 2


class EnrollmentConflictError(ValidationError):
    """A request the hub cannot take now: another key for a known device, or too many pending."""


def _check_request(request: dict[str, Any]) -> dict[str, Any]:
    """The request's body, if it is a well-formed request signed by the key it carries."""
    body = request.get("request")
    if not isinstance(body, dict) or body.get("format") != REQUEST_FORMAT:
        raise ValidationError("申请文件", "不是工作台生成的设备登记申请")
    device_id, public_key = body.get("device_id"), body.get("public_key")
    if not isinstance(device_id, str) or not 0 < len(device_id) <= 32 or not isinstance(public_key, str):
        raise ValidationError("申请文件", "申请缺少设备编号或公钥")
    if not crypto.verify(public_key, crypto.canonical(body), str(request.get("signature", ""))):
        raise ValidationError("申请文件", "申请的签名不符：文件被改动过")
    for key in ("device_name", "device_tag"):
        text = body.get(key, "")
        if not isinstance(text, str) or len(text) > 64:
            raise ValidationError(f"申请文件 {key}", "应为不超过 64 个字符的文字")
        # shown to hub staff in lists and dialogs: no markup, no direction tricks, no invisible characters
        found = unsafe_in(text) + [f"「{ch}」" for ch in "<>&\"" if ch in text]
        if found:
            raise ValidationError(f"申请文件 {key}", describe_unsafe(found))
    return body


def _resolve_scope(hub: Hub, body: dict[str, Any], tribunal: str | None, court: str | None) -> tuple[str, str]:
    tribunal_id, court_id = str(body.get("tribunal_id", "")), str(body.get("court_id", ""))
    if tribunal:
        chosen = find_tribunal(hub.db, tribunal)
        tribunal_id, court_id = chosen.id, chosen.court_id
    if court:
        with hub.db.read() as session:
            found = session.scalars(select(Court).where((col(Court.code) == court) | (col(Court.short_name) == court)
                                                        | (col(Court.name) == court))).first()
        if found is None:
            raise ValidationError("法院", f"找不到法院「{court}」", field="court", code="unknown_court")
        court_id = found.id
    return tribunal_id, court_id


def _signed_grant(key: SyncKey, recipients: list[str], device: HubDevice, url: str) -> dict[str, Any]:
    grant = {
        "format": GRANT_FORMAT,
        "hub_id": key.owner_id,
        "hub_name": HUB_ACTOR,
        "hub_verify_key": crypto.public_of(key.signing_key),
        "recipients": recipients,
        "device_id": device.device_id,
        "device_tag": device.tag,
        "device_public_key": device.public_key,
        "court_id": device.court_id,
        "tribunal_id": device.tribunal_id,
        "url": url,
        "issued_at": utcnow().isoformat(),
    }
    return {"grant": grant, "signature": crypto.sign(key.signing_key, crypto.canonical(grant))}


def approve(hub: Hub, request: dict[str, Any], *, tribunal: str | None = None, court: str | None = None,
            url: str = "") -> dict[str, Any]:
    """Check the request's self-signature, register the device (scoped to a court/tribunal), sign its grant.
    The grant is also kept (as the audit event of its issue) so the device can fetch it over the network."""
    body = _check_request(request)
    key = hub.key()
    recipients = hub.recipients()
    tribunal_id, court_id = _resolve_scope(hub, body, tribunal, court)
    with hub.db.write(HUB_ACTOR, "批准设备登记") as session:
        device = session.get(HubDevice, body["device_id"])
        if device is not None and device.status == "revoked":
            raise ValidationError("申请文件", f"该设备已被停用（{device.revoked_reason}），不能重新登记；请换用新设备")
        if device is not None and device.public_key != body["public_key"]:
            raise ValidationError("申请文件", "该设备已用另一把密钥登记过；如确需更换，请先停用旧登记")
        if device is None:
            device = HubDevice(device_id=body["device_id"], tag=str(body.get("device_tag", ""))[:16],
                               public_key=body["public_key"])
            session.add(device)
        device.name = str(body.get("device_name", ""))[:100]
        device.receipt_recipient = _recipient(body.get("receipt_recipient"))
        device.court_id, device.tribunal_id = court_id, tribunal_id
        device.status = "active"
        hub.db.audit(session, entity="hubdevice", entity_id=device.device_id,
                     after={"tag": device.tag, "tribunal_id": tribunal_id})
        signed = _signed_grant(key, recipients, device, url)
        hub.db.audit(session, entity=ENROLLMENT, entity_id=device.device_id, action=ACTION_GRANTED,
                     after={"grant": signed, "code": verification_code(device.device_id, device.public_key)})
    return signed


# --- enrollment over the network ---------------------------------------------------------------------


@dataclass(frozen=True)
class PendingView:
    """An enrollment request waiting for hub staff (``fuyuan hub requests``, the hub-mode page)."""

    device_id: str
    tag: str
    name: str
    court: str  # short name of the court the device asked for ("" if none)
    tribunal_id: str
    requested_at: str  # ISO 8601 UTC, when the hub received it
    code: str  # verification code, e.g. "7KQ2-M9XD": the clerk reads the same from the laptop
    tribunal: str = ""  # the tribunal's name, if it is known here


@dataclass(frozen=True)
class EnrollmentState:
    """Where one device's enrollment stands: pending | approved | rejected | revoked."""

    device_id: str
    status: str
    code: str
    at: str = ""
    reason: str = ""
    grant: dict[str, Any] | None = None
    public_key: str = ""  # of the pending request (to check a signed poll), or of the enrolled device
    request: dict[str, Any] | None = None


def _latest_events(session: Any, device_id: str | None = None) -> dict[str, AuditEvent]:
    query = select(AuditEvent).where(col(AuditEvent.entity) == ENROLLMENT,
                                     col(AuditEvent.action).in_([ACTION_RECEIVED, ACTION_GRANTED, ACTION_REJECTED]))
    if device_id is not None:
        query = query.where(col(AuditEvent.entity_id) == device_id)
    latest: dict[str, AuditEvent] = {}
    for event in session.scalars(query.order_by(col(AuditEvent.seq))):
        latest[event.entity_id] = event
    return latest


def _event_state(event: AuditEvent) -> EnrollmentState:
    data = json.loads(event.after_json or "{}")
    if event.action == ACTION_RECEIVED:
        body = data["request"]["request"]
        return EnrollmentState(event.entity_id, "pending", data.get("code", ""), event.at,
                               public_key=str(body.get("public_key", "")), request=data["request"])
    if event.action == ACTION_REJECTED:
        request = data.get("request") or {}
        body = request.get("request") or {}
        return EnrollmentState(event.entity_id, "rejected", data.get("code", ""), event.at, data.get("reason", ""),
                               public_key=str(body.get("public_key", "")), request=request)
    grant = data.get("grant") or {}
    return EnrollmentState(event.entity_id, "approved", data.get("code", ""), event.at, grant=grant,
                           public_key=str((grant.get("grant") or {}).get("device_public_key", "")))


def enrollment_state(hub: Hub, device_id: str) -> EnrollmentState | None:
    """The device's enrollment: an enrolled (or revoked) device's registry row wins over requests."""
    with hub.db.read() as session:
        device = session.get(HubDevice, device_id)
        event = _latest_events(session, device_id).get(device_id)
    if device is not None:
        code = verification_code(device.device_id, device.public_key)
        if device.status == "revoked":
            return EnrollmentState(device_id, "revoked", code, reason=device.revoked_reason,
                                   public_key=device.public_key)
        grant = None
        if event is not None and event.action == ACTION_GRANTED:
            grant = _event_state(event).grant
            if (grant or {}).get("grant", {}).get("device_public_key") != device.public_key:
                grant = None
        return EnrollmentState(device_id, "approved", code, device.enrolled_at.isoformat(), grant=grant,
                               public_key=device.public_key)
    return _event_state(event) if event is not None else None


def current_grant(hub: Hub, device_id: str, url: str = "") -> dict[str, Any]:
    """The grant an enrolled device fetches: the one kept at approval, or (approved before grants were kept)
    a fresh one signed now with the device's registered scope."""
    state = enrollment_state(hub, device_id)
    if state is None or state.status != "approved":
        raise NotFoundError("该设备尚未获批")
    if state.grant:
        return state.grant
    with hub.db.read() as session:
        device = session.get(HubDevice, device_id)
    if device is None:
        raise NotFoundError("该设备尚未获批")
    return _signed_grant(hub.key(), hub.recipients(), device, url)


def receive_request(hub: Hub, request: dict[str, Any]) -> EnrollmentState:
    """A request sent over the network: check it and keep it as pending (idempotent: the same device and key
    again changes nothing). Refuses a revoked device, and a second key for a device already known."""
    body = _check_request(request)
    device_id, public_key = body["device_id"], body["public_key"]
    code = verification_code(device_id, public_key)
    state = enrollment_state(hub, device_id)
    if state is not None and state.status == "revoked":
        raise DeviceRevokedError(f"本机已被中院停用（{state.reason}），不能重新登记；请与中院联系")
    if state is not None and state.public_key != public_key and state.status in ("approved", "pending"):
        raise EnrollmentConflictError("登记申请", "该设备已有另一把密钥的登记或申请（核对码不同）："
                                       "请中院先驳回或停用旧的，再重新申请")
    if state is not None and state.status in ("approved", "pending"):
        return state
    if state is not None and state.status == "rejected" and state.request is not None \
            and state.request.get("signature") == request.get("signature"):
        return state  # the very request that was rejected, sent again: still rejected
    with hub.db.read() as session:
        waiting = sum(1 for e in _latest_events(session).values() if e.action == ACTION_RECEIVED)
    if waiting >= MAX_PENDING:
        raise EnrollmentConflictError("登记申请", f"中院已有 {waiting} 份待批准的申请，暂不受理新申请：请联系中院先处理")
    clean = {"request": body, "signature": str(request["signature"])}
    with hub.db.write(HUB_ACTOR, ACTION_RECEIVED) as session:
        hub.db.audit(session, entity=ENROLLMENT, entity_id=device_id,
                     after={"request": clean, "code": code, "tag": str(body.get("device_tag", ""))[:16]})
    return EnrollmentState(device_id, "pending", code, utcnow().isoformat(), public_key=public_key, request=clean)


def _pending(hub: Hub) -> list[EnrollmentState]:
    with hub.db.read() as session:
        latest = _latest_events(session)
        enrolled = set(session.scalars(select(HubDevice.device_id).where(  # type: ignore[call-overload]
            col(HubDevice.device_id).in_(list(latest)))))
    return [_event_state(e) for e in sorted(latest.values(), key=lambda e: e.seq or 0)
            if e.action == ACTION_RECEIVED and e.entity_id not in enrolled]


def _view(hub: Hub, state: EnrollmentState) -> PendingView:
    body = (state.request or {}).get("request") or {}
    court_id, tribunal_id = str(body.get("court_id", "")), str(body.get("tribunal_id", ""))
    with hub.db.read() as session:
        court = session.get(Court, court_id) if court_id else None
        tribunal = session.get(Tribunal, tribunal_id) if tribunal_id else None
    return PendingView(state.device_id, str(body.get("device_tag", "")), str(body.get("device_name", "")),
                       court.short_name if court else "", tribunal_id, state.at, state.code,
                       tribunal.name if tribunal else "")


def pending_requests(hub: Hub) -> list[PendingView]:
    """Requests waiting for approval, oldest first."""
    return [_view(hub, state) for state in _pending(hub)]


def _find_pending(hub: Hub, device_ref: str) -> EnrollmentState:
    ref = device_ref.strip()
    wanted = ref.upper()
    pending = _pending(hub)
    matches = [s for s in pending if s.device_id == ref or s.code == wanted
               or str(((s.request or {}).get("request") or {}).get("device_tag", "")).upper() == wanted]
    if not matches:
        raise NotFoundError(f"没有设备「{ref}」的待批准申请：可查看待批准的申请", code="no_pending_request")
    if len(matches) > 1:
        raise ValidationError("设备", f"「{ref}」对应 {len(matches)} 份申请：请改用设备 ID 或核对码")
    return matches[0]


def approve_pending(hub: Hub, device_ref: str, *, tribunal: str | None = None, court: str | None = None,
                    url: str = "") -> dict[str, Any]:
    """Approve a pending request (by device id, tag or verification code): register the device and sign its
    grant, which is kept so the device fetches it (``fuyuan device enroll --url``). Returns the signed grant."""
    state = _find_pending(hub, device_ref)
    assert state.request is not None
    return approve(hub, state.request, tribunal=tribunal, court=court, url=url)


def reject_pending(hub: Hub, device_ref: str, reason: str) -> PendingView:
    """Reject a pending request; the device is told ``reason`` when it asks. It may send a new request later."""
    if not reason.strip():
        raise ValidationError("驳回原因", "请写明驳回原因（设备会向使用者显示）", field="reason", code="required")
    state = _find_pending(hub, device_ref)
    view = _view(hub, state)
    with hub.db.write(HUB_ACTOR, ACTION_REJECTED) as session:
        hub.db.audit(session, entity=ENROLLMENT, entity_id=state.device_id,
                     after={"request": state.request, "code": state.code, "reason": reason.strip()[:300]})
    return view


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
        raise ValidationError("停用原因", "请写明停用原因（设备会向使用者显示）", field="reason", code="required")
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
        raise NotFoundError(f"找不到设备「{ref}」：可查看已登记的设备", code="unknown_device")
    return device  # type: ignore[no-any-return]


def list_devices(hub: Hub) -> list[DeviceView]:
    with hub.db.read() as session:
        courts = {c.id: c.short_name for c in session.scalars(select(Court))}
        devices = list(session.scalars(select(HubDevice).order_by(col(HubDevice.enrolled_at))))
    return [DeviceView(d.device_id, d.tag, d.name, courts.get(d.court_id, ""), d.tribunal_id, d.status, d.acked_hlc,
                       d.last_seq, d.last_bundle_at.isoformat() if d.last_bundle_at else "", d.revoked_reason,
                       d.gap_note, d.enrolled_at.isoformat() if d.enrolled_at else "") for d in devices]


def revocations(session: Any) -> list[dict[str, str]]:
    rows = session.scalars(select(HubDevice).where(col(HubDevice.status) == "revoked"))
    return [{"device_id": d.device_id, "tag": d.tag, "reason": d.revoked_reason,
             "at": d.revoked_at.isoformat() if d.revoked_at else ""} for d in rows]
