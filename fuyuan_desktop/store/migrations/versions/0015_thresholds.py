"""Thresholds and amounts an administrator may change (类案预警阈值, 司法救助 wages, 法建 prefixes…): one row per
setting key that differs from its default (the keys are defined in domain/settings.py). Not a synced table: the
hub's regional values travel in its signed receipts.

Revision ID: 0015_thresholds
Revises: 0014_advice
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0015_thresholds"
down_revision: str | None = "0014_advice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "referencesetting",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("inferred", sa.Boolean(), nullable=False),
        sa.Column("source_note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("hub_version", sa.Integer(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=True),
        sa.Column("previous_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("referencesetting")
