"""Applying received rows at the hub: insert-or-ignore by (id, HLC), fast-forward from the base version,
field-by-field merge when two devices changed the same base (later HLC wins, the loser is logged), and
final legal documents kept as their own version instead of merged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import uuid6
from sqlalchemy import Connection, Table, bindparam, func, insert, select, tuple_, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from fuyuan_desktop.domain.hlc import HybridClock, parse_stamp
from fuyuan_desktop.hub.rules import check_row
from fuyuan_desktop.store.sync_models import SyncConflict, SyncQuarantine, SyncRowVersion
from fuyuan_desktop.sync.rows import (
    BASE_KEY,
    META_COLUMNS,
    among,
    bind_plan,
    comparable,
    decode_row,
    driver_values,
    from_json_line,
    table_named,
    to_json_line,
    travelling_columns,
)

BATCH = 1000
_VERSIONS: Table = SyncRowVersion.__table__  # type: ignore[attr-defined]
_CONFLICTS: Table = SyncConflict.__table__  # type: ignore[attr-defined]
_QUARANTINE: Table = SyncQuarantine.__table__  # type: ignore[attr-defined]
_FINAL = frozenset({"final", "superseded"})
FIELDS_KEY = "_fields"  # in a merged version: the HLC of each field
# What the database (or its driver) raises for one bad row: that row is quarantined, the rest goes on.
_ROW_FAULTS = (IntegrityError, DBAPIError, OverflowError, ValueError, TypeError)


def _node(stamp: str) -> str:
    return parse_stamp(stamp)[2]


@dataclass
class ApplyStats:
    inserted: int = 0
    updated: int = 0
    merged: int = 0
    skipped: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    conflicts: int = 0
    # Rows whose hub version differs from what the device sent: they go back in the receipt.
    returned: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # table → row id → the HLC the device sent, for every row that was not quarantined.
    sent: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class RowApplier:
    """Applies one bundle's rows on ``conn`` (inside the caller's transaction)."""

    conn: Connection
    clock: HybridClock
    bundle_id: str
    device_id: str
    today: date
    now: datetime
    # Courts this device may send cases for (its court and the courts under it); empty = any.
    allowed_courts: frozenset[str] = frozenset()
    scoped_tables: frozenset[str] = frozenset()
    # Reference tables every device may change (courts, tribunals, roster…): merged, never owned.
    shared_tables: frozenset[str] = frozenset()
    # How far ahead of the hub's clock a stamp may be before its row is quarantined (None: no limit).
    max_drift_ms: int | None = None
    stats: ApplyStats = field(default_factory=ApplyStats)
    _case_courts: dict[str, str | None] = field(default_factory=dict)
    _accepted: dict[str, set[str]] = field(default_factory=dict)
    _existing_refs: dict[str, set[str]] = field(default_factory=dict)

    # --- entry ---------------------------------------------------------------------------------

    def apply_table(self, table: Table, lines: Iterable[bytes]) -> None:
        batch: list[bytes] = []
        for line in lines:
            if line.strip():
                batch.append(line)
            if len(batch) >= BATCH:
                self._apply_batch(table, batch)
                batch = []
        if batch:
            self._apply_batch(table, batch)

    # --- one batch -----------------------------------------------------------------------------

    def _quarantine(self, table: Table, row_id: str, reason: str, raw: bytes | str) -> None:
        text = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw).replace("\x00", "\\u0000")
        self.conn.execute(insert(_QUARANTINE), [{
            "id": uuid6.uuid7().hex, "bundle_id": self.bundle_id, "device_id": self.device_id,
            "table_name": table.name, "row_id": row_id[:32], "reason": reason[:500], "data_json": text, "at": self.now,
        }])
        self.stats.quarantined.append({"table": table.name, "row_id": row_id, "reason": reason})

    def _decode(self, table: Table, batch: list[bytes]) -> list[tuple[dict[str, Any], str, bytes]]:
        decoded = []
        for raw in batch:
            try:
                data = from_json_line(raw)
                if not isinstance(data, dict):
                    raise ValueError("not an object")
                base = str(data.pop(BASE_KEY, "") or "")
                row = decode_row(table, data)
            except (ValueError, TypeError, AttributeError) as exc:
                row_id = ""
                try:
                    row_id = str(json.loads(raw).get("id", ""))
                except Exception:  # the line is not JSON at all
                    row_id = ""
                self._quarantine(table, row_id, f"记录无法解析：{type(exc).__name__}", raw)
                continue
            reason = check_row(table, row, self.today) or self._stamp_fault(row)
            if reason is None and table.name in self.scoped_tables and self.allowed_courts \
                    and row.get("court_id") not in self.allowed_courts:
                reason = "记录不属于该设备登记的法院，不予接收"
            if reason is not None:
                self._quarantine(table, str(row.get("id", ""))[:32], reason, raw)
                continue
            decoded.append((row, base, raw))
        return decoded

    def _stamp_fault(self, row: dict[str, Any]) -> str | None:
        """A stamp far ahead of the hub's clock would drag every later hub stamp (and 案号 year) with it."""
        if self.max_drift_ms is None:
            return None
        physical = parse_stamp(str(row["hlc"]))[0]
        ahead = physical - int(self.now.timestamp() * 1000)
        if ahead > self.max_drift_ms:
            return (f"修改时间戳比中院时钟超前 {ahead / 3_600_000:.1f} 小时（允许 {self.max_drift_ms / 3_600_000:g} 小时）："
                    "设备时钟可能有误，记录已隔离待核")
        return None

    def _court_of_case(self, dispute_id: str) -> str | None:
        if dispute_id not in self._case_courts:
            dispute = table_named("dispute")
            assert dispute is not None
            found = self.conn.execute(select(dispute.c.court_id).where(dispute.c.id == dispute_id)).first()
            self._case_courts[dispute_id] = found[0] if found else None
        return self._case_courts[dispute_id]

    def _out_of_scope(self, table: Table, row: dict[str, Any], cur: dict[str, Any] | None) -> str | None:
        """Why this device may not create or change this row, or ``None``: a device writes only its own rows,
        rows of its court's cases, and the shared reference tables. Checked against the hub's row as it is,
        not only against what the device says the row now is (moving a case into scope is no way in)."""
        if not self.allowed_courts or table.name in self.shared_tables:
            return None
        if table.name in self.scoped_tables:
            if cur is None or cur.get("court_id") in self.allowed_courts:
                return None
            return "该记录属于其他法院，设备无权修改"
        if cur is not None and cur.get("origin_device") == self.device_id:
            return None
        dispute_id = (cur or row).get("dispute_id")
        if dispute_id:
            court = row.get("court_id") if table.name == "dispute" else self._court_of_case(str(dispute_id))
            if court is None and cur is None:
                return None  # a case of this bundle (checked as it is applied) or a dangling reference (checked below)
            if court in self.allowed_courts:
                return None
            return "所属案件属于其他法院，设备无权修改"
        if cur is None:
            return None
        return "该记录由其他设备登记，设备无权修改"

    def _ownership_conflict(self, table: Table, cur: dict[str, Any], row: dict[str, Any], reason: str) -> None:
        """Another court's or device's row: the hub's stays as it is; each changed field goes to review."""
        changed = [n for n in travelling_columns(table) if n not in META_COLUMNS
                   and comparable(row.get(n)) != comparable(cur.get(n))]
        for name in changed:
            self._log_conflict(table, cur["id"], name, cur, row, kind="ownership")
        self.stats.quarantined.append({"table": table.name, "row_id": cur["id"], "reason": reason})
        self._return_current(table, cur, row["hlc"])

    def _refs_ok(self, table: Table, rows: list[tuple[dict[str, Any], str, bytes]]) -> list[tuple[dict[str, Any], str, bytes]]:
        fks = [(c.name, next(iter(c.foreign_keys)).column.table) for c in table.columns if c.foreign_keys]
        wanted: dict[str, set[str]] = {}
        for row, _, _ in rows:
            for name, ref in fks:
                value = row.get(name)
                if value and value not in self._accepted.get(ref.name, ()) and value not in self._existing_refs.get(ref.name, ()):
                    wanted.setdefault(ref.name, set()).add(value)
        for ref_name, ids in wanted.items():
            ref = next(ref for name, ref in fks if ref.name == ref_name)
            found = {r[0] for r in id_lookup(self.conn, ref, list(ids))}
            self._existing_refs.setdefault(ref_name, set()).update(found)
        ok = []
        for row, base, raw in rows:
            missing = [name for name, ref in fks if row.get(name) and row[name] not in self._accepted.get(ref.name, ())
                       and row[name] not in self._existing_refs.get(ref.name, ())
                       and not (ref.name == table.name and row[name] in {r["id"] for r, _, _ in rows})]
            if missing:
                self._quarantine(table, row["id"], f"引用的记录不存在（{', '.join(missing)}）", raw)
            else:
                ok.append((row, base, raw))
        return ok

    def _apply_batch(self, table: Table, batch: list[bytes]) -> None:
        rows = self._refs_ok(table, self._decode(table, batch))
        if not rows:
            return
        current = self._current(table, [row for row, _, _ in rows])
        maybe_seen = [(table.name, row["id"], row["hlc"]) for row, _, _ in rows
                      if row["id"] in current and current[row["id"]]["hlc"] != row["hlc"]]
        seen: set[tuple[str, str]] = set()
        if maybe_seen:
            seen = {(r[0], r[1]) for r in self.conn.execute(
                select(_VERSIONS.c.row_id, _VERSIONS.c.hlc).where(
                    tuple_(_VERSIONS.c.table_name, _VERSIONS.c.row_id, _VERSIONS.c.hlc).in_(maybe_seen)))}
        inserts, updates, versions = [], [], []
        for row, base, raw in rows:
            cur = current.get(row["id"])
            if cur is None:
                refused = self._out_of_scope(table, row, None)
                if refused is not None:
                    self._quarantine(table, row["id"], refused, raw)
                    continue
                inserts.append((row, raw))
                continue
            if cur["hlc"] == row["hlc"]:
                self.stats.skipped += 1
                continue
            refused = self._out_of_scope(table, row, cur)
            if refused is not None:
                self._ownership_conflict(table, cur, row, refused)
                continue
            same_node = _node(cur["hlc"]) == _node(row["hlc"])
            if (row["id"], row["hlc"]) in seen or (same_node and row["hlc"] < cur["hlc"]):
                # Seen before, or an older version of the same line arriving late: the hub's is newer.
                self.stats.skipped += 1
                self._return_current(table, cur, row["hlc"])
                continue
            if self._final_guard(table, cur, row, raw):
                continue
            # Versions are kept when they are overwritten (a row only ever inserted is its own history).
            versions.append((cur["id"], cur["hlc"], to_json_line(cur)))
            if cur["hlc"] == base or same_node:
                updates.append(row)
                self.stats.updated += 1
                continue
            merged, stamps = self._merge(table, cur, row, base)
            versions.append((row["id"], row["hlc"], raw))
            versions.append((merged["id"], merged["hlc"], to_json_line({**merged, FIELDS_KEY: stamps})))
            updates.append(merged)
            self.stats.merged += 1
            self._return(table, merged, row["hlc"])
        self._insert(table, inserts)
        self._update(table, updates)
        self._keep_versions(table, versions)
        quarantined = {q["row_id"] for q in self.stats.quarantined if q["table"] == table.name}
        accepted = self._accepted.setdefault(table.name, set())
        sent = self.stats.sent.setdefault(table.name, {})
        for row, _, _ in rows:
            if row["id"] not in quarantined:
                accepted.add(row["id"])
                sent[row["id"]] = row["hlc"]

    def _current(self, table: Table, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The hub's rows with these ids, read in full only where the stamp differs (a new row, or the same
        version again, needs no more than its id and stamp)."""
        stamps = dict(id_lookup(self.conn, table, [row["id"] for row in rows], "hlc"))
        if not stamps:
            return {}
        differ = [row["id"] for row in rows if row["id"] in stamps and stamps[row["id"]] != row["hlc"]]
        current: dict[str, dict[str, Any]] = {rid: {"id": rid, "hlc": hlc} for rid, hlc in stamps.items()}
        if differ:
            cols = travelling_columns(table)
            current.update({r["id"]: dict(r) for r in self.conn.execute(
                select(*[table.c[n] for n in cols]).where(among(self.conn, table.c.id, differ))).mappings()})
        return current

    # --- writing -------------------------------------------------------------------------------

    def _insert(self, table: Table, rows: list[tuple[dict[str, Any], bytes]]) -> None:
        if not rows:
            return
        faults = (*_ROW_FAULTS, self.conn.dialect.loaded_dbapi.Error)
        try:
            insert_rows(self.conn, table, [row for row, _ in rows], savepoint=True)
            good = rows
        except faults:
            good = []
            for row, raw in rows:
                try:
                    with self.conn.begin_nested():
                        insert_rows(self.conn, table, [row], bulk=False)
                    good.append((row, raw))
                except faults as exc:
                    if self._second_final_version(table, row, raw):
                        continue
                    self._quarantine(table, row["id"], f"与中院已有记录冲突（{_constraint(exc)}）", raw)
        self.stats.inserted += len(good)

    def _update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        cols = [c for c in travelling_columns(table) if c != "id"]
        statement = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in cols})
        payload = [{"_id": r["id"], **{c: r[c] for c in cols}} for r in rows]
        try:
            with self.conn.begin_nested():
                self.conn.execute(statement, payload)
        except _ROW_FAULTS:
            for row, one in zip(rows, payload, strict=True):
                try:
                    with self.conn.begin_nested():
                        self.conn.execute(statement, [one])
                except _ROW_FAULTS as exc:
                    self._quarantine(table, row["id"], f"与中院已有记录冲突（{_constraint(exc)}）", to_json_line(row))

    def _return_current(self, table: Table, cur: dict[str, Any], sent_hlc: str) -> None:
        """Send the hub's newer version back, and keep it as a version so it can serve as a base later."""
        self._keep_versions(table, [(cur["id"], cur["hlc"], to_json_line(cur))])
        self._return(table, cur, sent_hlc)

    def _keep_versions(self, table: Table, versions: list[tuple[str, str, bytes]]) -> None:
        keep_versions(self.conn, table.name, self.bundle_id, versions)

    def _return(self, table: Table, row: dict[str, Any], sent_hlc: str) -> None:
        self.stats.returned.setdefault(table.name, []).append(
            {**{k: comparable(v) for k, v in row.items()}, BASE_KEY: sent_hlc})

    # --- merge and final documents -------------------------------------------------------------

    def _base_values(self, table: Table, row_id: str, base: str) -> dict[str, Any] | None:
        if not base:
            return None
        found = self.conn.execute(select(_VERSIONS.c.data_json).where(
            _VERSIONS.c.table_name == table.name, _VERSIONS.c.row_id == row_id, _VERSIONS.c.hlc == base)).scalar()
        if found is None:
            return None
        data = json.loads(found)
        data.pop(BASE_KEY, None)
        data.pop(FIELDS_KEY, None)
        return {k: comparable(v) for k, v in decode_row(table, data).items()}

    def _field_stamps(self, table: Table, cur: dict[str, Any]) -> dict[str, str]:
        """The HLC of each field of the hub's current row: a merged row keeps each field's own stamp."""
        found = self.conn.execute(select(_VERSIONS.c.data_json).where(
            _VERSIONS.c.table_name == table.name, _VERSIONS.c.row_id == cur["id"], _VERSIONS.c.hlc == cur["hlc"])).scalar()
        stamps = json.loads(found).get(FIELDS_KEY, {}) if found else {}
        return stamps if isinstance(stamps, dict) else {}

    def _merge(self, table: Table, cur: dict[str, Any], row: dict[str, Any],
               base: str) -> tuple[dict[str, Any], dict[str, str]]:
        # A device's versions of a row form a line: if the hub holds a later one of this device's own
        # versions than the base the device named (it had no receipt yet), the change was made on that one.
        own = self.conn.execute(select(func.max(_VERSIONS.c.hlc)).where(
            _VERSIONS.c.table_name == table.name, _VERSIONS.c.row_id == row["id"], _VERSIONS.c.hlc < row["hlc"],
            _VERSIONS.c.hlc.like(f"%-{_node(row['hlc'])}"))).scalar()
        if own and own > base:
            base = str(own)
        base_values = self._base_values(table, row["id"], base)
        cur_stamps = self._field_stamps(table, cur)
        merged = dict(cur)
        stamps: dict[str, str] = {}
        for name in travelling_columns(table):
            if name in META_COLUMNS:
                continue
            theirs_stamp = str(cur_stamps.get(name, cur["hlc"]))
            stamps[name] = theirs_stamp
            mine, theirs = comparable(row[name]), comparable(cur[name])
            if mine == theirs:
                continue
            mine_changed = base_values is None or mine != base_values.get(name)
            theirs_changed = base_values is None or theirs != base_values.get(name)
            if mine_changed and not theirs_changed:
                merged[name], stamps[name] = row[name], row["hlc"]
            elif mine_changed and theirs_changed:
                # Per field, the later HLC wins; wall-clock time plays no part.
                incoming_wins = row["hlc"] > theirs_stamp
                kept, lost = (row, cur) if incoming_wins else (cur, row)
                merged[name] = kept[name]
                stamps[name] = row["hlc"] if incoming_wins else theirs_stamp
                self._log_conflict(table, row["id"], name, {**kept, "hlc": stamps[name]},
                                   {**lost, "hlc": theirs_stamp if incoming_wins else row["hlc"]})
        merged["hlc"] = self.clock.observe(max(row["hlc"], cur["hlc"]))
        merged["updated_at"] = self.now
        return merged, stamps

    def _log_conflict(self, table: Table, row_id: str, name: str, kept: dict[str, Any], lost: dict[str, Any],
                      kind: str = "field") -> None:
        self.conn.execute(insert(_CONFLICTS), [{
            "id": uuid6.uuid7().hex, "kind": kind, "table_name": table.name, "row_id": row_id, "field": name,
            "kept_value": json.dumps(comparable(kept.get(name)), ensure_ascii=False),
            "lost_value": json.dumps(comparable(lost.get(name)), ensure_ascii=False),
            "kept_hlc": kept.get("hlc", ""), "lost_hlc": lost.get("hlc", ""),
            # The device that made the losing edit, by the node of its stamp (the device tag).
            "lost_device": _node(str(lost.get("hlc", "")))[:32] if lost.get("hlc") else "", "bundle_id": self.bundle_id,
            "detected_at": self.now, "status": "open", "resolved_by": "", "resolved_at": None,
        }])
        self.stats.conflicts += 1

    def _final_guard(self, table: Table, cur: dict[str, Any], row: dict[str, Any], raw: bytes) -> bool:
        """A final agreement is never merged: a different final text becomes its own, flagged version."""
        if table.name != "agreement" or cur.get("status") not in _FINAL:
            return False
        changed = {n for n in travelling_columns(table) if n not in META_COLUMNS and n != "status"
                   and comparable(row[n]) != comparable(cur[n])}
        if not changed and (cur["status"], row["status"]) in (("final", "superseded"), (cur["status"], cur["status"])):
            return False
        fresh = {**row, "id": uuid6.uuid7().hex}
        self._second_final_version(table, fresh, raw, original_id=row["id"])
        return True

    def _second_final_version(self, table: Table, row: dict[str, Any], raw: bytes, original_id: str = "") -> bool:
        if table.name != "agreement" or "version" not in row or "dispute_id" not in row:
            return False
        top = self.conn.execute(select(func.max(table.c.version)).where(table.c.dispute_id == row["dispute_id"])).scalar()
        fresh = {**row, "version": int(top or 0) + 1, "supersedes_id": None}
        try:
            with self.conn.begin_nested():
                self.conn.execute(insert(table), [fresh])
        except _ROW_FAULTS:
            return False
        self._log_conflict(table, fresh["id"], "version", fresh, {**row, "id": original_id or row["id"]},
                           kind="final_document")
        self.stats.inserted += 1
        self._return(table, fresh, row["hlc"])
        return True


def id_lookup(conn: Connection, table: Table, ids: list[str], *columns: str) -> list[tuple[Any, ...]]:
    """(id, *columns) of the rows of ``table`` with these ids, straight through the driver. On PostgreSQL
    the text is the same for every batch (``= ANY(%s)``), so psycopg prepares it and the plan is reused."""
    if not ids:
        return []
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in ("id", *columns))
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        if conn.dialect.name == "postgresql":
            cursor.execute(f"SELECT {names} FROM {quote(table.name)} WHERE id = ANY(%s)", (ids,))
            return list(cursor.fetchall())
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor.execute(f"SELECT {names} FROM {quote(table.name)} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            found.extend(cursor.fetchall())
        return found
    finally:
        cursor.close()


@lru_cache(maxsize=256)
def _insert_sql(table: Table, dialect: Any) -> tuple[str, str]:
    """INSERT with positional markers, and the COPY statement for PostgreSQL, for every column of ``table``."""
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in table.columns)
    mark = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
    marks = ", ".join([mark] * len(table.columns))
    target = quote(table.name)
    return f"INSERT INTO {target} ({names}) VALUES ({marks})", f"COPY {target} ({names}) FROM STDIN"


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], *, bulk: bool = True,
                savepoint: bool = False) -> None:
    """Insert decoded rows (every column present) straight through the driver: values converted once per
    column as SQLAlchemy would, then ``executemany`` (SQLite) or COPY (PostgreSQL, when ``bulk``). With
    ``savepoint`` a failure undoes this insert alone (the caller's transaction goes on) and is raised."""
    plan = bind_plan(table, conn.dialect)
    values = [driver_values(plan, row) for row in rows]
    insert_sql, copy_sql = _insert_sql(table, conn.dialect)
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    if savepoint:
        cursor.execute("SAVEPOINT fy_rows")
    try:
        _insert_values(cursor, conn.dialect.name, values, insert_sql, copy_sql, bulk)
    except BaseException:
        if savepoint:
            cursor.execute("ROLLBACK TO SAVEPOINT fy_rows")
            cursor.execute("RELEASE SAVEPOINT fy_rows")
        cursor.close()
        raise
    if savepoint:
        cursor.execute("RELEASE SAVEPOINT fy_rows")
    cursor.close()


def _insert_values(cursor: Any, dialect: str, values: list[list[Any]], insert_sql: str, copy_sql: str,
                   bulk: bool) -> None:
    if bulk and dialect == "postgresql" and len(values) > 1:
        with cursor.copy(copy_sql) as copy:
            for one in values:
                copy.write_row(one)
    elif len(values) > 1:
        cursor.executemany(insert_sql, values)
    else:
        cursor.execute(insert_sql, values[0])


def keep_versions(conn: Connection, table_name: str, bundle_id: str, versions: list[tuple[str, str, bytes]]) -> None:
    """Insert-or-ignore into the version store (a version may already be there)."""
    if not versions:
        return
    rows = [{"table_name": table_name, "row_id": rid, "hlc": hlc, "bundle_id": bundle_id,
             "data_json": raw.decode("utf-8")} for rid, hlc, raw in versions]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        conn.execute(postgresql.insert(_VERSIONS).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects import sqlite

        conn.execute(sqlite.insert(_VERSIONS).on_conflict_do_nothing(), rows)


def _constraint(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).splitlines()[0]
    return text[:200]
