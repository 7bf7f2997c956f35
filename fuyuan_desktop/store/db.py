"""One database: the engine (SQLite with WAL, or PostgreSQL for the hub), units of work, HLC and audit."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlmodel import SQLModel, col

from fuyuan_desktop.domain.errors import DiskFullError, ImmutableDocumentError
from fuyuan_desktop.domain.hlc import HybridClock
from fuyuan_desktop.store.audit import PendingEvent, append_events, to_jsonable
from fuyuan_desktop.store.crypto import sqlcipher_key
from fuyuan_desktop.store.disk_space import disk_full_error, is_disk_full
from fuyuan_desktop.store.folder_lock import Claim
from fuyuan_desktop.store.models import (
    Agreement,
    AgreementClause,
    Device,
    Dispute,
    MediationSession,
    Party,
    SyncedRow,
    _new_id,
)
from fuyuan_desktop.store.types import utcnow
from fuyuan_desktop.store.wal import mark_aborted_write

SYSTEM_ACTOR = "system"
# Told the audit events of each committed write, on the writing thread (see Database.on_commit).
CommitListener = Callable[[Sequence[PendingEvent]], None]
ENCRYPTED_CACHE_KIB = 65536


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the driver so BEGIN IMMEDIATE can be issued for writers.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlcipher3"):
        cursor.execute("PRAGMA cipher_log_level=NONE")
        # SQLCipher decrypts each page it reads into SQLite's own cache; the OS cache holds only ciphertext.
        # A larger cache keeps searches that scan a table from decrypting it again on every query.
        cursor.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers take the write lock up front, so the audit chain's tail cannot be read stale.
    immediate = conn.get_execution_options().get("fuyuan_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(target: str | os.PathLike[str], *, key: bytes | None = None) -> Engine:
    """An engine for a SQLite file (path or URL) or a PostgreSQL URL, configured as the data rules ask.

    With ``key`` (the 256-bit data key) the file is opened with SQLCipher through SQLAlchemy's
    ``sqlite+pysqlcipher`` dialect, keyed raw (``x'…'``) so no PBKDF2 runs on each connection.
    """
    raw = os.fspath(target)
    if key is not None:
        url = URL.create("sqlite+pysqlcipher", password=sqlcipher_key(key), database=raw)
    else:
        url = make_url(raw) if "://" in raw else URL.create("sqlite", database=raw)
    if url.get_backend_name() == "sqlite":
        # hide_parameters: SQL errors would otherwise quote the row (ID numbers, phones) into logs
        # SQLAlchemy's pysqlcipher dialect defaults to SingletonThreadPool, which closes connections other
        # threads still use once more than five threads have asked (GUI workers do): use the same
        # QueuePool as plain SQLite. LIFO hands the most recent connection out again, so its page cache
        # (the only place an encrypted store's pages are kept decrypted) survives from one call to the next.
        extra: dict[str, Any] = {}
        if key is not None:
            extra = {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}
        engine = create_engine(url, hide_parameters=True, pool_use_lifo=True, **extra)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


@dataclass
class UnitOfWork:
    """State of one write transaction: the actor, the action and the audit events it collects."""

    actor: str
    action: str
    events: list[PendingEvent] = field(default_factory=list)


def _row_snapshot(obj: SyncedRow) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {col.key: to_jsonable(getattr(obj, col.key)) for col in mapper.column_attrs}


def _table_name(obj: SQLModel) -> str:
    return str(obj.__table__.name)  # type: ignore[attr-defined]


def _dispute_of(obj: SyncedRow) -> str:
    if _table_name(obj) == "dispute":
        return str(obj.id)
    return str(getattr(obj, "dispute_id", "") or "")


_SYNC_NOISE = {"hlc", "updated_at"}
_FINAL = {"final", "superseded"}


def _committed_status(obj: Agreement) -> str:
    hist = inspect(obj).attrs["status"].history
    return str(hist.deleted[0]) if hist.deleted else obj.status


def _guard_final_documents(session: Session) -> None:
    """Final agreements are immutable at the store level too; only final → superseded may change."""
    for obj in list(session.dirty) + list(session.new):
        if isinstance(obj, Agreement) and obj not in session.new and _committed_status(obj) in _FINAL:
            state = inspect(obj)
            changed = {a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()}
            committed = _committed_status(obj)
            moved = obj.status != committed and (committed, obj.status) != ("final", "superseded")
            if changed - _SYNC_NOISE - {"status"} or moved:
                raise ImmutableDocumentError(f"第 {obj.version} 版调解协议已定稿，不能修改")
        elif isinstance(obj, AgreementClause) and obj.agreement_id:
            parent = session.get(Agreement, obj.agreement_id)
            if parent is not None and parent not in session.new and _committed_status(parent) in _FINAL:
                raise ImmutableDocumentError(f"第 {parent.version} 版调解协议已定稿，其条款不能修改")


class Database:
    """The app's handle on one store: engine, device identity, hybrid clock, sessions."""

    def __init__(self, engine: Engine, *, device_id: str = "", data_key: bytes | None = None) -> None:
        self.engine = engine
        self.device_id = device_id
        self.data_key = data_key  # set when the store is encrypted: blobs are sealed with it too
        self.open_warnings: tuple[str, ...] = ()  # what opening found and the user must hear (a cut-off WAL)
        self.folder_claim: Claim | None = None  # this process's hold on the data folder (store/folder_lock.py)
        self.clock = HybridClock(node=(device_id or "local")[:8], wall_ms=_wall_ms)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer_engine = engine.execution_options(fuyuan_write=True)
        self._writer_sessions = sessionmaker(self._writer_engine, expire_on_commit=False)
        event.listen(self._writer_sessions, "before_flush", self._before_flush)
        self._commit_listeners: list[CommitListener] = []
        self._listeners_lock = threading.Lock()

    def close(self) -> None:
        """Close every connection and let go of the data folder (a restore elsewhere may then replace it)."""
        self.engine.dispose()
        if self.folder_claim is not None:
            self.folder_claim.release()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def encrypted(self) -> bool:
        """Whether the database file itself is SQLCipher (``data_key`` alone may only seal blobs)."""
        return self.engine.url.drivername == "sqlite+pysqlcipher"

    def load_device(self) -> None:
        """Pick up this installation's device id (made by ``fuyuan init``)."""
        with self.read() as session:
            device = session.scalars(select(Device).where(col(Device.is_self))).first()
            last = max(
                (session.scalar(select(func.max(table.hlc))) or "" for table in (Dispute, Party, MediationSession)),
                default="",
            )
        if device is not None:
            self.device_id = device.id
            self.clock = HybridClock(node=device.tag, wall_ms=_wall_ms, resume_after=last or None)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; objects stay usable (detached, not expired) after it closes."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    @contextmanager
    def write(self, actor: str, action: str) -> Iterator[Session]:
        """A write transaction: rows are stamped with HLC and device, and every change is audited."""
        session = self._writer_sessions()
        uow = UnitOfWork(actor=actor, action=action)
        session.info["uow"] = uow
        try:
            yield session
            session.flush()
            append_events(
                session.connection(), uow.events, actor=actor, device_id=self.device_id, at=utcnow(), new_id=_new_id
            )
            session.commit()
        except BaseException as exc:
            session.rollback()
            if is_disk_full(exc):
                session.close()
                raise self._disk_full() from exc
            raise
        finally:
            session.close()
        if uow.events:
            self._committed(uow.events)

    def on_commit(self, listener: CommitListener) -> Callable[[], None]:
        """Call ``listener`` with the audit events of every write once it has committed; returns the way to stop.

        The listener runs on the thread that wrote, after the commit: it must be quick, must not write, and what it
        raises is logged, never handed to the writer (whose change is already safe on disk).
        """
        with self._listeners_lock:
            self._commit_listeners.append(listener)

        def stop() -> None:
            with self._listeners_lock:
                if listener in self._commit_listeners:
                    self._commit_listeners.remove(listener)

        return stop

    def _committed(self, events: Sequence[PendingEvent]) -> None:
        with self._listeners_lock:
            listeners = list(self._commit_listeners)
        for listener in listeners:
            try:
                listener(tuple(events))
            except Exception:
                logging.getLogger("fuyuan.store").exception("a commit listener failed")

    def _disk_full(self) -> DiskFullError:
        """After a write failed for space: hand the log's unfinished tail back to the disk, and say how much is needed.

        A checkpoint that truncates the WAL frees what the failed transaction wrote (and keeps a reader
        from mistaking that tail for a crash); it may itself fail for space, which changes nothing.
        """
        database = Path(self.engine.url.database or ".")
        if self.dialect == "sqlite":
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            mark_aborted_write(database)
        folder = database.parent if self.dialect == "sqlite" else Path(".")
        return disk_full_error(folder, database if self.dialect == "sqlite" else None)

    def audit(
        self,
        session: Session,
        *,
        entity: str,
        entity_id: str,
        dispute_id: str = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        action: str | None = None,
        actor: str | None = None,
    ) -> None:
        """Record an event that is not a row change (e.g. a bulk load or a verification); ``actor`` names who
        acted when it is not the unit of work's actor (``SYSTEM_ACTOR`` for the system's automatic moves)."""
        uow: UnitOfWork = session.info["uow"]
        uow.events.append(PendingEvent(action or uow.action, entity, entity_id, dispute_id, before, after, actor))

    def record_event(
        self,
        actor: str,
        action: str,
        *,
        entity: str,
        entity_id: str = "",
        dispute_id: str = "",
        after: dict[str, Any] | None = None,
    ) -> None:
        """Append an event that changes no row (an unmasking, a bulk load, an export)."""
        with self.write(actor, action) as session:
            self.audit(session, entity=entity, entity_id=entity_id, dispute_id=dispute_id, after=after)

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        uow: UnitOfWork = session.info["uow"]
        now = utcnow()
        for obj in list(session.new):
            if isinstance(obj, SyncedRow):
                obj.origin_device = obj.origin_device or self.device_id
                obj.hlc = self.clock.now()
                obj.created_at = obj.created_at or now
                obj.updated_at = now
                uow.events.append(
                    PendingEvent(
                        uow.action,
                        _table_name(obj),
                        obj.id,
                        _dispute_of(obj),
                        None,
                        _row_snapshot(obj),
                    )
                )
        with session.no_autoflush:
            _guard_final_documents(session)
        for obj in list(session.dirty):
            if not isinstance(obj, SyncedRow) or not session.is_modified(obj):
                continue
            state = inspect(obj)
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            for attr in state.mapper.column_attrs:
                hist = state.attrs[attr.key].history
                if hist.has_changes() and attr.key not in _SYNC_NOISE:
                    before[attr.key] = to_jsonable(hist.deleted[0] if hist.deleted else None)
                    after[attr.key] = to_jsonable(hist.added[0] if hist.added else None)
            if not after:
                continue
            obj.hlc = self.clock.now()
            obj.updated_at = now
            uow.events.append(
                PendingEvent(
                    uow.action,
                    _table_name(obj),
                    obj.id,
                    _dispute_of(obj),
                    before,
                    after,
                )
            )
        for obj in list(session.deleted):
            if isinstance(obj, SyncedRow):
                raise RuntimeError("synced rows are never hard-deleted: set the tombstone instead")
