"""无讼村屯 达标 judged against criteria (reference settings ``linkage.villages.*``): a year's judgement may be
overridden by hand (人工认定: 达标 or 未达标) only with a reason (columns of the yearly figures), and a village
set 已达标 although no year up to that date is judged 达标 keeps the reason (a column of the village). Synced.

Revision ID: 0020_villages
Revises: 0019_training
Create Date: 2026-12-08 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0020_villages"
down_revision: str | None = "0019_training"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("village") as batch:
        batch.add_column(sa.Column("status_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("villageyear") as batch:
        batch.add_column(sa.Column("override", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("override_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("villageyear") as batch:
        batch.drop_column("override_reason")
        batch.drop_column("override")
    with op.batch_alter_table("village") as batch:
        batch.drop_column("status_reason")
