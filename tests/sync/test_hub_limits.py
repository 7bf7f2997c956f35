"""Hub limits over real loopback HTTP: bodies capped while they stream (before any buffering or signature
check), enrollment requests rate-limited and capped per source with names checked, manifests capped before
parsing, link members refused; and a bounded run of hostile requests after which the hub still answers."""

from __future__ import annotations

import json
import random
import tarfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from fuyuan_desktop.hub.app import EnrollmentLimiter
from fuyuan_desktop.hub.ingest import import_bundle
from fuyuan_desktop.hub.registry import Hub, init_hub, open_hub
from fuyuan_desktop.services.setup import initialize
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import MANIFEST, MAX_MANIFEST_BYTES, SIGNATURE, BundleFault, encrypt_to_volumes
from fuyuan_desktop.sync.enrollment import device_key, make_request
from sync.sync_support import serving

HOSTILE_REQUESTS = 300


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Iterator[Hub]:
    init_hub(tmp_path / "hub")
    hub = open_hub(tmp_path / "hub")
    yield hub
    hub.db.close()


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"x" * size
        sent += size


def test_bodies_are_refused_while_they_stream(sqlite_hub: Hub) -> None:
    with serving(sqlite_hub) as url:
        # declared too large: refused on the header, nothing read
        answer = httpx.post(f"{url}/v1/enrollments", content=_chunks(500 * 1024 * 1024),
                            headers={"content-length": str(500 * 1024 * 1024)}, timeout=30)
        assert answer.status_code == 413
        # undeclared (chunked): refused once the cap passes, the rest never buffered
        answer = httpx.post(f"{url}/v1/enrollments", content=_chunks(8 * 1024 * 1024), timeout=30)
        assert answer.status_code == 413
        answer = httpx.post(f"{url}/v1/bundles/{'a' * 32}/import", content=_chunks(4 * 1024 * 1024), timeout=30)
        assert answer.status_code == 413
        assert httpx.get(f"{url}/v1/health").json()["status"] == "ok"


def _signed(laptop_db: object, **changes: str) -> dict[str, object]:
    request = make_request(laptop_db)  # type: ignore[arg-type]
    body = {**request["request"], **changes}
    return {"request": body, "signature": crypto.sign(device_key(laptop_db).signing_key,  # type: ignore[arg-type]
                                                      crypto.canonical(body))}


@pytest.mark.slow
def test_enrollment_requests_are_rate_limited_capped_and_their_names_checked(sqlite_hub: Hub,
                                                                             tmp_path: Path) -> None:
    laptop = initialize(DataPaths(tmp_path / "laptop"), actor="书记员")
    with serving(sqlite_hub) as url:
        for name in ("<b>伯都</b>", "伯都\u202e法庭", "伯都\u200b", "伯都\x07"):
            answer = httpx.post(f"{url}/v1/enrollments", content=json.dumps(_signed(laptop.db, device_name=name)))
            assert answer.status_code == 400 and "device_name" in answer.json()["detail"]
        codes = [httpx.post(f"{url}/v1/enrollments", content=b"{}").status_code for _ in range(30)]
        assert 429 in codes and codes.index(429) <= 20
    limiter = EnrollmentLimiter(per_minute=1000, pending=3)
    for n in range(3):
        limiter.admit("10.0.0.9")
        limiter.waiting("10.0.0.9", f"device{n}")
    with pytest.raises(Exception, match="待批准"):
        limiter.admit("10.0.0.9")
    limiter.admit("10.0.0.10")  # another source is not held up


def _bundle(hub: Hub, dest: Path, members: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    plain = dest / "plain.tar"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(plain, "w") as tar:
        import io

        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return encrypt_to_volumes(plain, dest, "hostile", "\n".join(hub.recipients()))[0]


def _member(name: str, data: bytes = b"", *, kind: bytes = tarfile.REGTYPE, link: str = "") -> tuple[tarfile.TarInfo,
                                                                                                      bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def test_a_huge_manifest_is_refused_before_it_is_read_and_links_are_refused(sqlite_hub: Hub, tmp_path: Path) -> None:
    huge = _bundle(sqlite_hub, tmp_path / "huge", [_member(MANIFEST, b" " * (MAX_MANIFEST_BYTES + 1)),
                                                   _member(SIGNATURE, b"x")])
    with pytest.raises(BundleFault) as refused:
        import_bundle(sqlite_hub, huge)
    assert refused.value.code == "manifest"
    linked = _bundle(sqlite_hub, tmp_path / "linked", [_member("tables/party.ndjson", kind=tarfile.SYMTYPE,
                                                               link="/etc/passwd"),
                                                       _member(MANIFEST, b"{}"), _member(SIGNATURE, b"x")])
    with pytest.raises(BundleFault) as refused:
        import_bundle(sqlite_hub, linked)
    assert refused.value.code == "damaged" and "链接" in str(refused.value)
    assert not list((sqlite_hub.root / "tmp").glob("*"))


def test_hostile_requests_never_crash_or_leak(sqlite_hub: Hub) -> None:
    rng = random.Random(19)
    paths = ["/v1/health", "/v1/enrollments", f"/v1/enrollments/{'a' * 32}", f"/v1/bundles/{'b' * 32}/volumes/0",
             f"/v1/bundles/{'c' * 32}/import", f"/v1/receipts/{'d' * 32}", "/v1/bundles/../../etc/passwd/volumes/0",
             "/v1/enrollments/%00", "/docs", "/openapi.json", "/v1/bundles/x/volumes/-1?offset=-5"]
    headers_pool = [{}, {"x-fuyuan-device": "a" * 32, "x-fuyuan-signature": "AAAA", "x-fuyuan-time": "2026-01-01"},
                    {"x-fuyuan-device": "../../", "x-fuyuan-time": "9999-99-99"}, {"content-length": "99999999999"},
                    {"x-fuyuan-content-sha256": "0" * 64, "x-fuyuan-device": "\u202e".encode()}]  # type: ignore[dict-item]
    statuses: dict[int, int] = {}
    with serving(sqlite_hub) as url, httpx.Client(base_url=url, timeout=30) as client:
        for _ in range(HOSTILE_REQUESTS):
            method = rng.choice(["GET", "POST", "PUT"])
            body = rng.choice([b"", b"{}", b"[]", b"not json", rng.randbytes(rng.randint(1, 4096)),
                               json.dumps({"request": {"format": 1, "device_id": "x"}, "signature": "y"}).encode()])
            headers = {k: v for k, v in rng.choice(headers_pool).items() if k != "content-length"}
            try:
                answer = client.request(method, rng.choice(paths), content=body, headers=headers,
                                        params={"offset": rng.choice(["0", "-1", "x", "99999999999"])})
            except httpx.HTTPError:
                continue
            statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
            assert answer.status_code < 500, (method, answer.status_code, answer.text[:200])
            assert "Traceback" not in answer.text and str(sqlite_hub.root) not in answer.text
        assert client.get("/v1/health").json()["status"] == "ok"
    assert sum(statuses.values()) >= HOSTILE_REQUESTS * 0.9
