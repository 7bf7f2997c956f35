"""Synced rows as JSON, generically over ``SYNCED_TABLES``: no table needs code of its own to travel."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, DateTime, Table
from sqlalchemy.engine import Dialect

from fuyuan_desktop.store.types import UTCDateTime

# Columns that describe one installation and never travel (the receiver keeps its own value or the default).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"device": frozenset({"is_self"})}
# Row bookkeeping: not compared when merging field by field.
META_COLUMNS = frozenset({"id", "hlc", "created_at", "updated_at", "origin_device"})
# Columns naming a blob in the content-addressed store; the blob travels with its row.
# The columns that name a blob (attachment bytes, a printed document's PDF), by table. GeneratedDocument.sha256 is
# the hash of a document's canonical content, printed on the paper, not a blob: it must not be listed as one.
BLOB_COLUMNS: dict[str, tuple[str, ...]] = {"attachment": ("sha256",), "generateddocument": ("blob_sha256",)}
BASE_KEY = "_base"


@lru_cache(maxsize=1)
def _synced_names() -> tuple[str, ...]:
    from fuyuan_desktop.store.models import SYNCED_TABLES

    return tuple(str(model.__table__.name) for model in SYNCED_TABLES)  # type: ignore[attr-defined]


def synced_tables() -> list[Table]:
    """Every synced table, parents before children (foreign-key order)."""
    from sqlmodel import SQLModel

    names = set(_synced_names())
    return [table for table in SQLModel.metadata.sorted_tables if table.name in names]


def table_named(name: str) -> Table | None:
    from sqlmodel import SQLModel

    if name not in _synced_names():
        return None
    return SQLModel.metadata.tables[name]


def travelling_columns(table: Table) -> list[str]:
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    return [c.name for c in table.columns if c.name not in local]


def encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decoder(column: Any) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Boolean):
        return bool
    return None


def _default(column: Any) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    if default is not None and getattr(default, "is_callable", False):
        return default.arg({})
    return None


@lru_cache(maxsize=64)
def _plan(table: Table) -> tuple[tuple[str, Callable[[Any], Any] | None, bool, Any], ...]:
    """Per column: (name, decoder or None, travels, column) — worked out once per table."""
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    return tuple((c.name, _decoder(c), c.name not in local, c) for c in table.columns)


_LINE_OPTIONS = orjson.OPT_APPEND_NEWLINE | orjson.OPT_NAIVE_UTC


def to_json_line(data: dict[str, Any]) -> bytes:
    """One row as a line of compact UTF-8 JSON. orjson writes datetimes and dates as ``isoformat()`` would;
    anything it refuses (an int past 64 bits, a lone surrogate) takes the standard library's path."""
    try:
        return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return (json.dumps({k: encode(v) for k, v in data.items()}, ensure_ascii=False, separators=(",", ":"))
                + "\n").encode("utf-8")


def row_line(keys: list[str], values: list[Any]) -> bytes:
    """``to_json_line`` for a row already in travelling form (naive datetimes are UTC, as stored)."""
    try:
        return orjson.dumps(dict(zip(keys, values, strict=True)), option=_LINE_OPTIONS)
    except TypeError:
        data = {k: v.replace(tzinfo=UTC) if isinstance(v, datetime) and v.tzinfo is None else v
                for k, v in zip(keys, values, strict=True)}
        return to_json_line(data)


def _stored_stamp(value: Any) -> Any:
    """A ``UTCDateTime`` as the driver hands it back (SQLite: text) → a datetime in UTC, naive or aware."""
    stamp = datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp if stamp.tzinfo is None else stamp.astimezone(UTC)


@lru_cache(maxsize=256)
def _result_plan(table: Table, dialect: Dialect, names: tuple[str, ...]) -> tuple[Callable[[Any], Any] | None, ...]:
    plan: list[Callable[[Any], Any] | None] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            plan.append(_stored_stamp)
        elif isinstance(kind, Boolean):
            plan.append(bool)
        elif isinstance(kind, Date) and not isinstance(kind, DateTime):
            plan.append(None if dialect.name == "sqlite" else date.isoformat)
        else:
            plan.append(kind._cached_result_processor(dialect, None))
    return tuple(plan)


def result_plan(table: Table, dialect: Dialect, names: list[str]) -> tuple[Callable[[Any], Any] | None, ...]:
    """Per column of a raw driver row: the converter to what ``row_line`` writes, or None (SQLite keeps a DATE
    as the very text ``isoformat()`` gives)."""
    return _result_plan(table, dialect, tuple(names))


def from_json_line(raw: bytes | str) -> Any:
    """Parse one line exactly as ``json.loads`` would. orjson is the fast path; it refuses NaN, infinities and
    lone surrogates, and turns integers past 64 bits into floats (no synced column is a float), so those
    lines are parsed again by the standard library, which keeps every quarantine reason as it was."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return json.loads(raw)
    if type(data) is dict:
        for value in data.values():
            if type(value) is float:
                return json.loads(raw)
    return data


def _sqlite_stamp(value: datetime) -> str:
    """What SQLAlchemy's SQLite DATETIME stores for a ``UTCDateTime`` (UTC, no zone, always microseconds)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: store UTC-aware timestamps only")
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]


def _utc_stamp(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime: store UTC-aware timestamps only")
    return value.astimezone(UTC)


def _sqlite_date(value: date) -> str:
    return date.isoformat(value)


def _sqlite_bool(value: Any) -> int:
    return 1 if value else 0


@lru_cache(maxsize=256)
def bind_plan(table: Table, dialect: Dialect) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Per column: (name, converter to the driver's value or None), what SQLAlchemy's bind processing does
    for these column types, without its per-value call chain (``test_sync_rows`` checks they agree)."""
    dialect_name = dialect.name
    plan = []
    for column in table.columns:
        kind = column.type
        convert: Callable[[Any], Any] | None
        if isinstance(kind, UTCDateTime):
            convert = _sqlite_stamp if dialect_name == "sqlite" else _utc_stamp
        elif dialect_name == "sqlite" and isinstance(kind, Date) and not isinstance(kind, DateTime):
            convert = _sqlite_date
        elif dialect_name == "sqlite" and isinstance(kind, Boolean):
            convert = _sqlite_bool
        else:
            convert = kind._cached_bind_processor(dialect)
        plan.append((column.name, convert))
    return tuple(plan)


def driver_values(plan: tuple[tuple[str, Callable[[Any], Any] | None], ...], row: dict[str, Any]) -> list[Any]:
    """One decoded row as the driver values ``plan`` orders."""
    names, converters = _split_plan(plan)
    values = [row[name] for name in names]
    for i, convert in converters:
        if values[i] is not None:
            values[i] = convert(values[i])
    return values


@lru_cache(maxsize=256)
def _split_plan(plan: tuple[tuple[str, Callable[[Any], Any] | None], ...]
                ) -> tuple[tuple[str, ...], tuple[tuple[int, Callable[[Any], Any]], ...]]:
    return tuple(n for n, _ in plan), tuple((i, c) for i, (_, c) in enumerate(plan) if c is not None)


def among(conn: Any, column: Any, values: Any) -> Any:
    """``column IN values``; on PostgreSQL ``= ANY(array)``: one parameter, so a thousand ids are neither
    a thousand-marker statement to parse nor a new plan each time the count changes."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import String, any_, bindparam
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, list(values), type_=ARRAY(String)))
    return column.in_(list(values))


def decode_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """JSON values → column values; columns an older sender did not have take their defaults; unknown keys drop."""
    names, wanted, decoders, local = _fast_plan(table)
    if data.keys() >= wanted:  # the usual line: every travelling column present
        row = {name: data[name] for name in names}
        for name, convert in decoders:
            value = row[name]
            if value is not None:
                row[name] = convert(value)
        for name, column in local:
            row[name] = _default(column)
        return row
    row = {}
    missing = _MISSING
    get = data.get
    for name, decoder, travels, column in _plan(table):
        value = get(name, missing) if travels else missing
        if value is missing:
            row[name] = _default(column)
        elif value is None or decoder is None:
            row[name] = value
        else:
            row[name] = decoder(value)
    return row


@lru_cache(maxsize=64)
def _fast_plan(table: Table) -> tuple[tuple[str, ...], frozenset[str], tuple[tuple[str, Callable[[Any], Any]], ...],
                                      tuple[tuple[str, Any], ...]]:
    """``_plan`` regrouped: travelling names (column order), as a set, those with a decoder, the local ones."""
    plan = _plan(table)
    travelling = tuple(name for name, _, travels, _ in plan if travels)
    decoders = tuple((name, decoder) for name, decoder, travels, _ in plan if travels and decoder is not None)
    local = tuple((name, column) for name, _, travels, column in plan if not travels)
    return travelling, frozenset(travelling), decoders, local


_MISSING = object()


def comparable(value: Any) -> Any:
    """A value as JSON would carry it, so a database value and a received one compare equal."""
    return encode(value)
