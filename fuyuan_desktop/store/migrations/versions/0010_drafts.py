"""Form drafts: what was typed into the agreement composer or the intake wizard and not yet saved, autosaved so
that a crash or a flat battery loses at most a few seconds. Local to the store, never synced.

Revision ID: 0010_drafts
Revises: 0009_parties
Create Date: 2026-12-09 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0010_drafts"
down_revision: str | None = "0009_parties"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "formdraft",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("formdraft")
