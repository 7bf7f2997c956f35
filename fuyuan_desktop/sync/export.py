"""Export on the device: every row and blob the hub has not acknowledged, into one signed, encrypted bundle."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uuid6
from sqlalchemy import Connection, and_, or_, select

from fuyuan_desktop import __version__
from fuyuan_desktop.store.blobs import BlobStore
from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.migrate import current_revision
from fuyuan_desktop.store.sync_models import SyncKey, SyncPeer, SyncShadow
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.sync import crypto
from fuyuan_desktop.sync.container import MAX_VOLUME, Progress, StreamedBundle, encrypt_to_volumes
from fuyuan_desktop.sync.enrollment import current_peer, device_key, ensure_may_export, self_device
from fuyuan_desktop.sync.rows import BASE_KEY, BLOB_COLUMNS, result_plan, row_line, synced_tables, travelling_columns

BUNDLE_FORMAT = "fuyuan-bundle/1"


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    seq: int
    files: list[Path]
    counts: dict[str, int]
    blobs: int
    since_hlc: str
    until_hlc: str
    size: int

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _changed_rows(conn: Connection, table: Any, acked: str, high: list[str], blobs: set[str]) -> Iterator[bytes]:
    shadow = SyncShadow.__table__  # type: ignore[attr-defined]
    names = travelling_columns(table)
    query = (
        select(*[table.c[n] for n in names], shadow.c.hlc.label(BASE_KEY))
        .select_from(table.outerjoin(shadow, and_(shadow.c.table_name == table.name, shadow.c.row_id == table.c.id)))
        .where(table.c.hlc > acked, or_(shadow.c.hlc.is_(None), shadow.c.hlc != table.c.hlc))
        .order_by(table.c.hlc)
    )
    # Straight through the driver: SQLAlchemy's per-value result processing (text → aware datetime, 0/1 →
    # bool) is replaced by one converter per column that needs one, and orjson writes the line.
    compiled = query.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    bound: Any = tuple(params[k] for k in compiled.positiontup) if compiled.positiontup else params
    converters = [(i, convert) for i, convert in enumerate(result_plan(table, conn.dialect, names)) if convert]
    keys = [*names, BASE_KEY]
    at_hlc, at_base = names.index("hlc"), len(names)
    at_blobs = [names.index(n) for n in BLOB_COLUMNS.get(table.name, ()) if n in names]
    cursor = conn.exec_driver_sql(compiled.string, bound)
    top = high[0]
    while batch := cursor.fetchmany(2000):
        for row in batch:
            values = list(row)
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            if not values[at_base]:
                values[at_base] = ""
            if values[at_hlc] > top:
                top = values[at_hlc]
            for i in at_blobs:
                if values[i]:
                    blobs.add(values[i])
            yield row_line(keys, values)
    high[0] = top


def export_bundle(
    db: Database,
    blob_store: BlobStore,
    dest: Path,
    *,
    workdir: Path,
    actor: str,
    volume_size: int = MAX_VOLUME,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write ``dest/NAME.fyb`` (+ volumes). The watermark does not move: only the hub's receipt moves it."""
    peer = current_peer(db)
    ensure_may_export(peer)
    device = self_device(db)
    key: SyncKey = device_key(db)
    bundle_id = uuid6.uuid7().hex
    seq = peer.bundle_seq + 1
    plain = StreamedBundle(workdir)
    counts: dict[str, int] = {}
    blobs: set[str] = set()
    high = [peer.acked_hlc]
    try:
        with db.engine.connect() as conn:
            for table in synced_tables():
                name = f"tables/{table.name}.ndjson"
                count = plain.add_lines(name, _changed_rows(conn, table, peer.acked_hlc, high, blobs))
                if count:
                    counts[table.name] = count
            conn.rollback()
        missing = []
        for sha in sorted(blobs):
            if cancel is not None and cancel.is_set():
                from fuyuan_desktop.sync.container import Cancelled

                raise Cancelled("已取消导出")
            if sha in blob_store:
                plain.add_blob(f"blobs/{sha}", blob_store, sha)
            else:
                missing.append(sha)
        manifest = {
            "format": BUNDLE_FORMAT,
            "kind": "changes",
            "bundle_id": bundle_id,
            "seq": seq,
            "hub_id": peer.hub_id,
            "device_id": device.id,
            "device_tag": device.tag,
            "court_id": device.court_id or "",
            "tribunal_id": device.tribunal_id or "",
            "app_version": __version__,
            "schema_revision": current_revision(db.engine) or "",
            "created_at": utcnow().isoformat(),
            "since_hlc": peer.acked_hlc,
            "until_hlc": high[0],
            "tables": counts,
            # What this device holds from the hub (Morango-style counters): the hub notices a missing bundle.
            "counters": {"acked_hlc": peer.acked_hlc, "bundle_seq": seq},
            "blobs": len(blobs) - len(missing),
            "missing_blobs": missing,
            "crypto_suite": crypto.SUITE,
            "public_key": crypto.public_of(key.signing_key),
        }
        stem = f"fuyuan-{device.tag}-{seq:05d}"
        files = encrypt_to_volumes(plain.reader(manifest, key.signing_key), dest, stem, peer.recipients,
                                   volume_size=volume_size, progress=progress, cancel=cancel,
                                   total=plain.estimated_size())
    finally:
        plain.discard()
    with db.write(actor, "导出数据包") as session:
        stored = session.get(SyncPeer, peer.hub_id)
        assert stored is not None
        stored.bundle_seq = seq
        stored.last_export_at = utcnow()
        db.audit(session, entity="bundle", entity_id=bundle_id,
                 after={"seq": seq, "rows": sum(counts.values()), "files": [f.name for f in files]})
    return ExportResult(bundle_id, seq, files, counts, len(blobs) - len(missing), peer.acked_hlc, high[0],
                        sum(f.stat().st_size for f in files))


def pending_counts(db: Database) -> dict[str, int]:
    """How many rows per table the hub has not acknowledged (what the 同步 page shows as pending)."""
    from sqlalchemy import func

    peer = current_peer(db)
    shadow = SyncShadow.__table__  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:
        for table in synced_tables():
            query = (
                select(func.count())
                .select_from(table.outerjoin(shadow, and_(shadow.c.table_name == table.name,
                                                          shadow.c.row_id == table.c.id)))
                .where(table.c.hlc > peer.acked_hlc, or_(shadow.c.hlc.is_(None), shadow.c.hlc != table.c.hlc))
            )
            n = int(conn.execute(query).scalar_one())
            if n:
                counts[table.name] = n
    return counts
