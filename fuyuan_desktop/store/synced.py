"""The columns every synced row carries (id, origin, HLC, timestamps, tombstone) and the constraint names."""

from __future__ import annotations

from datetime import datetime

import uuid6
from sqlmodel import Field, SQLModel

from fuyuan_desktop.store.types import UTCDateTime, utcnow

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _new_id() -> str:
    return uuid6.uuid7().hex


def _ts() -> datetime:
    return utcnow()


class SyncedRow(SQLModel):
    """Columns every synced row has (docs/architecture.md, "Data rules"). Never hard-deleted: ``deleted`` is the tombstone."""

    id: str = Field(default_factory=_new_id, primary_key=True, max_length=32)
    origin_device: str = Field(default="", max_length=32)
    hlc: str = Field(default="", max_length=64, index=True)
    created_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=_ts, sa_type=UTCDateTime)
    deleted: bool = Field(default=False)
