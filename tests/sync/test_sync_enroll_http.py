"""Enrollment over real loopback HTTP (uvicorn + httpx), and the hub service's hardening: a pending or rejected
device can do nothing, a signed request is accepted once, imports run off the event loop one at a time."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.domain.errors import NotFoundError, ValidationError
from fuyuan_desktop.hub.app import ReplayGuard, import_lock
from fuyuan_desktop.hub.registry import (
    Hub,
    approve,
    approve_pending,
    enrollment_state,
    list_devices,
    pending_requests,
    reject_pending,
    revoke,
)
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Dispute
from fuyuan_desktop.store.sync_models import HubDevice
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.client import (
    HubClient,
    NetworkResult,
    NetworkSyncError,
    RevokedByHubError,
    fetch_enrollment,
    send_enrollment_request,
    sync_over_http,
)
from fuyuan_desktop.sync.enrollment import current_peer, make_request, request_code, verification_code
from fuyuan_desktop.sync.export import pending_counts
from sync.sync_support import ACTOR, Laptop, self_signed, serving


def _sync(laptop: Laptop, url: str | None) -> NetworkResult:
    return sync_over_http(laptop.db, BlobStore(laptop.paths.blobs), workdir=laptop.paths.root / "tmp", url=url,
                          actor=ACTOR)


def _refusal(laptop: Laptop, url: str, route: str) -> httpx.Response:
    client = HubClient(laptop.db, url)
    try:
        return client._call("GET", route)
    finally:
        client.close()


@pytest.mark.slow
def test_request_approve_enroll_and_sync_over_http(make_laptop: Callable[..., Laptop], hub: Hub,
                                                   served: str) -> None:
    laptop = make_laptop("a", enroll=False)
    generate_demo(laptop.ctx, disputes=12, seed=41)
    sent = send_enrollment_request(laptop.db, served)
    assert sent.status == "pending" and sent.code in sent.message
    assert sent.code == verification_code(laptop.db.device_id, make_request(laptop.db)["request"]["public_key"])

    [pending] = pending_requests(hub)
    assert (pending.device_id, pending.code) == (laptop.db.device_id, sent.code)
    assert pending.tag and pending.requested_at
    assert list_devices(hub) == [], "a pending request is not an enrolled device"
    with hub.db.read() as session:
        assert session.get(HubDevice, laptop.db.device_id) is None
    assert send_enrollment_request(laptop.db, served).code == sent.code, "asking again is idempotent"
    assert len(pending_requests(hub)) == 1

    waiting = fetch_enrollment(laptop.db, served)
    assert waiting.status == "pending" and waiting.message == f"仍在等待中院批准，核对码 {sent.code}"

    # Before approval the device may not upload, import or fetch receipts — each refusal says why.
    for route in (f"/v1/bundles/{'a' * 32}/volumes/0", f"/v1/receipts/{'a' * 32}"):
        refused = _refusal(laptop, served, route)
        assert refused.status_code == 401 and "尚待中院批准" in refused.json()["detail"]
        assert sent.code in refused.json()["detail"]
    client = HubClient(laptop.db, served)
    try:
        spec = json.dumps({"volumes": ["0" * 64]}).encode()
        refused = client._call("POST", f"/v1/bundles/{'a' * 32}/import", content=spec)
        assert refused.status_code == 401 and "尚待中院批准" in refused.json()["detail"]
        bogus = laptop.paths.root / "bogus.fyb"
        bogus.write_bytes(b"x" * 1000)
        with pytest.raises(NetworkSyncError, match="尚待中院批准"):
            client.upload("b" * 32, [bogus])
    finally:
        client.close()
    assert not (hub.root / "incoming" / laptop.db.device_id).exists()

    grant = approve_pending(hub, pending.tag, court="吉07")
    assert grant["grant"]["device_id"] == laptop.db.device_id
    assert pending_requests(hub) == []
    [device] = list_devices(hub)
    assert device.status == "active" and device.court

    enrolled = fetch_enrollment(laptop.db, served)
    assert enrolled.status == "approved" and enrolled.result is not None
    assert enrolled.result.hub_key_code == hub.key_code()
    assert current_peer(laptop.db).url == served, "the grant names no address: the one used is kept"

    result = _sync(laptop, None)  # the address came with enrollment
    assert result.status == "applied" and result.receipt is not None
    assert pending_counts(laptop.db) == {}
    with hub.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dispute)) == 12
    assert all(c.official_number for c in list_cases(laptop.ctx, limit=20))
    again = fetch_enrollment(laptop.db, served)
    assert again.status == "approved", "fetching the grant twice is harmless"


def test_rejected_device_is_told_why_and_may_ask_again(make_laptop: Callable[..., Laptop], hub: Hub,
                                                       served: str, hub_url: str | None) -> None:
    if hub_url is not None:
        pytest.skip("the registry logic is the same on PostgreSQL; the full exchange runs there above")
    laptop = make_laptop("b", enroll=False)
    sent = send_enrollment_request(laptop.db, served)
    with pytest.raises(ValidationError, match="驳回原因"):
        reject_pending(hub, sent.code, "  ")
    with pytest.raises(NotFoundError):
        reject_pending(hub, "ZZZZ-ZZZZ", "不是本院设备")
    view = reject_pending(hub, sent.code, "不是本院设备")  # by verification code
    assert view.device_id == laptop.db.device_id
    assert pending_requests(hub) == []
    answer = fetch_enrollment(laptop.db, served)
    assert answer.status == "rejected" and answer.reason == "不是本院设备"
    assert "驳回" in answer.message and "不是本院设备" in answer.message
    refused = _refusal(laptop, served, f"/v1/bundles/{'c' * 32}/volumes/0")
    assert refused.status_code == 401 and "已被中院驳回：不是本院设备" in refused.json()["detail"]
    with pytest.raises(NotFoundError):
        approve_pending(hub, laptop.db.device_id)

    # The very request that was rejected, replayed, stays rejected; a new request from the laptop is pending.
    state = enrollment_state(hub, laptop.db.device_id)
    assert state is not None and state.request is not None
    replayed = httpx.post(f"{served}/v1/enrollments", content=json.dumps(state.request))
    assert replayed.json()["status"] == "rejected"
    assert send_enrollment_request(laptop.db, served).status == "pending"
    assert [p.device_id for p in pending_requests(hub)] == [laptop.db.device_id]


def test_bad_requests_and_conflicts_are_refused(make_laptop: Callable[..., Laptop], hub: Hub, served: str,
                                                hub_url: str | None, tmp_path: Path) -> None:
    if hub_url is not None:
        pytest.skip("HTTP status mapping; once is enough")
    laptop = make_laptop("c", enroll=False)
    request = make_request(laptop.db)
    tampered = json.loads(json.dumps(request))
    tampered["request"]["device_name"] = "别人的电脑"
    answer = httpx.post(f"{served}/v1/enrollments", content=json.dumps(tampered))
    assert answer.status_code == 400 and "签名不符" in answer.json()["detail"]
    assert httpx.post(f"{served}/v1/enrollments", content=b"not json").status_code == 400
    assert httpx.post(f"{served}/v1/enrollments", content=b"{" + b" " * 20000 + b"}").status_code == 413
    assert pending_requests(hub) == []

    assert httpx.post(f"{served}/v1/enrollments", content=json.dumps(request)).status_code == 202
    # Someone else claims the same device id with another key: refused while the first is pending.
    other_key = crypto.new_signing_key()
    body = {**request["request"], "public_key": crypto.public_of(other_key)}
    impostor = {"request": body, "signature": crypto.sign(other_key, crypto.canonical(body))}
    answer = httpx.post(f"{served}/v1/enrollments", content=json.dumps(impostor))
    assert answer.status_code == 409 and "另一把密钥" in answer.json()["detail"]
    [pending] = pending_requests(hub)
    assert pending.code == request_code(request) != request_code(impostor)

    # The file route still works and answers the network poll too.
    grant = approve(hub, request, court="吉07")
    assert pending_requests(hub) == []
    fetched = fetch_enrollment(laptop.db, served)
    assert fetched.status == "approved" and fetched.result is not None
    assert json.loads(current_peer(laptop.db).grant_json) == grant

    # A revoked device cannot enroll again over the network.
    revoke(hub, laptop.db.device_id, "笔记本遗失")
    with pytest.raises(RevokedByHubError, match="笔记本遗失"):
        send_enrollment_request(laptop.db, served)
    with pytest.raises(RevokedByHubError, match="笔记本遗失"):
        fetch_enrollment(laptop.db, served)

    stranger = make_laptop("d", enroll=False)
    with pytest.raises(NetworkSyncError, match="没有收到本机的登记申请"):
        fetch_enrollment(stranger.db, served)


def test_a_replayed_signed_request_is_refused(make_laptop: Callable[..., Laptop], hub: Hub, served: str,
                                              hub_url: str | None) -> None:
    if hub_url is not None:
        pytest.skip("the replay cache is in memory, not in the database")
    laptop = make_laptop("e")
    route = f"/v1/bundles/{'d' * 32}/volumes/0"
    client = HubClient(laptop.db, served)
    try:
        headers = client._headers("GET", route, "")
        first = httpx.get(f"{served}{route}", headers=headers)
        assert first.status_code == 200 and first.json() == {"size": 0}
        replay = httpx.get(f"{served}{route}", headers=headers)
        assert replay.status_code == 401 and "重复的请求" in replay.json()["detail"]
        # The client's own requests never repeat a signature, however fast they follow one another.
        assert all(client._call("GET", route).status_code == 200 for _ in range(20))
        stale = utcnow_minus(timedelta(hours=25))
        old = {**headers, "x-fuyuan-time": stale,
               "x-fuyuan-signature": crypto.sign(client.signing_key, f"GET\n{route}\n{stale}\n".encode())}
        answer = httpx.get(f"{served}{route}", headers=old)
        assert answer.status_code == 401 and "相差超过一天" in answer.json()["detail"]
    finally:
        client.close()
    # The same for the enrollment poll, which is signed with the key in the request.
    fresh = make_laptop("f", enroll=False)
    send_enrollment_request(fresh.db, served)
    client = HubClient(fresh.db, served)
    try:
        path = f"/v1/enrollments/{fresh.db.device_id}"
        headers = client._headers("GET", path, "")
        assert httpx.get(f"{served}{path}", headers=headers).status_code == 202
        assert httpx.get(f"{served}{path}", headers=headers).status_code == 401
        wrong = {**client._headers("GET", path, ""), "x-fuyuan-device": laptop.db.device_id}
        assert httpx.get(f"{served}{path}", headers=wrong).status_code == 401
    finally:
        client.close()


def utcnow_minus(delta: timedelta) -> str:
    return (datetime.now(UTC) - delta).isoformat()


def test_replay_guard_forgets_signatures_once_their_stamp_is_out_of_the_window() -> None:
    guard = ReplayGuard(timedelta(seconds=0.2))
    now = datetime.now(UTC)
    assert guard.first_use("dev", "sig-1", now)
    assert not guard.first_use("dev", "sig-1", now)
    assert guard.first_use("other", "sig-1", now), "the cache is per device"
    assert len(guard) == 2
    time.sleep(0.3)
    assert guard.first_use("dev", "sig-2", datetime.now(UTC))
    assert len(guard) == 1, "expired entries are dropped (the stamp check refuses them anyway)"


@pytest.mark.slow
def test_imports_run_off_the_event_loop_one_at_a_time(make_laptop: Callable[..., Laptop], hub: Hub, served: str,
                                                      hub_url: str | None) -> None:
    if hub_url is not None:
        pytest.skip("the lock is the service's, whatever the database")
    laptop = make_laptop("g")
    generate_demo(laptop.ctx, disputes=5, seed=42)
    outcome: list[object] = []
    lock = import_lock(hub)
    lock.acquire()
    try:
        worker = threading.Thread(target=lambda: outcome.append(_sync(laptop, served)), daemon=True)
        worker.start()
        incoming = hub.root / "incoming" / laptop.db.device_id
        deadline = time.monotonic() + 60
        while not (incoming.exists() and any(incoming.iterdir())):
            assert time.monotonic() < deadline and worker.is_alive(), "the upload did not start"
            time.sleep(0.05)
        worker.join(timeout=3)
        assert worker.is_alive(), "the import waits while another one holds the hub's import lock"
        # ... and meanwhile the service keeps answering.
        health = httpx.get(f"{served}/v1/health", timeout=5)
        assert health.status_code == 200
        assert worker.is_alive()
    finally:
        lock.release()
    worker.join(timeout=60)
    assert not worker.is_alive()
    [result] = outcome
    assert isinstance(result, NetworkResult) and result.status == "applied"
    assert pending_counts(laptop.db) == {}


def test_enrollment_over_https_needs_the_courts_certificate(make_laptop: Callable[..., Laptop], hub: Hub,
                                                            hub_url: str | None, tmp_path: Path) -> None:
    """The laptop cannot check the hub's key before its first grant: TLS with the court's CA closes that gap."""
    if hub_url is not None:
        pytest.skip("TLS is the transport's business; once is enough")
    cert, key = self_signed(tmp_path)
    with serving(hub, certfile=cert, keyfile=key) as url:
        laptop = make_laptop("h", enroll=False)
        with pytest.raises(NetworkSyncError, match="证书"):
            send_enrollment_request(laptop.db, url)
        assert pending_requests(hub) == []
        sent = send_enrollment_request(laptop.db, url, verify=str(cert))
        approve_pending(hub, sent.code, court="吉07")
        enrolled = fetch_enrollment(laptop.db, url, verify=str(cert))
        assert enrolled.status == "approved" and current_peer(laptop.db).url == url
