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


BULK_CACHE_KIB = 131_072  # page cache of a bulk load's connection (128 MB), for its transaction only


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
        constants = {
            **defaults,
            "origin_device": self.db.device_id,
            "created_at": now,
            "updated_at": now,
            "deleted": False,
        }
        # Rows of one call share their keys: columns they do not give are processed once, not per row.
        keys = set(rows[0])
        template: list[Any] = []
        per_row: list[tuple[int, str, Any]] = []
        id_slot = hlc_slot = -1
        for i, (name, proc) in enumerate(zip(columns, processors, strict=True)):
            if name in keys:
                per_row.append((i, name, proc))
                template.append(None)
            elif name == "id":
                id_slot = i
                template.append(None)
            elif name == "hlc":
                hlc_slot = i
                template.append(None)
            else:
                value = constants.get(name)
                template.append(proc(value) if proc else value)
        params = []
        for row in rows:
            values = template.copy()
            for i, name, proc in per_row:
                value = row.get(name, defaults.get(name))
                values[i] = proc(value) if proc else value
            if id_slot >= 0:
                values[id_slot] = _new_id()
            if hlc_slot >= 0:
                values[hlc_slot] = clock.now()
            params.append(tuple(values))
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
        cache = None
        if db.dialect == "sqlite":
            # Rows land on random keys of many indexes: with SQLite's default 2 MB page cache a load grows
            # faster than its rows. A larger cache for this transaction only, given back after it.
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        try:
            suspend_party_index(conn)
            writer = BulkWriter(db, conn)
            fill(writer)
            rebuild_party_index(conn)
            for step in after:
                step(conn)
            db.audit(session, entity="bulk", entity_id="", after={"rows": writer.counts})
        finally:
            if cache is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
    if db.dialect == "sqlite":
        # Fold the (large) WAL back into the database and refresh the planner's statistics.
        # Run on the driver connection in autocommit: a checkpoint inside a transaction cannot truncate.
        with db.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("PRAGMA optimize")
    return writer.counts
