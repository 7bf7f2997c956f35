"""Local accounts: who may open this laptop's store and in which role. Device-local, never in a bundle.

Accounts belong to the device (like ``Counter``), not to the synced data: they are plain SQLModel
tables, not ``SyncedRow``, and are not listed in ``SYNCED_TABLES``. Password material is not here
at all: the wrapped data keys and failure counters live in the keyring file (store/keyring.py),
which must be readable before this encrypted database is opened.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from fuyuan_desktop.store.types import UTCDateTime, utcnow


class UserAccount(SQLModel, table=True):
    """A person who logs in on this device: 法官, 书记员, 调解员 (limited) or 管理员."""

    __tablename__ = "user_account"

    name: str = Field(primary_key=True, max_length=64)
    display_name: str = Field(default="", max_length=64)
    role: str = Field(max_length=16)  # judge | clerk | mediator | admin (resources/reference/security.json)
    disabled: bool = Field(default=False)
    created_by: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
