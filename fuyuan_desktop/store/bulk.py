"""Bulk loading (demo data, benchmarks, imports): stamped rows written by executemany, search index rebuilt after."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from fuyuan_desktop.store.db import Database
from fuyuan_desktop.store.models import SyncedRow, _new_id
from fuyuan_desktop.store.search import rebuild_party_index, suspend_party_index
from fuyuan_desktop.store.types import utcnow


def _table(model: type[SyncedRow]) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


class BulkWriter:
    """Writes many rows of synced tables inside one write transaction, with the sync columns filled in.

    Rows go through each column's own bind processing (so dates and timestamps are stored exactly as
    the ORM would store them) and then straight to the driver's ``executemany``.
    """

    def __init__(self, db: Database, conn: Connection) -> None:
        self.db = db
        self.conn = conn
        self._plans: dict[str, tuple[str, list[str], list[Any], dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}

    def _plan(self, model: type[SyncedRow]) -> tuple[str, list[str], list[Any], dict[str, Any]]:
        table = _table(model)
        plan = self._plans.get(table.name)
        if plan is None:
            dialect = self.conn.dialect
            columns = [c.name for c in table.columns]
            processors = [c.type._cached_bind_processor(dialect) for c in table.columns]
            defaults: dict[str, Any] = {}
            for column in table.columns:
                if column.default is not None and getattr(column.default, "is_scalar", False):
                    defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
            marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in columns)
            sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
            plan = (sql, columns, processors, defaults)
            self._plans[table.name] = plan
        return plan

    def insert(self, model: type[SyncedRow], rows: Sequence[dict[str, Any]]) -> int:
        """Insert ``rows`` (dicts of column values); id, origin, HLC, timestamps and tombstone are filled in."""
        if not rows:
            return 0
        sql, columns, processors, defaults = self._plan(model)
        now = utcnow()
        clock = self.db.clock
        device = self.db.device_id
        params = []
        for row in rows:
            full = {
                **defaults,
                "id": row.get("id") or _new_id(),
                "origin_device": device,
                "hlc": clock.now(),
                "created_at": now,
                "updated_at": now,
                "deleted": False,
                **row,
            }
            params.append(
                tuple(
                    proc(full.get(name)) if proc else full.get(name)
                    for name, proc in zip(columns, processors, strict=True)
                )
            )
        self.conn.exec_driver_sql(sql, params)
        name = _table(model).name
        self.counts[name] = self.counts.get(name, 0) + len(rows)
        return len(rows)


def bulk_load(
    db: Database,
    actor: str,
    action: str,
    fill: Callable[[BulkWriter], None],
    *,
    after: Iterable[Callable[[Connection], None]] = (),
) -> dict[str, int]:
    """Run ``fill`` in one write transaction with the search triggers suspended; one audit event records it."""
    with db.write(actor, action) as session:
        conn = session.connection()
        suspend_party_index(conn)
        writer = BulkWriter(db, conn)
        fill(writer)
        rebuild_party_index(conn)
        for step in after:
            step(conn)
        db.audit(session, entity="bulk", entity_id="", after={"rows": writer.counts})
    return writer.counts
