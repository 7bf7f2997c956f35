"""The device's network client (httpx): enroll over the network, push the bundle's volumes resumably, then
fetch the signed receipt."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from fuyuan_desktop.domain.errors import FuyuanError
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import MAX_VOLUME, Progress, sha256_file
from fuyuan_desktop.sync.enrollment import (
    EnrollResult,
    current_peer,
    device_key,
    install_grant,
    make_request,
    request_code,
    self_device,
    verification_code,
)
from fuyuan_desktop.sync.export import export_bundle
from fuyuan_desktop.sync.receipt import ReceiptResult, apply_receipt

UPLOAD_CHUNK = 8 * 1024 * 1024
RETRIES = 5


class NetworkSyncError(FuyuanError):
    """The hub could not be reached or refused the upload; the message says what to do."""


class RevokedByHubError(NetworkSyncError):
    """The hub answered that this device is revoked."""


def request_message(method: str, path: str, stamp: str, content_sha256: str) -> bytes:
    return f"{method}\n{path}\n{stamp}\n{content_sha256}".encode()


@dataclass
class NetworkResult:
    bundle_id: str
    status: str
    message: str
    receipt: ReceiptResult | None


class HubClient:
    """Signed requests to one hub."""

    def __init__(self, db: Database, url: str, *, verify: Any = True, timeout: float = 60.0) -> None:
        self.base = url.rstrip("/")
        self.device_id = self_device(db).id
        key = device_key(db)
        self.signing_key = key.signing_key
        self.age_identity = key.age_identity  # opens receipts the hub encrypted to this device
        if isinstance(verify, str | Path):  # a CA file (the court's own certificate authority)
            import ssl

            verify = ssl.create_default_context(cafile=str(verify))
        self.http = httpx.Client(base_url=self.base, verify=verify, timeout=timeout)
        self._last_stamp: datetime | None = None

    def _stamp(self) -> str:
        """Strictly increasing request times: the hub accepts a signature once, and a coarse clock (Windows:
        ~15 ms) could otherwise give two requests to the same path the same stamp, hence the same signature."""
        now = utcnow()
        if self._last_stamp is not None and now <= self._last_stamp:
            now = self._last_stamp + timedelta(microseconds=1)
        self._last_stamp = now
        return now.isoformat()

    def _headers(self, method: str, path: str, content_sha256: str) -> dict[str, str]:
        stamp = self._stamp()
        return {"x-fuyuan-device": self.device_id, "x-fuyuan-time": stamp, "x-fuyuan-content-sha256": content_sha256,
                "x-fuyuan-signature": crypto.sign(self.signing_key, request_message(method, path, stamp, content_sha256))}

    def _call(self, method: str, path: str, *, content: bytes = b"", params: dict[str, Any] | None = None,
              content_sha256: str | None = None) -> httpx.Response:
        digest = content_sha256 if content_sha256 is not None else (hashlib.sha256(content).hexdigest() if content else "")
        last: Exception | None = None
        for attempt in range(RETRIES):
            try:
                response = self.http.request(method, path, content=content or None, params=params,
                                             headers=self._headers(method, path, digest))
            except httpx.TransportError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):  # not transient: retrying cannot help
                    raise NetworkSyncError(f"无法验证中院端 {self.base} 的证书：请确认地址，或指定中院的证书",
                                           code="certificate_unverified") from exc
                last = exc
                time.sleep(min(0.2 * 2**attempt, 5))
                continue
            if response.status_code == 403:
                raise RevokedByHubError(self._detail(response))
            if response.status_code >= 500:
                last = NetworkSyncError(f"中院端出错（{response.status_code}）")
                time.sleep(min(0.2 * 2**attempt, 5))
                continue
            return response
        raise NetworkSyncError(f"连不上中院端 {self.base}：{last}。数据仍在本机，可改用 U 盘导出。")

    @staticmethod
    def _detail(response: httpx.Response) -> str:
        try:
            data = response.json()
        except ValueError:
            return response.text[:200]
        return str(data.get("detail") or data.get("message") or data)

    def upload(self, bundle_id: str, volumes: list[Path], progress: Progress | None = None, *,
               chunk_size: int = UPLOAD_CHUNK, stop_after: int | None = None) -> None:
        """Send every volume from where the hub's copy ends (so an interrupted upload resumes).
        ``stop_after`` ends the upload after that many chunks, as a dropped connection would."""
        sent_chunks = 0
        total = sum(p.stat().st_size for p in volumes)
        done = 0
        for index, path in enumerate(volumes):
            route = f"/v1/bundles/{bundle_id}/volumes/{index}"
            status = self._call("GET", route)
            if status.status_code != 200:
                raise NetworkSyncError(f"中院端拒绝：{self._detail(status)}")
            offset = int(status.json()["size"])
            size = path.stat().st_size
            done += offset
            with path.open("rb") as src:
                src.seek(offset)
                while offset < size:
                    if stop_after is not None and sent_chunks >= stop_after:
                        raise NetworkSyncError("上传中断")
                    chunk = src.read(chunk_size)
                    response = self._call("PUT", route, content=chunk, params={"offset": offset})
                    if response.status_code == 409:  # the hub has a different amount: ask and resume there
                        offset = int(self._call("GET", route).json()["size"])
                        src.seek(offset)
                        continue
                    if response.status_code != 200:
                        raise NetworkSyncError(f"中院端拒绝：{self._detail(response)}")
                    offset += len(chunk)
                    done += len(chunk)
                    sent_chunks += 1
                    if progress is not None:
                        progress(done, total)

    def finish(self, bundle_id: str, volumes: list[Path]) -> dict[str, Any]:
        spec = json.dumps({"volumes": [sha256_file(p) for p in volumes]}).encode()
        response = self._call("POST", f"/v1/bundles/{bundle_id}/import", content=spec)
        data = response.json()
        if response.status_code == 422:
            raise NetworkSyncError(f"中院拒收数据包：{data.get('message')}")
        if response.status_code != 200:
            raise NetworkSyncError(f"中院端拒绝：{self._detail(response)}")
        return {**data, "receipt": self.open_receipt(data)}

    def receipt(self, bundle_id: str) -> dict[str, Any] | None:
        response = self._call("GET", f"/v1/receipts/{bundle_id}")
        return self.open_receipt(response.json()) if response.status_code == 200 else None

    def open_receipt(self, answer: dict[str, Any]) -> dict[str, Any]:
        """The signed receipt in an answer: decrypted with this device's key when the hub sealed it."""
        sealed = answer.get("receipt_sealed")
        if sealed is None:
            return answer.get("receipt", answer)  # type: ignore[no-any-return]
        try:
            plain = crypto.decrypt_with(self.age_identity, crypto.unb64(str(sealed)))
            receipt = json.loads(plain.decode("utf-8"))
        except Exception as exc:
            raise NetworkSyncError("中院端的回执无法用本机密钥解密：请与中院核对本机的登记") from exc
        if not isinstance(receipt, dict):
            raise NetworkSyncError("中院端的回执格式不对")
        return receipt

    def close(self) -> None:
        self.http.close()


@dataclass
class EnrollmentAnswer:
    """What the hub said about this device's enrollment request."""

    status: str  # pending | approved | rejected
    code: str  # the verification code (both sides show it)
    message: str
    reason: str = ""
    result: EnrollResult | None = None


def _client(db: Database, url: str, verify: Any) -> HubClient:
    if not url:
        raise NetworkSyncError("请给出中院端地址", code="no_hub_url")
    return HubClient(db, url, verify=verify, timeout=30.0)


def _check_code(data: dict[str, Any], code: str) -> None:
    if data.get("code") and data.get("code") != code:
        raise NetworkSyncError(f"中院端收到的申请核对码（{data.get('code')}）与本机（{code}）不符：申请在传输中被改动，"
                               "请勿继续，并与中院联系")


def send_enrollment_request(db: Database, url: str, *, verify: Any = True) -> EnrollmentAnswer:
    """``fuyuan device request --url``: send the self-signed request (the same as the file) to the hub."""
    request = make_request(db)
    code = request_code(request)
    client = _client(db, url, verify)
    try:
        response = client._call("POST", "/v1/enrollments", content=json.dumps(request, ensure_ascii=False).encode())
    finally:
        client.close()
    if response.status_code not in (200, 202):
        raise NetworkSyncError(f"中院端未受理登记申请：{client._detail(response)}")
    data = response.json()
    _check_code(data, code)
    if data.get("status") == "approved":
        return EnrollmentAnswer("approved", code, "本机已获中院批准：请经网络取回并安装授权")
    return EnrollmentAnswer("pending", code, f"登记申请已送达中院。请把核对码 {code} 告诉中院工作人员，"
                                             "批准后经网络取回并安装授权")


def fetch_enrollment(db: Database, url: str, *, verify: Any = True) -> EnrollmentAnswer:
    """``fuyuan device enroll --url``: ask once; install the grant if approved (verified as a grant file is)."""
    device = self_device(db)
    code = verification_code(device.id, crypto.public_of(device_key(db).signing_key))
    client = _client(db, url, verify)
    try:
        response = client._call("GET", f"/v1/enrollments/{device.id}")
    finally:
        client.close()
    if response.status_code not in (200, 202):
        raise NetworkSyncError(f"中院端答复：{client._detail(response)}",
                               code="no_request_at_hub" if response.status_code == 404 else None)
    data = response.json()
    _check_code(data, code)
    status = str(data.get("status", ""))
    if status == "pending":
        return EnrollmentAnswer("pending", code, f"仍在等待中院批准，核对码 {code}")
    if status == "rejected":
        reason = str(data.get("reason", ""))
        return EnrollmentAnswer("rejected", code, f"中院驳回了本机的登记申请：{reason}", reason=reason)
    if status != "approved" or not isinstance(data.get("grant"), dict):
        raise NetworkSyncError("中院端的答复格式不对")
    result = install_grant(db, data["grant"], url=client.base)
    return EnrollmentAnswer("approved", code, f"已安装中院授权：本机可向「{result.hub_name}」同步数据。", result=result)


def sync_over_http(db: Database, blob_store: BlobStore, *, workdir: Path, url: str | None, actor: str,
                   verify: Any = True, volume_size: int = MAX_VOLUME, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> NetworkResult:
    """Export, push the same bytes a USB stick would carry, import at the hub, apply the receipt."""
    peer = current_peer(db)
    target = url or peer.url
    if not target:
        raise NetworkSyncError("没有中院端地址：请给出地址，或请中院在授权中写入地址", code="no_hub_url")
    outbox = Path(tempfile.mkdtemp(prefix="outbox-", dir=workdir if workdir.exists() else None))
    client = HubClient(db, target, verify=verify)
    try:
        return _push(db, blob_store, client, outbox, workdir=workdir, actor=actor, volume_size=volume_size,
                     progress=progress, cancel=cancel)
    except RevokedByHubError as exc:
        _note(db, peer.hub_id, str(exc), revoked=True)
        raise
    except NetworkSyncError as exc:
        _note(db, peer.hub_id, str(exc))
        raise
    finally:
        client.close()
        shutil.rmtree(outbox, ignore_errors=True)


def _note(db: Database, hub_id: str, message: str, *, revoked: bool = False) -> None:
    """Keep the last error (and a revocation the hub announced) for the 同步 page."""
    from fuyuan_desktop.store.sync_models import SyncPeer

    with db.write("system", "记录同步错误") as session:
        peer = session.get(SyncPeer, hub_id)
        if peer is not None:
            peer.last_error = message[:500]
            if revoked:
                peer.revoked, peer.revoked_reason = True, message[:300]


def _push(db: Database, blob_store: BlobStore, client: HubClient, outbox: Path, *, workdir: Path, actor: str,
          volume_size: int, progress: Progress | None, cancel: threading.Event | None) -> NetworkResult:
    exported = export_bundle(db, blob_store, outbox, workdir=workdir, actor=actor, volume_size=volume_size,
                             cancel=cancel)
    client.upload(exported.bundle_id, exported.files, progress)
    answer = client.finish(exported.bundle_id, exported.files)
    result = apply_receipt(db, answer["receipt"], actor=actor)
    numbers = f"，正式案号 {len(result.official_numbers)} 个" if result.official_numbers else ""
    settings = "".join(f"；参考数据更新：{c['text']}" for c in result.settings_changed)
    return NetworkResult(exported.bundle_id, answer["status"], f"{answer['message']}{numbers}{settings}", result)
