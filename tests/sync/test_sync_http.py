"""Network sync over real loopback HTTP: uvicorn serving the hub, httpx on the laptop, signed requests, resume."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from fuyuan_desktop.demo import generate_demo
from fuyuan_desktop.hub.registry import Hub, revoke
from fuyuan_desktop.services.cases import list_cases
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.models import Dispute
from fuyuan_desktop.sync.client import HubClient, NetworkSyncError, sync_over_http
from fuyuan_desktop.sync.container import sha256_file
from fuyuan_desktop.sync.export import pending_counts
from fuyuan_desktop.sync.receipt import apply_receipt
from sync.sync_support import ACTOR, Laptop, self_signed, serving


def _sync(laptop: Laptop, url: str) -> object:
    return sync_over_http(laptop.db, BlobStore(laptop.paths.blobs), workdir=laptop.paths.root / "tmp", url=url,
                          actor=ACTOR)


@pytest.mark.slow
def test_push_and_receipt_over_http(make_laptop: Callable[..., Laptop], hub: Hub, served: str) -> None:
    assert httpx.get(f"{served}/v1/health").json()["status"] == "ok"
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=20, seed=31)
    result = _sync(laptop, served)
    assert result.status == "applied"  # type: ignore[attr-defined]
    assert pending_counts(laptop.db) == {}
    with hub.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dispute)) == 20
    assert all(c.official_number for c in list_cases(laptop.ctx, limit=20))
    # Nothing new: a second sync sends an empty bundle and changes nothing.
    again = _sync(laptop, served)
    assert "新增 0" in again.message  # type: ignore[attr-defined]


@pytest.mark.slow
def test_an_interrupted_upload_resumes_where_it_stopped(make_laptop: Callable[..., Laptop], hub: Hub,
                                                        served: str) -> None:
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=30, seed=32)
    exported = laptop.export(volume_size=64 * 1024)
    client = HubClient(laptop.db, served)
    try:
        with pytest.raises(NetworkSyncError):
            client.upload(exported.bundle_id, exported.files, chunk_size=16 * 1024, stop_after=5)
        status = client._call("GET", f"/v1/bundles/{exported.bundle_id}/volumes/1").json()
        assert status["size"] == 16 * 1024, "the hub kept what arrived"
        client.upload(exported.bundle_id, exported.files, chunk_size=16 * 1024)
        answer = client.finish(exported.bundle_id, exported.files)
        assert answer["status"] == "applied"
        assert client.receipt(exported.bundle_id) == answer["receipt"]
    finally:
        client.close()


def test_unsigned_and_revoked_requests_are_refused(make_laptop: Callable[..., Laptop], hub: Hub,
                                                   served: str) -> None:
    laptop = make_laptop()
    anonymous = httpx.get(f"{served}/v1/bundles/{'0' * 32}/volumes/0")
    assert anonymous.status_code == 401
    revoke(hub, laptop.db.device_id, "设备移交他人")
    with pytest.raises(NetworkSyncError, match="设备移交他人"):
        _sync(laptop, served)
    from fuyuan_desktop.sync.status import sync_status

    status = sync_status(laptop.db)
    assert status.revoked and "设备移交他人" in status.problem


@pytest.mark.slow
def test_sync_over_https_with_the_courts_certificate(make_laptop: Callable[..., Laptop], hub: Hub,
                                                     hub_url: str | None, tmp_path: Path) -> None:
    if hub_url is not None:
        pytest.skip("TLS is the transport's business; once is enough")
    cert, key = self_signed(tmp_path)
    with serving(hub, certfile=cert, keyfile=key) as url:
        laptop = make_laptop()
        generate_demo(laptop.ctx, disputes=3, seed=33)
        with pytest.raises(NetworkSyncError, match="证书"):  # without the court's certificate the laptop refuses to talk
            sync_over_http(laptop.db, BlobStore(laptop.paths.blobs), workdir=laptop.paths.root / "tmp", url=url,
                           actor=ACTOR)
        result = sync_over_http(laptop.db, BlobStore(laptop.paths.blobs), workdir=laptop.paths.root / "tmp",
                                url=url, actor=ACTOR, verify=str(cert))
        assert result.status == "applied" and pending_counts(laptop.db) == {}


@pytest.mark.slow
def test_the_receipt_in_the_http_answer_is_encrypted_to_the_device(
        make_laptop: Callable[..., Laptop], hub: Hub, served: str) -> None:
    """On a court network without TLS the answer must not show the merged rows or the official numbers."""
    laptop = make_laptop()
    generate_demo(laptop.ctx, disputes=5, seed=33)
    exported = laptop.export()
    client = HubClient(laptop.db, served)
    try:
        client.upload(exported.bundle_id, exported.files)
        spec = json.dumps({"volumes": [sha256_file(p) for p in exported.files]}).encode()
        raw = client._call("POST", f"/v1/bundles/{exported.bundle_id}/import", content=spec)
        assert raw.status_code == 200 and "receipt" not in raw.json() and raw.json()["receipt_sealed"]
        answer = client.open_receipt(raw.json())
        official = answer["receipt"]["official_numbers"][0]["official_number"]
        assert official not in raw.text and "诉前调" not in raw.text
        fetched = client._call("GET", f"/v1/receipts/{exported.bundle_id}")
        assert official not in fetched.text and client.open_receipt(fetched.json()) == answer
        assert apply_receipt(laptop.db, answer, actor=ACTOR).official_numbers
    finally:
        client.close()
