"""Importing a bundle at the hub: decrypt, check signature, enrollment, hashes and schema, then apply it
in one transaction and answer with a signed receipt. A structural fault changes nothing.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, literal, select, union_all
from sqlalchemy.exc import IntegrityError

from fuyuan_desktop.domain.court_time import court_today
from fuyuan_desktop.domain.hlc import StampRangeError, format_stamp, parse_stamp
from fuyuan_desktop.hub.merge import ApplyStats, RowApplier
from fuyuan_desktop.hub.numbers import assign_official_numbers, sync_settings
from fuyuan_desktop.hub.registry import HUB_ACTOR, Hub
from fuyuan_desktop.store.audit import PendingEvent, append_events
from fuyuan_desktop.store.migrate import shipped_revisions
from fuyuan_desktop.store.models import Court, ReferenceData, _new_id
from fuyuan_desktop.store.settings import regional_set
from fuyuan_desktop.store.sync_models import HubDevice, SyncBundle
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import BundleFault, OpenedBundle, decrypt_bundle, volumes_of
from fuyuan_desktop.sync.export import BUNDLE_FORMAT
from fuyuan_desktop.sync.receipt import sign_receipt
from fuyuan_desktop.sync.rows import BASE_KEY, among, comparable, synced_tables

_REF_TABLE = ReferenceData.__table__  # type: ignore[attr-defined]
IMPORT_CACHE_KIB = 65536


@dataclass
class ImportOutcome:
    """What one import did, in plain data (the CLI and the HTTP service report it)."""

    bundle_id: str
    device_id: str
    status: str  # applied | already
    message: str
    receipt: dict[str, Any]
    stats: dict[str, Any] = field(default_factory=dict)
    receipt_path: Path | None = None


def _check_manifest(opened: OpenedBundle, session: Any) -> HubDevice:
    m = opened.manifest
    if m.get("format") != BUNDLE_FORMAT or m.get("kind") != "changes":
        raise BundleFault("format", f"不是工作台的数据包（格式 {m.get('format')!r}）")
    if m.get("crypto_suite") not in crypto.SUITES:
        raise BundleFault("suite", f"数据包使用的密码套件 {m.get('crypto_suite')!r} 本中院端不支持")
    device = session.get(HubDevice, str(m.get("device_id", "")))
    if device is None:
        raise BundleFault("unenrolled", "发送数据包的设备未在本中院登记，已拒收（请先办理设备登记）")
    opened.verify_signature(device.public_key)
    if device.status == "revoked":
        raise BundleFault("revoked", f"设备 {device.tag} 已被停用（{device.revoked_reason}），其数据包一律拒收")
    known, head = shipped_revisions()
    revision = str(m.get("schema_revision", ""))
    if revision not in known:
        raise BundleFault("schema", f"数据包来自更新版本的工作台（数据结构 {revision}，本中院端为 {head}）："
                                    "请先把中院端升级到同一版本再导入")
    for name in ("since_hlc", "until_hlc"):
        stamp = str(m.get(name, "") or "")
        if stamp:
            try:
                physical, counter, _node = parse_stamp(stamp)
                format_stamp(physical, counter, _node)
            except ValueError:
                raise BundleFault("stamp", f"数据包清单的时间戳 {name} 格式不对或超出范围，已拒收") from None
    opened.verify_members()
    return device  # type: ignore[no-any-return]


def _reference_rows(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(_REF_TABLE)).mappings()
    return [{**{k: comparable(v) for k, v in r.items()}, BASE_KEY: ""} for r in rows]


def import_bundle(hub: Hub, first: Path, *, receipts: Path | None = None) -> ImportOutcome:
    """Import ``first`` (``.fyb``, with its ``.fyb.NNN`` volumes). Raises ``BundleFault`` for a refused bundle."""
    volumes = volumes_of(first)
    key = hub.key()
    opened = decrypt_bundle(volumes, key.age_identity, hub.scratch)
    with opened, _one_import_at_a_time(hub):
        with hub.db.read() as session:
            device = _check_manifest(opened, session)
            prior = session.get(SyncBundle, str(opened.manifest["bundle_id"]))
        m = opened.manifest
        if prior is not None:
            _heal_kept(prior, volumes)
            outcome = _already(prior)
        else:
            try:
                outcome = _apply(hub, opened, device, volumes, key.signing_key, key.owner_id)
            except StampRangeError as exc:
                # A stamp whose parts overflow (a clock at the end of time): this bundle is refused, whole and alone;
                # the transaction rolled back and the hub's clock did not move, so the next bundle imports as usual.
                raise BundleFault("stamp", f"数据包中的时间戳超出范围（{exc}），已拒收；中院数据未作改动") from exc
            except IntegrityError:
                # Another import of this very bundle (a second staff member, `hub import` beside `hub serve`)
                # committed first: ours rolled back whole, and theirs is the answer.
                with hub.db.read() as session:
                    prior = session.get(SyncBundle, str(m["bundle_id"]))
                if prior is None:
                    raise
                outcome = _already(prior)
    if receipts is not None:
        receipts.mkdir(parents=True, exist_ok=True)
        path = receipts / f"receipt-{m.get('device_tag', 'device')}-{int(m.get('seq', 0)):05d}.fyr"
        tmp = path.with_name(f".{path.name}.part")
        tmp.write_bytes(receipt_file_bytes(outcome.receipt, device.receipt_recipient))
        tmp.replace(path)
        outcome.receipt_path = path
    return outcome


IMPORT_WAIT_SECONDS = 1800


@contextmanager
def _one_import_at_a_time(hub: Hub) -> Iterator[None]:
    """Imports at one hub take turns (a second staff member, `hub import` beside `hub serve`, two devices uploading
    at once). Decrypting runs side by side; applying waits its turn, then sees what the import before it did — so a
    second import of the same bundle answers "already imported" instead of failing on SQLite's busy timeout
    while the first holds the write lock for longer than that (a large bundle on a loaded machine)."""
    from filelock import FileLock, Timeout

    folder = hub.root / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    # A new lock object per import: each holds its own file handle, so threads of one process exclude each other too.
    lock = FileLock(str(folder / "import.lock"), thread_local=False)
    try:
        lock.acquire(timeout=IMPORT_WAIT_SECONDS)
    except Timeout as exc:
        raise BundleFault("busy", f"另一个数据包的导入已进行超过 {IMPORT_WAIT_SECONDS // 60} 分钟，本次未导入、"
                                  "中院数据未作改动；请稍后再导入此数据包") from exc
    try:
        yield
    finally:
        lock.release()


def _already(prior: SyncBundle) -> ImportOutcome:
    return ImportOutcome(prior.bundle_id, prior.device_id, "already",
                         f"数据包 {prior.bundle_id[-8:]} 已于 {prior.received_at:%Y-%m-%d %H:%M} 导入过，本次未作改动",
                         json.loads(prior.receipt_json))


def receipt_file_bytes(receipt: dict[str, Any], recipient: str) -> bytes:
    """A receipt as it goes onto a stick: encrypted to the device when the hub knows its key (the receipt
    carries merged rows and official numbers — personal data), else the signed JSON of older enrollments."""
    data = json.dumps(receipt, ensure_ascii=False).encode("utf-8")
    return crypto.encrypt_to(recipient, data) if recipient else data


def _keep_volumes(hub: Hub, device: HubDevice, bundle_id: str, volumes: list[Path]) -> list[tuple[Path, Path]]:
    """Copy the volumes beside their place in the hub's keeping, under names of this import's own: (copy,
    final path) pairs. They are renamed into place once the import has committed, and removed if it fails —
    so a failed import never takes away a copy another import of the same bundle committed."""
    folder = hub.bundles / device.device_id
    folder.mkdir(parents=True, exist_ok=True)
    mine = uuid.uuid4().hex[:12]
    pairs = []
    for index, path in enumerate(volumes):
        target = folder / (f"{bundle_id}.fyb" if index == 0 else f"{bundle_id}.fyb.{index + 1:03d}")
        copy = target.with_name(f".{target.name}.{mine}.part")
        shutil.copyfile(path, copy)
        pairs.append((copy, target))
    return pairs


def _heal_kept(prior: SyncBundle, volumes: list[Path]) -> None:
    """An already-applied bundle whose kept copy is missing (the hub stopped between commit and rename, or the
    copy was lost): keep it again from the file in hand, which passed every check just now."""
    first = Path(prior.stored_path)
    if not prior.stored_path or first.exists():
        return
    first.parent.mkdir(parents=True, exist_ok=True)
    for index, path in enumerate(volumes):
        target = first if index == 0 else first.with_name(f"{first.name}.{index + 1:03d}")
        if not target.exists():
            copy = target.with_name(f".{target.name}.heal.part")
            shutil.copyfile(path, copy)
            copy.replace(target)


def _apply(hub: Hub, opened: OpenedBundle, device: HubDevice, volumes: list[Path], signing_key: str,
           hub_id: str) -> ImportOutcome:
    m = opened.manifest
    bundle_id = str(m["bundle_id"])
    now = utcnow()
    settings = sync_settings()
    # Blobs first: content-addressed and deduplicated, so a rolled-back import leaves nothing wrong behind.
    blob_store = hub.blobs
    for name in opened.infos:
        if name.startswith("blobs/"):
            with opened.open_member(name) as member:
                blob_store.put_stream(member, max_bytes=int(settings["max_blob_bytes"]))  # type: ignore[arg-type]
    pairs = _keep_volumes(hub, device, bundle_id, volumes)
    try:
        with hub.db.engine.connect().execution_options(fuyuan_write=True) as conn, _bulk_pragmas(conn), conn.begin():
            applier = RowApplier(conn, hub.db.clock, bundle_id, device.device_id, court_today(), now,
                                 allowed_courts=_courts_in_scope(conn, device.court_id),
                                 scoped_tables=frozenset(settings["scoped_tables"]),
                                 shared_tables=frozenset(settings["shared_tables"]),
                                 max_drift_ms=_drift_ms(settings))
            for table in synced_tables():
                applier.apply_table(table, opened.lines(f"tables/{table.name}.ndjson"))
            stats = applier.stats
            numbers = assign_official_numbers(conn, stats.sent.get("dispute", {}), hub.db.clock, settings, now)
            gap = _advance_counters(conn, device, m, now, _drift_ms(settings))
            hub_rows = _hub_changes(conn, device, hub.db.clock.node, frozenset(settings["shared_tables"]),
                                    {"dispute": {r["id"] for r in numbers}})
            receipt = _receipt(conn, hub_id, signing_key, m, stats, numbers, gap, device, hub_rows)
            conn.execute(SyncBundle.__table__.insert().values(  # type: ignore[attr-defined]
                bundle_id=bundle_id, device_id=device.device_id, seq=int(m.get("seq", 0)),
                since_hlc=str(m.get("since_hlc", "")), until_hlc=str(m.get("until_hlc", "")),
                schema_revision=str(m.get("schema_revision", "")), received_at=now,
                size=sum(p.stat().st_size for p in volumes), stored_path=str(pairs[0][1]),
                counts_json=json.dumps(m.get("tables", {}), ensure_ascii=False),
                receipt_json=json.dumps(receipt, ensure_ascii=False)))
            append_events(conn, [PendingEvent("导入数据包", "bundle", bundle_id, "", None, {
                "device": device.tag, "seq": m.get("seq"), "inserted": stats.inserted, "updated": stats.updated,
                "merged": stats.merged, "quarantined": len(stats.quarantined), "conflicts": stats.conflicts})],
                actor=HUB_ACTOR, device_id=hub.db.device_id, at=now, new_id=_new_id)
    except BaseException:
        for copy, _target in pairs:
            copy.unlink(missing_ok=True)
        raise
    for copy, target in pairs:
        copy.replace(target)  # the same bytes whoever renames last: a bundle id names one bundle
    body = receipt["receipt"]
    message = (f"已导入设备 {device.tag} 的第 {m.get('seq')} 个数据包：新增 {stats.inserted}、更新 {stats.updated}、"
               f"合并 {stats.merged}、重复跳过 {stats.skipped}、隔离 {len(stats.quarantined)}、冲突 {stats.conflicts}、"
               f"分配正式案号 {len(numbers)}")
    if gap:
        message += f"；注意：{gap}"
    return ImportOutcome(bundle_id, device.device_id, "applied", message, receipt, body["counts"])


@contextmanager
def _bulk_pragmas(conn: Connection) -> Iterator[None]:
    """SQLite: a 64 MB page cache for the indexes a large bundle touches (the default 2 MB makes every
    index insert of a 100,000-row import go to the OS); put back afterwards, the connection is pooled."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.dbapi_connection  # outside SQLAlchemy's transaction: a PRAGMA begins none
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={before}")


def _courts_in_scope(conn: Connection, court_id: str) -> frozenset[str]:
    if not court_id:
        return frozenset()
    court = Court.__table__  # type: ignore[attr-defined]
    children = conn.execute(select(court.c.id).where(court.c.parent_id == court_id)).scalars()
    return frozenset({court_id, *children})


def _drift_ms(settings: dict[str, Any]) -> int:
    return int(float(settings.get("max_clock_drift_hours", 24)) * 3_600_000)


def _advance_counters(conn: Connection, device: HubDevice, m: dict[str, Any], now: Any, drift_ms: int) -> str:
    """Move the device's counter only over what arrived without a hole; name the hole if there is one.

    Never past the hub's clock plus the allowed drift: rows stamped later were quarantined, and the
    device sends them again until its clock (and the rows) are put right.
    """
    table = HubDevice.__table__  # type: ignore[attr-defined]
    row = conn.execute(select(table).where(table.c.device_id == device.device_id)).mappings().one()
    since, until = str(m.get("since_hlc", "")), str(m.get("until_hlc", ""))
    ceiling = f"{int(now.timestamp() * 1000) + drift_ms:013d}"
    until = min(until, ceiling)
    acked, gap = row["acked_hlc"], ""
    if since > acked:
        gap = (f"该设备在 {acked or '最初'} 之后、{since} 之前的修改没有到达中院（缺少更早的数据包）；"
               "回执已告知设备重新发送")
    else:
        acked = max(acked, until)
    conn.execute(table.update().where(table.c.device_id == device.device_id).values(
        acked_hlc=acked, last_seq=max(int(row["last_seq"]), int(m.get("seq", 0))), last_bundle_at=now,
        gap_note=gap[:300]))
    return gap


def _hub_changes(conn: Connection, device: HubDevice, hub_node: str, shared: frozenset[str],
                 going_back: dict[str, set[str]] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Changes made at the hub itself (merges, conflict resolutions, edits) not yet sent to this device:
    rows of shared tables (courts, tribunals, roster…) and rows that came from this device. Rows in
    ``going_back`` (the 案号 just assigned) are in the receipt already: only their stamps are read."""
    going_back = going_back or {}
    table_hd = HubDevice.__table__  # type: ignore[attr-defined]
    since = conn.execute(select(table_hd.c.sent_hub_hlc).where(table_hd.c.device_id == device.device_id)).scalar() or ""
    found: dict[str, list[dict[str, Any]]] = {}
    high = since
    tables = synced_tables()

    def changed(table: Any, *columns: Any) -> Any:
        # Inlined, the stamp lets the planner see it is recent (a generic plan would scan whole tables).
        query = select(*columns).where(table.c.hlc > bindparam(None, since, literal_execute=True),
                                       table.c.hlc.like(f"%-{hub_node}"))
        if table.name not in shared:
            query = query.where(table.c.origin_device == device.device_id)
        return query

    which = _tables_with_hub_changes(shared)
    params = {"since": since, "pattern": f"%-{hub_node}", "device": device.device_id}
    for index in sorted({int(r[0]) for r in conn.execute(which, params)}):
        table = tables[index]
        skip = going_back.get(table.name, set())
        wanted = []
        for row_id, hlc in conn.execute(changed(table, table.c.id, table.c.hlc)):
            high = max(high, hlc)
            if row_id not in skip:
                wanted.append(row_id)
        for start in range(0, len(wanted), 1000):
            query = changed(table, table).where(among(conn, table.c.id, wanted[start:start + 1000]))
            for row in conn.execute(query).mappings():
                found.setdefault(table.name, []).append({**{k: comparable(v) for k, v in row.items()}, BASE_KEY: ""})
    conn.execute(table_hd.update().where(table_hd.c.device_id == device.device_id).values(sent_hub_hlc=high))
    return found


@lru_cache(maxsize=8)
def _tables_with_hub_changes(shared: frozenset[str]) -> Any:
    """Which synced tables have a hub-made row newer than ``since``: one query for all of them (usually none,
    or only the 案号 just assigned), built once per process. The stamp is rendered into the SQL text at each
    execution: a prepared, generic plan does not know the stamp is recent and ends up walking ever more
    of each table as the hub grows."""
    parts = []
    for index, table in enumerate(synced_tables()):
        query = select(literal(index).label("t")).select_from(table).where(
            table.c.hlc > bindparam("since", literal_execute=True), table.c.hlc.like(bindparam("pattern")))
        if table.name not in shared:
            query = query.where(table.c.origin_device == bindparam("device"))
        parts.append(query.order_by(table.c.hlc).limit(1).subquery().select())
    return union_all(*parts)


def _receipt(conn: Connection, hub_id: str, signing_key: str, m: dict[str, Any], stats: ApplyStats,
             numbers: list[dict[str, Any]], gap: str, device: HubDevice,
             hub_rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    returned: dict[str, dict[str, dict[str, Any]]] = {"referencedata": {r["id"]: r for r in _reference_rows(conn)}}
    for source in (hub_rows, stats.returned):
        for t, found in source.items():
            returned.setdefault(t, {}).update({r["id"]: r for r in found})
    for row in numbers:
        sent = row.pop("_sent_hlc")
        returned.setdefault("dispute", {})[row["id"]] = {**{k: comparable(v) for k, v in row.items()}, BASE_KEY: sent}
    rows = {t: list(by_id.values()) for t, by_id in returned.items() if by_id}
    acked = conn.execute(select(HubDevice.__table__.c.acked_hlc).where(  # type: ignore[attr-defined]
        HubDevice.__table__.c.device_id == device.device_id)).scalar_one()  # type: ignore[attr-defined]
    body = {
        "bundle_id": m["bundle_id"],
        "device_id": device.device_id,
        "hub_id": hub_id,
        "status": "applied",
        "seq": m.get("seq", 0),
        "since_hlc": m.get("since_hlc", ""),
        "until_hlc": m.get("until_hlc", ""),
        "acked_hlc": acked,
        "gap": gap,
        "counts": {"inserted": stats.inserted, "updated": stats.updated, "merged": stats.merged,
                   "skipped": stats.skipped, "quarantined": len(stats.quarantined), "conflicts": stats.conflicts},
        "quarantined": stats.quarantined,
        "official_numbers": [{"dispute_id": r["id"], "provisional_number": r["provisional_number"],
                              "official_number": r["official_number"]} for r in numbers],
        "rows": rows,
        "revocations": revocations_of(conn),
        # The regional thresholds and amounts the hub's administrator set: laptops apply the newer versions.
        "settings": regional_set(conn),
    }
    return sign_receipt(signing_key, body)


def revocations_of(conn: Connection) -> list[dict[str, str]]:
    table = HubDevice.__table__  # type: ignore[attr-defined]
    rows = conn.execute(select(table).where(table.c.status == "revoked")).mappings()
    return [{"device_id": r["device_id"], "tag": r["tag"], "reason": r["revoked_reason"],
             "at": r["revoked_at"].isoformat() if r["revoked_at"] else ""} for r in rows]


def pending_hub_rows(hub: Hub, tables: tuple[str, ...]) -> list[tuple[str, str, str, dict[str, int]]]:
    """For each device in use: (device id, tag, name, rows per table) of the hub-made rows of ``tables`` (shared
    reference tables) that its next receipt will carry — made here since the last receipt it was sent."""
    from sqlalchemy import func

    node = hub.db.clock.node
    table_hd = HubDevice.__table__  # type: ignore[attr-defined]
    by_name = {t.name: t for t in synced_tables()}
    found: list[tuple[str, str, str, dict[str, int]]] = []
    with hub.db.read() as session:
        devices = session.execute(select(table_hd.c.device_id, table_hd.c.tag, table_hd.c.name, table_hd.c.sent_hub_hlc)
                                  .where(table_hd.c.status == "active").order_by(table_hd.c.tag)).all()
        for device_id, tag, name, since in devices:
            counts: dict[str, int] = {}
            for table_name in tables:
                table = by_name.get(table_name)
                if table is None:
                    continue
                n = session.execute(select(func.count()).select_from(table).where(
                    table.c.hlc > (since or ""), table.c.hlc.like(f"%-{node}"))).scalar() or 0
                if n:
                    counts[table_name] = int(n)
            found.append((str(device_id), str(tag), str(name), counts))
    return found
