"""Hub mode use cases for the GUI: the intermediate court's staff open the hub database in the desktop app to
import bundles (from a stick or a folder), see devices, gaps, received bundles, quarantined records and
conflicts, approve enrollment requests and revoke devices.

Everything here goes through the same functions as the ``fuyuan hub …`` commands, so the GUI and the CLI can
never disagree about what an import or an approval does. The hub's database is a workspace too: the 案件, 府院联动
and 统计 pages read it through ``hub_workspace`` as they read a laptop's store. hub/ keeps its own ``Hub`` (database,
folder, keys) and never imports services; this module is where the two meet.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlmodel import col

from fuyuan_desktop.domain.errors import FuyuanError, ValidationError
from fuyuan_desktop.hub.registry import (
    HUB_ACTOR,
    DeviceView,
    HubNotFoundError,
    PendingView,
    approve,
    approve_pending,
    list_devices,
    locate_hub,
    open_existing_hub,
    open_hub,
    pending_requests,
    recorded_url,
    reject_pending,
    revoke,
)
from fuyuan_desktop.hub.registry import Hub as Hub  # the opened hub, as services hand it to the frontends
from fuyuan_desktop.services.workspace import Workspace
from fuyuan_desktop.store.models import Court, Tribunal
from fuyuan_desktop.store.paths import DataPaths
from fuyuan_desktop.store.sync_models import HubDevice, SyncBundle, SyncConflict, SyncQuarantine
from fuyuan_desktop.sync.enrollment import read_json, write_json

if TYPE_CHECKING:  # the ingest and conflict modules load when a command uses them
    from fuyuan_desktop.hub.ingest import ImportOutcome
    from fuyuan_desktop.hub.registry import HubInfo
    from fuyuan_desktop.sync.conflicts import ConflictView, QuarantineView

Progress = Callable[[int, int], None]
_T = TypeVar("_T")

STATUS_LABELS = {"active": "在用", "revoked": "已停用", "pending": "待批准", "rejected": "已拒绝"}


@dataclass(frozen=True)
class HubOverview:
    hub_id: str
    store: str  # where the database is, password hidden
    backend: str  # SQLite | PostgreSQL
    devices: int
    revoked: int
    bundles: int
    last_bundle_at: str
    gaps: int
    open_conflicts: int
    quarantined: int


@dataclass(frozen=True)
class ImportLine:
    """One file's outcome, in words for the list on the page."""

    path: str
    ok: bool
    status: str  # applied | already | refused
    message: str
    receipt: str = ""


@dataclass(frozen=True)
class BundleView:
    bundle_id: str
    device_tag: str
    seq: int
    received_at: str
    size_mb: float
    rows: int
    stored_path: str


def open_hub_mode(root: Path, url: str | None = None, *, create: bool = False) -> Hub:
    """Open the hub for the desktop app; ``create`` initialises a new hub (keys included) first."""
    if create:
        from fuyuan_desktop.hub.registry import init_hub

        _reachable(lambda: init_hub(root, url), root, url)
    hub = _reachable(lambda: open_existing_hub(root, url), root, url)
    hub.key()  # raises HubNotInitializedError with the command to run
    return hub


def hub_workspace(hub: Hub) -> Workspace:
    """The hub's database as a workspace, acted on by the hub (中院数据中心); its folder holds the blobs."""
    return Workspace(hub.db, HUB_ACTOR, paths=DataPaths(hub.root))


def hub_of(ws: Workspace) -> Hub:
    """The hub behind a workspace made by ``hub_workspace`` or ``open_hub_workspace`` (its keys, its bundles)."""
    return Hub(ws.db, ws.data_paths.root)


def open_hub_workspace(root: Path, url: str | None = None, *, create: bool = False) -> Workspace:
    """Open the hub as a workspace (``open_hub_mode`` then ``hub_workspace``): what the workbench's hub mode gets."""
    return hub_workspace(open_hub_mode(root, url, create=create))


class HubUnreachableError(FuyuanError):
    exit_code = 2


def _reachable(action: Callable[[], _T], root: Path, url: str | None) -> _T:
    """Run ``action``; a database that cannot be reached is said in words (where, and what to check)."""
    from sqlalchemy.exc import OperationalError

    try:
        return action()
    except OperationalError as exc:
        where = make_url(url).render_as_string(hide_password=True) if url else str(root)
        text = str(getattr(exc, "orig", None) or exc).strip()
        reason = text.splitlines()[0][:200] if text else type(exc).__name__
        raise HubUnreachableError(f"连不上中院端数据库 {where}：{reason}。请检查地址、网络和数据库服务。") from exc


def is_initialized(root: Path, url: str | None = None) -> bool:
    """Whether ``root``/``url`` already hold an initialised hub (a fresh folder is not; nothing is created)."""
    try:
        root = locate_hub(root)
    except HubNotFoundError:
        if url is None:
            return False
    hub = _reachable(lambda: open_hub(root, recorded_url(root, url)), root, url)
    try:
        return hub.initialized()
    finally:
        hub.db.engine.dispose()


def local_time(value: Any) -> str:
    """A stored UTC moment (ISO text or datetime) in the court's time, to the minute; '' for none."""
    from fuyuan_desktop.domain.court_time import court_clock

    return court_clock(value)


def table_label(name: str) -> str:
    """A synced table as users know it (案件, 联席会议…), never its internal name."""
    from fuyuan_desktop.sync.status import TABLE_LABELS

    return TABLE_LABELS.get(name, "其他记录")


def shown_url(hub: Hub) -> str:
    """Where the hub's database is: the file for SQLite, the address (password hidden) for a server."""
    url = hub.db.engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database or "")
    return make_url(str(url)).render_as_string(hide_password=True)


def overview(hub: Hub) -> HubOverview:
    key = hub.key()
    with hub.db.read() as session:
        devices = list(session.scalars(select(HubDevice)))
        bundles = session.scalar(select(func.count()).select_from(SyncBundle)) or 0
        last = session.scalar(select(func.max(SyncBundle.received_at)))
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                                   .where(col(SyncConflict.status) == "open")) or 0
        held = session.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
    backend = "PostgreSQL" if hub.db.engine.dialect.name == "postgresql" else "SQLite"
    return HubOverview(
        hub_id=key.owner_id, store=shown_url(hub), backend=backend,
        devices=sum(1 for d in devices if d.status == "active"),
        revoked=sum(1 for d in devices if d.status == "revoked"),
        bundles=int(bundles), last_bundle_at=local_time(last),
        gaps=sum(1 for d in devices if d.gap_note), open_conflicts=int(conflicts), quarantined=int(held))


def devices(hub: Hub) -> list[DeviceView]:
    return list_devices(hub)


def quiet_device_days(hub: Hub) -> int:
    """How long a device may send nothing before the hub-mode page marks it (the hub's setting)."""
    from fuyuan_desktop.services.reference import load_settings

    return load_settings(hub.db).number("sync.quiet_device_days")


def quiet_devices(views: list[DeviceView], *, now: Any = None, days: int | None = None) -> set[str]:
    """Active devices that sent nothing for ``days`` (the setting ``sync.quiet_device_days`` by default), or never
    sent anything since enrolment that long ago: their tribunal's cases are not reaching the court."""
    from datetime import UTC, datetime, timedelta

    if days is None:
        from fuyuan_desktop.services.reference import load_settings

        days = load_settings(None).number("sync.quiet_device_days")
    limit = (now or datetime.now(UTC)) - timedelta(days=days)
    quiet = set()
    for d in views:
        if d.status != "active":
            continue
        last = d.last_bundle_at or d.enrolled_at
        try:
            moment = datetime.fromisoformat(last) if last else None
        except ValueError:
            continue
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if moment is not None and moment < limit:
            quiet.add(d.device_id)
    return quiet


def tribunal_names(hub: Hub) -> dict[str, str]:
    with hub.db.read() as session:
        return {t.id: t.name for t in session.scalars(select(Tribunal))}


def court_choices(hub: Hub) -> list[tuple[str, str]]:
    """(label, reference for ``approve``) of every court and tribunal, courts first: a device's scope."""
    with hub.db.read() as session:
        courts = list(session.scalars(select(Court).order_by(col(Court.code))))
        tribunals = list(session.scalars(select(Tribunal).order_by(col(Tribunal.name))))
    names = {c.id: c.short_name or c.name for c in courts}
    return [(f"{c.name}（{c.code}）", f"court:{c.code}") for c in courts] + [
        (f"{names.get(t.court_id, '')} · {t.name}", f"tribunal:{t.id}") for t in tribunals]


def bundles(hub: Hub, *, limit: int = 500) -> list[BundleView]:
    with hub.db.read() as session:
        tags = {d.device_id: d.tag for d in session.scalars(select(HubDevice))}
        rows = list(session.scalars(select(SyncBundle).order_by(col(SyncBundle.received_at).desc()).limit(limit)))
    out = []
    for b in rows:
        try:
            counted = sum(int(v) for v in json.loads(b.counts_json or "{}").values())
        except (ValueError, TypeError, AttributeError):
            counted = 0
        out.append(BundleView(b.bundle_id, tags.get(b.device_id, b.device_id[-8:]), b.seq,
                              local_time(b.received_at), round(b.size / 1024**2, 2), counted, b.stored_path))
    return out


def bundle_files(folder: Path) -> list[Path]:
    """The first volumes (``*.fyb``) in ``folder`` and its ``fuyuan`` sub-folder (where the workbench writes on a
    stick), oldest first: the order they were made in."""
    found: list[Path] = []
    for where in (folder, folder / "fuyuan"):
        if where.is_dir():
            found += [p for p in where.glob("*.fyb") if p.is_file()]
    return sorted(set(found), key=lambda p: (p.stat().st_mtime, p.name))


def import_files(hub: Hub, files: list[Path], *, receipts: Path | None = None,
                 progress: Progress | None = None, cancel: threading.Event | None = None) -> list[ImportLine]:
    """Import bundles one by one (each in its own transaction); a refused one is reported and the rest go on.

    Receipts go to ``receipts``, or beside each bundle when it is ``None`` (so the clerk's stick carries its
    receipt home).
    """
    from fuyuan_desktop.hub.ingest import import_bundle
    from fuyuan_desktop.sync.container import BundleFault

    lines: list[ImportLine] = []
    for done, path in enumerate(files):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(done, len(files))
        try:
            outcome = import_bundle(hub, path, receipts=receipts or path.parent)
        except BundleFault as exc:
            lines.append(ImportLine(str(path), False, "refused", f"拒收：{exc}"))
            continue
        except FuyuanError as exc:
            lines.append(ImportLine(str(path), False, "refused", str(exc)))
            continue
        except OSError as exc:
            lines.append(ImportLine(str(path), False, "refused", f"读不了这个文件：{exc.strerror or exc}"))
            continue
        lines.append(ImportLine(str(path), True, outcome.status, outcome.message,
                                str(outcome.receipt_path or "")))
    if progress is not None:
        progress(len(files), len(files))
    return lines


def request_details(request: Path) -> dict[str, Any]:
    """What an enrollment request file asks for (device tag and name, tribunal), unchecked, for the approve dialog."""
    body = read_json(request, "申请文件").get("request") or {}
    return body if isinstance(body, dict) else {}


def approve_request_file(hub: Hub, request: Path, grant: Path, *, scope: str, url: str = "") -> str:
    """Approve a request file for ``scope`` (``court:CODE`` or ``tribunal:ID``), write the grant; returns the tag."""
    answer = approve(hub, read_json(request, "申请文件"), url=url, **_scope(scope))
    write_json(grant, answer)
    return str(answer["grant"]["device_tag"])


def pending(hub: Hub) -> list[PendingView]:
    return pending_requests(hub)


def _scope(scope: str) -> dict[str, str]:
    kind, _, ref = scope.partition(":")
    if kind not in ("court", "tribunal") or not ref:
        raise ValidationError("范围", "请选择设备所属的法院或法庭")
    return {kind: ref}


def approve_pending_request(hub: Hub, device_ref: str, *, scope: str, url: str = "") -> dict[str, Any]:
    """Approve a request that came over the network; the device fetches its grant with its next poll."""
    return approve_pending(hub, device_ref, url=url, **_scope(scope))


def reject_pending_request(hub: Hub, device_ref: str, reason: str) -> PendingView:
    return reject_pending(hub, device_ref, reason)


def revoke_device(hub: Hub, device_ref: str, reason: str) -> DeviceView:
    return revoke(hub, device_ref, reason)


# --- the ``fuyuan hub …`` commands -------------------------------------------------------------------------------


def open_hub_store(root: Path, url: str | None = None) -> Hub:
    """Open (and migrate) the hub's database as the ``fuyuan hub`` commands do: ``root`` is the hub's folder or the
    data folder holding it, the database the one ``hub init`` recorded (``url`` only to name it again); a folder
    without a hub raises ``HubNotFoundError`` and nothing is written. Keys are checked by the commands that need them."""
    return _reachable(lambda: open_existing_hub(root, url), root, url)


def init_hub_store(root: Path, url: str | None = None, *, backup_recipient: str = "") -> HubInfo:
    """Create the hub's database and keys (an existing hub keeps its keys); ``backup_recipient`` is an age public
    key that every kept bundle is also encrypted to, for the offline backup."""
    from fuyuan_desktop.hub.registry import init_hub

    return _reachable(lambda: init_hub(root, url, backup_recipient=backup_recipient), root, url)


@dataclass(frozen=True)
class EnrollmentApproval:
    grant: dict[str, Any]  # what the grant says: device, tag, scope, the hub's keys
    code: str  # the device's verification code, to compare with what the clerk's laptop shows


def approve_enrollment(hub: Hub, request: Path | str, *, tribunal: str | None = None, court: str | None = None,
                       url: str = "", grant_file: Path | None = None) -> EnrollmentApproval:
    """Approve a request file (``request`` a path) or a request that came over the network (``request`` the
    device's tag, id or verification code) for a court and/or tribunal; the grant is written to ``grant_file``
    when given (a device that sent its request over the network fetches it with its next poll)."""
    from fuyuan_desktop.sync.enrollment import verification_code

    if isinstance(request, Path):
        signed = approve(hub, read_json(request, "申请文件"), tribunal=tribunal, court=court, url=url)
    else:
        signed = approve_pending(hub, request, tribunal=tribunal, court=court, url=url)
    if grant_file is not None:
        write_json(grant_file, signed)
    body: dict[str, Any] = signed["grant"]
    return EnrollmentApproval(body, verification_code(body["device_id"], body["device_public_key"]))


def import_bundle_file(hub: Hub, path: Path, *, receipts: Path | None = None) -> ImportOutcome:
    """Import one bundle (with its volumes) in one transaction; a refused bundle raises ``BundleFault``."""
    from fuyuan_desktop.hub.ingest import import_bundle

    return import_bundle(hub, path, receipts=receipts)


def hub_conflicts(hub: Hub, *, include_resolved: bool = False) -> list[ConflictView]:
    """The merge conflicts kept at the hub (the losing values), open ones only unless ``include_resolved``."""
    from fuyuan_desktop.sync.conflicts import list_conflicts

    return list_conflicts(hub.db, include_resolved=include_resolved)


def hub_quarantine(hub: Hub) -> list[QuarantineView]:
    """Rows the hub refused to merge, with the reason."""
    from fuyuan_desktop.sync.conflicts import list_quarantine

    return list_quarantine(hub.db)


def serve_hub(root: Path, url: str | None, *, host: str, port: int, certfile: str | None = None,
              keyfile: str | None = None) -> None:
    """Receive bundles over the court network (HTTP, or HTTPS with ``certfile``/``keyfile``) until stopped."""
    from fuyuan_desktop.hub.app import serve

    root = locate_hub(root)
    url = recorded_url(root, url)
    serve(root, url, host=host, port=port, certfile=certfile, keyfile=keyfile)


# The reference lists the hub's staff keep for the whole city, as the 参考数据 tab shows what is waiting to go down.
PUSHED_LISTS = ("officialcalendar", "organisation", "court", "tribunal")
PUSHED_LABELS = {"officialcalendar": "节假日安排（年）", "organisation": "调解组织", "court": "法院", "tribunal": "法庭"}


@dataclass(frozen=True)
class PendingReference:
    """What one device's next receipt will carry of the lists the hub keeps: rows per table (none: up to date)."""

    device_id: str
    device_tag: str
    device_name: str
    counts: dict[str, int]

    @property
    def text(self) -> str:
        return "、".join(f"{PUSHED_LABELS.get(t, t)} {n}" for t, n in self.counts.items())


def pending_reference(hub: Hub) -> list[PendingReference]:
    """For each device in use, the holiday schedules, 调解组织, courts and tribunals changed at the hub since its
    last receipt: they go to that device with its next one."""
    from fuyuan_desktop.hub.ingest import pending_hub_rows

    return [PendingReference(*row) for row in pending_hub_rows(hub, PUSHED_LISTS)]
