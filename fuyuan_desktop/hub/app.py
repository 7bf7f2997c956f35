"""The hub's HTTP service (FastAPI): devices upload the same bundle bytes as on a USB stick, resumably, and
get the signed receipt back. Every request is signed with the device's enrolled Ed25519 key; a signature is
accepted once (replay cache) and only within ``MAX_SKEW`` of the hub's clock.

Enrollment: ``POST /v1/enrollments`` takes the same self-signed request as the file, kept as pending until hub
staff approve it; the device polls ``GET /v1/enrollments/{device_id}`` (signed with the key in its request).
Imports run in a worker thread, one at a time per hub, so the event loop keeps answering during a long import.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.hub.registry import (
    DeviceRevokedError,
    EnrollmentConflictError,
    EnrollmentState,
    Hub,
    current_grant,
    enrollment_state,
    open_hub,
    receive_request,
)
from fuyuan_desktop.store.sync_models import HubDevice, SyncBundle
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import MAX_VOLUME

MAX_SKEW = timedelta(hours=24)  # laptop clocks are wrong; within it a signature is accepted once (ReplayGuard)
MAX_REQUEST_BYTES = 16 * 1024  # an enrollment request is well under 1 KB
MAX_IMPORT_REQUEST_BYTES = 64 * 1024  # the list of volume hashes of one bundle
# One device's source address may ask to enroll this often, and keep this many requests waiting at once.
ENROLLMENTS_PER_MINUTE = 20
PENDING_PER_SOURCE = 10
_BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")
_DEVICE_ID = re.compile(r"^[0-9a-zA-Z]{1,32}$")

_IMPORT_LOCKS: dict[str, threading.Lock] = {}
_IMPORT_LOCKS_GUARD = threading.Lock()


def import_lock(hub: Hub) -> threading.Lock:
    """One lock per hub (its folder) for every import in this process: two uploads never import at once."""
    name = str(hub.root.resolve())
    with _IMPORT_LOCKS_GUARD:
        return _IMPORT_LOCKS.setdefault(name, threading.Lock())


async def read_capped(request: Request, limit: int, what: str) -> bytes:
    """The request body, read as it streams and refused (413) the moment it passes ``limit``: a client that
    declares or sends more never gets it buffered."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"{what}过大（上限 {limit:,} 字节）")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"{what}过大（上限 {limit:,} 字节）")
    return bytes(body)


class EnrollmentLimiter:
    """Per source address: at most ``per_minute`` enrollment requests a minute and ``pending`` waiting requests
    (in memory: a restarted hub forgets, and the hub-wide cap on pending requests still holds)."""

    def __init__(self, per_minute: int = ENROLLMENTS_PER_MINUTE, pending: int = PENDING_PER_SOURCE) -> None:
        self.per_minute, self.pending = per_minute, pending
        self._recent: dict[str, list[datetime]] = {}
        self._waiting: dict[str, set[str]] = {}
        self._lock = threading.Lock()

    def admit(self, source: str) -> None:
        now = datetime.now(UTC)
        with self._lock:
            recent = [t for t in self._recent.get(source, []) if now - t < timedelta(minutes=1)]
            if len(recent) >= self.per_minute:
                raise HTTPException(429, "登记申请过于频繁，请一分钟后再试")
            if len(self._waiting.get(source, ())) >= self.pending:
                raise HTTPException(429, f"同一来源已有 {self.pending} 份待批准的申请：请联系中院先处理")
            recent.append(now)
            self._recent[source] = recent

    def waiting(self, source: str, device_id: str) -> None:
        with self._lock:
            self._waiting.setdefault(source, set()).add(device_id)


class ReplayGuard:
    """Signatures seen within the skew window, in memory (a restarted hub forgets them; the stamp check still
    bounds a replay to ``MAX_SKEW``). Entries expire when their stamp leaves the window."""

    def __init__(self, window: timedelta = MAX_SKEW) -> None:
        self.window = window
        self._seen: dict[tuple[str, str], datetime] = {}
        self._expiry: list[tuple[datetime, tuple[str, str]]] = []
        self._lock = threading.Lock()

    def first_use(self, device_id: str, signature: str, stamp: datetime) -> bool:
        """True the first time this (device, signature) is offered; False for a replay."""
        now = datetime.now(UTC)
        key = (device_id, signature)
        with self._lock:
            while self._expiry and self._expiry[0][0] < now:
                _, old = heapq.heappop(self._expiry)
                self._seen.pop(old, None)
            if key in self._seen:
                return False
            expires = stamp + self.window
            self._seen[key] = expires
            heapq.heappush(self._expiry, (expires, key))
            return True

    def __len__(self) -> int:
        return len(self._seen)


def request_message(method: str, path: str, stamp: str, content_sha256: str) -> bytes:
    return f"{method}\n{path}\n{stamp}\n{content_sha256}".encode()


def _check_signature(request: Request, guard: ReplayGuard, device_id: str, public_key: str,
                     content_sha256: str) -> None:
    stamp = request.headers.get("x-fuyuan-time", "")
    signature = request.headers.get("x-fuyuan-signature", "")
    message = request_message(request.method, request.url.path, stamp, content_sha256)
    if not crypto.verify(public_key, message, signature):
        raise HTTPException(401, "请求签名不符")
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        raise HTTPException(401, "请求时间格式不对") from None
    if when.tzinfo is None:
        raise HTTPException(401, "请求时间缺少时区")
    if abs(datetime.now(UTC) - when) > MAX_SKEW:
        raise HTTPException(401, "请求时间与中院相差超过一天：请校对本机时钟")
    if not guard.first_use(device_id, signature, when):
        raise HTTPException(401, "重复的请求（签名已用过），已拒绝：如非本机重发，请向中院报告")


def _not_enrolled(state: EnrollmentState | None) -> str:
    if state is not None and state.status == "pending":
        return (f"本机的登记申请尚待中院批准（核对码 {state.code}）：批准并安装授权"
                "之后才能上传数据")
    if state is not None and state.status == "rejected":
        return f"本机的登记申请已被中院驳回：{state.reason}"
    return "该设备未在本中院登记"


def _authenticate(hub: Hub, guard: ReplayGuard, request: Request, content_sha256: str) -> HubDevice:
    """The enrolled, active device that signed this request; refuses anyone else with a reason."""
    device_id = request.headers.get("x-fuyuan-device", "")
    with hub.db.read() as session:
        device = session.get(HubDevice, device_id)
    if device is None:
        state = enrollment_state(hub, device_id) if _DEVICE_ID.match(device_id) else None
        if state is not None and state.status in ("pending", "rejected"):
            _check_signature(request, guard, device_id, state.public_key, content_sha256)
        raise HTTPException(401, _not_enrolled(state))
    _check_signature(request, guard, device_id, device.public_key, content_sha256)
    if device.status == "revoked":
        raise HTTPException(403, f"本机已被中院停用：{device.revoked_reason}")
    if device.status != "active":
        raise HTTPException(401, "该设备未在本中院登记")
    return device


def _incoming(hub: Hub, device: HubDevice, bundle_id: str, index: int) -> Path:
    if not _BUNDLE_ID.match(bundle_id) or not 0 <= index < 1000:
        raise HTTPException(400, "数据包编号或分卷号不对")
    folder = hub.root / "incoming" / device.device_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder / (f"{bundle_id}.fyb" if index == 0 else f"{bundle_id}.fyb.{index + 1:03d}")


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Fuyuan hub", version=__version__)
    guard = ReplayGuard()
    app.state.replay_guard = guard

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    limiter = EnrollmentLimiter()
    app.state.enrollment_limiter = limiter

    @app.post("/v1/enrollments")
    async def post_enrollment(request: Request) -> JSONResponse:
        source = request.client.host if request.client else ""
        limiter.admit(source)
        body = await read_capped(request, MAX_REQUEST_BYTES, "登记申请")
        try:
            data = json.loads(body)
        except ValueError:
            raise HTTPException(400, "登记申请不是有效的 JSON") from None
        if not isinstance(data, dict):
            raise HTTPException(400, "登记申请格式不对")
        try:
            state = await run_in_threadpool(receive_request, hub, data)
        except DeviceRevokedError as exc:
            raise HTTPException(403, str(exc)) from None
        except EnrollmentConflictError as exc:
            raise HTTPException(409, str(exc)) from None
        except ValidationError as exc:
            raise HTTPException(400, str(exc)) from None
        if state.status == "pending":
            limiter.waiting(source, state.device_id)
        return JSONResponse(_enrollment_answer(state), 200 if state.status != "pending" else 202)

    @app.get("/v1/enrollments/{device_id}")
    def get_enrollment(device_id: str, request: Request) -> JSONResponse:
        if request.headers.get("x-fuyuan-device", "") != device_id or not _DEVICE_ID.match(device_id):
            raise HTTPException(401, "请求的设备与签名的设备不一致")
        state = enrollment_state(hub, device_id)
        if state is None:
            raise HTTPException(404, "中院没有收到本机的登记申请：请先经网络发送登记申请")
        _check_signature(request, guard, device_id, state.public_key, "")
        if state.status == "revoked":
            raise HTTPException(403, f"本机已被中院停用：{state.reason}")
        answer = _enrollment_answer(state)
        if state.status == "approved":
            answer["grant"] = current_grant(hub, device_id)
        return JSONResponse(answer, 202 if state.status == "pending" else 200)

    @app.get("/v1/bundles/{bundle_id}/volumes/{index}")
    def volume_status(bundle_id: str, index: int, request: Request) -> dict[str, int]:
        device = _authenticate(hub, guard, request, "")
        path = _incoming(hub, device, bundle_id, index)
        return {"size": path.stat().st_size if path.exists() else 0}

    @app.put("/v1/bundles/{bundle_id}/volumes/{index}")
    async def put_volume(bundle_id: str, index: int, offset: int, request: Request) -> dict[str, int]:
        declared = request.headers.get("x-fuyuan-content-sha256", "")
        device = await run_in_threadpool(_authenticate, hub, guard, request, declared)
        path = _incoming(hub, device, bundle_id, index)
        have = path.stat().st_size if path.exists() else 0
        if offset != have:
            raise HTTPException(409, f"续传位置不对：中院已有 {have} 字节")
        declared_size = request.headers.get("content-length", "")
        if declared_size.isdigit() and have + int(declared_size) > MAX_VOLUME:
            raise HTTPException(413, "分卷超过大小上限")
        digest = hashlib.sha256()
        with path.open("ab") as out:
            start = out.tell()
            async for chunk in request.stream():
                digest.update(chunk)
                out.write(chunk)
                if out.tell() > MAX_VOLUME:  # streamed to disk, never held: stop at the volume cap
                    out.truncate(start)
                    raise HTTPException(413, "分卷超过大小上限")
            if digest.hexdigest() != declared:
                out.truncate(start)
                raise HTTPException(400, "分段校验值不符，已丢弃，请重传")
        return {"size": path.stat().st_size}

    @app.post("/v1/bundles/{bundle_id}/import")
    async def import_uploaded(bundle_id: str, request: Request) -> JSONResponse:
        body = await read_capped(request, MAX_IMPORT_REQUEST_BYTES, "导入请求")
        device = await run_in_threadpool(_authenticate, hub, guard, request, hashlib.sha256(body).hexdigest())
        try:
            spec = json.loads(body)
            sha256s = [str(s) for s in spec["volumes"]]
        except (ValueError, KeyError, TypeError):
            raise HTTPException(400, "导入请求格式不对") from None
        if not 0 < len(sha256s) <= 1000:
            raise HTTPException(400, "导入请求格式不对：分卷数不对")
        paths = [_incoming(hub, device, bundle_id, i) for i in range(len(sha256s))]
        return await run_in_threadpool(_import, hub, paths, sha256s, device.receipt_recipient)

    @app.get("/v1/receipts/{bundle_id}")
    def get_receipt(bundle_id: str, request: Request) -> dict[str, Any]:
        device = _authenticate(hub, guard, request, "")
        with hub.db.read() as session:
            bundle = session.get(SyncBundle, bundle_id)
        if bundle is None or bundle.device_id != device.device_id:
            raise HTTPException(404, "中院没有这个数据包的回执")
        return sealed_receipt(json.loads(bundle.receipt_json), device.receipt_recipient)

    return app


def _enrollment_answer(state: EnrollmentState) -> dict[str, Any]:
    answer: dict[str, Any] = {"status": state.status, "code": state.code, "device_id": state.device_id}
    if state.status == "rejected":
        answer["reason"] = state.reason
    if state.status == "pending":
        answer["message"] = f"申请已送达中院，等待批准。核对码 {state.code}"
    return answer


def sealed_receipt(receipt: dict[str, Any], recipient: str) -> dict[str, Any]:
    """A receipt in an HTTP answer: age-encrypted to the device when the hub has its key, so merged rows and
    official numbers are unreadable on a court network without TLS too; the signed JSON for older enrollments."""
    if not recipient:
        return {"receipt": receipt}
    data = json.dumps(receipt, ensure_ascii=False).encode("utf-8")
    return {"receipt_sealed": crypto.b64(crypto.encrypt_to(recipient, data))}


def _import(hub: Hub, paths: list[Path], sha256s: list[str], recipient: str = "") -> JSONResponse:
    """In a worker thread, under the hub's import lock: check the uploaded volumes, import, clean up."""
    from fuyuan_desktop.hub.ingest import import_bundle

    with import_lock(hub):
        for path, expected in zip(paths, sha256s, strict=True):
            if not path.exists() or _sha256(path) != expected:
                raise HTTPException(409, f"分卷 {path.name} 不完整，请续传")
        try:
            outcome = import_bundle(hub, paths[0])
        except FuyuanError as exc:
            return JSONResponse({"status": "rejected", "code": getattr(exc, "code", ""), "message": str(exc)}, 422)
        finally:
            for path in paths:
                path.unlink(missing_ok=True)
    return JSONResponse({"status": outcome.status, "message": outcome.message,
                         **sealed_receipt(outcome.receipt, recipient)})


def _sha256(path: Path) -> str:
    from fuyuan_desktop.sync.container import sha256_file

    return sha256_file(path)


def serve(root: Path, url: str | None, *, host: str, port: int, certfile: str | None = None,
          keyfile: str | None = None) -> None:
    """``fuyuan hub serve``: run uvicorn in the foreground."""
    import uvicorn

    hub = open_hub(root, url)
    hub.key()  # refuse to serve an uninitialised hub
    uvicorn.run(create_app(hub), host=host, port=port, ssl_certfile=certfile, ssl_keyfile=keyfile,
                log_level="warning")
