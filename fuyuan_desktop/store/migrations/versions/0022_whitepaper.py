"""府院联动 white paper: the courts' own narrative sections (前言, 主要做法 …) per year and court, and the
administrative litigation totals imported from a court's case-management export. Both synced like the other ledgers.

Revision ID: 0022_whitepaper
Revises: 0021_service
Create Date: 2026-12-08 01:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0022_whitepaper"
down_revision: str | None = "0021_service"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "whitepapernarrative",
        *_synced_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whitepapernarrative")),
    )
    with op.batch_alter_table("whitepapernarrative") as batch:
        batch.create_index(batch.f("ix_whitepapernarrative_year"), ["year"], unique=False)
        batch.create_index(batch.f("ix_whitepapernarrative_hlc"), ["hlc"], unique=False)
    op.create_table(
        "litigationtotals",
        *_synced_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Integer(), nullable=False),
        sa.Column("lost", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_litigationtotals_court_id_court")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_litigationtotals")),
    )
    with op.batch_alter_table("litigationtotals") as batch:
        batch.create_index(batch.f("ix_litigationtotals_year"), ["year"], unique=False)
        batch.create_index(batch.f("ix_litigationtotals_court_id"), ["court_id"], unique=False)
        batch.create_index(batch.f("ix_litigationtotals_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("litigationtotals")
    op.drop_table("whitepapernarrative")
