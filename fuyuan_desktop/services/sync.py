"""Sync use cases for the GUI and the CLI: status, enrollment files, export to a stick, receipts, network, conflicts."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fuyuan_desktop.services.permissions import require
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.sync.conflicts import (
    ConflictView,
    QuarantineView,
    list_conflicts,
    list_quarantine,
    resolve_conflict,
)
from fuyuan_desktop.sync.container import Cancelled
from fuyuan_desktop.sync.enrollment import (
    EnrollResult,
    install_grant,
    make_request,
    read_json,
    request_code,
    write_json,
)
from fuyuan_desktop.sync.export import ExportResult, export_bundle
from fuyuan_desktop.sync.receipt import ReceiptResult, apply_receipt, load_receipt
from fuyuan_desktop.sync.status import TABLE_LABELS, SyncStatus, sync_status

if TYPE_CHECKING:  # httpx loads only when the network is used
    from fuyuan_desktop.sync.client import EnrollmentAnswer, NetworkResult

Progress = Callable[[int, int], None]

__all__ = [
    "TABLE_LABELS",
    "Cancelled",
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
    "write_request_file",
]


def not_demo(ctx: Workspace) -> None:
    """A demo workspace never talks to the court: no enrollment, no bundle, no network sync."""
    from fuyuan_desktop.domain.errors import FuyuanError

    if ctx.paths is not None and ctx.paths.is_demo:
        raise FuyuanError("这是演示工作区：演示数据不登记、不同步到法院", code="demo_workspace")


def status(ctx: Workspace) -> SyncStatus:
    return sync_status(ctx.db)


def write_request(ctx: Workspace, path: Path) -> str:
    """Write the enrollment request; returns the device tag to tell the hub."""
    return str(write_request_file(ctx, path)["device_tag"])


def write_request_file(ctx: Workspace, path: Path) -> dict[str, Any]:
    """Write the enrollment request to ``path``; returns what it says (device, tag, key) and its ``code``,
    the verification code the hub's staff compare before approving."""
    require(ctx, "sync.enroll")
    not_demo(ctx)
    request = make_request(ctx.db)
    write_json(path, request)
    return {**request["request"], "code": request_code(request)}


def request_over_network(ctx: Workspace, url: str, *, verify: bool | str = True) -> EnrollmentAnswer:
    """Send this device's enrollment request to the hub at ``url``; the answer carries the verification code.
    ``verify``: the court's CA file for HTTPS, or True for the system's."""
    from fuyuan_desktop.sync.client import send_enrollment_request

    require(ctx, "sync.enroll")
    not_demo(ctx)
    return send_enrollment_request(ctx.db, checked_url(url), verify=verify)


def fetch_grant_over_network(ctx: Workspace, url: str, *, verify: bool | str = True) -> EnrollmentAnswer:
    """Ask the hub once whether the request was approved; an approved grant is verified and installed."""
    from fuyuan_desktop.sync.client import fetch_enrollment

    require(ctx, "sync.enroll")
    not_demo(ctx)
    return fetch_enrollment(ctx.db, checked_url(url), verify=verify)


def checked_url(url: str) -> str:
    from fuyuan_desktop.domain.errors import ValidationError

    url = url.strip()
    if not url.startswith(("http://", "https://")) or len(url) < 10:
        raise ValidationError("中院端地址", "请填写完整的地址，如 https://10.22.1.5:8443", field="url")
    return url


def install_grant_file(ctx: Workspace, path: Path) -> EnrollResult:
    require(ctx, "sync.enroll")
    not_demo(ctx)
    return install_grant(ctx.db, read_json(path, "授权文件"))


def export_to(ctx: Workspace, folder: Path, *, volume_size: int | None = None,
              progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    require(ctx, "sync.export")
    not_demo(ctx)
    extra = {} if volume_size is None else {"volume_size": volume_size}
    return export_bundle(ctx.db, ctx.blobs, folder, workdir=ctx.data_paths.root / "tmp", actor=ctx.actor,
                         progress=progress, cancel=cancel, **extra)


def apply_receipt_file(ctx: Workspace, path: Path) -> ReceiptResult:
    require(ctx, "sync.receipt")
    return apply_receipt(ctx.db, load_receipt(path, ctx.db), actor=ctx.actor)


def write_receipt_list(ctx: Workspace, result: ReceiptResult) -> Path | None:
    """Every official number and quarantined record a receipt brought, as a CSV (UTF-8 with BOM, opens in Excel)
    in the data folder's ``receipts/``; ``None`` when there is nothing to list. The terminal shows a summary."""
    import csv

    if not result.official_numbers and not result.quarantined:
        return None
    folder = ctx.data_paths.root / "receipts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"回执-{result.bundle_id[-12:] or 'receipt'}.csv"
    tmp = path.with_name(f".{path.name}.part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["类别", "临时编号", "正式案号", "记录", "原因"])
        for item in result.official_numbers:
            writer.writerow(["正式案号", item.get("provisional_number", ""), item.get("official_number", ""), "", ""])
        for item in result.quarantined:
            label = TABLE_LABELS.get(str(item.get("table", "")), str(item.get("table", "")))
            writer.writerow(["被隔离", "", "", f"{label} {str(item.get('row_id', ''))[-8:]}", item.get("reason", "")])
    tmp.replace(path)
    return path


def network_sync(ctx: Workspace, *, url: str | None = None, verify: bool | str = True,
                 progress: Progress | None = None, cancel: threading.Event | None = None) -> NetworkResult:
    """Send what the hub lacks over the court network and apply its receipt (``verify``: a CA file or True)."""
    from fuyuan_desktop.sync.client import sync_over_http  # httpx: only when the network is used

    require(ctx, "sync.export")
    require(ctx, "sync.receipt")
    not_demo(ctx)
    return sync_over_http(ctx.db, ctx.blobs, workdir=ctx.data_paths.root / "tmp", url=url, actor=ctx.actor,
                          verify=verify, progress=progress, cancel=cancel)


def conflicts(ctx: Workspace, *, include_resolved: bool = False) -> list[ConflictView]:
    return list_conflicts(ctx.db, include_resolved=include_resolved)


def quarantine(ctx: Workspace) -> list[QuarantineView]:
    return list_quarantine(ctx.db)


def resolve(ctx: Workspace, conflict_id: str, *, restore: bool) -> ConflictView:
    require(ctx, "sync.resolve")
    return resolve_conflict(ctx.db, conflict_id, restore=restore, actor=ctx.actor)
