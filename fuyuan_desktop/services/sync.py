"""Sync use cases for the GUI and the CLI: status, enrollment files, export to a stick, receipts, network, conflicts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fuyuan_desktop.services.context import ServiceContext
from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.sync.conflicts import (
    ConflictView,
    QuarantineView,
    list_conflicts,
    list_quarantine,
    resolve_conflict,
)
from fuyuan_desktop.sync.enrollment import EnrollResult, install_grant, make_request, read_json, write_json
from fuyuan_desktop.sync.export import ExportResult, export_bundle
from fuyuan_desktop.sync.receipt import ReceiptResult, apply_receipt, load_receipt
from fuyuan_desktop.sync.status import SyncStatus, sync_status

if TYPE_CHECKING:  # httpx loads only when the network is used
    from fuyuan_desktop.sync.client import EnrollmentAnswer

Progress = Callable[[int, int], None]

__all__ = [
    "ConflictView",
    "EnrollResult",
    "ExportResult",
    "QuarantineView",
    "ReceiptResult",
    "SyncStatus",
    "apply_receipt_file",
    "conflicts",
    "export_to",
    "install_grant_file",
    "network_sync",
    "quarantine",
    "resolve",
    "status",
    "write_request",
]


def status(ctx: ServiceContext) -> SyncStatus:
    return sync_status(ctx.db)


def write_request(ctx: ServiceContext, path: Path) -> str:
    """Write the enrollment request; returns the device tag to tell the hub."""
    require(ctx, "sync.enroll")
    request = make_request(ctx.db)
    write_json(path, request)
    return str(request["request"]["device_tag"])


def request_over_network(ctx: ServiceContext, url: str) -> EnrollmentAnswer:
    """Send this device's enrollment request to the hub at ``url``; the answer carries the verification code."""
    from fuyuan_desktop.sync.client import send_enrollment_request

    require(ctx, "sync.enroll")
    return send_enrollment_request(ctx.db, checked_url(url))


def fetch_grant_over_network(ctx: ServiceContext, url: str) -> EnrollmentAnswer:
    """Ask the hub once whether the request was approved; an approved grant is verified and installed."""
    from fuyuan_desktop.sync.client import fetch_enrollment

    require(ctx, "sync.enroll")
    return fetch_enrollment(ctx.db, checked_url(url))


def checked_url(url: str) -> str:
    from fuyuan_desktop.domain.errors import ValidationError

    url = url.strip()
    if not url.startswith(("http://", "https://")) or len(url) < 10:
        raise ValidationError("中院端地址", "请填写完整的地址，如 https://10.22.1.5:8443")
    return url


def install_grant_file(ctx: ServiceContext, path: Path) -> EnrollResult:
    require(ctx, "sync.enroll")
    return install_grant(ctx.db, read_json(path, "授权文件"))


def export_to(ctx: ServiceContext, paths: DataPaths, folder: Path, *, volume_size: int | None = None,
              progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    require(ctx, "sync.export")
    extra = {} if volume_size is None else {"volume_size": volume_size}
    return export_bundle(ctx.db, BlobStore(paths.blobs, key=ctx.db.data_key), folder, workdir=paths.root / "tmp", actor=ctx.actor,
                         progress=progress, cancel=cancel, **extra)


def apply_receipt_file(ctx: ServiceContext, path: Path) -> ReceiptResult:
    require(ctx, "sync.receipt")
    return apply_receipt(ctx.db, load_receipt(path, ctx.db), actor=ctx.actor)


def network_sync(ctx: ServiceContext, paths: DataPaths, *, url: str | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None) -> str:
    from fuyuan_desktop.sync.client import sync_over_http

    require(ctx, "sync.export")
    require(ctx, "sync.receipt")
    result = sync_over_http(ctx.db, BlobStore(paths.blobs, key=ctx.db.data_key), workdir=paths.root / "tmp", url=url, actor=ctx.actor,
                            progress=progress, cancel=cancel)
    return result.message


def conflicts(ctx: ServiceContext, *, include_resolved: bool = False) -> list[ConflictView]:
    return list_conflicts(ctx.db, include_resolved=include_resolved)


def quarantine(ctx: ServiceContext) -> list[QuarantineView]:
    return list_quarantine(ctx.db)


def resolve(ctx: ServiceContext, conflict_id: str, *, restore: bool) -> ConflictView:
    require(ctx, "sync.resolve")
    return resolve_conflict(ctx.db, conflict_id, restore=restore, actor=ctx.actor)
