"""Primary keys for synced rows: UUIDv7, time-ordered so new rows append to the end of an index."""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A fresh UUIDv7 (uuid6 keeps them increasing within this process, even in one millisecond)."""
    # A plain uuid.UUID, not the uuid6 subclass, so equality and pickling behave everywhere.
    return uuid.UUID(int=uuid6.uuid7().int)


def new_id_hex() -> str:
    """A fresh UUIDv7 as 32 lower-case hex characters, which sort in creation order."""
    return new_id().hex
