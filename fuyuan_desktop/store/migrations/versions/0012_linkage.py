"""履行 per instalment: a 履行回访 names its agreement clause, and its result records how the clause was performed.

Revision ID: 0012_linkage
Revises: 0011_places
Create Date: 2026-12-07 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0012_linkage"
down_revision: str | None = "0011_places"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("followup") as batch:
        batch.add_column(sa.Column("clause_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch.add_column(sa.Column("performance", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("paid_fen", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("followup") as batch:
        batch.drop_column("paid_fen")
        batch.drop_column("performance")
        batch.drop_column("clause_id")
