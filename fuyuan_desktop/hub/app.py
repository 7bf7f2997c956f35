"""The hub's HTTP service (FastAPI): devices upload the same bundle bytes as on a USB stick, resumably, and
get the signed receipt back. Every request is signed with the device's enrolled Ed25519 key.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from fuyuan_desktop import __version__
from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.hub.registry import Hub, open_hub
from fuyuan_desktop.store.sync_models import HubDevice, SyncBundle
from fuyuan_desktop.sync import crypto

MAX_SKEW = timedelta(hours=24)  # laptop clocks are wrong; replaying an upload is harmless (imports are idempotent)
_BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")


def request_message(method: str, path: str, stamp: str, content_sha256: str) -> bytes:
    return f"{method}\n{path}\n{stamp}\n{content_sha256}".encode()


def _authenticate(hub: Hub, request: Request, content_sha256: str) -> HubDevice:
    device_id = request.headers.get("x-fuyuan-device", "")
    stamp = request.headers.get("x-fuyuan-time", "")
    signature = request.headers.get("x-fuyuan-signature", "")
    with hub.db.read() as session:
        device = session.get(HubDevice, device_id)
    if device is None:
        raise HTTPException(401, "该设备未在本中院登记")
    message = request_message(request.method, request.url.path, stamp, content_sha256)
    if not crypto.verify(device.public_key, message, signature):
        raise HTTPException(401, "请求签名不符")
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        raise HTTPException(401, "请求时间格式不对") from None
    if abs(datetime.now(UTC) - when) > MAX_SKEW:
        raise HTTPException(401, "请求时间与中院相差超过一天：请校对本机时钟")
    if device.status == "revoked":
        raise HTTPException(403, f"本机已被中院停用：{device.revoked_reason}")
    return device


def _incoming(hub: Hub, device: HubDevice, bundle_id: str, index: int) -> Path:
    if not _BUNDLE_ID.match(bundle_id) or not 0 <= index < 1000:
        raise HTTPException(400, "数据包编号或分卷号不对")
    folder = hub.root / "incoming" / device.device_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder / (f"{bundle_id}.fyb" if index == 0 else f"{bundle_id}.fyb.{index + 1:03d}")


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Fuyuan hub", version=__version__)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/bundles/{bundle_id}/volumes/{index}")
    def volume_status(bundle_id: str, index: int, request: Request) -> dict[str, int]:
        device = _authenticate(hub, request, "")
        path = _incoming(hub, device, bundle_id, index)
        return {"size": path.stat().st_size if path.exists() else 0}

    @app.put("/v1/bundles/{bundle_id}/volumes/{index}")
    async def put_volume(bundle_id: str, index: int, offset: int, request: Request) -> dict[str, int]:
        declared = request.headers.get("x-fuyuan-content-sha256", "")
        device = _authenticate(hub, request, declared)
        path = _incoming(hub, device, bundle_id, index)
        have = path.stat().st_size if path.exists() else 0
        if offset != have:
            raise HTTPException(409, f"续传位置不对：中院已有 {have} 字节")
        digest = hashlib.sha256()
        with path.open("ab") as out:
            start = out.tell()
            async for chunk in request.stream():
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != declared:
                out.truncate(start)
                raise HTTPException(400, "分段校验值不符，已丢弃，请重传")
        return {"size": path.stat().st_size}

    @app.post("/v1/bundles/{bundle_id}/import")
    async def import_uploaded(bundle_id: str, request: Request) -> JSONResponse:
        from fuyuan_desktop.hub.ingest import import_bundle

        body = await request.body()
        device = _authenticate(hub, request, hashlib.sha256(body).hexdigest())
        try:
            spec = json.loads(body)
            sha256s = [str(s) for s in spec["volumes"]]
        except (ValueError, KeyError, TypeError):
            raise HTTPException(400, "导入请求格式不对") from None
        paths = [_incoming(hub, device, bundle_id, i) for i in range(len(sha256s))]
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
        return JSONResponse({"status": outcome.status, "message": outcome.message, "receipt": outcome.receipt})

    @app.get("/v1/receipts/{bundle_id}")
    def get_receipt(bundle_id: str, request: Request) -> dict[str, Any]:
        device = _authenticate(hub, request, "")
        with hub.db.read() as session:
            bundle = session.get(SyncBundle, bundle_id)
        if bundle is None or bundle.device_id != device.device_id:
            raise HTTPException(404, "中院没有这个数据包的回执")
        return json.loads(bundle.receipt_json)  # type: ignore[no-any-return]

    return app


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
