"""司法确认 tracked: the clause type chosen for each agreement clause, and the applications made for an
agreement (申请日, the court's 案号, the ruling 确认有效 / 驳回 / 撤回 and its date). Synced like the agreement.

Revision ID: 0017_confirm
Revises: 0016_refdata
Create Date: 2026-12-07 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from fuyuan_desktop.store.types import UTCDateTime

revision: str = "0017_confirm"
down_revision: str | None = "0016_refdata"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agreementclause") as batch:
        batch.add_column(sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=24),
                                   nullable=False, server_default=""))
    op.create_table(
        "confirmationapplication",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("origin_device", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("dispute_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("agreement_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("court_number", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("ruling", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("ruled_on", sa.Date(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"],
                                name=op.f("fk_confirmationapplication_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["dispute_id"], ["dispute.id"],
                                name=op.f("fk_confirmationapplication_dispute_id_dispute")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confirmationapplication")),
    )
    with op.batch_alter_table("confirmationapplication") as batch:
        batch.create_index(batch.f("ix_confirmationapplication_agreement_id"), ["agreement_id"], unique=False)
        batch.create_index(batch.f("ix_confirmationapplication_dispute_id"), ["dispute_id"], unique=False)
        batch.create_index(batch.f("ix_confirmationapplication_hlc"), ["hlc"], unique=False)


def downgrade() -> None:
    op.drop_table("confirmationapplication")
    with op.batch_alter_table("agreementclause") as batch:
        batch.drop_column("kind")
