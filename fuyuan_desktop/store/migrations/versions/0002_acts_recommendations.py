"""Administrative act fields on disputes; judicial recommendations (司法建议书).

Revision ID: 0002_acts_recommendations
Revises: 0001_initial
Create Date: 2026-11-27 00:48:48.292108
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = "0002_acts_recommendations"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recommendation",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("court_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("recipient", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("copy_to", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("suggestions", sa.Text(), nullable=False),
        sa.Column("reply_months", sa.Integer(), nullable=False),
        sa.Column("attachments_note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("reply_due", sa.Date(), nullable=True),
        sa.Column("reply_on", sa.Date(), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("adoption", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("excellent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["court_id"], ["court.id"], name=op.f("fk_recommendation_court_id_court")),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"], name=op.f("fk_recommendation_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendation_court_id"), ["court_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_dispute_id"), ["dispute_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_number"), ["number"], unique=False)

    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("act_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("act_number", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("act_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.drop_column("act_date")
        batch_op.drop_column("act_number")
        batch_op.drop_column("act_name")

    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_number"))
        batch_op.drop_index(batch_op.f("ix_recommendation_hlc"))
        batch_op.drop_index(batch_op.f("ix_recommendation_dispute_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_court_id"))

    op.drop_table("recommendation")
