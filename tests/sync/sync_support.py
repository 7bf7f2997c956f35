"""Helpers for the sync tests: laptops, database dumps, bundle surgery (kept out of conftest so tests import them)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import SQLModel

from fuyuan_desktop.hub.registry import Hub
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.container import (
    MANIFEST,
    SIGNATURE,
    PlainBundle,
    decrypt_bundle,
    encrypt_to_volumes,
    volumes_of,
)
from fuyuan_desktop.sync.enrollment import device_key
from fuyuan_desktop.sync.export import ExportResult, export_bundle

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
ACTOR = "测试书记员"


def pg_unavailable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL at 127.0.0.1:5432 unreachable ({type(exc).__name__}); start it with .ci/run"


@dataclass
class Laptop:
    """An initialised, enrolled device with its data folder."""

    ctx: Workspace
    paths: DataPaths
    usb: Path

    @property
    def db(self) -> Any:
        return self.ctx.db

    def export(self, **kwargs: Any) -> ExportResult:
        return export_bundle(self.db, BlobStore(self.paths.blobs), self.usb, workdir=self.paths.root / "tmp",
                             actor=ACTOR, **kwargs)


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every model table (and the Alembic version), in primary-key order: compare before/after."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            keys = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            out[table.name] = [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {keys}'))]
        out["alembic_version"] = [tuple(r) for r in conn.execute(text("SELECT * FROM alembic_version"))]
    return out


def repack(first: Path, hub: Hub, laptop: Laptop, dest: Path,
           mutate: Callable[[dict[str, Any], dict[str, bytes]], None], *, sign_with: str | None = None) -> Path:
    """Open a bundle with the hub's key, change it, and seal it again with the device's own key (a buggy or
    hostile sender can do exactly this): what the hub must withstand beyond crypto."""
    with decrypt_bundle(volumes_of(first), hub.key().age_identity, dest / "scratch") as opened:
        members = {n: opened.read_member(n) for n in opened.infos if n not in (MANIFEST, SIGNATURE)}
        manifest = {k: v for k, v in opened.manifest.items() if k != "members"}
    mutate(manifest, members)
    plain = PlainBundle(dest / "scratch")
    try:
        for name, data in members.items():
            plain.add_bytes(name, data)
        plain.seal(manifest, sign_with or device_key(laptop.db).signing_key)
        files = encrypt_to_volumes(plain.path, dest, f"repacked-{uuid.uuid4().hex[:8]}", "\n".join(hub.recipients()))
    finally:
        plain.discard()
    return files[0]


def repack_raw_manifest(first: Path, hub: Hub, laptop: Laptop, dest: Path, member: str, sha256: str) -> Path:
    """Re-seal a bundle whose manifest lists a wrong hash for ``member`` (signed, so only the hash check can fail)."""
    import tarfile

    from fuyuan_desktop.sync import crypto

    with decrypt_bundle(volumes_of(first), hub.key().age_identity, dest / "scratch") as opened:
        members = {n: opened.read_member(n) for n in opened.infos if n not in (MANIFEST, SIGNATURE)}
        manifest = dict(opened.manifest)
    manifest["members"] = {**manifest["members"], member: {**manifest["members"][member], "sha256": sha256}}
    body = crypto.canonical(manifest)
    dest.mkdir(parents=True, exist_ok=True)
    plain = dest / "plain.tar"
    with tarfile.open(plain, "w") as tar:
        import io

        for name, data in [*members.items(), (MANIFEST, body),
                           (SIGNATURE, crypto.sign(device_key(laptop.db).signing_key, body).encode())]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    files = encrypt_to_volumes(plain, dest, "raw", "\n".join(hub.recipients()))
    plain.unlink()
    return files[0]


def shared_builders() -> Any:
    """tests/conftest.py's intake builders (``person``, ``intake_input``); ``import conftest`` here finds ours."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location("fuyuan_tests_shared", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def serving(hub: Hub, *, certfile: Path | None = None, keyfile: Path | None = None) -> Iterator[str]:
    """The hub's HTTP service on a free loopback port (uvicorn in a thread), HTTPS with a certificate: its URL."""
    import socket
    import threading
    import time

    import uvicorn

    from fuyuan_desktop.hub.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    tls = {"ssl_certfile": str(certfile), "ssl_keyfile": str(keyfile)} if certfile else {}
    server = uvicorn.Server(uvicorn.Config(create_app(hub), host="127.0.0.1", port=port, log_level="warning", **tls))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"{'https' if certfile else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (as a court's own CA would issue for the hub), and its key."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fuyuan-hub")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "hub.crt", folder / "hub.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path
