"""Synced rows as JSON, generically over ``SYNCED_TABLES``: no table needs code of its own to travel."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Table

from fuyuan_desktop.store.types import UTCDateTime

# Columns that describe one installation and never travel (the receiver keeps its own value or the default).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"device": frozenset({"is_self"})}
# Row bookkeeping: not compared when merging field by field.
META_COLUMNS = frozenset({"id", "hlc", "created_at", "updated_at", "origin_device"})
# Columns naming a blob in the content-addressed store; the blob travels with its row.
BLOB_COLUMNS = ("sha256", "blob_sha256")
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


def to_json_line(data: dict[str, Any]) -> bytes:
    return (json.dumps({k: encode(v) for k, v in data.items()}, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
        "utf-8"
    )


def decode_row(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    """JSON values → column values; columns an older sender did not have take their defaults; unknown keys drop."""
    row: dict[str, Any] = {}
    missing = object()
    for name, decoder, travels, column in _plan(table):
        value = data.get(name, missing) if travels else missing
        if value is missing:
            row[name] = _default(column)
        elif value is None or decoder is None:
            row[name] = value
        else:
            row[name] = decoder(value)
    return row


def comparable(value: Any) -> Any:
    """A value as JSON would carry it, so a database value and a received one compare equal."""
    return encode(value)
