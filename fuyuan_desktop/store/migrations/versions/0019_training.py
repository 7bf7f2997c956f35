"""府院联动: 同堂培训 events (judges and agency staff trained together, with each agency's head-count) and the
口头建议 ledger (oral recommendations to agencies, their response and adoption). Both synced like the other ledgers.

Revision ID: 0019_training
Revises: 0018_suspend
Create Date: 2026-12-07 23:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0019_training"
down_revision: str | None = "0018_suspend"
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
        "jointtraining",
        *_synced_columns(),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("tribunal_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("lecturers", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("agencies", sa.Text(), nullable=False),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("heads", sa.Integer(), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_jointtraining_court_id_court")),
        sa.ForeignKeyConstraint(["tribunal_id"], ["tribunal.id"], name=op.f("fk_jointtraining_tribunal_id_tribunal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jointtraining")),
    )
    with op.batch_alter_table("jointtraining") as batch:
        batch.create_index(batch.f("ix_jointtraining_court_id"), ["court_id"], unique=False)
        batch.create_index(batch.f("ix_jointtraining_tribunal_id"), ["tribunal_id"], unique=False)
        batch.create_index(batch.f("ix_jointtraining_held_on"), ["held_on"], unique=False)
        batch.create_index(batch.f("ix_jointtraining_hlc"), ["hlc"], unique=False)
    op.create_table(
        "oralrecommendation",
        *_synced_columns(),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("agency", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("judge", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("occasion", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("case_number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("responded_on", sa.Date(), nullable=True),
        sa.Column("adoption", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_oralrecommendation_court_id_court")),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_oralrecommendation_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oralrecommendation")),
    )
    with op.batch_alter_table("oralrecommendation") as batch:
        batch.create_index(batch.f("ix_oralrecommendation_court_id"), ["court_id"], unique=False)
        batch.create_index(batch.f("ix_oralrecommendation_given_on"), ["given_on"], unique=False)
        batch.create_index(batch.f("ix_oralrecommendation_agency"), ["agency"], unique=False)
        batch.create_index(batch.f("ix_oralrecommendation_dispute_id"), ["dispute_id"], unique=False)
        batch.create_index(batch.f("ix_oralrecommendation_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("oralrecommendation")
    op.drop_table("jointtraining")
